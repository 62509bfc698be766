import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { hasTenantRole, releasedByClosedDays, type RequestContext } from '@m4pris/platform-core';
import {
  MIN_CELL_NUMERIC,
  MIN_CELL_SENSITIVE,
  WAVE_KINDS,
  type AttritionDto,
  type Breakdown,
  type InstrumentCode,
  type PrePostCellDto,
  type PrePostReportDto,
  type PrePostReportRequest,
  type ProgrammeOutcomesDto,
  type ResponseFlowDto,
  type RetentionDto,
  type WaveKind,
  GetPrePostReport,
  GetResponseFlow,
  GetProgrammeOutcomes,
} from '@m4pris/evaluation-contracts';
import { INSTRUMENTS } from '../instrument/catalogue.js';
import { scoreResolution } from '../instrument/scoring.js';
import { InvitationSchema, type Invitation } from '../invitation/invitation.entity.js';
import { invitationState } from '../invitation/invitation.mapper.js';
import { ParticipantSchema, type Participant } from '../participant/participant.entity.js';
import { assertOwnProgramme } from '../plan/plan.use-cases.js';
import { RelationshipFactSchema, StaffFactSchema } from '../projection/projection.entities.js';
import { SurveyResponseSchema, type SurveyResponse } from '../response/survey-response.entity.js';
import { addMonths, AGGREGATE_READERS, Clock, tenantOf } from '../shared/access.js';
import { mean, median, pairedChange, reliableChange, sd } from './paired-stats.js';
import { suppressedKeys } from './suppression.js';
import { Handles } from '@m4pris/platform-messaging';

interface Pair {
  code: string;
  pre: number;
  post: number;
  /** Day the pair was completed (its post response). */
  day: string;
}

/**
 * Managers (coordinators, tenant admins) see frozen releases (docs/disclosure-control.md): the
 * researcher, who holds the pseudonymised data anyway, sees live figures.
 */
function managerView(ctx: RequestContext, tenantId: string): boolean {
  return !hasTenantRole(ctx, tenantId, ['researcher']);
}

const EMPTY_STATS = {
  pairs: null,
  preMean: null,
  postMean: null,
  meanChange: null,
  ciLow: null,
  ciHigh: null,
  t: null,
  pValue: null,
  wilcoxonTPlus: null,
  wilcoxonTMinus: null,
  wilcoxonP: null,
  dz: null,
  gz: null,
  rankBiserial: null,
  reliablyImproved: null,
  reliablyDeteriorated: null,
};

function groupOf(p: Participant | undefined, breakdown: Breakdown): string {
  if (!p) return 'unknown';
  if (breakdown === 'role') return p.role;
  if (breakdown === 'institution') return p.institutionId ?? 'unknown';
  return p.country ?? 'unknown';
}

/** Completed responses of a programme's waves, with the pseudonymous participants they belong to. */
async function completedResponses(em: EntityManager, tenantId: string, programmeId: string, waves: WaveKind[]) {
  const responses = await em.find(SurveyResponseSchema, { tenantId, programmeId, wave: { $in: waves }, completedOn: { $ne: null } }, { orderBy: { completedOn: 'asc' } });
  const participants = await em.find(ParticipantSchema, { tenantId, programmeId });
  return { responses, participants: new Map(participants.map((p) => [p.code, p])) };
}

/**
 * Per participant: their first response of `pre` and last of `post` (first of `post` for a frozen
 * release, so a released pair never changes), for one score.
 */
function pairsOf(responses: SurveyResponse[], pre: WaveKind, post: WaveKind, instrument: string, score: string, firstPost = false): Pair[] {
  const first = new Map<string, number>();
  const last = new Map<string, { v: number; day: string }>();
  for (const r of responses) {
    const v = r.scores?.[instrument]?.[score];
    if (v === null || v === undefined) continue;
    if (r.wave === pre && !first.has(r.participantCode)) first.set(r.participantCode, v);
    if (r.wave === post && !(firstPost && last.has(r.participantCode))) last.set(r.participantCode, { v, day: r.completedOn! });
  }
  return [...first].filter(([code]) => last.has(code)).map(([code, v]) => ({ code, pre: v, post: last.get(code)!.v, day: last.get(code)!.day }));
}

