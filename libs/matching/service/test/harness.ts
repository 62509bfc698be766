import type { EventEnvelope } from '@m4pris/platform-core';
import { startServiceHarness, type ServiceHarness } from '@m4pris/testing';
import { matchingService, type MatchingSettings } from '../src/index.js';

export { as, failure } from '@m4pris/testing';

export interface MatchingHarness extends ServiceHarness {
  /** Events this harness saw published by matching (through its running outbox relay), by subject. */
  published(subject: string): EventEnvelope[];
}

/** The matching service with its outbox relay running, so approvals reach a probe consumer. */
export async function startMatching(overrides: Partial<MatchingSettings> = {}): Promise<MatchingHarness> {
  const h = await startServiceHarness(matchingService, { settings: overrides, relay: { start: true, pollMs: 50 } });
  const seen: EventEnvelope[] = [];
  await h.transport.consume('programmes-probe', ['matching.v1.match.approved'], (e) => {
    seen.push(e);
    return Promise.resolve();
  });
  return { ...h, published: (subject) => seen.filter((e) => e.subject === subject) };
}

/** Waits until `check` passes (events flow asynchronously through the outbox relay). */
export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}
