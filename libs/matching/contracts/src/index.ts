export * from './errors.js';
export * from './example.js';
