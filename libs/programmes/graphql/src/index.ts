export { ProgrammesGraphqlModule } from './programmes-graphql.module.js';
