import type { InstitutionDto, ShiftPatternDto, UnitDto } from '@m4pris/identity-contracts';
import { iso } from '../shared/access.js';
import type { Institution, ShiftPattern, Unit } from './institution.entity.js';

export function toInstitutionDto(i: Institution): InstitutionDto {
  return { id: i.id, tenantId: i.tenantId, name: i.name, kind: i.kind, region: i.region, createdAt: iso(i.createdAt) };
}

export function toUnitDto(u: Unit): UnitDto {
  return { id: u.id, tenantId: u.tenantId, institutionId: u.institutionId, name: u.name };
}

export function toShiftPatternDto(s: ShiftPattern): ShiftPatternDto {
  return { id: s.id, tenantId: s.tenantId, name: s.name, cycleDays: s.cycleDays, shifts: s.shifts.map((x) => ({ day: x.day, start: x.start, hours: x.hours })) };
}
