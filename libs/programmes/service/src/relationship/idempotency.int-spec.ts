import { randomUUID } from 'node:crypto';
import { ListMeetings, LogMeeting, MeetingLogged } from '@m4pris/programmes-contracts';
import type { RequestContext } from '@m4pris/platform-core';
import { as, failure, startProgrammes, type ProgrammesHarness } from '../../test/harness.js';
import { seedTenant, type Seeded } from '../../test/seed.js';

/*
 * logMeeting with a client-generated idempotency key (the web app's offline queue): a replay by the
 * same caller in the same tenant answers with the first meeting and writes nothing; the same key
 * with other content is a typed conflict; replays racing each other end with one row (the primary
 * key decides, not a check before the insert).
 */
const T = randomUUID();
const today = new Date().toISOString().slice(0, 10);

describe('programmes: logMeeting with an idempotency key', () => {
  let h: ProgrammesHarness;
  let duo: Seeded;
  let mentee: RequestContext;

  beforeAll(async () => {
    h = await startProgrammes();
    duo = await seedTenant(h, T);
    // One caller: the same account (userId) and staff member for every request below.
    mentee = as.staff(T, duo.mentee);
  });
  afterAll(() => h.close());

  const meeting = (key: string, over: object = {}) => ({ relationshipId: duo.relationshipId, heldOn: today, durationMinutes: 30, duringShift: false, functions: ['job_familiarisation' as const], idempotencyKey: key, ...over });
  const count = async (): Promise<number> => (await h.bus.request(ListMeetings, { relationshipId: duo.relationshipId }, mentee)).length;
  const rows = async (key: string): Promise<number> =>
    Number((await h.sql<{ n: string }>(`select count(*) as n from programmes.idempotency_key where key = ?`, [key]))[0].n);

  it('a replay answers with the first meeting and logs nothing new (meeting count and events unchanged)', async () => {
    const before = await count();
    const eventsBefore = (await h.events(MeetingLogged)).length;
    const key = randomUUID();
    const first = await h.bus.request(LogMeeting, meeting(key), mentee);
    const again = await h.bus.request(LogMeeting, meeting(key), mentee);
    expect(again).toEqual(first);
    expect(await count()).toBe(before + 1);
    expect(await rows(key)).toBe(1);
    expect((await h.events(MeetingLogged)).length).toBe(eventsBefore + 1);
  });

  it('the same key with different content is a typed CONFLICT naming idempotencyKey, and writes nothing', async () => {
    const key = randomUUID();
    await h.bus.request(LogMeeting, meeting(key), mentee);
    const before = await count();
    const err = await failure(h.bus.request(LogMeeting, meeting(key, { durationMinutes: 90 }), mentee));
    expect({ code: err.code, category: err.category, field: err.field }).toEqual({ code: 'common.IDEMPOTENCY_KEY_REUSED', category: 'CONFLICT', field: 'idempotencyKey' });
    expect(await count()).toBe(before);
  });

  it('two concurrent replays of a new key yield one meeting and the same answer', async () => {
    const before = await count();
    const key = randomUUID();
    const [a, b] = await Promise.all([h.bus.request(LogMeeting, meeting(key), mentee), h.bus.request(LogMeeting, meeting(key), mentee)]);
    expect(a.id).toBe(b.id);
    expect(await count()).toBe(before + 1);
    expect(await rows(key)).toBe(1);
  });

  it('the key belongs to its caller: the other member of the duo with the same key logs their own meeting', async () => {
    const before = await count();
    const key = randomUUID();
    const mine = await h.bus.request(LogMeeting, meeting(key), mentee);
    const theirs = await h.bus.request(LogMeeting, meeting(key), as.staff(T, duo.mentor));
    expect(theirs.id).not.toBe(mine.id);
    expect(await count()).toBe(before + 2);
  });

  it('a key that is not a UUID is refused, naming the field', async () => {
    const err = await failure(h.bus.request(LogMeeting, meeting('not-a-uuid'), mentee));
    expect({ code: err.code, field: err.field }).toEqual({ code: 'common.INVALID_INPUT', field: 'idempotencyKey' });
  });

  it('a failed first attempt leaves the key free: the retry logs the meeting', async () => {
    const key = randomUUID();
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect((await failure(h.bus.request(LogMeeting, meeting(key, { heldOn: tomorrow }), mentee))).code).toBe('programmes.MEETING_DATE_INVALID');
    expect(await rows(key)).toBe(0);
    const before = await count();
    await h.bus.request(LogMeeting, meeting(key), mentee);
    expect(await count()).toBe(before + 1);
  });
});
