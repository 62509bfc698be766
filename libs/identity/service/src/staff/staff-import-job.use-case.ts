import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound, type RequestContext } from '@m4pris/platform-core';
import { createLogger } from '@m4pris/platform-observability';
import type { ImportStaffRequest, StaffImportJobDto, StaffImportJobRequest } from '@m4pris/identity-contracts';
import { AuditLog } from '../audit/audit-log.js';
import { TENANT_ADMIN, scopeFor, tenantFor, tenantWhere } from '../shared/access.js';
import { ImportStaffUseCase, staffIds } from './import-staff.use-case.js';
import type { ImportLookups, ImportRow } from './staff-csv.js';
import { StaffImportJobSchema, type StaffImportJob } from './staff-import-job.entity.js';
import { StaffReader } from './staff-reader.js';
import { describeProblem } from './staff-csv.messages.js';
import { StartStaffImport, GetStaffImportJob } from '@m4pris/identity-contracts';
import { Handles } from '@m4pris/platform-messaging';

const logger = createLogger('identity');

/** Rows written per transaction: `done` moves after each. */
export const IMPORT_CHUNK_ROWS = 100;

/**
 * A running job whose last chunk committed longer ago than this has stopped: its process was stopped
 * or crashed mid-import (a chunk of IMPORT_CHUNK_ROWS rows commits in well under a second). It is
 * reported as failed, so the page stops waiting and says which line to import from again.
 */
export const IMPORT_STALE_MS = 2 * 60_000;

const toDto = (j: StaffImportJob): StaffImportJobDto => ({ id: j.id, state: j.state, total: j.total, done: j.done, failed: j.failed, errors: j.errors });

/**
 * StartStaffImport: the file is validated in full first, as ImportStaff does (an invalid file or a
 * dry run writes no staff; the job records the outcome). A valid file is then written after the
 * reply, IMPORT_CHUNK_ROWS rows per transaction, each chunk committing its rows, their events and
 * the job's new `done` together, so a poller sees exactly the rows that are in. Every transaction
 * is on a fork of its own, never the request's. If a chunk cannot be written (e.g. a concurrent
 * import took an email), that chunk rolls back and the job ends 'failed': rows of earlier chunks stay.
 */
@Injectable()
export class StaffImportJobs implements OnApplicationShutdown {
  private readonly running = new Set<Promise<void>>();

  constructor(
    @Inject(MikroORM) private readonly orm: MikroORM,
    private readonly importer: ImportStaffUseCase,
    private readonly audit: AuditLog,
  ) {}

  @Handles(StartStaffImport)
  async start(input: ImportStaffRequest, ctx: RequestContext): Promise<StaffImportJobDto> {
    const tenantId = tenantFor(ctx, input.tenantId, TENANT_ADMIN);
    const checked = await this.importer.check(this.orm.em.fork() as EntityManager, input.csv, tenantId, ctx);
    const now = new Date();
    const job: StaffImportJob = {
      id: randomUUID(),
      tenantId,
      state: !checked.valid ? 'invalid' : input.dryRun ? 'checked' : checked.total === 0 ? 'done' : 'running',
      total: checked.total,
      done: 0,
      failed: checked.valid ? 0 : new Set(checked.errors.map((e) => e.line)).size,
      errors: checked.valid ? [] : checked.errors,
      createdBy: ctx.userId ?? null,
      createdAt: now,
      updatedAt: now,
    };
    // Committed on its own before the reply, so the job can be polled at once.
    await this.orm.em.fork().transactional(async (em) => {
      em.create(StaffImportJobSchema, job);
    });
    if (checked.valid && job.state === 'running') {
      const run = this.run(job.id, tenantId, checked.rows, checked.lookups, ctx).finally(() => this.running.delete(run));
      this.running.add(run);
    }
    return toDto(job);
  }

  @Handles(GetStaffImportJob)
  async get(input: StaffImportJobRequest, ctx: RequestContext): Promise<StaffImportJobDto> {
    const scope = scopeFor(ctx, TENANT_ADMIN);
    const job = await this.orm.em.fork().findOne(StaffImportJobSchema, { id: input.id, ...tenantWhere(scope) });
    if (!job) throw notFound('StaffImportJob', 'id');
    if (job.state === 'running' && Date.now() - job.updatedAt.getTime() > IMPORT_STALE_MS) {
      // Stopped mid-import: the first `done` rows are in (each chunk committed with its `done`); the rest is not.
      const error = describeProblem({ line: 0, field: 'csv', key: 'interrupted', params: { done: job.done, total: job.total } }, ctx.locale);
      return { ...toDto(job), state: 'failed', failed: job.total - job.done, errors: [error] };
    }
    return toDto(job);
  }

  /** Waits for the imports still running (tests; shutdown). */
  async settle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.settle();
  }

  private async run(jobId: string, tenantId: string, rows: ImportRow[], lookups: ImportLookups, ctx: RequestContext): Promise<void> {
    // Off the request's path: a macrotask later, with contexts of its own.
    await new Promise((resolve) => setImmediate(resolve));
    const ids = staffIds(rows);
    let done = 0;
    try {
      for (let i = 0; i < rows.length; i += IMPORT_CHUNK_ROWS) {
        const chunk = rows.slice(i, i + IMPORT_CHUNK_ROWS);
        const last = i + IMPORT_CHUNK_ROWS >= rows.length;
        await this.orm.em.fork().transactional(async (tx) => {
          const em = tx as EntityManager;
          await this.importer.write(em, new StaffReader(em), tenantId, chunk, lookups, ids);
          if (last) this.audit.record(em, ctx, { tenantId, action: 'staff.import', entityType: 'Staff', entityId: jobId });
          await em.flush();
          await em.nativeUpdate(StaffImportJobSchema, { id: jobId }, { done: done + chunk.length, state: last ? 'done' : 'running', updatedAt: new Date() });
        });
        done += chunk.length;
      }
    } catch (e) {
      logger.error({ jobId, error: e instanceof Error ? e.message : String(e) }, 'staff import: a chunk could not be written; the job ends failed');
      const error = describeProblem({ line: rows[done]?.line ?? 0, field: 'csv', key: 'chunkFailed', params: { line: rows[done]?.line ?? 0 } }, ctx.locale);
      await this.orm.em
        .fork()
        .nativeUpdate(StaffImportJobSchema, { id: jobId }, { state: 'failed', failed: rows.length - done, errors: [error], updatedAt: new Date() })
        .catch(() => undefined);
    }
  }
}
