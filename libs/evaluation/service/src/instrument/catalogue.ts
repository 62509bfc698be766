import type { InstrumentCode, InstrumentDto, ScoreDefDto } from '@m4pris/evaluation-contracts';

/**
 * The instrument registry: scoring keys only. Item wording is NOT here — it is a separate resource a
 * tenant loads per locale (`LoadInstrumentText`) from the licensed or official translation, so
 * restricted wordings never ship in this repository. The programme's own items (written for this
 * project) ship their English wording in `own-items.text.ts`.
 *
 * Reliabilities feed the reliable-change index only; they are published values for the original
 * language version and should be replaced by the same-language validation where one exists.
 */
export type InstrumentDef = Omit<InstrumentDto, 'textLocales'> & {
  /** Score whose low value signposts support to the respondent (and only to them). */
  signpost?: { score: string; below: number };
};

const items = (prefix: string, n: number, opts: { subscale?: string; reverse?: number[] } = {}) =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i + 1}`, subscale: opts.subscale ?? null, reverse: (opts.reverse ?? []).includes(i + 1) }));

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

function score(code: string, rule: 'sum' | 'mean', itemIds: string[], o: Partial<ScoreDefDto> & Pick<ScoreDefDto, 'min' | 'max' | 'higherIsBetter' | 'reliability'>): ScoreDefDto {
  return { code, rule, items: itemIds, minAnswered: itemIds.length, prorated: false, multiply: 1, ...o };
}

const AGREE5 = ['strongly_disagree', 'disagree', 'neither', 'agree', 'strongly_agree'];

export const INSTRUMENTS: Record<InstrumentCode, InstrumentDef> = {
  who5: {
    code: 'who5',
    version: '1998',
    name: 'WHO-5 Well-Being Index',
    responseMin: 0,
    responseMax: 5,
    itemMultiply: 1,
    responseAnchors: ['at_no_time', 'some_of_the_time', 'less_than_half', 'more_than_half', 'most_of_the_time', 'all_of_the_time'],
    items: items('who5_', 5),
    scores: [
      // Raw 0–25; the percentage score is raw × 4 (0–100). All five items are needed (no prorating).
      score('raw', 'sum', ids('who5_', 5), { min: 0, max: 25, higherIsBetter: true, reliability: 0.84 }),
      score('percent', 'sum', ids('who5_', 5), { multiply: 4, min: 0, max: 100, higherIsBetter: true, reliability: 0.84 }),
    ],
    licence: {
      status: 'free_with_attribution',
      holder: 'Psychiatric Research Unit, Mental Health Centre North Zealand (WHO Collaborating Centre)',
      attribution: 'WHO-5 Well-Being Index © Psychiatric Research Unit, WHO Collaborating Centre in Mental Health, Hillerød. Used with attribution.',
      url: 'https://www.psykiatri-regionh.dk/who-5/',
      wordingShipped: false,
    },
    // Raw < 13 (percentage ≤ 50) indicates poor well-being: the respondent is pointed to support.
    signpost: { score: 'raw', below: 13 },
  },
  gse: {
    code: 'gse',
    version: 'GSE-10 (1995)',
    name: 'General Self-Efficacy Scale',
    responseMin: 1,
    responseMax: 4,
    itemMultiply: 1,
    responseAnchors: ['not_at_all_true', 'hardly_true', 'moderately_true', 'exactly_true'],
    items: items('gse_', 10),
    // Sum 10–40; up to three missing items are prorated (mean of the answered items × 10).
    scores: [score('total', 'sum', ids('gse_', 10), { minAnswered: 7, prorated: true, min: 10, max: 40, higherIsBetter: true, reliability: 0.86 })],
    licence: {
      status: 'free_with_attribution',
      holder: 'R. Schwarzer & M. Jerusalem',
      attribution: 'Schwarzer, R., & Jerusalem, M. (1995). Generalized Self-Efficacy scale. In Weinman, Wright & Johnston (Eds.), Measures in health psychology. Windsor: NFER-NELSON.',
      url: 'http://userpage.fu-berlin.de/health/selfscal.htm',
      wordingShipped: false,
    },
  },
  cbi: {
    code: 'cbi',
    version: 'CBI (Kristensen et al. 2005), client items adapted to prisoners',
    name: 'Copenhagen Burnout Inventory',
    responseMin: 0,
    responseMax: 4,
    // Responses 0–4 are scored 0, 25, 50, 75, 100; a scale is the mean of its answered items.
    itemMultiply: 25,
    responseAnchors: ['never_or_almost_never', 'seldom', 'sometimes', 'often', 'always'],
    items: [...items('cbi_p', 6, { subscale: 'personal' }), ...items('cbi_w', 7, { subscale: 'work', reverse: [4] }), ...items('cbi_c', 6, { subscale: 'client' })],
    scores: [
      score('personal', 'mean', ids('cbi_p', 6), { minAnswered: 3, min: 0, max: 100, higherIsBetter: false, reliability: 0.87 }),
      score('work', 'mean', ids('cbi_w', 7), { minAnswered: 4, min: 0, max: 100, higherIsBetter: false, reliability: 0.87 }),
      score('client', 'mean', ids('cbi_c', 6), { minAnswered: 3, min: 0, max: 100, higherIsBetter: false, reliability: 0.85 }),
    ],
    licence: {
      status: 'free_use',
      holder: 'National Research Centre for the Working Environment (NFA), Copenhagen',
      attribution: 'Kristensen, T. S., Borritz, M., Villadsen, E., & Christensen, K. B. (2005). The Copenhagen Burnout Inventory. Work & Stress, 19(3), 192–207.',
      url: 'https://doi.org/10.1080/02678370500297720',
      wordingShipped: false,
    },
  },
  pss10: {
    code: 'pss10',
    version: 'PSS-10 (Cohen & Williamson 1988)',
    name: 'Perceived Stress Scale, 10 items',
    responseMin: 0,
    responseMax: 4,
    itemMultiply: 1,
    responseAnchors: ['never', 'almost_never', 'sometimes', 'fairly_often', 'very_often'],
    items: items('pss10_', 10, { reverse: [4, 5, 7, 8] }),
    // Sum 0–40 after reversing items 4, 5, 7, 8; two missing items are prorated. No cut-offs.
    scores: [score('total', 'sum', ids('pss10_', 10), { minAnswered: 8, prorated: true, min: 0, max: 40, higherIsBetter: false, reliability: 0.85 })],
    licence: {
      status: 'permission_required',
      holder: 'Sheldon Cohen; permissions via Mapi Research Trust (ePROVIDE)',
      attribution: 'Cohen, S., Kamarck, T., & Mermelstein, R. (1983). A global measure of perceived stress. J Health Soc Behav, 24, 385–396.',
      url: 'https://eprovide.mapi-trust.org/',
      wordingShipped: false,
    },
  },
  pss4: {
    code: 'pss4',
    version: 'PSS-4',
    name: 'Perceived Stress Scale, 4 items',
    responseMin: 0,
    responseMax: 4,
    itemMultiply: 1,
    responseAnchors: ['never', 'almost_never', 'sometimes', 'fairly_often', 'very_often'],
    items: items('pss4_', 4, { reverse: [2, 3] }),
    scores: [score('total', 'sum', ids('pss4_', 4), { min: 0, max: 16, higherIsBetter: false, reliability: 0.77 })],
    licence: {
      status: 'permission_required',
      holder: 'Sheldon Cohen; permissions via Mapi Research Trust (ePROVIDE)',
      attribution: 'Cohen, S., Kamarck, T., & Mermelstein, R. (1983). A global measure of perceived stress. J Health Soc Behav, 24, 385–396.',
      url: 'https://eprovide.mapi-trust.org/',
      wordingShipped: false,
    },
  },
  turnover3: {
    code: 'turnover3',
    version: 'Turnover intention, 3 items',
    name: 'Turnover intention (short)',
    responseMin: 1,
    responseMax: 5,
    itemMultiply: 1,
    responseAnchors: AGREE5,
    items: items('ti_', 3),
    scores: [score('mean', 'mean', ids('ti_', 3), { minAnswered: 2, min: 1, max: 5, higherIsBetter: false, reliability: 0.8 })],
    licence: {
      status: 'free_use',
      holder: 'P. E. Spector (no-cost assessments; non-commercial research use)',
      attribution: 'Michaels, C. E., & Spector, P. E. (1982). Causes of employee turnover. J Appl Psychol, 67, 53–59.',
      url: 'https://paulspector.com/assessments/pauls-no-cost-assessments/turnover-intentions/',
      wordingShipped: false,
    },
  },
  m4p_integration: ownItems('m4p_integration', 'Integration in the workplace (M4Pris)', 'int_', 3),
  m4p_confidence: ownItems('m4p_confidence', 'Confidence in the job (M4Pris)', 'conf_', 3),
  m4p_satisfaction: ownItems('m4p_satisfaction', 'Satisfaction with mentoring (M4Pris)', 'sat_', 3),
};

function ownItems(code: InstrumentCode, name: string, prefix: string, n: number): InstrumentDef {
  return {
    code,
    version: '2026.1',
    name,
    responseMin: 1,
    responseMax: 5,
    itemMultiply: 1,
    responseAnchors: AGREE5,
    items: items(prefix, n),
    // Not a validated scale: a mean of its items, at least two answered; reliability assumed 0.7.
    scores: [score('mean', 'mean', ids(prefix, n), { minAnswered: 2, min: 1, max: 5, higherIsBetter: true, reliability: 0.7 })],
    licence: {
      status: 'project_own',
      holder: 'M4Pris platform contributors',
      attribution: 'M4Pris programme items (EUPL-1.2).',
      url: 'https://joinup.ec.europa.eu/collection/eupl',
      wordingShipped: true,
    },
  };
}

export function instrument(code: string): InstrumentDef | undefined {
  return (INSTRUMENTS as Record<string, InstrumentDef>)[code];
}
