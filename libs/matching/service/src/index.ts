export { matchingService, MatchingServiceModule } from './matching.module.js';
export { MatchingSettings } from './matching.settings.js';
export { matchingEntities } from './matching.entities.js';
export { matchingMigrations } from './migrations/index.js';
// The engine, for the benchmark and other tools.
export { solveAssignment, solveByComponents, type AssignmentInput, type AssignmentResult } from './engine/assignment.js';
export { closeSolverWorker, solveInWorker, warmSolverWorker } from './engine/worker-solver.js';
export { buildMatrix, planMatch, type MatchInput, type MatchPlan } from './engine/plan.js';
export type { Applicant, MatchPolicy, MentorApplicant, PairHistory, Profile } from './engine/model.js';
export { menteeExclusions, mentorExclusions, pairRules } from './engine/rules.js';
export { OverlapCache } from './engine/criteria.js';
