import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { CourseAudience } from '@m4pris/training-contracts';
import type { CourseContent } from './course-content.js';

/** A tenant's course: its content (modules, units, questions, rules) is one versioned document. */
export const CourseSchema = defineEntity({
  name: 'Course',
  tableName: 'course',
  uniques: [{ properties: ['tenantId', 'key'] }, { properties: ['tenantId', 'code'] }],
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid().index(),
    /** The default curriculum it was adopted from (null for a course of the tenant's own). */
    key: p.string().length(50).nullable(),
    /** The tenant's own code of a course written from scratch (null for an adopted one). */
    code: p.string().length(50).nullable(),
    audience: p.string().length(20).$type<CourseAudience>(),
    version: p.integer(),
    content: p.json<CourseContent>(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
});
export type Course = InferEntity<typeof CourseSchema>;

/** Every published version of a course, as it was (what an enrolment or a certificate refers to). */
export const CourseVersionSchema = defineEntity({
  name: 'CourseVersion',
  tableName: 'course_version',
  uniques: [{ properties: ['courseId', 'version'] }],
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid().index(),
    courseId: p.uuid(),
    version: p.integer(),
    content: p.json<CourseContent>(),
    createdAt: p.datetime(),
  },
});
export type CourseVersion = InferEntity<typeof CourseVersionSchema>;
