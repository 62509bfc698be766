import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { defineRequest, PageRequest, SUPPORTED_LOCALES, type Page, type PersonDto } from '@m4pris/platform-core';
import { MODULE_NAMES } from './tenant.js';
import { EmptyRequest } from './auth.js';

export const CONSENT_PURPOSE = /^[a-z][a-z0-9_.-]{1,63}$/;

export class PublishConsentTextRequest {
  @IsOptional() @IsUUID() tenantId?: string;
  /** What the consent is for, e.g. `programme.participation`, `evaluation.surveys`. */
  @Matches(CONSENT_PURPOSE, { message: 'purpose must be lowercase letters, digits, dots or dashes' }) purpose: string;
  @IsIn(SUPPORTED_LOCALES) locale: string;
  /**
   * The text agreed to. Left out: the platform's own template for the purpose in `locale`
   * (CONSENT_TEMPLATES), for purposes it ships one for.
   */
  @IsOptional() @IsString() @MinLength(10) @MaxLength(20_000) text?: string;
}

export class ListConsentTextsRequest {
  @IsOptional() @IsUUID() tenantId?: string;
  @IsOptional() @Matches(CONSENT_PURPOSE) purpose?: string;
}

export class RecordConsentRequest {
  @IsUUID() consentTextId: string;
  @IsBoolean() granted: boolean;
}

export interface ConsentTextDto {
  id: string;
  tenantId: string;
  purpose: string;
  version: number;
  locale: string;
  text: string;
  publishedAt: string;
}

export interface ConsentRecordDto {
  id: string;
  consentTextId: string;
  purpose: string;
  version: number;
  granted: boolean;
  recordedAt: string;
}

export class ListAuditRequest extends PageRequest {
  @IsOptional() @IsUUID() tenantId?: string;
  @IsOptional() @IsString() @MaxLength(50) entityType?: string;
  @IsOptional() @IsUUID() entityId?: string;
  @IsOptional() @IsUUID() actorId?: string;
  /** Entries of one module (identity's own, or a module's personal-data reads). */
  @IsOptional() @IsIn(MODULE_NAMES) module?: string;
}

export interface AuditEntryDto {
  id: string;
  tenantId: string | null;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  /** Where it happened: `identity`, or the module whose personal data was read. */
  module: string;
  /** The people whose personal data was read, by name (empty for identity's own entries and pseudonymous reads). */
  subjects: PersonDto[];
  /** How many people (or pseudonymous records) a read covered; null for identity's own entries. */
  subjectCount: number | null;
  traceId: string;
  at: string;
}

export const PublishConsentText = defineRequest<PublishConsentTextRequest, ConsentTextDto>('identity.v1.consent.publishText', PublishConsentTextRequest);
export const ListConsentTexts = defineRequest<ListConsentTextsRequest, ConsentTextDto[]>('identity.v1.consent.listTexts', ListConsentTextsRequest);
export const RecordConsent = defineRequest<RecordConsentRequest, ConsentRecordDto>('identity.v1.consent.record', RecordConsentRequest);
export class ListMyConsentsRequest extends EmptyRequest {}
export const ListMyConsents = defineRequest<ListMyConsentsRequest, ConsentRecordDto[]>('identity.v1.consent.mine', ListMyConsentsRequest);
export const ListAudit = defineRequest<ListAuditRequest, Page<AuditEntryDto>>('identity.v1.audit.list', ListAuditRequest);
