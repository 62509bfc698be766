import { Migration } from '@mikro-orm/migrations';

export class Migration20261202044759_staff_left_processed extends Migration {

  override name = 'Migration20261202044759_staff_left_processed';

  override up(): void | Promise<void> {
    this.addSql(`alter table "identity"."staff" add "left_processed_at" timestamptz null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "identity"."staff" drop column "left_processed_at";`);
  }

}
