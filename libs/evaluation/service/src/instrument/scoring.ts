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
 * answered items, or a sum prorated from that mean when items are missing and prorating is allowed —
 * and is multiplied by its transform (WHO-5 raw × 4 = percentage).
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
    const aggregate = s.rule === 'mean' ? mean : values.length === s.items.length ? sum : mean * s.items.length;
    return { code: s.code, value: round(aggregate * s.multiply), answered: values.length };
  });
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
