import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { defineRequest, orderByRequest, PageRequest, type NamedRefDto, type OrderBy, type Page, type PersonDto } from '@m4pris/platform-core';
import {

  DATE_ONLY,
  EARLY_END_REASONS,
  FIT_CHECK_ANSWERS,
  MENTORING_FUNCTIONS,
  RELATIONSHIP_STATES,
  type AttentionReason,
  type EarlyEndReason,
  type FitCheckAnswer,
  type MentoringFunction,
  type ParticipantRole,
  type RelationshipState,
} from './common.js';

const dateMsg = (f: string) => ({ message: `${f} must be a date as YYYY-MM-DD` });
const FUNCTIONS_MSG = { each: true, message: 'functions may only contain psychosocial, job_familiarisation' };

export class CreateRelationshipRequest {
  @IsUUID() mentorApplicationId: string;
  @IsUUID() menteeApplicationId: string;
  @IsOptional() @Matches(DATE_ONLY, dateMsg('startsOn')) startsOn?: string;
}

export class RelationshipIdRequest {
  @IsUUID() relationshipId: string;
}

/** How `relationships` may be sorted (by default: started, then id). */
export const RELATIONSHIP_SORT_FIELDS = ['started_on', 'planned_end_on', 'state', 'mentor_name', 'mentee_name', 'last_meeting_on'] as const;
export type RelationshipSortField = (typeof RELATIONSHIP_SORT_FIELDS)[number];
export const RelationshipOrderByRequest = orderByRequest(RELATIONSHIP_SORT_FIELDS);

export class ListRelationshipsRequest extends PageRequest {
  @IsUUID() cohortId: string;
  @IsOptional() @IsIn(RELATIONSHIP_STATES) state?: RelationshipState;
  /** Case-insensitive match on the display names (mentor or mentee) the caller may see (within the caller's scope). */
  @IsOptional() @IsString() @MaxLength(100) search?: string;
  @IsOptional() @ValidateNested() @Type(() => RelationshipOrderByRequest) orderBy?: OrderBy<RelationshipSortField>;
}

export class SaveAgreementRequest {
  @IsUUID() relationshipId: string;
  @IsString() @MinLength(1) @MaxLength(4000) goalsSummary: string;
  @IsInt() @Min(1) @Max(60) cadenceDays: number;
  @IsOptional() @IsString() @MaxLength(2000) practicalities?: string;
}

export class AddGoalRequest {
  @IsUUID() relationshipId: string;
  @IsString() @MinLength(1) @MaxLength(300) title: string;
  @IsOptional() @IsString() @MaxLength(2000) description?: string;
  @IsIn(MENTORING_FUNCTIONS, { message: 'function must be psychosocial or job_familiarisation' }) function: MentoringFunction;
}

export class UpdateGoalRequest {
  @IsUUID() goalId: string;
  @IsOptional() @IsString() @MinLength(1) @MaxLength(300) title?: string;
  @IsOptional() @IsString() @MaxLength(2000) description?: string;
  @IsOptional() @IsInt() @Min(0) @Max(100) progress?: number;
  @IsOptional() @IsIn(['open', 'achieved', 'dropped']) status?: 'open' | 'achieved' | 'dropped';
}

export class LogMeetingRequest {
  @IsUUID() relationshipId: string;
  @Matches(DATE_ONLY, dateMsg('heldOn')) heldOn: string;
  @IsInt() @Min(5) @Max(600) durationMinutes: number;
  @IsBoolean() duringShift: boolean;
  @IsArray() @ArrayMinSize(1) @ArrayUnique() @IsIn(MENTORING_FUNCTIONS, FUNCTIONS_MSG) functions: MentoringFunction[];
  /** Private to the duo. */
  @IsOptional() @IsString() @MaxLength(8000) notes?: string;
  /** Client-generated (UUID): a replay by the same caller answers with the first meeting and logs nothing new. */
  @IsOptional() @IsUUID('all', { message: 'idempotencyKey must be a UUID' }) idempotencyKey?: string;
}

export class AnswerFitCheckRequest {
  @IsUUID() relationshipId: string;
  @IsIn(FIT_CHECK_ANSWERS) answer: FitCheckAnswer;
}

