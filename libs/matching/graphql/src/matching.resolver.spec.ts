import type { RequestContext } from '@m4pris/platform-core';
import type { Bus } from '@m4pris/platform-messaging';
import { ApproveProposals, RunMatch } from '@m4pris/matching-contracts';
import { MatchingResolver } from './matching.resolver.js';

describe('MatchingResolver', () => {
  it('asks the matching service over the bus with the caller context, leaving out absent options', async () => {
    const calls: unknown[][] = [];
    const bus = {
      request: (...args: unknown[]) => {
        calls.push(args);
        return Promise.resolve({ id: 'run' });
      },
    } as unknown as Bus;
    const ctx: RequestContext = { roles: [], locale: 'en', traceId: 't1' };
    const r = new MatchingResolver(bus);
    await r.runMatch({ cohortId: 'c' }, ctx);
    await r.approveProposals({ runId: 'r', proposalIds: ['p'] }, ctx);
    expect(calls).toEqual([
      [RunMatch, { cohortId: 'c' }, ctx],
      [ApproveProposals, { runId: 'r', proposalIds: ['p'] }, ctx],
    ]);
  });
});
