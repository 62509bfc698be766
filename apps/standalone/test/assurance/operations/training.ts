import type { OperationCases } from '../operations.js';

/** How the assurance suites call each of the training module's GraphQL operations. */
export const trainingOperations: OperationCases = {};
