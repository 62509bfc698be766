export * from './verifier.js';
export * from './request-context.js';
