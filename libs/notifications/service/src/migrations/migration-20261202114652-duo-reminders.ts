import { Migration } from '@mikro-orm/migrations';

export class Migration20261202114652_duo_reminders extends Migration {

  override name = 'Migration20261202114652_duo_reminders';

  override up(): void | Promise<void> {
    this.addSql(`create table "notifications"."duo" ("relationship_id" uuid not null, "tenant_id" uuid not null, "programme_id" uuid not null, "mentor_staff_id" uuid not null, "mentee_staff_id" uuid not null, "last_contact_on" varchar(10) not null, "planned_end_on" varchar(10) not null, "paused" boolean not null, "nudged_about" varchar(10) null, "ending_told_at" timestamptz null, primary key ("relationship_id"));`);
    this.addSql(`create index "duo_tenant_id_index" on "notifications"."duo" ("tenant_id");`);
    // Row-level security, as for every tenant table of the module (hand-written).
    this.addSql(`grant select, insert, update, delete on "notifications"."duo" to m4pris_tenant;`);
    this.addSql(`alter table "notifications"."duo" enable row level security;`);
    this.addSql(`create policy tenant_isolation on "notifications"."duo" using (tenant_id::text = current_setting('m4pris.tenant_id', true)) with check (tenant_id::text = current_setting('m4pris.tenant_id', true));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop policy if exists tenant_isolation on "notifications"."duo";`);
    this.addSql(`drop table if exists "notifications"."duo" cascade;`);
  }

}
