import { IsEmail, IsInt, IsOptional, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { PlatformError } from './errors.js';
import { validatePayload } from './validation.js';
import { requireTenantRole, resolveTenant } from './authz.js';
import type { RequestContext } from './context.js';

class Inner {
  @IsInt() @Min(1) n: number;
}
class Payload {
  @IsEmail() email: string;
  @IsOptional() @ValidateNested() @Type(() => Inner) inner?: Inner;
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
