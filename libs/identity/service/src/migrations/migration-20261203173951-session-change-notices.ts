import { Migration } from '@mikro-orm/migrations';

/*
 * Generated from the entities: the trigger `notice_change` (shared/notice-change.ts) on account,
 * tenant and role_assignment, which reports every write to the processes keeping session states in
 * memory (account/session-cache.ts, platform-messaging data-changes.ts). The snapshot also catches
 * up with the table staff_import_job (created by migration-20261203051800-staff-import-job).
 */

export class Migration20261203173951_session_change_notices extends Migration {

  override name = 'Migration20261203173951_session_change_notices';

  override up(): void | Promise<void> {
    this.addSql(`create or replace function "identity"."account_notice_change_fn"() returns trigger as \$\$ begin if tg_op = 'DELETE' then perform pg_notify('m4pris_identity_changed', coalesce(old."tenant_id"::text, '*')); perform set_config('m4pris.changed', case when position(',' || coalesce(old."tenant_id"::text, '*') || ',' in coalesce(current_setting('m4pris.changed', true), '') || ',') > 0 then coalesce(current_setting('m4pris.changed', true), '') else coalesce(current_setting('m4pris.changed', true), '') || ',' || coalesce(old."tenant_id"::text, '*') end, true); else perform pg_notify('m4pris_identity_changed', coalesce(new."tenant_id"::text, '*')); perform set_config('m4pris.changed', case when position(',' || coalesce(new."tenant_id"::text, '*') || ',' in coalesce(current_setting('m4pris.changed', true), '') || ',') > 0 then coalesce(current_setting('m4pris.changed', true), '') else coalesce(current_setting('m4pris.changed', true), '') || ',' || coalesce(new."tenant_id"::text, '*') end, true); end if; return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "notice_change" AFTER INSERT OR UPDATE OR DELETE on "identity"."account" for each ROW execute function "identity"."account_notice_change_fn"();`);

    this.addSql(`create or replace function "identity"."role_assignment_notice_change_fn"() returns trigger as \$\$ begin if tg_op = 'DELETE' then perform pg_notify('m4pris_identity_changed', coalesce(old."tenant_id"::text, '*')); perform set_config('m4pris.changed', case when position(',' || coalesce(old."tenant_id"::text, '*') || ',' in coalesce(current_setting('m4pris.changed', true), '') || ',') > 0 then coalesce(current_setting('m4pris.changed', true), '') else coalesce(current_setting('m4pris.changed', true), '') || ',' || coalesce(old."tenant_id"::text, '*') end, true); else perform pg_notify('m4pris_identity_changed', coalesce(new."tenant_id"::text, '*')); perform set_config('m4pris.changed', case when position(',' || coalesce(new."tenant_id"::text, '*') || ',' in coalesce(current_setting('m4pris.changed', true), '') || ',') > 0 then coalesce(current_setting('m4pris.changed', true), '') else coalesce(current_setting('m4pris.changed', true), '') || ',' || coalesce(new."tenant_id"::text, '*') end, true); end if; return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "notice_change" AFTER INSERT OR UPDATE OR DELETE on "identity"."role_assignment" for each ROW execute function "identity"."role_assignment_notice_change_fn"();`);

    this.addSql(`create or replace function "identity"."tenant_notice_change_fn"() returns trigger as \$\$ begin if tg_op = 'DELETE' then perform pg_notify('m4pris_identity_changed', coalesce(old."id"::text, '*')); perform set_config('m4pris.changed', case when position(',' || coalesce(old."id"::text, '*') || ',' in coalesce(current_setting('m4pris.changed', true), '') || ',') > 0 then coalesce(current_setting('m4pris.changed', true), '') else coalesce(current_setting('m4pris.changed', true), '') || ',' || coalesce(old."id"::text, '*') end, true); else perform pg_notify('m4pris_identity_changed', coalesce(new."id"::text, '*')); perform set_config('m4pris.changed', case when position(',' || coalesce(new."id"::text, '*') || ',' in coalesce(current_setting('m4pris.changed', true), '') || ',') > 0 then coalesce(current_setting('m4pris.changed', true), '') else coalesce(current_setting('m4pris.changed', true), '') || ',' || coalesce(new."id"::text, '*') end, true); end if; return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "notice_change" AFTER INSERT OR UPDATE OR DELETE on "identity"."tenant" for each ROW execute function "identity"."tenant_notice_change_fn"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "notice_change" on "identity"."account";`);
    this.addSql(`drop function if exists "identity"."account_notice_change_fn"();`);

    this.addSql(`drop trigger if exists "notice_change" on "identity"."role_assignment";`);
    this.addSql(`drop function if exists "identity"."role_assignment_notice_change_fn"();`);

    this.addSql(`drop trigger if exists "notice_change" on "identity"."tenant";`);
    this.addSql(`drop function if exists "identity"."tenant_notice_change_fn"();`);
  }

}
