import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { addDays } from '@m4pris/platform-core';
import { SurveyOpener } from '@m4pris/evaluation-service';
import { RelationshipStarted } from '@m4pris/programmes-contracts';
import { describeWithNats } from '@m4pris/testing';
import { eventually, firstAdmin, inviteAndActivate, ok } from './fixtures.js';
import { gql, startPlatform, type Mode, type TestPlatform } from './platform.js';

const INBOX = `query { myNotifications { items { kind link title } } }`;
const MY_INVITATIONS = `query { mySurveyInvitations { wave state } }`;

/**
 * Issue 20: a midpoint survey opens months after the duo started and the person is told on that day
 * — in their in-app inbox (and by mail) — through the gateway, with evaluation, notifications and
 * identity running as in `npm start`. The months pass as the evaluation e2e lets time pass: the
 * dates in the database move (here the midpoint's opening comes to today), then evaluation's
 * survey-opening sweep runs now instead of at its next tick.
 */
function journey(mode: Mode) {
  let p: TestPlatform;
  let mentee: string;
  let menteeId: string;
  let mentorId: string;
  let tenantId: string;
  const programmeId = randomUUID();
  const today = new Date().toISOString().slice(0, 10);

  beforeAll(async () => {
    p = await startPlatform(mode, { modules: ['identity', 'evaluation', 'notifications'] });
    const admin = (await ok(gql(p.url, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: p.admin }))).login.accessToken as string;
    tenantId = (await ok(gql(p.url, `mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }`, { input: { code: `opening-${mode}`, name: 'Tenant O', country: 'DK', defaultLocale: 'en', enabledModules: ['identity', 'evaluation'] } }, admin))).createTenant.id as string;
    const institutionId = (await ok(gql(p.url, `mutation($input: CreateInstitutionInput!) { createInstitution(input: $input) { id } }`, { input: { tenantId, name: 'Prison O', kind: 'ADULT', region: 'North' } }, admin))).createInstitution.id as string;
    const tenantAdmin = await firstAdmin(p.url, admin, tenantId, 'admin@opening.test');
    const staff = async (email: string) => {
      const id = (await ok(gql(p.url, `mutation($input: CreateStaffInput!) { createStaff(input: $input) { id } }`, {
        input: { tenantId, institutionId, email, firstName: 'Test', lastName: email.split('@')[0], hiredOn: '2020-01-01', joinedInstitutionOn: '2020-01-01', languages: ['en'], position: 'officer', supervisesOthers: false },
      }, admin))).createStaff.id as string;
      return { id, token: (await inviteAndActivate(p.url, tenantAdmin, { staffId: id, email }, 'a long enough password')).accessToken };
    };
    const m = await staff('mentee@opening.test');
    mentee = m.token;
    menteeId = m.id;
    mentorId = (await staff('mentor@opening.test')).id;
    const researcher = (await inviteAndActivate(p.url, tenantAdmin, { email: 'researcher@opening.test', tenantId, role: 'RESEARCHER' }, 'a long enough password')).accessToken;
    await ok(gql(p.url, `mutation($input: SaveSurveyPlanInput!) { saveSurveyPlan(input: $input) { version } }`, {
      input: {
        programmeId,
        waves: [
          { kind: 'BASELINE', mentorInstruments: ['WHO5'], menteeInstruments: ['WHO5'], dueWithinDays: 21, remindBeforeDueDays: 7 },
          { kind: 'MIDPOINT', mentorInstruments: [], menteeInstruments: ['WHO5'], dueWithinDays: 14, remindBeforeDueDays: 3 },
        ],
      },
    }, researcher));
  }, 180_000);
  afterAll(async () => {
    await p?.close();
  });

  const surveyMessages = async () => ((await ok(gql(p.url, INBOX, {}, mentee))).myNotifications.items as { kind: string; link: string; title: string }[]).filter((n) => n.kind === 'SURVEY_OPEN');

  it('the baseline is announced when the duo starts; the midpoint, once, on the day it opens', async () => {
    await p.publish(RelationshipStarted, { tenantId, programmeId, cohortId: randomUUID(), relationshipId: randomUUID(), mentorStaffId: mentorId, menteeStaffId: menteeId, on: today, plannedEndOn: addDays(today, 180), proposalId: null });
    await eventually(async () => {
      const open = await surveyMessages();
      if (open.length !== 1) throw new Error(`expected the baseline's message, found ${open.length}`);
    });
    const scheduled = (await ok(gql(p.url, MY_INVITATIONS, {}, mentee))).mySurveyInvitations as { wave: string; state: string }[];
    expect(scheduled).toEqual([{ wave: 'BASELINE', state: 'OPEN' }, { wave: 'MIDPOINT', state: 'SCHEDULED' }]);
    // Nothing to announce yet.
    const opener = p.moduleApp('evaluation').get(SurveyOpener);
    expect(await opener.sweep()).toBe(0);

    // Ninety days pass: the midpoint opens today.
    const c = new pg.Client({ connectionString: p.databaseUrl });
    await c.connect();
    try {
      await c.query(`update evaluation.invitation set opens_on = $1, due_on = $2, remind_on = $3 where wave = 'midpoint'`, [today, addDays(today, 14), addDays(today, 11)]);
    } finally {
      await c.end();
    }
    expect(await opener.sweep()).toBe(1);
    expect(await opener.sweep()).toBe(0);
    const open = await eventually(async () => {
      const messages = await surveyMessages();
      if (messages.length !== 2) throw new Error(`expected the midpoint's message too, found ${messages.length}`);
      return messages;
    });
    expect(open.every((n) => n.link.endsWith('/surveys'))).toBe(true);
    expect(((await ok(gql(p.url, MY_INVITATIONS, {}, mentee))).mySurveyInvitations as { state: string }[]).map((i) => i.state)).toEqual(['OPEN', 'OPEN']);
  }, 120_000);
}

describe('a midpoint survey is announced on the day it opens, in-process', () => journey('in-process'));
describeWithNats('a midpoint survey is announced on the day it opens, over NATS', () => journey('nats'));
