import type { ModuleName } from '@m4pris/modules-registry';
import type { ServiceDefinition } from '@m4pris/platform-messaging';

/**
 * Each module's service (entities, migrations, handlers), loaded only when the module is enabled:
 * standalone hosts every enabled module in its process. Kept here, not in the module registry: the
 * gateway uses the registry (GraphQL adapters, identity's token and session requests) and its image
 * must not carry the services' packages (pdfkit, argon2, the matching solver…).
 */
export const MODULE_SERVICES: Record<ModuleName, () => Promise<ServiceDefinition>> = {
  identity: async () => (await import('@m4pris/identity-service')).identityService as unknown as ServiceDefinition,
  programmes: async () => (await import('@m4pris/programmes-service')).programmesService as unknown as ServiceDefinition,
  training: async () => (await import('@m4pris/training-service')).trainingService,
  matching: async () => (await import('@m4pris/matching-service')).matchingService as unknown as ServiceDefinition,
  evaluation: async () => (await import('@m4pris/evaluation-service')).evaluationService as unknown as ServiceDefinition,
  notifications: async () => (await import('@m4pris/notifications-service')).notificationsService as unknown as ServiceDefinition,
};

/** The service definition of `name` (a module of the registry). */
export function moduleService(name: string): Promise<ServiceDefinition> {
  const load = MODULE_SERVICES[name as ModuleName];
  if (!load) throw new Error(`Module "${name}" has no service in this build (available: ${Object.keys(MODULE_SERVICES).join(', ')})`);
  return load();
}
