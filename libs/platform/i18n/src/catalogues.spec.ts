import { CATALOGUE_MODULES, CATALOGUES_BY_MODULE, LOCALES } from './catalogues/index.js';

/**
 * The CI check of the catalogues (runs with `npm test`, and on its own in .ci/run): every language
 * of every module has every key its English file has, and nothing English lacks; no text is empty;
 * a key two modules both define says the same in each.
 */
describe('catalogues', () => {
  for (const module of CATALOGUE_MODULES) {
    it(`${module}: every language has every English key, and only those`, () => {
      const english = Object.keys(CATALOGUES_BY_MODULE[module].en);
      expect(english.length).toBeGreaterThan(0);
      const problems: string[] = [];
      for (const locale of LOCALES) {
        const cat = CATALOGUES_BY_MODULE[module][locale];
        for (const key of english) if (!cat[key]?.trim()) problems.push(`${module}/${locale}.ts lacks ${key}`);
        for (const key of Object.keys(cat)) if (!(key in CATALOGUES_BY_MODULE[module].en)) problems.push(`${module}/${locale}.ts has ${key}, which English lacks`);
      }
      expect(problems).toEqual([]);
    });
  }

  it('a key defined by two modules says the same in both, in every language', () => {
    const problems: string[] = [];
    for (const locale of LOCALES) {
      const seen = new Map<string, { module: string; text: string }>();
      for (const module of CATALOGUE_MODULES) {
        for (const [key, text] of Object.entries(CATALOGUES_BY_MODULE[module][locale])) {
          const before = seen.get(key);
          if (before && before.text !== text) problems.push(`${locale}: ${key} is "${before.text}" in ${before.module} but "${text}" in ${module}`);
          else seen.set(key, { module, text });
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
