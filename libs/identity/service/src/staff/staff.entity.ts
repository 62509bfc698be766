import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { InstitutionKind } from '@m4pris/identity-contracts';

/** A member of prison staff. Dates are `date` columns held as 'YYYY-MM-DD' strings. */
export const StaffSchema = defineEntity({
  name: 'Staff',
  tableName: 'staff',
  uniques: [{ properties: ['tenantId', 'email'] }],
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid().index(),
    firstName: p.string().length(100),
    lastName: p.string().length(100),
    email: p.string().length(254),
    position: p.string().length(100),
    supervisesOthers: p.boolean(),
    hiredOn: p.date(),
    joinedInstitutionOn: p.date(),
    previousInstitutionKind: p.string().length(20).$type<InstitutionKind>().nullable(),
    institutionId: p.uuid().index(),
    unitId: p.uuid().nullable().index(),
    shiftPatternId: p.uuid().nullable().index(),
    shiftOffsetDays: p.integer(),
    languages: p.json<string[]>(),
    lineManagerId: p.uuid().nullable().index(),
    leftServiceOn: p.date().nullable(),
    /** When the leaving took effect (account disabled, identity.v1.staff.left published); null before. */
    leftProcessedAt: p.datetime().nullable(),
    erasedAt: p.datetime().nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
});
export type Staff = InferEntity<typeof StaffSchema>;
