import { Migration } from '@mikro-orm/migrations';

export class Migration20261202172506_survey_session_reminders extends Migration {

  override name = 'Migration20261202172506_survey_session_reminders';

  override up(): void | Promise<void> {
    this.addSql(`create table "notifications"."session_seat" ("booking_id" uuid not null, "tenant_id" uuid not null, "staff_id" uuid not null, "session_id" uuid not null, "title" varchar(200) not null, "starts_at" timestamptz not null, "cancelled" boolean not null, "reminded_for" timestamptz null, primary key ("booking_id"));`);
    this.addSql(`create index "session_seat_tenant_id_index" on "notifications"."session_seat" ("tenant_id");`);
    this.addSql(`create index "session_seat_staff_id_index" on "notifications"."session_seat" ("staff_id");`);

    this.addSql(`create table "notifications"."survey_reminder" ("invitation_id" uuid not null, "tenant_id" uuid not null, "staff_id" uuid not null, "due_on" varchar(10) not null, "opened_on" varchar(10) not null, "reminded_at" timestamptz null, "last_day_told_at" timestamptz null, primary key ("invitation_id"));`);
    this.addSql(`create index "survey_reminder_tenant_id_index" on "notifications"."survey_reminder" ("tenant_id");`);
    this.addSql(`create index "survey_reminder_staff_id_index" on "notifications"."survey_reminder" ("staff_id");`);
    // Row-level security, as for every tenant table of the module (hand-written).
    this.addSql(`grant select, insert, update, delete on "notifications"."survey_reminder" to m4pris_tenant;`);
    this.addSql(`alter table "notifications"."survey_reminder" enable row level security;`);
    this.addSql(`create policy tenant_isolation on "notifications"."survey_reminder" using (tenant_id::text = current_setting('m4pris.tenant_id', true)) with check (tenant_id::text = current_setting('m4pris.tenant_id', true));`);
    this.addSql(`grant select, insert, update, delete on "notifications"."session_seat" to m4pris_tenant;`);
    this.addSql(`alter table "notifications"."session_seat" enable row level security;`);
    this.addSql(`create policy tenant_isolation on "notifications"."session_seat" using (tenant_id::text = current_setting('m4pris.tenant_id', true)) with check (tenant_id::text = current_setting('m4pris.tenant_id', true));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop policy if exists tenant_isolation on "notifications"."session_seat";`);
    this.addSql(`drop policy if exists tenant_isolation on "notifications"."survey_reminder";`);
    this.addSql(`drop table if exists "notifications"."session_seat" cascade;`);
    this.addSql(`drop table if exists "notifications"."survey_reminder" cascade;`);
  }

}
