import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { OrderByInput, Paginated, sortFieldEnum } from '@m4pris/platform-graphql';
import { ENROLMENT_SORT_FIELDS } from '@m4pris/training-contracts';
import type {
  AssessmentPhase,
  Attendance,
  BookingStatus,
  CompetencyCluster,
  CourseAudience,
  DefaultCurriculumKey,
  EnrolledBy,
  EnrolmentStatus,
  QuestionKind,
  ReportGrouping,
  SessionPeriod,
} from '@m4pris/training-contracts';
import {
  AssessmentPhaseEnum,
  AttendanceEnum,
  BookingStatusEnum,
  CompetencyClusterEnum,
  CourseAudienceEnum,
  DefaultCurriculumKeyEnum,
  EnrolledByEnum,
  EnrolmentStatusEnum,
  QuestionKindEnum,
  ReportGroupingEnum,
  SessionPeriodEnum,
} from './training.enums.js';

const TEXT = "In the caller's language (Accept-Language), the course's base language where a translation is missing.";
const TRANSLATIONS = 'Every language this text is written in, exactly as written (the base language first): a language absent here has no translation, even where it would read the same as the base text.';

@ObjectType('CourseTextTranslation', { description: 'A course text as written in one language.' })
export class CourseTextTranslation {
  @Field({ description: 'en, da, pt, ro or el.' }) locale: string;
  @Field() text: string;
}

// ---- courses ----------------------------------------------------------------------------------

@ObjectType({ description: 'A default curriculum shipped with the platform, to adopt and adapt.' })
export class DefaultCurriculum {
  @Field(() => DefaultCurriculumKeyEnum) key: DefaultCurriculumKey;
  @Field(() => CourseAudienceEnum) audience: CourseAudience;
  @Field() title: string;
  @Field() description: string;
  @Field(() => Int) modules: number;
  @Field(() => Int) units: number;
}

@ObjectType({ description: 'When a learner has completed the course: computed from these, never ticked by hand.' })
export class CompletionRules {
  @Field({ description: 'Every required unit is done (always applies).' }) requiredUnits: boolean;
  @Field(() => Int, { description: 'At least this many facilitated sessions attended.' }) minSessionsAttended: number;
  @Field(() => Int, { description: 'Percent of registered sessions attended.' }) attendanceThreshold: number;
  @Field({ description: 'Every knowledge check of a required unit passed.' }) checksPassed: boolean;
}

@ObjectType('CheckOption')
export class CheckOption {
  @Field(() => ID) id: string;
  @Field({ description: TEXT }) text: string;
}

@ObjectType('CheckOptionTranslation', { description: "An answer option's text as written in one language." })
export class CheckOptionTranslation {
  @Field(() => ID) optionId: string;
  @Field({ description: 'en, da, pt, ro or el.' }) locale: string;
  @Field() text: string;
}

@ObjectType('CheckQuestion', { description: 'A question as learners see it: which option is right is never sent.' })
export class CheckQuestion {
  @Field(() => ID) id: string;
  @Field(() => QuestionKindEnum, { description: 'SINGLE: choose one option; MULTIPLE: choose every right option.' }) kind: QuestionKind;
  @Field({ description: TEXT }) text: string;
  @Field(() => [CourseTextTranslation], { description: TRANSLATIONS }) textTranslations: CourseTextTranslation[];
  @Field(() => [CheckOption]) options: CheckOption[];
  @Field(() => [CheckOptionTranslation], {
    description: "Every language each option's text is written in, exactly as written, option by option (the base language first): a language absent for an option has no translation. On the question, not on each option: one level less to query.",
  })
  optionTranslations: CheckOptionTranslation[];
}

@ObjectType()
export class KnowledgeCheck {
  @Field(() => Int, { description: 'Percent of right answers needed to pass.' }) passMark: number;
  @Field(() => [CheckQuestion]) questions: CheckQuestion[];
}

