import { graphql } from '../../gql';

export const MatchRuns = graphql(`
  query ConsoleMatchRuns($cohortId: ID!) {
    matchRuns(cohortId: $cohortId) {
      id
      status
      progress
      createdAt
    }
  }
`);

export const MatchRunDetail = graphql(`
  query ConsoleMatchRun($id: ID!) {
    matchRun(id: $id) {
      id
      cohortId
      status
      progress
      createdAt
      finishedAt
      mentees
      mentors
      meanScore
      weightsVersion
      proposals {
        id
        status
        pinned
        score
        flags
        reason
        mentorStaffId
        menteeStaffId
        mentor {
          id
          displayName
        }
        mentee {
          id
          displayName
        }
        breakdown {
          criterion
          detail
          value
          points
          weight
        }
      }
      unmatched {
        staffId
        role
        person {
          id
          displayName
        }
        explanation
      }
    }
  }
`);

export const RunMatch = graphql(`
  mutation ConsoleRunMatch($input: RunMatchInput!) {
    runMatch(input: $input) {
      id
      status
      progress
      mentees
      mentors
    }
  }
`);

export const ApproveProposals = graphql(`
  mutation ConsoleApproveProposals($input: ApproveProposalsInput!) {
    approveProposals(input: $input) {
      id
      status
      proposals {
        id
        status
      }
    }
  }
`);

export const RejectProposal = graphql(`
  mutation ConsoleRejectProposal($id: ID!) {
    rejectProposal(proposalId: $id) {
      id
      status
    }
  }
`);

export const PinPair = graphql(`
  mutation ConsolePinPair($input: PairInput!) {
    pinPair(input: $input) {
      kind
      mentorStaffId
      menteeStaffId
    }
  }
`);

export const ForbidPair = graphql(`
  mutation ConsoleForbidPair($input: PairInput!) {
    forbidPair(input: $input) {
      kind
      mentorStaffId
      menteeStaffId
    }
  }
`);
