import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { ImportRowError, StaffImportJobState } from '@m4pris/identity-contracts';

/** A staff CSV import (StartStaffImport) and its progress: `done` grows as each chunk commits. */
export const StaffImportJobSchema = defineEntity({
  name: 'StaffImportJob',
  tableName: 'staff_import_job',
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid().index(),
    state: p.string().length(20).$type<StaffImportJobState>(),
    total: p.integer(),
    done: p.integer(),
    failed: p.integer(),
    errors: p.json<ImportRowError[]>(),
    createdBy: p.string().length(64).nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
});
export type StaffImportJob = InferEntity<typeof StaffImportJobSchema>;
