import { Migration } from '@mikro-orm/migrations';

export class Migration20261202155535_preferences extends Migration {

  override name = 'Migration20261202155535_preferences';

  override up(): void | Promise<void> {
    this.addSql(`create table "notifications"."digest_item" ("id" uuid not null, "tenant_id" uuid not null, "staff_id" uuid not null, "kind" varchar(40) not null, "idempotency_key" varchar(200) not null, "title" varchar(300) not null, "body" text not null, "link" varchar(500) not null, "due_at" timestamptz not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "digest_item_tenant_id_index" on "notifications"."digest_item" ("tenant_id");`);
    this.addSql(`alter table "notifications"."digest_item" add constraint "digest_item_idempotency_key_unique" unique ("idempotency_key");`);
    this.addSql(`create index "digest_item_staff_id_due_at_index" on "notifications"."digest_item" ("staff_id", "due_at");`);

    this.addSql(`create table "notifications"."preference" ("staff_id" uuid not null, "tenant_id" uuid not null, "muted_categories" jsonb not null, "digest" boolean not null, "updated_at" timestamptz not null, primary key ("staff_id"));`);
    this.addSql(`create index "preference_tenant_id_index" on "notifications"."preference" ("tenant_id");`);

    this.addSql(`create table "notifications"."tenant_settings" ("tenant_id" uuid not null, "window_start" varchar(5) not null, "window_end" varchar(5) not null, "time_zone" varchar(64) not null, "sender_name" varchar(60) null, "subject_prefix" varchar(30) null, "updated_at" timestamptz not null, primary key ("tenant_id"));`);

    this.addSql(`alter table "notifications"."outgoing_mail" add "sender_name" varchar(60) null;`);
    // Row-level security, as for every tenant table of the module (hand-written).
    this.addSql(`grant select, insert, update, delete on "notifications"."digest_item" to m4pris_tenant;`);
    this.addSql(`alter table "notifications"."digest_item" enable row level security;`);
    this.addSql(`create policy tenant_isolation on "notifications"."digest_item" using (tenant_id::text = current_setting('m4pris.tenant_id', true)) with check (tenant_id::text = current_setting('m4pris.tenant_id', true));`);
    this.addSql(`grant select, insert, update, delete on "notifications"."preference" to m4pris_tenant;`);
    this.addSql(`alter table "notifications"."preference" enable row level security;`);
    this.addSql(`create policy tenant_isolation on "notifications"."preference" using (tenant_id::text = current_setting('m4pris.tenant_id', true)) with check (tenant_id::text = current_setting('m4pris.tenant_id', true));`);
    this.addSql(`grant select, insert, update, delete on "notifications"."tenant_settings" to m4pris_tenant;`);
    this.addSql(`alter table "notifications"."tenant_settings" enable row level security;`);
    this.addSql(`create policy tenant_isolation on "notifications"."tenant_settings" using (tenant_id::text = current_setting('m4pris.tenant_id', true)) with check (tenant_id::text = current_setting('m4pris.tenant_id', true));`);
  }

  override down(): void | Promise<void> {
    for (const t of ['digest_item', 'preference', 'tenant_settings']) this.addSql(`drop policy if exists tenant_isolation on "notifications"."${t}";`);
    this.addSql(`drop table if exists "notifications"."digest_item" cascade;`);
    this.addSql(`drop table if exists "notifications"."preference" cascade;`);
    this.addSql(`drop table if exists "notifications"."tenant_settings" cascade;`);

    this.addSql(`alter table "notifications"."outgoing_mail" drop column "sender_name";`);
  }

}
