import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 17: a certificate is written in its holder's language, stored when it is issued.
 *
 * Existing certificates: the language their stored course title is written in (the title was taken
 * from the certified version in the language of the request that completed the course, usually the
 * learner's own), the course's base language first when several languages share the title; English
 * when the title matches none (a version without a snapshot, or a title edited since). Identity's
 * records are not read here: a module's migration sees only its own schema.
 */
export class Migration20261203041500_certificate_locale extends Migration {

  override name = 'Migration20261203041500_certificate_locale';

  override up(): void | Promise<void> {
    this.addSql(`alter table "training"."certificate" add column "locale" varchar(5) null;`);
    this.addSql(`update "training"."certificate" c set "locale" = coalesce((
      select t.key from "training"."course_version" v cross join lateral jsonb_each_text(v.content -> 'title') t
      where v.course_id = c.course_id and v.version = c.course_version and t.value = c.course_title and t.key in ('en', 'da', 'pt', 'ro', 'el')
      order by (t.key = coalesce(v.content ->> 'baseLocale', 'en')) desc, array_position(array['en', 'da', 'pt', 'ro', 'el'], t.key)
      limit 1), 'en');`);
    this.addSql(`alter table "training"."certificate" alter column "locale" set not null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "training"."certificate" drop column "locale";`);
  }

}
