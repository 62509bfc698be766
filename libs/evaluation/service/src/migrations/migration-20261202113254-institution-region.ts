import { Migration } from '@mikro-orm/migrations';

export class Migration20261202113254_institution_region extends Migration {

  override name = 'Migration20261202113254_institution_region';

  override up(): void | Promise<void> {
    this.addSql(`alter table "evaluation"."participant" add "region" varchar(100) null;`);

    this.addSql(`alter table "evaluation"."staff_fact" add "region" varchar(100) null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "evaluation"."participant" drop column "region";`);

    this.addSql(`alter table "evaluation"."staff_fact" drop column "region";`);
  }

}
