import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { notFound, requireAuthenticated, type RequestContext } from '@m4pris/platform-core';
import {
  TrainingErrors,
  type CertificateDto,
  type CertificateIdRequest,
  type CertificatePdfDto,
  type CertificateVerificationDto,
  type IssueCertificateRequest,
  type VerifyCertificateRequest,
} from '@m4pris/training-contracts';
import { CourseSchema } from '../course/course.entity.js';
import { EnrolmentSchema } from '../enrolment/enrolment.entity.js';
import { memberScope, requireOwnerOrManagerInScope, tenantWhere } from '../shared/access.js';
import { auditRead } from '../shared/audit.js';
import { CertificateIssuer } from './certificate-issuer.js';
import { CertificateSchema, type Certificate } from './certificate.entity.js';
import { renderCertificatePdf } from './certificate-pdf.js';
import { TrainingSettings } from '../training.settings.js';

export function isValid(c: Certificate): boolean {
  return !c.revokedAt && !!c.holderName;
}

export function toCertificateDto(c: Certificate): CertificateDto {
  return {
    id: c.id,
    enrolmentId: c.enrolmentId,
    staffId: c.staffId ?? null,
    courseId: c.courseId,
    code: c.code,
    holderName: c.holderName ?? null,
    courseTitle: c.courseTitle,
    courseVersion: c.courseVersion,
    issuedOn: c.issuedOn,
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
  ) {}

  execute(input: IssueCertificateRequest, ctx: RequestContext): Promise<CertificateDto> {
    return this.em.transactional(async () => {
      const e = await this.em.findOne(EnrolmentSchema, { id: input.enrolmentId, ...tenantWhere(memberScope(ctx)) });
      if (!e) throw notFound('Enrolment', 'enrolmentId');
      await requireOwnerOrManagerInScope(this.em, ctx, e, 'Enrolment');
      if (e.status !== 'completed') throw TrainingErrors.NOT_COMPLETED({ field: 'enrolmentId' });
      const course = await this.em.findOneOrFail(CourseSchema, { id: e.courseId });
      const cert = await this.issuer.issue(e, course, ctx.locale);
      if (!cert) throw TrainingErrors.NAME_UNAVAILABLE({ field: 'enrolmentId' });
      await this.em.flush();
      return toCertificateDto(cert);
    });
  }
}

@Injectable()
export class MyCertificatesUseCase {
  constructor(private readonly em: EntityManager) {}

  async execute(_: unknown, ctx: RequestContext): Promise<CertificateDto[]> {
    requireAuthenticated(ctx);
    if (!ctx.staffId || !ctx.tenantId) return [];
    const rows = await this.em.find(CertificateSchema, { tenantId: ctx.tenantId, staffId: ctx.staffId }, { orderBy: { issuedOn: 'asc', id: 'asc' } });
    return rows.map(toCertificateDto);
  }
}

@Injectable()
export class GetCertificateUseCase {
  constructor(private readonly em: EntityManager) {}

  async execute(input: CertificateIdRequest, ctx: RequestContext): Promise<CertificateDto> {
    const c = await visibleCertificate(this.em, ctx, input.certificateId);
    await auditRead(this.em, ctx, { action: 'certificate.get', subjects: [c.staffId] });
    return toCertificateDto(c);
  }
}

@Injectable()
export class GetCertificatePdfUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly settings: TrainingSettings,
  ) {}

  async execute(input: CertificateIdRequest, ctx: RequestContext): Promise<CertificatePdfDto> {
    const c = await visibleCertificate(this.em, ctx, input.certificateId);
    await auditRead(this.em, ctx, { action: 'certificate.pdf', subjects: [c.staffId] });
    const pdf = await renderCertificatePdf({
      holderName: c.holderName ?? '—',
      courseTitle: c.courseTitle,
      issuedOn: c.issuedOn,
      code: c.code,
      valid: isValid(c),
      verifyHint: this.settings.TRAINING_CERTIFICATE_VERIFY_HINT,
    });
    return { filename: `certificate-${c.code}.pdf`, contentType: 'application/pdf', base64: pdf.toString('base64') };
  }
}

/** Public: no sign-in. Reveals only the holder's name, the course, the date and whether it is valid. */
@Injectable()
export class VerifyCertificateUseCase {
  constructor(private readonly em: EntityManager) {}

  async execute(input: VerifyCertificateRequest): Promise<CertificateVerificationDto> {
    const c = await this.em.findOne(CertificateSchema, { code: input.code.toUpperCase() });
    if (!c) throw notFound('Certificate', 'code');
    return { valid: isValid(c), holderName: c.holderName ?? null, courseTitle: c.courseTitle, issuedOn: c.issuedOn };
  }
}
