import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { RespondentRole } from '@m4pris/evaluation-contracts';
import { StaffFactSchema, TenantFactSchema } from '../projection/projection.entities.js';
import type { WaveKind } from '@m4pris/evaluation-contracts';
import { InvitationSchema, type Invitation } from '../invitation/invitation.entity.js';
import { InvitationKeySchema, ParticipantLinkSchema, ParticipantSchema } from './participant.entity.js';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A random pseudonymous code, e.g. `P7KQ2M9XA4T`: carries nothing about the person. */
export function newParticipantCode(): string {
  const bytes = randomBytes(10);
  return `P${Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('')}`;
}

/**
 * The key store: the ONLY code that reads or writes `participant_link` (staff id ↔ participant
 * code). Used by the invitation path alone — issuing codes when waves are scheduled from programmes
 * events, and letting a signed-in respondent find their own invitations — and by erasure.
 */
@Injectable()
export class ParticipantKeys {
  constructor(private readonly em: EntityManager) {}

  /** The participant code of a staff member in a programme role, issued on first use. */
  async codeFor(tenantId: string, programmeId: string, staffId: string, role: RespondentRole): Promise<string> {
    const existing = await this.em.findOne(ParticipantLinkSchema, { tenantId, programmeId, staffId, role });
    if (existing) return existing.code;
    const staff = await this.em.findOne(StaffFactSchema, { staffId, tenantId });
    const tenant = await this.em.findOne(TenantFactSchema, { tenantId });
    const code = newParticipantCode();
    this.em.create(ParticipantSchema, {
      code,
      tenantId,
      programmeId,
      role,
      institutionId: staff?.institutionId ?? null,
      region: staff?.region ?? null,
      country: tenant?.country ?? null,
      createdAt: new Date(),
    });
    this.em.create(ParticipantLinkSchema, { code, tenantId, programmeId, staffId, role });
    await this.em.flush();
    return code;
  }

  /** Every participant code of the calling staff member (their own invitations and scores). */
  async codesOf(tenantId: string, staffId: string): Promise<string[]> {
    const links = await this.em.find(ParticipantLinkSchema, { tenantId, staffId });
    return links.map((l) => l.code);
  }

  /** Erasure: drops the links, so the remaining responses can no longer be tied to the person. */
  async forget(tenantId: string, staffId: string): Promise<number> {
    return this.em.nativeDelete(ParticipantLinkSchema, { tenantId, staffId });
  }

  /** Issues one wave of a relationship to a participant, once; returns false when it already exists. */
  async issueOnce(relationshipId: string, invitation: Omit<Invitation, never>): Promise<boolean> {
    const key = await this.em.findOne(InvitationKeySchema, { relationshipId, participantCode: invitation.participantCode, wave: invitation.wave });
    if (key) return false;
    this.em.create(InvitationSchema, invitation);
    this.em.create(InvitationKeySchema, {
      invitationId: invitation.id,
      tenantId: invitation.tenantId,
      relationshipId,
      participantCode: invitation.participantCode,
      wave: invitation.wave,
    });
    return true;
  }

  /** Withdraws a relationship's invitations of one wave that open after `after` and were never started. */
  async withdrawUnstarted(relationshipId: string, wave: WaveKind, after: string): Promise<number> {
    const keys = await this.em.find(InvitationKeySchema, { relationshipId, wave });
    if (keys.length === 0) return 0;
    const stale = await this.em.find(InvitationSchema, { id: { $in: keys.map((k) => k.invitationId) }, startedAt: null, opensOn: { $gt: after } });
    for (const inv of stale) {
      this.em.remove(inv);
      this.em.remove(keys.find((k) => k.invitationId === inv.id)!);
    }
    return stale.length;
  }
}
