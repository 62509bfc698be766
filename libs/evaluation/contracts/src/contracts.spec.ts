import { PlatformError, validatePayload } from '@m4pris/platform-core';
import { EmptyRequest, ListMyInvitations, SaveAnswers, SaveAnswersRequest, SaveSurveyPlan, SaveSurveyPlanRequest } from './index.js';

const ID = '0b6f1a52-2f0c-4a57-9d55-8a3c1c1f2e10';

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof PlatformError) return e.field ?? e.message;
    throw e;
  }
  return undefined;
}

describe('evaluation contracts', () => {
  it('names subjects <module>.v1.<aggregate>.<action>', () => {
    expect(SaveAnswers.subject).toBe('evaluation.v1.response.save');
    expect(SaveSurveyPlan.subject).toBe('evaluation.v1.plan.save');
    expect(ListMyInvitations.module).toBe('evaluation');
  });

  it('validates answers: known instruments, item codes, integer values (null clears)', () => {
    const ok = validatePayload(SaveAnswersRequest, { invitationId: ID, answers: [{ instrumentCode: 'who5', itemId: 'who5_1', value: 3 }, { instrumentCode: 'gse', itemId: 'gse_2', value: null }], submit: false });
    expect(ok.answers).toHaveLength(2);
    expect(fieldOf(() => validatePayload(SaveAnswersRequest, { invitationId: ID, answers: [{ instrumentCode: 'mbi', itemId: 'x', value: 1 }], submit: true }))).toMatch(/answers/);
    expect(fieldOf(() => validatePayload(SaveAnswersRequest, { invitationId: ID, answers: [{ instrumentCode: 'who5', itemId: 'who5_1', value: 1.5 }], submit: true }))).toMatch(/answers/);
    expect(fieldOf(() => validatePayload(SaveAnswersRequest, { invitationId: 'nope', answers: [], submit: true }))).toMatch(/invitationId/);
  });

  it('validates survey plans', () => {
    const wave = { kind: 'baseline', mentorInstruments: ['who5'], menteeInstruments: ['who5', 'm4p_integration'], dueWithinDays: 21, remindBeforeDueDays: 7 };
    expect(validatePayload(SaveSurveyPlanRequest, { programmeId: ID, waves: [wave] }).waves[0].kind).toBe('baseline');
    expect(fieldOf(() => validatePayload(SaveSurveyPlanRequest, { programmeId: ID, waves: [{ ...wave, kind: 'weekly' }] }))).toMatch(/waves/);
    expect(fieldOf(() => validatePayload(SaveSurveyPlanRequest, { programmeId: ID, waves: [{ ...wave, dueWithinDays: 0 }] }))).toMatch(/waves/);
  });

  it('accepts an empty request and refuses anything in it', () => {
    expect(validatePayload(EmptyRequest, {})).toBeInstanceOf(EmptyRequest);
    expect(() => validatePayload(EmptyRequest, { x: 1 })).toThrow(PlatformError);
  });
});
