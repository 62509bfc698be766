import { jestConfig } from '../../jest.preset.js';

export default { ...jestConfig(import.meta.dirname), testPathIgnorePatterns: ['/node_modules/', '/dist/', '/files/'] };
