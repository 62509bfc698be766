import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { CommonErrors, notFound, requireAuthenticated, type EventEnvelope, type RequestContext } from '@m4pris/platform-core';
import { Handles, OnEvent, recordEvent } from '@m4pris/platform-messaging';
import { createLogger } from '@m4pris/platform-observability';
import { ConsentRecorded, type ConsentRecordDto, type RecordConsentRequest, RecordConsent } from '@m4pris/identity-contracts';
import { ConsentGiven, type ConsentGivenEvent } from '@m4pris/programmes-contracts';
import { AccountSchema, type Account } from '../account/account.entity.js';
import { AuditLog } from '../audit/audit-log.js';
import { StaffSchema } from '../staff/staff.entity.js';
import { ConsentRecordSchema, ConsentTextSchema, type ConsentRecord, type ConsentText } from './consent.entity.js';

const logger = createLogger('identity');
import { toConsentRecordDto } from './consent.mapper.js';

/** The caller consents (or withdraws: granted = false) for themselves, to a text of their tenant. Append-only. */
@Injectable()
export class RecordConsentUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditLog,
  ) {}

  @Handles(RecordConsent)
  async execute(input: RecordConsentRequest, ctx: RequestContext): Promise<ConsentRecordDto> {
    requireAuthenticated(ctx);
    const account = await this.em.findOne(AccountSchema, { id: ctx.userId });
    if (!account) throw CommonErrors.UNAUTHENTICATED();
    if (!account.tenantId) throw CommonErrors.FORBIDDEN();
    const text = await this.em.findOne(ConsentTextSchema, { id: input.consentTextId, tenantId: account.tenantId });
    if (!text) throw notFound('Consent text', 'consentTextId');
    const record = this.append(text, account, input.granted, new Date(), ctx);
    await this.em.flush();
    return toConsentRecordDto(record);
  }

  /** Applying with consent (programmes' `consent.given`) records the consent once (`grantWhenApplying`). */
  @OnEvent(ConsentGiven)
  consentGiven(e: ConsentGivenEvent, envelope: EventEnvelope): Promise<void> {
    return this.grantWhenApplying(e, new Date(envelope.occurredAt), envelope.traceId);
  }

  /**
   * Consent once (issue 22): applying to a programme with consent (programmes' `consent.given`)
   * grants the programme's consent text — once per person, purpose and version.
   *
   * - Nothing is added while the person's latest record for that version is a grant (a replayed
   *   event, a second application to another cohort of the same programme); a new version gives a
   *   new record. After a withdrawal, a later application grants again; an application older than the
   *   withdrawal (a late event) does not undo it.
   * - An erased person (identity keeps the anonymised staff row with `erasedAt`, and deletes the
   *   account) gets nothing: a late event re-creates no row.
   * - Withdrawing an application is not a withdrawal of consent (DOMAIN.md: leaving is a separate,
   *   reasonless act; consent is withdrawn with `recordConsent(granted: false)`).
   * - The version is the policy's `consentTextVersion`; when the policy names none, the newest text of
   *   the purpose published before the application. The text in the applicant's language, else the
   *   account's language, else any locale of that version. No published text: nothing to record (logged).
   */
  async grantWhenApplying(e: ConsentGivenEvent, givenAt: Date, traceId: string): Promise<void> {
    const staff = await this.em.findOne(StaffSchema, { id: e.staffId, tenantId: e.tenantId });
    if (!staff || staff.erasedAt) return;
    const account = await this.em.findOne(AccountSchema, { staffId: staff.id, tenantId: e.tenantId });
    if (!account) return;
    const text = await this.textApplied(e, account.locale ?? null, givenAt);
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
    this.append(text, account, true, givenAt, { userId: account.id, traceId });
    await this.em.flush();
  }

  /** One append-only record, its event and its audit entry, in the caller's unit of work. */
  private append(text: ConsentText, account: Account, granted: boolean, at: Date, actor: Pick<RequestContext, 'userId' | 'traceId'>): ConsentRecord {
    const record = this.em.create(ConsentRecordSchema, {
      id: randomUUID(),
      tenantId: text.tenantId,
      consentTextId: text.id,
      accountId: account.id,
      staffId: account.staffId ?? null,
      purpose: text.purpose,
      version: text.version,
      granted,
      recordedAt: at,
    });
    recordEvent(
      this.em,
      ConsentRecorded,
      { tenantId: text.tenantId, accountId: account.id, staffId: account.staffId ?? null, purpose: text.purpose, version: text.version, granted },
      { tenantId: text.tenantId },
    );
    this.audit.record(this.em, actor, { tenantId: text.tenantId, action: granted ? 'consent.grant' : 'consent.withdraw', entityType: 'ConsentRecord', entityId: record.id, at });
    return record;
  }

  private async textApplied(e: ConsentGivenEvent, accountLocale: string | null, givenAt: Date): Promise<ConsentText | null> {
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
