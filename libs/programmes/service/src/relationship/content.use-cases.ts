import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { notFound, type RequestContext } from '@m4pris/platform-core';
import { claimIdempotencyKey, recordEvent, Handles } from '@m4pris/platform-messaging';
import {
  AgreementSaved,
  FitCheckOpened,
  LogMeeting,
  MeetingLogged,
  ProgrammesErrors,
  type AddGoalRequest,
  type AgreementDto,
  type AnswerFitCheckRequest,
  type GoalDto,
  type LogMeetingRequest,
  type MeetingDto,
  type RelationshipDto,
  type RelationshipIdRequest,
  type SaveAgreementRequest,
  type UpdateGoalRequest,
  GetAgreement,
  SaveAgreement,
  AcknowledgeAgreement,
  AddGoal,
  UpdateGoal,
  ListGoals,
  ListMeetings,
  AnswerFitCheck,
} from '@m4pris/programmes-contracts';
import { confidentialityTextFor } from '../programme/platform-wording.js';
import { iso } from '../shared/access.js';
import { dateOnly, today } from '../shared/dates.js';
import { Lookups } from '../shared/lookups.js';
import { AgreementSchema, FitCheckSchema, GoalSchema, MeetingSchema, RelationshipSchema, type Agreement, type Goal, type Meeting, type Relationship } from './relationship.entity.js';
import { RelationshipPresenter } from './relationship.presenter.js';
import { endEarly, requireState } from './relationship.use-cases.js';

/*
 * Duo content: agreement text, goals, meeting notes. Every use case here goes through
 * `Lookups.relationship(ctx, id, 'content')`: the two people of the duo only.
 */

const requireLive = (r: Relationship) => requireState(r, ['active', 'paused']);

/** `locale`: the reader's language (the platform's confidentiality wording is shown in it). */
async function toAgreementDto(lookups: Lookups, r: Relationship, a: Agreement, locale: string): Promise<AgreementDto> {
  const policy = await lookups.policyOfCohort(r.cohortId);
  return {
    relationshipId: r.id,
    goalsSummary: a.goalsSummary ?? null,
    cadenceDays: a.cadenceDays,
    practicalities: a.practicalities ?? null,
    confidentialityText: confidentialityTextFor(policy, locale),
    mentorAcknowledgedAt: iso(a.mentorAcknowledgedAt),
    menteeAcknowledgedAt: iso(a.menteeAcknowledgedAt),
    updatedAt: iso(a.updatedAt),
  };
}

@Injectable()
export class GetAgreementUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly lookups: Lookups,
  ) {}

  @Handles(GetAgreement)
  async execute(input: RelationshipIdRequest, ctx: RequestContext): Promise<AgreementDto> {
    const { rel } = await this.lookups.relationship(ctx, input.relationshipId, 'content');
    return toAgreementDto(this.lookups, rel, await this.em.findOneOrFail(AgreementSchema, { relationshipId: rel.id }), ctx.locale);
  }
}

/** Saving changes the agreement, so both sides acknowledge it again. */
@Injectable()
export class SaveAgreementUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly lookups: Lookups,
  ) {}

  @Handles(SaveAgreement)
  async execute(input: SaveAgreementRequest, ctx: RequestContext): Promise<AgreementDto> {
    const { rel, role } = await this.lookups.relationship(ctx, input.relationshipId, 'content');
    requireLive(rel);
    const a = await this.em.findOneOrFail(AgreementSchema, { relationshipId: rel.id });
    Object.assign(a, {
      goalsSummary: input.goalsSummary,
      cadenceDays: input.cadenceDays,
      practicalities: input.practicalities ?? null,
      mentorAcknowledgedAt: null,
      menteeAcknowledgedAt: null,
      updatedAt: new Date(),
    });
    rel.agreementAcknowledged = false;
    // The other side is asked to acknowledge it (the text stays in the duo).
    recordEvent(
      this.em,
      AgreementSaved,
      { tenantId: rel.tenantId, programmeId: rel.programmeId, relationshipId: rel.id, mentorStaffId: rel.mentorStaffId, menteeStaffId: rel.menteeStaffId, savedByRole: role! },
      { tenantId: rel.tenantId },
    );
    await this.em.flush();
    return toAgreementDto(this.lookups, rel, a, ctx.locale);
  }
}

