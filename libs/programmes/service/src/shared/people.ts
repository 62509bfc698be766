import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { toPerson, type PersonCard, type PersonDto, type PersonView } from '@m4pris/platform-core';
import { StaffCardSchema } from '../projection/projection.entity.js';

/**
 * People as programmes shows them, from its own projection of identity's staff cards (one statement
 * per call, whatever the number of people). The caller decides the view from what programmes knows
 * of the viewer and the person (a duo, an application in the coordinator's scope): the view is never
 * decided here.
 */
@Injectable()
export class People {
  constructor(private readonly em: EntityManager) {}

  async cards(tenantId: string, staffIds: string[]): Promise<Map<string, PersonCard>> {
    const ids = [...new Set(staffIds)];
    if (ids.length === 0) return new Map();
    const rows = await this.em.find(StaffCardSchema, { tenantId, staffId: { $in: ids } });
    return new Map(
      rows.map((c) => [
        c.staffId,
        {
          staffId: c.staffId,
          displayName: c.displayName,
          workEmail: c.workEmail,
          institutionId: c.institutionId,
          institutionName: c.institutionName,
          unitId: c.unitId ?? null,
          unitName: c.unitName ?? null,
          shiftPatternId: c.shiftPatternId ?? null,
          shiftPatternName: c.shiftPatternName ?? null,
        },
      ]),
    );
  }

  /** `ids` as persons in one view, in the order given. */
  async persons(tenantId: string, staffIds: string[], view: PersonView): Promise<Map<string, PersonDto>> {
    const cards = await this.cards(tenantId, staffIds);
    return new Map(staffIds.map((id) => [id, toPerson(id, cards.get(id), view)]));
  }
}
