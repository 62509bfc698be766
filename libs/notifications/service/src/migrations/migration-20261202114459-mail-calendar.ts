import { Migration } from '@mikro-orm/migrations';

export class Migration20261202114459_mail_calendar extends Migration {

  override name = 'Migration20261202114459_mail_calendar';

  override up(): void | Promise<void> {
    this.addSql(`alter table "notifications"."outgoing_mail" add "calendar" text null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "notifications"."outgoing_mail" drop column "calendar";`);
  }

}
