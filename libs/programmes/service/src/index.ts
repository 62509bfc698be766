export { programmesService, ProgrammesServiceModule } from './programmes.module.js';
export { ProgrammesSettings } from './programmes.settings.js';
export { programmesEntities } from './programmes.entities.js';
export { programmesMigrations } from './migrations/index.js';
