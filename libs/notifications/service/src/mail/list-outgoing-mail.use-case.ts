import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { pageBounds, requirePlatformAdmin, type Page, type RequestContext } from '@m4pris/platform-core';
import type { ListOutgoingMailRequest, OutgoingMailDto } from '@m4pris/notifications-contracts';
import { auditRead } from '../shared/audit.js';
import { OutgoingMailSchema } from './outgoing-mail.entity.js';
import { ListOutgoingMail } from '@m4pris/notifications-contracts';
import { Handles } from '@m4pris/platform-messaging';

/**
 * The instance's outgoing mail for the platform admin: subject, recipient, status — never a body, a
 * link or the message's kind (a kind such as `support_attention` would say what a person's mail is
 * about; the discreet subject is all the admin needs to follow delivery).
 */
@Injectable()
export class ListOutgoingMailUseCase {
  constructor(private readonly em: EntityManager) {}

  @Handles(ListOutgoingMail)
  async execute(input: ListOutgoingMailRequest, ctx: RequestContext): Promise<Page<OutgoingMailDto>> {
    requirePlatformAdmin(ctx);
    const { offset, limit } = pageBounds(input);
    const [rows, total] = await this.em.findAndCount(
      OutgoingMailSchema,
      {},
      { orderBy: { createdAt: 'desc', id: 'desc' }, offset, limit, fields: ['id', 'tenantId', 'staffId', 'recipient', 'subject', 'status', 'attempts', 'createdAt', 'sentAt'] },
    );
    // Recipients are people of the tenants: each tenant's audit log gets one record of this read.
    const byTenant = new Map<string | null, (string | null)[]>();
    for (const m of rows) byTenant.set(m.tenantId ?? null, [...(byTenant.get(m.tenantId ?? null) ?? []), m.staffId ?? null]);
    for (const [tenantId, subjects] of byTenant) await auditRead(this.em, ctx, { action: 'mail.list', subjects, tenantId });
    return {
      items: rows.map((m) => ({ id: m.id, recipient: m.recipient, subject: m.subject, status: m.status, attempts: m.attempts, createdAt: m.createdAt.toISOString(), sentAt: m.sentAt ? m.sentAt.toISOString() : null })),
      total,
      offset,
      limit,
    };
  }
}
