export * from './common.js';
export * from './policy.js';
export * from './errors.js';
export * from './programme.js';
export * from './application.js';
export * from './relationship.js';
export * from './events.js';
