import { EntityManager } from '@mikro-orm/postgresql';
import { invalidInput, notFound } from '@m4pris/platform-core';
import type { ProgrammePolicy } from '@m4pris/programmes-contracts';
import { StaffProfileSchema } from '../projection/projection.entity.js';

/** Rules across fields of a policy that decorators cannot express. Returns a plain JSON copy. */
export async function checkedPolicy(em: EntityManager, tenantId: string, policy: ProgrammePolicy, field = 'policy'): Promise<ProgrammePolicy> {
  if (policy.inactivityDays < policy.meetingCadenceDays) {
    throw invalidInput(`${field}.inactivityDays`, 'must be at least the meeting cadence (meetingCadenceDays)');
  }
  if (policy.participation === 'voluntary' && policy.consentTextVersion === undefined) policy.consentTextVersion = null;
  const supportStaffId = policy.supportContact.supportStaffId;
  if (supportStaffId) {
    const staff = await em.findOne(StaffProfileSchema, { staffId: supportStaffId, tenantId });
    if (!staff) throw notFound('Staff member', `${field}.supportContact.supportStaffId`);
  }
  return JSON.parse(JSON.stringify(policy)) as ProgrammePolicy;
}