@ObjectType('CourseUnit', { description: 'A self-paced unit, completed by the learner.' })
export class CourseUnit {
  @Field(() => ID) id: string;
  @Field({ description: TEXT }) title: string;
  @Field(() => [CourseTextTranslation], { description: TRANSLATIONS }) titleTranslations: CourseTextTranslation[];
  @Field({ description: TEXT }) summary: string;
  @Field(() => [CourseTextTranslation], { description: TRANSLATIONS }) summaryTranslations: CourseTextTranslation[];
  @Field(() => Int) minutes: number;
  @Field() required: boolean;
  @Field(() => KnowledgeCheck, { nullable: true }) knowledgeCheck: KnowledgeCheck | null;
}

@ObjectType('CourseTopic')
export class CourseTopic {
  @Field() title: string;
  @Field(() => [String], { description: 'Learning objectives.' }) objectives: string[];
}

@ObjectType('CourseModule')
export class CourseModule {
  @Field(() => ID) id: string;
  @Field(() => CompetencyClusterEnum) cluster: CompetencyCluster;
  @Field({ description: TEXT }) title: string;
  @Field(() => [CourseTextTranslation], { description: TRANSLATIONS }) titleTranslations: CourseTextTranslation[];
  @Field({ description: TEXT }) description: string;
  @Field(() => [CourseTextTranslation], { description: TRANSLATIONS }) descriptionTranslations: CourseTextTranslation[];
  @Field(() => [String], { description: 'Learning objectives.' }) objectives: string[];
  @Field(() => [CourseTopic]) topics: CourseTopic[];
  @Field(() => [CourseUnit]) units: CourseUnit[];
}

@ObjectType('SatisfactionQuestion', { description: 'Answered on a 1–5 scale.' })
export class SatisfactionQuestion {
  @Field(() => ID) id: string;
  @Field() text: string;
}

@ObjectType('TrainingCourse', { description: 'A course of the tenant: versioned, multilingual, its modules mapped to competency clusters.' })
export class TrainingCourse {
  @Field(() => ID) id: string;
  @Field(() => ID) tenantId: string;
  @Field(() => DefaultCurriculumKeyEnum, { nullable: true, description: 'The default curriculum it was adopted from.' }) key: DefaultCurriculumKey | null;
  @Field(() => String, { nullable: true, description: "The tenant's own code of a course written from scratch (unique in the tenant)." }) code: string | null;
  @Field({ description: 'The language the course is written in: every text exists in it, and it stands in for a missing translation.' }) baseLocale: string;
  @Field(() => CourseAudienceEnum) audience: CourseAudience;
  @Field(() => Int) version: number;
  @Field({ description: 'The language of the texts returned.' }) locale: string;
  @Field(() => [String], { description: 'Languages with a translated title.' }) translatedLocales: string[];
  @Field({ description: TEXT }) title: string;
  @Field(() => [CourseTextTranslation], { description: TRANSLATIONS }) titleTranslations: CourseTextTranslation[];
  @Field({ description: TEXT }) description: string;
  @Field(() => [CourseTextTranslation], { description: TRANSLATIONS }) descriptionTranslations: CourseTextTranslation[];
  @Field(() => [String]) objectives: string[];
  @Field(() => CompletionRules) rules: CompletionRules;
  @Field(() => [CourseModule]) modules: CourseModule[];
  @Field(() => [CheckQuestion], { description: 'Optional pre/post questionnaire (same questions before and after).' }) assessment: CheckQuestion[];
  @Field(() => [SatisfactionQuestion]) satisfaction: SatisfactionQuestion[];
  @Field() createdAt: string;
  @Field() updatedAt: string;
}

@ObjectType({ description: 'The right answer of a question (course managers only).' })
export class AnswerKeyEntry {
  @Field(() => ID) questionId: string;
  @Field(() => ID, { description: 'The first right option (the only one of a single-choice question).' }) correctOptionId: string;
  @Field(() => [ID], { description: 'Every right option: a multiple-choice answer is right when exactly these are chosen.' }) correctOptionIds: string[];
}

@InputType()
export class AdoptDefaultCourseInput {
  @Field(() => DefaultCurriculumKeyEnum) key: DefaultCurriculumKey;
  @Field(() => ID, { nullable: true, description: 'Platform admin only.' }) tenantId?: string;
}

