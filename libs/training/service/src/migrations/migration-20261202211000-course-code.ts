import { Migration } from '@mikro-orm/migrations';

/** Issue 17: a course a tenant writes from scratch has its own code, unique in the tenant. */
export class Migration20261202211000_course_code extends Migration {

  override name = 'Migration20261202211000_course_code';

  override up(): void | Promise<void> {
    this.addSql(`alter table "training"."course" add column "code" varchar(50) null;`);
    this.addSql(`alter table "training"."course" add constraint "course_tenant_id_code_unique" unique ("tenant_id", "code");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "training"."course" drop constraint "course_tenant_id_code_unique";`);
    this.addSql(`alter table "training"."course" drop column "code";`);
  }

}
