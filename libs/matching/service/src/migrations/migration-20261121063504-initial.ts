import { Migration } from '@mikro-orm/migrations';

export class Migration20261121063504_initial extends Migration {

  override name = 'Migration20261121063504_initial';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "matching";`);
    this.addSql(`create table "matching"."cohort" ("id" uuid not null, "tenant_id" uuid not null, "programme_id" uuid not null, "state" varchar(20) not null, "policy_version" int not null, "policy" jsonb not null, "institution_ids" jsonb not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "cohort_tenant_id_index" on "matching"."cohort" ("tenant_id");`);
    this.addSql(`create index "cohort_programme_id_index" on "matching"."cohort" ("programme_id");`);

    this.addSql(`create table "matching"."duo" ("relationship_id" uuid not null, "tenant_id" uuid not null, "cohort_id" uuid not null, "mentor_staff_id" uuid not null, "mentee_staff_id" uuid not null, "state" varchar(20) not null, "not_afit" boolean not null, "rematch_requested" boolean not null, "updated_at" timestamptz not null, primary key ("relationship_id"));`);
    this.addSql(`create index "duo_tenant_id_mentor_staff_id_index" on "matching"."duo" ("tenant_id", "mentor_staff_id");`);
    this.addSql(`create index "duo_tenant_id_mentee_staff_id_index" on "matching"."duo" ("tenant_id", "mentee_staff_id");`);

    this.addSql(`create table "matching"."match_run" ("id" uuid not null, "tenant_id" uuid not null, "cohort_id" uuid not null, "programme_id" uuid not null, "status" varchar(10) not null, "policy_version" int not null, "weights_version" int not null, "weights" jsonb not null, "input_digest" varchar(64) not null, "mentees" int not null, "mentors" int not null, "total_score" int not null, "created_by" varchar(64) not null, "created_at" timestamptz not null, "finished_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "match_run_tenant_id_cohort_id_index" on "matching"."match_run" ("tenant_id", "cohort_id");`);

    this.addSql(`create table "matching"."outbox_event" ("id" uuid not null, "subject" varchar(200) not null, "tenant_id" uuid null, "trace_id" varchar(64) not null, "payload" jsonb not null, "occurred_at" timestamptz not null, "published_at" timestamptz null, "attempts" int not null default 0, "last_error" text null, primary key ("id"));`);
    this.addSql(`create index "outbox_event_published_at_index" on "matching"."outbox_event" ("published_at");`);

    this.addSql(`create table "matching"."pair_rule" ("id" uuid not null, "tenant_id" uuid not null, "cohort_id" uuid not null, "mentor_staff_id" uuid not null, "mentee_staff_id" uuid not null, "kind" varchar(10) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "pair_rule_tenant_id_index" on "matching"."pair_rule" ("tenant_id");`);
    this.addSql(`alter table "matching"."pair_rule" add constraint "pair_rule_cohort_id_mentee_staff_id_mentor_staff_id_unique" unique ("cohort_id", "mentee_staff_id", "mentor_staff_id");`);

    this.addSql(`create table "matching"."participant" ("application_id" uuid not null, "tenant_id" uuid not null, "cohort_id" uuid not null, "programme_id" uuid not null, "staff_id" uuid not null, "role" varchar(10) not null, "functions" jsonb not null, "languages" jsonb not null, "prefers_same_unit" boolean not null, "preferred_staff_ids" jsonb not null, "conflict_staff_ids" jsonb not null, "active" boolean not null, "matched" boolean not null, "updated_at" timestamptz not null, primary key ("application_id"));`);
    this.addSql(`create index "participant_staff_id_index" on "matching"."participant" ("staff_id");`);
    this.addSql(`create index "participant_tenant_id_cohort_id_index" on "matching"."participant" ("tenant_id", "cohort_id");`);

    this.addSql(`create table "matching"."processed_event" ("consumer" varchar(100) not null, "event_id" uuid not null, "processed_at" timestamptz not null, primary key ("consumer", "event_id"));`);

    this.addSql(`create table "matching"."proposal" ("id" uuid not null, "tenant_id" uuid not null, "run_id" uuid not null, "cohort_id" uuid not null, "programme_id" uuid not null, "mentor_staff_id" uuid not null, "mentee_staff_id" uuid not null, "mentor_application_id" uuid not null, "mentee_application_id" uuid not null, "score" int not null, "breakdown" jsonb not null, "flags" jsonb not null, "reason" text not null, "status" varchar(12) not null, "pinned" boolean not null, "relationship_id" uuid null, "decided_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "proposal_run_id_index" on "matching"."proposal" ("run_id");`);
    this.addSql(`create index "proposal_tenant_id_cohort_id_status_index" on "matching"."proposal" ("tenant_id", "cohort_id", "status");`);

    this.addSql(`create table "matching"."shift_pattern" ("id" uuid not null, "tenant_id" uuid not null, "cycle_days" int not null, "shifts" jsonb not null, primary key ("id"));`);
    this.addSql(`create index "shift_pattern_tenant_id_index" on "matching"."shift_pattern" ("tenant_id");`);

    this.addSql(`create table "matching"."staff_profile" ("staff_id" uuid not null, "tenant_id" uuid not null, "institution_id" uuid not null, "institution_kind" varchar(20) not null, "region" varchar(100) not null, "unit_id" uuid null, "supervises_others" boolean not null, "hired_on" varchar(10) not null, "joined_institution_on" varchar(10) not null, "previous_institution_kind" varchar(20) null, "shift_pattern_id" uuid null, "shift_offset_days" int not null, "languages" jsonb not null, "line_manager_id" uuid null, "left_service_on" varchar(10) null, "updated_at" timestamptz not null, primary key ("staff_id"));`);
    this.addSql(`create index "staff_profile_tenant_id_index" on "matching"."staff_profile" ("tenant_id");`);
    this.addSql(`create index "staff_profile_line_manager_id_index" on "matching"."staff_profile" ("line_manager_id");`);

    this.addSql(`create table "matching"."tenant_modules" ("tenant_id" uuid not null, "training_deployed" boolean not null, "updated_at" timestamptz not null, primary key ("tenant_id"));`);

    this.addSql(`create table "matching"."trained_mentor" ("staff_id" uuid not null, "tenant_id" uuid not null, "completed_on" varchar(10) not null, primary key ("staff_id"));`);
    this.addSql(`create index "trained_mentor_tenant_id_index" on "matching"."trained_mentor" ("tenant_id");`);

    this.addSql(`create table "matching"."unmatched" ("id" uuid not null, "tenant_id" uuid not null, "run_id" uuid not null, "staff_id" uuid not null, "role" varchar(10) not null, "reasons" jsonb not null, primary key ("id"));`);
    this.addSql(`create index "unmatched_run_id_index" on "matching"."unmatched" ("run_id");`);

    this.addSql(`create table "matching"."weights" ("id" uuid not null, "tenant_id" uuid not null, "programme_id" uuid not null, "version" int not null, "weights" jsonb not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "weights_tenant_id_index" on "matching"."weights" ("tenant_id");`);
    this.addSql(`alter table "matching"."weights" add constraint "weights_programme_id_version_unique" unique ("programme_id", "version");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "matching"."cohort" cascade;`);
    this.addSql(`drop table if exists "matching"."duo" cascade;`);
    this.addSql(`drop table if exists "matching"."match_run" cascade;`);
    this.addSql(`drop table if exists "matching"."outbox_event" cascade;`);
    this.addSql(`drop table if exists "matching"."pair_rule" cascade;`);
    this.addSql(`drop table if exists "matching"."participant" cascade;`);
    this.addSql(`drop table if exists "matching"."processed_event" cascade;`);
    this.addSql(`drop table if exists "matching"."proposal" cascade;`);
    this.addSql(`drop table if exists "matching"."shift_pattern" cascade;`);
    this.addSql(`drop table if exists "matching"."staff_profile" cascade;`);
    this.addSql(`drop table if exists "matching"."tenant_modules" cascade;`);
    this.addSql(`drop table if exists "matching"."trained_mentor" cascade;`);
    this.addSql(`drop table if exists "matching"."unmatched" cascade;`);
    this.addSql(`drop table if exists "matching"."weights" cascade;`);
  }

}
