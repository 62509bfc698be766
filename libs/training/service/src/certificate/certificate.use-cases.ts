import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { notFound, requireAuthenticated, type RequestContext } from '@m4pris/platform-core';
import {
  localize,
  TrainingErrors,
  type CertificateDto,
  type CertificateIdRequest,
  type CertificatePdfDto,
  type CertificateVerificationDto,
  type IssueCertificateRequest,
  type VerifyCertificateRequest,
  IssueCertificate,
  MyCertificates,
  GetCertificate,
  GetCertificatePdf,
  VerifyCertificate,
} from '@m4pris/training-contracts';
import { CourseSchema, CourseVersionSchema } from '../course/course.entity.js';
import { courseLocale } from '../course/course.mapper.js';
import { baseLocaleOf } from '../course/course-content.js';
import { CourseStore } from '../course/course-store.js';
import { EnrolmentSchema } from '../enrolment/enrolment.entity.js';
import { memberScope, requireOwnerOrManagerInScope, tenantWhere } from '../shared/access.js';
import { auditRead } from '../shared/audit.js';
import { CertificateIssuer } from './certificate-issuer.js';
import { CertificateSchema, type Certificate } from './certificate.entity.js';
import { renderCertificatePdf } from './certificate-pdf.js';
import { DEFAULT_VERIFY_HINT, TrainingSettings } from '../training.settings.js';
import { Handles } from '@m4pris/platform-messaging';

export function isValid(c: Certificate): boolean {
  return !c.revokedAt && !!c.holderName;
}

/**
 * The course title of each certificate in the certificate's own language (its holder's when it was
 * issued), read from the course version it certifies (a default curriculum ships in all five
 * languages; a tenant's own translations count too). The title stored at issue is the fallback
 * when that version cannot be read.
 */
export async function courseTitles(em: EntityManager, certs: readonly Certificate[]): Promise<Map<string, string>> {
  const titles = new Map(certs.map((c) => [c.id, c.courseTitle]));
  if (certs.length === 0) return titles;
  const pairs = [...new Map(certs.map((c) => [`${c.courseId}:${c.courseVersion}`, { tenantId: c.tenantId, courseId: c.courseId, version: c.courseVersion }])).values()];
  const versions = await em.find(CourseVersionSchema, { $or: pairs }, { fields: ['courseId', 'version', 'content'] });
  const byKey = new Map(versions.map((v) => [`${v.courseId}:${v.version}`, v.content]));
  for (const c of certs) {
    const content = byKey.get(`${c.courseId}:${c.courseVersion}`);
    if (content?.title) titles.set(c.id, localize(content.title, courseLocale(c.locale), baseLocaleOf(content)).slice(0, 200));
  }
  return titles;
}

export function toCertificateDto(c: Certificate, courseTitle: string = c.courseTitle): CertificateDto {
  return {
    id: c.id,
    enrolmentId: c.enrolmentId,
    staffId: c.staffId ?? null,
    courseId: c.courseId,
    code: c.code,
    holderName: c.holderName ?? null,
    courseTitle,
    courseVersion: c.courseVersion,
    issuedOn: c.issuedOn,
    locale: c.locale,
    valid: isValid(c),
  };
}

async function visibleCertificate(em: EntityManager, ctx: RequestContext, id: string): Promise<Certificate> {
  const c = await em.findOne(CertificateSchema, { id, ...tenantWhere(memberScope(ctx)) });
  if (!c) throw notFound('Certificate', 'certificateId');
  await requireOwnerOrManagerInScope(em, ctx, c, 'Certificate');
  return c;
}

