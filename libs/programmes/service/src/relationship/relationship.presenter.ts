import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { addDays, toPerson } from '@m4pris/platform-core';
import type { ParticipantRole, RelationshipDto } from '@m4pris/programmes-contracts';
import { CohortSchema } from '../cohort/cohort.entity.js';
import { PolicyVersionSchema, ProgrammeSchema } from '../programme/programme.entity.js';
import { dateOnly } from '../shared/dates.js';
import { People } from '../shared/people.js';
import { ReflectionSchema, type Relationship } from './relationship.entity.js';
import { toRelationshipDto } from './relationship.mapper.js';
import { allowedDuoTransitions } from './transitions.js';

/**
 * Duos with their people, cohort and programme, the fit check's due date from the cohort's policy
 * and what the caller may do next, in at most five statements whatever the number of duos.
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
    const cohorts = await this.em.find(CohortSchema, { id: { $in: unique(rels.map((r) => r.cohortId)) }, tenantId }, { fields: ['id', 'name', 'programmeId', 'policyVersion'] });
    const programmes = await this.em.find(ProgrammeSchema, { id: { $in: unique(rels.map((r) => r.programmeId)) }, tenantId }, { fields: ['id', 'name'] });
    const policies = await this.em.find(
      PolicyVersionSchema,
      { $or: unique(cohorts.map((c) => `${c.programmeId}:${c.policyVersion}`)).map((k) => ({ programmeId: k.split(':')[0]!, version: Number(k.split(':')[1]) })) },
      { fields: ['programmeId', 'version', 'policy'] },
    );
    const fitCheckDays = new Map(policies.map((p) => [`${p.programmeId}:${p.version}`, p.policy.fitCheckDays]));
    const cohortName = new Map(cohorts.map((c) => [c.id, c.name]));
    const cohortFitCheckDays = new Map(cohorts.map((c) => [c.id, fitCheckDays.get(`${c.programmeId}:${c.policyVersion}`) ?? 0]));
    const programmeName = new Map(programmes.map((p) => [p.id, p.name]));
    // Which of the caller's own duos they have already left a closing reflection on (one statement).
    const mine = rels.filter((r) => roleOf(r) !== null && (r.state === 'active' || r.state === 'paused'));
    const reflected = new Set(
      mine.length === 0
        ? []
        : (await this.em.find(ReflectionSchema, { $or: mine.map((r) => ({ relationshipId: r.id, role: roleOf(r)! })) }, { fields: ['relationshipId', 'role'] })).map((x) => x.relationshipId),
    );
    return rels.map((r) => {
      const role = roleOf(r);
      const view = role ? 'full' : 'name';
      const days = cohortFitCheckDays.get(r.cohortId) ?? 0;
      const firstMeeting = dateOnly(r.firstMeetingOn);
      return {
        ...toRelationshipDto(r, role),
        fitCheckDueOn: days > 0 && firstMeeting ? addDays(firstMeeting, days) : null,
        allowedTransitions: allowedDuoTransitions(r.state, { role, reflected: reflected.has(r.id) }),
        mentor: toPerson(r.mentorStaffId, cards.get(r.mentorStaffId), view),
        mentee: toPerson(r.menteeStaffId, cards.get(r.menteeStaffId), view),
        cohort: { id: r.cohortId, name: cohortName.get(r.cohortId) ?? '' },
        programme: { id: r.programmeId, name: programmeName.get(r.programmeId) ?? '' },
      };
    });
  }
}
