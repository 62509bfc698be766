import { Migration } from '@mikro-orm/migrations';

export class Migration20261202041732_tenant_data_protection_contact extends Migration {

  override name = 'Migration20261202041732_tenant_data_protection_contact';

  override up(): void | Promise<void> {
    this.addSql(`alter table "identity"."tenant" add "data_protection_contact_email" varchar(254) null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "identity"."tenant" drop column "data_protection_contact_email";`);
  }

}
