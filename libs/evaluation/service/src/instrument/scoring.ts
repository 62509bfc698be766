import type { InstrumentDef } from './catalogue.js';

/** Answers of one instrument: item id → response value (missing items are absent or null). */
export type ItemAnswers = Record<string, number | null | undefined>;

export interface ScoreResult {
  code: string;
  /** null when fewer than the minimum number of items were answered. */
  value: number | null;
  answered: number;
}

/**
 * Scores one instrument from its answers: reverse-keyed items are flipped within the response
 * range, values mapped (e.g. CBI 0–4 → 0–100), then each score aggregates its items — a mean of the
 * answered items, or a sum: complete, or prorated from the mean of the answered items when items are
 * missing and the score is `prorated` (a sum that is not prorated needs every item) — and is
 * multiplied by its transform (WHO-5 raw × 4 = percentage).
 */
export function scoreInstrument(def: InstrumentDef, answers: ItemAnswers): ScoreResult[] {
  const byId = new Map(def.items.map((i) => [i.id, i]));
  const valueOf = (itemId: string): number | null => {
    const raw = answers[itemId];
    if (raw === null || raw === undefined) return null;
    const item = byId.get(itemId)!;
    const keyed = item.reverse ? def.responseMin + def.responseMax - raw : raw;
    return keyed * def.itemMultiply;
  };
  return def.scores.map((s) => {
    const values = s.items.map(valueOf).filter((v): v is number => v !== null);
    if (values.length < s.minAnswered || values.length === 0) return { code: s.code, value: null, answered: values.length };
    const sum = values.reduce((a, b) => a + b, 0);
    const mean = sum / values.length;
    if (s.rule === 'sum' && values.length < s.items.length && !s.prorated) return { code: s.code, value: null, answered: values.length };
    const aggregate = s.rule === 'mean' ? mean : values.length === s.items.length ? sum : mean * s.items.length;
    return { code: s.code, value: round(aggregate * s.multiply), answered: values.length };
  });
}

/**
 * The smallest step a score can take (its resolution): every score value is an integer multiple of
 * it. A complete sum moves in steps of itemMultiply × multiply; a mean (or prorated sum) of a answered
 * items moves in steps of itemMultiply × multiply / a (× the item count when prorated), so one
 * common step for every possible a is itemMultiply × multiply / lcm(minAnswered … items) (× items for a
 * prorated sum). Paired statistics are computed in these integer units.
 */
export function scoreResolution(def: InstrumentDef, code: string): number {
  const s = def.scores.find((x) => x.code === code);
  if (!s) throw new Error(`scoreResolution: ${def.code} has no score ${code}`);
  const step = def.itemMultiply * s.multiply;
  const n = s.items.length;
  if (s.rule === 'sum' && (!s.prorated || s.minAnswered >= n)) return step;
  let l = 1;
  for (let a = Math.max(1, s.minAnswered); a <= n; a++) l = lcm(l, a);
  return s.rule === 'mean' ? step / l : (step * n) / l;
}

function lcm(a: number, b: number): number {
  const gcd = (x: number, y: number): number => (y === 0 ? x : gcd(y, x % y));
  return (a / gcd(a, b)) * b;
}

/** Checks one answer against the instrument; returns the reason it is invalid, or null. */
export function answerProblem(def: InstrumentDef, itemId: string, value: number | null | undefined): string | null {
  if (!def.items.some((i) => i.id === itemId)) return `${itemId} is not an item of ${def.code}`;
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < def.responseMin || value > def.responseMax) return `must be an integer from ${def.responseMin} to ${def.responseMax}`;
  return null;
}

/** Whether a score signposts support (shown to the respondent only). */
export function signposts(def: InstrumentDef, results: ScoreResult[]): boolean {
  if (!def.signpost) return false;
  const r = results.find((x) => x.code === def.signpost!.score);
  return r?.value !== null && r?.value !== undefined && r.value < def.signpost.below;
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
