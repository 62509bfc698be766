import { registerEnumType } from '@nestjs/graphql';
import {
  ASSESSMENT_PHASES,
  ATTENDANCE,
  BOOKING_STATUSES,
  COMPETENCY_CLUSTERS,
  COURSE_AUDIENCES,
  DEFAULT_CURRICULUM_KEYS,
  ENROLLED_BY,
  ENROLMENT_STATUSES,
  QUESTION_KINDS,
  REPORT_GROUPINGS,
  SESSION_PERIODS,
} from '@m4pris/training-contracts';

/**
 * GraphQL enums over the contracts' string unions: SCREAMING_CASE names (`MENTOR_CORE`), contract
 * strings as internal values (`mentor-core`), so resolvers pass inputs and DTOs through unchanged.
 */
function enumOf<V extends string>(values: readonly V[]): Record<string, V> {
  return Object.fromEntries(values.map((v) => [v.toUpperCase().replace(/-/g, '_'), v]));
}

export const CourseAudienceEnum = enumOf(COURSE_AUDIENCES);
export const CompetencyClusterEnum = enumOf(COMPETENCY_CLUSTERS);
export const DefaultCurriculumKeyEnum = enumOf(DEFAULT_CURRICULUM_KEYS);
export const BookingStatusEnum = enumOf(BOOKING_STATUSES);
export const AttendanceEnum = enumOf(ATTENDANCE);
export const EnrolmentStatusEnum = enumOf(ENROLMENT_STATUSES);
export const EnrolledByEnum = enumOf(ENROLLED_BY);
export const AssessmentPhaseEnum = enumOf(ASSESSMENT_PHASES);
export const ReportGroupingEnum = enumOf(REPORT_GROUPINGS);
export const QuestionKindEnum = enumOf(QUESTION_KINDS);
export const SessionPeriodEnum = enumOf(SESSION_PERIODS);

registerEnumType(CourseAudienceEnum, { name: 'CourseAudience', description: 'Who a course is for: MENTOR or COORDINATOR.' });
registerEnumType(CompetencyClusterEnum, { name: 'CompetencyCluster', description: 'The competency cluster (or coordinator topic) a course module covers.' });
registerEnumType(DefaultCurriculumKeyEnum, { name: 'DefaultCurriculumKey', description: 'A default curriculum shipped with the platform.' });
registerEnumType(BookingStatusEnum, { name: 'BookingStatus', description: 'A seat (BOOKED), a place on the waiting list (WAITLISTED) or CANCELLED.' });
registerEnumType(AttendanceEnum, { name: 'Attendance', description: 'A line of the attendance register.' });
registerEnumType(EnrolmentStatusEnum, { name: 'EnrolmentStatus', description: 'ACTIVE, COMPLETED (computed from the rules) or WITHDRAWN.' });
registerEnumType(EnrolledByEnum, { name: 'EnrolledBy', description: 'Whether the learner enrolled themself or a coordinator enrolled them.' });
registerEnumType(AssessmentPhaseEnum, { name: 'AssessmentPhase', description: 'Before (PRE) or after (POST) the course.' });
registerEnumType(ReportGroupingEnum, { name: 'TrainingReportGrouping', description: 'Cells of the training report: per COURSE, per COHORT or per INSTITUTION.' });
registerEnumType(QuestionKindEnum, { name: 'QuestionKind', description: 'SINGLE choice (exactly one right option) or MULTIPLE choice (right only when exactly the right options are chosen).' });
registerEnumType(SessionPeriodEnum, { name: 'TrainingSessionPeriod', description: 'Sessions not over yet (UPCOMING) or over (PAST).' });
