import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '@m4pris/platform-core';
import { Bus, Handles } from '@m4pris/platform-messaging';
import { GetProgramme } from '@m4pris/programmes-contracts';
import { EvaluationErrors, type EvaluationProgrammeDto, type ProgrammeIdRequest, type SaveSurveyPlanRequest, type SurveyPlanDto, type WavePlanDto, GetSurveyPlan, ListEvaluationProgrammes, SaveSurveyPlan } from '@m4pris/evaluation-contracts';
import { WaveScheduler } from '../invitation/wave-scheduler.js';
import { RelationshipFactSchema } from '../projection/projection.entities.js';
import { AGGREGATE_READERS, DESIGNERS, tenantOf } from '../shared/access.js';
import { SurveyPlanSchema, type SurveyPlan } from './survey-plan.entity.js';

function toDto(p: SurveyPlan): SurveyPlanDto {
  return { id: p.id, programmeId: p.programmeId, version: p.version, waves: p.waves, updatedAt: p.updatedAt.toISOString() };
}

/**
 * A programme id the caller may use: one of their tenant's programmes, as the programmes events made
 * it known or (when the programmes module is deployed) as programmes answers in the caller's name —
 * so a plan may be designed before the first duo, but never for an id nobody created. A programme
 * of another tenant and an unknown id give the same PROGRAMME_NOT_FOUND. Without the programmes
 * module, any id no other tenant has used is accepted (a standalone evaluation deployment).
 */
export async function assertOwnProgramme(em: EntityManager, tenantId: string, programmeId: string, mustExist: boolean, bus?: Bus, ctx?: RequestContext): Promise<void> {
  // Other tenants' rows are invisible under row-level security: a security-definer function of the
  // schema (migration row-level-security) answers this one yes/no question as the owner.
  const [used] = await em
    .getConnection()
    .execute<{ other: boolean }[]>(`select "${em.config.get('schema')}".programme_used_by_other_tenant(?, ?) as other`, [programmeId, tenantId], 'all', em.getTransactionContext());
  const known = async () => (await em.count(RelationshipFactSchema, { programmeId, tenantId })) + (await em.count(SurveyPlanSchema, { programmeId, tenantId })) > 0;
  const fromProgrammes = async () => {
    if (!bus || !ctx || !(await bus.serves('programmes'))) return null;
    const programme = await bus.request(GetProgramme, { programmeId }, ctx).catch(() => null);
    return programme?.tenantId === tenantId;
  };
  const own = !used?.other && ((await known()) || ((await fromProgrammes()) ?? !mustExist));
  if (used?.other || !own) throw EvaluationErrors.PROGRAMME_NOT_FOUND({ field: 'programmeId' });
}

/** A researcher designs (or revises) the programme's survey plan; waves already due are issued at once. */
@Injectable()
export class SaveSurveyPlanUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly scheduler: WaveScheduler,
    @Inject(Bus) private readonly bus: Bus,
  ) {}

  @Handles(SaveSurveyPlan)
  async execute(input: SaveSurveyPlanRequest, ctx: RequestContext): Promise<SurveyPlanDto> {
    const tenantId = tenantOf(ctx, DESIGNERS);
    await assertOwnProgramme(this.em, tenantId, input.programmeId, false, this.bus, ctx);
    const kinds = new Set<string>();
    const waves: WavePlanDto[] = input.waves.map((w, i) => {
      const field = `waves[${i}]`;
      if (kinds.has(w.kind)) throw EvaluationErrors.PLAN_INVALID({ field: `${field}.kind`, params: { field: `${field}.kind`, reason: `${w.kind} appears twice` } });
      kinds.add(w.kind);
      if (w.mentorInstruments.length + w.menteeInstruments.length === 0)
        throw EvaluationErrors.PLAN_INVALID({ field: `${field}.menteeInstruments`, params: { field: `${field}.menteeInstruments`, reason: 'a wave needs at least one instrument' } });
      if (w.kind === 'follow_up' && !w.monthsAfterEnd)
        throw EvaluationErrors.PLAN_INVALID({ field: `${field}.monthsAfterEnd`, params: { field: `${field}.monthsAfterEnd`, reason: 'required for a follow-up wave' } });
      if (w.remindBeforeDueDays >= w.dueWithinDays)
        throw EvaluationErrors.PLAN_INVALID({ field: `${field}.remindBeforeDueDays`, params: { field: `${field}.remindBeforeDueDays`, reason: 'must be less than dueWithinDays' } });
      return {
        kind: w.kind,
        mentorInstruments: [...w.mentorInstruments],
        menteeInstruments: [...w.menteeInstruments],
        dueWithinDays: w.dueWithinDays,
        remindBeforeDueDays: w.remindBeforeDueDays,
        monthsAfterEnd: w.kind === 'follow_up' ? (w.monthsAfterEnd ?? null) : null,
      };
    });
    if (!kinds.has('baseline')) throw EvaluationErrors.PLAN_INVALID({ field: 'waves', params: { field: 'waves', reason: 'a plan needs a baseline wave' } });
    const plan =
      (await this.em.findOne(SurveyPlanSchema, { tenantId, programmeId: input.programmeId })) ??
      this.em.create(SurveyPlanSchema, { id: randomUUID(), tenantId, programmeId: input.programmeId, version: 0, waves: [], updatedAt: new Date() });
    Object.assign(plan, { waves, version: plan.version + 1, updatedAt: new Date() });
    await this.em.flush();
    // Relationships that started (or ended) before the plan existed get their waves now.
    for (const fact of await this.em.find(RelationshipFactSchema, { tenantId, programmeId: input.programmeId }, { orderBy: { startedOn: 'asc' } })) {
      await this.scheduler.schedule(fact);
    }
    return toDto(plan);
  }
}

@Injectable()
export class GetSurveyPlanUseCase {
  constructor(
    private readonly em: EntityManager,
    @Inject(Bus) private readonly bus: Bus,
  ) {}

  @Handles(GetSurveyPlan)
  async execute(input: ProgrammeIdRequest, ctx: RequestContext): Promise<SurveyPlanDto | null> {
    const tenantId = tenantOf(ctx, AGGREGATE_READERS);
    await assertOwnProgramme(this.em, tenantId, input.programmeId, false, this.bus, ctx);
    const plan = await this.em.findOne(SurveyPlanSchema, { tenantId, programmeId: input.programmeId });
    return plan ? toDto(plan) : null;
  }
}

/** Programmes known from the programmes events (and plans), with their number of duos. */
@Injectable()
export class ListEvaluationProgrammesUseCase {
  constructor(private readonly em: EntityManager) {}

  @Handles(ListEvaluationProgrammes)
  async execute(_: object, ctx: RequestContext): Promise<EvaluationProgrammeDto[]> {
    const tenantId = tenantOf(ctx, AGGREGATE_READERS);
    const facts = await this.em.find(RelationshipFactSchema, { tenantId }, { fields: ['programmeId'] });
    const plans = await this.em.find(SurveyPlanSchema, { tenantId }, { fields: ['programmeId'] });
    const ids = new Set([...facts.map((f) => f.programmeId), ...plans.map((p) => p.programmeId)]);
    return [...ids].sort().map((programmeId) => ({
      programmeId,
      relationships: facts.filter((f) => f.programmeId === programmeId).length,
      hasPlan: plans.some((p) => p.programmeId === programmeId),
    }));
  }
}
