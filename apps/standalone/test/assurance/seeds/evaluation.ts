import type { Seed } from '../world.js';

/** The evaluation module's objects in one tenant of the assurance world (ids go to `t.ids`). */
export const seedEvaluation: Seed = async () => {};