function cellFor(instrument: InstrumentCode, score: string, group: string | null, pairs: Pair[], numericHidden: boolean, sensitiveHidden: boolean): PrePostCellDto {
  const def = INSTRUMENTS[instrument].scores.find((s) => s.code === score)!;
  const base = { instrumentCode: instrument, score, group, higherIsBetter: def.higherIsBetter };
  if (numericHidden || pairs.length < MIN_CELL_NUMERIC) return { ...base, ...EMPTY_STATS, suppressed: true };
  const pre = pairs.map((p) => p.pre);
  const post = pairs.map((p) => p.post);
  const s = pairedChange(pre, post, scoreResolution(INSTRUMENTS[instrument], score));
  const rc = !sensitiveHidden && pairs.length >= MIN_CELL_SENSITIVE ? reliableChange(pre, post, def.reliability, def.higherIsBetter) : null;
  return {
    ...base,
    suppressed: false,
    pairs: s.n,
    preMean: s.preMean,
    postMean: s.postMean,
    meanChange: s.meanChange,
    ciLow: s.ciLow,
    ciHigh: s.ciHigh,
    t: s.t,
    pValue: s.pValue,
    wilcoxonTPlus: s.wilcoxonTPlus,
    wilcoxonTMinus: s.wilcoxonTMinus,
    wilcoxonP: s.wilcoxonP,
    dz: s.dz,
    gz: s.gz,
    rankBiserial: s.rankBiserial,
    reliablyImproved: rc ? rc.improved / rc.n : null,
    reliablyDeteriorated: rc ? rc.deteriorated / rc.n : null,
  };
}

/**
 * Paired pre/post analysis per instrument and score, overall and (optionally) by role, institution
 * or country. Aggregates only: a cell under 5 pairs is suppressed, reliable-change proportions need
 * 10, and complementary suppression hides a second group whenever one group of a breakdown is
 * hidden, so no group can be recovered from the overall figures by subtraction.
 */
@Injectable()
export class PrePostReportUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  @Handles(GetPrePostReport)
  async execute(input: PrePostReportRequest, ctx: RequestContext): Promise<PrePostReportDto> {
    const tenantId = tenantOf(ctx, AGGREGATE_READERS);
    await assertOwnProgramme(this.em, tenantId, input.programmeId, true);
    const managers = managerView(ctx, tenantId);
    // Managers get the overall baseline → closure cells only, each a frozen release: other wave
    // pairs or breakdowns would be further views of overlapping sets whose differences could
    // isolate one person (docs/disclosure-control.md).
    const pre = managers ? 'baseline' : (input.pre ?? 'baseline');
    const post = managers ? 'closure' : (input.post ?? 'closure');
    const breakdown = managers ? null : (input.breakdown ?? null);
    const today = this.clock.today();
    const { responses, participants } = await completedResponses(this.em, tenantId, input.programmeId, [pre, post]);
    const cells: PrePostCellDto[] = [];
    const instruments = [...new Set(responses.flatMap((r) => Object.keys(r.scores ?? {})))].sort() as InstrumentCode[];
    for (const instrument of instruments) {
      for (const { code: score } of INSTRUMENTS[instrument].scores) {
        const all = pairsOf(responses, pre, post, instrument, score, managers);
        const pairs = managers ? releasedByClosedDays(all, (p) => p.day, today, MIN_CELL_NUMERIC) : all;
        if (pairs.length === 0) {
          if (managers && all.length > 0) cells.push(cellFor(instrument, score, null, [], true, true));
          continue;
        }
        const overall = cellFor(instrument, score, null, pairs, false, false);
        cells.push(overall);
        if (!breakdown) continue;
        const groups = new Map<string, Pair[]>();
        for (const p of pairs) {
          const g = groupOf(participants.get(p.code), breakdown);
          groups.set(g, [...(groups.get(g) ?? []), p]);
        }
        const sizes = [...groups].map(([key, ps]) => ({ key, n: ps.length }));
        const hidden = suppressedKeys(sizes, MIN_CELL_NUMERIC);
        const hiddenSensitive = suppressedKeys(sizes, MIN_CELL_SENSITIVE);
        for (const [key, ps] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
          cells.push(cellFor(instrument, score, key, ps, overall.suppressed || hidden.has(key), overall.reliablyImproved === null || hiddenSensitive.has(key)));
        }
      }
    }
    return { programmeId: input.programmeId, pre, post, breakdown, minCell: MIN_CELL_NUMERIC, minCellSensitive: MIN_CELL_SENSITIVE, cells };
  }
}

