import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** Example aggregate of the matching module; replace it with the module's own. */
export const ExampleSchema = defineEntity({
  name: 'Example',
  tableName: 'example',
  properties: {
    id: p.uuid().primary(),
    name: p.string().length(200),
    createdAt: p.datetime(),
  },
});
export type Example = InferEntity<typeof ExampleSchema>;
