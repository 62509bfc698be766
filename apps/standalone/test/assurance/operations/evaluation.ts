import type { OperationCases } from '../operations.js';

/** How the assurance suites call each of the evaluation module's GraphQL operations. */
export const evaluationOperations: OperationCases = {};
