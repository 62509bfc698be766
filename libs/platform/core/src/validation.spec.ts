import { IsArray, IsEmail, IsInt, IsISO8601, IsOptional, IsString, Matches, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { PlatformError } from './errors.js';
import { AfterField, latestToday, NotInFuture, OnOrAfterField, validatePayload } from './validation.js';
import { addDays, DATE_ONLY } from './dates.js';
import { requireTenantRole, resolveTenant } from './authz.js';
import type { RequestContext } from './context.js';

class Inner {
  @IsInt() @Min(1) n: number;
  @IsOptional() @IsString() note?: string;
}
class Payload {
  @IsEmail() email: string;
  @IsOptional() @ValidateNested() @Type(() => Inner) inner?: Inner;
  @IsOptional() @IsArray() @IsString({ each: true }) list?: string[];
}

function caught(fn: () => unknown): PlatformError {
  try {
    fn();
  } catch (e) {
    if (e instanceof PlatformError) return e;
    throw e;
  }
  throw new Error('expected a PlatformError');
}

describe('validatePayload', () => {
  it('accepts a valid payload', () => {
    expect(validatePayload(Payload, { email: 'a@b.dk' }).email).toBe('a@b.dk');
  });

  it('names the offending field, nested fields with a dotted path', () => {
    const e = caught(() => validatePayload(Payload, { email: 'nope' }));
    expect(e.category).toBe('BAD_USER_INPUT');
    expect(e.field).toBe('email');
    expect(caught(() => validatePayload(Payload, { email: 'a@b.dk', inner: { n: 0 } })).field).toBe('inner.n');
  });

  it('refuses unknown properties and non-objects', () => {
    expect(caught(() => validatePayload(Payload, { email: 'a@b.dk', isAdmin: true })).field).toBe('isAdmin');
    expect(caught(() => validatePayload(Payload, [1, 2])).category).toBe('BAD_USER_INPUT');
    expect(caught(() => validatePayload(Payload, null)).category).toBe('BAD_USER_INPUT');
  });

  // Found by the bad-input fuzzer: a lone surrogate made isEmail throw (URIError), a NUL reached
  // PostgreSQL; both answered INTERNAL_SERVER_ERROR.
  it('refuses lone surrogates and NUL characters in any string, naming the field', () => {
    const lone = caught(() => validatePayload(Payload, { email: 'a\uD800@b.dk' }));
    expect([lone.category, lone.field]).toEqual(['BAD_USER_INPUT', 'email']);
    expect(caught(() => validatePayload(Payload, { email: 'a\uDFFF@b.dk' })).field).toBe('email');
    expect(caught(() => validatePayload(Payload, { email: 'a@b.dk', inner: { n: 1, note: 'x\u0000' } })).field).toBe('inner.note');
    expect(caught(() => validatePayload(Payload, { email: 'a@b.dk', list: ['ok', 'nul\u0000'] }, 'input')).field).toBe('input.list[1]');
    // Well-formed text of any script, emoji included, still passes.
    expect(validatePayload(Payload, { email: 'a@b.dk', inner: { n: 1, note: '😀 مرحبا Z̵a\u200B' } }).inner?.note).toBe('😀 مرحبا Z̵a\u200B');
  });

  it('refuses payloads nested deeper than the bound', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 200; i++) deep = { a: deep };
    const e = caught(() => validatePayload(Payload, { email: 'a@b.dk', inner: deep }));
    expect(e.category).toBe('BAD_USER_INPUT');
    expect(e.field).toMatch(/^inner(\.a)+$/);
  });
});

class Dated {
  @IsEmail() email: string;
  @IsInt() @Min(1) count: number;
  @Matches(DATE_ONLY) @NotInFuture() hiredOn: string;
  @Matches(DATE_ONLY) @OnOrAfterField('hiredOn') joinedOn: string;
  @IsOptional() @IsISO8601({ strict: true }) startsAt?: string;
  @IsOptional() @IsISO8601({ strict: true }) @AfterField('startsAt') endsAt?: string;
}
const dated = { email: 'a@b.dk', count: 1, hiredOn: '2020-01-01', joinedOn: '2020-01-01' };

