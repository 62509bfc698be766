import type { RequestContext } from '@m4pris/platform-core';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { localize, type EnrolmentDto, type ProgressDto } from '@m4pris/training-contracts';
import type { CourseContent } from '../course/course-content.js';
import { CourseSchema, type Course } from '../course/course.entity.js';
import { iso, percent } from '../shared/access.js';
import { BookingSchema, type Booking } from '../session/session.entity.js';
import { UnitProgressSchema, type Enrolment, type UnitProgress } from './enrolment.entity.js';

export interface Evidence {
  units: UnitProgress[];
  /** Bookings of the learner in this course's sessions whose register has a line for them. */
  registered: Booking[];
}

/** Progress of one learner against the course's completion rules: pure, computed every time. */
export function computeProgress(content: CourseContent, e: Pick<Enrolment, 'preAssessmentDone' | 'postAssessmentDone' | 'satisfactionDone'>, ev: Evidence): ProgressDto {
  const byUnit = new Map(ev.units.map((u) => [u.unitId, u]));
  const units = content.modules.flatMap((m) => m.units);
  const required = units.filter((u) => u.required);
  const requiredDone = required.filter((u) => byUnit.get(u.id)?.completedAt).length;
  const checked = required.filter((u) => u.check);
  const checksPassed = checked.filter((u) => byUnit.get(u.id)?.checkPassed === true).length;
  const attended = ev.registered.filter((b) => b.attendance === 'present').length;
  const missed = ev.registered.filter((b) => b.attendance === 'absent').length;
  const rate = percent(attended, attended + missed);
  const rules = content.rules;
  const attendanceRuleMet = attended >= rules.minSessionsAttended && (attended + missed === 0 ? rules.minSessionsAttended === 0 : (rate ?? 0) >= rules.attendanceThreshold);
  return {
    requiredUnits: required.length,
    requiredUnitsDone: requiredDone,
    checksRequired: rules.checksPassed ? checked.length : 0,
    checksPassed,
    sessionsAttended: attended,
    sessionsMissed: missed,
    attendanceRate: rate,
    unitsRuleMet: requiredDone === required.length,
    attendanceRuleMet,
    checksRuleMet: !rules.checksPassed || checksPassed === checked.length,
    units: units.map((u) => {
      const p = byUnit.get(u.id);
      return { unitId: u.id, done: !!p?.completedAt, checkPassed: u.check ? (p?.checkPassed ?? null) : null, bestScore: p?.bestScore ?? null, attempts: p?.attempts ?? 0 };
    }),
    preAssessmentDone: e.preAssessmentDone,
    postAssessmentDone: e.postAssessmentDone,
    satisfactionDone: e.satisfactionDone,
  };
}

/** Hides whether someone answered a questionnaire kept without their id from everyone but them. */
export function forViewer(p: ProgressDto, e: Pick<Enrolment, 'staffId'>, viewer: RequestContext): ProgressDto {
  if (viewer.staffId === e.staffId) return p;
  return { ...p, preAssessmentDone: null, postAssessmentDone: null, satisfactionDone: null };
}

export function rulesMet(p: ProgressDto): boolean {
  return p.unitsRuleMet && p.attendanceRuleMet && p.checksRuleMet;
}

/** Loads what progress is computed from, for many enrolments at once. */
@Injectable()
export class ProgressReader {
  constructor(private readonly em: EntityManager) {}

  async evidence(enrolments: Enrolment[]): Promise<Map<string, Evidence>> {
    const out = new Map<string, Evidence>(enrolments.map((e) => [e.id, { units: [], registered: [] }]));
    if (enrolments.length === 0) return out;
    const ids = enrolments.map((e) => e.id);
    for (const u of await this.em.find(UnitProgressSchema, { enrolmentId: { $in: ids } })) out.get(u.enrolmentId)?.units.push(u);
    for (const b of await this.em.find(BookingSchema, { enrolmentId: { $in: ids }, status: 'booked', attendance: { $ne: null } })) out.get(b.enrolmentId)?.registered.push(b);
    return out;
  }

  async courses(enrolments: Enrolment[]): Promise<Map<string, Course>> {
    const ids = [...new Set(enrolments.map((e) => e.courseId))];
    const rows = ids.length ? await this.em.find(CourseSchema, { id: { $in: ids } }) : [];
    return new Map(rows.map((c) => [c.id, c]));
  }

  /** Enrolments as `viewer` sees them: the questionnaire flags only for the learner (see ProgressDto). */
  async toDtos(enrolments: Enrolment[], viewer: RequestContext): Promise<EnrolmentDto[]> {
    const [ev, courses] = await Promise.all([this.evidence(enrolments), this.courses(enrolments)]);
    return enrolments.map((e) => {
      const content = courses.get(e.courseId)!.content;
      return toEnrolmentDto(e, forViewer(computeProgress(content, e, ev.get(e.id)!), e, viewer), localize(content.title, viewer.locale));
    });
  }

  async toDto(e: Enrolment, viewer: RequestContext): Promise<EnrolmentDto> {
    return (await this.toDtos([e], viewer))[0];
  }
}

export function toEnrolmentDto(e: Enrolment, progress: ProgressDto, courseTitle: string): EnrolmentDto {
  return {
    id: e.id,
    tenantId: e.tenantId,
    courseId: e.courseId,
    courseTitle,
    staffId: e.staffId,
    cohortId: e.cohortId ?? null,
    courseVersion: e.courseVersion,
    enrolledBy: e.enrolledBy,
    status: e.status,
    enrolledAt: iso(e.enrolledAt),
    completedOn: e.completedOn ?? null,
    certificateId: e.certificateId ?? null,
    progress,
  };
}
