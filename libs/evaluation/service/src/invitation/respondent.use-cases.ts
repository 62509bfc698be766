import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '@m4pris/platform-core';
import { claimIdempotencyKey, recordEvent, Handles } from '@m4pris/platform-messaging';
import {
  EvaluationErrors,
  SaveAnswers,
  SurveyCompleted,
  type InstrumentCode,
  type InvitationDetailDto,
  type InvitationDto,
  type InvitationIdRequest,
  type MyScoreDto,
  type SaveAnswersRequest,
  type SurveyItemDto,
  type WaveKind,
  ListMyInvitations,
  GetMyInvitation,
  ListMyScores,
} from '@m4pris/evaluation-contracts';
import { INSTRUMENTS } from '../instrument/catalogue.js';
import { InstrumentTextSchema } from '../instrument/instrument-text.entity.js';
import { anchorLabel, ownItemText } from '../instrument/own-items.translations.js';
import { answerProblem, scoreInstrument, signposts } from '../instrument/scoring.js';
import { ParticipantKeys } from '../participant/participant-keys.js';
import { SurveyResponseSchema, type StoredAnswers, type StoredScores, type SurveyResponse } from '../response/survey-response.entity.js';
import { Clock, respondentOf } from '../shared/access.js';
import { InvitationSchema, type Invitation } from './invitation.entity.js';
import { invitationState, toInvitationDto } from './invitation.mapper.js';

/** The caller's own invitations: found through their participant codes (the key store), nothing else. */
@Injectable()
export class ListMyInvitationsUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly keys: ParticipantKeys,
    private readonly clock: Clock,
  ) {}

  @Handles(ListMyInvitations)
  async execute(_: object, ctx: RequestContext): Promise<InvitationDto[]> {
    const me = respondentOf(ctx);
    const codes = await this.keys.codesOf(me.tenantId, me.staffId);
    if (codes.length === 0) return [];
    const invitations = await this.em.find(InvitationSchema, { tenantId: me.tenantId, participantCode: { $in: codes } }, { orderBy: { opensOn: 'asc', wave: 'asc' } });
    const responses = await this.em.find(SurveyResponseSchema, { invitationId: { $in: invitations.map((i) => i.id) } });
    const today = this.clock.today();
    return invitations.map((inv) => toInvitationDto(inv, responses.find((r) => r.invitationId === inv.id), today));
  }
}

/** Loads one of the caller's invitations; anyone else's (or another tenant's) is NOT_FOUND. */
async function ownInvitation(em: EntityManager, keys: ParticipantKeys, ctx: RequestContext, invitationId: string): Promise<Invitation> {
  const me = respondentOf(ctx);
  const codes = await keys.codesOf(me.tenantId, me.staffId);
  const inv = codes.length ? await em.findOne(InvitationSchema, { id: invitationId, tenantId: me.tenantId, participantCode: { $in: codes } }) : null;
  if (!inv) throw EvaluationErrors.INVITATION_NOT_FOUND({ field: 'invitationId' });
  return inv;
}

async function detail(em: EntityManager, inv: Invitation, response: SurveyResponse | null, locale: string, today: string): Promise<InvitationDetailDto> {
  const texts = await em.find(InstrumentTextSchema, { tenantId: inv.tenantId, instrumentCode: { $in: inv.instruments } });
  const items: SurveyItemDto[] = [];
  for (const code of inv.instruments as InstrumentCode[]) {
    const def = INSTRUMENTS[code];
    // The tenant's text in the caller's locale, else the project's own wording in it (own items ship
    // in all five languages), else the tenant's English, else the own English wording. With no
    // wording at all (a licensed instrument not loaded), the answer labels are still the anchors'
    // meanings in the caller's language, never their keys.
    const text =
      texts.find((t) => t.instrumentCode === code && t.locale === locale) ??
      (ownItemText(code, locale) ? undefined : texts.find((t) => t.instrumentCode === code && t.locale === 'en'));
    const own = ownItemText(code, locale) ?? ownItemText(code, 'en');
    for (const item of def.items) {
      items.push({
        instrumentCode: code,
        itemId: item.id,
        text: text?.items[item.id] ?? own?.items[item.id] ?? null,
        responseMin: def.responseMin,
        responseMax: def.responseMax,
        anchors: text?.anchors ?? own?.anchors ?? def.responseAnchors.map((a) => anchorLabel(a, locale)),
        value: response?.answers[code]?.[item.id] ?? null,
      });
    }
  }
  const attributions = (inv.instruments as InstrumentCode[]).map((c) => INSTRUMENTS[c].licence.attribution);
  return { ...toInvitationDto(inv, response, today), items, attributions };
}

@Injectable()
export class GetMyInvitationUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly keys: ParticipantKeys,
    private readonly clock: Clock,
  ) {}

  @Handles(GetMyInvitation)
  async execute(input: InvitationIdRequest, ctx: RequestContext): Promise<InvitationDetailDto> {
    const inv = await ownInvitation(this.em, this.keys, ctx, input.invitationId);
    const response = await this.em.findOne(SurveyResponseSchema, { invitationId: inv.id });
    return detail(this.em, inv, response, ctx.locale, this.clock.today());
  }
}

/**
 * Saves answers (a partial response can be resumed later) and, with `submit`, completes it: every
 * answer is checked against its instrument, and each score needs its minimum number of items.
 */
