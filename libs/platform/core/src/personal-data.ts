import { IsUUID } from 'class-validator';
import { CommonErrors, notFound } from './errors.js';
import type { RequestContext } from './context.js';
import { defineRequest, type RequestDef } from './messages.js';

/**
 * The data subject's right of access (GDPR Art. 15/20): identity's `exportPersonalData` asks every
 * module the tenant has enabled for its part of the document over the bus, with this one generic
 * request, so identity needs no other module's contracts. Each module answers
 * `<module>.v1.personalData.export` from its own tables.
 */
export class PersonalDataPartRequest {
  @IsUUID() staffId: string;
}

/** A module's part of the export: a JSON-able section (it goes under `modules.<module>` of the document). */
export type PersonalDataSection = Record<string, unknown>;

export function personalDataPart(module: string): RequestDef<PersonalDataPartRequest, PersonalDataSection> {
  return defineRequest<PersonalDataPartRequest, PersonalDataSection>(`${module}.v1.personalData.export`, PersonalDataPartRequest);
}

/**
 * Module parts go to the data subject themselves only: the caller's own staff id must be the one
 * asked for. Every module's handler checks this itself, so a direct bus call for another person's
 * part (a tenant admin, a coordinator, the duo partner) is refused whatever identity decided.
 * Unauthenticated callers get UNAUTHENTICATED; anyone else NOT_FOUND (whether the person exists is
 * not told).
 */
export function requireDataSubject(ctx: RequestContext, staffId: string): { tenantId: string; staffId: string } {
  if (!ctx.userId) throw CommonErrors.UNAUTHENTICATED();
  if (!ctx.staffId || !ctx.tenantId || ctx.staffId !== staffId) throw notFound('Staff member', 'staffId');
  return { tenantId: ctx.tenantId, staffId };
}
