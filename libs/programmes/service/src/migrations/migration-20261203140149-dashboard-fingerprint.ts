import { Migration } from '@mikro-orm/migrations';

/*
 * Generated from the entities: the duo's `revision` and the trigger `touch_duo` on its meetings,
 * concerns, fit-check answers and agreement (relationship.entity.ts), which the coordinator
 * dashboard's cache key rests on (relationship/dashboard-cache.ts).
 */

export class Migration20261203140149_dashboard_fingerprint extends Migration {

  override name = 'Migration20261203140149_dashboard_fingerprint';

  override up(): void | Promise<void> {
    this.addSql(`create or replace function "programmes"."agreement_touch_duo_fn"() returns trigger as \$\$ begin if tg_op <> 'INSERT' then update "programmes"."relationship" set "revision" = "revision" + 1 where "id" = old."relationship_id"; end if; if tg_op = 'INSERT' then update "programmes"."relationship" set "revision" = "revision" + 1 where "id" = new."relationship_id"; elsif tg_op = 'UPDATE' and new."relationship_id" is distinct from old."relationship_id" then update "programmes"."relationship" set "revision" = "revision" + 1 where "id" = new."relationship_id"; end if; return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "touch_duo" AFTER INSERT OR UPDATE OR DELETE on "programmes"."agreement" for each ROW execute function "programmes"."agreement_touch_duo_fn"();`);

    this.addSql(`create or replace function "programmes"."concern_touch_duo_fn"() returns trigger as \$\$ begin if tg_op <> 'INSERT' then update "programmes"."relationship" set "revision" = "revision" + 1 where "id" = old."relationship_id"; end if; if tg_op = 'INSERT' then update "programmes"."relationship" set "revision" = "revision" + 1 where "id" = new."relationship_id"; elsif tg_op = 'UPDATE' and new."relationship_id" is distinct from old."relationship_id" then update "programmes"."relationship" set "revision" = "revision" + 1 where "id" = new."relationship_id"; end if; return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "touch_duo" AFTER INSERT OR UPDATE OR DELETE on "programmes"."concern" for each ROW execute function "programmes"."concern_touch_duo_fn"();`);

    this.addSql(`create or replace function "programmes"."fit_check_touch_duo_fn"() returns trigger as \$\$ begin if tg_op <> 'INSERT' then update "programmes"."relationship" set "revision" = "revision" + 1 where "id" = old."relationship_id"; end if; if tg_op = 'INSERT' then update "programmes"."relationship" set "revision" = "revision" + 1 where "id" = new."relationship_id"; elsif tg_op = 'UPDATE' and new."relationship_id" is distinct from old."relationship_id" then update "programmes"."relationship" set "revision" = "revision" + 1 where "id" = new."relationship_id"; end if; return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "touch_duo" AFTER INSERT OR UPDATE OR DELETE on "programmes"."fit_check" for each ROW execute function "programmes"."fit_check_touch_duo_fn"();`);

    this.addSql(`create or replace function "programmes"."meeting_touch_duo_fn"() returns trigger as \$\$ begin if tg_op <> 'INSERT' then update "programmes"."relationship" set "revision" = "revision" + 1 where "id" = old."relationship_id"; end if; if tg_op = 'INSERT' then update "programmes"."relationship" set "revision" = "revision" + 1 where "id" = new."relationship_id"; elsif tg_op = 'UPDATE' and new."relationship_id" is distinct from old."relationship_id" then update "programmes"."relationship" set "revision" = "revision" + 1 where "id" = new."relationship_id"; end if; return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "touch_duo" AFTER INSERT OR UPDATE OR DELETE on "programmes"."meeting" for each ROW execute function "programmes"."meeting_touch_duo_fn"();`);

    this.addSql(`alter table "programmes"."relationship" add "revision" int not null default 0;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "touch_duo" on "programmes"."agreement";`);
    this.addSql(`drop function if exists "programmes"."agreement_touch_duo_fn"();`);

    this.addSql(`drop trigger if exists "touch_duo" on "programmes"."concern";`);
    this.addSql(`drop function if exists "programmes"."concern_touch_duo_fn"();`);

    this.addSql(`drop trigger if exists "touch_duo" on "programmes"."fit_check";`);
    this.addSql(`drop function if exists "programmes"."fit_check_touch_duo_fn"();`);

    this.addSql(`drop trigger if exists "touch_duo" on "programmes"."meeting";`);
    this.addSql(`drop function if exists "programmes"."meeting_touch_duo_fn"();`);

    this.addSql(`alter table "programmes"."relationship" drop column "revision";`);
  }

}
