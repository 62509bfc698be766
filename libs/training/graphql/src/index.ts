export { TrainingGraphqlModule } from './training-graphql.module.js';
export * from './example.types.js';