export class RaiseConcernRequest {
  @IsUUID() relationshipId: string;
  @IsIn(['wellbeing', 'safety', 'conduct', 'relationship', 'other']) category: 'wellbeing' | 'safety' | 'conduct' | 'relationship' | 'other';
  /** Goes to the programme's support contact only. */
  @IsString() @MinLength(1) @MaxLength(4000) details: string;
}

export class ConcernIdRequest {
  @IsUUID() concernId: string;
}

export class EndEarlyRequest {
  @IsUUID() relationshipId: string;
  @IsIn(EARLY_END_REASONS) reason: EarlyEndReason;
  /** Ask for a new mentor for the mentee. */
  @IsBoolean() rematch: boolean;
}

export class CloseRelationshipRequest {
  @IsUUID() relationshipId: string;
  /** A participant's short reflection (private to the duo); omitted by a coordinator closing the record. */
  @IsOptional() @IsString() @MinLength(1) @MaxLength(4000) reflection?: string;
}

export class RecordCheckInRequest {
  @IsUUID() relationshipId: string;
  @Matches(DATE_ONLY, dateMsg('on')) on: string;
  @IsIn(['in_person', 'phone', 'online', 'message']) channel: 'in_person' | 'phone' | 'online' | 'message';
  @IsIn(['on_track', 'needs_support', 'no_contact']) outcome: 'on_track' | 'needs_support' | 'no_contact';
}

/** A cohort's duos needing attention (paged in SQL when `limit` is given; all of them otherwise). */
export class AttentionRequest extends PageRequest {
  @IsUUID() cohortId: string;
  /** Evaluate as of this date (default today). */
  @IsOptional() @Matches(DATE_ONLY, dateMsg('asOf')) asOf?: string;
}

/** The dashboard's weekly series cover at most this many weeks (default DEFAULT_DASHBOARD_WEEKS). */
export const MAX_DASHBOARD_WEEKS = 52;
export const DEFAULT_DASHBOARD_WEEKS = 12;

export class CohortDashboardRequest extends AttentionRequest {
  /** How many weeks the weekly series cover, ending with the week of `asOf` (Monday to Sunday). */
  @IsOptional() @IsInt() @Min(1) @Max(MAX_DASHBOARD_WEEKS) @Type(() => Number) weeks?: number;
}

/** Paged on request (`offset`/`limit`); newest first, then id. */
export class MyRelationshipsRequest extends PageRequest {}

/** Paged on request (`offset`/`limit`); newest first, then id. */
export class SupportConcernsRequest extends PageRequest {
  @IsOptional() @IsIn(['open', 'closed']) status?: 'open' | 'closed';
}

/** What a coordinator may see: process metadata, never content. */
export interface RelationshipDto {
  id: string;
  tenantId: string;
  programmeId: string;
  cohortId: string;
  institutionId: string;
  mentorStaffId: string;
  menteeStaffId: string;
  state: RelationshipState;
  startedOn: string;
  plannedEndOn: string;
  endedOn: string | null;
  endReason: EarlyEndReason | null;
  rematchRequested: boolean;
  /** Rules allowed but flagged, e.g. line_manager_chain. */
  flags: string[];
  proposalId: string | null;
  agreementAcknowledged: boolean;
  meetingCount: number;
  firstMeetingOn: string | null;
  lastMeetingOn: string | null;
  lastCheckInOn: string | null;
  /** Coordinator's view only; null when the caller is in the duo (they never learn a concern was raised). */
  openConcerns: number | null;
  fitCheckDone: boolean;
  /**
   * When the fit check is due: the first meeting plus the policy's fitCheckDays; null before the
   * first meeting or when the programme turns the fit check off.
   */
  fitCheckDueOn: string | null;
  /**
   * What this caller may do next, as the state each action leads to: `paused` (pause), `active`
   * (resume), `ended_early` (end early), `closed` (close; for a side of the duo, leave the closing
   * reflection, which closes the duo once both have). Computed by the function the mutations check.
   */
  allowedTransitions: RelationshipState[];
  /** The caller's side, when the caller is in the duo. */
  myRole: ParticipantRole | null;
  /** The two people: each side of the duo sees the other in full; the duo's coordinator sees the names. */
  mentor: PersonDto;
  mentee: PersonDto;
  cohort: NamedRefDto;
  programme: NamedRefDto;
}

