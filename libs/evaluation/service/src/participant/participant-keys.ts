import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { RespondentRole } from '@m4pris/evaluation-contracts';
import { StaffFactSchema, TenantFactSchema } from '../projection/projection.entities.js';
import type { WaveKind } from '@m4pris/evaluation-contracts';
import { InvitationSchema, type Invitation } from '../invitation/invitation.entity.js';
import { InvitationKeySchema, ParticipantLinkSchema, ParticipantSchema } from './participant.entity.js';

/** An invitation whose wave has opened and whose person is to be told (see `claimOpenings`). */
export interface DueOpening {
  invitationId: string;
  tenantId: string;
  wave: WaveKind;
  dueOn: string;
  staffId: string;
}

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

  /**
   * The survey opener's claim (SurveyOpener): up to `limit` invitations whose wave has opened by
   * `today` and that nobody was told of yet — not started, not completed, not past their due date —
   * each with the staff member it is for, locked for the caller's transaction (`tx`) and skipped
   * when another replica holds them. Left out: invitations of an erased person (their link is gone),
   * of someone who has left the service, and a midpoint of a duo that ended before it opened
   * (withdrawn on an early end; this also covers a late or redelivered end event).
   */
  async claimOpenings(tx: EntityManager, today: string, limit: number): Promise<DueOpening[]> {
    return tx.getConnection().execute<DueOpening[]>(
      `select i.id as "invitationId", i.tenant_id as "tenantId", i.wave, i.due_on as "dueOn", l.staff_id as "staffId"
         from "evaluation"."invitation" i
         join "evaluation"."participant_link" l on l.code = i.participant_code and l.tenant_id = i.tenant_id
         join "evaluation"."invitation_key" k on k.invitation_id = i.id
         left join "evaluation"."relationship_fact" r on r.relationship_id = k.relationship_id
         left join "evaluation"."staff_fact" s on s.staff_id = l.staff_id
        where i.opening_announced_at is null and i.opens_on <= ? and i.due_on >= ?
          and i.started_at is null and i.completed_at is null
          and (s.left_service_on is null or s.left_service_on > ?)
          and not (i.wave = 'midpoint' and r.ended_on is not null and r.ended_on < i.opens_on)
        order by i.opens_on, i.id
        limit ?
        for update of i skip locked`,
      [today, today, today, limit],
      'all',
      tx.getTransactionContext(),
    );
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
