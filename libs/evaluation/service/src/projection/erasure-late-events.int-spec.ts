import { randomUUID } from 'node:crypto';
import { StaffErased, StaffProfileChanged } from '@m4pris/identity-contracts';
import { describeLateEventsAfterErasure, sampleStaffProfile } from '@m4pris/testing';
import { startEvaluation } from '../../test/harness.js';

/*
 * Issue 13: Evaluation keeps a projection of each person's facts (staff_fact: institution, hire and leaving
 * dates) for retention outcomes and participant attributes. Events about a person delivered after
 * their erasure re-create nothing (the shared suite in @m4pris/testing says how).
 */
const T = randomUUID();
const INSTITUTION = randomUUID();

describeLateEventsAfterErasure('evaluation', async () => {
  const h = await startEvaluation();
  return {
    schema: 'evaluation',
    tenantId: T,
    projections: [{ table: 'evaluation.staff_fact', publish: (staffId, _name, occurredAt) => h.publish(StaffProfileChanged, sampleStaffProfile(staffId, T, INSTITUTION), { occurredAt }) }],
    erase: (staffId, occurredAt) => h.publish(StaffErased, { staffId, tenantId: T, accountId: null }, { occurredAt }),
    sql: (q, p) => h.sql(q, p),
    close: () => h.close(),
  };
});
