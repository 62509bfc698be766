import type { OperationCases } from '../operations.js';
import { freshRun } from '../progmatch.js';

/*
 * How the assurance suites call each of the matching module's GraphQL operations (12 fields).
 * Objects come from seeds/matching.ts (`t.ids`). Approving and rejecting use a proposal up: each
 * call gets a fresh run in a cohort of its own (approving: with a new mentor and mentee, as a pair
 * once matched is never proposed again).
 */

const WEIGHTS = { shiftOverlap: 30, sameUnit: 15, experienceGap: 15, sharedLanguage: 10, functions: 15, destinationKind: 5, preferences: 10 };

export const matchingOperations: OperationCases = {
  matchingCohorts: {
    document: `query { matchingCohorts { id mentees mentors } }`,
  },
  matchRuns: {
    document: `query($cohortId: ID!) { matchRuns(cohortId: $cohortId) { id status } }`,
    variables: ({ t }) => ({ cohortId: t.ids.matchingCohortId }),
  },
  matchRun: {
    document: `query($id: ID!) { matchRun(id: $id) { id status proposals { id } } }`,
    variables: ({ t }) => ({ id: t.ids.matchRunId }),
  },
  matchReason: {
    // Only the two people of an approved pair: the mentor's and the mentee's own approved proposals.
    document: `query($proposalId: ID!) { matchReason(proposalId: $proposalId) { proposalId reason } }`,
    variables: ({ t, role }) => ({ proposalId: role === 'mentor' ? t.ids.mentorProposalId : t.ids.menteeProposalId }),
  },
  matchWeights: {
    document: `query($programmeId: ID!) { matchWeights(programmeId: $programmeId) { programmeId version } }`,
    variables: ({ t }) => ({ programmeId: t.ids.programmeId }),
  },
  runMatch: {
    document: `mutation($input: RunMatchInput!) { runMatch(input: $input) { id status } }`,
    variables: ({ t }) => ({ input: { cohortId: t.ids.matchingCohortId } }),
  },
  rematch: {
    // The duo the mentee ended early with a re-match request (repeatable: a run for that mentee alone).
    document: `mutation($relationshipId: ID!) { rematch(relationshipId: $relationshipId) { id status } }`,
    variables: ({ t }) => ({ relationshipId: t.ids.endedRelationshipId }),
  },
  approveProposals: {
    document: `mutation($input: ApproveProposalsInput!) { approveProposals(input: $input) { id proposals { id status } } }`,
    variables: async ({ w, t }) => {
      const run = await freshRun(w, t, true);
      return { input: { runId: run.runId, proposalIds: [run.proposalId] } };
    },
  },
  rejectProposal: {
    document: `mutation($proposalId: ID!) { rejectProposal(proposalId: $proposalId) { id status } }`,
    variables: async ({ w, t }) => ({ proposalId: (await freshRun(w, t, false)).proposalId }),
  },
  pinPair: {
    // spare4 (mentee) and spare3 (mentor) of the matching cohort: their open proposal stays possible.
    document: `mutation($input: PairInput!) { pinPair(input: $input) { kind } }`,
    variables: ({ t }) => ({ input: { cohortId: t.ids.matchingCohortId, menteeStaffId: t.staffIds.spare4, mentorStaffId: t.staffIds.spare3 } }),
  },
  forbidPair: {
    // spare4 and the world's mentor: another institution's pair, excluded anyway.
    document: `mutation($input: PairInput!) { forbidPair(input: $input) { kind } }`,
    variables: ({ t }) => ({ input: { cohortId: t.ids.matchingCohortId, menteeStaffId: t.staffIds.spare4, mentorStaffId: t.staffIds.mentor } }),
  },
  setMatchWeights: {
    document: `mutation($input: MatchWeightsInput!) { setMatchWeights(input: $input) { programmeId version } }`,
    variables: ({ t }) => ({ input: { programmeId: t.ids.programmeId, ...WEIGHTS } }),
  },
};