@InputType()
export class CompletionRulesInput {
  @Field(() => Int, { nullable: true }) minSessionsAttended?: number;
  @Field(() => Int, { nullable: true }) attendanceThreshold?: number;
  @Field({ nullable: true }) checksPassed?: boolean;
}

@InputType({ description: 'Adapts the course in one language (en, da, pt, ro, el); makes a new version.' })
export class UpdateCourseInput {
  @Field(() => ID) id: string;
  @Field() locale: string;
  @Field({ nullable: true }) title?: string;
  @Field({ nullable: true }) description?: string;
  @Field(() => [String], { nullable: true, description: 'English replaces the list; another language gives one translation per English objective.' }) objectives?: string[];
  @Field(() => CompletionRulesInput, { nullable: true }) rules?: CompletionRulesInput;
}

@InputType()
export class UpdateCourseModuleInput {
  @Field(() => ID) courseId: string;
  @Field(() => ID) moduleId: string;
  @Field() locale: string;
  @Field(() => CompetencyClusterEnum, { nullable: true, description: 'The competency cluster the module (and its units) covers.' }) cluster?: CompetencyCluster;
  @Field({ nullable: true }) title?: string;
  @Field({ nullable: true }) description?: string;
  @Field(() => [String], { nullable: true }) objectives?: string[];
}

@InputType()
export class UpdateCourseUnitInput {
  @Field(() => ID) courseId: string;
  @Field(() => ID) unitId: string;
  @Field({ nullable: true }) locale?: string;
  @Field({ nullable: true }) title?: string;
  @Field({ nullable: true }) summary?: string;
  @Field({ nullable: true }) required?: boolean;
  @Field(() => Int, { nullable: true }) passMark?: number;
  @Field(() => Int, { nullable: true, description: 'How long the unit takes (1 to 600 minutes).' }) minutes?: number;
}

// ---- course authoring ---------------------------------------------------------------------------

const NEW_TEXT_LOCALE = "The language of the texts: the course's base language when absent (a new text is written in the base language first; translate it afterwards with the update operations).";

@InputType({ description: 'A new, empty course written by the tenant (version 1); then add modules, units and questions.' })
export class CreateTrainingCourseInput {
  @Field(() => ID, { nullable: true, description: 'Platform admin only.' }) tenantId?: string;
  @Field(() => CourseAudienceEnum) audience: CourseAudience;
  @Field({ description: 'The language the course is written in (en, da, pt, ro, el).' }) baseLocale: string;
  @Field({ description: "The tenant's code of the course, unique in the tenant (letters, digits, '-', '_', '.')." }) code: string;
  @Field() title: string;
  @Field({ nullable: true }) description?: string;
  @Field(() => [String], { nullable: true }) objectives?: string[];
  @Field(() => CompletionRulesInput, { nullable: true, description: 'Defaults: no facilitated session required, 75 % attendance, checks of required units passed.' }) rules?: CompletionRulesInput;
}

@InputType()
export class AddCourseModuleInput {
  @Field(() => ID) courseId: string;
  @Field(() => CompetencyClusterEnum) cluster: CompetencyCluster;
  @Field({ nullable: true, description: NEW_TEXT_LOCALE }) locale?: string;
  @Field() title: string;
  @Field({ nullable: true }) description?: string;
  @Field(() => [String], { nullable: true }) objectives?: string[];
  @Field(() => Int, { nullable: true, description: '0-based place among the modules; last when absent.' }) order?: number;
}

@InputType()
export class MoveCourseModuleInput {
  @Field(() => ID) courseId: string;
  @Field(() => ID) moduleId: string;
  @Field(() => Int, { description: '0-based place among the modules (past the end: last).' }) order: number;
}

@InputType()
export class AddCourseUnitInput {
  @Field(() => ID) courseId: string;
  @Field(() => ID, { description: 'The module (competency cluster) the unit belongs to.' }) moduleId: string;
  @Field({ nullable: true, description: NEW_TEXT_LOCALE }) locale?: string;
  @Field() title: string;
  @Field({ nullable: true }) summary?: string;
  @Field(() => Int, { nullable: true, description: '15 when absent.' }) minutes?: number;
  @Field({ nullable: true, description: 'Required for completion (true when absent).' }) required?: boolean;
  @Field(() => Int, { nullable: true, description: '0-based place among the module’s units; last when absent.' }) order?: number;
}

