import { randomUUID } from 'node:crypto';
import { StaffErased, StaffProfileChanged } from '@m4pris/identity-contracts';
import { describeLateEventsAfterErasure, sampleStaffProfile } from '@m4pris/testing';
import { startMatching } from '../../test/harness.js';

/*
 * Issue 13: Matching keeps a projection of each person's profile (staff_profile) for match runs. Events about a person delivered after
 * their erasure re-create nothing (the shared suite in @m4pris/testing says how).
 */
const T = randomUUID();
const INSTITUTION = randomUUID();

describeLateEventsAfterErasure('matching', async () => {
  const h = await startMatching();
  return {
    schema: 'matching',
    tenantId: T,
    projections: [{ table: 'matching.staff_profile', publish: (staffId, _name, occurredAt) => h.publish(StaffProfileChanged, sampleStaffProfile(staffId, T, INSTITUTION), { occurredAt }) }],
    erase: (staffId, occurredAt) => h.publish(StaffErased, { staffId, tenantId: T, accountId: null }, { occurredAt }),
    sql: (q, p) => h.sql(q, p),
    close: () => h.close(),
  };
});
