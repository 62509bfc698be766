export { EvaluationGraphqlModule } from './evaluation-graphql.module.js';
