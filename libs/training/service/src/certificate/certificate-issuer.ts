import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { localize } from '@m4pris/training-contracts';
import type { Course } from '../course/course.entity.js';
import { baseLocaleOf, type CourseContent } from '../course/course-content.js';
import type { Enrolment } from '../enrolment/enrolment.entity.js';
import { CertificateSchema, type Certificate } from './certificate.entity.js';
import { certificateLocale } from './certificate-text.js';
import { StaffNames } from './staff-names.js';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** 60 random bits as `XXXX-XXXX-XXXX` (RFC 4648 base32 alphabet: no 0/1/8/9 to misread). */
export function verificationCode(): string {
  const bytes = randomBytes(12);
  const chars = [...bytes].map((b) => BASE32[b & 31]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

@Injectable()
export class CertificateIssuer {
  constructor(
    private readonly em: EntityManager,
    private readonly names: StaffNames,
  ) {}

  /**
   * Creates the certificate of a completed enrolment in the unit of work; null if the name cannot
   * be read now. It certifies the enrolment's course version (`content` is that version's), in the
   * holder's language as identity states it now; `fallbackLocale` (the language of the request that
   * completed the course) only when identity does not say.
   */
  async issue(enrolment: Enrolment, course: Course, content: CourseContent, fallbackLocale: string): Promise<Certificate | null> {
    const existing = await this.em.findOne(CertificateSchema, { enrolmentId: enrolment.id });
    if (existing) return existing;
    const holder = await this.names.holder(enrolment.tenantId, enrolment.staffId);
    if (!holder) return null;
    const locale = certificateLocale(holder.locale ?? fallbackLocale);
    const cert = this.em.create(CertificateSchema, {
      id: randomUUID(),
      tenantId: enrolment.tenantId,
      enrolmentId: enrolment.id,
      staffId: enrolment.staffId,
      courseId: course.id,
      courseVersion: enrolment.courseVersion,
      code: verificationCode(),
      holderName: holder.name.slice(0, 210),
      courseTitle: localize(content.title, locale, baseLocaleOf(content)).slice(0, 200),
      locale,
      issuedOn: enrolment.completedOn!,
      revokedAt: null,
    });
    enrolment.certificateId = cert.id;
    return cert;
  }
}