export interface AgreementDto {
  relationshipId: string;
  goalsSummary: string | null;
  cadenceDays: number;
  practicalities: string | null;
  /** The programme's limits of confidentiality, shown to both sides. */
  confidentialityText: string;
  mentorAcknowledgedAt: string | null;
  menteeAcknowledgedAt: string | null;
  updatedAt: string | null;
}

export interface GoalDto {
  id: string;
  relationshipId: string;
  title: string;
  description: string | null;
  function: MentoringFunction;
  progress: number;
  status: 'open' | 'achieved' | 'dropped';
  createdAt: string;
  updatedAt: string;
}

export interface MeetingDto {
  id: string;
  relationshipId: string;
  heldOn: string;
  durationMinutes: number;
  duringShift: boolean;
  functions: MentoringFunction[];
  notes: string | null;
  loggedByStaffId: string;
  createdAt: string;
}

/** To the person who raised it, and to the support contact. */
export interface ConcernDto {
  id: string;
  relationshipId: string;
  category: string;
  details: string;
  status: 'open' | 'closed';
  raisedAt: string;
  closedAt: string | null;
  supportContact: { name: string; howToReach: string };
}

export interface ReflectionDto {
  role: ParticipantRole;
  text: string;
  createdAt: string;
}

export interface CheckInDto {
  id: string;
  relationshipId: string;
  on: string;
  channel: string;
  outcome: string;
  createdAt: string;
  /** The duo checked in with, its people by name (check-ins are the coordinator's). */
  relationship?: RelationshipDto;
}

/** People who applied to a cohort, by name, for its coordinator (matching's proposals, unmatched people). */
export class CohortPeopleRequest {
  @IsUUID() cohortId: string;
  @IsArray() @ArrayMaxSize(1000) @IsUUID('all', { each: true }) staffIds: string[];
}

/** People among `staffIds` who are the caller's duo partner (the other side of one of their duos). */
export class DuoPartnersRequest {
  @IsArray() @ArrayMaxSize(100) @IsUUID('all', { each: true }) staffIds: string[];
}

export interface AttentionItemDto {
  relationshipId: string;
  mentorStaffId: string;
  menteeStaffId: string;
  reasons: AttentionReason[];
  lastMeetingOn: string | null;
  daysSinceContact: number;
  plannedEndOn: string;
  /** The duo with its people by name (the list is the coordinator's). */
  relationship: RelationshipDto;
}

export interface CohortDashboardDto {
  cohortId: string;
  state: string;
  applications: { role: ParticipantRole; state: string; count: number }[];
  activeDuos: number;
  pausedDuos: number;
  endedEarly: number;
  closedDuos: number;
  rematchRequests: number;
  meetings: number;
  meetingsPerDuo: number;
  meetingMinutes: number;
  duosNeedingAttention: number;
  attentionByReason: { reason: AttentionReason; count: number }[];
  openConcerns: number;
  /** Meetings tagged with each mentoring function (a meeting may serve both). */
  functionBalance: { function: MentoringFunction; meetings: number; share: number }[];
  /**
   * The last `weeks` weeks (Monday to Sunday, oldest first, the last one is the week of `asOf`):
   * meetings held that week, and the duos that needed attention at the week's end (or at `asOf`
   * for its own week), the attention rules evaluated on the stored dates (see attention.ts).
   */
  weeks: CohortDashboardWeekDto[];
}

export interface CohortDashboardWeekDto {
  /** The Monday the week starts on (YYYY-MM-DD). */
  startsOn: string;
  meetings: number;
  duosNeedingAttention: number;
}

