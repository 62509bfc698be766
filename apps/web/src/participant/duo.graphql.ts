import { graphql } from '../gql';

export const MyDuos = graphql(`
  query MyDuos {
    myRelationships {
      id
      state
      myRole
      startedOn
      plannedEndOn
      meetingCount
      lastMeetingOn
      fitCheckDone
      agreementAcknowledged
      mentor {
        ...DuoPartner
      }
      mentee {
        ...DuoPartner
      }
      cohort {
        id
        name
      }
      programme {
        id
        name
      }
    }
  }
`);

export const DuoPartner = graphql(`
  fragment DuoPartner on Person {
    id
    displayName
    workEmail
    institution {
      id
      name
    }
    unit {
      id
      name
    }
    shiftPattern {
      id
      name
    }
  }
`);

export const DuoDetail = graphql(`
  query DuoDetail($id: ID!) {
    agreement(relationshipId: $id) {
      relationshipId
      cadenceDays
      goalsSummary
      practicalities
      confidentialityText
      mentorAcknowledgedAt
      menteeAcknowledgedAt
    }
    goals(relationshipId: $id) {
      id
      title
      function
      progress
      status
    }
    meetings(relationshipId: $id) {
      id
      heldOn
      durationMinutes
      functions
    }
  }
`);

export const LogMeeting = graphql(`
  mutation LogMeeting($input: LogMeetingInput!) {
    logMeeting(input: $input) {
      id
      heldOn
      durationMinutes
      functions
    }
  }
`);

export const SaveAgreement = graphql(`
  mutation SaveAgreement($input: SaveAgreementInput!) {
    saveAgreement(input: $input) {
      relationshipId
      cadenceDays
      goalsSummary
      practicalities
      mentorAcknowledgedAt
      menteeAcknowledgedAt
    }
  }
`);

export const AcknowledgeAgreement = graphql(`
  mutation AcknowledgeAgreement($id: ID!) {
    acknowledgeAgreement(relationshipId: $id) {
      relationshipId
      mentorAcknowledgedAt
      menteeAcknowledgedAt
    }
  }
`);

export const AddGoal = graphql(`
  mutation AddGoal($input: AddGoalInput!) {
    addGoal(input: $input) {
      id
      title
      function
      progress
      status
    }
  }
`);

export const UpdateGoal = graphql(`
  mutation UpdateGoal($input: UpdateGoalInput!) {
    updateGoal(input: $input) {
      id
      progress
      status
    }
  }
`);

export const AnswerFitCheck = graphql(`
  mutation AnswerFitCheck($input: AnswerFitCheckInput!) {
    answerFitCheck(input: $input) {
      id
      state
      fitCheckDone
    }
  }
`);

export const RaiseConcern = graphql(`
  mutation RaiseConcern($input: RaiseConcernInput!) {
    raiseConcern(input: $input) {
      id
      status
      supportContact {
        name
        howToReach
      }
    }
  }
`);

export const PauseDuo = graphql(`
  mutation PauseDuo($id: ID!) {
    pauseRelationship(id: $id) {
      id
      state
    }
  }
`);

export const ResumeDuo = graphql(`
  mutation ResumeDuo($id: ID!) {
    resumeRelationship(id: $id) {
      id
      state
    }
  }
`);

export const EndDuoEarly = graphql(`
  mutation EndDuoEarly($input: EndRelationshipEarlyInput!) {
    endRelationshipEarly(input: $input) {
      id
      state
    }
  }
`);

export const CloseDuo = graphql(`
  mutation CloseDuo($input: CloseRelationshipInput!) {
    closeRelationship(input: $input) {
      id
      state
    }
  }
`);
