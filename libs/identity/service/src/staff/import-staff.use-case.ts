import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '@m4pris/platform-core';
import { recordEvent } from '@m4pris/platform-messaging';
import { StaffContactChanged, StaffProfileChanged, type ImportResultDto, type ImportStaffRequest } from '@m4pris/identity-contracts';
import { AuditLog } from '../audit/audit-log.js';
import { InstitutionSchema, ShiftPatternSchema, UnitSchema } from '../institution/institution.entity.js';
import { TENANT_ADMIN, tenantFor } from '../shared/access.js';
import { StaffSchema, type Staff } from './staff.entity.js';
import { StaffReader } from './staff-reader.js';
import { toContactEvent, toProfileEvent } from './staff.mapper.js';
import { parseStaffCsv, validateStaffRecords, type ImportLookups } from './staff-csv.js';
import { describeProblem } from './staff-csv.messages.js';

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

  async execute(input: ImportStaffRequest, ctx: RequestContext): Promise<ImportResultDto> {
    const tenantId = tenantFor(ctx, input.tenantId, TENANT_ADMIN);
    const parsed = parseStaffCsv(input.csv);
    // Every problem with its line and column, in the caller's language.
    const report = (problems: typeof parsed.errors) => problems.map((e) => describeProblem(e, ctx.locale));
    if (parsed.errors.length > 0) return { valid: false, rows: parsed.records.length, created: 0, errors: report(parsed.errors) };
    const lookups = await this.lookups(tenantId);
    const { rows, errors } = validateStaffRecords(parsed.records, lookups);
    if (errors.length > 0) return { valid: false, rows: parsed.records.length, created: 0, errors: report(errors) };
    if (input.dryRun || rows.length === 0) return { valid: true, rows: rows.length, created: 0, errors: [] };

    const ids = new Map(rows.map((r) => [r.email, randomUUID()]));
    const institutions = new Map([...lookups.institutions.values()].map((i) => [i.id, i]));
    const now = new Date();
    const created: Staff[] = [];
    for (const r of rows) {
      const staff = this.em.create(StaffSchema, {
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
      recordEvent(this.em, StaffProfileChanged, toProfileEvent(staff, institutions.get(r.institutionId)!), { tenantId });
      recordEvent(this.em, StaffContactChanged, toContactEvent(staff), { tenantId: staff.tenantId });
      created.push(staff);
    }
    await this.reader.recordCards(created);
    this.audit.record(this.em, ctx, { tenantId, action: 'staff.import', entityType: 'Staff' });
    await this.em.flush();
    return { valid: true, rows: rows.length, created: rows.length, errors: [] };
  }

  private async lookups(tenantId: string): Promise<ImportLookups> {
    const [institutions, units, patterns, staff] = await Promise.all([
      this.em.find(InstitutionSchema, { tenantId }),
      this.em.find(UnitSchema, { tenantId }),
      this.em.find(ShiftPatternSchema, { tenantId }),
      this.em.getConnection().execute<{ id: string; email: string }[]>(
        `select id, email from "${this.em.config.get('schema')}"."staff" where tenant_id = ? and erased_at is null`,
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
