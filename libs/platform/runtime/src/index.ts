export * from './host-service.js';
export * from './gateway.js';
export * from './ops-server.js';
export * from './service-app.js';
export * from './web-app.js';
export * from './auth-routes.js';
