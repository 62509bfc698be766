import { graphql } from '../../gql';

/** A new version of a programme's policy: the whole policy as the editor holds it. */
export const AdminUpdatePolicy = graphql(`
  mutation AdminUpdatePolicy($programmeId: ID!, $policy: ProgrammePolicyInput!) {
    updateProgrammePolicy(programmeId: $programmeId, policy: $policy) {
      id
      policyVersion
    }
  }
`);
