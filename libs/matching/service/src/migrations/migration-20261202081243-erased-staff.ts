import { Migration } from '@mikro-orm/migrations';

export class Migration20261202081243_erased_staff extends Migration {

  override name = 'Migration20261202081243_erased_staff';

  override up(): void | Promise<void> {
    this.addSql(`create table "matching"."erased_staff" ("staff_id" uuid not null, "tenant_id" uuid not null, "erased_at" timestamptz not null, primary key ("staff_id"));`);
    this.addSql(`create index "erased_staff_tenant_id_index" on "matching"."erased_staff" ("tenant_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "matching"."erased_staff" cascade;`);
  }

}
