import { GraphQLRequestError, type GraphQLClient } from '../graphql-client.js';
import { pollUntil, type DemoStep, type TenantRun } from './step.js';

interface Proposal {
  id: string;
  menteeStaffId: string;
  mentorStaffId: string;
  score: number;
  status: string;
}
interface Run {
  id: string;
  status: string;
  proposals: Proposal[];
}

const RUN_FIELDS = 'id status proposals { id menteeStaffId mentorStaffId score status }';

async function cohorts(client: GraphQLClient): Promise<{ id: string; runs: number; menteesWaiting: number }[]> {
  return (await client.request<{ matchingCohorts: { id: string; runs: number; menteesWaiting: number }[] }>(`query MatchingCohorts { matchingCohorts { id runs menteesWaiting } }`)).matchingCohorts;
}

async function runs(client: GraphQLClient, cohortId: string): Promise<Run[]> {
  return (await client.request<{ matchRuns: Run[] }>(`query MatchRuns($cohortId: ID!) { matchRuns(cohortId: $cohortId) { ${RUN_FIELDS} } }`, { cohortId })).matchRuns;
}

async function runMatch(client: GraphQLClient, cohortId: string): Promise<Run> {
  let run = (await client.request<{ runMatch: Run }>(`mutation RunMatch($input: RunMatchInput!) { runMatch(input: $input) { ${RUN_FIELDS} } }`, { input: { cohortId } })).runMatch;
  // Large cohorts answer RUNNING with progress; poll until the solver is done.
  while (run.status === 'RUNNING') {
    await new Promise((r) => setTimeout(r, 500));
    run = (await client.request<{ matchRun: Run }>(`query MatchRun($id: ID!) { matchRun(id: $id) { ${RUN_FIELDS} } }`, { id: run.id })).matchRun;
  }
  return run;
}

async function approve(client: GraphQLClient, runId: string, proposalIds?: string[]): Promise<void> {
  await client.request(`mutation ApproveProposals($input: ApproveProposalsInput!) { approveProposals(input: $input) { id } }`, { input: { runId, ...(proposalIds ? { proposalIds } : {}) } });
}

/**
 * Re-match the mentee of a duo that ended early (call after the programmes step ended one, with
 * "rematch requested"): a run for that mentee alone — never the previous mentor — and approve the
 * proposal if there is one. Returns the new mentor's staff id, or null when nobody fits.
 */
export async function rematch(client: GraphQLClient, relationshipId: string): Promise<string | null> {
  const run = await knownToMatching(() => client.request<{ rematch: Run }>(`mutation Rematch($id: ID!) { rematch(relationshipId: $id) { ${RUN_FIELDS} } }`, { id: relationshipId }));
  const done = run.status === 'RUNNING' ? (await client.request<{ matchRun: Run }>(`query MatchRun($id: ID!) { matchRun(id: $id) { ${RUN_FIELDS} } }`, { id: run.id })).matchRun : run;
  const open = done.proposals.filter((p) => p.status === 'PROPOSED');
  if (open.length === 0) return null;
  await approve(client, done.id);
  return open[0].mentorStaffId;
}

const MATCHING_COHORTS_IN_PROGRAMMES = `query { cohorts(filter: { state: MATCHING }, page: { limit: 200 }) { items { id } } }`;
const COHORT_APPLICATIONS = `query($cohortId: ID!, $offset: Int!) { applications(cohortId: $cohortId, page: { offset: $offset, limit: 200 }) { total items { role state } } }`;

/**
 * Matching hears of a cohort and of its accepted applications from programmes' events, a moment
 * after programmes answered: the pilot-size run that got this far asked matching at once, found the
 * autumn cohorts unknown (or with no mentee waiting yet) and matched nobody. Waits (up to 60 s, as
 * a coordinator would look again) until matching knows every cohort programmes has in MATCHING with
 * all its accepted mentees.
 */
