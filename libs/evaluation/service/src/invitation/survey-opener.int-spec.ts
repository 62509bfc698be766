import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { StaffErased, StaffProfileChanged, TenantCreated } from '@m4pris/identity-contracts';
import { RelationshipClosed, RelationshipEndedEarly, RelationshipStarted } from '@m4pris/programmes-contracts';
import { ListMyInvitations, SaveAnswers, SaveSurveyPlan, SurveyOpened, type SurveyOpenedEvent } from '@m4pris/evaluation-contracts';
import { openServiceOrm } from '@m4pris/platform-persistence';
import { as, startEvaluation, type EvaluationHarness } from '../../test/harness.js';
import { evaluationEntities } from '../evaluation.entities.js';
import { EvaluationSettings } from '../evaluation.settings.js';
import { evaluationMigrations } from '../migrations/index.js';
import { ParticipantKeys } from '../participant/participant-keys.js';
import { SurveyOpener } from './survey-opener.js';

const T = randomUUID();
const PROGRAMME = randomUUID();
const COHORT = randomUUID();

interface Duo {
  relationshipId: string;
  mentor: string;
  mentee: string;
}
const duo = (): Duo => ({ relationshipId: randomUUID(), mentor: randomUUID(), mentee: randomUUID() });
const who5 = [1, 2, 3, 4, 5].map((i) => ({ instrumentCode: 'who5' as const, itemId: `who5_${i}`, value: 2 }));

/**
 * The timed survey opener on real PostgreSQL with the real outbox: waves that open after they were
 * issued (midpoint, follow-up) are announced on the day they open, once per invitation, across
 * sweeps and replicas; never for a started, completed or withdrawn invitation, an erased person or
 * someone who has left the service.
 */
