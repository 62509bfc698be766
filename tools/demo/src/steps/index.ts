import { matchingStep, rematch } from './matching.js';
import { programmesStep } from './programmes.js';
import { evaluationStep } from './evaluation.js';
import type { DemoStep } from './step.js';
import { trainingStep } from './training.js';

const ENDED = `query($cohortId: ID!) { relationships(cohortId: $cohortId, state: ENDED_EARLY, page: { limit: 200 }) { items { id menteeStaffId rematchRequested } } }`;
const COHORTS = `query { cohorts(page: { limit: 200 }) { items { id } } }`;
const MINE = `query($cohortId: ID!) { relationships(cohortId: $cohortId, page: { limit: 200 }) { items { menteeStaffId state } } }`;

/** After the matching runs: one mentee whose duo ended early (re-match requested) gets a new mentor. */
const rematchStep: DemoStep = {
  module: 'matching',
  label: 'matching: re-match',
  async run(t) {
    if (!t.modules.has('programmes')) return;
    const coord = await t.asCoordinator();
    const { cohorts } = await coord.request<{ cohorts: { items: { id: string }[] } }>(COHORTS);
    for (const c of cohorts.items) {
      const { relationships } = await coord.request<{ relationships: { items: { id: string; menteeStaffId: string; rematchRequested: boolean }[] } }>(ENDED, { cohortId: c.id });
      const all = (await coord.request<{ relationships: { items: { menteeStaffId: string; state: string } [] } }>(MINE, { cohortId: c.id })).relationships.items;
      const candidate = relationships.items.find((r) => r.rematchRequested && !all.some((x) => x.menteeStaffId === r.menteeStaffId && x.state === 'ACTIVE'));
      if (!candidate) continue;
      const mentor = await rematch(coord, candidate.id);
      t.log(`re-match after an early ending: ${mentor ? 'a new mentor proposed and approved' : 'nobody fits yet'}`);
      return;
    }
  },
  totals: () => Promise.resolve({}),
};

/**
 * Module steps, in the order they run for each tenant (after identity). A module adds its step
 * here; a step whose module the gateway does not serve is skipped.
 */
export const STEPS: DemoStep[] = [trainingStep, programmesStep, matchingStep, rematchStep, evaluationStep];
