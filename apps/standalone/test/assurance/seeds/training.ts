import type { Seed } from '../world.js';

/** The training module's objects in one tenant of the assurance world (ids go to `t.ids`). */
export const seedTraining: Seed = async () => {};
