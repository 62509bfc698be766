export * from './orm.js';
export * from './embedded-postgres.js';
export * from './persistence.module.js';
export * from './tls.js';
