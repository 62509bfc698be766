import { Migration } from '@mikro-orm/migrations';

export class Migration20261202075558_password_reset extends Migration {

  override name = 'Migration20261202075558_password_reset';

  override up(): void | Promise<void> {
    this.addSql(`alter table "identity"."account" add "password_reset_token_hash" varchar(64) null, add "password_reset_expires_at" timestamptz null;`);
    this.addSql(`alter table "identity"."account" add constraint "account_password_reset_token_hash_unique" unique ("password_reset_token_hash");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "identity"."account" drop constraint "account_password_reset_token_hash_unique";`);
    this.addSql(`alter table "identity"."account" drop column "password_reset_token_hash", drop column "password_reset_expires_at";`);
  }

}
