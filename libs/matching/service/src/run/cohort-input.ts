import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { DEFAULT_WEIGHTS, MatchingErrors, type MatchingWeights } from '@m4pris/matching-contracts';
import type { RequestContext } from '@m4pris/platform-core';
import { cohortInScope } from '../shared/access.js';
import { pairKey, type Applicant, type MatchPolicy, type MentorApplicant, type Profile } from '../engine/model.js';
import type { MatchInput } from '../engine/plan.js';
import {
  CohortSchema,
  DuoSchema,
  ParticipantSchema,
  ShiftPatternSchema,
  StaffProfileSchema,
  TenantModulesSchema,
  TrainedMentorSchema,
  type Cohort,
  type Participant,
  type StaffProfile,
} from '../projection/projection.entities.js';
import { PairRuleSchema, ProposalSchema, WeightsSchema } from './run.entities.js';

export interface CohortInput {
  cohort: Cohort;
  input: MatchInput;
  weightsVersion: number;
  digest: string;
  /** applicationId by staff id, per role. */
  menteeApps: Map<string, string>;
  mentorApps: Map<string, string>;
}

export const today = () => new Date().toISOString().slice(0, 10);

/** Reads one cohort's matching input from the projections only (no other service is asked). */
@Injectable()
export class CohortInputReader {
  constructor(private readonly em: EntityManager) {}

  /** The cohort; with `ctx`, only when it lies in the caller's scope (else not found, like a missing id). */
  async cohort(tenantId: string, cohortId: string, ctx?: RequestContext): Promise<Cohort> {
    const cohort = await this.em.findOne(CohortSchema, { id: cohortId, tenantId });
    if (!cohort || (ctx && !cohortInScope(ctx, cohort))) throw MatchingErrors.COHORT_NOT_FOUND({ field: 'cohortId' });
    return cohort;
  }

  async weights(tenantId: string, programmeId: string): Promise<{ version: number; weights: MatchingWeights }> {
    const latest = await this.em.findOne(WeightsSchema, { tenantId, programmeId }, { orderBy: { version: 'desc' } });
    return latest ? { version: latest.version, weights: latest.weights } : { version: 0, weights: { ...DEFAULT_WEIGHTS } };
  }