async function matchingHasHeard(client: GraphQLClient, t: TenantRun): Promise<void> {
  const { cohorts: inProgrammes } = await client.request<{ cohorts: { items: { id: string }[] } }>(MATCHING_COHORTS_IN_PROGRAMMES);
  const expected = new Map<string, number>();
  for (const c of inProgrammes.items) {
    let accepted = 0;
    for (let offset = 0; ; offset += 200) {
      const { applications } = await client.request<{ applications: { total: number; items: { role: string; state: string }[] } }>(COHORT_APPLICATIONS, { cohortId: c.id, offset });
      accepted += applications.items.filter((a) => a.role === 'MENTEE' && a.state === 'ACCEPTED').length;
      if (applications.items.length === 0 || offset + 200 >= applications.total) break;
    }
    expected.set(c.id, accepted);
  }
  let behind = 0;
  const heard = await pollUntil(async () => {
    const known = new Map((await cohorts(client)).map((c) => [c.id, c]));
    behind = [...expected].filter(([id, mentees]) => {
      const k = known.get(id);
      return !k || (k.runs === 0 && k.menteesWaiting < mentees);
    }).length;
    return behind === 0;
  }, 60_000);
  if (!heard) t.log(`matching has not heard of all accepted mentees yet (${behind} cohort(s)); matching what it knows`);
}

/**
 * For each cohort matching knows (from the programmes step's events): one match run, most
 * proposals approved, one rejected, and a re-run that proposes another mentor for that mentee.
 * Idempotent: a cohort that already has runs is left as it is.
 */
export const matchingStep: DemoStep = {
  module: 'matching',
  async run(t: TenantRun) {
    const client = await t.asCoordinator();
    await matchingHasHeard(client, t);
    for (const cohort of await cohorts(client)) {
      if (cohort.runs > 0 || cohort.menteesWaiting === 0) continue;
      const first = await runMatch(client, cohort.id);
      const open = first.proposals.filter((p) => p.status === 'PROPOSED');
      if (open.length === 0) continue;
      const rejected = open[Math.floor(t.random() * open.length)];
      await client.request(`mutation RejectProposal($id: ID!) { rejectProposal(proposalId: $id) { id } }`, { id: rejected.id });
      await approve(
        client,
        first.id,
        open.filter((p) => p.id !== rejected.id).map((p) => p.id),
      );
      const second = await runMatch(client, cohort.id);
      const again = second.proposals.filter((p) => p.status === 'PROPOSED');
      if (again.length > 0) await approve(client, second.id);
      t.log(`matching: cohort ${cohort.id.slice(0, 8)}: ${open.length} proposed, 1 rejected and re-run (${again.length} new proposal${again.length === 1 ? '' : 's'})`);
    }
  },
  async totals(t: TenantRun) {
    const client = await t.asCoordinator();
    let matchRuns = 0;
    let proposals = 0;
    const approved: number[] = [];
    for (const cohort of await cohorts(client)) {
      const list = await runs(client, cohort.id);
      matchRuns += list.length;
      for (const r of list) {
        proposals += r.proposals.length;
        for (const p of r.proposals) if (p.status === 'APPROVED') approved.push(p.score);
      }
    }
    const meanMatchScore = approved.length === 0 ? 0 : Math.round((approved.reduce((s, x) => s + x, 0) / approved.length) * 10) / 10;
    return { matchRuns, proposals, approvedPairs: approved.length, meanMatchScore };
  },
};

/**
 * Matching learns that a duo ended from programmes' events, a moment after programmes answered: a
 * re-match asked at once can find the duo unknown to matching yet (RELATIONSHIP_NOT_FOUND, seen in a
 * pilot-size run) or known but not yet ended (DUO_STILL_ACTIVE, seen in the next run: matching had
 * the duo's start but not yet its early end). Asks again for up to 60 s, as a coordinator would
 * retry; any other error stands.
 */
const NOT_YET_HEARD = new Set(['matching.RELATIONSHIP_NOT_FOUND', 'matching.DUO_STILL_ACTIVE']);

async function knownToMatching(ask: () => Promise<{ rematch: Run }>): Promise<Run> {
  const until = Date.now() + 60_000;
  for (;;) {
    try {
      return (await ask()).rematch;
    } catch (e) {
      const notYet = e instanceof GraphQLRequestError && e.errors.some((x) => NOT_YET_HEARD.has(String(x.extensions?.['reason'])));
      if (!notYet || Date.now() > until) throw e;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}
