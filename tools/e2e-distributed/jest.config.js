import { jestConfig } from '../../jest.preset.js';

// Suites that start real processes: give them room (each stays around two minutes here).
export default { ...jestConfig(import.meta.dirname), testTimeout: 120_000 };
