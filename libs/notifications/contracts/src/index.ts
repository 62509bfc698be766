export * from './errors.js';
export * from './messages.js';
export * from './inbox.js';
export * from './preferences.js';