@InputType({ description: 'Moves a unit within its module, or into another module (another competency cluster).' })
export class MoveCourseUnitInput {
  @Field(() => ID) courseId: string;
  @Field(() => ID) unitId: string;
  @Field(() => ID, { nullable: true, description: 'The module to move it into; its own when absent.' }) moduleId?: string;
  @Field(() => Int) order: number;
}

@InputType()
export class QuestionOptionInput {
  @Field(() => ID, { nullable: true, description: 'An existing option (keeps its other translations); a new option when absent.' }) id?: string;
  @Field() text: string;
}

@InputType({ description: "Adds a question to a unit's knowledge check (the first question makes the check)." })
export class AddKnowledgeCheckQuestionInput {
  @Field(() => ID) courseId: string;
  @Field(() => ID) unitId: string;
  @Field({ nullable: true, description: NEW_TEXT_LOCALE }) locale?: string;
  @Field(() => QuestionKindEnum) kind: QuestionKind;
  @Field() text: string;
  @Field(() => [QuestionOptionInput], { description: 'At least two, in order.' }) options: QuestionOptionInput[];
  @Field(() => [Int], { description: '0-based indexes into options of the right answers: at least one, exactly one for SINGLE.' }) correctOptions: number[];
  @Field(() => Int, { nullable: true, description: "The check's pass mark in percent (80 for a new check when absent)." }) passMark?: number;
}

@InputType({ description: 'Changes or translates a question. In the base language options replaces the list; in another language it gives every option, in order, with its id and translation.' })
export class UpdateKnowledgeCheckQuestionInput {
  @Field(() => ID) courseId: string;
  @Field(() => ID) questionId: string;
  @Field({ nullable: true, description: "The course's base language when absent." }) locale?: string;
  @Field(() => QuestionKindEnum, { nullable: true }) kind?: QuestionKind;
  @Field({ nullable: true }) text?: string;
  @Field(() => [QuestionOptionInput], { nullable: true }) options?: QuestionOptionInput[];
  @Field(() => [Int], { nullable: true, description: '0-based indexes into the options (as given, or as they are) of the right answers.' }) correctOptions?: number[];
}

// ---- sessions ---------------------------------------------------------------------------------

@ObjectType('TrainingSession', { description: 'A facilitated session: date, place or online link, trainer, capacity, language.' })
export class TrainingSession {
  @Field(() => ID) id: string;
  @Field(() => ID) tenantId: string;
  @Field(() => ID) courseId: string;
  @Field(() => ID, { nullable: true }) moduleId: string | null;
  @Field() title: string;
  @Field({ description: 'ISO 8601.' }) startsAt: string;
  @Field({ description: 'ISO 8601.' }) endsAt: string;
  @Field(() => String, { nullable: true }) place: string | null;
  @Field(() => String, { nullable: true }) onlineUrl: string | null;
  @Field(() => ID) trainerStaffId: string;
  @Field(() => Int) capacity: number;
  @Field() language: string;
  @Field() allowWaitlist: boolean;
  @Field(() => Int) booked: number;
  @Field(() => Int) waitlisted: number;
  @Field(() => Int) seatsLeft: number;
  @Field() registerKept: boolean;
  @Field(() => String, { nullable: true, description: 'When the session was cancelled (ISO 8601); null while it takes place. A cancelled session cannot be booked or changed.' }) cancelledAt: string | null;
  @Field(() => String, { nullable: true, description: "Why it was cancelled, as the coordinator wrote it (shown in the app, never mailed)." }) cancelReason: string | null;
}

export const TrainingSessionPage = Paginated(TrainingSession, 'TrainingSessionPage');

@ObjectType('SessionBooking')
export class SessionBooking {
  @Field(() => ID) id: string;
  @Field(() => ID) sessionId: string;
  @Field(() => ID) staffId: string;
  @Field(() => BookingStatusEnum) status: BookingStatus;
  @Field(() => Int, { nullable: true, description: '1-based place on the waiting list.' }) waitlistPosition: number | null;
  @Field(() => AttendanceEnum, { nullable: true }) attendance: Attendance | null;
}

