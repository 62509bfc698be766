export * from './api.js';
export * from './journeys/index.js';
