import { getMetadataStorage } from 'class-validator';
import { CommonErrors } from '@m4pris/platform-core';
import { CATALOGUES_BY_MODULE } from '@m4pris/platform-i18n';
import * as evaluation from '@m4pris/evaluation-contracts';
import * as identity from '@m4pris/identity-contracts';
import * as matching from '@m4pris/matching-contracts';
import * as notifications from '@m4pris/notifications-contracts';
import * as programmes from '@m4pris/programmes-contracts';
import * as training from '@m4pris/training-contracts';

/**
 * The module catalogues (libs/platform/i18n/src/catalogues) against the modules' contracts: every
 * error code a module declares has its English text in the module's catalogue (the same text), so
 * the catalogue check then holds every language to it; and every validated input field of every
 * contract has a readable label.
 */
const ERRORS = {
  common: CommonErrors,
  identity: identity.IdentityErrors,
  programmes: programmes.ProgrammesErrors,
  matching: matching.MatchingErrors,
  training: training.TrainingErrors,
  evaluation: evaluation.EvaluationErrors,
  notifications: notifications.NotificationsErrors,
} as const;

describe('messages of every module', () => {
  it('every error code has its English text in its module catalogue', () => {
    const problems: string[] = [];
    for (const [module, errors] of Object.entries(ERRORS)) {
      for (const [name, code] of Object.entries(errors.codes as Record<string, string>)) {
        const catalogue = module in CATALOGUES_BY_MODULE ? CATALOGUES_BY_MODULE[module as keyof typeof CATALOGUES_BY_MODULE].en : {};
        const text = catalogue[`errors.${code}`];
        const declared = (errors as unknown as Record<string, (o?: object) => Error>)[name]().message;
        if (text === undefined) problems.push(`errors.${code} is missing from catalogues/${module}/en.ts`);
        // The declared text is interpolated without parameters, so placeholders stay as they are.
        else if (text !== declared) problems.push(`errors.${code}: the contract says "${declared}", catalogues/${module}/en.ts "${text}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every validated input field has a readable label', () => {
    // Loading the contracts registered their validation rules; every property they validate is a field a caller can get wrong
    // (`_` is EmptyRequest's marker that only absence meets).
    void [identity, programmes, matching, training, evaluation, notifications];
    const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<unknown, { propertyName: string }[]> };
    const names = new Set<string>();
    for (const list of storage.validationMetadatas.values()) for (const m of list) if (m.propertyName && m.propertyName !== '_') names.add(m.propertyName);
    const english = Object.assign({}, ...Object.values(CATALOGUES_BY_MODULE).map((c) => c.en)) as Record<string, string>;
    const missing = [...names].filter((n) => !english[`fields.${n}`]).sort();
    expect(missing).toEqual([]);
    expect(names.size).toBeGreaterThan(100);
  });
});
