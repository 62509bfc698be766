import type { OperationCases } from '../operations.js';

/** How the assurance suites call each of the programmes module's GraphQL operations. */
export const programmesOperations: OperationCases = {};
