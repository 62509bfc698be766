export { evaluationService, EvaluationServiceModule } from './evaluation.module.js';
export { EvaluationSettings } from './evaluation.settings.js';
export { evaluationEntities } from './evaluation.entities.js';
export { evaluationMigrations } from './migrations/index.js';
export { Clock } from './shared/access.js';
export { SurveyOpener } from './invitation/survey-opener.js';
