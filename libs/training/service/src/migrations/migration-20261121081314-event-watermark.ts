import { Migration } from '@mikro-orm/migrations';

export class Migration20261121081314_event_watermark extends Migration {

  override name = 'Migration20261121081314_event_watermark';

  override up(): void | Promise<void> {
    this.addSql(`create table "training"."event_watermark" ("consumer" varchar(100) not null, "key" varchar(200) not null, "occurred_at" timestamptz not null, primary key ("consumer", "key"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "training"."event_watermark" cascade;`);
  }

}
