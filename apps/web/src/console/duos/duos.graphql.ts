import { graphql } from '../../gql';

/** Process metadata of a cohort's duos: never notes, goals or concern text. */
export const CohortDuos = graphql(`
  query ConsoleDuos($cohortId: ID!, $state: RelationshipState, $page: PageInput) {
    relationships(cohortId: $cohortId, state: $state, page: $page) {
      total
      items {
        id
        state
        startedOn
        plannedEndOn
        lastMeetingOn
        lastCheckInOn
        meetingCount
        agreementAcknowledged
        fitCheckDone
        openConcerns
        rematchRequested
        endReason
        mentor {
          id
          displayName
        }
        mentee {
          id
          displayName
        }
      }
    }
    duosNeedingAttention(cohortId: $cohortId) {
      relationshipId
      reasons
      daysSinceContact
      lastMeetingOn
      relationship {
        id
        mentor {
          id
          displayName
        }
        mentee {
          id
          displayName
        }
      }
    }
  }
`);

export const Rematch = graphql(`
  mutation ConsoleRematch($id: ID!) {
    rematch(relationshipId: $id) {
      id
      status
    }
  }
`);
