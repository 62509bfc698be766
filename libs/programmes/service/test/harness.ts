import type { EventDef } from '@m4pris/platform-core';
import { startServiceHarness, type ServiceHarness } from '@m4pris/testing';
import { programmesService, type ProgrammesSettings } from '../src/index.js';

export { as, failure } from '@m4pris/testing';

export interface ProgrammesHarness extends ServiceHarness {
  /** Payloads of events the programmes service recorded in its outbox, oldest first. */
  events<P = Record<string, unknown>>(def: EventDef<object>): Promise<P[]>;
}

/** The programmes service on a real database and the real bus; its events stay in the outbox. */
export async function startProgrammes(
  overrides: Partial<ProgrammesSettings> = {},
  opts: { onQuery?: (sql: string, params: readonly unknown[]) => void } = {},
): Promise<ProgrammesHarness> {
  const h = await startServiceHarness(programmesService, { settings: overrides, onQuery: opts.onQuery });
  return { ...h, events: <P,>(def: EventDef<object>) => h.outbox<P>(def.subject) };
}
