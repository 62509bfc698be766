export * from './api.js';
export * from './journeys/index.js';
export * from './load.js';
export * from './consistency.js';
