import { Migration } from '@mikro-orm/migrations';

export class Migration20261202041935_staff_card extends Migration {

  override name = 'Migration20261202041935_staff_card';

  override up(): void | Promise<void> {
    this.addSql(`create table "programmes"."staff_card" ("staff_id" uuid not null, "tenant_id" uuid not null, "display_name" varchar(201) not null, "work_email" varchar(254) not null, "institution_id" uuid not null, "institution_name" varchar(200) not null, "unit_id" uuid null, "unit_name" varchar(200) null, "shift_pattern_id" uuid null, "shift_pattern_name" varchar(100) null, "updated_at" timestamptz not null, primary key ("staff_id"));`);
    this.addSql(`create index "staff_card_tenant_id_index" on "programmes"."staff_card" ("tenant_id");`);
    // Row-level security like every tenant table (migration-20261201090000-row-level-security).
    this.addSql(`grant select, insert, update, delete on "programmes"."staff_card" to m4pris_tenant;`);
    this.addSql(`alter table "programmes"."staff_card" enable row level security;`);
    this.addSql(`create policy tenant_isolation on "programmes"."staff_card" using (tenant_id::text = current_setting('m4pris.tenant_id', true)) with check (tenant_id::text = current_setting('m4pris.tenant_id', true));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop policy if exists tenant_isolation on "programmes"."staff_card";`);
    this.addSql(`drop table if exists "programmes"."staff_card" cascade;`);
  }

}
