import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '@m4pris/platform-core';
import { recordEvent, Handles } from '@m4pris/platform-messaging';
import { StaffContactChanged, StaffProfileChanged, type ImportResultDto, type ImportRowError, type ImportStaffRequest, ImportStaff } from '@m4pris/identity-contracts';
import { AuditLog } from '../audit/audit-log.js';
import { InstitutionSchema, ShiftPatternSchema, UnitSchema } from '../institution/institution.entity.js';
import { TENANT_ADMIN, tenantFor } from '../shared/access.js';
import { StaffSchema, type Staff } from './staff.entity.js';
import { StaffReader } from './staff-reader.js';
import { toContactEvent, toProfileEvent } from './staff.mapper.js';
import { parseStaffCsv, validateStaffRecords, type ImportLookups, type ImportRow as StaffRow } from './staff-csv.js';
import { describeProblem } from './staff-csv.messages.js';

export type CheckedFile =
  | { valid: false; total: number; errors: ImportRowError[] }
  | { valid: true; total: number; rows: StaffRow[]; lookups: ImportLookups };

/** A new id for every row of a file, by email (line managers may be named before their row). */
export function staffIds(rows: readonly StaffRow[]): Map<string, string> {
  return new Map(rows.map((r) => [r.email, randomUUID()]));
}

/**
 * Registers staff from a CSV file: the whole file is validated first and every problem reported
 * (valid: false, nothing written); a valid file is written in one transaction.
 */
@Injectable()
export class ImportStaffUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditLog,
    private readonly reader: StaffReader,
  ) {}

  @Handles(ImportStaff)
  async execute(input: ImportStaffRequest, ctx: RequestContext): Promise<ImportResultDto> {
    const tenantId = tenantFor(ctx, input.tenantId, TENANT_ADMIN);
    const checked = await this.check(this.em, input.csv, tenantId, ctx);
    if (!checked.valid) return { valid: false, rows: checked.total, created: 0, errors: checked.errors };
    const { rows, lookups } = checked;
    if (input.dryRun || rows.length === 0) return { valid: true, rows: rows.length, created: 0, errors: [] };
    await this.write(this.em, this.reader, tenantId, rows, lookups, staffIds(rows));
    this.audit.record(this.em, ctx, { tenantId, action: 'staff.import', entityType: 'Staff' });
    await this.em.flush();
    return { valid: true, rows: rows.length, created: rows.length, errors: [] };
  }

  /** Parses and validates the whole file against the tenant's data; every problem in the caller's language. */
  async check(em: EntityManager, csv: string, tenantId: string, ctx: RequestContext): Promise<CheckedFile> {
    const parsed = parseStaffCsv(csv);
    // Every problem with its line and column, in the caller's language.
    const report = (problems: typeof parsed.errors) => problems.map((e) => describeProblem(e, ctx.locale));
    if (parsed.errors.length > 0) return { valid: false, total: parsed.records.length, errors: report(parsed.errors) };
    const lookups = await this.lookups(em, tenantId);
    const { rows, errors } = validateStaffRecords(parsed.records, lookups);
    if (errors.length > 0) return { valid: false, total: parsed.records.length, errors: report(errors) };
    return { valid: true, total: rows.length, rows, lookups };
  }

  /** Creates `rows` (validated) in `em` with their events; `ids`: the new id of every row of the file, by email. The caller flushes. */
  async write(em: EntityManager, reader: StaffReader, tenantId: string, rows: readonly StaffRow[], lookups: ImportLookups, ids: ReadonlyMap<string, string>): Promise<void> {
    const institutions = new Map([...lookups.institutions.values()].map((i) => [i.id, i]));
    const now = new Date();
    const created: Staff[] = [];
    for (const r of rows) {
      const staff = em.create(StaffSchema, {
        id: ids.get(r.email)!,
        tenantId,
        firstName: r.firstName,
        lastName: r.lastName,
        email: r.email,
        position: r.position,
        supervisesOthers: r.supervisesOthers,
        hiredOn: r.hiredOn,
        joinedInstitutionOn: r.joinedInstitutionOn,
        previousInstitutionKind: r.previousInstitutionKind,
        institutionId: r.institutionId,
        unitId: r.unitId,
        shiftPatternId: r.shiftPatternId,
        shiftOffsetDays: r.shiftOffsetDays,
        languages: r.languages,
        lineManagerId: r.lineManagerEmail ? (ids.get(r.lineManagerEmail) ?? lookups.existingStaff.get(r.lineManagerEmail)!) : null,
        leftServiceOn: null,
        leftProcessedAt: null,
        erasedAt: null,
        createdAt: now,
        updatedAt: now,
      });
      recordEvent(em, StaffProfileChanged, toProfileEvent(staff, institutions.get(r.institutionId)!), { tenantId });
      recordEvent(em, StaffContactChanged, toContactEvent(staff), { tenantId: staff.tenantId });
      created.push(staff);
    }
    await reader.recordCards(created);
  }

  private async lookups(em: EntityManager, tenantId: string): Promise<ImportLookups> {
    const [institutions, units, patterns, staff] = await Promise.all([
      em.find(InstitutionSchema, { tenantId }),
      em.find(UnitSchema, { tenantId }),
      em.find(ShiftPatternSchema, { tenantId }),
      em.getConnection().execute<{ id: string; email: string }[]>(
        `select id, email from "${em.config.get('schema')}"."staff" where tenant_id = ? and erased_at is null`,
        [tenantId],
      ),
    ]);
    return {
      institutions: new Map(institutions.map((i) => [i.name.toLowerCase(), { id: i.id, kind: i.kind, region: i.region }])),
      units: new Map(units.map((u) => [`${u.institutionId}|${u.name.toLowerCase()}`, u.id])),
      shiftPatterns: new Map(patterns.map((p) => [p.name.toLowerCase(), p.id])),
      existingStaff: new Map(staff.map((s) => [s.email, s.id])),
    };
  }
}
