import type { PolicyVersionDto, ProgrammeDto, ProgrammePolicy } from '@m4pris/programmes-contracts';
import { iso } from '../shared/access.js';
import { policyForReader } from './platform-wording.js';
import type { PolicyVersion, Programme } from './programme.entity.js';

/** `locale`: the reader's language, for the platform's confidentiality wording (`policyForReader`). */
export function toProgrammeDto(p: Programme, policy: ProgrammePolicy, locale: string): ProgrammeDto {
  return {
    id: p.id,
    tenantId: p.tenantId,
    name: p.name,
    description: p.description ?? null,
    institutionIds: p.institutionIds,
    policyVersion: p.policyVersion,
    policy: policyForReader(policy, locale),
    createdAt: iso(p.createdAt),
  };
}

export function toPolicyVersionDto(v: PolicyVersion, locale: string): PolicyVersionDto {
  return { version: v.version, policy: policyForReader(v.policy, locale), createdAt: iso(v.createdAt) };
}
