export { MatchingGraphqlModule } from './matching-graphql.module.js';
export * from './example.types.js';
