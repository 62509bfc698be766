import { Type } from 'class-transformer';
import { ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Min, ValidateNested } from 'class-validator';
import { defineEvent, SUPPORTED_LOCALES } from '@m4pris/platform-core';
import {
  COHORT_STATES,
  DATE_ONLY,
  EARLY_END_REASONS,
  MENTORING_FUNCTIONS,
  PARTICIPANT_ROLES,
  type CohortState,
  type EarlyEndReason,
  type MentoringFunction,
  type ParticipantRole,
} from './common.js';
import { ProgrammePolicy } from './policy.js';

/*
 * Events carry ids and categorical metadata only — never motivation, notes, goals, reflections
 * or concern content.
 */

export class CohortChangedEvent {
  @IsUUID() tenantId: string;
  @IsUUID() programmeId: string;
  @IsUUID() cohortId: string;
  @IsIn(COHORT_STATES) state: CohortState;
  @IsInt() policyVersion: number;
  /** The policy the cohort runs under (configuration, no personal data). */
  @ValidateNested() @Type(() => ProgrammePolicy) policy: ProgrammePolicy;
  /** Institutions the programme is limited to (empty: the whole tenant). */
  @IsArray() @IsUUID('all', { each: true }) institutionIds: string[];
  @Matches(DATE_ONLY) startsOn: string;
  @Matches(DATE_ONLY) endsOn: string;
}

export class ApplicationEvent {
  @IsUUID() tenantId: string;
  @IsUUID() programmeId: string;
  @IsUUID() cohortId: string;
  @IsUUID() applicationId: string;
  @IsUUID() staffId: string;
  @IsIn(PARTICIPANT_ROLES) role: ParticipantRole;
  /** Mentee: functions they need; mentor: functions they are strong in. */
  @IsArray() @ArrayUnique() @IsIn(MENTORING_FUNCTIONS, { each: true }) functions: MentoringFunction[];
  @IsArray() @IsString({ each: true }) languages: string[];
  /** Optional stated preference: prefer someone from the same unit. */
  @IsBoolean() prefersSameUnit: boolean;
  /** Optional stated preference: staff ids the applicant would like to be matched with. */
  @IsArray() @IsUUID('all', { each: true }) preferredStaffIds: string[];
  /** Declared conflicts of interest: never match with these staff. */
  @IsArray() @IsUUID('all', { each: true }) conflictStaffIds: string[];
}

export class ApplicationClosedEvent {
  @IsUUID() tenantId: string;
  @IsUUID() cohortId: string;
  @IsUUID() applicationId: string;
  @IsUUID() staffId: string;
}

export class RelationshipEvent {
  @IsUUID() tenantId: string;
  @IsUUID() programmeId: string;
  @IsUUID() cohortId: string;
  @IsUUID() relationshipId: string;
  @IsUUID() mentorStaffId: string;
  @IsUUID() menteeStaffId: string;
  @Matches(DATE_ONLY) on: string;
}

export class RelationshipStartedEvent extends RelationshipEvent {
  @Matches(DATE_ONLY) plannedEndOn: string;
  /** Set when the match came from a matching run. */
  @IsOptional() @IsUUID() proposalId?: string | null;
}

export class RelationshipEndedEarlyEvent extends RelationshipEvent {
  @IsIn(EARLY_END_REASONS) reason: EarlyEndReason;
  /** The mentee asked for a new mentor. */
  @IsBoolean() rematchRequested: boolean;
  /** Either side said "not a fit" (at the fit check or as the reason): never propose this pair again. */
  @IsBoolean() notAFit: boolean;
}

/** Meeting metadata only (the notes stay in the duo). */
export class MeetingLoggedEvent {
  @IsUUID() tenantId: string;
  @IsUUID() programmeId: string;
  @IsUUID() cohortId: string;
  @IsUUID() relationshipId: string;
  @IsUUID() meetingId: string;
  @Matches(DATE_ONLY) heldOn: string;
  @IsInt() durationMinutes: number;
  @IsBoolean() duringShift: boolean;
  @IsArray() @ArrayUnique() @IsIn(MENTORING_FUNCTIONS, { each: true }) functions: MentoringFunction[];
}

/** An application's state, for the applicant's own messages (received, waitlisted, declined): ids only, never the reason. */
export class ApplicationStateEvent {
  @IsUUID() tenantId: string;
  @IsUUID() programmeId: string;
  @IsUUID() cohortId: string;
  @IsUUID() applicationId: string;
  @IsUUID() staffId: string;
}

/** Identity's consent purpose for taking part in a programme (the text applicants agree to). */
export const PROGRAMME_PARTICIPATION_PURPOSE = 'programme.participation';

/**
 * An applicant agreed to the programme's consent text when applying: identity records the
 * ConsentRecord (once per person, purpose and version). Ids and the version only, never the motivation.
 */
