export * from './postgres.js';
export * from './nats.js';
export * from './require.js';
export * from './service-harness.js';
export * from './contexts.js';
export * from './row-level-security.js';
export * from './assurance-report.js';
export * from './smtp.js';
