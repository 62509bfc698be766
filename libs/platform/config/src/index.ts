export * from './config.js';
export * from './sections.js';
