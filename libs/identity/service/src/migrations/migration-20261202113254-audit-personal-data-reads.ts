import { Migration } from '@mikro-orm/migrations';

export class Migration20261202113254_audit_personal_data_reads extends Migration {

  override name = 'Migration20261202113254_audit_personal_data_reads';

  override up(): void | Promise<void> {
    this.addSql(`alter table "identity"."audit_entry" add "module" varchar(20) not null default 'identity', add "subject_ids" uuid[] null, add "subject_count" int null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "identity"."audit_entry" drop column "module", drop column "subject_ids", drop column "subject_count";`);
  }

}
