// The service-process entry point (`@m4pris/platform-runtime/service`): what `apps/<module>` needs to
// host one module over NATS — and nothing of the gateway. The package root also exports the gateway,
// the web app and the cookie routes, which load @nestjs/graphql, Apollo Server, graphql-armor and
// Express; a service serves no GraphQL, so it imports from here and never loads them.
export * from './host-service.js';
export * from './ops-server.js';
export * from './service-app.js';
