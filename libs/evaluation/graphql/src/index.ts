export { EvaluationGraphqlModule } from './evaluation-graphql.module.js';
export * from './evaluation.types.js';