@Injectable()
export class IssueCertificateUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly issuer: CertificateIssuer,
    private readonly store: CourseStore,
  ) {}

  @Handles(IssueCertificate)
  execute(input: IssueCertificateRequest, ctx: RequestContext): Promise<CertificateDto> {
    return this.em.transactional(async () => {
      // Locked: two requests for one certificate at once issue it once (the second reads the first's).
      const e = await this.em.findOne(EnrolmentSchema, { id: input.enrolmentId, ...tenantWhere(memberScope(ctx)) }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (!e) throw notFound('Enrolment', 'enrolmentId');
      await requireOwnerOrManagerInScope(this.em, ctx, e, 'Enrolment');
      if (e.status !== 'completed') throw TrainingErrors.NOT_COMPLETED({ field: 'enrolmentId' });
      const course = await this.em.findOneOrFail(CourseSchema, { id: e.courseId });
      const cert = await this.issuer.issue(e, course, await this.store.content(course, e.courseVersion), ctx.locale);
      if (!cert) throw TrainingErrors.NAME_UNAVAILABLE({ field: 'enrolmentId' });
      await this.em.flush();
      return toCertificateDto(cert, (await courseTitles(this.em, [cert])).get(cert.id));
    });
  }
}

@Injectable()
export class MyCertificatesUseCase {
  constructor(private readonly em: EntityManager) {}

  @Handles(MyCertificates)
  async execute(_: unknown, ctx: RequestContext): Promise<CertificateDto[]> {
    requireAuthenticated(ctx);
    if (!ctx.staffId || !ctx.tenantId) return [];
    const rows = await this.em.find(CertificateSchema, { tenantId: ctx.tenantId, staffId: ctx.staffId }, { orderBy: { issuedOn: 'asc', id: 'asc' } });
    const titles = await courseTitles(this.em, rows);
    return rows.map((c) => toCertificateDto(c, titles.get(c.id)));
  }
}

@Injectable()
export class GetCertificateUseCase {
  constructor(private readonly em: EntityManager) {}

  @Handles(GetCertificate)
  async execute(input: CertificateIdRequest, ctx: RequestContext): Promise<CertificateDto> {
    const c = await visibleCertificate(this.em, ctx, input.certificateId);
    await auditRead(this.em, ctx, { action: 'certificate.get', subjects: [c.staffId] });
    return toCertificateDto(c, (await courseTitles(this.em, [c])).get(c.id));
  }
}

@Injectable()
export class GetCertificatePdfUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly settings: TrainingSettings,
  ) {}

  @Handles(GetCertificatePdf)
  async execute(input: CertificateIdRequest, ctx: RequestContext): Promise<CertificatePdfDto> {
    const c = await visibleCertificate(this.em, ctx, input.certificateId);
    await auditRead(this.em, ctx, { action: 'certificate.pdf', subjects: [c.staffId] });
    const hint = this.settings.TRAINING_CERTIFICATE_VERIFY_HINT;
    const pdf = await renderCertificatePdf({
      holderName: c.holderName ?? '—',
      courseTitle: (await courseTitles(this.em, [c])).get(c.id)!,
      issuedOn: c.issuedOn,
      code: c.code,
      valid: isValid(c),
      // the operator's own hint (a URL, their words) as set; the shipped one in the certificate's language
      verifyHint: hint === DEFAULT_VERIFY_HINT ? undefined : hint,
      locale: c.locale,
    });
    return { filename: `certificate-${c.code}.pdf`, contentType: 'application/pdf', base64: pdf.toString('base64') };
  }
}

/**
 * Public: no sign-in. Reveals only the holder's name, the course (in the certificate's language,
 * as printed on it), the date and whether it is valid.
 */
@Injectable()
export class VerifyCertificateUseCase {
  constructor(private readonly em: EntityManager) {}

  @Handles(VerifyCertificate)
  async execute(input: VerifyCertificateRequest): Promise<CertificateVerificationDto> {
    const c = await this.em.findOne(CertificateSchema, { code: input.code.toUpperCase() });
    if (!c) throw notFound('Certificate', 'code');
    const courseTitle = (await courseTitles(this.em, [c])).get(c.id)!;
    return { valid: isValid(c), holderName: c.holderName ?? null, courseTitle, issuedOn: c.issuedOn };
  }
}
