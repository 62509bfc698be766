import { Migration } from '@mikro-orm/migrations';

export class Migration20261202113235_account_locale extends Migration {

  override name = 'Migration20261202113235_account_locale';

  override up(): void | Promise<void> {
    this.addSql(`alter table "identity"."account" add "locale" varchar(5) null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "identity"."account" drop column "locale";`);
  }

}
