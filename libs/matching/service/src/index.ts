export { matchingService, MatchingServiceModule } from './matching.module.js';
export { MatchingSettings } from './matching.settings.js';
export { matchingEntities } from './matching.entities.js';
export { matchingMigrations } from './migrations/index.js';