  async load(tenantId: string, cohortId: string, onlyMentees?: string[], ctx?: RequestContext): Promise<CohortInput> {
    const cohort = await this.cohort(tenantId, cohortId, ctx);
    const participants = await this.em.find(ParticipantSchema, { tenantId, cohortId, active: true }, { orderBy: { staffId: 'asc' } });
    let menteeRows = participants.filter((p) => p.role === 'mentee' && !p.matched);
    if (onlyMentees) {
      for (const id of onlyMentees) {
        if (!menteeRows.some((p) => p.staffId === id)) throw MatchingErrors.NOT_A_PARTICIPANT({ field: 'menteeStaffIds', params: { staffId: id, role: 'mentee waiting for a mentor' } });
      }
      menteeRows = menteeRows.filter((p) => onlyMentees.includes(p.staffId));
    }
    const mentorRows = participants.filter((p) => p.role === 'mentor');

    const profiles = await this.em.find(StaffProfileSchema, { tenantId });
    const byId = new Map(profiles.map((p) => [p.staffId, p]));
    const patterns = new Map((await this.em.find(ShiftPatternSchema, { tenantId })).map((p) => [p.id, p]));
    const trained = new Set((await this.em.find(TrainedMentorSchema, { tenantId })).map((t) => t.staffId));
    const modules = await this.em.findOne(TenantModulesSchema, { tenantId });
    const duos = await this.em.find(DuoSchema, { tenantId });
    const pending = await this.em.find(ProposalSchema, { tenantId, status: 'approved', relationshipId: null });
    const rules = await this.em.find(PairRuleSchema, { tenantId, cohortId });
    const { version: weightsVersion, weights } = await this.weights(tenantId, cohort.programmeId);

    const chainOf = (staffId: string): string[] => {
      const out: string[] = [];
      let cur = byId.get(staffId)?.lineManagerId ?? null;
      while (cur && !out.includes(cur) && out.length < 50) {
        out.push(cur);
        cur = byId.get(cur)?.lineManagerId ?? null;
      }
      return out;
    };
    const profileOf = (staffId: string): Profile | null => {
      const p: StaffProfile | undefined = byId.get(staffId);
      if (!p) return null;
      const pattern = p.shiftPatternId ? patterns.get(p.shiftPatternId) : undefined;
      return {
        staffId,
        tenantId: p.tenantId,
        institutionId: p.institutionId,
        institutionKind: p.institutionKind,
        region: p.region,
        unitId: p.unitId ?? null,
        supervisesOthers: p.supervisesOthers,
        hiredOn: p.hiredOn,
        joinedInstitutionOn: p.joinedInstitutionOn,
        previousInstitutionKind: p.previousInstitutionKind ?? null,
        rota: pattern ? { cycleDays: pattern.cycleDays, shifts: pattern.shifts, offsetDays: p.shiftOffsetDays } : null,
        rotaKey: pattern ? `${pattern.id}:${p.shiftOffsetDays}` : null,
        languages: p.languages,
        managementChain: chainOf(staffId),
        leftServiceOn: p.leftServiceOn ?? null,
      };
    };
    const applicant = (p: Participant): Applicant => ({
      applicationId: p.applicationId,
      staffId: p.staffId,
      functions: p.functions,
      languages: p.languages,
      prefersSameUnit: p.prefersSameUnit,
      preferredStaffIds: p.preferredStaffIds,
      conflictStaffIds: p.conflictStaffIds,
      profile: profileOf(p.staffId),
    });
    const inUse = new Map<string, number>();
    for (const d of duos) if (d.state === 'active') inUse.set(d.mentorStaffId, (inUse.get(d.mentorStaffId) ?? 0) + 1);
    for (const p of pending) inUse.set(p.mentorStaffId, (inUse.get(p.mentorStaffId) ?? 0) + 1);
    const mentors: MentorApplicant[] = mentorRows.map((p) => ({
      ...applicant(p),
      capacityLeft: Math.max(0, cohort.policy.mentorCapacity - (inUse.get(p.staffId) ?? 0)),
      trained: trained.has(p.staffId),
    }));
    const mentees = menteeRows.map(applicant);

    const policy: MatchPolicy = {
      tenantId,
      institutionScope: cohort.policy.institutionScope,
      lineManagerRule: cohort.policy.lineManagerRule,
      mentorKinds: cohort.policy.mentorKinds,
      minMentorExperienceMonths: cohort.policy.minMentorExperienceMonths,
      mentorTrainingRequired: cohort.policy.mentorTrainingRequired,
      trainingDeployed: modules?.trainingDeployed ?? false,
      languages: cohort.policy.languages,
    };
    const history = {
      notAFit: new Set(duos.filter((d) => d.notAFit).map((d) => pairKey(d.menteeStaffId, d.mentorStaffId))),
      previousMentor: new Set(duos.filter((d) => d.state === 'ended_early' || d.state === 'active').map((d) => pairKey(d.menteeStaffId, d.mentorStaffId))),
      forbidden: new Set(rules.filter((r) => r.kind === 'forbid').map((r) => pairKey(r.menteeStaffId, r.mentorStaffId))),
      pinned: new Set(rules.filter((r) => r.kind === 'pin').map((r) => pairKey(r.menteeStaffId, r.mentorStaffId))),
    };
    const input: MatchInput = { mentees, mentors, policy, history, weights, asOf: today() };
    const digest = createHash('sha256')
      .update(JSON.stringify({ cohort: cohort.id, asOf: input.asOf, policyVersion: cohort.policyVersion, weightsVersion, mentees, mentors, policy, history: Object.fromEntries(Object.entries(history).map(([k, v]) => [k, [...v].sort()])) }))
      .digest('hex');
    return {
      cohort,
      input,
      weightsVersion,
      digest,
      menteeApps: new Map(menteeRows.map((p) => [p.staffId, p.applicationId])),
      mentorApps: new Map(mentorRows.map((p) => [p.staffId, p.applicationId])),
    };
  }
}
