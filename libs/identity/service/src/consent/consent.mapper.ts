import type { ConsentRecordDto, ConsentTextDto } from '@m4pris/identity-contracts';
import { iso } from '../shared/access.js';
import type { ConsentRecord, ConsentText } from './consent.entity.js';

export function toConsentTextDto(t: ConsentText): ConsentTextDto {
  return { id: t.id, tenantId: t.tenantId, purpose: t.purpose, version: t.version, locale: t.locale, text: t.text, publishedAt: iso(t.publishedAt) };
}

export function toConsentRecordDto(r: ConsentRecord): ConsentRecordDto {
  return { id: r.id, consentTextId: r.consentTextId, purpose: r.purpose, version: r.version, granted: r.granted, recordedAt: iso(r.recordedAt) };
}
