import type { InstrumentCode } from '@m4pris/evaluation-contracts';

/**
 * English wording of the programme's own items, written for this project (EUPL-1.2). Other
 * languages are loaded by a tenant like any other instrument text. Anchors: strongly disagree …
 * strongly agree.
 */
export const OWN_ITEM_TEXT: Partial<Record<InstrumentCode, { anchors: string[]; items: Record<string, string> }>> = {
  m4p_integration: {
    anchors: ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'],
    items: {
      int_1: 'I feel I am part of the team on my wing or unit.',
      int_2: 'I know whom to ask when I am unsure how things are done here.',
      int_3: 'Colleagues here treat me as one of them.',
    },
  },
  m4p_confidence: {
    anchors: ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'],
    items: {
      conf_1: 'I feel confident handling the everyday tasks of my job.',
      conf_2: 'I feel able to deal with a difficult situation on shift.',
      conf_3: 'I know what is expected of me in my role.',
    },
  },
  m4p_satisfaction: {
    anchors: ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'],
    items: {
      sat_1: 'The mentoring relationship has been worth my time.',
      sat_2: 'We met often enough to make a difference.',
      sat_3: 'I would recommend taking part in the mentoring programme to a colleague.',
    },
  },
};
