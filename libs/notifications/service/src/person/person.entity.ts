import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * The notifications module's own projection of a staff member (from identity's
 * `staff.contactChanged`): enough to reach them and to name them in someone else's message. Deleted
 * when the person is erased.
 */
export const PersonSchema = defineEntity({
  name: 'Person',
  tableName: 'person',
  properties: {
    staffId: p.uuid().primary(),
    tenantId: p.uuid().index(),
    firstName: p.string().length(100),
    lastName: p.string().length(100),
    email: p.string().length(254),
    locale: p.string().length(5).nullable(),
    updatedAt: p.datetime(),
  },
});
export type Person = InferEntity<typeof PersonSchema>;
