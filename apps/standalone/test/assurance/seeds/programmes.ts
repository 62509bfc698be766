import type { Seed } from '../world.js';

/** The programmes module's objects in one tenant of the assurance world (ids go to `t.ids`). */
export const seedProgrammes: Seed = async () => {};
