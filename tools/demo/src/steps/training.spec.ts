import { buildDataset, createRandom } from '../dataset.js';
import type { TenantRun } from './step.js';
import { demoMenteeEmails } from './programmes.js';
import { demoMentorEmails, mentorLearners } from './training.js';

const TODAY = '2026-05-15';

function run(i: number, seed = 42): TenantRun {
  const spec = buildDataset({ seed, today: TODAY })[i];
  return { spec, today: TODAY, random: createRandom(seed * 31 + i) } as unknown as TenantRun;
}

describe('demo mentors (demoMentorEmails)', () => {
  it('are about 15.5 % of the staff (± 2, experienced) per tenant plus the coordinators, the same for the same seed', () => {
    for (let i = 0; i < 4; i++) {
      const t = run(i);
      const list = demoMentorEmails(t);
      const coordinators = t.spec.coordinatorEmails.map((e) => e.toLowerCase());
      const mentors = list.filter((e) => !coordinators.includes(e));
      expect(mentors.length).toBeGreaterThanOrEqual(mentorLearners(t.spec.staff.length) - 2);
      expect(mentors.length).toBeLessThanOrEqual(mentorLearners(t.spec.staff.length) + 2);
      expect(mentors.length).toBeGreaterThanOrEqual(38); // the pilot: ~40 start the course for ~30 trained mentors
      expect(list.slice(-coordinators.length)).toEqual(coordinators);
      for (const e of mentors) expect(t.spec.staff.find((s) => s.email.toLowerCase() === e)!.hiredOn <= '2023-05-15').toBe(true);
      expect(new Set(list).size).toBe(list.length);
      expect(demoMentorEmails(run(i))).toEqual(list);
    }
  });

  it('are drawn once per tenant run: asking again returns the same list without drawing', () => {
    const t = run(0);
    const first = demoMentorEmails(t);
    const next = t.random();
    const again = run(0);
    demoMentorEmails(again);
    demoMentorEmails(again);
    expect(demoMentorEmails(t)).toBe(first);
    expect(again.random()).toBe(next);
  });
});

describe('the pilot at its real size (default staff per tenant)', () => {
  it('has about 50 mentees per country (≈ 200 in all) for about 40 mentor learners per country', () => {
    const mentees = [0, 1, 2, 3].map((i) => demoMenteeEmails(run(i)).length);
    for (const n of mentees) {
      expect(n).toBeGreaterThanOrEqual(45);
      expect(n).toBeLessThanOrEqual(70);
    }
    expect(mentees.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(200);
    expect(mentorLearners(260)).toBe(40);
    expect(mentorLearners(80)).toBe(12);
  });
});
