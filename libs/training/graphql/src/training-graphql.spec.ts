import { CommonErrors, type RequestContext } from '@m4pris/platform-core';
import { Loaders } from '@m4pris/platform-graphql';
import type { Bus } from '@m4pris/platform-messaging';
import { GetStaffByIds } from '@m4pris/identity-contracts';
import { Enrol, SessionTrainers, VerifyCertificate, type SessionDto } from '@m4pris/training-contracts';
import { CertificateResolver } from './certificate.resolver.js';
import { EnrolmentResolver } from './enrolment.resolver.js';
import { SessionResolver } from './session.resolver.js';
import { staffName } from './staff-names.js';

const ctx: RequestContext = { roles: [], locale: 'en', traceId: 't1', userId: 'u1', tenantId: 'x' };

function recordingBus(reply: (def: unknown) => unknown) {
  const calls: unknown[][] = [];
  const bus = {
    request: (...args: unknown[]) => {
      calls.push(args);
      // a throwing reply becomes a rejection, as a failed bus request does
      return new Promise((resolve) => resolve(reply(args[0])));
    },
  } as unknown as Bus;
  return { bus, calls };
}

describe('training GraphQL adapters', () => {
  it('pass inputs through the bus with the caller context', async () => {
    const { bus, calls } = recordingBus(() => ({ id: 'e1' }));
    await new EnrolmentResolver(bus).enrol({ courseId: 'c1' }, ctx);
    await new CertificateResolver(bus).verifyCertificate('ABCD-EFGH-JKLM', ctx);
    expect(calls).toEqual([
      [Enrol, { courseId: 'c1' }, ctx],
      [VerifyCertificate, { code: 'ABCD-EFGH-JKLM' }, ctx],
    ]);
  });

  it('batches staff names into one identity request and gives null to callers who may not read staff', async () => {
    const { bus, calls } = recordingBus(() => [{ id: 'a', firstName: 'Ana', lastName: 'Silva' }]);
    const loaders = new Loaders();
    await expect(Promise.all([staffName(loaders, bus, ctx, 'a'), staffName(loaders, bus, ctx, 'b')])).resolves.toEqual(['Ana Silva', null]);
    expect(calls).toEqual([[GetStaffByIds, { ids: ['a', 'b'] }, ctx]]);

    const refused = recordingBus(() => {
      throw CommonErrors.FORBIDDEN();
    });
    await expect(staffName(new Loaders(), refused.bus, ctx, 'a')).resolves.toBeNull();
  });

  it('asks training once per query level for the trainers of any number of sessions (2, 20, 200)', async () => {
    for (const size of [2, 20, 200]) {
      const sessions = Array.from({ length: size }, (_, i) => ({ id: `s${i}`, trainerStaffId: `t${i % 3}` }) as SessionDto);
      const { bus, calls } = recordingBus(() =>
        // training leaves out sessions the caller may not see (the last one here): its trainer is null
        sessions.slice(0, -1).map((x) => ({ sessionId: x.id, trainer: { id: x.trainerStaffId, displayName: `Trainer ${x.trainerStaffId}` } })),
      );
      const loaders = new Loaders();
      const resolver = new SessionResolver(bus);
      const trainers = await Promise.all(sessions.map((x) => resolver.trainer(x, loaders, ctx)));
      expect(calls).toEqual([[SessionTrainers, { sessionIds: sessions.map((x) => x.id) }, ctx]]);
      expect(trainers[0]).toEqual({ id: 't0', displayName: 'Trainer t0' });
      expect(trainers[size - 1]).toBeNull();
    }
  });

  it("names the certificate's course from the certificate itself, without a request", () => {
    const { bus, calls } = recordingBus(() => null);
    expect(new CertificateResolver(bus).course({ courseId: 'c1', courseTitle: 'Mentor basics' } as never)).toEqual({ id: 'c1', title: 'Mentor basics' });
    expect(calls).toEqual([]);
  });
});