export class ConsentGivenEvent {
  @IsUUID() tenantId: string;
  @IsUUID() staffId: string;
  @IsUUID() programmeId: string;
  @IsUUID() cohortId: string;
  @IsUUID() applicationId: string;
  /** Identity's consent purpose, `programme.participation`. */
  @IsString() purpose: string;
  /** The programme policy's `consentTextVersion`; null: the policy names none, so the text current when applying. */
  @IsOptional() @IsInt() @Min(1) version: number | null;
  /** The language the applicant read the text in, when known (else identity uses the person's preference). */
  @IsOptional() @IsIn(SUPPORTED_LOCALES) locale?: string | null;
}

/** The duo's agreement was saved by one side: the other side is asked to acknowledge it (no agreement text). */
export class AgreementSavedEvent {
  @IsUUID() tenantId: string;
  @IsUUID() programmeId: string;
  @IsUUID() relationshipId: string;
  @IsUUID() mentorStaffId: string;
  @IsUUID() menteeStaffId: string;
  @IsIn(PARTICIPANT_ROLES) savedByRole: ParticipantRole;
}

/** The first meeting was logged: both sides may now answer the fit check. */
export class FitCheckOpenedEvent {
  @IsUUID() tenantId: string;
  @IsUUID() programmeId: string;
  @IsUUID() relationshipId: string;
  @IsUUID() mentorStaffId: string;
  @IsUUID() menteeStaffId: string;
}

/**
 * A concern was routed to the programme's support contact: who that contact is, nothing else —
 * not the duo, not who raised it, never the text.
 */
export class ConcernRoutedEvent {
  @IsUUID() tenantId: string;
  @IsUUID() concernId: string;
  @IsUUID() supportStaffId: string;
}

export class ConcernRaisedEvent {
  @IsUUID() tenantId: string;
  @IsUUID() programmeId: string;
  @IsUUID() relationshipId: string;
  @IsUUID() concernId: string;
}

/*
 * Order keys (see platform-messaging's README): consumers copy the latest state of a cohort and of an
 * accepted application, so a late (older) copy of these events is skipped rather than applied over a
 * newer one. Relationship, meeting and concern events carry none: evaluation merges a late
 * `relationship.started` into its fact (start and planned end dates that the end events lack), and
 * meetings are counted — skipping either would lose data.
 */
/** Full snapshot of a cohort (state, policy, dates): consumers overwrite their copy. */
export const CohortChanged = defineEvent('programmes.v1.cohort.changed', CohortChangedEvent, { orderKey: (p) => `programmes.cohort:${p.cohortId}` });
/** An application can be accepted, withdrawn (declined, waitlisted) and accepted again: one key orders them. */
const applicationKey = (p: { applicationId: string }) => `programmes.application:${p.applicationId}`;
export const ApplicationAccepted = defineEvent('programmes.v1.application.accepted', ApplicationEvent, { orderKey: applicationKey });
/** An accepted application that is no longer available for matching (withdrawn, declined later). */
export const ApplicationWithdrawn = defineEvent('programmes.v1.application.withdrawn', ApplicationClosedEvent, { orderKey: applicationKey });
export const RelationshipStarted = defineEvent('programmes.v1.relationship.started', RelationshipStartedEvent);
export const RelationshipPaused = defineEvent('programmes.v1.relationship.paused', RelationshipEvent);
export const RelationshipResumed = defineEvent('programmes.v1.relationship.resumed', RelationshipEvent);
export const RelationshipEndedEarly = defineEvent('programmes.v1.relationship.endedEarly', RelationshipEndedEarlyEvent);
export const RelationshipClosed = defineEvent('programmes.v1.relationship.closed', RelationshipEvent);
export const MeetingLogged = defineEvent('programmes.v1.meeting.logged', MeetingLoggedEvent);
/*
 * For the applicant's own messages (notifications): no order key, so that none of them is skipped.
 * Matching follows `accepted`/`withdrawn` only.
 */
export const ApplicationReceived = defineEvent('programmes.v1.application.received', ApplicationStateEvent);
export const ApplicationWaitlisted = defineEvent('programmes.v1.application.waitlisted', ApplicationStateEvent);
export const ApplicationDeclined = defineEvent('programmes.v1.application.declined', ApplicationStateEvent);
/** Applying with consent: identity records the consent (no order key: each is a fact, identity keeps it once). */
export const ConsentGiven = defineEvent('programmes.v1.consent.given', ConsentGivenEvent);
export const AgreementSaved = defineEvent('programmes.v1.agreement.saved', AgreementSavedEvent);
export const FitCheckOpened = defineEvent('programmes.v1.fitCheck.opened', FitCheckOpenedEvent);
/** To the support contact only (notifications tells them "a message needs your attention"). */
export const ConcernRouted = defineEvent('programmes.v1.concern.routed', ConcernRoutedEvent);
/** The fact of a concern only: no content, not who raised it. */
export const ConcernRaised = defineEvent('programmes.v1.concern.raised', ConcernRaisedEvent);
