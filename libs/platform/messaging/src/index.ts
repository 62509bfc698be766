export * from './transport.js';
export * from './in-process.transport.js';
export * from './nats.transport.js';
export * from './bus.js';
export * from './outbox.entities.js';
export * from './outbox.js';
export * from './handlers.js';
export * from './service-definition.js';
