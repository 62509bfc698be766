import { newTraceId, type RequestContext } from '@m4pris/platform-core';
import { ListCourses } from '@m4pris/training-contracts';
import { describeWithNats } from '@m4pris/testing';
import { ok, seedTenant, type SeededTenant } from './fixtures.js';
import { codeOf, gql, startPlatform, type Mode, type TestPlatform } from './platform.js';

/**
 * A tenant's `enabledModules` is enforced (issue 22). The platform runs identity, notifications,
 * programmes, training and evaluation (the evaluation service itself is left out: deployed in the
 * gateway, not answering). Tenant "on" runs every module; tenant "off" has not enabled training.
 *
 * - a call into a module the tenant has not enabled answers MODULE_DISABLED, translated, through the
 *   gateway and on the bus itself (the module's runtime checks the context, whichever transport);
 * - MODULE_UNAVAILABLE (enabled but not answering) stays distinct, and `me.tasksIncomplete` names it;
 * - only the platform admin changes the list, and the change holds from the next request;
 * - createTenant requires the list.
 */
function suite(mode: Mode) {
  let p: TestPlatform;
  let admin: string;
  let on: SeededTenant;
  let off: SeededTenant;
  const COURSES = `query { trainingCourses { id } }`;
  const TASKS = `query { me { tasks { kind } tasksIncomplete } }`;
  const setModules = (tenantId: string, enabledModules: string[], token: string) =>
    gql(p.url, `mutation($input: UpdateTenantInput!) { updateTenant(input: $input) { enabledModules } }`, { input: { id: tenantId, enabledModules } }, token);

  beforeAll(async () => {
    p = await startPlatform(mode, { modules: ['identity', 'notifications', 'programmes', 'training', 'evaluation'], services: ['identity', 'notifications', 'programmes', 'training'] });
    admin = (await ok(gql(p.url, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: p.admin }))).login.accessToken as string;
    // The coordinator of each tenant is a staff member too: it stands for the tenant's staff below.
    on = await seedTenant(p, admin, `mdon-${mode === 'nats' ? 'n' : 'i'}`, []);
    off = await seedTenant(p, admin, `mdoff-${mode === 'nats' ? 'n' : 'i'}`, [], undefined, ['identity', 'programmes', 'evaluation']);
  }, 900_000);
  afterAll(() => p?.close());

  it('answers MODULE_DISABLED for a module the tenant has not enabled, translated, and serves the tenant that has', async () => {
    expect((await ok(gql(p.url, COURSES, {}, on.tokens.coordinator))).trainingCourses).toEqual([]);
    const refused = await gql(p.url, COURSES, {}, off.tokens.coordinator);
    expect(codeOf(refused)).toBe('MODULE_DISABLED');
    expect(refused.errors?.[0]?.message).toBe('The training module is not enabled for your organisation.');
    // The module's name is translated too (issue 17's catalogues).
    const danish = await gql(p.url, COURSES, {}, off.tokens.coordinator, { 'accept-language': 'da' });
    expect(danish.errors?.[0]?.message).toBe('Modulet uddannelse er ikke slået til for jeres organisation.');
    // A module it has enabled still answers.
    expect((await ok(gql(p.url, `query { programmes { total } }`, {}, off.tokens.coordinator))).programmes.total).toBe(0);
    // A staff member's own enrolments alike.
    expect(codeOf(await gql(p.url, `query { myEnrolments { id } }`, {}, off.tokens.coordinator))).toBe('MODULE_DISABLED');
  });

  it('refuses on the bus too: the module itself checks the context, not only the gateway', async () => {
    const ctx = (t: SeededTenant, enabledModules: string[]): RequestContext => ({ tenantId: t.tenantId, userId: 'bus-test', roles: [{ role: 'coordinator', tenantId: t.tenantId, scopeType: 'tenant' }], locale: 'en', traceId: newTraceId(), enabledModules });
    await expect(p.bus.request(ListCourses, {}, ctx(off, ['identity', 'programmes']))).rejects.toMatchObject({ category: 'MODULE_DISABLED', code: 'common.MODULE_DISABLED' });
    await expect(p.bus.request(ListCourses, {}, ctx(on, ['identity', 'programmes', 'training']))).resolves.toEqual([]);
  });

  it('keeps MODULE_UNAVAILABLE distinct, and me.tasks names the module it could not ask', async () => {
    // evaluation is enabled for both tenants but its service does not run: an outage, not a switch.
    expect(codeOf(await gql(p.url, `query { mySurveyInvitations { id } }`, {}, off.tokens.coordinator))).toBe('MODULE_UNAVAILABLE');
    expect((await ok(gql(p.url, TASKS, {}, off.tokens.coordinator))).me).toEqual({ tasks: [], tasksIncomplete: ['evaluation'] });
    // training is not enabled for "off": not asked, and not reported missing.
    expect((await ok(gql(p.url, TASKS, {}, on.tokens.coordinator))).me).toEqual({ tasks: [], tasksIncomplete: ['evaluation'] });
  });

  it('lets only the platform admin change the list; the change holds from the next request', async () => {
    const byTenantAdmin = await setModules(off.tenantId, ['identity', 'programmes', 'training', 'evaluation'], off.tokens.tenantAdmin);
    expect(codeOf(byTenantAdmin)).toBe('FORBIDDEN');
    expect(byTenantAdmin.errors?.[0]?.extensions?.reason).toBe('identity.MODULES_PLATFORM_ADMIN_ONLY');
    // The tenant admin still edits the rest.
    expect((await ok(gql(p.url, `mutation($input: UpdateTenantInput!) { updateTenant(input: $input) { name } }`, { input: { id: off.tenantId, name: 'Renamed' } }, off.tokens.tenantAdmin))).updateTenant.name).toBe('Renamed');
    expect(codeOf(await gql(p.url, COURSES, {}, off.tokens.coordinator))).toBe('MODULE_DISABLED');

    expect((await ok(setModules(off.tenantId, ['programmes', 'training', 'evaluation'], admin))).updateTenant.enabledModules).toEqual(['identity', 'programmes', 'training', 'evaluation']);
    // The same token, the next request: identity's session answer carries the new list.
    expect((await ok(gql(p.url, COURSES, {}, off.tokens.coordinator))).trainingCourses).toEqual([]);
    await ok(setModules(off.tenantId, ['identity', 'programmes', 'evaluation'], admin));
    expect(codeOf(await gql(p.url, COURSES, {}, off.tokens.coordinator))).toBe('MODULE_DISABLED');
  });

  it('requires the list when a tenant is created', async () => {
    const r = await gql(p.url, `mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }`, { input: { code: `mdx-${mode === 'nats' ? 'n' : 'i'}`, name: 'No list', country: 'DK', defaultLocale: 'en' } }, admin);
    expect(r.data).toBeUndefined();
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(r.errors)).toContain('enabledModules');
  });
}

describe('enabled modules, in-process transport', () => suite('in-process'));
describeWithNats('enabled modules, over NATS', () => suite('nats'));
