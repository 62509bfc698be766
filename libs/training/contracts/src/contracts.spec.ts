import { PlatformError, validatePayload } from '@m4pris/platform-core';
import { CourseCompletedEvent, EnrolRequest, localize, ScheduleSessionRequest, SubmitSatisfactionRequest, VerifyCertificateRequest } from './index.js';

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof PlatformError) return e.field;
    throw e;
  }
  return undefined;
}

describe('training contracts', () => {
  it('fall back to English where a translation is missing or empty', () => {
    const t = { en: 'Mentor training', da: 'Mentoruddannelse', pt: '' };
    expect(localize(t, 'da')).toBe('Mentoruddannelse');
    expect(localize(t, 'pt')).toBe('Mentor training');
    expect(localize(t, 'el')).toBe('Mentor training');
  });

  it('name the offending field of a bad payload', () => {
    const session = { courseId: '0b6f1a52-2f0c-4a57-9d55-8a3c1c1f2e10', title: 'x', startsAt: '2026-03-01T09:00:00Z', endsAt: '2026-03-01T10:00:00Z', trainerStaffId: '0b6f1a52-2f0c-4a57-9d55-8a3c1c1f2e11', capacity: 10, language: 'da' };
    expect(fieldOf(() => validatePayload(ScheduleSessionRequest, session))).toBeUndefined();
    expect(fieldOf(() => validatePayload(ScheduleSessionRequest, { ...session, onlineUrl: 'http://insecure.example' }))).toBe('onlineUrl');
    expect(fieldOf(() => validatePayload(ScheduleSessionRequest, { ...session, capacity: 0 }))).toBe('capacity');
    expect(fieldOf(() => validatePayload(ScheduleSessionRequest, { ...session, language: 'fr' }))).toBe('language');
    expect(fieldOf(() => validatePayload(VerifyCertificateRequest, { code: 'abcd' }))).toBe('code');
    expect(fieldOf(() => validatePayload(EnrolRequest, { courseId: 'nope' }))).toBe('courseId');
    expect(fieldOf(() => validatePayload(SubmitSatisfactionRequest, { enrolmentId: session.courseId, answers: [{ questionId: session.courseId, value: 6 }] }))).toBe('answers.0.value');
  });

  it('a session ends after it starts (as instants): the end carries the error, with every other invalid field', () => {
    const session = { courseId: '0b6f1a52-2f0c-4a57-9d55-8a3c1c1f2e10', title: 'x', startsAt: '2026-03-01T09:00:00Z', endsAt: '2026-03-01T10:00:00Z', trainerStaffId: '0b6f1a52-2f0c-4a57-9d55-8a3c1c1f2e11', capacity: 10, language: 'da' };
    for (const endsAt of ['2026-03-01T09:00:00Z', '2026-03-01T08:00:00Z', '2026-03-01T10:30:00+02:00']) {
      let fields: PlatformError['fields'];
      try {
        validatePayload(ScheduleSessionRequest, { ...session, endsAt });
      } catch (e) {
        fields = (e as PlatformError).fields;
      }
      expect([endsAt, fields?.map((f) => [f.field, f.messageKey])]).toEqual([endsAt, [['endsAt', 'errors.common.NOT_AFTER']]]);
    }
    try {
      validatePayload(ScheduleSessionRequest, { ...session, capacity: 0, language: 'fr', endsAt: '2026-03-01T08:00:00Z' });
      throw new Error('accepted');
    } catch (e) {
      expect((e as PlatformError).fields?.map((f) => f.field)).toEqual(['endsAt', 'capacity', 'language']);
    }
  });

  it('keep the shape of training.v1.course.completed that programmes and matching consume', () => {
    const ok = { tenantId: '0b6f1a52-2f0c-4a57-9d55-8a3c1c1f2e10', staffId: '0b6f1a52-2f0c-4a57-9d55-8a3c1c1f2e11', courseId: '0b6f1a52-2f0c-4a57-9d55-8a3c1c1f2e12', audience: 'mentor', courseVersion: 2, completedOn: '2026-11-21', certificateId: null };
    expect(fieldOf(() => validatePayload(CourseCompletedEvent, ok))).toBeUndefined();
    expect(fieldOf(() => validatePayload(CourseCompletedEvent, { ...ok, audience: 'mentee' }))).toBe('audience');
  });
});
