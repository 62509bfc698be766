import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { EventEnvelope } from '@m4pris/platform-core';
import { OnEvent, recordEvent } from '@m4pris/platform-messaging';
import { createLogger } from '@m4pris/platform-observability';
import { ConsentRecorded } from '@m4pris/identity-contracts';
import { ConsentGiven, type ConsentGivenEvent } from '@m4pris/programmes-contracts';
import { AccountSchema } from '../account/account.entity.js';
import { AuditEntrySchema } from '../audit/audit-entry.entity.js';
import { StaffSchema } from '../staff/staff.entity.js';
import { ConsentRecordSchema, ConsentTextSchema, type ConsentText } from './consent.entity.js';

const logger = createLogger('identity');

/**
 * Consent once (issue 22): an applicant who applies to a programme with consent agrees to the
 * programme's consent text; identity, which owns consent, keeps the ConsentRecord.
 *
 * - Once per person, purpose and version: nothing is added while the person's latest record for that
 *   version is a grant (a replayed event, a second application to another cohort of the same
 *   programme); a new version gives a new record. After a withdrawal, a later application grants again;
 *   an application older than the withdrawal (a late event) does not undo it.
 * - An erased person (identity keeps the anonymised staff row with `erasedAt`, and deletes the
 *   account) gets nothing: a late event re-creates no row.
 * - Withdrawing an application is not a withdrawal of consent (DOMAIN.md: leaving is a separate,
 *   reasonless act; consent is withdrawn with `recordConsent(granted: false)`).
 * - The version is the policy's `consentTextVersion`; when the policy names none, the newest text of
 *   the purpose published before the application. The text in the applicant's language, else the
 *   account's language, else any locale of that version. No published text: nothing to record (logged).
 */
@Injectable()
export class ConsentGivenConsumer {
  constructor(private readonly em: EntityManager) {}

  @OnEvent(ConsentGiven)
  async record(e: ConsentGivenEvent, envelope: EventEnvelope): Promise<void> {
    const staff = await this.em.findOne(StaffSchema, { id: e.staffId, tenantId: e.tenantId });
    if (!staff || staff.erasedAt) return;
    const account = await this.em.findOne(AccountSchema, { staffId: staff.id, tenantId: e.tenantId });
    if (!account) return;
    const givenAt = new Date(envelope.occurredAt);
    const text = await this.text(e, account.locale ?? null, givenAt);
    if (!text) {
      logger.warn({ tenantId: e.tenantId, purpose: e.purpose, version: e.version, applicationId: e.applicationId }, 'consent given when applying: no consent text of that purpose and version is published; nothing recorded');
      return;
    }
    // Two applications of the same person handled at once must not both add a record.
    await this.em.getConnection().execute('select pg_advisory_xact_lock(hashtext(?))', [`identity.consent:${account.id}:${text.purpose}`], 'all', this.em.getTransactionContext());
    const latest = await this.em.findOne(
      ConsentRecordSchema,
      { accountId: account.id, tenantId: e.tenantId, purpose: text.purpose, version: text.version },
      { orderBy: { recordedAt: 'desc' } },
    );
    if (latest && (latest.granted || latest.recordedAt >= givenAt)) return;
    const record = this.em.create(ConsentRecordSchema, {
      id: randomUUID(),
      tenantId: e.tenantId,
      consentTextId: text.id,
      accountId: account.id,
      staffId: staff.id,
      purpose: text.purpose,
      version: text.version,
      granted: true,
      recordedAt: givenAt,
    });
    recordEvent(this.em, ConsentRecorded, { tenantId: e.tenantId, accountId: account.id, staffId: staff.id, purpose: text.purpose, version: text.version, granted: true }, { tenantId: e.tenantId });
    this.em.create(AuditEntrySchema, {
      id: randomUUID(),
      tenantId: e.tenantId,
      actorId: account.id,
      action: 'consent.grant',
      entityType: 'ConsentRecord',
      entityId: record.id,
      module: 'identity',
      subjectIds: null,
      subjectCount: null,
      traceId: envelope.traceId,
      at: givenAt,
    });
    await this.em.flush();
  }

  private async text(e: ConsentGivenEvent, accountLocale: string | null, givenAt: Date): Promise<ConsentText | null> {
    let version = e.version;
    if (version === null || version === undefined) {
      const newest = await this.em.findOne(ConsentTextSchema, { tenantId: e.tenantId, purpose: e.purpose, publishedAt: { $lte: givenAt } }, { orderBy: { version: 'desc' } });
      if (!newest) return null;
      version = newest.version;
    }
    const texts = await this.em.find(ConsentTextSchema, { tenantId: e.tenantId, purpose: e.purpose, version }, { orderBy: { locale: 'asc' } });
    return texts.find((t) => t.locale === e.locale) ?? texts.find((t) => t.locale === accountLocale) ?? texts[0] ?? null;
  }
}
