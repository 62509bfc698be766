import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { recordEvent } from '@m4pris/platform-messaging';
import { CourseCompleted } from '@m4pris/training-contracts';
import { EntityManager } from '@mikro-orm/postgresql';
import { CertificateIssuer } from '../certificate/certificate-issuer.js';
import type { Course } from '../course/course.entity.js';
import type { CourseContent } from '../course/course-content.js';
import { CourseStore, versionKey } from '../course/course-store.js';
import { today } from '../shared/access.js';
import { EnrolmentSchema, type Enrolment } from './enrolment.entity.js';
import { computeProgress, evidenceUnder, ProgressReader, rulesMet } from './progress.js';

/**
 * Completion is computed, never ticked: after anything that can change a learner's progress, the
 * rules are checked; the first time they are all met the enrolment becomes completed, the
 * certificate is issued and `training.v1.course.completed` is written to the outbox — all in the
 * caller's transaction (the caller must run in one: the enrolments are locked).
 *
 * Versions: an enrolment is judged by the course version it enrolled in (its units, checks and
 * rules: a later change never takes away a learner's way to complete). When the course has moved
 * on and the learner already meets every rule of the current version too (a rule relaxed, a unit
 * removed or made optional), they complete that one: the enrolment takes the current version,
 * and the certificate and the event record it. Towards the current version a passed check counts
 * only if that version grades it alike (`evidenceUnder`: a changed right answer is not a pass).
 * A stricter version never holds anyone back.
 */
@Injectable()
export class Completion {
  constructor(
    private readonly em: EntityManager,
    private readonly progress: ProgressReader,
    private readonly issuer: CertificateIssuer,
    private readonly store: CourseStore,
  ) {}

  /** `course` is the enrolments' course as it is now (all of `enrolments` are of it). */
  async evaluate(enrolments: Enrolment[], course: Course, locale: string): Promise<Enrolment[]> {
    if (enrolments.length === 0) return [];
    await this.em.flush();
    // Lock the enrolments and re-read them before reading the evidence: of two concurrent changes
    // (the last unit, the last register line) the later one waits here and then sees the earlier,
    // so completion is neither missed nor recorded twice.
    const locked = await this.em.find(EnrolmentSchema, { id: { $in: enrolments.map((e) => e.id) } }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true, orderBy: { id: 'asc' } });
    const active = locked.filter((e) => e.status === 'active');
    if (active.length === 0) return [];
    const [evidence, contents] = await Promise.all([
      this.progress.evidence(active),
      this.store.contents(
        active.map((e) => ({ courseId: course.id, version: e.courseVersion })),
        [course],
      ),
    ]);
    const completed: Enrolment[] = [];
    for (const e of active) {
      const ev = evidence.get(e.id)!;
      const own = contents.get(versionKey({ courseId: course.id, version: e.courseVersion }))!;
      let content: CourseContent;
      if (rulesMet(computeProgress(own, e, ev))) content = own;
      else if (e.courseVersion !== course.version && rulesMet(computeProgress(course.content, e, evidenceUnder(course.content, own, ev)))) {
        e.courseVersion = course.version;
        content = course.content;
      } else continue;
      e.status = 'completed';
      e.completedOn = today();
      e.updatedAt = new Date();
      const cert = await this.issuer.issue(e, course, content, locale);
      recordEvent(
        this.em,
        CourseCompleted,
        {
          tenantId: e.tenantId,
          staffId: e.staffId,
          courseId: course.id,
          audience: course.audience,
          courseVersion: e.courseVersion,
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

  /** After a course changes: anyone who now meets the rules (of their version or the new one) completes. */
  async reevaluateCourse(course: Course, locale: string): Promise<Enrolment[]> {
    await this.em.flush();
    return this.evaluate(await this.em.find(EnrolmentSchema, { courseId: course.id, status: 'active' }), course, locale);
  }
}