@Injectable()
export class SaveAnswersUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly keys: ParticipantKeys,
    private readonly clock: Clock,
  ) {}

  @Handles(SaveAnswers)
  async execute(input: SaveAnswersRequest, ctx: RequestContext): Promise<InvitationDetailDto> {
    const inv = await ownInvitation(this.em, this.keys, ctx, input.invitationId);
    const today = this.clock.today();
    if (input.idempotencyKey) {
      // The caller is keyed by the invitation's participant code: no account id is stored beside answers.
      const first = await claimIdempotencyKey(this.em, { tenantId: inv.tenantId, callerId: inv.participantCode, key: input.idempotencyKey, operation: SaveAnswers.subject, request: input, resultId: inv.id });
      if (first) return detail(this.em, inv, await this.em.findOne(SurveyResponseSchema, { invitationId: inv.id }), ctx.locale, today);
    }
    const state = invitationState(inv, today);
    if (state === 'completed') throw EvaluationErrors.INVITATION_COMPLETED({ field: 'invitationId' });
    if (state === 'expired') throw EvaluationErrors.INVITATION_EXPIRED({ field: 'invitationId', params: { dueOn: inv.dueOn } });
    if (state === 'scheduled') throw EvaluationErrors.INVITATION_NOT_OPEN({ field: 'invitationId', params: { opensOn: inv.opensOn } });
    input.answers.forEach((a, i) => {
      const field = `answers[${i}]`;
      if (!inv.instruments.includes(a.instrumentCode))
        throw EvaluationErrors.ANSWER_INVALID({ field: `${field}.instrumentCode`, params: { field: `${field}.instrumentCode`, reason: `${a.instrumentCode} is not part of this survey` } });
      const problem = answerProblem(INSTRUMENTS[a.instrumentCode], a.itemId, a.value);
      if (problem) throw EvaluationErrors.ANSWER_INVALID({ field: `${field}.value`, params: { field: `${field}.value`, reason: problem } });
    });
    const response =
      (await this.em.findOne(SurveyResponseSchema, { invitationId: inv.id })) ??
      this.em.create(SurveyResponseSchema, {
        invitationId: inv.id,
        tenantId: inv.tenantId,
        programmeId: inv.programmeId,
        participantCode: inv.participantCode,
        role: inv.role,
        wave: inv.wave,
        answers: {},
        scores: null,
        completedOn: null,
      });
    const answers: StoredAnswers = structuredClone(response.answers);
    for (const a of input.answers) {
      const byItem = (answers[a.instrumentCode] ??= {});
      if (a.value === null || a.value === undefined) delete byItem[a.itemId];
      else byItem[a.itemId] = a.value;
    }
    response.answers = answers;
    inv.startedAt ??= this.clock.now();
    if (input.submit) {
      const scores: StoredScores = {};
      let missing = 0;
      for (const code of inv.instruments as InstrumentCode[]) {
        const def = INSTRUMENTS[code];
        const results = scoreInstrument(def, answers[code] ?? {});
        scores[code] = Object.fromEntries(results.map((r) => [r.code, r.value]));
        for (const s of def.scores) {
          const answered = s.items.filter((id) => answers[code]?.[id] !== undefined).length;
          missing += Math.max(0, s.minAnswered - answered);
        }
      }
      if (missing > 0) throw EvaluationErrors.RESPONSE_INCOMPLETE({ field: 'answers', params: { missing } });
      response.scores = scores;
      response.completedOn = today;
      inv.completedAt = this.clock.now();
      // Ids only, for notifications alone (no reminder to someone who answered): no answer, score or code.
      recordEvent(this.em, SurveyCompleted, { tenantId: inv.tenantId, invitationId: inv.id, staffId: respondentOf(ctx).staffId }, { tenantId: inv.tenantId });
    }
    await this.em.flush();
    return detail(this.em, inv, response, ctx.locale, today);
  }
}

/** The respondent's own scores (with the WHO-5 signpost): shown to them and to nobody else. */
@Injectable()
export class ListMyScoresUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly keys: ParticipantKeys,
  ) {}

  @Handles(ListMyScores)
  async execute(_: object, ctx: RequestContext): Promise<MyScoreDto[]> {
    const me = respondentOf(ctx);
    const codes = await this.keys.codesOf(me.tenantId, me.staffId);
    if (codes.length === 0) return [];
    const responses = await this.em.find(SurveyResponseSchema, { tenantId: me.tenantId, participantCode: { $in: codes }, completedOn: { $ne: null } }, { orderBy: { completedOn: 'asc' } });
    const out: MyScoreDto[] = [];
    for (const r of responses) {
      for (const [code, byScore] of Object.entries(r.scores ?? {})) {
        const def = INSTRUMENTS[code as InstrumentCode];
        const results = Object.entries(byScore).map(([score, value]) => ({ code: score, value, answered: 0 }));
        const flag = signposts(def, results);
        for (const s of def.scores) {
          out.push({
            invitationId: r.invitationId,
            wave: r.wave as WaveKind,
            instrumentCode: def.code,
            score: s.code,
            value: byScore[s.code] ?? null,
            min: s.min,
            max: s.max,
            signpost: flag && def.signpost?.score === s.code,
            completedOn: r.completedOn!,
          });
        }
      }
    }
    return out;
  }
}
