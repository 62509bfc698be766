import type { ModuleJourney } from './journey.js';
import { identityJourney } from './identity.js';

export * from './journey.js';

/**
 * Journeys by module. A module that lands adds `src/journeys/<module>.ts` and one line here; the
 * distributed proof runs the journey of every module the registry has, and says which have none.
 */
export const JOURNEYS: Record<string, ModuleJourney> = {
  identity: identityJourney,
};
