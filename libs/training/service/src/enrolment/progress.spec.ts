import type { TrainingReportRowDto } from '@m4pris/training-contracts';
import { instantiate, DEFAULT_CURRICULA } from '../course/default-curricula.js';
import type { Booking } from '../session/session.entity.js';
import { suppress } from '../report/report.use-cases.js';
import type { UnitProgress } from './enrolment.entity.js';
import { score } from './enrolment.use-cases.js';
import { computeProgress, rulesMet } from './progress.js';

const flags = { preAssessmentDone: false, postAssessmentDone: false, satisfactionDone: false };
const content = instantiate(DEFAULT_CURRICULA[0]);
const required = content.modules.flatMap((m) => m.units).filter((u) => u.required);
const allDone = required.map((u) => ({ unitId: u.id, completedAt: new Date(), checkPassed: u.check ? true : null, bestScore: u.check ? 100 : null, attempts: 1 }) as UnitProgress);
const lines = (present: number, absent: number) =>
  [...Array<'present'>(present).fill('present'), ...Array<'absent'>(absent).fill('absent')].map((attendance) => ({ attendance, status: 'booked' }) as Booking);

describe('completion rules', () => {
  it('need every required unit, enough sessions at the threshold, and the checks passed', () => {
    expect(rulesMet(computeProgress(content, flags, { units: allDone, registered: lines(2, 0) }))).toBe(true);
    expect(rulesMet(computeProgress(content, flags, { units: allDone.slice(1), registered: lines(2, 0) }))).toBe(false);
    // enough sessions, but 2 of 3 is below 75 %
    const p = computeProgress(content, flags, { units: allDone, registered: lines(2, 1) });
    expect([p.attendanceRate, p.attendanceRuleMet]).toEqual([66.7, false]);
    expect(computeProgress(content, flags, { units: allDone, registered: lines(3, 1) }).attendanceRuleMet).toBe(true);
    expect(computeProgress(content, flags, { units: allDone, registered: lines(1, 0) }).attendanceRuleMet).toBe(false);
    const failed = allDone.map((u) => (u.checkPassed ? { ...u, checkPassed: false } : u));
    expect(computeProgress(content, flags, { units: failed, registered: lines(2, 0) }).checksRuleMet).toBe(false);
    expect(computeProgress({ ...content, rules: { ...content.rules, checksPassed: false } }, flags, { units: failed, registered: lines(2, 0) }).checksRuleMet).toBe(true);
  });

  it('treat a course without facilitated sessions as met only when it asks for none', () => {
    const none = { ...content, rules: { ...content.rules, minSessionsAttended: 0 } };
    expect(computeProgress(none, flags, { units: allDone, registered: [] }).attendanceRuleMet).toBe(true);
    expect(computeProgress(content, flags, { units: allDone, registered: [] }).attendanceRuleMet).toBe(false);
  });
});

describe('scoring', () => {
  it('counts unanswered questions as wrong', () => {
    const qs = required.find((u) => u.check)!.check!.questions;
    expect(score(qs, [{ questionId: qs[0].id, optionId: qs[0].correctOptionId }])).toBe(Math.round(100 / qs.length));
    expect(score(qs, [])).toBe(0);
  });
});

describe('suppression', () => {
  const row = (groupId: string, enrolled: number): TrainingReportRowDto => ({
    courseId: 'c',
    groupId,
    enrolled,
    completed: 1,
    withdrawn: 0,
    completionRate: 10,
    registered: 1,
    attended: 1,
    attendanceRate: 100,
    suppressed: false,
  });

  it('hides cells under 5 and, when one alone is hidden, the next smallest too', () => {
    const out = suppress([row('a', 3), row('b', 6), row('c', 9)], true);
    expect(out.map((r) => [r.groupId, r.suppressed, r.enrolled])).toEqual([
      ['a', true, null],
      ['b', true, null],
      ['c', false, 9],
    ]);
    expect(suppress([row('a', 3), row('b', 2), row('c', 9)], true).map((r) => r.suppressed)).toEqual([true, true, false]);
    expect(suppress([row('a', 5)], false)[0].suppressed).toBe(false);
  });
});
