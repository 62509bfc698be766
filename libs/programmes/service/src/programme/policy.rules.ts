import { EntityManager } from '@mikro-orm/postgresql';
import { invalidInput, notFound, type RequestContext } from '@m4pris/platform-core';
import type { Bus } from '@m4pris/platform-messaging';
import { GetStaffByIds, ListRoles } from '@m4pris/identity-contracts';
import { ProgrammesErrors, type ProgrammePolicy } from '@m4pris/programmes-contracts';
import { ApplicationSchema } from '../application/application.entity.js';
import { CohortSchema } from '../cohort/cohort.entity.js';
import { inManagementChain } from '../relationship/duo-factory.js';
import { RelationshipSchema } from '../relationship/relationship.entity.js';
import { StaffProfileSchema } from '../projection/projection.entity.js';
import { policyForStorage } from './platform-wording.js';

/**
 * Rules across fields of a policy that decorators cannot express. Returns a plain JSON copy as it
 * is stored (the platform's confidentiality wording as empty, `policyForStorage`). The
 * support contact is checked with identity (the source of truth, in the caller's name) when it is
 * deployed, else against the staff projection. It is never a coordinator, a tenant admin (the
 * caller included) or anyone in the line-management chain of a mentee of the programme's cohorts
 * (DOMAIN.md, separation of duties): concerns must not reach management.
 */
export async function checkedPolicy(em: EntityManager, bus: Bus, ctx: RequestContext, tenantId: string, policy: ProgrammePolicy, field = 'policy', programmeId?: string): Promise<ProgrammePolicy> {
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
    await refuseConflictedContact(em, bus, ctx, tenantId, supportStaffId, `${field}.supportContact.supportStaffId`, programmeId);
  }
  return policyForStorage(JSON.parse(JSON.stringify(policy)) as ProgrammePolicy);
}

async function refuseConflictedContact(em: EntityManager, bus: Bus, ctx: RequestContext, tenantId: string, staffId: string, field: string, programmeId?: string): Promise<void> {
  const conflict = (who: string) => ProgrammesErrors.SUPPORT_CONTACT_CONFLICT({ field, params: { who } });
  if (await bus.serves('identity')) {
    const [staff] = await bus.request(GetStaffByIds, { ids: [staffId] }, ctx);
    const accountId = staff?.accountId ?? null;
    if (accountId && accountId === ctx.userId) throw conflict('your own account');
    if (accountId) {
      const roles = await bus.request(ListRoles, { accountId, tenantId }, ctx);
      if (roles.some((r) => r.role === 'coordinator')) throw conflict('a coordinator');
      if (roles.some((r) => r.role === 'tenant_admin')) throw conflict('a tenant admin');
    }
  }
  if (!programmeId) return;
  const cohortIds = (await em.find(CohortSchema, { programmeId, tenantId }, { fields: ['id'] })).map((c) => c.id);
  if (!cohortIds.length) return;
  const mentees = new Set<string>([
    ...(await em.find(ApplicationSchema, { cohortId: { $in: cohortIds }, role: 'mentee' }, { fields: ['staffId'] })).map((a) => a.staffId),
    ...(await em.find(RelationshipSchema, { cohortId: { $in: cohortIds } }, { fields: ['menteeStaffId'] })).map((r) => r.menteeStaffId),
  ]);
  for (const mentee of mentees) {
    if (await inManagementChain(em, staffId, mentee)) throw conflict("someone in a mentee's line-management chain");
  }
}
