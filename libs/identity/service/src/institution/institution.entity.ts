import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { InstitutionKind, ShiftDto } from '@m4pris/identity-contracts';

export const InstitutionSchema = defineEntity({
  name: 'Institution',
  tableName: 'institution',
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid().index(),
    name: p.string().length(200),
    kind: p.string().length(20).$type<InstitutionKind>(),
    region: p.string().length(100),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
});
export type Institution = InferEntity<typeof InstitutionSchema>;

/** A wing, department or team within an institution. */
export const UnitSchema = defineEntity({
  name: 'Unit',
  tableName: 'unit',
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid().index(),
    institutionId: p.uuid().index(),
    name: p.string().length(200),
    createdAt: p.datetime(),
  },
});
export type Unit = InferEntity<typeof UnitSchema>;

/** A rota: shifts within a cycle of `cycleDays` days. */
export const ShiftPatternSchema = defineEntity({
  name: 'ShiftPattern',
  tableName: 'shift_pattern',
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid().index(),
    name: p.string().length(100),
    cycleDays: p.integer(),
    shifts: p.json<ShiftDto[]>(),
    createdAt: p.datetime(),
  },
});
export type ShiftPattern = InferEntity<typeof ShiftPatternSchema>;
