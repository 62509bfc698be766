import 'reflect-metadata';
import { Global, Module, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { GraphQLModule, GraphQLSchemaHost } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { graphql, type ExecutionResult, type GraphQLObjectType } from 'graphql';
import { PlatformError } from '@m4pris/platform-core';
import { Loaders, type GqlContext } from '@m4pris/platform-graphql';
import { Bus, InProcessTransport, type Reply } from '@m4pris/platform-messaging';
import { IdentityGraphqlModule } from './index.js';

const MUTATIONS = [
  'login',
  'refreshToken',
  'logout',
  'logoutEverywhere',
  'changePassword',
  'acceptInvitation',
  'createTenant',
  'updateTenant',
  'createInstitution',
  'updateInstitution',
  'createUnit',
  'createShiftPattern',
  'createStaff',
  'updateStaff',
  'recordStaffLeaving',
  'importStaff',
  'inviteStaff',
  'inviteAccount',
  'resendInvitation',
  'requestPasswordReset',
  'resetPassword',
  'eraseStaff',
  'assignRole',
  'revokeRole',
  'publishConsentText',
  'recordConsent',
];
const QUERIES = [
  'me',
  'tenants',
  'tenant',
  'institutions',
  'institution',
  'units',
  'shiftPatterns',
  'staffMember',
  'staff',
  'roleAssignments',
  'consentTexts',
  'myConsents',
  'auditLog',
  'exportPersonalData',
];

type Body = Record<string, unknown>;

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function staffDto(n: number, institutionId: string, lineManagerId: string | null) {
  return {
    id: uuid(100 + n),
    tenantId: uuid(1),
    firstName: `First${n}`,
    lastName: `Last${n}`,
    displayName: `First${n} Last${n}`,
    email: `s${n}@example.dk`,
    position: 'Officer',
    supervisesOthers: false,
    hiredOn: '2024-01-15',
    joinedInstitutionOn: '2024-02-01',
    previousInstitutionKind: n === 0 ? 'youth' : null,
    institutionId,
    unitId: null,
    shiftPatternId: null,
    shiftOffsetDays: 0,
    languages: ['da'],
    lineManagerId,
    lineManager: lineManagerId ? { id: lineManagerId, displayName: 'First0 Last0', institution: null, unit: null, shiftPattern: null, workEmail: 's0@example.dk' } : null,
    leftServiceOn: null,
    accountStatus: 'active',
    accountId: null,
    createdAt: '2024-01-15T10:00:00.000Z',
  };
}

describe('identity GraphQL adapter', () => {
  let app: INestApplication;
  let transport: InProcessTransport;
  let run: (source: string, variables?: Record<string, unknown>) => Promise<ExecutionResult>;

  beforeAll(async () => {
    transport = new InProcessTransport();
    await transport.connect();
    const bus = new Bus(transport, 1000);

    @Global()
    @Module({ providers: [{ provide: Bus, useValue: bus }], exports: [Bus] })
    class TestBusModule {}

    const moduleRef = await Test.createTestingModule({
      imports: [
        TestBusModule,
        IdentityGraphqlModule,
        GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, autoSchemaFile: true, include: [IdentityGraphqlModule] }),
      ],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    const schema = app.get(GraphQLSchemaHost).schema;
    run = (source, variableValues) => {
      const contextValue: GqlContext = { ctx: { roles: [], locale: 'en', traceId: 't' }, loaders: new Loaders() };
      return graphql({ schema, source, variableValues, contextValue });
    };
  });

  afterAll(async () => {
    await app?.close();
    await transport?.close();
  });

  /** Serve `subject` with a fixed reply; returns the parsed request bodies it received. */
  async function fake(subject: string, data: object | ((body: Body) => unknown)): Promise<Body[]> {
    const calls: Body[] = [];
    await transport.serve(subject, 'identity', async (body): Promise<Reply> => {
      const parsed = JSON.parse(body) as Body;
      calls.push(parsed);
      return { ok: true, data: typeof data === 'function' ? data(parsed) : data };
    });
    return calls;
  }

  it('builds a schema exposing every identity operation', () => {
    const schema = app.get(GraphQLSchemaHost).schema;
    const mutations = Object.keys(schema.getMutationType()!.getFields());
    const queries = Object.keys(schema.getQueryType()!.getFields());
    expect(mutations).toEqual(expect.arrayContaining(MUTATIONS));
    expect(queries).toEqual(expect.arrayContaining(QUERIES));

    const staff = schema.getType('Staff') as GraphQLObjectType;
    expect(Object.keys(staff.getFields())).toEqual(expect.arrayContaining(['institution', 'lineManager', 'institutionId', 'accountStatus']));
    const institution = schema.getType('Institution') as GraphQLObjectType;
    expect(Object.keys(institution.getFields())).toContain('units');
    for (const name of ['TenantPage', 'InstitutionPage', 'StaffPage', 'AuditEntryPage', 'InstitutionKind', 'Role', 'ScopeType', 'AccountStatus']) {
      expect(schema.getType(name)).toBeDefined();
    }
    expect(String(schema.getMutationType()!.getFields()['login'].type)).toBe('TokenPair!');
    expect(String(schema.getMutationType()!.getFields()['inviteStaff'].args[0].type)).toBe('ID!');
    // Issue 13: the invitation token goes to the invitee's mailbox only, never into a result.
    expect(Object.keys((schema.getType('Invitation') as GraphQLObjectType).getFields()).sort()).toEqual(['accountId', 'email', 'expiresAt']);
  });

  it('login sends the input over the bus and returns the token pair', async () => {
    const calls = await fake('identity.v1.auth.login', { accessToken: 'acc', refreshToken: 'ref', expiresIn: 900, tokenType: 'Bearer' });
    const res = await run('mutation { login(input: { email: "a@b.dk", password: "x" }) { accessToken expiresIn tokenType } }');
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ login: { accessToken: 'acc', expiresIn: 900, tokenType: 'Bearer' } });
    expect(calls).toEqual([{ email: 'a@b.dk', password: 'x' }]);
  });

  it('maps {ok:true} to true and passes enums as contract values', async () => {
    await fake('identity.v1.auth.logout', { ok: true });
    expect((await run('mutation { logout(input: { refreshToken: "r" }) }')).data).toEqual({ logout: true });

    const calls = await fake('identity.v1.institution.create', (b) => ({ id: uuid(9), tenantId: uuid(1), createdAt: '2024-01-01T00:00:00.000Z', ...b }));
    const res = await run('mutation { createInstitution(input: { name: "Vestre", kind: WOMEN, region: "Hovedstaden" }) { id kind } }');
    expect(res.errors).toBeUndefined();
    expect(calls).toEqual([{ name: 'Vestre', kind: 'women', region: 'Hovedstaden' }]);
    expect(res.data).toEqual({ createInstitution: { id: uuid(9), kind: 'WOMEN' } });
  });

  it('passes nested shift inputs and returns the personal data export as JSON', async () => {
    const shifts = [
      { day: 0, start: '07:00', hours: 8.5 },
      { day: 1, start: '15:00', hours: 8 },
    ];
    const calls = await fake('identity.v1.shiftPattern.create', (b) => ({ id: uuid(7), tenantId: uuid(1), ...b }));
    const res = await run('mutation($input: CreateShiftPatternInput!) { createShiftPattern(input: $input) { id cycleDays shifts { day start hours } } }', {
      input: { name: 'Weekly', cycleDays: 7, shifts },
    });
    expect(res.errors).toBeUndefined();
    expect(calls).toEqual([{ name: 'Weekly', cycleDays: 7, shifts }]);
    expect(res.data).toEqual({ createShiftPattern: { id: uuid(7), cycleDays: 7, shifts } });

    const exported = { exportedAt: '2025-01-01T00:00:00.000Z', staff: null, account: null, roles: [], consents: [], accessLog: [] };
    const exportCalls = await fake('identity.v1.staff.export', exported);
    const out = await run('{ exportPersonalData { exportedAt data } }');
    expect(out.errors).toBeUndefined();
    expect(exportCalls).toEqual([{}]);
    const data = (out.data as { exportPersonalData: { exportedAt: string; data: string } }).exportPersonalData;
    expect(data.exportedAt).toBe(exported.exportedAt);
    expect(JSON.parse(data.data)).toEqual(exported);
  });

  it('lets a service error propagate as a GraphQL error', async () => {
    await transport.serve('identity.v1.tenant.get', 'identity', async () => ({
      ok: false,
      error: { code: 'identity.NOT_FOUND', category: 'NOT_FOUND', message: 'Tenant not found.', messageKey: 'common.NOT_FOUND' },
    }));
    const res = await run(`{ tenant(id: "${uuid(1)}") { id } }`);
    expect(res.data).toBeNull();
    expect(res.errors?.[0]?.message).toBe('Tenant not found.');
    // Left unmasked for the gateway's formatError, which maps the category to extensions.code.
    expect(res.errors?.[0]?.originalError).toBeInstanceOf(PlatformError);
  });

  it('resolves Staff.institution of a page with one batched request; Staff.lineManager comes with the page', async () => {
    const instA = uuid(501);
    const instB = uuid(502);
    const manager = uuid(100);
    const items = [0, 1, 2, 3, 4].map((n) => staffDto(n, n % 2 ? instB : instA, n === 0 ? null : manager));
    const listCalls = await fake('identity.v1.staff.list', { items, total: 5, offset: 0, limit: 10 });
    const institutionCalls = await fake('identity.v1.institution.byIds', (b) =>
      (b['ids'] as string[]).map((id) => ({ id, tenantId: uuid(1), name: `Inst ${id.slice(-3)}`, kind: 'adult', region: 'R', createdAt: 'x' })),
    );
    const unitCalls = await fake('identity.v1.unit.list', (b) => [{ id: uuid(900), tenantId: uuid(1), institutionId: b['institutionId'], name: 'A-wing' }]);
    const staffCalls = await fake('identity.v1.staff.byIds', (b) => items.filter((s) => (b['ids'] as string[]).includes(s.id)));

    const res = await run(
      `query($page: PageInput, $filter: StaffFilter) {
        staff(page: $page, filter: $filter) {
          total
          items { id accountStatus previousInstitutionKind institution { id name kind units { institutionId } } lineManager { id displayName workEmail staff { id } } }
        }
      }`,
      { page: { limit: 10 }, filter: { institutionId: instA, search: 'First' } },
    );
    expect(res.errors).toBeUndefined();
    const page = (res.data as { staff: { total: number; items: Record<string, unknown>[] } }).staff;
    expect(page.total).toBe(5);
    expect(page.items).toHaveLength(5);
    expect(page.items[0]).toMatchObject({ accountStatus: 'ACTIVE', previousInstitutionKind: 'YOUTH', institution: { id: instA, kind: 'ADULT' }, lineManager: null });
    expect(page.items[1]).toMatchObject({ institution: { id: instB }, lineManager: { id: manager, displayName: 'First0 Last0', workEmail: 's0@example.dk', staff: null } });

    expect(listCalls).toEqual([{ institutionId: instA, search: 'First', offset: 0, limit: 10 }]);
    expect(institutionCalls).toHaveLength(1);
    expect((institutionCalls[0]['ids'] as string[]).sort()).toEqual([instA, instB]);
    // The line manager came with the page; Person.staff is null for a caller who reads no staff (no request).
    expect(staffCalls).toEqual([]);
    // No batch lookup for units: one unit.list per distinct institution, not per row.
    expect(unitCalls.map((c) => c['institutionId']).sort()).toEqual([instA, instB]);
    expect(page.items[1]).toMatchObject({ institution: { units: [{ institutionId: instB }] } });
  });
});
