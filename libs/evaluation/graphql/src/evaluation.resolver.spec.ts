import type { RequestContext } from '@m4pris/platform-core';
import type { Bus } from '@m4pris/platform-messaging';
import { GetMyInvitation, GetPrePostReport } from '@m4pris/evaluation-contracts';
import { EvaluationResolver } from './evaluation.resolver.js';

describe('EvaluationResolver', () => {
  it('asks the evaluation service over the bus with the caller context', async () => {
    const calls: unknown[][] = [];
    const bus = { request: (...args: unknown[]) => (calls.push(args), Promise.resolve({})) } as unknown as Bus;
    const ctx: RequestContext = { roles: [], locale: 'en', traceId: 't1' };
    const r = new EvaluationResolver(bus);
    await r.mySurveyInvitation('i1', ctx);
    await r.prePostReport({ programmeId: 'p1', breakdown: 'role' }, ctx);
    expect(calls).toEqual([
      [GetMyInvitation, { invitationId: 'i1' }, ctx],
      [GetPrePostReport, { programmeId: 'p1', breakdown: 'role' }, ctx],
    ]);
  });
});
