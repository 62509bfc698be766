import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { PersonDto, RequestContext } from '@m4pris/platform-core';
import type { CohortPeopleRequest } from '@m4pris/programmes-contracts';
import { requireCoordinator, scopeFilter } from '../shared/access.js';
import { Lookups } from '../shared/lookups.js';
import { People } from '../shared/people.js';
import { ApplicationSchema } from './application.entity.js';
import { CohortPeople } from '@m4pris/programmes-contracts';
import { Handles } from '@m4pris/platform-messaging';

/**
 * The names of people who applied to a cohort, for a coordinator whose scope covers their
 * application (matching shows proposals and unmatched people through it). Anyone else asked for is
 * simply absent; another tenant's cohort is NOT_FOUND. A constant number of statements per call.
 */
@Injectable()
export class CohortPeopleUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly lookups: Lookups,
    private readonly people: People,
  ) {}

  @Handles(CohortPeople)
  async execute(input: CohortPeopleRequest, ctx: RequestContext): Promise<PersonDto[]> {
    const scope = requireCoordinator(ctx);
    const { cohort } = await this.lookups.cohortIn(scope.tenantId, input.cohortId);
    if (input.staffIds.length === 0) return [];
    const apps = await this.em.find(ApplicationSchema, { ...scopeFilter(scope), cohortId: cohort.id, staffId: { $in: input.staffIds } }, { fields: ['staffId'] });
    const persons = await this.people.persons(scope.tenantId, [...new Set(apps.map((a) => a.staffId))], 'name');
    return [...persons.values()];
  }
}
