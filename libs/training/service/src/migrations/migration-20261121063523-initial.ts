import { Migration } from '@mikro-orm/migrations';

export class Migration20261121063523_initial extends Migration {

  override name = 'Migration20261121063523_initial';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "training";`);
    this.addSql(`create table "training"."booking" ("id" uuid not null, "tenant_id" uuid not null, "session_id" uuid not null, "enrolment_id" uuid not null, "staff_id" uuid not null, "status" varchar(20) not null, "requested_at" timestamptz not null, "attendance" varchar(10) null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "booking_tenant_id_index" on "training"."booking" ("tenant_id");`);
    this.addSql(`create index "booking_session_id_index" on "training"."booking" ("session_id");`);
    this.addSql(`create index "booking_enrolment_id_index" on "training"."booking" ("enrolment_id");`);
    this.addSql(`create index "booking_staff_id_index" on "training"."booking" ("staff_id");`);
    this.addSql(`alter table "training"."booking" add constraint "booking_session_id_staff_id_unique" unique ("session_id", "staff_id");`);

    this.addSql(`create table "training"."certificate" ("id" uuid not null, "tenant_id" uuid not null, "enrolment_id" uuid not null, "staff_id" uuid null, "course_id" uuid not null, "course_version" int not null, "code" varchar(14) not null, "holder_name" varchar(210) null, "course_title" varchar(200) not null, "issued_on" date not null, "revoked_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "certificate_tenant_id_index" on "training"."certificate" ("tenant_id");`);
    this.addSql(`alter table "training"."certificate" add constraint "certificate_enrolment_id_unique" unique ("enrolment_id");`);
    this.addSql(`create index "certificate_staff_id_index" on "training"."certificate" ("staff_id");`);
    this.addSql(`alter table "training"."certificate" add constraint "certificate_code_unique" unique ("code");`);

    this.addSql(`create table "training"."cohort_participant" ("application_id" uuid not null, "tenant_id" uuid not null, "cohort_id" uuid not null, "staff_id" uuid not null, "role" varchar(10) not null, "withdrawn" boolean not null, primary key ("application_id"));`);
    this.addSql(`create index "cohort_participant_tenant_id_index" on "training"."cohort_participant" ("tenant_id");`);
    this.addSql(`create index "cohort_participant_cohort_id_index" on "training"."cohort_participant" ("cohort_id");`);
    this.addSql(`create index "cohort_participant_staff_id_index" on "training"."cohort_participant" ("staff_id");`);

    this.addSql(`create table "training"."cohort_policy" ("cohort_id" uuid not null, "tenant_id" uuid not null, "mentor_capacity" int not null, "policy_version" int not null, primary key ("cohort_id"));`);
    this.addSql(`create index "cohort_policy_tenant_id_index" on "training"."cohort_policy" ("tenant_id");`);

    this.addSql(`create table "training"."course" ("id" uuid not null, "tenant_id" uuid not null, "key" varchar(50) null, "audience" varchar(20) not null, "version" int not null, "content" jsonb not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "course_tenant_id_index" on "training"."course" ("tenant_id");`);
    this.addSql(`alter table "training"."course" add constraint "course_tenant_id_key_unique" unique ("tenant_id", "key");`);

    this.addSql(`create table "training"."course_version" ("id" uuid not null, "tenant_id" uuid not null, "course_id" uuid not null, "version" int not null, "content" jsonb not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "course_version_tenant_id_index" on "training"."course_version" ("tenant_id");`);
    this.addSql(`alter table "training"."course_version" add constraint "course_version_course_id_version_unique" unique ("course_id", "version");`);

    this.addSql(`create table "training"."enrolment" ("id" uuid not null, "tenant_id" uuid not null, "course_id" uuid not null, "staff_id" uuid not null, "cohort_id" uuid null, "course_version" int not null, "enrolled_by" varchar(20) not null, "status" varchar(20) not null, "enrolled_at" timestamptz not null, "completed_on" date null, "certificate_id" uuid null, "pre_assessment_done" boolean not null, "post_assessment_done" boolean not null, "satisfaction_done" boolean not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "enrolment_tenant_id_index" on "training"."enrolment" ("tenant_id");`);
    this.addSql(`create index "enrolment_course_id_index" on "training"."enrolment" ("course_id");`);
    this.addSql(`create index "enrolment_staff_id_index" on "training"."enrolment" ("staff_id");`);
    this.addSql(`create index "enrolment_cohort_id_index" on "training"."enrolment" ("cohort_id");`);
    this.addSql(`alter table "training"."enrolment" add constraint "enrolment_course_id_staff_id_unique" unique ("course_id", "staff_id");`);

    this.addSql(`create table "training"."feedback_response" ("id" uuid not null, "tenant_id" uuid not null, "course_id" uuid not null, "kind" varchar(20) not null, "score" int null, "ratings" jsonb null, "submitted_on" date not null, primary key ("id"));`);
    this.addSql(`create index "feedback_response_tenant_id_index" on "training"."feedback_response" ("tenant_id");`);
    this.addSql(`create index "feedback_response_course_id_index" on "training"."feedback_response" ("course_id");`);

    this.addSql(`create table "training"."outbox_event" ("id" uuid not null, "subject" varchar(200) not null, "tenant_id" uuid null, "trace_id" varchar(64) not null, "payload" jsonb not null, "occurred_at" timestamptz not null, "published_at" timestamptz null, "attempts" int not null default 0, "last_error" text null, primary key ("id"));`);
    this.addSql(`create index "outbox_event_published_at_index" on "training"."outbox_event" ("published_at");`);

    this.addSql(`create table "training"."processed_event" ("consumer" varchar(100) not null, "event_id" uuid not null, "processed_at" timestamptz not null, primary key ("consumer", "event_id"));`);

    this.addSql(`create table "training"."staff_projection" ("staff_id" uuid not null, "tenant_id" uuid not null, "institution_id" uuid not null, "updated_at" timestamptz not null, primary key ("staff_id"));`);
    this.addSql(`create index "staff_projection_tenant_id_index" on "training"."staff_projection" ("tenant_id");`);
    this.addSql(`create index "staff_projection_institution_id_index" on "training"."staff_projection" ("institution_id");`);

    this.addSql(`create table "training"."training_session" ("id" uuid not null, "tenant_id" uuid not null, "course_id" uuid not null, "module_id" uuid null, "title" varchar(200) not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "place" varchar(300) null, "online_url" varchar(500) null, "trainer_staff_id" uuid not null, "capacity" int not null, "language" varchar(5) not null, "allow_waitlist" boolean not null, "register_kept_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "training_session_tenant_id_index" on "training"."training_session" ("tenant_id");`);
    this.addSql(`create index "training_session_course_id_index" on "training"."training_session" ("course_id");`);
    this.addSql(`create index "training_session_trainer_staff_id_index" on "training"."training_session" ("trainer_staff_id");`);

    this.addSql(`create table "training"."unit_progress" ("id" uuid not null, "tenant_id" uuid not null, "enrolment_id" uuid not null, "unit_id" uuid not null, "completed_at" timestamptz null, "best_score" int null, "check_passed" boolean null, "attempts" int not null, primary key ("id"));`);
    this.addSql(`create index "unit_progress_tenant_id_index" on "training"."unit_progress" ("tenant_id");`);
    this.addSql(`create index "unit_progress_enrolment_id_index" on "training"."unit_progress" ("enrolment_id");`);
    this.addSql(`alter table "training"."unit_progress" add constraint "unit_progress_enrolment_id_unit_id_unique" unique ("enrolment_id", "unit_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "training"."booking" cascade;`);
    this.addSql(`drop table if exists "training"."certificate" cascade;`);
    this.addSql(`drop table if exists "training"."cohort_participant" cascade;`);
    this.addSql(`drop table if exists "training"."cohort_policy" cascade;`);
    this.addSql(`drop table if exists "training"."course" cascade;`);
    this.addSql(`drop table if exists "training"."course_version" cascade;`);
    this.addSql(`drop table if exists "training"."enrolment" cascade;`);
    this.addSql(`drop table if exists "training"."feedback_response" cascade;`);
    this.addSql(`drop table if exists "training"."outbox_event" cascade;`);
    this.addSql(`drop table if exists "training"."processed_event" cascade;`);
    this.addSql(`drop table if exists "training"."staff_projection" cascade;`);
    this.addSql(`drop table if exists "training"."training_session" cascade;`);
    this.addSql(`drop table if exists "training"."unit_progress" cascade;`);
  }

}
