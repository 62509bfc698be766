import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { MatchingErrors, type MatchRunDto } from '@m4pris/matching-contracts';
import type { RequestContext } from '@m4pris/platform-core';
import { duoReason } from '../engine/explain.js';
import { planMatch } from '../engine/plan.js';
import { solveInWorker } from '../engine/worker-solver.js';
import { MatchingSettings } from '../matching.settings.js';
import { CohortInputReader, type CohortInput } from './cohort-input.js';
import { MatchRunSchema, ProposalSchema, UnmatchedSchema, type MatchRun } from './run.entities.js';
import { toRunDto } from './run.mapper.js';

const RUNNABLE = ['recruiting', 'matching', 'running'];

/**
 * Starts a match run: reads the projections, records the run, solves off the event loop (worker
 * thread, progress kept in memory while it runs) and stores the proposals and the unmatched with
 * their reasons. Answers when done, or after MATCHING_RUN_WAIT_MS with the run still running.
 */
@Injectable()
export class MatchRunner {
  private readonly progress = new Map<string, number>();

  constructor(
    private readonly orm: MikroORM,
    private readonly em: EntityManager,
    private readonly settings: MatchingSettings,
    private readonly reader: CohortInputReader,
  ) {}

  progressOf(runId: string): number {
    return this.progress.get(runId) ?? 0;
  }

  async start(tenantId: string, cohortId: string, ctx: RequestContext, onlyMentees?: string[]): Promise<MatchRunDto> {
    const ci = await this.reader.load(tenantId, cohortId, onlyMentees, ctx);
    if (!RUNNABLE.includes(ci.cohort.state)) throw MatchingErrors.COHORT_NOT_MATCHING({ field: 'cohortId', params: { state: ci.cohort.state } });
    const run = this.em.create(MatchRunSchema, {
      id: randomUUID(),
      tenantId,
      cohortId,
      programmeId: ci.cohort.programmeId,
      status: 'running',
      policyVersion: ci.cohort.policyVersion,
      weightsVersion: ci.weightsVersion,
      weights: ci.input.weights,
      inputDigest: ci.digest,
      mentees: ci.input.mentees.length,
      mentors: ci.input.mentors.length,
      totalScore: 0,
      createdBy: ctx.userId ?? 'system',
      createdAt: new Date(),
      finishedAt: null,
    });
    await this.em.flush();
    this.progress.set(run.id, 0);
    const work = this.solveAndStore(run.id, ci).finally(() => this.progress.delete(run.id));
    // MATCHING_RUN_WAIT_MS=0: answer at once with the run as started (RUNNING), however fast the solver is
    // (a zero timer raced a small cohort's solve, so the answer was sometimes already DONE).
    if (this.settings.MATCHING_RUN_WAIT_MS > 0) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([work, new Promise<void>((resolve) => (timer = setTimeout(resolve, this.settings.MATCHING_RUN_WAIT_MS)))]);
      clearTimeout(timer);
    } else {
      work.catch(() => undefined);
      return (await this.dtos([run], ctx.locale))[0];
    }
    return this.dto(run.id, ctx.locale);
  }

  /** The run as `locale` reads it (reasons and explanations in that language). */
  async dto(runId: string, locale = 'en'): Promise<MatchRunDto> {
    const run = await this.orm.em.fork().findOneOrFail(MatchRunSchema, { id: runId });
    return (await this.dtos([run], locale))[0];
  }

  /**
   * Several runs with their proposals and unmatched people: three statements whatever the number
   * of runs (the runs are given; their proposals, then their unmatched, each in one query).
   */
  async dtos(runs: MatchRun[], locale = 'en'): Promise<MatchRunDto[]> {
    if (runs.length === 0) return [];
    const em = this.orm.em.fork();
    const runIds = runs.map((r) => r.id);
    const proposals = await em.find(ProposalSchema, { runId: { $in: runIds } }, { orderBy: { menteeStaffId: 'asc', id: 'asc' } });
    const unmatched = await em.find(UnmatchedSchema, { runId: { $in: runIds } }, { orderBy: { role: 'asc', staffId: 'asc', id: 'asc' } });
    return runs.map((run) =>
      toRunDto(
        run,
        proposals.filter((p) => p.runId === run.id),
        unmatched.filter((u) => u.runId === run.id),
        this.progressOf(run.id),
        locale,
      ),
    );
  }

  private async solveAndStore(runId: string, ci: CohortInput): Promise<void> {
    const em = this.orm.em.fork();
    try {
      const plan = await planMatch(ci.input, (a) => solveInWorker(a, (done, total) => this.progress.set(runId, done / total)));
      await em.transactional(async (tx) => {
        const run = await tx.findOneOrFail(MatchRunSchema, { id: runId });
        // Open proposals of earlier runs for the same mentees are replaced by this run's.
        await tx.nativeUpdate(ProposalSchema, { tenantId: run.tenantId, cohortId: run.cohortId, status: 'proposed', menteeStaffId: { $in: ci.input.mentees.map((m) => m.staffId) } }, { status: 'superseded' });
        for (const p of plan.pairs) {
          tx.create(ProposalSchema, {
            id: randomUUID(),
            tenantId: run.tenantId,
            runId,
            cohortId: run.cohortId,
            programmeId: run.programmeId,
            mentorStaffId: p.mentor.staffId,
            menteeStaffId: p.mentee.staffId,
            mentorApplicationId: ci.mentorApps.get(p.mentor.staffId)!,
            menteeApplicationId: ci.menteeApps.get(p.mentee.staffId)!,
            score: p.score,
            breakdown: p.breakdown,
            flags: p.flags,
            reason: duoReason(p.breakdown),
            status: 'proposed',
            pinned: p.pinned,
            relationshipId: null,
            decidedAt: null,
          });
        }
        for (const u of plan.unmatched) {
          tx.create(UnmatchedSchema, { id: randomUUID(), tenantId: run.tenantId, runId, staffId: u.applicant.staffId, role: u.role, reasons: u.reasons });
        }
        Object.assign(run, { status: 'done', totalScore: plan.totalScore, finishedAt: new Date() });
      });
    } catch {
      await em.nativeUpdate(MatchRunSchema, { id: runId }, { status: 'failed', finishedAt: new Date() });
    }
  }
}
