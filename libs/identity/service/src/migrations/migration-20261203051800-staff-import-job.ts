import { Migration } from '@mikro-orm/migrations';

export class Migration20261203051800_staff_import_job extends Migration {

  override name = 'Migration20261203051800_staff_import_job';

  override up(): void | Promise<void> {
    this.addSql(`create table "identity"."staff_import_job" ("id" uuid not null, "tenant_id" uuid not null, "state" varchar(20) not null, "total" int not null, "done" int not null, "failed" int not null, "errors" jsonb not null, "created_by" varchar(64) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "staff_import_job_tenant_id_index" on "identity"."staff_import_job" ("tenant_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "identity"."staff_import_job" cascade;`);
  }

}
