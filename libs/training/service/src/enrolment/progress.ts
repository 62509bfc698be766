import type { RequestContext } from '@m4pris/platform-core';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { localize, type EnrolmentDto, type ProgressDto } from '@m4pris/training-contracts';
import { allUnits, baseLocaleOf, questionKind, rightOptions, type CheckContent, type CourseContent } from '../course/course-content.js';
import { CourseSchema, type Course } from '../course/course.entity.js';
import { CourseStore, versionKey } from '../course/course-store.js';
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

/** Whether two versions of a unit's knowledge check grade alike: the same questions, options, right answers and pass mark (texts aside). */
export function sameCheck(a: CheckContent | null | undefined, b: CheckContent | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  const shape = (c: CheckContent) =>
    JSON.stringify([c.passMark, c.questions.map((q) => [q.id, questionKind(q), q.options.map((o) => o.id), [...rightOptions(q)].sort()])]);
  return shape(a) === shape(b);
}

/**
 * The evidence of an enrolment made under `own`, as it counts towards another version `target`:
 * units done stay done (same unit ids), but a check passed counts only where `target` grades that
 * unit's check exactly as `own` did (a changed right answer or question must be passed anew).
 */
export function evidenceUnder(target: CourseContent, own: CourseContent, ev: Evidence): Evidence {
  const ownChecks = new Map(allUnits(own).map((u) => [u.id, u.check]));
  const changed = new Set(allUnits(target).filter((u) => !sameCheck(u.check, ownChecks.get(u.id))).map((u) => u.id));
  return { ...ev, units: ev.units.map((p) => (changed.has(p.unitId) ? { ...p, checkPassed: null, bestScore: null } : p)) };
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
  constructor(
    private readonly em: EntityManager,
    private readonly store: CourseStore,
  ) {}

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

  /**
   * The content of each enrolment's own course version (what the learner enrolled in and is graded
   * against), keyed by enrolment id: two statements at most whatever the number of enrolments
   * (the courses, then the snapshots of versions that are not the current one).
   */
  async contents(enrolments: Enrolment[]): Promise<Map<string, CourseContent>> {
    const courses = [...(await this.courses(enrolments)).values()];
    const byVersion = await this.store.contents(
      enrolments.map((e) => ({ courseId: e.courseId, version: e.courseVersion })),
      courses,
    );
    return new Map(enrolments.map((e) => [e.id, byVersion.get(versionKey({ courseId: e.courseId, version: e.courseVersion }))!]));
  }

  /** Enrolments as `viewer` sees them: the questionnaire flags only for the learner (see ProgressDto). */
  async toDtos(enrolments: Enrolment[], viewer: RequestContext): Promise<EnrolmentDto[]> {
    const [ev, contents] = await Promise.all([this.evidence(enrolments), this.contents(enrolments)]);
    return enrolments.map((e) => {
      const content = contents.get(e.id)!;
      return toEnrolmentDto(e, forViewer(computeProgress(content, e, ev.get(e.id)!), e, viewer), localize(content.title, viewer.locale, baseLocaleOf(content)));
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
