import { Migration } from '@mikro-orm/migrations';

export class Migration20261202210845_survey_opening_announced extends Migration {

  override name = 'Migration20261202210845_survey_opening_announced';

  override up(): void | Promise<void> {
    this.addSql(`alter table "evaluation"."invitation" add "opening_announced_at" timestamptz null;`);
    this.addSql(`create index "invitation_opening_announced_at_opens_on_index" on "evaluation"."invitation" ("opening_announced_at", "opens_on");`);
    // Backfill (hand-added): a wave already open when it was issued was announced then, in the
    // issuing transaction; the SurveyOpener sweep must not tell those people again.
    this.addSql(`update "evaluation"."invitation" set "opening_announced_at" = "created_at" where "opens_on" <= to_char("created_at" at time zone 'UTC', 'YYYY-MM-DD');`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "evaluation"."invitation_opening_announced_at_opens_on_index";`);
    this.addSql(`alter table "evaluation"."invitation" drop column "opening_announced_at";`);
  }

}
