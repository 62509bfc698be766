import { describe, expect, it } from 'vitest';
import { areasOf, consoleHome, programmesInScope } from './roles';

const grant = (role: 'COORDINATOR' | 'TENANT_ADMIN' | 'RESEARCHER' | 'PLATFORM_ADMIN', scopeType: 'TENANT' | 'PROGRAMME' | 'INSTITUTION' | null = 'TENANT', scopeId: string | null = null) => ({
  role,
  scopeType,
  scopeId,
  tenantId: 't',
});
const staff = { id: 's', displayName: 'Carla Coordinator' };

describe('console areas', () => {
  it('a coordinator who is also staff has the console and the participant app', () => {
    const a = areasOf({ roles: [grant('COORDINATOR')], staff }, 0);
    expect(a).toEqual({ coordinator: true, support: false, participant: true, researcher: false, admin: false, platform: false });
    expect(consoleHome(a)).toBe('/console/cohorts');
  });

  it('a support contact is known by the concerns routed to them', () => {
    const a = areasOf({ roles: [], staff }, 2);
    expect(a).toEqual({ coordinator: false, support: true, participant: true, researcher: false, admin: false, platform: false });
    expect(consoleHome(a)).toBe('/console/concerns');
  });

  it('a researcher (often with no staff record) has the researcher desk', () => {
    const a = areasOf({ roles: [grant('RESEARCHER')], staff: null }, 0);
    expect(a).toEqual({ coordinator: false, support: false, participant: false, researcher: true, admin: false, platform: false });
    expect(consoleHome(a)).toBe('/console/research');
  });

  it('a tenant administrator (usually with no staff record) has the administration area', () => {
    const a = areasOf({ roles: [grant('TENANT_ADMIN')], staff: null }, 0);
    expect(a).toEqual({ coordinator: false, support: false, participant: false, researcher: false, admin: true, platform: false });
    expect(consoleHome(a)).toBe('/console/admin/staff');
  });

  it('a tenant administrator who also coordinates starts on the cohorts board, with both areas', () => {
    const a = areasOf({ roles: [grant('TENANT_ADMIN'), grant('COORDINATOR', 'PROGRAMME', 'p1')], staff }, 0);
    expect(a).toMatchObject({ coordinator: true, admin: true, platform: false });
    expect(consoleHome(a)).toBe('/console/cohorts');
  });

  it('a researcher or a coordinator is no tenant administrator', () => {
    expect(areasOf({ roles: [grant('RESEARCHER'), grant('COORDINATOR')], staff }, 0).admin).toBe(false);
  });

  it('the platform administrator (no tenant, no staff record) has the platform area and lands on the tenants', () => {
    const a = areasOf({ roles: [{ role: 'PLATFORM_ADMIN', scopeType: null, scopeId: null, tenantId: null }], staff: null }, 0);
    expect(a).toEqual({ coordinator: false, support: false, participant: false, researcher: false, admin: false, platform: true });
    expect(consoleHome(a)).toBe('/console/platform/tenants');
  });

  it('the platform area is the home only when it is the person’s only area', () => {
    const a = areasOf({ roles: [grant('PLATFORM_ADMIN', null), grant('RESEARCHER')], staff: null }, 0);
    expect(a).toMatchObject({ researcher: true, platform: true });
    expect(consoleHome(a)).toBe('/console/research');
  });

  it('no tenant role makes anyone a platform administrator', () => {
    expect(areasOf({ roles: [grant('TENANT_ADMIN'), grant('COORDINATOR'), grant('RESEARCHER')], staff }, 0).platform).toBe(false);
  });

  it('a person with none of these has no console home (the "not for your role" page)', () => {
    expect(consoleHome(areasOf({ roles: [], staff }, 0))).toBeNull();
  });
});

describe('programmes in a coordinator scope', () => {
  const programmes = [
    { id: 'p1', institutionIds: [] },
    { id: 'p2', institutionIds: ['i1'] },
    { id: 'p3', institutionIds: ['i1', 'i2'] },
  ];

  it('a tenant-wide coordinator runs every programme', () => {
    expect(programmesInScope([grant('COORDINATOR')], programmes).map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
  });

  it('a programme-scoped coordinator runs the named programmes only', () => {
    expect(programmesInScope([grant('COORDINATOR', 'PROGRAMME', 'p3')], programmes).map((p) => p.id)).toEqual(['p3']);
  });

  it('an institution-scoped coordinator runs tenant-wide programmes and those open to their institution', () => {
    expect(programmesInScope([grant('COORDINATOR', 'INSTITUTION', 'i2')], programmes).map((p) => p.id)).toEqual(['p1', 'p3']);
  });

  it('other roles give no programme', () => {
    expect(programmesInScope([grant('TENANT_ADMIN')], programmes)).toEqual([]);
  });
});
