import { PlatformError, validatePayload } from '@m4pris/platform-core';
import { CRITERIA, DEFAULT_WEIGHTS, ListMatchingCohorts, MatchApproved, MatchApprovedEvent, RunMatch, RunMatchRequest, SetWeightsRequest } from './index.js';

const ID = '0b6f1a52-2f0c-4a57-9d55-8a3c1c1f2e10';

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof PlatformError) return e.field;
    throw e;
  }
  throw new Error('expected a validation error');
}

describe('matching contracts', () => {
  it('names subjects <module>.v1.<aggregate>.<action>', () => {
    expect(RunMatch.subject).toBe('matching.v1.run.start');
    expect(ListMatchingCohorts.module).toBe('matching');
    expect(MatchApproved.subject).toBe('matching.v1.match.approved');
  });

  it('validates requests and names the field', () => {
    expect(validatePayload(RunMatchRequest, { cohortId: ID })).toBeInstanceOf(RunMatchRequest);
    expect(fieldOf(() => validatePayload(RunMatchRequest, { cohortId: 'x' }))).toBe('cohortId');
    expect(fieldOf(() => validatePayload(RunMatchRequest, { cohortId: ID, menteeStaffIds: ['x'] }))).toBe('menteeStaffIds');
    const weights = { programmeId: ID, ...DEFAULT_WEIGHTS };
    expect(validatePayload(SetWeightsRequest, weights)).toBeInstanceOf(SetWeightsRequest);
    expect(fieldOf(() => validatePayload(SetWeightsRequest, { ...weights, sameUnit: 101 }))).toBe('sameUnit');
    expect(fieldOf(() => validatePayload(SetWeightsRequest, { ...weights, preferences: 1.5 }))).toBe('preferences');
  });

  it('has a default weight for every criterion, and the approval event keeps its flags', () => {
    expect(Object.keys(DEFAULT_WEIGHTS).sort()).toEqual([...CRITERIA].sort());
    const ev = { tenantId: ID, programmeId: ID, cohortId: ID, matchRunId: ID, proposalId: ID, mentorStaffId: ID, menteeStaffId: ID, mentorApplicationId: ID, menteeApplicationId: ID, flags: ['line_manager_chain'] };
    expect(validatePayload(MatchApprovedEvent, ev).flags).toEqual(['line_manager_chain']);
  });
});
