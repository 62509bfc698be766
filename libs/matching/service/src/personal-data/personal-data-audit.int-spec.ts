import { randomUUID } from 'node:crypto';
import { personalDataPart, personalDataRead, type PersonalDataReadEvent } from '@m4pris/platform-core';
import { GetMatchRun, ListMatchRuns, RunMatch, type MatchRunDto } from '@m4pris/matching-contracts';
import { as, startMatching, type MatchingHarness } from '../../test/harness.js';
import { World } from '../../test/fixtures.js';

/*
 * Issue 13: a coordinator reading a match run (proposals naming both sides, with the profile
 * breakdown, and the unmatched) is audit-logged — one `matching.v1.personalData.read` event per
 * request with every person of the answer (identity writes it into its audit log). Each test fails
 * when its `auditRead` call is removed.
 */
const READ = personalDataRead('matching');

describe('matching: reads of match runs are audit-logged', () => {
  let h: MatchingHarness;
  let w: World;
  let run: MatchRunDto;
  const I1 = randomUUID();
  const people: string[] = [];
  const reads = () => h.outbox<PersonalDataReadEvent>(READ.subject);
  const since = async (n: number) => (await reads()).slice(n);
  const everyone = (r: MatchRunDto) => [...new Set([...r.proposals.flatMap((p) => [p.mentorStaffId, p.menteeStaffId]), ...r.unmatched.map((u) => u.staffId)])].sort();

  beforeAll(async () => {
    h = await startMatching();
    w = new World(h);
    await w.setUp();
    const mentor = await w.staff({ institutionId: I1, hiredOn: '2015-01-01' });
    const mentee = await w.staff({ institutionId: I1, hiredOn: '2026-02-01' });
    const waiting = await w.staff({ institutionId: I1, hiredOn: '2026-03-01' });
    people.push(mentor, mentee, waiting);
    await w.apply(mentor, 'mentor');
    await w.apply(mentee, 'mentee');
    await w.apply(waiting, 'mentee');
    await w.trained(mentor);
    run = await h.bus.request(RunMatch, { cohortId: w.cohortId }, as.coordinator(w.tenantId));
  });
  afterAll(() => h.close());

  it('a coordinator reading a run: one record naming everyone the run is about', async () => {
    expect(everyone(run)).toEqual([...people].sort());
    const n = (await reads()).length;
    const coord = as.coordinator(w.tenantId);
    await h.bus.request(GetMatchRun, { runId: run.id }, coord);
    const events = await since(n);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'run.get', actorId: coord.userId, subjectCount: 3, pseudonymous: false });
    expect([...events[0]!.subjectIds].sort()).toEqual([...people].sort());
  });

  it("a coordinator listing a cohort's runs: one record for the request, not one per run or row", async () => {
    await h.bus.request(RunMatch, { cohortId: w.cohortId }, as.coordinator(w.tenantId));
    const n = (await reads()).length;
    const coord = as.coordinator(w.tenantId);
    const runs = await h.bus.request(ListMatchRuns, { cohortId: w.cohortId }, coord);
    expect(runs.length).toBe(2);
    const events = await since(n);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'run.list', subjectCount: 3 });
  });

  it("the data subject's export of their matching part is logged", async () => {
    const n = (await reads()).length;
    const me = as.staff(w.tenantId, people[1]!);
    await h.bus.request(personalDataPart('matching'), { staffId: people[1]! }, me);
    expect(await since(n)).toEqual([{ action: 'personalData.export', actorId: me.userId, subjectIds: [people[1]], subjectCount: 1, pseudonymous: false }]);
  });
});
