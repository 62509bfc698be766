import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { requireAuthenticated, type MyTasksRequest, type RequestContext, type TaskDto, myTasksRequest } from '@m4pris/platform-core';
import type { ParticipantRole } from '@m4pris/programmes-contracts';
import { CohortSchema } from '../cohort/cohort.entity.js';
import { PolicyVersionSchema } from '../programme/programme.entity.js';
import { ProgrammesSettings } from '../programmes.settings.js';
import { addDays, daysBetween, dateOnly, today } from '../shared/dates.js';
import { People } from '../shared/people.js';
import { AgreementSchema, FitCheckSchema, ReflectionSchema, RelationshipSchema } from './relationship.entity.js';
import { Handles } from '@m4pris/platform-messaging';

/**
 * The caller's open tasks in their own live duos (`programmes.v1.tasks.mine`), from metadata and the
 * caller's own answers only, in at most seven statements whatever the number of duos:
 * - the saved agreement not yet acknowledged by the caller (due `AGREEMENT_DUE_DAYS` after the start);
 * - the fit check open for the caller after the first meeting (due first meeting + fitCheckDays);
 * - a meeting overdue: none within the agreed cadence (the policy's when no agreement) — active duos;
 * - the closing reflection, once the planned end is `ATTENTION_ENDING_SOON_DAYS` away or past.
 * Nobody else's tasks: a coordinator's follow-up is the attention list, not this.
 */
@Injectable()
export class MyTasksUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly people: People,
    private readonly settings: ProgrammesSettings,
  ) {}

  @Handles(myTasksRequest('programmes'))
  async execute(_input: MyTasksRequest, ctx: RequestContext): Promise<TaskDto[]> {
    requireAuthenticated(ctx);
    if (!ctx.tenantId || !ctx.staffId) return [];
    const tenantId = ctx.tenantId;
    const me = ctx.staffId;
    const rels = await this.em.find(RelationshipSchema, { tenantId, state: { $in: ['active', 'paused'] }, $or: [{ mentorStaffId: me }, { menteeStaffId: me }] });
    if (rels.length === 0) return [];
    const ids = rels.map((r) => r.id);
    const roleIn = (r: (typeof rels)[number]): ParticipantRole => (r.mentorStaffId === me ? 'mentor' : 'mentee');
    const agreements = new Map((await this.em.find(AgreementSchema, { relationshipId: { $in: ids } })).map((a) => [a.relationshipId, a]));
    const answered = new Set((await this.em.find(FitCheckSchema, { relationshipId: { $in: ids } }, { fields: ['relationshipId', 'role'] })).map((f) => `${f.relationshipId}:${f.role}`));
    const reflected = new Set((await this.em.find(ReflectionSchema, { relationshipId: { $in: ids } }, { fields: ['relationshipId', 'role'] })).map((f) => `${f.relationshipId}:${f.role}`));
    const cohorts = await this.em.find(CohortSchema, { id: { $in: [...new Set(rels.map((r) => r.cohortId))] }, tenantId }, { fields: ['id', 'programmeId', 'policyVersion'] });
    const policies = await this.em.find(PolicyVersionSchema, { $or: cohorts.map((c) => ({ programmeId: c.programmeId, version: c.policyVersion })) });
    const policyOf = new Map(cohorts.map((c) => [c.id, policies.find((p) => p.programmeId === c.programmeId && p.version === c.policyVersion)?.policy]));
    const cards = await this.people.cards(tenantId, rels.map((r) => (roleIn(r) === 'mentor' ? r.menteeStaffId : r.mentorStaffId)));
    const asOf = today();
    const tasks: TaskDto[] = [];
    for (const r of rels) {
      const role = roleIn(r);
      const policy = policyOf.get(r.cohortId);
      const partner = role === 'mentor' ? r.menteeStaffId : r.mentorStaffId;
      const subject = { id: r.id, name: cards.get(partner)?.displayName ?? '' };
      const link = (section: string) => `/duo?relationship=${r.id}#${section}`;
      const startedOn = dateOnly(r.startedOn);
      const agreement = agreements.get(r.id);
      if (agreement && !(role === 'mentor' ? agreement.mentorAcknowledgedAt : agreement.menteeAcknowledgedAt)) {
        tasks.push({ kind: 'agreement_to_acknowledge', dueOn: addDays(startedOn, this.settings.AGREEMENT_DUE_DAYS), link: link('agreement'), subject });
      }
      const firstMeeting = dateOnly(r.firstMeetingOn);
      if (policy && policy.fitCheckDays > 0 && firstMeeting && !r.fitCheckDone && !answered.has(`${r.id}:${role}`)) {
        tasks.push({ kind: 'fit_check', dueOn: addDays(firstMeeting, policy.fitCheckDays), link: link('fit-check'), subject });
      }
      const cadence = agreement?.cadenceDays ?? policy?.meetingCadenceDays;
      if (r.state === 'active' && cadence) {
        const due = addDays(dateOnly(r.lastMeetingOn) ?? startedOn, cadence);
        if (due < asOf) tasks.push({ kind: 'meeting_overdue', dueOn: due, link: link('meetings'), subject });
      }
      const plannedEnd = dateOnly(r.plannedEndOn);
      if (daysBetween(asOf, plannedEnd) <= this.settings.ATTENTION_ENDING_SOON_DAYS && !reflected.has(`${r.id}:${role}`)) {
        tasks.push({ kind: 'closure_reflection', dueOn: plannedEnd, link: link('closure'), subject });
      }
    }
    return tasks;
  }
}