/**
 * "Reminders due" counts the not-yet-completed invitations (not started + started) past their
 * reminder date. Shown only when both of those states are shown (otherwise, once every invitation
 * is past its reminder date, it equals their sum and gives a hidden one back), and when neither it
 * nor its remainder (open invitations not yet due a reminder) is a small non-empty group.
 */
function remindersShown(counts: { notStarted: number; started: number }, reminders: number, partsHidden: boolean): boolean {
  if (partsHidden) return false;
  const small = (n: number) => n > 0 && n < MIN_CELL_NUMERIC;
  return !small(reminders) && !small(counts.notStarted + counts.started - reminders);
}

/** Response flow per wave (invited, not started, started, completed, expired) and completers vs drop-outs. */
@Injectable()
export class ResponseFlowUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  @Handles(GetResponseFlow)
  async execute(input: { programmeId: string }, ctx: RequestContext): Promise<ResponseFlowDto> {
    const tenantId = tenantOf(ctx, AGGREGATE_READERS);
    await assertOwnProgramme(this.em, tenantId, input.programmeId, true);
    const today = this.clock.today();
    const invitations = await this.em.find(InvitationSchema, { tenantId, programmeId: input.programmeId });
    const waves = WAVE_KINDS.filter((w) => invitations.some((i) => i.wave === w)).map((wave) => {
      const opened = invitations.filter((i) => i.wave === wave && i.opensOn <= today);
      const counts = { notStarted: 0, started: 0, completed: 0, expired: 0 };
      let reminders = 0;
      for (const inv of opened) {
        const state = invitationState(inv, today);
        if (state === 'open') counts.notStarted++;
        else if (state === 'started') counts.started++;
        else if (state === 'completed') counts.completed++;
        else if (state === 'expired') counts.expired++;
        if ((state === 'open' || state === 'started') && today >= inv.remindOn) reminders++;
      }
      const invitedHidden = opened.length > 0 && opened.length < MIN_CELL_NUMERIC;
      const hidden = suppressedKeys(Object.entries(counts).map(([key, n]) => ({ key, n })), MIN_CELL_NUMERIC);
      const show = (key: keyof typeof counts) => (invitedHidden || hidden.has(key) ? null : counts[key]);
      return {
        wave,
        invited: invitedHidden ? null : opened.length,
        notStarted: show('notStarted'),
        started: show('started'),
        completed: show('completed'),
        expired: show('expired'),
        remindersDue: remindersShown(counts, reminders, invitedHidden || hidden.has('notStarted') || hidden.has('started')) ? reminders : null,
      };
    });
    return { programmeId: input.programmeId, waves, attrition: await this.attrition(tenantId, input.programmeId, invitations, today, managerView(ctx, tenantId)) };
  }

  /** Baseline scores of those who completed closure vs those whose closure survey expired. */
  private async attrition(tenantId: string, programmeId: string, invitations: Invitation[], today: string, managers: boolean): Promise<AttritionDto[]> {
    const closure = invitations.filter((i) => i.wave === 'closure');
    // Managers: frozen releases (completers by the day they completed, drop-outs by the day their
    // closure survey expired), so one more completer or drop-out never moves a shown mean.
    const release = (xs: Invitation[], dayOf: (i: Invitation) => string) => (managers ? releasedByClosedDays(xs, dayOf, today, MIN_CELL_NUMERIC) : xs);
    const completers = new Set(release(closure.filter((i) => i.completedAt), (i) => i.completedAt!.toISOString().slice(0, 10)).map((i) => i.participantCode));
    const dropOuts = new Set(release(closure.filter((i) => invitationState(i, today) === 'expired'), (i) => i.dueOn).map((i) => i.participantCode));
    const { responses } = await completedResponses(this.em, tenantId, programmeId, ['baseline']);
    const out: AttritionDto[] = [];
    const instruments = [...new Set(responses.flatMap((r) => Object.keys(r.scores ?? {})))].sort() as InstrumentCode[];
    for (const instrument of instruments) {
      for (const { code: score } of INSTRUMENTS[instrument].scores) {
        const values = (set: Set<string>) => responses.filter((r) => set.has(r.participantCode)).map((r) => r.scores?.[instrument]?.[score]).filter((v): v is number => typeof v === 'number');
        const a = values(completers);
        const b = values(dropOuts);
        const suppressed = a.length < MIN_CELL_NUMERIC || b.length < MIN_CELL_NUMERIC;
        const pooled = Math.sqrt(((a.length - 1) * sd(a) ** 2 + (b.length - 1) * sd(b) ** 2) / Math.max(1, a.length + b.length - 2));
        out.push({
          instrumentCode: instrument,
          score,
          suppressed,
          completers: suppressed ? null : a.length,
          dropOuts: suppressed ? null : b.length,
          completersBaselineMean: suppressed ? null : mean(a),
          dropOutsBaselineMean: suppressed ? null : mean(b),
          standardisedDifference: suppressed || pooled === 0 ? null : (mean(a) - mean(b)) / pooled,
        });
      }
    }
    return out;
  }
}

