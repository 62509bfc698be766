import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { MatchingErrors, type PairRuleDto, type PairRuleKind, type PairRuleRequest } from '@m4pris/matching-contracts';
import type { RequestContext } from '@m4pris/platform-core';
import { ParticipantSchema } from '../projection/projection.entities.js';
import { CohortInputReader } from './cohort-input.js';
import { PairRuleSchema } from './run.entities.js';

/** The coordinator's pins and forbidden pairs (one rule per pair; the latest wins). */
@Injectable()
export class PairRules {
  constructor(
    private readonly em: EntityManager,
    private readonly reader: CohortInputReader,
  ) {}

  async set(tenantId: string, input: PairRuleRequest, kind: PairRuleKind, ctx?: RequestContext): Promise<PairRuleDto> {
    await this.reader.cohort(tenantId, input.cohortId, ctx);
    const roleOf = async (staffId: string, role: 'mentor' | 'mentee', field: string) => {
      const p = await this.em.findOne(ParticipantSchema, { tenantId, cohortId: input.cohortId, staffId, role, active: true });
      if (!p) throw MatchingErrors.NOT_A_PARTICIPANT({ field, params: { staffId, role } });
    };
    await roleOf(input.mentorStaffId, 'mentor', 'mentorStaffId');
    await roleOf(input.menteeStaffId, 'mentee', 'menteeStaffId');
    const existing = await this.em.findOne(PairRuleSchema, { cohortId: input.cohortId, menteeStaffId: input.menteeStaffId, mentorStaffId: input.mentorStaffId });
    if (existing) existing.kind = kind;
    else this.em.create(PairRuleSchema, { id: randomUUID(), tenantId, cohortId: input.cohortId, mentorStaffId: input.mentorStaffId, menteeStaffId: input.menteeStaffId, kind, createdAt: new Date() });
    await this.em.flush();
    return { cohortId: input.cohortId, mentorStaffId: input.mentorStaffId, menteeStaffId: input.menteeStaffId, kind };
  }
}

