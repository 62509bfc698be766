import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { PersonDto, RequestContext } from '@m4pris/platform-core';
import type { DuoPartnersRequest } from '@m4pris/programmes-contracts';
import { requireStaff } from '../shared/access.js';
import { People } from '../shared/people.js';
import { RelationshipSchema } from './relationship.entity.js';
import { DuoPartners } from '@m4pris/programmes-contracts';
import { Handles } from '@m4pris/platform-messaging';

/**
 * The other side of the caller's own duos, in full (the two sides of a duo see each other): one
 * statement for the duos, one for the names, whatever the number of ids. Anyone asked for who is
 * not the caller's partner is absent.
 */
@Injectable()
export class DuoPartnersUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly people: People,
  ) {}

  @Handles(DuoPartners)
  async execute(input: DuoPartnersRequest, ctx: RequestContext): Promise<PersonDto[]> {
    const me = requireStaff(ctx);
    const wanted = [...new Set(input.staffIds)].filter((id) => id !== me.staffId);
    if (wanted.length === 0) return [];
    const duos = await this.em.find(
      RelationshipSchema,
      { tenantId: me.tenantId, $or: [{ mentorStaffId: me.staffId, menteeStaffId: { $in: wanted } }, { menteeStaffId: me.staffId, mentorStaffId: { $in: wanted } }] },
      { fields: ['mentorStaffId', 'menteeStaffId'] },
    );
    const partners = [...new Set(duos.map((d) => (d.mentorStaffId === me.staffId ? d.menteeStaffId : d.mentorStaffId)))];
    return [...(await this.people.persons(me.tenantId, partners, 'full')).values()];
  }
}
