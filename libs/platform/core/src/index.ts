export * from './errors.js';
export * from './context.js';
export * from './authz.js';
export * from './messages.js';
export * from './validation.js';
export * from './pagination.js';
export * from './context-store.js';
export * from './time.js';
