import { Migration } from '@mikro-orm/migrations';

export class Migration20261202050836_account_claimed_email extends Migration {

  override name = 'Migration20261202050836_account_claimed_email';

  override up(): void | Promise<void> {
    this.addSql(`alter table "identity"."account" drop constraint "account_email_unique";`);
    this.addSql(`create index "account_email_index" on "identity"."account" ("email");`);
    this.addSql(`create unique index "account_claimed_email_unique" on "identity"."account" ("email") where "status" <> 'invited';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "identity"."account_email_index";`);
    this.addSql(`drop index "identity"."account_claimed_email_unique";`);
    this.addSql(`alter table "identity"."account" add constraint "account_email_unique" unique ("email");`);
  }

}
