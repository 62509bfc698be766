import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { recordEvent } from '@m4pris/platform-messaging';
import { CourseCompleted } from '@m4pris/training-contracts';
import { EntityManager } from '@mikro-orm/postgresql';
import { CertificateIssuer } from '../certificate/certificate-issuer.js';
import type { Course } from '../course/course.entity.js';
import { today } from '../shared/access.js';
import { EnrolmentSchema, type Enrolment } from './enrolment.entity.js';
import { computeProgress, ProgressReader, rulesMet } from './progress.js';

/**
 * Completion is computed, never ticked: after anything that can change a learner's progress, the
 * rules are checked; the first time they are all met the enrolment becomes completed, the
 * certificate is issued and `training.v1.course.completed` is written to the outbox — all in the
 * caller's transaction (the caller must run in one: the enrolments are locked).
 */
@Injectable()
export class Completion {
  constructor(
    private readonly em: EntityManager,
    private readonly progress: ProgressReader,
    private readonly issuer: CertificateIssuer,
  ) {}

  async evaluate(enrolments: Enrolment[], course: Course, locale: string): Promise<Enrolment[]> {
    if (enrolments.length === 0) return [];
    await this.em.flush();
    // Lock the enrolments and re-read them before reading the evidence: of two concurrent changes
    // (the last unit, the last register line) the later one waits here and then sees the earlier,
    // so completion is neither missed nor recorded twice.
    const locked = await this.em.find(EnrolmentSchema, { id: { $in: enrolments.map((e) => e.id) } }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true, orderBy: { id: 'asc' } });
    const active = locked.filter((e) => e.status === 'active');
    if (active.length === 0) return [];
    const evidence = await this.progress.evidence(active);
    const completed: Enrolment[] = [];
    for (const e of active) {
      if (!rulesMet(computeProgress(course.content, e, evidence.get(e.id)!))) continue;
      e.status = 'completed';
      e.completedOn = today();
      e.updatedAt = new Date();
      const cert = await this.issuer.issue(e, course, locale);
      recordEvent(
        this.em,
        CourseCompleted,
        {
          tenantId: e.tenantId,
          staffId: e.staffId,
          courseId: course.id,
          audience: course.audience,
          courseVersion: course.version,
          completedOn: e.completedOn,
          certificateId: cert?.id ?? null,
        },
        { tenantId: e.tenantId },
      );
      completed.push(e);
    }
    await this.em.flush();
    return completed;
  }

  /** After a course's rules or units change: anyone who now meets them completes. */
  async reevaluateCourse(course: Course, locale: string): Promise<Enrolment[]> {
    await this.em.flush();
    return this.evaluate(await this.em.find(EnrolmentSchema, { courseId: course.id, status: 'active' }), course, locale);
  }
}