@ObjectType('SessionRegister', { description: 'The attendance register: the trainer of the session, coordinators and tenant admins.' })
export class SessionRegister {
  @Field(() => TrainingSession) session: TrainingSession;
  @Field(() => [SessionBooking]) entries: SessionBooking[];
}

@InputType()
export class ScheduleTrainingSessionInput {
  @Field(() => ID) courseId: string;
  @Field(() => ID, { nullable: true }) moduleId?: string;
  @Field() title: string;
  @Field({ description: 'ISO 8601.' }) startsAt: string;
  @Field({ description: 'ISO 8601.' }) endsAt: string;
  @Field({ nullable: true }) place?: string;
  @Field({ nullable: true, description: 'https link for an online session.' }) onlineUrl?: string;
  @Field(() => ID, { description: 'The staff member who runs the session and keeps its register.' }) trainerStaffId: string;
  @Field(() => Int) capacity: number;
  @Field() language: string;
  @Field({ nullable: true, description: 'Default true; without it a full session answers SESSION_FULL.' }) allowWaitlist?: boolean;
}

@InputType()
export class UpdateTrainingSessionInput {
  @Field(() => ID) id: string;
  @Field(() => Int, { nullable: true }) capacity?: number;
  @Field({ nullable: true }) allowWaitlist?: boolean;
  @Field({ nullable: true }) place?: string;
  @Field(() => ID, { nullable: true }) trainerStaffId?: string;
  @Field({ nullable: true, description: 'New start (ISO 8601); not for a session that has started. Booked and waiting learners are told.' }) startsAt?: string;
  @Field({ nullable: true, description: 'New end (ISO 8601), after the start.' }) endsAt?: string;
}

@InputType()
export class CancelTrainingSessionInput {
  @Field(() => ID) id: string;
  @Field({ description: 'Why (1 to 500 characters): shown in the app with the cancelled session, never mailed.' }) reason: string;
}

@InputType()
export class TrainingSessionFilter {
  @Field(() => ID, { nullable: true, description: 'Platform admin only.' }) tenantId?: string;
  @Field(() => SessionPeriodEnum, { nullable: true, description: 'UPCOMING: not over yet; PAST: over. Both when absent (upcoming first).' }) period?: SessionPeriod;
}

@InputType()
export class BookTrainingSessionInput {
  @Field(() => ID) sessionId: string;
  @Field(() => ID, { nullable: true, description: 'A coordinator booking for a learner; omit for yourself.' }) staffId?: string;
}

@InputType()
export class AttendanceEntryInput {
  @Field(() => ID) staffId: string;
  @Field() present: boolean;
}

@InputType()
export class RecordAttendanceInput {
  @Field(() => ID) sessionId: string;
  @Field(() => [AttendanceEntryInput]) entries: AttendanceEntryInput[];
}

// ---- enrolments -------------------------------------------------------------------------------

@ObjectType('UnitProgress')
export class UnitProgress {
  @Field(() => ID) unitId: string;
  @Field() done: boolean;
  @Field(() => Boolean, { nullable: true }) checkPassed: boolean | null;
  @Field(() => Int, { nullable: true }) bestScore: number | null;
  @Field(() => Int) attempts: number;
}

@ObjectType('TrainingProgress', { description: "A learner's progress against the course's completion rules." })
export class TrainingProgress {
  @Field(() => Int) requiredUnits: number;
  @Field(() => Int) requiredUnitsDone: number;
  @Field(() => Int) checksRequired: number;
  @Field(() => Int) checksPassed: number;
  @Field(() => Int) sessionsAttended: number;
  @Field(() => Int) sessionsMissed: number;
  @Field(() => Float, { nullable: true }) attendanceRate: number | null;
  @Field() unitsRuleMet: boolean;
  @Field() attendanceRuleMet: boolean;
  @Field() checksRuleMet: boolean;
  @Field(() => [UnitProgress]) units: UnitProgress[];
  @Field(() => Boolean, { nullable: true, description: 'Only the learner sees this (the answers are kept without their id); null for anyone else.' }) preAssessmentDone: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Only the learner sees this; null for anyone else.' }) postAssessmentDone: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Only the learner sees this (the questionnaire is kept without their id); null for anyone else.' }) satisfactionDone: boolean | null;
}

