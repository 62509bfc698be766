export * from './common.js';
export * from './errors.js';
export * from './events.js';
export * from './instrument.js';
export * from './plan.js';
export * from './response.js';
export * from './report.js';
