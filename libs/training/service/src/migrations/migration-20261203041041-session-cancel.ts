import { Migration } from '@mikro-orm/migrations';

/** Issue 16: a training session can be cancelled (it stays, marked, with the coordinator's reason). */
export class Migration20261203041041_session_cancel extends Migration {

  override name = 'Migration20261203041041_session_cancel';

  override up(): void | Promise<void> {
    this.addSql(`alter table "training"."training_session" add "cancelled_at" timestamptz null, add "cancel_reason" varchar(500) null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "training"."training_session" drop column "cancelled_at", drop column "cancel_reason";`);
  }

}