@Injectable()
export class AcknowledgeAgreementUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly lookups: Lookups,
  ) {}

  @Handles(AcknowledgeAgreement)
  async execute(input: RelationshipIdRequest, ctx: RequestContext): Promise<AgreementDto> {
    const { rel, role } = await this.lookups.relationship(ctx, input.relationshipId, 'content');
    requireLive(rel);
    const a = await this.em.findOneOrFail(AgreementSchema, { relationshipId: rel.id });
    if (!a.goalsSummary) throw ProgrammesErrors.RELATIONSHIP_NOT_ACTIVE({ field: 'relationshipId', params: { state: 'without an agreement', expected: 'with a saved agreement' } });
    if (role === 'mentor') a.mentorAcknowledgedAt ??= new Date();
    else a.menteeAcknowledgedAt ??= new Date();
    rel.agreementAcknowledged = Boolean(a.mentorAcknowledgedAt && a.menteeAcknowledgedAt);
    await this.em.flush();
    return toAgreementDto(this.lookups, rel, a, ctx.locale);
  }
}

function toGoalDto(g: Goal): GoalDto {
  return {
    id: g.id,
    relationshipId: g.relationshipId,
    title: g.title,
    description: g.description ?? null,
    function: g.function,
    progress: g.progress,
    status: g.status,
    createdAt: iso(g.createdAt),
    updatedAt: iso(g.updatedAt),
  };
}

@Injectable()
export class AddGoalUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly lookups: Lookups,
  ) {}

  @Handles(AddGoal)
  async execute(input: AddGoalRequest, ctx: RequestContext): Promise<GoalDto> {
    const { rel } = await this.lookups.relationship(ctx, input.relationshipId, 'content');
    requireLive(rel);
    const now = new Date();
    const goal = this.em.create(GoalSchema, {
      id: randomUUID(),
      tenantId: rel.tenantId,
      relationshipId: rel.id,
      title: input.title,
      description: input.description ?? null,
      function: input.function,
      progress: 0,
      status: 'open',
      createdAt: now,
      updatedAt: now,
    });
    await this.em.flush();
    return toGoalDto(goal);
  }
}

@Injectable()
export class UpdateGoalUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly lookups: Lookups,
  ) {}

  @Handles(UpdateGoal)
  async execute(input: UpdateGoalRequest, ctx: RequestContext): Promise<GoalDto> {
    const goal = ctx.tenantId ? await this.em.findOne(GoalSchema, { id: input.goalId, tenantId: ctx.tenantId }) : null;
    if (!goal) throw notFound('Goal', 'goalId');
    // Anyone outside the duo gets the same answer as for a missing goal.
    const { rel } = await this.lookups.relationship(ctx, goal.relationshipId, 'content').catch(() => {
      throw notFound('Goal', 'goalId');
    });
    requireLive(rel);
    if (input.title !== undefined) goal.title = input.title;
    if (input.description !== undefined) goal.description = input.description;
    if (input.progress !== undefined) goal.progress = input.progress;
    if (input.status !== undefined) goal.status = input.status;
    if (goal.status === 'achieved') goal.progress = 100;
    goal.updatedAt = new Date();
    await this.em.flush();
    return toGoalDto(goal);
  }
}

@Injectable()
export class ListGoalsUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly lookups: Lookups,
  ) {}

  @Handles(ListGoals)
  async execute(input: RelationshipIdRequest, ctx: RequestContext): Promise<GoalDto[]> {
    const { rel } = await this.lookups.relationship(ctx, input.relationshipId, 'content');
    return (await this.em.find(GoalSchema, { relationshipId: rel.id }, { orderBy: { createdAt: 'asc', id: 'asc' } })).map(toGoalDto);
  }
}

function toMeetingDto(m: Meeting): MeetingDto {
  return {
    id: m.id,
    relationshipId: m.relationshipId,
    heldOn: dateOnly(m.heldOn),
    durationMinutes: m.durationMinutes,
    duringShift: m.duringShift,
    functions: m.functions,
    notes: m.notes ?? null,
    loggedByStaffId: m.loggedByStaffId,
    createdAt: iso(m.createdAt),
  };
}

/**
 * Either side logs a meeting; the coordinator learns only that it happened (date, length, functions).
 * With an `idempotencyKey` (the web app's offline queue), a replay answers with the first meeting.
 */
