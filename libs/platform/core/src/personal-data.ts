import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { CommonErrors, notFound } from './errors.js';
import type { RequestContext } from './context.js';
import { defineEvent, defineRequest, type EventDef, type RequestDef } from './messages.js';

/** Subject staff ids per audit event of a read; a longer answer gives several events. */
export const PERSONAL_DATA_READ_BATCH = 500;

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

/**
 * Audit of personal-data reads (DOMAIN.md: "Access to personal data is audit-logged"). Each module
 * publishes `<module>.v1.personalData.read` when someone reads another person's personal data or
 * exports a part; identity consumes it into its audit log, so the tenant admin's `auditLog` shows
 * every module's reads. One event per request (never one per row), with the subjects' staff ids
 * batched; a pseudonymous read (the researcher's export) names nobody and gives a count.
 */
export class PersonalDataReadEvent {
  /** What was read, `<aggregate>.<action>` of the module (`application.list`, `enrolment.get`). */
  @IsString() @MaxLength(60) action: string;
  /** The reader's account id (null: the system). */
  @IsOptional() @IsString() @MaxLength(64) actorId: string | null;
  /** Staff ids of the people whose data was read (at most PERSONAL_DATA_READ_BATCH per event). */
  @IsArray() @ArrayMaxSize(PERSONAL_DATA_READ_BATCH) @IsUUID('all', { each: true }) subjectIds: string[];
  /** How many people (or pseudonymous records) were read: the number of subject ids, or the count of a pseudonymous read. */
  @IsInt() @Min(0) subjectCount: number;
  /** True when the subjects are pseudonymous (no staff ids are named). */
  @IsBoolean() pseudonymous: boolean;
}

export function personalDataRead(module: string): EventDef<PersonalDataReadEvent> {
  return defineEvent<PersonalDataReadEvent>(`${module}.v1.personalData.read`, PersonalDataReadEvent);
}

export interface PersonalDataReadFact {
  action: string;
  /** Staff ids whose data the answer holds (duplicates and the caller's own id are dropped). */
  subjects?: Iterable<string | null | undefined>;
  /** A pseudonymous read: the number of records, no staff ids. */
  pseudonymousCount?: number;
  /** Log even when the caller is the only subject (an export of one's own data). */
  includeOwn?: boolean;
  /** The subjects' tenant when the reader has none in context (the platform admin); default the caller's. */
  tenantId?: string | null;
}

/**
 * The events recording one read, or none when nothing of another person was read (an empty list,
 * or the caller's own data). Large answers are split into batches of PERSONAL_DATA_READ_BATCH ids.
 */
export function personalDataReadEvents(ctx: RequestContext, fact: PersonalDataReadFact): PersonalDataReadEvent[] {
  const actorId = ctx.userId ?? null;
  if (fact.pseudonymousCount !== undefined) {
    return fact.pseudonymousCount > 0 ? [{ action: fact.action, actorId, subjectIds: [], subjectCount: fact.pseudonymousCount, pseudonymous: true }] : [];
  }
  const ids = [...new Set([...(fact.subjects ?? [])].filter((s): s is string => !!s))].filter((s) => fact.includeOwn || s !== ctx.staffId);
  const events: PersonalDataReadEvent[] = [];
  for (let i = 0; i < ids.length; i += PERSONAL_DATA_READ_BATCH) {
    const subjectIds = ids.slice(i, i + PERSONAL_DATA_READ_BATCH);
    events.push({ action: fact.action, actorId, subjectIds, subjectCount: subjectIds.length, pseudonymous: false });
  }
  return events;
}
