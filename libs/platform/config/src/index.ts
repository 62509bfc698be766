export * from './config.js';
export * from './sections.js';
export * from './node-version.js';
export * from './local-secrets.js';
