import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '@m4pris/platform-core';
import { tenantWhere } from '../shared/access.js';
import { CourseSchema, CourseVersionSchema, type Course } from './course.entity.js';
import type { CourseContent } from './course-content.js';

/** Loads courses within a tenant scope and keeps their version history. */
@Injectable()
export class CourseStore {
  constructor(private readonly em: EntityManager) {}

  async get(id: string, scope: string | undefined, field = 'id'): Promise<Course> {
    const course = await this.em.findOne(CourseSchema, { id, ...tenantWhere(scope) });
    if (!course) throw notFound('Course', field);
    return course;
  }

  /** Replaces the content with a new version and keeps a copy of it. */
  newVersion(course: Course, content: CourseContent): void {
    course.content = JSON.parse(JSON.stringify(content)) as CourseContent;
    course.version += 1;
    course.updatedAt = new Date();
    this.snapshot(course);
  }

  snapshot(course: Course): void {
    this.em.create(CourseVersionSchema, {
      id: randomUUID(),
      tenantId: course.tenantId,
      courseId: course.id,
      version: course.version,
      content: course.content,
      createdAt: new Date(),
    });
  }
}
