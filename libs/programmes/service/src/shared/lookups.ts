import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { CommonErrors, notFound, requireAuthenticated, type RequestContext } from '@m4pris/platform-core';
import type { ParticipantRole, ProgrammePolicy } from '@m4pris/programmes-contracts';
import { CohortSchema, type Cohort } from '../cohort/cohort.entity.js';
import { PolicyVersionSchema, ProgrammeSchema, type Programme } from '../programme/programme.entity.js';
import { RelationshipSchema, type Relationship } from '../relationship/relationship.entity.js';
import { coordinatorScope, inScope } from './access.js';

export type RelationshipAccess = 'content' | 'metadata' | 'coordinator';

export interface RelationshipView {
  rel: Relationship;
  /** The caller's side of the duo, if any. */
  role: ParticipantRole | null;
  /** The caller coordinates this duo. */
  coordinator: boolean;
}

/** Loading with the tenant and visibility rules applied once, for every use case. */
@Injectable()
export class Lookups {
  constructor(private readonly em: EntityManager) {}

  async policy(programmeId: string, version: number): Promise<ProgrammePolicy> {
    const row = await this.em.findOneOrFail(PolicyVersionSchema, { programmeId, version });
    return row.policy;
  }

  /** The policy a cohort runs under (the version it was created with). */
  async policyOfCohort(cohortId: string): Promise<ProgrammePolicy> {
    const cohort = await this.em.findOneOrFail(CohortSchema, { id: cohortId });
    return this.policy(cohort.programmeId, cohort.policyVersion);
  }

  async programmeIn(tenantId: string | undefined, programmeId: string, field = 'programmeId'): Promise<Programme> {
    const programme = tenantId ? await this.em.findOne(ProgrammeSchema, { id: programmeId, tenantId }) : null;
    if (!programme) throw notFound('Programme', field);
    return programme;
  }

  async cohortIn(tenantId: string | undefined, cohortId: string, field = 'cohortId'): Promise<{ cohort: Cohort; programme: Programme; policy: ProgrammePolicy }> {
    const cohort = tenantId ? await this.em.findOne(CohortSchema, { id: cohortId, tenantId }) : null;
    if (!cohort) throw notFound('Cohort', field);
    const programme = await this.em.findOneOrFail(ProgrammeSchema, { id: cohort.programmeId });
    return { cohort, programme, policy: await this.policy(cohort.programmeId, cohort.policyVersion) };
  }

  /**
   * A relationship as the caller may see it:
   * - `content`: only the two people of the duo; its coordinator gets FORBIDDEN;
   * - `metadata`: the duo or its coordinator;
   * - `coordinator`: its coordinator only; the duo gets FORBIDDEN.
   * Anyone else — another duo, another institution's coordinator, another tenant — gets NOT_FOUND.
   */
  async relationship(ctx: RequestContext, relationshipId: string, need: RelationshipAccess): Promise<RelationshipView> {
    requireAuthenticated(ctx);
    const rel = ctx.tenantId ? await this.em.findOne(RelationshipSchema, { id: relationshipId, tenantId: ctx.tenantId }) : null;
    if (!rel) throw notFound('Relationship', 'relationshipId');
    const role: ParticipantRole | null = ctx.staffId === rel.mentorStaffId ? 'mentor' : ctx.staffId === rel.menteeStaffId ? 'mentee' : null;
    const scope = coordinatorScope(ctx);
    const coordinator = scope !== null && inScope(scope, rel);
    const allowed = need === 'content' ? role !== null : need === 'metadata' ? role !== null || coordinator : coordinator;
    if (allowed) return { rel, role, coordinator };
    if (role !== null || coordinator) throw CommonErrors.FORBIDDEN();
    throw notFound('Relationship', 'relationshipId');
  }
}
