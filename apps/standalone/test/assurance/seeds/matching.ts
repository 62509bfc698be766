import type { Seed } from '../world.js';

/** The matching module's objects in one tenant of the assurance world (ids go to `t.ids`). */
export const seedMatching: Seed = async () => {};
