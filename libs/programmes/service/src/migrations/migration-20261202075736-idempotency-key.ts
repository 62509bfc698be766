import { Migration } from '@mikro-orm/migrations';

export class Migration20261202075736_idempotency_key extends Migration {

  override name = 'Migration20261202075736_idempotency_key';

  override up(): void | Promise<void> {
    this.addSql(`create table "programmes"."idempotency_key" ("tenant_id" uuid not null, "caller_id" varchar(100) not null, "key" uuid not null, "operation" varchar(200) not null, "request_hash" varchar(64) not null, "result_id" uuid not null, "created_at" timestamptz not null, primary key ("tenant_id", "caller_id", "key"));`);
    // Row-level security like every tenant table (migration-20261201090000-row-level-security).
    this.addSql(`grant select, insert, update, delete on "programmes"."idempotency_key" to m4pris_tenant;`);
    this.addSql(`alter table "programmes"."idempotency_key" enable row level security;`);
    this.addSql(`create policy tenant_isolation on "programmes"."idempotency_key" using (tenant_id::text = current_setting('m4pris.tenant_id', true)) with check (tenant_id::text = current_setting('m4pris.tenant_id', true));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop policy if exists tenant_isolation on "programmes"."idempotency_key";`);
    this.addSql(`drop table if exists "programmes"."idempotency_key" cascade;`);
  }

}