@Injectable()
export class LogMeetingUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly lookups: Lookups,
  ) {}

  @Handles(LogMeeting)
  async execute(input: LogMeetingRequest, ctx: RequestContext): Promise<MeetingDto> {
    const { rel } = await this.lookups.relationship(ctx, input.relationshipId, 'content');
    const id = randomUUID();
    if (input.idempotencyKey) {
      const first = await claimIdempotencyKey(this.em, { tenantId: rel.tenantId, callerId: ctx.userId!, key: input.idempotencyKey, operation: LogMeeting.subject, request: input, resultId: id });
      if (first) return toMeetingDto(await this.em.findOneOrFail(MeetingSchema, { id: first, tenantId: rel.tenantId }));
    }
    requireState(rel, ['active']);
    // From the approval on: a duo approved before its cohort starts may already meet.
    const approvedOn = dateOnly(rel.createdAt);
    const earliest = approvedOn < dateOnly(rel.startedOn) ? approvedOn : dateOnly(rel.startedOn);
    if (input.heldOn < earliest || input.heldOn > today()) throw ProgrammesErrors.MEETING_DATE_INVALID({ field: 'heldOn' });
    const meeting = this.em.create(MeetingSchema, {
      id,
      tenantId: rel.tenantId,
      cohortId: rel.cohortId,
      relationshipId: rel.id,
      heldOn: input.heldOn,
      durationMinutes: input.durationMinutes,
      duringShift: input.duringShift,
      functions: input.functions,
      notes: input.notes ?? null,
      loggedByStaffId: ctx.staffId!,
      createdAt: new Date(),
    });
    rel.meetingCount += 1;
    const first = dateOnly(rel.firstMeetingOn);
    const last = dateOnly(rel.lastMeetingOn);
    if (!first || input.heldOn < first) rel.firstMeetingOn = input.heldOn;
    // The first meeting opens the fit check for both sides.
    if (!first) recordEvent(this.em, FitCheckOpened, { tenantId: rel.tenantId, programmeId: rel.programmeId, relationshipId: rel.id, mentorStaffId: rel.mentorStaffId, menteeStaffId: rel.menteeStaffId }, { tenantId: rel.tenantId });
    if (!last || input.heldOn > last) rel.lastMeetingOn = input.heldOn;
    rel.updatedAt = new Date();
    recordEvent(
      this.em,
      MeetingLogged,
      {
        tenantId: rel.tenantId,
        programmeId: rel.programmeId,
        cohortId: rel.cohortId,
        relationshipId: rel.id,
        meetingId: meeting.id,
        heldOn: input.heldOn,
        durationMinutes: input.durationMinutes,
        duringShift: input.duringShift,
        functions: input.functions,
      },
      { tenantId: rel.tenantId },
    );
    await this.em.flush();
    return toMeetingDto(meeting);
  }
}

@Injectable()
export class ListMeetingsUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly lookups: Lookups,
  ) {}

  @Handles(ListMeetings)
  async execute(input: RelationshipIdRequest, ctx: RequestContext): Promise<MeetingDto[]> {
    const { rel } = await this.lookups.relationship(ctx, input.relationshipId, 'content');
    return (await this.em.find(MeetingSchema, { relationshipId: rel.id }, { orderBy: { heldOn: 'desc', id: 'asc' } })).map(toMeetingDto);
  }
}

/**
 * The fit check after the first meeting: either side saying "not a fit" ends the duo early and
 * asks for a new mentor for the mentee (the pair is never proposed again).
 */
@Injectable()
export class AnswerFitCheckUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly lookups: Lookups,
    private readonly presenter: RelationshipPresenter,
  ) {}

  @Handles(AnswerFitCheck)
  async execute(input: AnswerFitCheckRequest, ctx: RequestContext): Promise<RelationshipDto> {
    const { rel, role } = await this.lookups.relationship(ctx, input.relationshipId, 'content');
    requireLive(rel);
    if (!rel.firstMeetingOn) throw ProgrammesErrors.FIT_CHECK_TOO_EARLY({ field: 'relationshipId' });
    const existing = await this.em.findOne(FitCheckSchema, { relationshipId: rel.id, role: role! });
    if (existing) throw ProgrammesErrors.ALREADY_ANSWERED({ field: 'answer' });
    this.em.create(FitCheckSchema, { relationshipId: rel.id, role: role!, answer: input.answer, answeredAt: new Date() });
    if (input.answer === 'not_a_fit') {
      endEarly(this.em, rel, 'not_a_fit', true, true);
    } else {
      const other = await this.em.findOne(FitCheckSchema, { relationshipId: rel.id, role: role === 'mentor' ? 'mentee' : 'mentor' });
      rel.fitCheckDone = other?.answer === 'good_fit';
    }
    await this.em.flush();
    return this.presenter.one(await this.em.findOneOrFail(RelationshipSchema, { id: rel.id }), role);
  }
}
