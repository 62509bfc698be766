import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '@m4pris/platform-core';
import { IdentityErrors } from '@m4pris/identity-contracts';
import { InstitutionSchema, ShiftPatternSchema, UnitSchema, type Institution } from '../institution/institution.entity.js';
import { StaffSchema } from './staff.entity.js';
import { createsCycle } from './line-manager.js';

export interface StaffRefs {
  institutionId: string;
  unitId: string | null;
  shiftPatternId: string | null;
  lineManagerId: string | null;
}

const MAX_CHAIN = 200;

/** Checks that everything a staff row points to exists in the same tenant. */
@Injectable()
export class StaffReferences {
  constructor(private readonly em: EntityManager) {}

  async check(tenantId: string, refs: StaffRefs, selfId?: string): Promise<Institution> {
    const institution = await this.em.findOne(InstitutionSchema, { id: refs.institutionId, tenantId });
    if (!institution) throw notFound('Institution', 'institutionId');
    if (refs.unitId) {
      const unit = await this.em.findOne(UnitSchema, { id: refs.unitId, tenantId });
      if (!unit) throw notFound('Unit', 'unitId');
      if (unit.institutionId !== institution.id) throw IdentityErrors.UNIT_NOT_IN_INSTITUTION({ field: 'unitId' });
    }
    if (refs.shiftPatternId && !(await this.em.count(ShiftPatternSchema, { id: refs.shiftPatternId, tenantId }))) {
      throw notFound('Shift pattern', 'shiftPatternId');
    }
    if (refs.lineManagerId) {
      if (!(await this.em.count(StaffSchema, { id: refs.lineManagerId, tenantId, erasedAt: null }))) throw notFound('Line manager', 'lineManagerId');
      if (selfId && (await this.wouldCycle(tenantId, selfId, refs.lineManagerId))) {
        throw IdentityErrors.LINE_MANAGER_CYCLE({ field: 'lineManagerId' });
      }
    }
    return institution;
  }

  /** Walks up the chain from the new manager, loading one level at a time. */
  private async wouldCycle(tenantId: string, staffId: string, managerId: string): Promise<boolean> {
    const chain = new Map<string, string | null>();
    let cur: string | null = managerId;
    while (cur && cur !== staffId && !chain.has(cur) && chain.size < MAX_CHAIN) {
      const row: { lineManagerId?: string | null } | null = await this.em.findOne(StaffSchema, { id: cur, tenantId }, { fields: ['lineManagerId'] });
      chain.set(cur, row?.lineManagerId ?? null);
      cur = row?.lineManagerId ?? null;
    }
    return createsCycle(staffId, managerId, (id) => chain.get(id));
  }
}
