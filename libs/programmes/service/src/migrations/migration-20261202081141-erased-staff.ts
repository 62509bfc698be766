import { Migration } from '@mikro-orm/migrations';

export class Migration20261202081141_erased_staff extends Migration {

  override name = 'Migration20261202081141_erased_staff';

  override up(): void | Promise<void> {
    this.addSql(`create table "programmes"."erased_staff" ("staff_id" uuid not null, "tenant_id" uuid not null, "erased_at" timestamptz not null, primary key ("staff_id"));`);
    this.addSql(`create index "erased_staff_tenant_id_index" on "programmes"."erased_staff" ("tenant_id");`);
    // Row-level security like every tenant table (migration-*-row-level-security).
    this.addSql(`grant select, insert, update, delete on "programmes"."erased_staff" to m4pris_tenant;`);
    this.addSql(`alter table "programmes"."erased_staff" enable row level security;`);
    this.addSql(`create policy tenant_isolation on "programmes"."erased_staff" using (tenant_id::text = current_setting('m4pris.tenant_id', true)) with check (tenant_id::text = current_setting('m4pris.tenant_id', true));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop policy if exists tenant_isolation on "programmes"."erased_staff";`);
    this.addSql(`drop table if exists "programmes"."erased_staff" cascade;`);
  }

}
