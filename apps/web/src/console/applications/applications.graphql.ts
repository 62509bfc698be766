import { graphql } from '../../gql';

export const CohortApplications = graphql(`
  query ConsoleApplications($cohortId: ID!, $filter: ApplicationFilter, $page: PageInput) {
    applications(cohortId: $cohortId, filter: $filter, page: $page) {
      total
      items {
        id
        role
        state
        motivation
        functions
        strengthsOrNeeds
        languages
        eligibility
        decisionReason
        submittedAt
        applicant {
          id
          displayName
          institution {
            id
            name
          }
        }
      }
    }
  }
`);

export const DecideApplication = graphql(`
  mutation ConsoleDecideApplication($input: DecideApplicationInput!) {
    decideApplication(input: $input) {
      id
      state
      decisionReason
      decidedAt
    }
  }
`);
