import { Migration } from '@mikro-orm/migrations';

export class Migration20261121063415_initial extends Migration {

  override name = 'Migration20261121063415_initial';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "programmes";`);
    this.addSql(`create table "programmes"."agreement" ("relationship_id" uuid not null, "tenant_id" uuid not null, "goals_summary" text null, "cadence_days" int not null, "practicalities" text null, "mentor_acknowledged_at" timestamptz null, "mentee_acknowledged_at" timestamptz null, "updated_at" timestamptz null, primary key ("relationship_id"));`);

    this.addSql(`create table "programmes"."application" ("id" uuid not null, "tenant_id" uuid not null, "programme_id" uuid not null, "cohort_id" uuid not null, "staff_id" uuid not null, "institution_id" uuid not null, "role" varchar(10) not null, "state" varchar(12) not null, "motivation" text null, "strengths_or_needs" text null, "functions" jsonb not null, "languages" jsonb not null, "prefers_same_unit" boolean not null, "preferred_staff_ids" jsonb not null, "conflict_staff_ids" jsonb not null, "consent_version" int null, "eligibility" jsonb not null, "flags" jsonb not null, "decision_reason" varchar(500) null, "decided_by" varchar(64) null, "submitted_at" timestamptz not null, "decided_at" timestamptz null, "withdrawn_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "application_tenant_id_index" on "programmes"."application" ("tenant_id");`);
    this.addSql(`create index "application_staff_id_index" on "programmes"."application" ("staff_id");`);
    this.addSql(`create index "application_cohort_id_state_index" on "programmes"."application" ("cohort_id", "state");`);

    this.addSql(`create table "programmes"."check_in" ("id" uuid not null, "tenant_id" uuid not null, "relationship_id" uuid not null, "on" date not null, "channel" varchar(12) not null, "outcome" varchar(16) not null, "recorded_by" varchar(64) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "check_in_relationship_id_index" on "programmes"."check_in" ("relationship_id");`);

    this.addSql(`create table "programmes"."cohort" ("id" uuid not null, "tenant_id" uuid not null, "programme_id" uuid not null, "name" varchar(200) not null, "state" varchar(20) not null, "policy_version" int not null, "starts_on" date not null, "ends_on" date not null, "created_at" timestamptz not null, "state_changed_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "cohort_tenant_id_index" on "programmes"."cohort" ("tenant_id");`);
    this.addSql(`create index "cohort_programme_id_index" on "programmes"."cohort" ("programme_id");`);

    this.addSql(`create table "programmes"."concern" ("id" uuid not null, "tenant_id" uuid not null, "programme_id" uuid not null, "relationship_id" uuid not null, "raised_by_staff_id" uuid not null, "support_staff_id" uuid null, "category" varchar(20) not null, "details" text not null, "status" varchar(10) not null, "raised_at" timestamptz not null, "closed_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "concern_relationship_id_index" on "programmes"."concern" ("relationship_id");`);
    this.addSql(`create index "concern_raised_by_staff_id_index" on "programmes"."concern" ("raised_by_staff_id");`);
    this.addSql(`create index "concern_support_staff_id_index" on "programmes"."concern" ("support_staff_id");`);

    this.addSql(`create table "programmes"."fit_check" ("relationship_id" uuid not null, "role" varchar(10) not null, "answer" varchar(12) not null, "answered_at" timestamptz not null, primary key ("relationship_id", "role"));`);

    this.addSql(`create table "programmes"."goal" ("id" uuid not null, "tenant_id" uuid not null, "relationship_id" uuid not null, "title" varchar(300) not null, "description" text null, "function" varchar(30) not null, "progress" int not null, "status" varchar(10) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "goal_relationship_id_index" on "programmes"."goal" ("relationship_id");`);

    this.addSql(`create table "programmes"."meeting" ("id" uuid not null, "tenant_id" uuid not null, "cohort_id" uuid not null, "relationship_id" uuid not null, "held_on" date not null, "duration_minutes" int not null, "during_shift" boolean not null, "functions" jsonb not null, "notes" text null, "logged_by_staff_id" uuid not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "meeting_cohort_id_index" on "programmes"."meeting" ("cohort_id");`);
    this.addSql(`create index "meeting_relationship_id_index" on "programmes"."meeting" ("relationship_id");`);

    this.addSql(`create table "programmes"."outbox_event" ("id" uuid not null, "subject" varchar(200) not null, "tenant_id" uuid null, "trace_id" varchar(64) not null, "payload" jsonb not null, "occurred_at" timestamptz not null, "published_at" timestamptz null, "attempts" int not null default 0, "last_error" text null, primary key ("id"));`);
    this.addSql(`create index "outbox_event_published_at_index" on "programmes"."outbox_event" ("published_at");`);

    this.addSql(`create table "programmes"."policy_version" ("id" uuid not null, "tenant_id" uuid not null, "programme_id" uuid not null, "version" int not null, "policy" jsonb not null, "created_by" varchar(64) null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "policy_version_programme_id_index" on "programmes"."policy_version" ("programme_id");`);
    this.addSql(`alter table "programmes"."policy_version" add constraint "policy_version_programme_id_version_unique" unique ("programme_id", "version");`);

    this.addSql(`create table "programmes"."processed_event" ("consumer" varchar(100) not null, "event_id" uuid not null, "processed_at" timestamptz not null, primary key ("consumer", "event_id"));`);

    this.addSql(`create table "programmes"."programme" ("id" uuid not null, "tenant_id" uuid not null, "name" varchar(200) not null, "description" text null, "institution_ids" jsonb not null, "policy_version" int not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "programme_tenant_id_index" on "programmes"."programme" ("tenant_id");`);

    this.addSql(`create table "programmes"."reflection" ("relationship_id" uuid not null, "role" varchar(10) not null, "text" text not null, "created_at" timestamptz not null, primary key ("relationship_id", "role"));`);

    this.addSql(`create table "programmes"."relationship" ("id" uuid not null, "tenant_id" uuid not null, "programme_id" uuid not null, "cohort_id" uuid not null, "institution_id" uuid not null, "mentor_staff_id" uuid not null, "mentee_staff_id" uuid not null, "mentor_application_id" uuid not null, "mentee_application_id" uuid not null, "state" varchar(12) not null, "started_on" date not null, "planned_end_on" date not null, "ended_on" date null, "end_reason" varchar(30) null, "rematch_requested" boolean not null, "flags" jsonb not null, "proposal_id" uuid null, "meeting_count" int not null, "first_meeting_on" date null, "last_meeting_on" date null, "last_check_in_on" date null, "open_concerns" int not null, "agreement_acknowledged" boolean not null, "fit_check_done" boolean not null, "paused_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "relationship_tenant_id_index" on "programmes"."relationship" ("tenant_id");`);
    this.addSql(`create index "relationship_mentor_staff_id_index" on "programmes"."relationship" ("mentor_staff_id");`);
    this.addSql(`create index "relationship_mentee_staff_id_index" on "programmes"."relationship" ("mentee_staff_id");`);
    this.addSql(`alter table "programmes"."relationship" add constraint "relationship_proposal_id_unique" unique ("proposal_id");`);
    this.addSql(`create index "relationship_cohort_id_state_index" on "programmes"."relationship" ("cohort_id", "state");`);

    this.addSql(`create table "programmes"."staff_profile" ("staff_id" uuid not null, "tenant_id" uuid not null, "institution_id" uuid not null, "institution_kind" varchar(20) not null, "region" varchar(100) not null, "unit_id" uuid null, "supervises_others" boolean not null, "hired_on" date not null, "joined_institution_on" date not null, "previous_institution_kind" varchar(20) null, "line_manager_id" uuid null, "languages" jsonb not null, "left_service_on" date null, "updated_at" timestamptz not null, primary key ("staff_id"));`);
    this.addSql(`create index "staff_profile_tenant_id_index" on "programmes"."staff_profile" ("tenant_id");`);
    this.addSql(`create index "staff_profile_institution_id_index" on "programmes"."staff_profile" ("institution_id");`);
    this.addSql(`create index "staff_profile_line_manager_id_index" on "programmes"."staff_profile" ("line_manager_id");`);

    this.addSql(`create table "programmes"."trained_mentor" ("staff_id" uuid not null, "course_id" uuid not null, "tenant_id" uuid not null, "completed_on" date not null, primary key ("staff_id", "course_id"));`);
    this.addSql(`create index "trained_mentor_tenant_id_index" on "programmes"."trained_mentor" ("tenant_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "programmes"."agreement" cascade;`);
    this.addSql(`drop table if exists "programmes"."application" cascade;`);
    this.addSql(`drop table if exists "programmes"."check_in" cascade;`);
    this.addSql(`drop table if exists "programmes"."cohort" cascade;`);
    this.addSql(`drop table if exists "programmes"."concern" cascade;`);
    this.addSql(`drop table if exists "programmes"."fit_check" cascade;`);
    this.addSql(`drop table if exists "programmes"."goal" cascade;`);
    this.addSql(`drop table if exists "programmes"."meeting" cascade;`);
    this.addSql(`drop table if exists "programmes"."outbox_event" cascade;`);
    this.addSql(`drop table if exists "programmes"."policy_version" cascade;`);
    this.addSql(`drop table if exists "programmes"."processed_event" cascade;`);
    this.addSql(`drop table if exists "programmes"."programme" cascade;`);
    this.addSql(`drop table if exists "programmes"."reflection" cascade;`);
    this.addSql(`drop table if exists "programmes"."relationship" cascade;`);
    this.addSql(`drop table if exists "programmes"."staff_profile" cascade;`);
    this.addSql(`drop table if exists "programmes"."trained_mentor" cascade;`);
  }

}
