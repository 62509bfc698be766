import { graphql } from '../../gql';

export const CreateCohort = graphql(`
  mutation ConsoleCreateCohort($input: CreateCohortInput!) {
    createCohort(input: $input) {
      id
      name
      programmeId
      state
      startsOn
      endsOn
      stateChangedAt
      allowedTransitions
    }
  }
`);

export const TransitionCohort = graphql(`
  mutation ConsoleTransitionCohort($cohortId: ID!, $to: CohortState!) {
    transitionCohort(cohortId: $cohortId, to: $to) {
      id
      state
      stateChangedAt
      allowedTransitions
    }
  }
`);

export const EligibleStaff = graphql(`
  query ConsoleEligibleStaff($cohortId: ID!, $role: ParticipantRole, $page: PageInput) {
    eligibleStaff(cohortId: $cohortId, role: $role, page: $page) {
      total
      offset
      limit
      items {
        staffId
        role
        reasons
        monthsOfService
        person {
          id
          displayName
          institution {
            id
            name
          }
          unit {
            id
            name
          }
        }
      }
    }
  }
`);
