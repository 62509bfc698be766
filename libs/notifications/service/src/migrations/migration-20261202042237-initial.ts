import { Migration } from '@mikro-orm/migrations';

export class Migration20261202042237_initial extends Migration {

  override name = 'Migration20261202042237_initial';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "notifications";`);
    this.addSql(`create table "notifications"."event_watermark" ("consumer" varchar(100) not null, "key" varchar(200) not null, "occurred_at" timestamptz not null, primary key ("consumer", "key"));`);

    this.addSql(`create table "notifications"."notification" ("id" uuid not null, "tenant_id" uuid not null, "staff_id" uuid not null, "kind" varchar(40) not null, "idempotency_key" varchar(200) not null, "title" varchar(300) not null, "body" text not null, "link" varchar(500) not null, "created_at" timestamptz not null, "read_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "notification_tenant_id_index" on "notifications"."notification" ("tenant_id");`);
    this.addSql(`alter table "notifications"."notification" add constraint "notification_idempotency_key_unique" unique ("idempotency_key");`);
    this.addSql(`create index "notification_staff_id_created_at_index" on "notifications"."notification" ("staff_id", "created_at");`);

    this.addSql(`create table "notifications"."outbox_event" ("id" uuid not null, "subject" varchar(200) not null, "tenant_id" uuid null, "trace_id" varchar(64) not null, "payload" jsonb not null, "occurred_at" timestamptz not null, "published_at" timestamptz null, "attempts" int not null default 0, "last_error" text null, primary key ("id"));`);
    this.addSql(`create index "outbox_event_published_at_index" on "notifications"."outbox_event" ("published_at");`);

    this.addSql(`create table "notifications"."outgoing_mail" ("id" uuid not null, "tenant_id" uuid null, "staff_id" uuid null, "kind" varchar(40) not null, "idempotency_key" varchar(200) not null, "recipient" varchar(254) not null, "locale" varchar(5) not null, "subject" varchar(300) not null, "text_body" text null, "html_body" text null, "status" varchar(20) not null, "attempts" int not null, "last_error" varchar(500) null, "send_after" timestamptz not null, "lease_until" timestamptz null, "created_at" timestamptz not null, "sent_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "outgoing_mail_tenant_id_index" on "notifications"."outgoing_mail" ("tenant_id");`);
    this.addSql(`create index "outgoing_mail_staff_id_index" on "notifications"."outgoing_mail" ("staff_id");`);
    this.addSql(`alter table "notifications"."outgoing_mail" add constraint "outgoing_mail_idempotency_key_unique" unique ("idempotency_key");`);
    this.addSql(`create index "outgoing_mail_status_send_after_index" on "notifications"."outgoing_mail" ("status", "send_after");`);

    this.addSql(`create table "notifications"."person" ("staff_id" uuid not null, "tenant_id" uuid not null, "first_name" varchar(100) not null, "last_name" varchar(100) not null, "email" varchar(254) not null, "locale" varchar(5) null, "updated_at" timestamptz not null, primary key ("staff_id"));`);
    this.addSql(`create index "person_tenant_id_index" on "notifications"."person" ("tenant_id");`);

    this.addSql(`create table "notifications"."processed_event" ("consumer" varchar(100) not null, "event_id" uuid not null, "processed_at" timestamptz not null, primary key ("consumer", "event_id"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "notifications"."event_watermark" cascade;`);
    this.addSql(`drop table if exists "notifications"."notification" cascade;`);
    this.addSql(`drop table if exists "notifications"."outbox_event" cascade;`);
    this.addSql(`drop table if exists "notifications"."outgoing_mail" cascade;`);
    this.addSql(`drop table if exists "notifications"."person" cascade;`);
    this.addSql(`drop table if exists "notifications"."processed_event" cascade;`);
  }

}
