import { Migration } from '@mikro-orm/migrations';

/*
 * Row-level security for notifications (hand-written): the backstop behind the use cases' tenant filters.
 * Requests with a tenant run as the NOLOGIN role `m4pris_tenant` with `m4pris.tenant_id` set for
 * their transaction (platform-messaging `enterTenantScope`); the schema owner, which the service
 * connects as, bypasses RLS (no FORCE) for platform-admin requests, event consumers and the relay.
 * Not granted to the tenant role at all: `processed_event` (event consumers only) and
 * `mikro_orm_migrations`. Never edit once released: add a new migration instead.
 */
const SCHEMA = 'notifications';
const ROLE = 'm4pris_tenant';
/** Every table with a `tenant_id` column (the outbox too: tenant requests only insert their own events). */
const TENANT_TABLES = ['notification', 'outbox_event', 'outgoing_mail', 'person'];
/** Child rows without `tenant_id`, visible only through a parent row the tenant can see. */
const CHILD_TABLES: Record<string, { parent: string; key: string }> = {};

const q = (t: string) => `"${SCHEMA}"."${t}"`;
const sameTenant = `tenant_id::text = current_setting('m4pris.tenant_id', true)`;

export class Migration20261202042300_row_level_security extends Migration {
  override name = 'Migration20261202042300_row_level_security';

  override up(): void | Promise<void> {
    // Roles are cluster-wide and databases migrate concurrently: create it once, tolerate the race.
    this.addSql(`do $$
begin
  if not exists (select 1 from pg_roles where rolname = '${ROLE}') then
    begin
      create role ${ROLE} nologin;
    exception
      when duplicate_object or unique_violation then null;
      when insufficient_privilege then
        raise exception 'role ${ROLE} is missing and % may not create roles: an operator runs CREATE ROLE ${ROLE} NOLOGIN; GRANT ${ROLE} TO %;', current_user, current_user;
    end;
  end if;
  if not (select rolsuper from pg_roles where rolname = current_user) and not pg_has_role(current_user, '${ROLE}', 'MEMBER') then
    execute format('grant ${ROLE} to %I', current_user);
  end if;
end $$;`);
    this.addSql(`grant usage on schema "${SCHEMA}" to ${ROLE};`);
    this.addSql(`grant usage, select on all sequences in schema "${SCHEMA}" to ${ROLE};`);
    for (const t of TENANT_TABLES) {
      this.addSql(`grant select, insert, update, delete on ${q(t)} to ${ROLE};`);
      this.addSql(`alter table ${q(t)} enable row level security;`);
      this.addSql(`create policy tenant_isolation on ${q(t)} using (${sameTenant}) with check (${sameTenant});`);
    }
    for (const [t, { parent, key }] of Object.entries(CHILD_TABLES)) {
      const viaParent = `exists (select 1 from ${q(parent)} p where p.id = "${t}"."${key}")`;
      this.addSql(`grant select, insert, update, delete on ${q(t)} to ${ROLE};`);
      this.addSql(`alter table ${q(t)} enable row level security;`);
      this.addSql(`create policy tenant_isolation on ${q(t)} using (${viaParent}) with check (${viaParent});`);
    }
  }

  override down(): void | Promise<void> {
    // The role stays: other services and databases of the cluster use it.
    for (const t of [...TENANT_TABLES, ...Object.keys(CHILD_TABLES)]) {
      this.addSql(`drop policy if exists tenant_isolation on ${q(t)};`);
      this.addSql(`alter table ${q(t)} disable row level security;`);
      this.addSql(`revoke all on ${q(t)} from ${ROLE};`);
    }
    this.addSql(`revoke all on all sequences in schema "${SCHEMA}" from ${ROLE};`);
    this.addSql(`revoke usage on schema "${SCHEMA}" from ${ROLE};`);
  }
}
