import { Migration } from '@mikro-orm/migrations';

export class Migration20261202044823_session_version extends Migration {

  override name = 'Migration20261202044823_session_version';

  override up(): void | Promise<void> {
    this.addSql(`alter table "identity"."account" add "session_version" int not null default 0;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "identity"."account" drop column "session_version";`);
  }

}
