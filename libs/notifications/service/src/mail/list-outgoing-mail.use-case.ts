import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { pageBounds, requirePlatformAdmin, type Page, type RequestContext } from '@m4pris/platform-core';
import type { ListOutgoingMailRequest, OutgoingMailDto } from '@m4pris/notifications-contracts';
import { OutgoingMailSchema } from './outgoing-mail.entity.js';

/** The instance's outgoing mail for the platform admin: subject, recipient, status — never a body or a link. */
@Injectable()
export class ListOutgoingMailUseCase {
  constructor(private readonly em: EntityManager) {}

  async execute(input: ListOutgoingMailRequest, ctx: RequestContext): Promise<Page<OutgoingMailDto>> {
    requirePlatformAdmin(ctx);
    const { offset, limit } = pageBounds(input);
    const [rows, total] = await this.em.findAndCount(
      OutgoingMailSchema,
      {},
      { orderBy: { createdAt: 'desc', id: 'desc' }, offset, limit, fields: ['id', 'kind', 'recipient', 'subject', 'status', 'attempts', 'createdAt', 'sentAt'] },
    );
    return {
      items: rows.map((m) => ({ id: m.id, kind: m.kind, recipient: m.recipient, subject: m.subject, status: m.status, attempts: m.attempts, createdAt: m.createdAt.toISOString(), sentAt: m.sentAt ? m.sentAt.toISOString() : null })),
      total,
      offset,
      limit,
    };
  }
}
