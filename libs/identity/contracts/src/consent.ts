import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { defineRequest, PageRequest, SUPPORTED_LOCALES, type Page } from '@m4pris/platform-core';
import { EmptyRequest } from './auth.js';

export const CONSENT_PURPOSE = /^[a-z][a-z0-9_.-]{1,63}$/;

export class PublishConsentTextRequest {
  @IsOptional() @IsUUID() tenantId?: string;
  /** What the consent is for, e.g. `programme.participation`, `evaluation.surveys`. */
  @Matches(CONSENT_PURPOSE, { message: 'purpose must be lowercase letters, digits, dots or dashes' }) purpose: string;
  @IsIn(SUPPORTED_LOCALES) locale: string;
  @IsString() @MinLength(10) @MaxLength(20_000) text: string;
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
}

export interface AuditEntryDto {
  id: string;
  tenantId: string | null;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  traceId: string;
  at: string;
}

export const PublishConsentText = defineRequest<PublishConsentTextRequest, ConsentTextDto>('identity.v1.consent.publishText', PublishConsentTextRequest);
export const ListConsentTexts = defineRequest<ListConsentTextsRequest, ConsentTextDto[]>('identity.v1.consent.listTexts', ListConsentTextsRequest);
export const RecordConsent = defineRequest<RecordConsentRequest, ConsentRecordDto>('identity.v1.consent.record', RecordConsentRequest);
export class ListMyConsentsRequest extends EmptyRequest {}
export const ListMyConsents = defineRequest<ListMyConsentsRequest, ConsentRecordDto[]>('identity.v1.consent.mine', ListMyConsentsRequest);
export const ListAudit = defineRequest<ListAuditRequest, Page<AuditEntryDto>>('identity.v1.audit.list', ListAuditRequest);
