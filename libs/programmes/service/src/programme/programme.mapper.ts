import type { PolicyVersionDto, ProgrammeDto, ProgrammePolicy } from '@m4pris/programmes-contracts';
import { iso } from '../shared/access.js';
import type { PolicyVersion, Programme } from './programme.entity.js';

export function toProgrammeDto(p: Programme, policy: ProgrammePolicy): ProgrammeDto {
  return {
    id: p.id,
    tenantId: p.tenantId,
    name: p.name,
    description: p.description ?? null,
    institutionIds: p.institutionIds,
    policyVersion: p.policyVersion,
    policy,
    createdAt: iso(p.createdAt),
  };
}

export function toPolicyVersionDto(v: PolicyVersion): PolicyVersionDto {
  return { version: v.version, policy: v.policy, createdAt: iso(v.createdAt) };
}
