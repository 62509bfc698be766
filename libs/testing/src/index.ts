export * from './postgres.js';
export * from './nats.js';
export * from './require.js';
