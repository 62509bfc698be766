import type { DynamicModule } from '@nestjs/common';
import type { Constructor, MikroORM } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import type { Bus } from './bus.js';

/**
 * What a service lib exports so that any launcher (its own app over NATS, or the standalone
 * process) can host it the same way.
 */
export interface ServiceDefinition<Settings extends object = object> {
  /** Module name: also its PostgreSQL schema, NATS queue group and durable consumer name. */
  name: string;
  entities: unknown[];
  migrations: { name: string; class: Constructor<Migration> }[];
  /** Config section with the service's own variables (validated at start). */
  settings: new () => Settings;
  /**
   * The service's Nest module; `orm` is already migrated, `bus` reaches every other module. Its
   * providers' `@Handles` / `@OnEvent` methods (on the use cases) are what the service serves on the
   * bus (`BusServer`, found when it listens).
   */
  module(orm: MikroORM, settings: Settings, bus: Bus): DynamicModule;
  /**
   * Requests with a tenant run as the tenant role under PostgreSQL row-level security (the
   * service's migrations must enable it and add a `tenant_isolation` policy to every table with
   * `tenant_id`, and grant the tenant role what its requests touch). See tenant-scope.ts.
   */
  rowLevelSecurity?: boolean;
}