@ObjectType('Enrolment')
export class Enrolment {
  @Field(() => ID) id: string;
  @Field(() => ID) tenantId: string;
  @Field(() => ID) courseId: string;
  @Field({ description: "The course's title (of the version enrolled on), in your language, English as the fallback; no second query." }) courseTitle: string;
  @Field(() => ID) staffId: string;
  @Field(() => ID, { nullable: true, description: 'The programmes cohort the learner trains for.' }) cohortId: string | null;
  @Field(() => Int) courseVersion: number;
  @Field(() => EnrolledByEnum) enrolledBy: EnrolledBy;
  @Field(() => EnrolmentStatusEnum) status: EnrolmentStatus;
  @Field() enrolledAt: string;
  @Field(() => String, { nullable: true }) completedOn: string | null;
  @Field(() => ID, { nullable: true }) certificateId: string | null;
  @Field(() => TrainingProgress) progress: TrainingProgress;
}

export const EnrolmentPage = Paginated(Enrolment, 'EnrolmentPage');

@ObjectType()
export class CheckResult {
  @Field(() => Int) score: number;
  @Field(() => Int) passMark: number;
  @Field() passed: boolean;
  @Field(() => Enrolment) enrolment: Enrolment;
}

@ObjectType()
export class AssessmentResult {
  @Field(() => AssessmentPhaseEnum) phase: AssessmentPhase;
  @Field(() => Int) score: number;
}

@InputType()
export class EnrolInput {
  @Field(() => ID) courseId: string;
  @Field(() => ID, { nullable: true, description: 'A coordinator enrolling a learner; omit for yourself.' }) staffId?: string;
  @Field(() => ID, { nullable: true }) cohortId?: string;
}

@InputType()
export class EnrolmentFilter {
  @Field(() => ID, { nullable: true, description: 'Platform admin only.' }) tenantId?: string;
  @Field(() => ID, { nullable: true }) courseId?: string;
  @Field(() => ID, { nullable: true }) cohortId?: string;
  @Field(() => ID, { nullable: true }) staffId?: string;
  @Field(() => EnrolmentStatusEnum, { nullable: true }) status?: EnrolmentStatus;
  @Field({ nullable: true, description: "Matches the learner's name (case-insensitive) as identity lets you see it, within your scope." }) search?: string;
}

export const EnrolmentOrderBy = OrderByInput(
  sortFieldEnum(ENROLMENT_SORT_FIELDS, 'EnrolmentSortField', 'ENROLLED_AT is the default. Training keeps no names, so there is no name sort.'),
  'EnrolmentOrderBy',
);

@InputType({ description: 'One answer: optionId (one option) or optionIds (every option chosen, for a MULTIPLE question).' })
export class AnswerInput {
  @Field(() => ID) questionId: string;
  @Field(() => ID, { nullable: true }) optionId?: string;
  @Field(() => [ID], { nullable: true }) optionIds?: string[];
}

@InputType()
export class SubmitKnowledgeCheckInput {
  @Field(() => ID) enrolmentId: string;
  @Field(() => ID) unitId: string;
  @Field(() => [AnswerInput]) answers: AnswerInput[];
}

@InputType()
export class SubmitCourseAssessmentInput {
  @Field(() => ID) enrolmentId: string;
  @Field(() => AssessmentPhaseEnum) phase: AssessmentPhase;
  @Field(() => [AnswerInput]) answers: AnswerInput[];
}

@InputType()
export class RatingInput {
  @Field(() => ID) questionId: string;
  @Field(() => Int, { description: '1 to 5.' }) value: number;
}

@InputType()
export class SubmitCourseSatisfactionInput {
  @Field(() => ID) enrolmentId: string;
  @Field(() => [RatingInput]) answers: RatingInput[];
}

// ---- certificates -----------------------------------------------------------------------------

@ObjectType('CourseRef', { description: 'A course by its id and title (the title as the certificate states it).' })
export class CourseRef {
  @Field(() => ID) id: string;
  @Field() title: string;
}

