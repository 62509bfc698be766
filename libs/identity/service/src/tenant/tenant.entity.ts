import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { noticeChange } from '../shared/notice-change.js';

/** A national prison service, union or NGO running the programme: the unit of isolation. */
export const TenantSchema = defineEntity({
  name: 'Tenant',
  tableName: 'tenant',
  triggers: [noticeChange('id')],
  properties: {
    id: p.uuid().primary(),
    code: p.string().length(40).unique(),
    name: p.string().length(200),
    country: p.string().length(2),
    defaultLocale: p.string().length(5),
    enabledModules: p.json<string[]>(),
    dataProtectionContactEmail: p.string().length(254).nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
});
export type Tenant = InferEntity<typeof TenantSchema>;
