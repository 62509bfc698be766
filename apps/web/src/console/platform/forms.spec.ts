import { describe, expect, it } from 'vitest';
import { CombinedGraphQLErrors } from '@apollo/client';
import { enabledModulesFor, optionalModulesOf, refusalOf } from './forms';

const refused = (errors: { message: string; extensions?: Record<string, unknown> }[]) => new CombinedGraphQLErrors({ errors });

describe('tenant modules', () => {
  it('reads the optional modules of a tenant in the registry’s order, leaving out those always on', () => {
    expect(optionalModulesOf(['identity', 'training', 'notifications', 'programmes'])).toEqual(['programmes', 'training']);
    expect(optionalModulesOf(['identity'])).toEqual([]);
  });

  it('sends the chosen modules with identity and notifications, whatever the order chosen', () => {
    expect(enabledModulesFor(['evaluation', 'matching'])).toEqual(['identity', 'notifications', 'matching', 'evaluation']);
    expect(enabledModulesFor([])).toEqual(['identity', 'notifications']);
  });
});

describe('a refusal split for a form', () => {
  it('puts each listed field’s message under the form’s field, renamed where the form calls it otherwise', () => {
    const error = refused([
      {
        message: 'code must be 2-40 lowercase letters, digits or dashes',
        extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'code', message: 'code must be 2-40 lowercase letters, digits or dashes' }, { field: 'input.country', message: 'country must be an ISO 3166-1 alpha-2 code such as DK' }] },
      },
    ]);
    expect(refusalOf(error, {}, ['code', 'country'])).toEqual({
      fields: { code: 'code must be 2-40 lowercase letters, digits or dashes', country: 'country must be an ISO 3166-1 alpha-2 code such as DK' },
      general: [],
    });
    const email = refused([{ message: 'email must be an email', extensions: { fields: [{ field: 'email', message: 'email must be an email' }] } }]);
    expect(refusalOf(email, { email: 'adminEmail' }, ['adminEmail']).fields).toEqual({ adminEmail: 'email must be an email' });
  });

  it('keeps what belongs to no field of the form (or to none at all) as a general message', () => {
    const error = refused([
      { message: 'Only the first administrator', extensions: { fields: [{ field: 'tenantId', message: 'Only the first administrator' }] } },
      { message: 'Not allowed', extensions: { code: 'FORBIDDEN' } },
    ]);
    expect(refusalOf(error, {}, ['code'])).toEqual({ fields: {}, general: ['Only the first administrator', 'Not allowed'] });
  });

  it('says a network failure as it is, and nothing for no error', () => {
    expect(refusalOf(new Error('Failed to fetch'))).toEqual({ fields: {}, general: ['Failed to fetch'] });
    expect(refusalOf(null)).toEqual({ fields: {}, general: [] });
  });
});
