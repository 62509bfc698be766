import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent } from '@m4pris/platform-messaging';
import { ProgrammesErrors, RelationshipStarted, type ProgrammePolicy } from '@m4pris/programmes-contracts';
import { ApplicationSchema, type Application } from '../application/application.entity.js';
import type { Cohort } from '../cohort/cohort.entity.js';
import { StaffProfileSchema } from '../projection/projection.entity.js';
import { addMonths, dateOnly, today } from '../shared/dates.js';
import { AgreementSchema, RelationshipSchema, type Relationship } from './relationship.entity.js';
import { relationshipEventPayload } from './relationship.mapper.js';

/** How far up a management chain is followed (a cycle or a very deep chain stops here). */
const MAX_CHAIN = 25;

/** Whether `candidate` is the line manager of `staffId`, or above them in the chain (staff projection). */
export async function inManagementChain(em: EntityManager, candidate: string, staffId: string): Promise<boolean> {
  let current: string | null = staffId;
  const seen = new Set<string>();
  for (let i = 0; i < MAX_CHAIN && current && !seen.has(current); i++) {
    seen.add(current);
    const profile: { lineManagerId?: string | null } | null = await em.findOne(StaffProfileSchema, { staffId: current }, { fields: ['lineManagerId'] });
    current = profile?.lineManagerId ?? null;
    if (current === candidate) return true;
  }
  return false;
}

/**
 * Forms a duo from two accepted applications, enforcing the hard rules again whatever asked for it
 * (a coordinator by hand, or an approved match): same cohort, both accepted, not the same person,
 * mentee not already in a duo, mentor capacity, and the line-manager rule.
 */
@Injectable()
export class DuoFactory {
  constructor(private readonly em: EntityManager) {}

  async form(
    em: EntityManager,
    cohort: Cohort,
    policy: ProgrammePolicy,
    mentorApp: Application,
    menteeApp: Application,
    opts: { proposalId?: string | null; startsOn?: string; flags?: string[] } = {},
  ): Promise<Relationship> {
    if (!['matching', 'running'].includes(cohort.state)) throw ProgrammesErrors.COHORT_NOT_MATCHING({ field: 'cohortId', params: { state: cohort.state } });
    for (const [app, role, field] of [
      [mentorApp, 'mentor', 'mentorApplicationId'],
      [menteeApp, 'mentee', 'menteeApplicationId'],
    ] as const) {
      if (app.cohortId !== cohort.id || app.role !== role || app.state !== 'accepted') {
        throw ProgrammesErrors.APPLICATION_NOT_ACCEPTED({ field, params: { role } });
      }
    }
    if (mentorApp.staffId === menteeApp.staffId) throw ProgrammesErrors.SAME_PERSON({ field: 'mentorApplicationId' });
    const live = { $in: ['active', 'paused'] as ('active' | 'paused')[] };
    const menteeBusy = await em.count(RelationshipSchema, { cohortId: cohort.id, menteeStaffId: menteeApp.staffId, state: live });
    if (menteeBusy > 0) throw ProgrammesErrors.MENTEE_ALREADY_MATCHED({ field: 'menteeApplicationId' });
    const load = await em.count(RelationshipSchema, { cohortId: cohort.id, mentorStaffId: mentorApp.staffId, state: live });
    if (load >= policy.mentorCapacity) throw ProgrammesErrors.MENTOR_AT_CAPACITY({ field: 'mentorApplicationId', params: { capacity: policy.mentorCapacity } });
    const flags = new Set(opts.flags ?? []);
    if (await this.inManagementChain(em, mentorApp.staffId, menteeApp.staffId)) {
      if (policy.lineManagerRule === 'forbid') throw ProgrammesErrors.LINE_MANAGER_CONFLICT({ field: 'mentorApplicationId' });
      flags.add('line_manager_chain');
    }
    for (const f of mentorApp.flags) flags.add(f);
    // Duo dates follow the cohort: a duo approved before the cohort starts starts on its start date,
    // and is planned to end with the cohort (meetings from the approval on can still be logged).
    const cohortStartsOn = dateOnly(cohort.startsOn);
    const cohortEndsOn = dateOnly(cohort.endsOn);
    const startedOn = opts.startsOn ?? (today() < cohortStartsOn ? cohortStartsOn : today());
    const plannedEndOn = startedOn < cohortEndsOn ? cohortEndsOn : addMonths(startedOn, policy.durationMonths);
    const now = new Date();
    const rel = em.create(RelationshipSchema, {
      id: randomUUID(),
      tenantId: cohort.tenantId,
      programmeId: cohort.programmeId,
      cohortId: cohort.id,
      institutionId: menteeApp.institutionId,
      mentorStaffId: mentorApp.staffId,
      menteeStaffId: menteeApp.staffId,
      mentorApplicationId: mentorApp.id,
      menteeApplicationId: menteeApp.id,
      state: 'active',
      startedOn,
      plannedEndOn,
      endedOn: null,
      endReason: null,
      rematchRequested: false,
      flags: [...flags].sort(),
      proposalId: opts.proposalId ?? null,
      meetingCount: 0,
      firstMeetingOn: null,
      lastMeetingOn: null,
      lastCheckInOn: null,
      openConcerns: 0,
      agreementAcknowledged: false,
      fitCheckDone: false,
      pausedAt: null,
      createdAt: now,
      updatedAt: now,
    });
    em.create(AgreementSchema, {
      relationshipId: rel.id,
      tenantId: rel.tenantId,
      goalsSummary: null,
      cadenceDays: policy.meetingCadenceDays,
      practicalities: null,
      mentorAcknowledgedAt: null,
      menteeAcknowledgedAt: null,
      updatedAt: null,
    });
    recordEvent(em, RelationshipStarted, { ...relationshipEventPayload(rel, startedOn), plannedEndOn: rel.plannedEndOn, proposalId: rel.proposalId ?? null }, { tenantId: rel.tenantId });
    return rel;
  }

  /** Whether `candidate` is the line manager of `staffId`, or above them in the chain. */
  inManagementChain(em: EntityManager, candidate: string, staffId: string): Promise<boolean> {
    return inManagementChain(em, candidate, staffId);
  }

  async applications(em: EntityManager, tenantId: string, ids: string[]): Promise<Map<string, Application>> {
    const rows = await em.find(ApplicationSchema, { id: { $in: ids }, tenantId });
    return new Map(rows.map((a) => [a.id, a]));
  }
}
