import { randomUUID } from 'node:crypto';
import { ApplicationWithdrawn, CohortChanged, defaultPolicy, RelationshipEndedEarly, RelationshipStarted } from '@m4pris/programmes-contracts';
import { TenantCreated } from '@m4pris/identity-contracts';
import { CourseCompleted } from '@m4pris/training-contracts';
import { startMatching, type MatchingHarness } from '../../test/harness.js';
import { World } from '../../test/fixtures.js';

/**
 * Regression (fault suite: a consumer killed while holding an event gets it again after the 30 s ack
 * wait, after newer events about the same thing): a late, older event never overwrites the newer
 * state matching already copied — by the events' order keys (cohort, application) or, for
 * relationship events (no key: evaluation needs every one), by the projection itself.
 */
describe('late events do not overwrite newer projection state', () => {
  let h: MatchingHarness;
  let w: World;
  /** Instants after the set-up's own events (published now). */
  const base = Date.now() + 60_000;
  const at = (s: number) => new Date(base + s * 1000);

  beforeAll(async () => {
    h = await startMatching();
    w = new World(h);
    await w.setUp();
  });
  afterAll(() => h.close());

  const cohortEvent = (state: 'recruiting' | 'matching' | 'running', mentorCapacity: number) => ({
    tenantId: w.tenantId,
    programmeId: w.programmeId,
    cohortId: w.cohortId,
    state,
    policyVersion: 1,
    policy: Object.assign(defaultPolicy(), { mentorCapacity }),
    institutionIds: [],
    startsOn: '2026-09-01',
    endsOn: '2027-03-01',
  });
  const participant = async (applicationId: string) =>
    (await h.sql<{ active: boolean; matched: boolean }>('select active, matched from matching.participant where application_id = ?', [applicationId]))[0];

  it('a late cohort snapshot (same policy version) does not undo a newer state', async () => {
    await h.publish(CohortChanged, cohortEvent('running', 3), { occurredAt: at(20) });
    await h.publish(CohortChanged, cohortEvent('matching', 1), { occurredAt: at(10) }); // late
    const rows = await h.sql<{ state: string; policy: { mentorCapacity: number } }>('select state, policy from matching.cohort where id = ?', [w.cohortId]);
    expect(rows[0]).toMatchObject({ state: 'running', policy: { mentorCapacity: 3 } });
    const marks = await h.sql<{ n: string }>(`select count(*) as n from matching.event_watermark where key = ?`, [`programmes.cohort:${w.cohortId}`]);
    expect(Number(marks[0].n)).toBe(1);
  });

  it('a late acceptance does not bring back a withdrawn application; a late withdrawal does not undo a re-acceptance', async () => {
    const staffId = await w.staff({ institutionId: randomUUID() });
    const closed = { tenantId: w.tenantId, cohortId: w.cohortId, staffId };

    // Accepted at 10 (held by a consumer that died), withdrawn at 20, the acceptance redelivered at 30 s.
    const a = randomUUID();
    await h.publish(ApplicationWithdrawn, { ...closed, applicationId: a }, { occurredAt: at(20) });
    await w.apply(staffId, 'mentee', { applicationId: a }, at(10));
    expect(await participant(a)).toBeUndefined();

    // Accepted at 10, withdrawn at 20 (late), accepted again at 30.
    const b = randomUUID();
    await w.apply(staffId, 'mentee', { applicationId: b }, at(10));
    await w.apply(staffId, 'mentee', { applicationId: b }, at(30));
    await h.publish(ApplicationWithdrawn, { ...closed, applicationId: b }, { occurredAt: at(20) });
    expect(await participant(b)).toMatchObject({ active: true });
  });

  it('a late relationship start does not reopen a duo that ended early, nor mark the mentee matched again', async () => {
    const mentor = await w.staff({ institutionId: randomUUID() });
    const mentee = await w.staff({ institutionId: randomUUID() });
    const application = await w.apply(mentee, 'mentee');
    const relationshipId = randomUUID();
    const duo = { tenantId: w.tenantId, programmeId: w.programmeId, cohortId: w.cohortId, relationshipId, mentorStaffId: mentor, menteeStaffId: mentee, on: '2026-10-01' };
    await h.publish(RelationshipEndedEarly, { ...duo, on: '2026-10-20', reason: 'not_a_fit', rematchRequested: true, notAFit: true });
    await h.publish(RelationshipStarted, { ...duo, plannedEndOn: '2027-04-01', proposalId: null }); // late
    const rows = await h.sql<{ state: string; not_afit: boolean }>('select state, not_afit from matching.duo where relationship_id = ?', [relationshipId]);
    expect(rows[0]).toMatchObject({ state: 'ended_early', not_afit: true });
    expect(await participant(application)).toMatchObject({ active: true, matched: false });
  });

  it('a late tenant creation (without training) does not undo a training completion seen since', async () => {
    const tenantId = randomUUID();
    await h.publish(CourseCompleted, { tenantId, staffId: randomUUID(), courseId: randomUUID(), audience: 'mentor', courseVersion: 1, completedOn: '2026-06-01', certificateId: null });
    await h.publish(TenantCreated, { tenantId, code: `late-${tenantId.slice(0, 6)}`, country: 'DK', enabledModules: ['identity', 'programmes', 'matching'] });
    const rows = await h.sql<{ training_deployed: boolean }>('select training_deployed from matching.tenant_modules where tenant_id = ?', [tenantId]);
    expect(rows[0]?.training_deployed).toBe(true);
  });
});
