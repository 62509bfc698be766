import { INSTRUMENT_CODES } from '@m4pris/evaluation-contracts';
import { INSTRUMENTS } from './catalogue.js';
import { OWN_ITEM_TEXT } from './own-items.text.js';
import type { InstrumentDef } from './catalogue.js';
import { answerProblem, scoreInstrument, scoreResolution, signposts, type ItemAnswers } from './scoring.js';

/** Answers keyed item1..itemN from a list (null = missing). */
function answers(prefix: string, values: (number | null)[]): ItemAnswers {
  return Object.fromEntries(values.map((v, i) => [`${prefix}${i + 1}`, v]));
}
const scores = (code: keyof typeof INSTRUMENTS, a: ItemAnswers) => Object.fromEntries(scoreInstrument(INSTRUMENTS[code], a).map((r) => [r.code, r.value]));

describe('instrument scoring (worked examples)', () => {
  it('WHO-5: raw sum 0–25, percentage = raw × 4, no prorating, low score signposts', () => {
    expect(scores('who5', answers('who5_', [3, 4, 2, 3, 5]))).toEqual({ raw: 17, percent: 68 });
    const low = scoreInstrument(INSTRUMENTS.who5, answers('who5_', [2, 2, 2, 2, 2]));
    expect(low.map((r) => r.value)).toEqual([10, 40]);
    expect(signposts(INSTRUMENTS.who5, low)).toBe(true);
    // raw 13 (52 %) is the first score that does not signpost
    expect(signposts(INSTRUMENTS.who5, scoreInstrument(INSTRUMENTS.who5, answers('who5_', [3, 3, 3, 2, 2])))).toBe(false);
    expect(scores('who5', answers('who5_', [3, 4, 2, 3, null]))).toEqual({ raw: null, percent: null });
  });

  it('GSE-10: sum 10–40, up to three missing items prorated from the mean', () => {
    expect(scores('gse', answers('gse_', [3, 3, 4, 2, 3, 3, 4, 3, 2, 3]))).toEqual({ total: 30 });
    // 8 answered summing 25: mean 3.125 × 10 items = 31.25
    expect(scores('gse', answers('gse_', [3, 3, 4, 2, 3, 3, 4, 3, null, null]))).toEqual({ total: 31.25 });
    expect(scores('gse', answers('gse_', [3, 3, 4, 2, 3, 3, null, null, null, null]))).toEqual({ total: null });
  });

  it('CBI: 0–4 scored 0/25/50/75/100, scale = mean of answered items, work item 4 reversed, ≥ half answered', () => {
    const a = {
      ...answers('cbi_p', [2, 3, 2, 1, 2, 3]),
      ...answers('cbi_w', [2, 2, 1, 3, 2, 1, 2]),
      ...answers('cbi_c', [1, 2, 3, null, null, null]),
    };
    const s = scores('cbi', a);
    expect(s.personal).toBeCloseTo(325 / 6, 5); // 50+75+50+25+50+75
    expect(s.work).toBeCloseTo(275 / 7, 5); // item 4: 3 → 1 (25)
    expect(s.client).toBe(50); // 3 of 6 answered
    expect(scores('cbi', answers('cbi_c', [1, 2, null, null, null, null])).client).toBeNull();
  });

  it('PSS-10: items 4, 5, 7, 8 reversed, sum 0–40, two missing items prorated', () => {
    expect(scores('pss10', answers('pss10_', [2, 3, 1, 1, 2, 3, 1, 2, 2, 3]))).toEqual({ total: 24 });
    expect(scores('pss10', answers('pss10_', [2, 3, 1, 1, 2, 3, 1, 2, null, null]))).toEqual({ total: 23.75 });
    expect(scores('pss10', answers('pss10_', [2, 3, 1, 1, 2, 3, 1, null, null, null]))).toEqual({ total: null });
  });

  it('PSS-4: items 2 and 3 reversed, sum 0–16, all items needed', () => {
    expect(scores('pss4', answers('pss4_', [3, 1, 2, 3]))).toEqual({ total: 11 });
    expect(scores('pss4', answers('pss4_', [4, 0, 0, 4]))).toEqual({ total: 16 });
    expect(scores('pss4', answers('pss4_', [3, 1, 2, null]))).toEqual({ total: null });
  });

  it('turnover intention: mean of three items, two needed', () => {
    expect(scores('turnover3', answers('ti_', [4, 5, 3]))).toEqual({ mean: 4 });
    expect(scores('turnover3', answers('ti_', [4, null, 2]))).toEqual({ mean: 3 });
    expect(scores('turnover3', answers('ti_', [4, null, null]))).toEqual({ mean: null });
  });

  it.each(['m4p_integration', 'm4p_confidence', 'm4p_satisfaction'] as const)('%s: mean of its items, two needed', (code) => {
    const prefix = INSTRUMENTS[code].items[0]!.id.replace(/1$/, '');
    expect(scores(code, answers(prefix, [4, 4, 5])).mean).toBeCloseTo(13 / 3, 5);
    expect(scores(code, answers(prefix, [2, null, 3])).mean).toBe(2.5);
    expect(scores(code, answers(prefix, [2, null, null])).mean).toBeNull();
  });

  it('honours `prorated`: a sum that is not prorated needs every item, a prorated one scales the mean', () => {
    const gse = INSTRUMENTS.gse;
    const notProrated: InstrumentDef = { ...gse, scores: [{ ...gse.scores[0]!, prorated: false }] };
    const nine = answers('gse_', [3, 3, 3, 3, 3, 3, 3, 3, 2, null]);
    expect(scoreInstrument(gse, nine)[0]!.value).toBeCloseTo((26 / 9) * 10, 5);
    expect(scoreInstrument(notProrated, nine)[0]!.value).toBeNull();
    expect(scoreInstrument(notProrated, answers('gse_', [3, 3, 3, 3, 3, 3, 3, 3, 2, 1]))[0]!.value).toBe(27);
  });

  it('knows the resolution (smallest step) of every score', () => {
    expect(scoreResolution(INSTRUMENTS.who5, 'raw')).toBe(1);
    expect(scoreResolution(INSTRUMENTS.who5, 'percent')).toBe(4);
    expect(scoreResolution(INSTRUMENTS.cbi, 'personal')).toBe(25 / 60); // means of 3–6 items of 0/25/…/100
    expect(scoreResolution(INSTRUMENTS.cbi, 'work')).toBe(25 / 420); // 4–7 items
    expect(scoreResolution(INSTRUMENTS.gse, 'total')).toBe(10 / 2520); // sum prorated from 7–10 items
    expect(scoreResolution(INSTRUMENTS.turnover3, 'mean')).toBe(1 / 6);
    // every value a score can take is a whole number of steps
    for (const a of [3, 4, 5, 6]) for (let sum = 0; sum <= 4 * a; sum++) expect(Math.abs(((sum * 25) / a) / (25 / 60) - Math.round(((sum * 25) / a) / (25 / 60)))).toBeLessThan(1e-9);
  });

  it('has a worked example above for every built-in instrument', () => {
    expect(Object.keys(INSTRUMENTS).sort()).toEqual([...INSTRUMENT_CODES].sort());
  });

  it('validates answers against the item list and the response range', () => {
    expect(answerProblem(INSTRUMENTS.who5, 'who5_1', 5)).toBeNull();
    expect(answerProblem(INSTRUMENTS.who5, 'who5_1', 6)).toMatch(/0 to 5/);
    expect(answerProblem(INSTRUMENTS.gse, 'gse_1', 0)).toMatch(/1 to 4/);
    expect(answerProblem(INSTRUMENTS.who5, 'who5_9', 1)).toMatch(/not an item/);
    expect(answerProblem(INSTRUMENTS.who5, 'who5_2', null)).toBeNull();
  });

  it('ships wording only for the programme’s own items', () => {
    for (const def of Object.values(INSTRUMENTS)) {
      expect(def.licence.wordingShipped).toBe(def.licence.status === 'project_own');
      expect(Boolean(OWN_ITEM_TEXT[def.code])).toBe(def.licence.wordingShipped);
    }
  });
});