describe('every invalid field at once', () => {
  it('lists each invalid field in declaration order, the first also as the error itself', () => {
    const e = caught(() => validatePayload(Dated, { ...dated, email: 'nope', count: 0, hiredOn: '2020-02-30' }, 'input'));
    expect(e.fields!.map((f) => f.field)).toEqual(['input.email', 'input.count', 'input.hiredOn']);
    expect([e.field, e.message]).toEqual(['input.email', e.fields![0]!.message]);
    expect(e.fields!.every((f) => f.messageKey === 'errors.common.INVALID_INPUT' && f.message.startsWith(`Invalid value for ${f.field}:`))).toBe(true);
    // On the bus and back: the list survives the payload round trip.
    expect(PlatformError.fromPayload(e.toPayload()).fields).toEqual(e.fields);
  });

  it('nested fields each get their own entry', () => {
    const e = caught(() => validatePayload(Payload, { email: 'x', inner: { n: 0, note: 3 } }));
    expect(e.fields!.map((f) => f.field)).toEqual(['email', 'inner.n', 'inner.note']);
  });

  it('a date not in the future (where it is latest on Earth)', () => {
    const tomorrowEverywhere = addDays(latestToday(), 1);
    const e = caught(() => validatePayload(Dated, { ...dated, hiredOn: tomorrowEverywhere, joinedOn: tomorrowEverywhere }));
    expect(e.fields).toEqual([{ field: 'hiredOn', messageKey: 'errors.common.DATE_IN_FUTURE', params: { field: 'hiredOn', other: '' }, message: 'hiredOn must not be in the future.' }]);
    expect(validatePayload(Dated, { ...dated, hiredOn: latestToday(), joinedOn: latestToday() }).hiredOn).toBe(latestToday());
    // 23:00 UTC on 1 March is already 2 March in Kiribati (UTC+14); 09:00 UTC is not.
    expect(latestToday(new Date('2026-03-01T23:00:00Z'))).toBe('2026-03-02');
    expect(latestToday(new Date('2026-03-01T09:00:00Z'))).toBe('2026-03-01');
  });

  it('the later date of a pair carries the error: on or after, and strictly after', () => {
    const before = caught(() => validatePayload(Dated, { ...dated, joinedOn: '2019-12-31' }));
    expect(before.fields!.map((f) => [f.field, f.messageKey, f.message])).toEqual([['joinedOn', 'errors.common.DATE_BEFORE', 'joinedOn must be on or after hiredOn.']]);
    const same = caught(() => validatePayload(Dated, { ...dated, startsAt: '2026-03-01T10:00:00Z', endsAt: '2026-03-01T10:00:00Z' }));
    expect(same.fields!.map((f) => [f.field, f.messageKey, f.params])).toEqual([['endsAt', 'errors.common.NOT_AFTER', { field: 'endsAt', other: 'startsAt' }]]);
    // Date-times compare as instants, not as text.
    expect(validatePayload(Dated, { ...dated, startsAt: '2026-03-01T10:00:00+02:00', endsAt: '2026-03-01T09:00:00Z' }).endsAt).toBe('2026-03-01T09:00:00Z');
    // A malformed earlier field is its own error only; the pair is not judged.
    const malformed = caught(() => validatePayload(Dated, { ...dated, hiredOn: 'soon', joinedOn: '2019-01-01' }));
    expect(malformed.fields!.map((f) => f.field)).toEqual(['hiredOn']);
  });
});

describe('DATE_ONLY', () => {
  it('takes real calendar dates only (what a PostgreSQL date column takes)', () => {
    for (const ok of ['2024-02-29', '2000-02-29', '2023-12-31', '0001-01-01', '9999-12-31', '2026-04-30']) expect(DATE_ONLY.test(ok)).toBe(true);
    for (const bad of ['2023-02-29', '1900-02-29', '2024-02-30', '2024-04-31', '2024-13-01', '2024-00-10', '2024-01-00', '0000-00-00', '0000-01-01', '99999-01-01', '2024-1-1', '2024-01-01T00:00:00Z', '']) {
      expect([bad, DATE_ONLY.test(bad)]).toEqual([bad, false]);
    }
  });
});

describe('tenant scope', () => {
  const base = { locale: 'en', traceId: 't' };
  const dkAdmin: RequestContext = { ...base, userId: 'u1', tenantId: 'dk', roles: [{ role: 'tenant_admin', tenantId: 'dk' }] };
  const platform: RequestContext = { ...base, userId: 'p', roles: [{ role: 'platform_admin' }] };
  const anonymous: RequestContext = { ...base, roles: [] };

  it("treats another tenant's id as a missing one", () => {
    expect(resolveTenant(dkAdmin, undefined)).toBe('dk');
    expect(caught(() => resolveTenant(dkAdmin, 'pt')).category).toBe('NOT_FOUND');
    expect(resolveTenant(platform, 'pt')).toBe('pt');
    expect(caught(() => resolveTenant(platform, undefined)).field).toBe('tenantId');
  });

  it('checks roles per tenant', () => {
    expect(() => requireTenantRole(dkAdmin, 'dk', ['tenant_admin'])).not.toThrow();
    expect(caught(() => requireTenantRole(dkAdmin, 'pt', ['tenant_admin'])).category).toBe('FORBIDDEN');
    expect(caught(() => requireTenantRole(dkAdmin, 'dk', ['coordinator'])).category).toBe('FORBIDDEN');
    expect(caught(() => requireTenantRole(anonymous, 'dk', ['tenant_admin'])).category).toBe('UNAUTHENTICATED');
    expect(caught(() => requireTenantRole(platform, 'dk', ['tenant_admin'])).category).toBe('FORBIDDEN');
    expect(() => requireTenantRole(platform, 'dk', ['tenant_admin'], { allowPlatformAdmin: true })).not.toThrow();
  });
});
