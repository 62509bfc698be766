export * from './config.js';
export * from './sections.js';
export * from './node-version.js';
