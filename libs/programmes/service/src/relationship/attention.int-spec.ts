import { MikroORM } from '@mikro-orm/postgresql';
import { defaultPolicy, type AttentionReason, type ProgrammePolicy } from '@m4pris/programmes-contracts';
import { createTestDatabase, type TestDatabase } from '@m4pris/testing';
import { ATTENTION_COLUMNS, ATTENTION_PARAMS_SQL, attentionParams, reasonsOfRow } from './attention.js';

/*
 * The attention rules are SQL expressions (the dashboard counts them and the attention list pages
 * them in the database): each case below is evaluated by PostgreSQL over one row of duo metadata.
 */

interface Facts {
  state: string;
  startedOn: string;
  plannedEndOn: string;
  firstMeetingOn: string | null;
  lastMeetingOn: string | null;
  openConcerns: number;
  agreementAcknowledged: boolean;
  fitCheckDone: boolean;
}

const rules = { endingSoonDays: 14, agreementDueDays: 14 };
const healthy: Facts = {
  state: 'active',
  startedOn: '2026-09-01',
  plannedEndOn: '2027-03-01',
  firstMeetingOn: '2026-09-05',
  lastMeetingOn: '2026-11-15',
  openConcerns: 0,
  agreementAcknowledged: true,
  fitCheckDone: true,
};
const asOf = '2026-11-21';

describe('duos needing attention (the SQL rules, evaluated by PostgreSQL)', () => {
  let db: TestDatabase;
  let orm: MikroORM;

  beforeAll(async () => {
    db = await createTestDatabase('attention');
    orm = await MikroORM.init({ clientUrl: db.url, entities: [], discovery: { warnWhenNoEntities: false } });
  });
  afterAll(async () => {
    await orm?.close(true);
    await db?.drop();
  });

  async function reasons(f: Facts, policy: ProgrammePolicy = defaultPolicy()): Promise<{ reasons: AttentionReason[]; daysSinceContact: number }> {
    const [row] = await orm.em.getConnection().execute<Record<string, unknown>[]>(
      `select ${ATTENTION_COLUMNS}
         from (select ?::varchar as state, ?::date as started_on, ?::date as planned_end_on, ?::date as first_meeting_on, ?::date as last_meeting_on,
                      ?::int as open_concerns, ?::boolean as agreement_acknowledged, ?::boolean as fit_check_done) r, ${ATTENTION_PARAMS_SQL}`,
      [f.state, f.startedOn, f.plannedEndOn, f.firstMeetingOn, f.lastMeetingOn, f.openConcerns, f.agreementAcknowledged, f.fitCheckDone, ...attentionParams(policy, asOf, rules)],
    );
    return { reasons: reasonsOfRow(row), daysSinceContact: row.days_since_contact as number };
  }

  it('a duo that meets, acknowledged its agreement and passed the fit check needs nothing', async () => {
    expect(await reasons(healthy)).toEqual({ reasons: [], daysSinceContact: 6 });
  });

  it('flags no meeting within the inactivity threshold (28 days by default), counting from the start when none', async () => {
    expect((await reasons({ ...healthy, lastMeetingOn: '2026-10-23' })).reasons).toEqual(['no_recent_meeting']);
    expect((await reasons({ ...healthy, lastMeetingOn: '2026-10-24' })).reasons).toEqual([]);
    const quiet = await reasons({ ...healthy, startedOn: '2026-10-01', firstMeetingOn: null, lastMeetingOn: null });
    expect(quiet.reasons).toContain('no_recent_meeting');
    expect(quiet.daysSinceContact).toBe(51);
  });

  it('flags a missed fit check, an open concern, the end approaching and a pending agreement', async () => {
    expect((await reasons({ ...healthy, fitCheckDone: false })).reasons).toEqual(['fit_check_missed']);
    expect((await reasons({ ...healthy, openConcerns: 1 })).reasons).toEqual(['open_concern']);
    expect((await reasons({ ...healthy, plannedEndOn: '2026-12-05' })).reasons).toEqual(['ending_soon']);
    expect((await reasons({ ...healthy, plannedEndOn: '2026-12-06' })).reasons).toEqual([]);
    expect((await reasons({ ...healthy, agreementAcknowledged: false })).reasons).toEqual(['agreement_pending']);
  });

  it('lists several reasons in their fixed order', async () => {
    const all = { ...healthy, lastMeetingOn: '2026-09-05', fitCheckDone: false, openConcerns: 2, plannedEndOn: '2026-11-30', agreementAcknowledged: false };
    expect((await reasons(all)).reasons).toEqual(['no_recent_meeting', 'fit_check_missed', 'open_concern', 'ending_soon', 'agreement_pending']);
  });

  it('a paused duo is not chased for meetings; ended duos need nothing', async () => {
    expect((await reasons({ ...healthy, state: 'paused', lastMeetingOn: '2026-08-01' })).reasons).toEqual([]);
    expect((await reasons({ ...healthy, state: 'ended_early', openConcerns: 2 })).reasons).toEqual([]);
    expect((await reasons({ ...healthy, state: 'closed', agreementAcknowledged: false })).reasons).toEqual([]);
  });

  it('the fit check can be turned off', async () => {
    expect((await reasons({ ...healthy, fitCheckDone: false }, { ...defaultPolicy(), fitCheckDays: 0 })).reasons).toEqual([]);
  });
});
