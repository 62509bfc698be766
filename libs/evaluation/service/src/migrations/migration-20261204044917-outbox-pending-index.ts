import { Migration } from '@mikro-orm/migrations';

export class Migration20261204044917_outbox_pending_index extends Migration {

  override name = 'Migration20261204044917_outbox_pending_index';

  override up(): void | Promise<void> {
    this.addSql(`drop index "evaluation"."outbox_event_published_at_index";`);
    this.addSql(`create index "outbox_event_pending_index" on "evaluation"."outbox_event" ("occurred_at", "id") where published_at is null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "evaluation"."outbox_event_pending_index";`);
    this.addSql(`create index "outbox_event_published_at_index" on "evaluation"."outbox_event" ("published_at");`);
  }

}
