import { jestConfig } from '../../jest.preset.js';

// One suite that starts real processes: give it room (it stays well under two minutes here).
export default { ...jestConfig(import.meta.dirname), testTimeout: 120_000 };
