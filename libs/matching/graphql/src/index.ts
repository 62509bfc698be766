export { MatchingGraphqlModule } from './matching-graphql.module.js';
export * from './matching.types.js';
