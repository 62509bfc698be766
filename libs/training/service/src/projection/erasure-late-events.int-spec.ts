import { randomUUID } from 'node:crypto';
import { StaffErased, StaffProfileChanged } from '@m4pris/identity-contracts';
import { describeLateEventsAfterErasure, sampleStaffProfile } from '@m4pris/testing';
import { startTraining } from '../../test/harness.js';

/*
 * Issue 13: Training keeps a projection of each person (staff_projection: tenant and institution) for
 * coordinator scopes. Events about a person delivered after their erasure re-create nothing (the
 * shared suite in @m4pris/testing says how).
 */
const T = randomUUID();
const INSTITUTION = randomUUID();

describeLateEventsAfterErasure('training', async () => {
  const h = await startTraining();
  return {
    schema: 'training',
    tenantId: T,
    projections: [{ table: 'training.staff_projection', publish: (staffId, _name, occurredAt) => h.publish(StaffProfileChanged, sampleStaffProfile(staffId, T, INSTITUTION), T, occurredAt) }],
    erase: (staffId, occurredAt) => h.publish(StaffErased, { staffId, tenantId: T, accountId: null }, T, occurredAt),
    sql: (q, p) => h.sql(q, p),
    close: () => h.close(),
  };
});
