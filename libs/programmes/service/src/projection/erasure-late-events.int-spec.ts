import { randomUUID } from 'node:crypto';
import { StaffCardChanged, StaffErased, StaffProfileChanged } from '@m4pris/identity-contracts';
import { describeLateEventsAfterErasure, sampleStaffProfile } from '@m4pris/testing';
import { startProgrammes } from '../../test/harness.js';

/*
 * Issue 13: Programmes keeps two projections of people from identity's events (staff_profile,
 * staff_card). Events about a person delivered after their erasure re-create neither (the shared
 * suite in @m4pris/testing says how). The card event has an order key of its own, so the event
 * watermark alone let a late card bring the name back.
 */
const T = randomUUID();
const INSTITUTION = randomUUID();

describeLateEventsAfterErasure('programmes', async () => {
  const h = await startProgrammes();
  return {
    schema: 'programmes',
    tenantId: T,
    projections: [
      { table: 'programmes.staff_profile', publish: (staffId, _name, occurredAt) => h.publish(StaffProfileChanged, sampleStaffProfile(staffId, T, INSTITUTION), { occurredAt }) },
      {
        table: 'programmes.staff_card',
        publish: (staffId, name, occurredAt) =>
          h.publish(
            StaffCardChanged,
            { staffId, tenantId: T, displayName: name, workEmail: `${name.toLowerCase()}@example.org`, institutionId: INSTITUTION, institutionName: 'North prison', unitId: null, unitName: null, shiftPatternId: null, shiftPatternName: null },
            { occurredAt },
          ),
      },
    ],
    erase: (staffId, occurredAt) => h.publish(StaffErased, { staffId, tenantId: T, accountId: null }, { occurredAt }),
    sql: (q, p) => h.sql(q, p),
    close: () => h.close(),
  };
});
