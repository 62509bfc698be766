export * from './host-service.js';
export * from './gateway.js';
