export * from './common.js';
export * from './policy.js';
export * from './events.js';
