export * from './context.js';
export * from './errors.js';
export * from './graphql.module.js';
export * from './page.js';
export * from './nesting.js';
export * from './authentication.js';
export * from './person.js';
export * from './sorting.js';
