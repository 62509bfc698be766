import { EntityManager } from '@mikro-orm/postgresql';
import { invalidInput, notFound, type RequestContext } from '@m4pris/platform-core';
import type { Bus } from '@m4pris/platform-messaging';
import { GetStaffByIds } from '@m4pris/identity-contracts';
import type { ProgrammePolicy } from '@m4pris/programmes-contracts';
import { StaffProfileSchema } from '../projection/projection.entity.js';

/**
 * Rules across fields of a policy that decorators cannot express. Returns a plain JSON copy. The
 * support contact is checked with identity (the source of truth, in the caller's name) when it is
 * deployed, else against the staff projection.
 */
export async function checkedPolicy(em: EntityManager, bus: Bus, ctx: RequestContext, tenantId: string, policy: ProgrammePolicy, field = 'policy'): Promise<ProgrammePolicy> {
  if (policy.inactivityDays < policy.meetingCadenceDays) {
    throw invalidInput(`${field}.inactivityDays`, 'must be at least the meeting cadence (meetingCadenceDays)');
  }
  if (policy.participation === 'voluntary' && policy.consentTextVersion === undefined) policy.consentTextVersion = null;
  const supportStaffId = policy.supportContact.supportStaffId;
  if (supportStaffId) {
    const known = (await bus.serves('identity'))
      ? (await bus.request(GetStaffByIds, { ids: [supportStaffId] }, ctx)).some((s) => s.id === supportStaffId && s.tenantId === tenantId && !s.leftServiceOn)
      : (await em.count(StaffProfileSchema, { staffId: supportStaffId, tenantId, leftServiceOn: null })) > 0;
    if (!known) throw notFound('Staff member', `${field}.supportContact.supportStaffId`);
  }
  return JSON.parse(JSON.stringify(policy)) as ProgrammePolicy;
}