/** Programme figures: duos, meetings, early endings, and retention of mentees beside comparable non-participants. */
@Injectable()
export class ProgrammeOutcomesUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  @Handles(GetProgrammeOutcomes)
  async execute(input: { programmeId: string }, ctx: RequestContext): Promise<ProgrammeOutcomesDto> {
    const tenantId = tenantOf(ctx, AGGREGATE_READERS);
    await assertOwnProgramme(this.em, tenantId, input.programmeId, true);
    const today = this.clock.today();
    const facts = await this.em.find(RelationshipFactSchema, { tenantId, programmeId: input.programmeId });
    const meetings = facts.map((f) => f.meetings);
    const menteeIds = new Set(facts.map((f) => f.menteeStaffId).filter((x): x is string => Boolean(x)));
    const everMentee = new Set((await this.em.find(RelationshipFactSchema, { tenantId }, { fields: ['menteeStaffId'] })).map((f) => f.menteeStaffId));
    const staff = await this.em.find(StaffFactSchema, { tenantId });
    const mentees = staff.filter((s) => menteeIds.has(s.staffId));
    const hired = mentees.map((s) => s.hiredOn).sort();
    const comparison = hired.length ? staff.filter((s) => !everMentee.has(s.staffId) && s.hiredOn >= hired[0]! && s.hiredOn <= hired[hired.length - 1]!) : [];
    const retention: RetentionDto[] = [3, 6, 12].map((months) => {
      const rate = (group: typeof staff) => {
        const eligible = group.filter((s) => addMonths(s.hiredOn, months) <= today);
        const retained = eligible.filter((s) => !s.leftServiceOn || s.leftServiceOn > addMonths(s.hiredOn, months)).length;
        return eligible.length < MIN_CELL_NUMERIC ? { n: null, share: null } : { n: eligible.length, share: retained / eligible.length };
      };
      const m = rate(mentees);
      const c = rate(comparison);
      return { months, mentees: m.n, menteesRetained: m.share, comparison: c.n, comparisonRetained: c.share };
    });
    return {
      programmeId: input.programmeId,
      duosFormed: facts.length,
      activeDuos: facts.filter((f) => f.state === 'active').length,
      closedDuos: facts.filter((f) => f.state === 'closed').length,
      endedEarly: facts.filter((f) => f.state === 'ended_early').length,
      meetingsLogged: meetings.reduce((a, b) => a + b, 0),
      meetingsPerDuoMean: facts.length ? mean(meetings) : null,
      meetingsPerDuoMedian: facts.length ? median(meetings) : null,
      retention,
    };
  }
}
