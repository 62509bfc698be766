export { identityService, IdentityServiceModule } from './identity.module.js';
export { IdentitySettings } from './identity.settings.js';
export { identityEntities } from './identity.entities.js';
export { identityMigrations } from './migrations/index.js';
export { ARGON2_PARAMS } from './account/password.js';
export { Clock } from './shared/clock.js';
