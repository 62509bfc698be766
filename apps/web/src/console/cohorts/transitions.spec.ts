import { describe, expect, it } from 'vitest';
import { allowedTransitions, COHORT_STAGES, COHORT_TRANSITIONS, transitionLabel } from './transitions';

describe('cohort transitions', () => {
  it('are the programmes module’s state machine (fails when the two disagree)', async () => {
    // The built contracts, loaded at run time: the web app's type check stays out of the service's sources.
    const contracts = '@m4pris/programmes-contracts';
    const { COHORT_TRANSITIONS: SERVICE } = (await import(/* @vite-ignore */ contracts)) as { COHORT_TRANSITIONS: Record<string, string[]> };
    const upper = Object.fromEntries(Object.entries(SERVICE).map(([from, to]) => [from.toUpperCase(), to.map((s) => s.toUpperCase())]));
    expect(COHORT_TRANSITIONS).toEqual(upper);
    expect([...COHORT_STAGES].sort()).toEqual(Object.keys(upper).sort());
  });

  it('offer only what works from each state', () => {
    expect(allowedTransitions('DRAFT')).toEqual(['RECRUITING']);
    expect(allowedTransitions('MATCHING')).toEqual(['RUNNING', 'RECRUITING']);
    expect(allowedTransitions('CLOSED')).toEqual([]);
  });

  it('name the action, and going back from matching reads as reopening recruitment', () => {
    expect(transitionLabel('DRAFT', 'RECRUITING')).toBe('console.transition.toRecruiting');
    expect(transitionLabel('MATCHING', 'RECRUITING')).toBe('console.transition.reopenRecruitment');
  });
});
