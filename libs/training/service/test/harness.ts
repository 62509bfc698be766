import { randomUUID } from 'node:crypto';
import { decodeContext, type EventDef } from '@m4pris/platform-core';
import { as as contexts, startServiceHarness, type ServiceHarness } from '@m4pris/testing';
import { FindStaffIds, GetStaffByIds, type StaffDto } from '@m4pris/identity-contracts';
import { trainingService } from '../src/index.js';

export { failure } from '@m4pris/testing';

export interface Person {
  id: string;
  tenantId: string;
  firstName: string;
  lastName: string;
  /** The language identity states for them (`staff.byIds`); absent: identity does not say (an older identity). */
  locale?: string;
}

export interface TrainingHarness extends Omit<ServiceHarness, 'publish' | 'outbox'> {
  /** Staff members identity knows about (answered on the real bus as identity's `GetStaffByIds` would). */
  staff: Map<string, Person>;
  person(tenantId: string, firstName?: string, lastName?: string, locale?: string): Person;
  /** Identity stops answering (MODULE_UNAVAILABLE-like failures) while false. */
  setIdentityUp(up: boolean): void;
  /** Publishes an event of another module through the real transport, as that module would (`occurredAt`: deliver an older or later-stamped event). */
  publish<P extends object>(def: EventDef<P>, payload: P, tenantId: string, occurredAt?: Date): Promise<void>;
  outbox(subject: string): Promise<{ payload: Record<string, unknown>; tenant_id: string }[]>;
}

export async function startTraining(): Promise<TrainingHarness> {
  const staff = new Map<string, Person>();
  let identityUp = true;
  const h = await startServiceHarness(trainingService, {
    // Identity is another module's service: the test answers its request on the real bus, with the
    // same tenant rule (system callers name the tenant in the context; other tenants' staff are absent).
    beforeRegister: async (transport) => {
      await transport.serve(GetStaffByIds.subject, 'identity', (body, headers) => {
        if (!identityUp) return Promise.resolve({ ok: false as const, error: { category: 'MODULE_UNAVAILABLE' as const, code: 'common.MODULE_UNAVAILABLE', messageKey: 'errors.common.MODULE_UNAVAILABLE', message: 'down' } });
        const ctx = decodeContext(headers);
        const { ids } = JSON.parse(body) as { ids: string[] };
        const rows: Partial<StaffDto>[] = ids.map((id) => staff.get(id)).filter((p): p is Person => !!p && (!ctx.tenantId || p.tenantId === ctx.tenantId));
        return Promise.resolve({ ok: true as const, data: rows });
      });
      // Name search as identity answers it: staff readers (tenant admin, coordinator) of the tenant,
      // by first, last or full name. Deliberately not narrowed to a coordinator's institutions, so
      // that training's own scope filter is what a scoped coordinator's search is tested against.
      await transport.serve(FindStaffIds.subject, 'identity', (body, headers) => {
        if (!identityUp) return Promise.resolve({ ok: false as const, error: { category: 'MODULE_UNAVAILABLE' as const, code: 'common.MODULE_UNAVAILABLE', messageKey: 'errors.common.MODULE_UNAVAILABLE', message: 'down' } });
        const ctx = decodeContext(headers);
        if (!ctx.roles.some((g) => (g.role === 'coordinator' || g.role === 'tenant_admin') && g.tenantId === ctx.tenantId)) {
          return Promise.resolve({ ok: false as const, error: { category: 'FORBIDDEN' as const, code: 'common.FORBIDDEN', messageKey: 'errors.common.FORBIDDEN', message: 'forbidden' } });
        }
        const search = (JSON.parse(body) as { search: string }).search.toLowerCase();
        const found = [...staff.values()].filter((p) => p.tenantId === ctx.tenantId && `${p.firstName} ${p.lastName}`.toLowerCase().includes(search)).map((p) => p.id);
        return Promise.resolve({ ok: true as const, data: found });
      });
    },
  });
  return {
    ...h,
    staff,
    person(tenantId, firstName = 'Ana', lastName = 'Pereira', locale) {
      const p: Person = { id: randomUUID(), tenantId, firstName, lastName, ...(locale ? { locale } : {}) };
      staff.set(p.id, p);
      return p;
    },
    setIdentityUp: (up) => {
      identityUp = up;
    },
    publish: async (def, payload, tenantId, occurredAt) => {
      await h.publish(def, payload, { tenantId, ...(occurredAt ? { occurredAt } : {}) });
    },
    outbox: (subject) => h.sql(`select payload, tenant_id from training.outbox_event where subject = ? order by occurred_at`, [subject]),
  };
}

export const as = {
  ...contexts,
  coordinator: (tenantId: string, staffId?: string) => contexts.coordinator(tenantId, staffId ? { staffId } : {}),
  /** A staff member signed in (a learner, a trainer): no role grant. */
  staff: (p: { id: string; tenantId: string }, locale = 'en') => contexts.staff(p.tenantId, p.id, locale),
};
