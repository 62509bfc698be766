import { Migration } from '@mikro-orm/migrations';

export class Migration20261121055624_initial extends Migration {

  override name = 'Migration20261121055624_initial';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "identity";`);
    this.addSql(`create table "identity"."account" ("id" uuid not null, "email" varchar(254) not null, "password_hash" varchar(255) null, "status" varchar(20) not null, "tenant_id" uuid null, "staff_id" uuid null, "invitation_token_hash" varchar(64) null, "invitation_expires_at" timestamptz null, "last_login_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "identity"."account" add constraint "account_email_unique" unique ("email");`);
    this.addSql(`create index "account_tenant_id_index" on "identity"."account" ("tenant_id");`);
    this.addSql(`create index "account_staff_id_index" on "identity"."account" ("staff_id");`);
    this.addSql(`alter table "identity"."account" add constraint "account_invitation_token_hash_unique" unique ("invitation_token_hash");`);

    this.addSql(`create table "identity"."audit_entry" ("id" uuid not null, "tenant_id" uuid null, "actor_id" varchar(64) null, "action" varchar(60) not null, "entity_type" varchar(50) not null, "entity_id" uuid null, "trace_id" varchar(64) not null, "at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "audit_entry_tenant_id_at_index" on "identity"."audit_entry" ("tenant_id", "at");`);
    this.addSql(`create index "audit_entry_entity_id_index" on "identity"."audit_entry" ("entity_id");`);

    this.addSql(`create table "identity"."consent_record" ("id" uuid not null, "tenant_id" uuid not null, "consent_text_id" uuid not null, "account_id" uuid not null, "staff_id" uuid null, "purpose" varchar(64) not null, "version" int not null, "granted" boolean not null, "recorded_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "consent_record_tenant_id_index" on "identity"."consent_record" ("tenant_id");`);
    this.addSql(`create index "consent_record_consent_text_id_index" on "identity"."consent_record" ("consent_text_id");`);
    this.addSql(`create index "consent_record_account_id_index" on "identity"."consent_record" ("account_id");`);
    this.addSql(`create index "consent_record_staff_id_index" on "identity"."consent_record" ("staff_id");`);

    this.addSql(`create table "identity"."consent_text" ("id" uuid not null, "tenant_id" uuid not null, "purpose" varchar(64) not null, "locale" varchar(5) not null, "version" int not null, "text" text not null, "published_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "consent_text_tenant_id_index" on "identity"."consent_text" ("tenant_id");`);
    this.addSql(`alter table "identity"."consent_text" add constraint "consent_text_tenant_id_purpose_locale_version_unique" unique ("tenant_id", "purpose", "locale", "version");`);

    this.addSql(`create table "identity"."institution" ("id" uuid not null, "tenant_id" uuid not null, "name" varchar(200) not null, "kind" varchar(20) not null, "region" varchar(100) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "institution_tenant_id_index" on "identity"."institution" ("tenant_id");`);

    this.addSql(`create table "identity"."login_attempt" ("id" uuid not null, "key" varchar(300) not null, "at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "login_attempt_key_at_index" on "identity"."login_attempt" ("key", "at");`);

    this.addSql(`create table "identity"."outbox_event" ("id" uuid not null, "subject" varchar(200) not null, "tenant_id" uuid null, "trace_id" varchar(64) not null, "payload" jsonb not null, "occurred_at" timestamptz not null, "published_at" timestamptz null, "attempts" int not null default 0, "last_error" text null, primary key ("id"));`);
    this.addSql(`create index "outbox_event_published_at_index" on "identity"."outbox_event" ("published_at");`);

    this.addSql(`create table "identity"."processed_event" ("consumer" varchar(100) not null, "event_id" uuid not null, "processed_at" timestamptz not null, primary key ("consumer", "event_id"));`);

    this.addSql(`create table "identity"."refresh_token" ("id" uuid not null, "account_id" uuid not null, "family_id" uuid not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "revoked_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "refresh_token_account_id_index" on "identity"."refresh_token" ("account_id");`);
    this.addSql(`create index "refresh_token_family_id_index" on "identity"."refresh_token" ("family_id");`);
    this.addSql(`alter table "identity"."refresh_token" add constraint "refresh_token_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "identity"."role_assignment" ("id" uuid not null, "account_id" uuid not null, "role" varchar(30) not null, "tenant_id" uuid null, "scope_type" varchar(20) null, "scope_id" uuid null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "role_assignment_account_id_index" on "identity"."role_assignment" ("account_id");`);
    this.addSql(`create index "role_assignment_tenant_id_index" on "identity"."role_assignment" ("tenant_id");`);

    this.addSql(`create table "identity"."shift_pattern" ("id" uuid not null, "tenant_id" uuid not null, "name" varchar(100) not null, "cycle_days" int not null, "shifts" jsonb not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "shift_pattern_tenant_id_index" on "identity"."shift_pattern" ("tenant_id");`);

    this.addSql(`create table "identity"."signing_key" ("slot" varchar(20) not null, "kid" varchar(64) not null, "private_jwk" jsonb not null, "public_jwk" jsonb not null, "created_at" timestamptz not null, primary key ("slot"));`);
    this.addSql(`alter table "identity"."signing_key" add constraint "signing_key_kid_unique" unique ("kid");`);

    this.addSql(`create table "identity"."staff" ("id" uuid not null, "tenant_id" uuid not null, "first_name" varchar(100) not null, "last_name" varchar(100) not null, "email" varchar(254) not null, "position" varchar(100) not null, "supervises_others" boolean not null, "hired_on" date not null, "joined_institution_on" date not null, "previous_institution_kind" varchar(20) null, "institution_id" uuid not null, "unit_id" uuid null, "shift_pattern_id" uuid null, "shift_offset_days" int not null, "languages" jsonb not null, "line_manager_id" uuid null, "left_service_on" date null, "erased_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "staff_tenant_id_index" on "identity"."staff" ("tenant_id");`);
    this.addSql(`create index "staff_institution_id_index" on "identity"."staff" ("institution_id");`);
    this.addSql(`create index "staff_unit_id_index" on "identity"."staff" ("unit_id");`);
    this.addSql(`create index "staff_shift_pattern_id_index" on "identity"."staff" ("shift_pattern_id");`);
    this.addSql(`create index "staff_line_manager_id_index" on "identity"."staff" ("line_manager_id");`);
    this.addSql(`alter table "identity"."staff" add constraint "staff_tenant_id_email_unique" unique ("tenant_id", "email");`);

    this.addSql(`create table "identity"."tenant" ("id" uuid not null, "code" varchar(40) not null, "name" varchar(200) not null, "country" varchar(2) not null, "default_locale" varchar(5) not null, "enabled_modules" jsonb not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "identity"."tenant" add constraint "tenant_code_unique" unique ("code");`);

    this.addSql(`create table "identity"."unit" ("id" uuid not null, "tenant_id" uuid not null, "institution_id" uuid not null, "name" varchar(200) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "unit_tenant_id_index" on "identity"."unit" ("tenant_id");`);
    this.addSql(`create index "unit_institution_id_index" on "identity"."unit" ("institution_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "identity"."account" cascade;`);
    this.addSql(`drop table if exists "identity"."audit_entry" cascade;`);
    this.addSql(`drop table if exists "identity"."consent_record" cascade;`);
    this.addSql(`drop table if exists "identity"."consent_text" cascade;`);
    this.addSql(`drop table if exists "identity"."institution" cascade;`);
    this.addSql(`drop table if exists "identity"."login_attempt" cascade;`);
    this.addSql(`drop table if exists "identity"."outbox_event" cascade;`);
    this.addSql(`drop table if exists "identity"."processed_event" cascade;`);
    this.addSql(`drop table if exists "identity"."refresh_token" cascade;`);
    this.addSql(`drop table if exists "identity"."role_assignment" cascade;`);
    this.addSql(`drop table if exists "identity"."shift_pattern" cascade;`);
    this.addSql(`drop table if exists "identity"."signing_key" cascade;`);
    this.addSql(`drop table if exists "identity"."staff" cascade;`);
    this.addSql(`drop table if exists "identity"."tenant" cascade;`);
    this.addSql(`drop table if exists "identity"."unit" cascade;`);
  }

}
