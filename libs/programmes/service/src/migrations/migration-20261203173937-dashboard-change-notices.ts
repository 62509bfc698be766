import { Migration } from '@mikro-orm/migrations';

/*
 * Generated from the entities: the trigger `notice_change` (shared/notice-change.ts) on the tables
 * the coordinator dashboard reads, which reports every write to the processes keeping dashboards in
 * memory (relationship/dashboard-cache.ts, platform-messaging data-changes.ts).
 */

export class Migration20261203173937_dashboard_change_notices extends Migration {

  override name = 'Migration20261203173937_dashboard_change_notices';

  override up(): void | Promise<void> {
    this.addSql(`create or replace function "programmes"."application_notice_change_fn"() returns trigger as \$\$ begin if tg_op = 'DELETE' then perform pg_notify('m4pris_programmes_changed', coalesce(old."tenant_id"::text, '*')); perform set_config('m4pris.changed', case when position(',' || coalesce(old."tenant_id"::text, '*') || ',' in coalesce(current_setting('m4pris.changed', true), '') || ',') > 0 then coalesce(current_setting('m4pris.changed', true), '') else coalesce(current_setting('m4pris.changed', true), '') || ',' || coalesce(old."tenant_id"::text, '*') end, true); else perform pg_notify('m4pris_programmes_changed', coalesce(new."tenant_id"::text, '*')); perform set_config('m4pris.changed', case when position(',' || coalesce(new."tenant_id"::text, '*') || ',' in coalesce(current_setting('m4pris.changed', true), '') || ',') > 0 then coalesce(current_setting('m4pris.changed', true), '') else coalesce(current_setting('m4pris.changed', true), '') || ',' || coalesce(new."tenant_id"::text, '*') end, true); end if; return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "notice_change" AFTER INSERT OR UPDATE OR DELETE on "programmes"."application" for each ROW execute function "programmes"."application_notice_change_fn"();`);

    this.addSql(`create or replace function "programmes"."cohort_notice_change_fn"() returns trigger as \$\$ begin if tg_op = 'DELETE' then perform pg_notify('m4pris_programmes_changed', coalesce(old."tenant_id"::text, '*')); perform set_config('m4pris.changed', case when position(',' || coalesce(old."tenant_id"::text, '*') || ',' in coalesce(current_setting('m4pris.changed', true), '') || ',') > 0 then coalesce(current_setting('m4pris.changed', true), '') else coalesce(current_setting('m4pris.changed', true), '') || ',' || coalesce(old."tenant_id"::text, '*') end, true); else perform pg_notify('m4pris_programmes_changed', coalesce(new."tenant_id"::text, '*')); perform set_config('m4pris.changed', case when position(',' || coalesce(new."tenant_id"::text, '*') || ',' in coalesce(current_setting('m4pris.changed', true), '') || ',') > 0 then coalesce(current_setting('m4pris.changed', true), '') else coalesce(current_setting('m4pris.changed', true), '') || ',' || coalesce(new."tenant_id"::text, '*') end, true); end if; return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "notice_change" AFTER INSERT OR UPDATE OR DELETE on "programmes"."cohort" for each ROW execute function "programmes"."cohort_notice_change_fn"();`);

    this.addSql(`create or replace function "programmes"."policy_version_notice_change_fn"() returns trigger as \$\$ begin if tg_op = 'DELETE' then perform pg_notify('m4pris_programmes_changed', coalesce(old."tenant_id"::text, '*')); perform set_config('m4pris.changed', case when position(',' || coalesce(old."tenant_id"::text, '*') || ',' in coalesce(current_setting('m4pris.changed', true), '') || ',') > 0 then coalesce(current_setting('m4pris.changed', true), '') else coalesce(current_setting('m4pris.changed', true), '') || ',' || coalesce(old."tenant_id"::text, '*') end, true); else perform pg_notify('m4pris_programmes_changed', coalesce(new."tenant_id"::text, '*')); perform set_config('m4pris.changed', case when position(',' || coalesce(new."tenant_id"::text, '*') || ',' in coalesce(current_setting('m4pris.changed', true), '') || ',') > 0 then coalesce(current_setting('m4pris.changed', true), '') else coalesce(current_setting('m4pris.changed', true), '') || ',' || coalesce(new."tenant_id"::text, '*') end, true); end if; return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "notice_change" AFTER INSERT OR UPDATE OR DELETE on "programmes"."policy_version" for each ROW execute function "programmes"."policy_version_notice_change_fn"();`);

    this.addSql(`create or replace function "programmes"."programme_notice_change_fn"() returns trigger as \$\$ begin if tg_op = 'DELETE' then perform pg_notify('m4pris_programmes_changed', coalesce(old."tenant_id"::text, '*')); perform set_config('m4pris.changed', case when position(',' || coalesce(old."tenant_id"::text, '*') || ',' in coalesce(current_setting('m4pris.changed', true), '') || ',') > 0 then coalesce(current_setting('m4pris.changed', true), '') else coalesce(current_setting('m4pris.changed', true), '') || ',' || coalesce(old."tenant_id"::text, '*') end, true); else perform pg_notify('m4pris_programmes_changed', coalesce(new."tenant_id"::text, '*')); perform set_config('m4pris.changed', case when position(',' || coalesce(new."tenant_id"::text, '*') || ',' in coalesce(current_setting('m4pris.changed', true), '') || ',') > 0 then coalesce(current_setting('m4pris.changed', true), '') else coalesce(current_setting('m4pris.changed', true), '') || ',' || coalesce(new."tenant_id"::text, '*') end, true); end if; return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "notice_change" AFTER INSERT OR UPDATE OR DELETE on "programmes"."programme" for each ROW execute function "programmes"."programme_notice_change_fn"();`);

    this.addSql(`create or replace function "programmes"."relationship_notice_change_fn"() returns trigger as \$\$ begin if tg_op = 'DELETE' then perform pg_notify('m4pris_programmes_changed', coalesce(old."tenant_id"::text, '*')); perform set_config('m4pris.changed', case when position(',' || coalesce(old."tenant_id"::text, '*') || ',' in coalesce(current_setting('m4pris.changed', true), '') || ',') > 0 then coalesce(current_setting('m4pris.changed', true), '') else coalesce(current_setting('m4pris.changed', true), '') || ',' || coalesce(old."tenant_id"::text, '*') end, true); else perform pg_notify('m4pris_programmes_changed', coalesce(new."tenant_id"::text, '*')); perform set_config('m4pris.changed', case when position(',' || coalesce(new."tenant_id"::text, '*') || ',' in coalesce(current_setting('m4pris.changed', true), '') || ',') > 0 then coalesce(current_setting('m4pris.changed', true), '') else coalesce(current_setting('m4pris.changed', true), '') || ',' || coalesce(new."tenant_id"::text, '*') end, true); end if; return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "notice_change" AFTER INSERT OR UPDATE OR DELETE on "programmes"."relationship" for each ROW execute function "programmes"."relationship_notice_change_fn"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "notice_change" on "programmes"."application";`);
    this.addSql(`drop function if exists "programmes"."application_notice_change_fn"();`);

    this.addSql(`drop trigger if exists "notice_change" on "programmes"."cohort";`);
    this.addSql(`drop function if exists "programmes"."cohort_notice_change_fn"();`);

    this.addSql(`drop trigger if exists "notice_change" on "programmes"."policy_version";`);
    this.addSql(`drop function if exists "programmes"."policy_version_notice_change_fn"();`);

    this.addSql(`drop trigger if exists "notice_change" on "programmes"."programme";`);
    this.addSql(`drop function if exists "programmes"."programme_notice_change_fn"();`);

    this.addSql(`drop trigger if exists "notice_change" on "programmes"."relationship";`);
    this.addSql(`drop function if exists "programmes"."relationship_notice_change_fn"();`);
  }

}