@ObjectType('Certificate')
export class Certificate {
  @Field(() => ID) id: string;
  @Field(() => ID) enrolmentId: string;
  @Field(() => ID, { nullable: true }) staffId: string | null;
  @Field(() => ID) courseId: string;
  @Field({ description: 'Verification code printed on the certificate.' }) code: string;
  @Field(() => String, { nullable: true }) holderName: string | null;
  @Field({ description: "The certified version's course title in the certificate's language (locale), the course's base language as the fallback." }) courseTitle: string;
  @Field(() => Int) courseVersion: number;
  @Field() issuedOn: string;
  @Field({ description: "The language the certificate is written in (PDF, course title): its holder's when it was issued, kept when they later choose another (en, da, pt, ro, el)." }) locale: string;
  @Field() valid: boolean;
  @Field(() => CourseRef, { description: 'The course certified: its id and title, no second query needed.' }) course?: CourseRef;
}

@ObjectType({ description: 'What the public verification reveals: name, course, date and validity.' })
export class CertificateVerification {
  @Field() valid: boolean;
  @Field(() => String, { nullable: true }) holderName: string | null;
  @Field({ description: "The certified version's course title as the certificate states it (in its holder's language when it was issued)." }) courseTitle: string;
  @Field() issuedOn: string;
}

@ObjectType()
export class CertificatePdf {
  @Field() filename: string;
  @Field() contentType: string;
  @Field({ description: 'The PDF, base64-encoded.' }) base64: string;
}

// ---- reports ----------------------------------------------------------------------------------

@ObjectType('TrainingReportRow', { description: 'A cell; counts and rates are null when it is suppressed (fewer learners than the minimum cell size).' })
export class TrainingReportRow {
  @Field(() => ID) courseId: string;
  @Field(() => ID, { nullable: true }) groupId: string | null;
  @Field(() => Int, { nullable: true }) enrolled: number | null;
  @Field(() => Int, { nullable: true }) completed: number | null;
  @Field(() => Int, { nullable: true }) withdrawn: number | null;
  @Field(() => Float, { nullable: true }) completionRate: number | null;
  @Field(() => Int, { nullable: true }) registered: number | null;
  @Field(() => Int, { nullable: true }) attended: number | null;
  @Field(() => Float, { nullable: true }) attendanceRate: number | null;
  @Field() suppressed: boolean;
}

@ObjectType('TrainingReport')
export class TrainingReport {
  @Field(() => ReportGroupingEnum) groupBy: ReportGrouping;
  @Field(() => Int) minCellSize: number;
  @Field(() => [TrainingReportRow]) rows: TrainingReportRow[];
}

@ObjectType()
export class ScoreAggregate {
  @Field(() => Int, { nullable: true }) respondents: number | null;
  @Field(() => Float, { nullable: true }) meanScore: number | null;
  @Field() suppressed: boolean;
}

@ObjectType()
export class SatisfactionAggregate {
  @Field(() => ID) questionId: string;
  @Field() text: string;
  @Field(() => Int, { nullable: true }) respondents: number | null;
  @Field(() => Float, { nullable: true }) mean: number | null;
  @Field() suppressed: boolean;
}

@ObjectType()
export class CourseFeedbackReport {
  @Field(() => ID) courseId: string;
  @Field(() => Int) minCellSize: number;
  @Field(() => ScoreAggregate) pre: ScoreAggregate;
  @Field(() => ScoreAggregate) post: ScoreAggregate;
  @Field(() => [SatisfactionAggregate]) satisfaction: SatisfactionAggregate[];
}

@ObjectType({ description: 'Mentors trained vs mentors needed for a cohort’s mentees.' })
export class MentorsTrained {
  @Field(() => ID) cohortId: string;
  @Field(() => Int) menteesAccepted: number;
  @Field(() => Int) mentorCapacity: number;
  @Field(() => Int) needed: number;
  @Field({ description: 'input: the figure given; programmes: mentees accepted / mentees per mentor.' }) neededSource: string;
  @Field(() => Int) trained: number;
  @Field(() => Int) shortfall: number;
}
