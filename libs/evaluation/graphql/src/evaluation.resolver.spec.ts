import type { RequestContext } from '@m4pris/platform-core';
import type { Bus } from '@m4pris/platform-messaging';
import { GetMyInvitation, GetPrePostReport } from '@m4pris/evaluation-contracts';
import { Loaders } from '@m4pris/platform-graphql';
import { ListProgrammes } from '@m4pris/programmes-contracts';
import { EvaluationResolver, InvitationProgrammeResolver } from './evaluation.resolver.js';

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

  it("names each invitation's programme with one programmes request per query level (2, 20, 200 invitations)", async () => {
    const ctx: RequestContext = { roles: [], locale: 'en', traceId: 't1', tenantId: 'x' };
    for (const size of [2, 20, 200]) {
      const calls: unknown[][] = [];
      // programmes names what the caller's tenant has; p4 is not among them (another tenant's id)
      const bus = {
        request: (...args: unknown[]) => (calls.push(args), Promise.resolve({ items: ['p0', 'p1', 'p2', 'p3'].map((id) => ({ id, name: `Programme ${id}` })), total: 4 })),
      } as unknown as Bus;
      const r = new InvitationProgrammeResolver(bus);
      const loaders = new Loaders();
      const invitations = Array.from({ length: size }, (_, i) => ({ programmeId: `p${i % 5}` }));
      const names = await Promise.all(invitations.map((i) => r.programme(i, loaders, ctx)));
      const distinct = [...new Set(invitations.map((i) => i.programmeId))];
      expect(calls).toEqual([[ListProgrammes, { ids: distinct, limit: distinct.length }, ctx]]);
      expect(names[0]).toEqual({ id: 'p0', name: 'Programme p0' });
      if (size > 4) expect(names[4]).toBeNull();
    }
  });
});
