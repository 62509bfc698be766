import { randomUUID } from 'node:crypto';
import { readSuiteReport, writeSuiteReport } from './assurance-report.js';

/** One projection a module keeps of people from identity's events. */
export interface ErasureProjection {
  /** Schema-qualified table holding one row per person, keyed by `staff_id`. */
  table: string;
  /** Publishes the identity event that (re)creates the person's row, stamped `occurredAt`; `name` goes in wherever the event carries a name or an address. */
  publish(staffId: string, name: string, occurredAt: Date): Promise<unknown>;
}

/** What the shared suite needs of a module's harness. */
export interface LateEventsAfterErasureSubject {
  /** The module's schema, which holds its `erased_staff` record. */
  schema: string;
  tenantId: string;
  projections: ErasureProjection[];
  /** Publishes identity's `StaffErased` for the person, stamped `occurredAt`. */
  erase(staffId: string, occurredAt: Date): Promise<unknown>;
  sql(query: string, params?: unknown[]): Promise<unknown[]>;
  close(): Promise<void>;
}

/**
 * Issue 13: late events after an erasure must not re-create a row. A module keeping a projection of
 * people records whom it erased (`<schema>.erased_staff`), so an event delivered after the erasure —
 * an older one held by a consumer that died, or one stamped later by an identity replica whose clock
 * runs ahead, which the event watermark alone would let through — is ignored. One suite for every
 * consumer: erase, then deliver older and newer events, and a control for a person not erased.
 */
export function describeLateEventsAfterErasure(module: string, start: () => Promise<LateEventsAfterErasureSubject>): void {
  describe(`${module}: late identity events after an erasure re-create nothing`, () => {
    let s: LateEventsAfterErasureSubject;
    const now = Date.now();
    const at = (seconds: number) => new Date(now + seconds * 1000);
    const feed = async (staffId: string, name: string, seconds: number) => {
      for (const p of s.projections) await p.publish(staffId, name, at(seconds));
    };
    const rows = async (staffId: string) => {
      const counts: Record<string, number> = {};
      for (const p of s.projections) counts[p.table] = (await s.sql(`select 1 from ${p.table} where staff_id = ?`, [staffId])).length;
      return counts;
    };
    const each = (n: number) => Object.fromEntries(s.projections.map((p) => [p.table, n]));
    // Set at the end of each test body: reached only when every assertion before it passed.
    let erasedHeld = false;
    let held = false;

    beforeAll(async () => {
      s = await start();
    });
    afterAll(() => s?.close());

    it('a late event (older, or stamped after the erasure) for an erased person is ignored', async () => {
      const erased = randomUUID();
      await feed(erased, 'Erika', -60);
      expect(await rows(erased)).toEqual(each(1));

      await s.erase(erased, at(0));
      expect(await rows(erased)).toEqual(each(0));
      expect(await s.sql(`select 1 from ${s.schema}.erased_staff where staff_id = ? and tenant_id = ?`, [erased, s.tenantId])).toHaveLength(1);

      // Held by a consumer that died, delivered after the erasure: older than it.
      await feed(erased, 'Erika', -30);
      expect(await rows(erased)).toEqual(each(0));
      // Stamped after the erasure (a replica's clock ahead, a replay): the watermark would let it through.
      await feed(erased, 'Erika', 30);
      expect(await rows(erased)).toEqual(each(0));
      // Nothing of the name or address is left in any row (names and addresses are built from it, e.g. erika@example.org).
      for (const p of s.projections) expect(JSON.stringify(await s.sql(`select * from ${p.table}`)).toLowerCase()).not.toContain('erika');
      erasedHeld = true;
    });

    it('the same events for a person who was not erased are applied (control)', async () => {
      const kept = randomUUID();
      await feed(kept, 'Karl', 30);
      expect(await rows(kept)).toEqual(each(1));
      held = true;
    });

    // One report for every module's consumer (each module's Jest run adds its row), only when both tests passed.
    afterAll(() => {
      if (!held || !erasedHeld || !s) return;
      const suite = '62-late-events-after-erasure';
      const earlier = readSuiteReport(suite);
      const perModule = (earlier?.tables?.[0]?.rows ?? []).filter((r) => r[0] !== module);
      perModule.push([module, s.projections.map((p) => p.table).join(', '), 'ignored (older, and stamped after the erasure); no name left in any row', 'applied']);
      writeSuiteReport({
        suite,
        title: 'Late events after erasure re-create nothing (issue 13)',
        tried: { modules: perModule.length, 'late events per projection': 2 },
        held: ['Every consumer that keeps a projection of people records whom it erased: an identity event for an erased person delivered late (older than the erasure, or stamped after it by a clock running ahead) re-creates no row, and the same events for a person not erased are applied.'],
        tables: [{ caption: 'Per module', headers: ['module', 'projections', 'late events for an erased person', 'control (not erased)'], rows: perModule }],
      });
    });
  });
}

/**
 * A person's profile as identity's `StaffProfileChanged` carries it, for the consumers' specs (which
 * type-check it against the contract when they publish it); `overrides` change single facts.
 */
export function sampleStaffProfile<O extends object = object>(staffId: string, tenantId: string, institutionId: string, overrides?: O) {
  return {
    staffId,
    tenantId,
    institutionId,
    institutionKind: 'adult' as const,
    region: 'North',
    unitId: null,
    position: 'Prison officer',
    supervisesOthers: false,
    hiredOn: '2025-01-01',
    joinedInstitutionOn: '2025-01-01',
    previousInstitutionKind: null,
    shiftPatternId: null,
    shiftOffsetDays: 0,
    languages: ['da'],
    lineManagerId: null,
    leftServiceOn: null,
    ...overrides,
  };
}
