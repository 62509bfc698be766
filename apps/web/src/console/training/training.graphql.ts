import { graphql } from '../../gql';

/** The tenant's courses: the name of each session's course on the training page, and the courses to schedule for. */
export const TrainingCourses = graphql(`
  query ConsoleTrainingCourses {
    trainingCourses {
      id
      title
      code
    }
  }
`);

export const TrainingSessionFields = graphql(`
  fragment ConsoleTrainingSession on TrainingSession {
    id
    courseId
    title
    startsAt
    endsAt
    place
    onlineUrl
    language
    capacity
    booked
    seatsLeft
    waitlisted
    allowWaitlist
    registerKept
    trainerStaffId
    trainerName
    cancelledAt
    cancelReason
  }
`);

/** Every course's sessions of the tenant in one request, a page at a time: those not over yet first (soonest first), then those over. */
export const TenantSessions = graphql(`
  query ConsoleTenantSessions($offset: Int!, $limit: Int!) {
    tenantTrainingSessions(page: { offset: $offset, limit: $limit }) {
      total
      items {
        ...ConsoleTrainingSession
      }
    }
  }
`);

/** Staff to pick a trainer from (coordinators may read staff records). */
export const TrainerCandidates = graphql(`
  query ConsoleTrainerCandidates($search: String) {
    staff(filter: { search: $search }, page: { limit: 20 }, orderBy: { field: NAME }) {
      items {
        id
        displayName
      }
    }
  }
`);

export const ScheduleSession = graphql(`
  mutation ConsoleScheduleSession($input: ScheduleTrainingSessionInput!) {
    scheduleTrainingSession(input: $input) {
      ...ConsoleTrainingSession
    }
  }
`);

export const UpdateSession = graphql(`
  mutation ConsoleUpdateSession($input: UpdateTrainingSessionInput!) {
    updateTrainingSession(input: $input) {
      ...ConsoleTrainingSession
    }
  }
`);

/** Cancels a session that has not started: its learners are told, their places released. */
export const CancelSession = graphql(`
  mutation ConsoleCancelSession($input: CancelTrainingSessionInput!) {
    cancelTrainingSession(input: $input) {
      ...ConsoleTrainingSession
    }
  }
`);

export const RegisterFields = graphql(`
  fragment ConsoleSessionRegister on SessionRegister {
    session {
      ...ConsoleTrainingSession
    }
    entries {
      id
      staffId
      status
      waitlistPosition
      attendance
    }
  }
`);

/** One session's register: who booked a seat and who waits, in order. */
export const SessionRegister = graphql(`
  query ConsoleSessionRegister($sessionId: ID!) {
    sessionRegister(sessionId: $sessionId) {
      ...ConsoleSessionRegister
    }
  }
`);

/** The learners of a register by name: the register holds staff ids only (training keeps no names). */
export const StaffNames = graphql(`
  query ConsoleStaffNames($ids: [ID!]!) {
    staff(filter: { ids: $ids, includeLeft: true }, page: { limit: 200 }) {
      items {
        id
        displayName
      }
    }
  }
`);

export const RecordAttendance = graphql(`
  mutation ConsoleRecordAttendance($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      ...ConsoleSessionRegister
    }
  }
`);

export const MentorsTrained = graphql(`
  query ConsoleMentorsTrained($cohortId: ID!) {
    mentorsTrained(cohortId: $cohortId) {
      cohortId
      trained
      needed
      shortfall
      menteesAccepted
      mentorCapacity
    }
  }
`);
