import { graphql } from '../gql';

/** Who is signed in and which roles they hold: the console's navigation follows it. */
export const ConsoleMe = graphql(`
  query ConsoleMe {
    me {
      accountId
      email
      roles {
        role
        scopeType
        scopeId
        tenantId
      }
      staff {
        id
        displayName
      }
    }
  }
`);

/** Concerns routed to the caller as a programme's support contact (empty for anyone else). */
export const SupportInbox = graphql(`
  query SupportInbox($status: ConcernStatus) {
    supportConcerns(status: $status) {
      id
      category
      details
      status
      raisedAt
      closedAt
      relationshipId
    }
  }
`);

/** The coordinator's programmes and their cohorts (cohorts are organisational information). */
export const ConsoleCohorts = graphql(`
  query ConsoleCohorts {
    programmes(page: { limit: 200 }) {
      items {
        id
        name
        institutionIds
      }
    }
    cohorts(page: { limit: 200 }) {
      items {
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
  }
`);
