import type { OperationCases } from './operations.js';
import type { Seed } from './world.js';
import { identityOperations } from './operations/identity.js';
import { programmesOperations } from './operations/programmes.js';
import { matchingOperations } from './operations/matching.js';
import { trainingOperations } from './operations/training.js';
import { evaluationOperations } from './operations/evaluation.js';
import { notificationsOperations } from './operations/notifications.js';
import { seedTraining } from './seeds/training.js';
import { seedProgrammes } from './seeds/programmes.js';
import { seedMatching } from './seeds/matching.js';
import { seedEvaluation } from './seeds/evaluation.js';

/** Every operation's case, by GraphQL field name. */
export const CASES: OperationCases = { ...identityOperations, ...programmesOperations, ...matchingOperations, ...trainingOperations, ...evaluationOperations, ...notificationsOperations };

/** Module seeds in the order they run on each tenant (training first: programmes may require trained mentors). */
export const SEEDS: { module: string; seed: Seed }[] = [
  { module: 'training', seed: seedTraining },
  { module: 'programmes', seed: seedProgrammes },
  { module: 'matching', seed: seedMatching },
  { module: 'evaluation', seed: seedEvaluation },
];
