import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent } from '@m4pris/platform-messaging';
import { toPerson, type PersonView } from '@m4pris/platform-core';
import { StaffCardChanged, type StaffDto } from '@m4pris/identity-contracts';
import { AccountSchema, type Account } from '../account/account.entity.js';
import { TenantSchema } from '../tenant/tenant.entity.js';
import { InstitutionSchema, ShiftPatternSchema, UnitSchema, type Institution } from '../institution/institution.entity.js';
import { toInstitutionDto } from '../institution/institution.mapper.js';
import { StaffSchema, type Staff } from './staff.entity.js';
import { toContactEvent, toStaffDto } from './staff.mapper.js';

export const displayNameOf = (s: Pick<Staff, 'firstName' | 'lastName'>): string => `${s.firstName} ${s.lastName}`;

interface Context {
  institutions: Map<string, Institution>;
  units: Map<string, { id: string; name: string }>;
  patterns: Map<string, { id: string; name: string }>;
}

/**
 * Staff rows to DTOs with their account status and their context (institution, unit, shift
 * pattern, line manager), in a fixed number of statements whatever the number of rows.
 */
@Injectable()
export class StaffReader {
  constructor(private readonly em: EntityManager) {}

  /** `lineManagerView`: how much of the line manager the reader sees (staff readers: full; the staff member: the name). */
  async toDtos(rows: Staff[], lineManagerView: PersonView = 'full'): Promise<StaffDto[]> {
    if (rows.length === 0) return [];
    const managerIds = [...new Set(rows.map((r) => r.lineManagerId).filter((id): id is string => !!id))];
    const accounts = await this.em.find(AccountSchema, { staffId: { $in: rows.map((r) => r.id) } });
    const managers = managerIds.length ? await this.em.find(StaffSchema, { id: { $in: managerIds }, erasedAt: null }) : [];
    const context = await this.context([...rows, ...managers]);
    const byStaff = new Map<string, Account>(accounts.map((a) => [a.staffId!, a]));
    const tenantIds = [...new Set(rows.map((r) => r.tenantId))];
    const tenants = await this.em.find(TenantSchema, { id: { $in: tenantIds } }, { fields: ['id', 'defaultLocale'] });
    const tenantLocale = new Map(tenants.map((t) => [t.id, t.defaultLocale]));
    const managerById = new Map(managers.map((m) => [m.id, m]));
    return rows.map((r) => {
      const manager = r.lineManagerId ? managerById.get(r.lineManagerId) : undefined;
      const institution = context.institutions.get(r.institutionId);
      return {
        ...toStaffDto(r, byStaff.get(r.id)),
        // as accountLocale() decides it for a message to the person, for the whole batch at once
        locale: byStaff.get(r.id)?.locale ?? toContactEvent(r).locale ?? tenantLocale.get(r.tenantId) ?? 'en',
        institution: institution ? toInstitutionDto(institution) : null,
        unit: r.unitId ? (context.units.get(r.unitId) ?? null) : null,
        shiftPattern: r.shiftPatternId ? (context.patterns.get(r.shiftPatternId) ?? null) : null,
        lineManager: manager ? toPerson(manager.id, this.card(manager, context), lineManagerView) : null,
      };
    });
  }

  async toDto(row: Staff, lineManagerView: PersonView = 'full'): Promise<StaffDto> {
    return (await this.toDtos([row], lineManagerView))[0]!;
  }

  /** Records identity.v1.staff.cardChanged for each row (the caller flushes). */
  async recordCards(rows: Staff[]): Promise<void> {
    if (rows.length === 0) return;
    const context = await this.context(rows);
    for (const r of rows) {
      const c = this.card(r, context);
      recordEvent(
        this.em,
        StaffCardChanged,
        {
          staffId: r.id,
          tenantId: r.tenantId,
          displayName: c.displayName,
          workEmail: r.email,
          institutionId: r.institutionId,
          institutionName: c.institutionName ?? '',
          unitId: c.unitId,
          unitName: c.unitName,
          shiftPatternId: c.shiftPatternId,
          shiftPatternName: c.shiftPatternName,
        },
        { tenantId: r.tenantId },
      );
    }
  }

  private card(s: Staff, c: Context) {
    const unit = s.unitId ? c.units.get(s.unitId) : undefined;
    const pattern = s.shiftPatternId ? c.patterns.get(s.shiftPatternId) : undefined;
    return {
      staffId: s.id,
      displayName: displayNameOf(s),
      workEmail: s.email,
      institutionId: s.institutionId,
      institutionName: c.institutions.get(s.institutionId)?.name ?? null,
      unitId: unit?.id ?? null,
      unitName: unit?.name ?? null,
      shiftPatternId: pattern?.id ?? null,
      shiftPatternName: pattern?.name ?? null,
    };
  }

  private async context(rows: Staff[]): Promise<Context> {
    const ids = (f: (s: Staff) => string | null | undefined) => [...new Set(rows.map(f).filter((id): id is string => !!id))];
    const institutionIds = ids((r) => r.institutionId);
    const unitIds = ids((r) => r.unitId);
    const patternIds = ids((r) => r.shiftPatternId);
    const institutions = institutionIds.length ? await this.em.find(InstitutionSchema, { id: { $in: institutionIds } }) : [];
    const units = unitIds.length ? await this.em.find(UnitSchema, { id: { $in: unitIds } }) : [];
    const patterns = patternIds.length ? await this.em.find(ShiftPatternSchema, { id: { $in: patternIds } }) : [];
    return {
      institutions: new Map(institutions.map((i) => [i.id, i])),
      units: new Map(units.map((u) => [u.id, { id: u.id, name: u.name }])),
      patterns: new Map(patterns.map((p) => [p.id, { id: p.id, name: p.name }])),
    };
  }
}
