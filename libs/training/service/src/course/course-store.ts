import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '@m4pris/platform-core';
import { tenantWhere } from '../shared/access.js';
import { CourseSchema, CourseVersionSchema, type Course } from './course.entity.js';
import type { CourseContent } from './course-content.js';

/** One version of one course: what an enrolment or a certificate refers to. */
export interface VersionRef {
  courseId: string;
  version: number;
}

export function versionKey(r: VersionRef): string {
  return `${r.courseId}:${r.version}`;
}

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

  /**
   * The content of each (course, version) asked for, keyed by `versionKey`: one query for any
   * number of pairs (a list of enrolments of many courses and versions), from the `course_version`
   * snapshots. A version that is the course's current one is taken from the course row when it is
   * given in `current` (no query). Within the caller's tenant scope (row-level security).
   * Not cached across requests: a snapshot read inside a transaction that is later rolled back
   * would otherwise outlive it.
   */
  async contents(refs: readonly VersionRef[], current: readonly Course[] = []): Promise<Map<string, CourseContent>> {
    const out = new Map<string, CourseContent>();
    const wanted = new Map<string, VersionRef>();
    for (const r of refs) {
      const course = current.find((c) => c.id === r.courseId && c.version === r.version);
      if (course) out.set(versionKey(r), course.content);
      else wanted.set(versionKey(r), { courseId: r.courseId, version: r.version });
    }
    if (wanted.size === 0) return out;
    const rows = await this.em.find(CourseVersionSchema, { $or: [...wanted.values()] }, { fields: ['courseId', 'version', 'content'] });
    for (const v of rows) out.set(versionKey(v), v.content);
    const missing = [...wanted.keys()].filter((k) => !out.has(k));
    if (missing.length > 0) throw new Error(`course versions without a snapshot: ${missing.join(', ')}`);
    return out;
  }

  /** The content of one version of a course (the enrolment's, the certificate's). */
  async content(course: Course, version: number): Promise<CourseContent> {
    return (await this.contents([{ courseId: course.id, version }], [course])).get(versionKey({ courseId: course.id, version }))!;
  }
}
