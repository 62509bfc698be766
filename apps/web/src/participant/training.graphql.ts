import { graphql } from '../gql';

/**
 * The course's units with their knowledge checks (questions and options; never the right answers),
 * in the version the learner enrolled in (`Enrolment.courseVersion`): what they are graded against.
 */
export const CourseUnits = graphql(`
  query CourseUnits($id: ID!, $version: Int) {
    trainingCourse(id: $id, version: $version) {
      id
      modules {
        id
        title
        units {
          id
          title
          summary
          minutes
          required
          knowledgeCheck {
            passMark
            questions {
              id
              kind
              text
              options {
                id
                text
              }
            }
          }
        }
      }
    }
  }
`);

export const EnrolmentProgress = graphql(`
  fragment EnrolmentProgress on Enrolment {
    id
    courseVersion
    status
    completedOn
    certificateId
    progress {
      requiredUnits
      requiredUnitsDone
      checksPassed
      checksRequired
      units {
        unitId
        done
        attempts
        bestScore
        checkPassed
      }
    }
  }
`);

export const SubmitKnowledgeCheck = graphql(`
  mutation SubmitKnowledgeCheck($input: SubmitKnowledgeCheckInput!) {
    submitKnowledgeCheck(input: $input) {
      score
      passMark
      passed
      enrolment {
        ...EnrolmentProgress
      }
    }
  }
`);

export const CompleteUnit = graphql(`
  mutation CompleteUnit($enrolmentId: ID!, $unitId: ID!) {
    completeUnit(enrolmentId: $enrolmentId, unitId: $unitId) {
      ...EnrolmentProgress
    }
  }
`);

export const CourseSessions = graphql(`
  query CourseSessions($courseId: ID!) {
    trainingSessions(courseId: $courseId) {
      id
      title
      startsAt
      endsAt
      place
      onlineUrl
      language
      capacity
      seatsLeft
      waitlisted
      allowWaitlist
      cancelledAt
      cancelReason
    }
    mySessionBookings {
      id
      sessionId
      status
      waitlistPosition
    }
  }
`);

export const BookSession = graphql(`
  mutation BookSession($sessionId: ID!) {
    bookTrainingSession(input: { sessionId: $sessionId }) {
      id
      sessionId
      status
      waitlistPosition
    }
  }
`);

export const CancelBooking = graphql(`
  mutation CancelBooking($sessionId: ID!) {
    cancelTrainingBooking(input: { sessionId: $sessionId }) {
      id
      sessionId
      status
      waitlistPosition
    }
  }
`);
