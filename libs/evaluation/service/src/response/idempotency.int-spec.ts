import { randomUUID } from 'node:crypto';
import { GetMyInvitation, SaveAnswers, SurveyCompleted } from '@m4pris/evaluation-contracts';
import type { RequestContext } from '@m4pris/platform-core';
import { as, failure, startEvaluation, type EvaluationHarness } from '../../test/harness.js';
import { seedSurvey, type SeededSurvey } from '../../test/seed.js';

/*
 * saveSurveyAnswers with a client-generated idempotency key (the web app's offline queue): a replay
 * by the same respondent saves nothing new and answers with the invitation; the same key with other
 * content is a typed conflict; concurrent replays leave one key row. The key row names the
 * respondent by participant code, never by account or staff id (answers stay pseudonymous).
 */
const T = randomUUID();
const answer = (item: number, value: number) => ({ instrumentCode: 'who5' as const, itemId: `who5_${item}`, value });

describe('evaluation: saveSurveyAnswers with an idempotency key', () => {
  let h: EvaluationHarness;
  let s: SeededSurvey;
  let me: RequestContext;

  beforeAll(async () => {
    h = await startEvaluation();
    s = await seedSurvey(h, T);
    me = as.staff(T, s.mentee);
  });
  afterAll(() => h.close());

  const valueOf = async (item: number): Promise<number | null> =>
    (await h.bus.request(GetMyInvitation, { invitationId: s.invitationId }, me)).items.find((i) => i.itemId === `who5_${item}`)!.value;
  const keyRows = async (key: string) => h.sql<{ caller_id: string; result_id: string }>(`select caller_id, result_id from evaluation.idempotency_key where key = ?`, [key]);

  it('a replay saves nothing new: a later change is not undone by replaying an earlier save', async () => {
    const k1 = randomUUID();
    const first = await h.bus.request(SaveAnswers, { invitationId: s.invitationId, answers: [answer(1, 2)], submit: false, idempotencyKey: k1 }, me);
    expect(first.items.find((i) => i.itemId === 'who5_1')!.value).toBe(2);
    await h.bus.request(SaveAnswers, { invitationId: s.invitationId, answers: [answer(1, 4)], submit: false, idempotencyKey: randomUUID() }, me);
    const replay = await h.bus.request(SaveAnswers, { invitationId: s.invitationId, answers: [answer(1, 2)], submit: false, idempotencyKey: k1 }, me);
    expect(replay.id).toBe(s.invitationId);
    expect(await valueOf(1)).toBe(4);
    expect((await keyRows(k1)).length).toBe(1);
  });

  it('the key row names the respondent by participant code only (no account or staff id beside answers)', async () => {
    const key = randomUUID();
    await h.bus.request(SaveAnswers, { invitationId: s.invitationId, answers: [answer(2, 3)], submit: false, idempotencyKey: key }, me);
    const [row] = await keyRows(key);
    const [inv] = await h.sql<{ participant_code: string }>(`select participant_code from evaluation.invitation where id = ?`, [s.invitationId]);
    expect(row).toEqual({ caller_id: inv.participant_code, result_id: s.invitationId });
    expect(row.caller_id).not.toBe(s.mentee);
    expect(row.caller_id).not.toBe(me.userId);
  });

  it('the same key with different content is a typed CONFLICT naming idempotencyKey, and saves nothing', async () => {
    const key = randomUUID();
    await h.bus.request(SaveAnswers, { invitationId: s.invitationId, answers: [answer(3, 1)], submit: false, idempotencyKey: key }, me);
    const err = await failure(h.bus.request(SaveAnswers, { invitationId: s.invitationId, answers: [answer(3, 5)], submit: false, idempotencyKey: key }, me));
    expect({ code: err.code, category: err.category, field: err.field }).toEqual({ code: 'common.IDEMPOTENCY_KEY_REUSED', category: 'CONFLICT', field: 'idempotencyKey' });
    expect(await valueOf(3)).toBe(1);
  });

  it('two concurrent replays of a new key leave one key row and the same answer', async () => {
    const key = randomUUID();
    const input = { invitationId: s.invitationId, answers: [answer(4, 5)], submit: false, idempotencyKey: key };
    const [a, b] = await Promise.all([h.bus.request(SaveAnswers, input, me), h.bus.request(SaveAnswers, input, me)]);
    expect(a).toEqual(b);
    expect((await keyRows(key)).length).toBe(1);
    expect(await valueOf(4)).toBe(5);
  });

  it('a key that is not a UUID is refused, naming the field', async () => {
    const err = await failure(h.bus.request(SaveAnswers, { invitationId: s.invitationId, answers: [], submit: false, idempotencyKey: '123' }, me));
    expect({ code: err.code, field: err.field }).toEqual({ code: 'common.INVALID_INPUT', field: 'idempotencyKey' });
  });

  it('a replayed submit publishes survey.completed once (ids only)', async () => {
    const all = [1, 2, 3, 4, 5].map((i) => answer(i, 3));
    const key = randomUUID();
    const submit = { invitationId: s.invitationId, answers: all, submit: true, idempotencyKey: key };
    expect((await h.bus.request(SaveAnswers, submit, me)).state).toBe('completed');
    expect((await h.bus.request(SaveAnswers, submit, me)).state).toBe('completed');
    expect(await h.outbox(SurveyCompleted.subject)).toEqual([{ tenantId: T, invitationId: s.invitationId, staffId: s.mentee }]);
  });
});
