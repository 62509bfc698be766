import type { OperationCases } from '../operations.js';

/** How the assurance suites call each of the matching module's GraphQL operations. */
export const matchingOperations: OperationCases = {};
