import type { Provider } from '@nestjs/common';
import { EntityManager, MikroORM } from '@mikro-orm/core';
import { EntityManager as PgEntityManager } from '@mikro-orm/postgresql';

/**
 * Providers that make a service's ORM injectable inside that service's Nest module only (several
 * services share a process in standalone mode, each with its own ORM). Use cases inject
 * `EntityManager` (from @mikro-orm/postgresql), which follows the request context the bus opens
 * for every message.
 */
export function ormProviders(orm: MikroORM): Provider[] {
  return [
    { provide: MikroORM, useValue: orm },
    { provide: EntityManager, useValue: orm.em },
    { provide: PgEntityManager, useValue: orm.em },
  ];
}