describe('survey opener: midpoint and follow-up waves are announced on the day they open', () => {
  let h: EvaluationHarness;
  let opener: SurveyOpener;
  let orm2: MikroORM;
  let replica: SurveyOpener;
  const a = duo(); // nothing special: both are told at the midpoint, the mentee again at the follow-up
  const b = duo(); // the mentee starts and the mentor completes the midpoint before the sweep runs
  const c = duo(); // ends early before the midpoint: the midpoint is withdrawn
  const d = duo(); // the mentee is erased before the midpoint
  const e = duo(); // the mentor leaves the service before the midpoint
  const f = duo(); // closes (not an early end) before the midpoint: its issued midpoint stays, unannounced
  const all = [a, b, c, d, e, f];

  const opened = async (wave?: string) => (await h.outbox<SurveyOpenedEvent>(SurveyOpened.subject)).filter((ev) => !wave || ev.wave === wave);
  const invitationOf = async (staffId: string, wave: string) => (await h.bus.request(ListMyInvitations, {}, as.staff(T, staffId))).find((i) => i.wave === wave);

  beforeAll(async () => {
    h = await startEvaluation();
    opener = h.moduleRef.get(SurveyOpener);
    // A second replica: its own pool on the same database, the same (moved) clock.
    orm2 = await openServiceOrm({ service: 'evaluation', clientUrl: h.db.url, entities: evaluationEntities, migrations: evaluationMigrations });
    replica = new SurveyOpener(orm2, new ParticipantKeys(orm2.em as EntityManager), h.clock, new EvaluationSettings());
    await h.publish(TenantCreated, { tenantId: T, code: 'dk', country: 'DK', enabledModules: ['evaluation'] });
    await h.publish(StaffProfileChanged, {
      staffId: e.mentor,
      tenantId: T,
      institutionId: randomUUID(),
      institutionKind: 'adult',
      region: 'North',
      unitId: null,
      position: 'officer',
      supervisesOthers: false,
      hiredOn: '2015-03-01',
      joinedInstitutionOn: '2015-03-01',
      previousInstitutionKind: null,
      shiftPatternId: null,
      shiftOffsetDays: 0,
      languages: ['da'],
      lineManagerId: null,
      leftServiceOn: '2026-03-01',
    });
    await h.bus.request(
      SaveSurveyPlan,
      {
        programmeId: PROGRAMME,
        waves: [
          { kind: 'baseline', mentorInstruments: ['who5'], menteeInstruments: ['who5'], dueWithinDays: 21, remindBeforeDueDays: 7 },
          { kind: 'midpoint', mentorInstruments: ['who5'], menteeInstruments: ['who5'], dueWithinDays: 14, remindBeforeDueDays: 3 },
          { kind: 'closure', mentorInstruments: ['who5'], menteeInstruments: [], dueWithinDays: 21, remindBeforeDueDays: 7 },
          { kind: 'follow_up', mentorInstruments: [], menteeInstruments: ['who5'], dueWithinDays: 30, remindBeforeDueDays: 7, monthsAfterEnd: 3 },
        ],
      },
      as.researcher(T),
    );
  }, 60_000);
  afterAll(async () => {
    await orm2?.close(true);
    await h?.close();
  });

  it('a duo starts: the baseline is announced at issue, the midpoint is not yet, and a sweep adds nothing', async () => {
    h.clock.day = '2026-01-05';
    for (const x of all) {
      await h.publish(RelationshipStarted, { tenantId: T, programmeId: PROGRAMME, cohortId: COHORT, relationshipId: x.relationshipId, mentorStaffId: x.mentor, menteeStaffId: x.mentee, on: '2026-01-05', plannedEndOn: '2026-07-05', proposalId: null });
    }
    expect((await opened('baseline')).map((ev) => ev.staffId).sort()).toEqual(all.flatMap((x) => [x.mentor, x.mentee]).sort());
    expect(await opened('midpoint')).toEqual([]);
    expect(await invitationOf(a.mentee, 'midpoint')).toMatchObject({ state: 'scheduled', opensOn: '2026-04-06' });
    // Announced at issue is recorded on the row; the scheduled midpoint is not.
    const rows = await h.sql<{ wave: string; announced: boolean }>(`select wave, opening_announced_at is not null as announced from evaluation.invitation`);
    expect(rows.filter((r) => r.wave === 'baseline').every((r) => r.announced)).toBe(true);
    expect(rows.filter((r) => r.wave === 'midpoint').some((r) => r.announced)).toBe(false);
    expect(await opener.sweep()).toBe(0);
    expect(await opened()).toHaveLength(all.length * 2);
  });

  it('before the midpoint: an early end withdraws it, an erasure and a leaver take effect; the day before it opens, nothing', async () => {
    h.clock.day = '2026-02-01';
    await h.publish(RelationshipEndedEarly, { tenantId: T, programmeId: PROGRAMME, cohortId: COHORT, relationshipId: c.relationshipId, mentorStaffId: c.mentor, menteeStaffId: c.mentee, on: '2026-02-01', reason: 'workload', rematchRequested: false, notAFit: false });
    expect(await invitationOf(c.mentee, 'midpoint')).toBeUndefined();
    await h.publish(RelationshipClosed, { tenantId: T, programmeId: PROGRAMME, cohortId: COHORT, relationshipId: f.relationshipId, mentorStaffId: f.mentor, menteeStaffId: f.mentee, on: '2026-02-01' });
    expect(await invitationOf(f.mentee, 'midpoint')).toMatchObject({ state: 'scheduled' });
    await h.publish(StaffErased, { tenantId: T, staffId: d.mentee, accountId: null });
    h.clock.day = '2026-04-05';
    expect(await opener.sweep()).toBe(0);
    expect(await opened('midpoint')).toEqual([]);
  });

  it('the midpoint opens: two replicas sweeping at once announce it exactly once to each respondent still due', async () => {
    h.clock.day = '2026-04-06';
    // b's respondents found the survey themselves before the sweep: one started it, one completed it.
    const started = await invitationOf(b.mentee, 'midpoint');
    await h.bus.request(SaveAnswers, { invitationId: started!.id, answers: who5.slice(0, 2), submit: false }, as.staff(T, b.mentee));
    const completed = await invitationOf(b.mentor, 'midpoint');
    await h.bus.request(SaveAnswers, { invitationId: completed!.id, answers: who5, submit: true }, as.staff(T, b.mentor));

    const [one, two] = await Promise.all([opener.sweep(), replica.sweep()]);
    expect(one + two).toBe(4);
    const mid = await opened('midpoint');
    // a: both; d: the mentor only (the mentee was erased); e: the mentee only (the mentor has left the
    // service); f: neither (the duo closed before its midpoint).
    expect(mid.map((ev) => ev.staffId).sort()).toEqual([a.mentor, a.mentee, d.mentor, e.mentee].sort());
    expect(new Set(mid.map((ev) => ev.invitationId)).size).toBe(mid.length);
    const aMentee = await invitationOf(a.mentee, 'midpoint');
    expect(mid.find((ev) => ev.staffId === a.mentee)).toEqual({ tenantId: T, staffId: a.mentee, wave: 'midpoint', dueOn: aMentee!.dueOn, invitationId: aMentee!.id });
    // Marked in the same transaction as the outbox row.
    const [{ n }] = await h.sql<{ n: string }>(`select count(*) as n from evaluation.invitation where wave = 'midpoint' and opening_announced_at is not null`);
    expect(Number(n)).toBe(mid.length);
    // A second sweep on either replica, later that day or the next, announces nothing more.
    expect(await opener.sweep()).toBe(0);
    expect(await replica.sweep()).toBe(0);
    h.clock.day = '2026-04-07';
    expect(await Promise.all([opener.sweep(), replica.sweep()])).toEqual([0, 0]);
    expect(await opened('midpoint')).toHaveLength(mid.length);
  });

  it('the follow-up, months after the duo closed, is announced on the day it opens', async () => {
    h.clock.day = '2026-07-05';
    await h.publish(RelationshipClosed, { tenantId: T, programmeId: PROGRAMME, cohortId: COHORT, relationshipId: a.relationshipId, mentorStaffId: a.mentor, menteeStaffId: a.mentee, on: '2026-07-05' });
    // The closure is open at once: announced at issue (c's and f's when they ended), and the sweep does not repeat it.
    expect((await opened('closure')).map((ev) => ev.staffId)).toEqual([c.mentor, f.mentor, a.mentor]);
    expect(await opener.sweep()).toBe(0);
    expect(await invitationOf(a.mentee, 'follow_up')).toMatchObject({ state: 'scheduled', opensOn: '2026-10-05' });
    h.clock.day = '2026-10-04';
    expect(await opener.sweep()).toBe(0);
    h.clock.day = '2026-10-05';
    // Another replica holds the row (its transaction is open, it has not committed): this sweep skips
    // it without waiting. That replica then dies before committing: nothing was announced, nothing lost.
    await orm2.em.fork().transactional(async (tx) => {
      expect(await new ParticipantKeys(tx as EntityManager).claimOpenings(tx as EntityManager, h.clock.today(), 10)).toHaveLength(1);
      expect(await opener.sweep()).toBe(0);
      throw new Error('replica crashed');
    }).catch((err: Error) => expect(err.message).toBe('replica crashed'));
    expect(await opened('follow_up')).toEqual([]);
    expect(await Promise.all([opener.sweep(), replica.sweep()]).then(([x, y]) => x + y)).toBe(1);
    expect((await opened('follow_up')).map((ev) => [ev.staffId, ev.dueOn])).toEqual([[a.mentee, '2026-11-04']]);
    expect(await opener.sweep()).toBe(0);
    expect(await opened('closure')).toHaveLength(3);
  });

  it('an invitation past its due date that was never announced stays silent', async () => {
    // A wave whose announcement was missed (e.g. before this sweep existed) and is over by now.
    await h.sql(`update evaluation.invitation set opening_announced_at = null where wave = 'midpoint' and started_at is null and completed_at is null`);
    h.clock.day = '2026-10-06';
    expect(await opener.sweep()).toBe(0);
  });
});
