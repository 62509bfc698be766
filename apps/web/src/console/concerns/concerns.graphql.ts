import { graphql } from '../../gql';

export const CloseConcern = graphql(`
  mutation ConsoleCloseConcern($id: ID!) {
    closeConcern(id: $id) {
      id
      status
      closedAt
    }
  }
`);
