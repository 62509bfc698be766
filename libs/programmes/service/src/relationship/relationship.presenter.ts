import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { toPerson } from '@m4pris/platform-core';
import type { ParticipantRole, RelationshipDto } from '@m4pris/programmes-contracts';
import { CohortSchema } from '../cohort/cohort.entity.js';
import { ProgrammeSchema } from '../programme/programme.entity.js';
import { People } from '../shared/people.js';
import type { Relationship } from './relationship.entity.js';
import { toRelationshipDto } from './relationship.mapper.js';

/**
 * Duos with their people, cohort and programme, in three statements whatever the number of duos.
 * Programmes owns the duo, so programmes decides what each viewer sees of the people in it
 * (DOMAIN.md): the two sides of a duo see each other in full (name, institution, unit, shift
 * pattern, work e-mail); anyone else allowed to see the duo (its coordinator) sees the names only.
 */
@Injectable()
export class RelationshipPresenter {
  constructor(
    private readonly em: EntityManager,
    private readonly people: People,
  ) {}

  async one(r: Relationship, myRole: ParticipantRole | null): Promise<RelationshipDto> {
    return (await this.many([r], () => myRole))[0]!;
  }

  async many(rels: Relationship[], roleOf: (r: Relationship) => ParticipantRole | null): Promise<RelationshipDto[]> {
    if (rels.length === 0) return [];
    const tenantId = rels[0]!.tenantId;
    const unique = (xs: string[]) => [...new Set(xs)];
    const cards = await this.people.cards(tenantId, unique(rels.flatMap((r) => [r.mentorStaffId, r.menteeStaffId])));
    const cohorts = await this.em.find(CohortSchema, { id: { $in: unique(rels.map((r) => r.cohortId)) }, tenantId }, { fields: ['id', 'name'] });
    const programmes = await this.em.find(ProgrammeSchema, { id: { $in: unique(rels.map((r) => r.programmeId)) }, tenantId }, { fields: ['id', 'name'] });
    const cohortName = new Map(cohorts.map((c) => [c.id, c.name]));
    const programmeName = new Map(programmes.map((p) => [p.id, p.name]));
    return rels.map((r) => {
      const role = roleOf(r);
      const view = role ? 'full' : 'name';
      return {
        ...toRelationshipDto(r, role),
        mentor: toPerson(r.mentorStaffId, cards.get(r.mentorStaffId), view),
        mentee: toPerson(r.menteeStaffId, cards.get(r.menteeStaffId), view),
        cohort: { id: r.cohortId, name: cohortName.get(r.cohortId) ?? '' },
        programme: { id: r.programmeId, name: programmeName.get(r.programmeId) ?? '' },
      };
    });
  }
}