export const CreateRelationship = defineRequest<CreateRelationshipRequest, RelationshipDto>('programmes.v1.relationship.create', CreateRelationshipRequest);
export const GetRelationship = defineRequest<RelationshipIdRequest, RelationshipDto>('programmes.v1.relationship.get', RelationshipIdRequest);
export const ListRelationships = defineRequest<ListRelationshipsRequest, Page<RelationshipDto>>('programmes.v1.relationship.list', ListRelationshipsRequest);
export const MyRelationships = defineRequest<MyRelationshipsRequest, RelationshipDto[]>('programmes.v1.relationship.mine', MyRelationshipsRequest);
export const PauseRelationship = defineRequest<RelationshipIdRequest, RelationshipDto>('programmes.v1.relationship.pause', RelationshipIdRequest);
export const ResumeRelationship = defineRequest<RelationshipIdRequest, RelationshipDto>('programmes.v1.relationship.resume', RelationshipIdRequest);
export const EndRelationshipEarly = defineRequest<EndEarlyRequest, RelationshipDto>('programmes.v1.relationship.endEarly', EndEarlyRequest);
export const CloseRelationship = defineRequest<CloseRelationshipRequest, RelationshipDto>('programmes.v1.relationship.close', CloseRelationshipRequest);
export const ListReflections = defineRequest<RelationshipIdRequest, ReflectionDto[]>('programmes.v1.relationship.reflections', RelationshipIdRequest);
export const GetAgreement = defineRequest<RelationshipIdRequest, AgreementDto>('programmes.v1.agreement.get', RelationshipIdRequest);
export const SaveAgreement = defineRequest<SaveAgreementRequest, AgreementDto>('programmes.v1.agreement.save', SaveAgreementRequest);
export const AcknowledgeAgreement = defineRequest<RelationshipIdRequest, AgreementDto>('programmes.v1.agreement.acknowledge', RelationshipIdRequest);
export const AddGoal = defineRequest<AddGoalRequest, GoalDto>('programmes.v1.goal.add', AddGoalRequest);
export const UpdateGoal = defineRequest<UpdateGoalRequest, GoalDto>('programmes.v1.goal.update', UpdateGoalRequest);
export const ListGoals = defineRequest<RelationshipIdRequest, GoalDto[]>('programmes.v1.goal.list', RelationshipIdRequest);
export const LogMeeting = defineRequest<LogMeetingRequest, MeetingDto>('programmes.v1.meeting.log', LogMeetingRequest);
export const ListMeetings = defineRequest<RelationshipIdRequest, MeetingDto[]>('programmes.v1.meeting.list', RelationshipIdRequest);
export const AnswerFitCheck = defineRequest<AnswerFitCheckRequest, RelationshipDto>('programmes.v1.fitCheck.answer', AnswerFitCheckRequest);
export const RaiseConcern = defineRequest<RaiseConcernRequest, ConcernDto>('programmes.v1.concern.raise', RaiseConcernRequest);
export const MyConcerns = defineRequest<MyRelationshipsRequest, ConcernDto[]>('programmes.v1.concern.mine', MyRelationshipsRequest);
/** For the programme's designated support contact (a staff member named in the policy). */
export const SupportConcerns = defineRequest<SupportConcernsRequest, ConcernDto[]>('programmes.v1.concern.forSupport', SupportConcernsRequest);
export const CloseConcern = defineRequest<ConcernIdRequest, ConcernDto>('programmes.v1.concern.close', ConcernIdRequest);
export const RecordCheckIn = defineRequest<RecordCheckInRequest, CheckInDto>('programmes.v1.checkIn.record', RecordCheckInRequest);
export const ListCheckIns = defineRequest<RelationshipIdRequest, CheckInDto[]>('programmes.v1.checkIn.list', RelationshipIdRequest);
/** Batched for the gateway's DataLoaders: one request per cohort per query level. */
export const CohortPeople = defineRequest<CohortPeopleRequest, PersonDto[]>('programmes.v1.people.ofCohort', CohortPeopleRequest);
/**
 * The caller's duo partners among `staffIds`, as the two sides of a duo see each other (display
 * name, institution, unit, shift pattern, work e-mail); anyone else asked for is simply absent.
 * Matching shows a match reason's partner through it: programmes knows the duo.
 */
export const DuoPartners = defineRequest<DuoPartnersRequest, PersonDto[]>('programmes.v1.people.duoPartners', DuoPartnersRequest);
export const ListAttention = defineRequest<AttentionRequest, AttentionItemDto[]>('programmes.v1.cohort.attention', AttentionRequest);
export const CohortDashboard = defineRequest<CohortDashboardRequest, CohortDashboardDto>('programmes.v1.cohort.dashboard', CohortDashboardRequest);
