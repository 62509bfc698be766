import type { OperationCases } from '../operations.js';

/** How the assurance suites call each of the identity module's GraphQL operations. */
export const identityOperations: OperationCases = {};
