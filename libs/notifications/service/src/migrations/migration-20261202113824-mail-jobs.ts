import { Migration } from '@mikro-orm/migrations';

export class Migration20261202113824_mail_jobs extends Migration {

  override name = 'Migration20261202113824_mail_jobs';

  override up(): void | Promise<void> {
    this.addSql(`alter table "notifications"."outgoing_mail" drop column "lease_until";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "notifications"."outgoing_mail" add "lease_until" timestamptz(6) null;`);
  }

}
