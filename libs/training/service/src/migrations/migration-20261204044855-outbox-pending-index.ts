import { Migration } from '@mikro-orm/migrations';

/*
 * Generated from the entities (the relay's partial index of unpublished rows, see
 * platform-messaging outbox.entities.ts), and by hand the table's autovacuum settings, which the
 * schema diff does not see: published rows stay, so PostgreSQL's default (vacuum once 20 % of the
 * table is dead) would wait longer the longer the platform runs; a vacuum every 10,000 dead rows
 * keeps the index the relay reads short whatever the table's size.
 */

export class Migration20261204044855_outbox_pending_index extends Migration {

  override name = 'Migration20261204044855_outbox_pending_index';

  override up(): void | Promise<void> {
    this.addSql(`drop index "training"."outbox_event_published_at_index";`);
    this.addSql(`create index "outbox_event_pending_index" on "training"."outbox_event" ("occurred_at", "id") where published_at is null;`);
    this.addSql(`alter table "training"."outbox_event" set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 10000);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "training"."outbox_event" reset (autovacuum_vacuum_scale_factor, autovacuum_vacuum_threshold);`);
    this.addSql(`drop index "training"."outbox_event_pending_index";`);
    this.addSql(`create index "outbox_event_published_at_index" on "training"."outbox_event" ("published_at");`);
  }

}
