import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { EventEnvelope } from '@m4pris/platform-core';
import { OnEvent } from '@m4pris/platform-messaging';
import {
  AccountDisabled,
  InvitationIssued,
  PasswordResetRequested,
  RoleGranted,
  type AccountDisabledEvent,
  type InvitationIssuedEvent,
  type PasswordResetRequestedEvent,
  type RoleGrantedEvent,
} from '@m4pris/identity-contracts';
import { ApplicationAccepted, RelationshipClosed, RelationshipStarted, type ApplicationEvent, type RelationshipEvent, type RelationshipStartedEvent } from '@m4pris/programmes-contracts';
import { CourseCompleted, type CourseCompletedEvent } from '@m4pris/training-contracts';
import { Notifier } from '../notifier.js';
import { WEB_PATHS } from '../templates/web-paths.js';
import { CoordinatorSchema } from '../reminders/duo.entity.js';
import { PersonSchema } from '../person/person.entity.js';
import { DuoReminders } from '../reminders/duo-reminders.js';

/**
 * Who hears what (DOMAIN.md): each event of another module becomes the messages it implies, to the
 * person concerned only. Events carry ids and categories, never content, so no message can leak a
 * note, an answer or a concern.
 */
@Injectable()
export class EventMessages {
  constructor(
    private readonly notifier: Notifier,
    private readonly em: EntityManager,
    private readonly duos: DuoReminders,
  ) {}

  /** The link carries the single-use token in the fragment (never sent to a server's logs). */
  @OnEvent(InvitationIssued)
  async invitation(p: InvitationIssuedEvent, e: EventEnvelope): Promise<void> {
    await this.notifier.toAddress({
      tenantId: p.tenantId ?? null,
      staffId: p.staffId ?? null,
      email: p.email,
      locale: p.locale ?? null,
      kind: 'invitation',
      params: { expires: p.expiresAt.slice(0, 10) },
      path: `${WEB_PATHS.invitation}#token=${encodeURIComponent(p.token)}`,
      key: `${e.id}:invitation`,
    });
  }

  /**
   * "Forgot your password": the single-use link (30 minutes) in the fragment, e-mail only, in the
   * account's language. Account and security: always sent, whatever the person's preferences.
   */
  @OnEvent(PasswordResetRequested)
  async passwordReset(p: PasswordResetRequestedEvent, e: EventEnvelope): Promise<void> {
    await this.notifier.toAddress({
      tenantId: p.tenantId ?? null,
      staffId: p.staffId ?? null,
      email: p.email,
      locale: p.locale ?? null,
      kind: 'password_reset',
      path: `${WEB_PATHS.resetPassword}#token=${encodeURIComponent(p.token)}`,
      key: `${e.id}:password_reset`,
    });
  }

  /**
   * A role granted (issue 13): the grantee hears which role, in their language; the tenant's
   * data-protection contact gets a content-light notice (the role and the date, never who).
   */
  @OnEvent(RoleGranted)
  async roleGranted(p: RoleGrantedEvent, e: EventEnvelope): Promise<void> {
    // Coordinators who are staff: kept to alert them about a silent duo of theirs (reminders).
    if (p.role === 'coordinator' && p.tenantId && p.staffId) {
      await this.em.upsert(CoordinatorSchema, { grantId: p.grantId, tenantId: p.tenantId, staffId: p.staffId, scopeType: p.scopeType ?? 'tenant', scopeId: p.scopeId ?? null });
    }
    if (p.email) {
      await this.notifier.toAddress({ tenantId: p.tenantId ?? null, staffId: p.staffId ?? null, email: p.email, locale: p.locale ?? null, kind: 'role_granted', params: { role: p.role }, path: WEB_PATHS.home, key: `${e.id}:role_granted` });
    }
    if (p.dataProtectionContactEmail) {
      await this.notifier.toAddress({
        tenantId: p.tenantId ?? null,
        staffId: null,
        email: p.dataProtectionContactEmail,
        locale: p.tenantLocale ?? null,
        kind: 'role_granted_notice',
        params: { role: p.role, date: e.occurredAt.slice(0, 10) },
        path: WEB_PATHS.home,
        key: `${e.id}:role_granted_notice`,
      });
    }
  }

  /** The person whose account was disabled (by an admin or on their leaving date) is told, by e-mail: they can no longer sign in. */
  @OnEvent(AccountDisabled)
  async accountDisabled(p: AccountDisabledEvent, e: EventEnvelope): Promise<void> {
    await this.notifier.toAddress({ tenantId: p.tenantId ?? null, staffId: p.staffId ?? null, email: p.email, locale: p.locale ?? null, kind: 'account_disabled', path: WEB_PATHS.home, key: `${e.id}:account_disabled` });
  }

  @OnEvent(ApplicationAccepted)
  async applicationAccepted(p: ApplicationEvent, e: EventEnvelope): Promise<void> {
    await this.notifier.toStaff({ tenantId: p.tenantId, staffId: p.staffId, kind: 'application_accepted', path: WEB_PATHS.applications, key: `${e.id}:application_accepted:${p.staffId}` });
  }

  /** Both sides hear it, each with the other's name in the body (never in the subject). */
  @OnEvent(RelationshipStarted)
  async matched(p: RelationshipStartedEvent, e: EventEnvelope): Promise<void> {
    await this.duos.started(p);
    const people = await this.em.find(PersonSchema, { staffId: { $in: [p.mentorStaffId, p.menteeStaffId] }, tenantId: p.tenantId });
    const nameOf = (id: string) => {
      const person = people.find((x) => x.staffId === id);
      return person ? `${person.firstName} ${person.lastName}` : '—';
    };
    for (const [me, partner] of [
      [p.mentorStaffId, p.menteeStaffId],
      [p.menteeStaffId, p.mentorStaffId],
    ] as const) {
      await this.notifier.toStaff({ tenantId: p.tenantId, staffId: me, kind: 'matched', params: { partner: nameOf(partner) }, path: WEB_PATHS.duo, key: `${e.id}:matched:${me}` });
    }
  }

  @OnEvent(RelationshipClosed)
  async closed(p: RelationshipEvent, e: EventEnvelope): Promise<void> {
    await this.duos.ended(p);
    for (const me of [p.mentorStaffId, p.menteeStaffId]) {
      await this.notifier.toStaff({ tenantId: p.tenantId, staffId: me, kind: 'closure_reflection', path: WEB_PATHS.duo, key: `${e.id}:closure_reflection:${me}` });
    }
  }

  @OnEvent(CourseCompleted)
  async courseCompleted(p: CourseCompletedEvent, e: EventEnvelope): Promise<void> {
    if (!p.certificateId) return;
    await this.notifier.toStaff({ tenantId: p.tenantId, staffId: p.staffId, kind: 'certificate_issued', path: WEB_PATHS.training, key: `${e.id}:certificate_issued:${p.staffId}` });
  }
}
