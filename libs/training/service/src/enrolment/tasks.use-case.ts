import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { requireAuthenticated, type MyTasksRequest, type RequestContext, type TaskDto, myTasksRequest } from '@m4pris/platform-core';
import { localize } from '@m4pris/training-contracts';
import { CourseSchema } from '../course/course.entity.js';
import { BookingSchema, TrainingSessionSchema } from '../session/session.entity.js';
import { EnrolmentSchema } from './enrolment.entity.js';
import { Handles } from '@m4pris/platform-messaging';

/**
 * The caller's open training (`training.v1.tasks.mine`), in at most four statements: each course
 * they are enrolled on and have not completed (`training_unit`, undated, named by the course's title
 * in their language) and each session they hold a seat in that is still ahead (`training_session`,
 * due on its day, named by the session's title).
 */
@Injectable()
export class MyTrainingTasksUseCase {
  constructor(private readonly em: EntityManager) {}

  @Handles(myTasksRequest('training'))
  async execute(_input: MyTasksRequest, ctx: RequestContext): Promise<TaskDto[]> {
    requireAuthenticated(ctx);
    if (!ctx.staffId || !ctx.tenantId) return [];
    const where = { tenantId: ctx.tenantId, staffId: ctx.staffId };
    const enrolments = await this.em.find(EnrolmentSchema, { ...where, status: 'active' }, { orderBy: { enrolledAt: 'asc', id: 'asc' } });
    const bookings = await this.em.find(BookingSchema, { ...where, status: 'booked' });
    const sessions = bookings.length
      ? await this.em.find(TrainingSessionSchema, { id: { $in: bookings.map((b) => b.sessionId) }, tenantId: ctx.tenantId, startsAt: { $gt: new Date() } }, { orderBy: { startsAt: 'asc' } })
      : [];
    const courses = enrolments.length
      ? new Map((await this.em.find(CourseSchema, { id: { $in: [...new Set(enrolments.map((e) => e.courseId))] }, tenantId: ctx.tenantId })).map((c) => [c.id, c]))
      : new Map();
    const units: TaskDto[] = enrolments.map((e) => {
      const course = courses.get(e.courseId);
      return { kind: 'training_unit', dueOn: null, link: `/training?course=${e.courseId}`, subject: { id: e.courseId, name: course ? localize(course.content.title, ctx.locale) : '' } };
    });
    const ahead: TaskDto[] = sessions.map((s) => ({
      kind: 'training_session',
      dueOn: new Date(s.startsAt).toISOString().slice(0, 10),
      link: `/training?session=${s.id}`,
      subject: { id: s.id, name: s.title },
    }));
    return [...units, ...ahead];
  }
}
