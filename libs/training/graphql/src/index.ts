export { TrainingGraphqlModule } from './training-graphql.module.js';
export * from './training.types.js';
