export { trainingService, TrainingServiceModule } from './training.module.js';
export { TrainingSettings } from './training.settings.js';
export { trainingEntities } from './training.entities.js';
export { trainingMigrations } from './migrations/index.js';
