import { Migration } from '@mikro-orm/migrations';

export class Migration20261202162130_coordinator_alert extends Migration {

  override name = 'Migration20261202162130_coordinator_alert';

  override up(): void | Promise<void> {
    this.addSql(`create table "notifications"."coordinator" ("grant_id" uuid not null, "tenant_id" uuid not null, "staff_id" uuid not null, "scope_type" varchar(20) not null, "scope_id" uuid null, primary key ("grant_id"));`);
    this.addSql(`create index "coordinator_tenant_id_index" on "notifications"."coordinator" ("tenant_id");`);
    this.addSql(`create index "coordinator_staff_id_index" on "notifications"."coordinator" ("staff_id");`);

    this.addSql(`alter table "notifications"."duo" add "alerted_about" varchar(10) null;`);
    // Row-level security, as for every tenant table of the module (hand-written).
    this.addSql(`grant select, insert, update, delete on "notifications"."coordinator" to m4pris_tenant;`);
    this.addSql(`alter table "notifications"."coordinator" enable row level security;`);
    this.addSql(`create policy tenant_isolation on "notifications"."coordinator" using (tenant_id::text = current_setting('m4pris.tenant_id', true)) with check (tenant_id::text = current_setting('m4pris.tenant_id', true));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop policy if exists tenant_isolation on "notifications"."coordinator";`);
    this.addSql(`drop table if exists "notifications"."coordinator" cascade;`);

    this.addSql(`alter table "notifications"."duo" drop column "alerted_about";`);
  }

}
