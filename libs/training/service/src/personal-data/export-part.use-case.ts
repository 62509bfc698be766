import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { personalDataPart, requireDataSubject, type PersonalDataPartRequest, type PersonalDataSection, type RequestContext } from '@m4pris/platform-core';
import { Handles } from '@m4pris/platform-messaging';
import { auditRead } from '../shared/audit.js';
import { localize } from '@m4pris/training-contracts';
import { CertificateSchema } from '../certificate/certificate.entity.js';
import { findUnit } from '../course/course-content.js';
import { CourseSchema, CourseVersionSchema } from '../course/course.entity.js';
import { courseLocale } from '../course/course.mapper.js';
import { EnrolmentSchema, UnitProgressSchema } from '../enrolment/enrolment.entity.js';
import { BookingSchema, TrainingSessionSchema } from '../session/session.entity.js';

const iso = (d: Date | string | null | undefined) => (d == null ? null : new Date(d).toISOString());

/**
 * The training part of a data subject's export: enrolments (course title, status, dates), progress
 * per unit with knowledge-check attempts and best score, session bookings with attendance, and
 * certificates. Course feedback is anonymous (no staff id is stored with it), so it is not theirs to
 * export. The data subject only. The export is audit-logged (`training.v1.personalData.read`, into identity's audit log).
 */
@Injectable()
export class ExportPersonalDataPartUseCase {
  constructor(private readonly em: EntityManager) {}

  @Handles(personalDataPart('training'))
  async execute(input: PersonalDataPartRequest, ctx: RequestContext): Promise<PersonalDataSection> {
    const { tenantId, staffId } = requireDataSubject(ctx, input.staffId);
    const em = this.em;
    const locale = courseLocale(ctx.locale);
    const [enrolments, bookings, certificates] = await Promise.all([
      em.find(EnrolmentSchema, { tenantId, staffId }, { orderBy: { enrolledAt: 'asc' } }),
      em.find(BookingSchema, { tenantId, staffId }, { orderBy: { requestedAt: 'asc' } }),
      em.find(CertificateSchema, { tenantId, staffId }, { orderBy: { issuedOn: 'asc' } }),
    ]);
    const enrolmentIds = enrolments.map((e) => e.id);
    const courseIds = [...new Set(enrolments.map((e) => e.courseId))];
    const sessionIds = [...new Set(bookings.map((b) => b.sessionId))];
    const [progress, courses, versions, sessions] = await Promise.all([
      enrolmentIds.length ? em.find(UnitProgressSchema, { tenantId, enrolmentId: { $in: enrolmentIds } }) : [],
      courseIds.length ? em.find(CourseSchema, { tenantId, id: { $in: courseIds } }) : [],
      courseIds.length ? em.find(CourseVersionSchema, { tenantId, courseId: { $in: courseIds } }) : [],
      sessionIds.length ? em.find(TrainingSessionSchema, { tenantId, id: { $in: sessionIds } }) : [],
    ]);
    // The content of the version each enrolment follows (the course's current one when not kept).
    const contentOf = (courseId: string, version: number) =>
      versions.find((v) => v.courseId === courseId && v.version === version)?.content ?? courses.find((c) => c.id === courseId)?.content;
    const sessionById = new Map(sessions.map((s) => [s.id, s]));
    // Every export is audit-logged, the data subject's own included (identity's audit log, the person's accessLog).
    await auditRead(this.em, ctx, { action: 'personalData.export', subjects: [staffId], includeOwn: true });
    return {
      enrolments: enrolments.map((e) => {
        const content = contentOf(e.courseId, e.courseVersion);
        return {
          id: e.id,
          course: content ? localize(content.title, locale) : null,
          courseVersion: e.courseVersion,
          enrolledBy: e.enrolledBy,
          status: e.status,
          enrolledAt: iso(e.enrolledAt),
          completedOn: e.completedOn ?? null,
          preAssessmentDone: e.preAssessmentDone,
          postAssessmentDone: e.postAssessmentDone,
          satisfactionDone: e.satisfactionDone,
          units: progress
            .filter((u) => u.enrolmentId === e.id)
            .map((u) => {
              const unit = content ? findUnit(content, u.unitId) : undefined;
              return {
                unit: unit ? localize(unit.title, locale) : u.unitId,
                completedAt: iso(u.completedAt),
                knowledgeCheck: { attempts: u.attempts, bestScore: u.bestScore ?? null, passed: u.checkPassed ?? null },
              };
            }),
        };
      }),
      bookings: bookings.map((b) => {
        const s = sessionById.get(b.sessionId);
        return { session: s?.title ?? null, startsAt: iso(s?.startsAt), status: b.status, attendance: b.attendance ?? null, requestedAt: iso(b.requestedAt) };
      }),
      certificates: certificates.map((c) => {
        // the title in the reader's language, as the certificate shows it (the stored one when the version is gone)
        const content = contentOf(c.courseId, c.courseVersion);
        return { code: c.code, course: content ? localize(content.title, locale) : c.courseTitle, holderName: c.holderName ?? null, issuedOn: c.issuedOn, revokedAt: iso(c.revokedAt) };
      }),
    };
  }
}
