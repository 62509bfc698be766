import { Migration } from '@mikro-orm/migrations';

export class Migration20261121063626_initial extends Migration {

  override name = 'Migration20261121063626_initial';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "evaluation";`);
    this.addSql(`create table "evaluation"."instrument_text" ("id" uuid not null, "tenant_id" uuid not null, "instrument_code" varchar(32) not null, "locale" varchar(5) not null, "instructions" text null, "anchors" jsonb not null, "items" jsonb not null, "source" varchar(500) not null, "loaded_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "instrument_text_tenant_id_index" on "evaluation"."instrument_text" ("tenant_id");`);
    this.addSql(`alter table "evaluation"."instrument_text" add constraint "instrument_text_tenant_id_instrument_code_locale_unique" unique ("tenant_id", "instrument_code", "locale");`);

    this.addSql(`create table "evaluation"."invitation" ("id" uuid not null, "tenant_id" uuid not null, "programme_id" uuid not null, "participant_code" varchar(16) not null, "role" varchar(10) not null, "wave" varchar(10) not null, "instruments" jsonb not null, "opens_on" varchar(10) not null, "due_on" varchar(10) not null, "remind_on" varchar(10) not null, "started_at" timestamptz null, "completed_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "invitation_participant_code_index" on "evaluation"."invitation" ("participant_code");`);
    this.addSql(`create index "invitation_tenant_id_programme_id_wave_index" on "evaluation"."invitation" ("tenant_id", "programme_id", "wave");`);

    this.addSql(`create table "evaluation"."invitation_key" ("invitation_id" uuid not null, "tenant_id" uuid not null, "relationship_id" uuid not null, "participant_code" varchar(16) not null, "wave" varchar(10) not null, primary key ("invitation_id"));`);
    this.addSql(`create index "invitation_key_tenant_id_index" on "evaluation"."invitation_key" ("tenant_id");`);
    this.addSql(`create index "invitation_key_relationship_id_index" on "evaluation"."invitation_key" ("relationship_id");`);
    this.addSql(`alter table "evaluation"."invitation_key" add constraint "invitation_key_relationship_id_participant_code_wave_unique" unique ("relationship_id", "participant_code", "wave");`);

    this.addSql(`create table "evaluation"."outbox_event" ("id" uuid not null, "subject" varchar(200) not null, "tenant_id" uuid null, "trace_id" varchar(64) not null, "payload" jsonb not null, "occurred_at" timestamptz not null, "published_at" timestamptz null, "attempts" int not null default 0, "last_error" text null, primary key ("id"));`);
    this.addSql(`create index "outbox_event_published_at_index" on "evaluation"."outbox_event" ("published_at");`);

    this.addSql(`create table "evaluation"."participant" ("code" varchar(16) not null, "tenant_id" uuid not null, "programme_id" uuid not null, "role" varchar(10) not null, "institution_id" uuid null, "country" varchar(2) null, "created_at" timestamptz not null, primary key ("code"));`);
    this.addSql(`create index "participant_tenant_id_index" on "evaluation"."participant" ("tenant_id");`);
    this.addSql(`create index "participant_programme_id_index" on "evaluation"."participant" ("programme_id");`);

    this.addSql(`create table "evaluation"."participant_link" ("code" varchar(16) not null, "tenant_id" uuid not null, "programme_id" uuid not null, "staff_id" uuid not null, "role" varchar(10) not null, primary key ("code"));`);
    this.addSql(`create index "participant_link_tenant_id_index" on "evaluation"."participant_link" ("tenant_id");`);
    this.addSql(`create index "participant_link_staff_id_index" on "evaluation"."participant_link" ("staff_id");`);
    this.addSql(`alter table "evaluation"."participant_link" add constraint "participant_link_tenant_id_programme_id_staff_id_role_unique" unique ("tenant_id", "programme_id", "staff_id", "role");`);

    this.addSql(`create table "evaluation"."processed_event" ("consumer" varchar(100) not null, "event_id" uuid not null, "processed_at" timestamptz not null, primary key ("consumer", "event_id"));`);

    this.addSql(`create table "evaluation"."relationship_fact" ("relationship_id" uuid not null, "tenant_id" uuid not null, "programme_id" uuid not null, "cohort_id" uuid not null, "mentor_staff_id" uuid null, "mentee_staff_id" uuid null, "started_on" varchar(10) not null, "planned_end_on" varchar(10) not null, "ended_on" varchar(10) null, "state" varchar(12) not null, "end_reason" varchar(32) null, "meetings" int not null, primary key ("relationship_id"));`);
    this.addSql(`create index "relationship_fact_mentor_staff_id_index" on "evaluation"."relationship_fact" ("mentor_staff_id");`);
    this.addSql(`create index "relationship_fact_mentee_staff_id_index" on "evaluation"."relationship_fact" ("mentee_staff_id");`);
    this.addSql(`create index "relationship_fact_tenant_id_programme_id_index" on "evaluation"."relationship_fact" ("tenant_id", "programme_id");`);

    this.addSql(`create table "evaluation"."staff_fact" ("staff_id" uuid not null, "tenant_id" uuid not null, "institution_id" uuid not null, "hired_on" varchar(10) not null, "left_service_on" varchar(10) null, primary key ("staff_id"));`);
    this.addSql(`create index "staff_fact_tenant_id_index" on "evaluation"."staff_fact" ("tenant_id");`);

    this.addSql(`create table "evaluation"."survey_plan" ("id" uuid not null, "tenant_id" uuid not null, "programme_id" uuid not null, "version" int not null, "waves" jsonb not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "survey_plan_tenant_id_index" on "evaluation"."survey_plan" ("tenant_id");`);
    this.addSql(`alter table "evaluation"."survey_plan" add constraint "survey_plan_tenant_id_programme_id_unique" unique ("tenant_id", "programme_id");`);

    this.addSql(`create table "evaluation"."survey_response" ("invitation_id" uuid not null, "tenant_id" uuid not null, "programme_id" uuid not null, "participant_code" varchar(16) not null, "role" varchar(10) not null, "wave" varchar(10) not null, "answers" jsonb not null, "scores" jsonb null, "completed_on" varchar(10) null, primary key ("invitation_id"));`);
    this.addSql(`create index "survey_response_participant_code_index" on "evaluation"."survey_response" ("participant_code");`);
    this.addSql(`create index "survey_response_tenant_id_programme_id_wave_index" on "evaluation"."survey_response" ("tenant_id", "programme_id", "wave");`);

    this.addSql(`create table "evaluation"."tenant_fact" ("tenant_id" uuid not null, "country" varchar(2) not null, primary key ("tenant_id"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "evaluation"."instrument_text" cascade;`);
    this.addSql(`drop table if exists "evaluation"."invitation" cascade;`);
    this.addSql(`drop table if exists "evaluation"."invitation_key" cascade;`);
    this.addSql(`drop table if exists "evaluation"."outbox_event" cascade;`);
    this.addSql(`drop table if exists "evaluation"."participant" cascade;`);
    this.addSql(`drop table if exists "evaluation"."participant_link" cascade;`);
    this.addSql(`drop table if exists "evaluation"."processed_event" cascade;`);
    this.addSql(`drop table if exists "evaluation"."relationship_fact" cascade;`);
    this.addSql(`drop table if exists "evaluation"."staff_fact" cascade;`);
    this.addSql(`drop table if exists "evaluation"."survey_plan" cascade;`);
    this.addSql(`drop table if exists "evaluation"."survey_response" cascade;`);
    this.addSql(`drop table if exists "evaluation"."tenant_fact" cascade;`);
  }

}
