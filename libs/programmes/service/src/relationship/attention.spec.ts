import { defaultPolicy } from '@m4pris/programmes-contracts';
import { attentionReasons, type AttentionFacts } from './attention.js';

const rules = { endingSoonDays: 14, agreementDueDays: 14 };
const healthy: AttentionFacts = {
  state: 'active',
  startedOn: '2026-09-01',
  plannedEndOn: '2027-03-01',
  firstMeetingOn: '2026-09-05',
  lastMeetingOn: '2026-11-15',
  openConcerns: 0,
  agreementAcknowledged: true,
  fitCheckDone: true,
};
const asOf = '2026-11-21';

describe('duos needing attention', () => {
  it('a duo that meets, acknowledged its agreement and passed the fit check needs nothing', () => {
    expect(attentionReasons(healthy, defaultPolicy(), asOf, rules)).toEqual([]);
  });

  it('flags no meeting within the inactivity threshold (28 days by default), counting from the start when none', () => {
    expect(attentionReasons({ ...healthy, lastMeetingOn: '2026-10-23' }, defaultPolicy(), asOf, rules)).toEqual(['no_recent_meeting']);
    expect(attentionReasons({ ...healthy, lastMeetingOn: '2026-10-24' }, defaultPolicy(), asOf, rules)).toEqual([]);
    const quiet = { ...healthy, startedOn: '2026-10-01', firstMeetingOn: null, lastMeetingOn: null };
    expect(attentionReasons(quiet, defaultPolicy(), asOf, rules)).toContain('no_recent_meeting');
  });

  it('flags a missed fit check, an open concern, the end approaching and a pending agreement', () => {
    expect(attentionReasons({ ...healthy, fitCheckDone: false }, defaultPolicy(), asOf, rules)).toEqual(['fit_check_missed']);
    expect(attentionReasons({ ...healthy, openConcerns: 1 }, defaultPolicy(), asOf, rules)).toEqual(['open_concern']);
    expect(attentionReasons({ ...healthy, plannedEndOn: '2026-12-01' }, defaultPolicy(), asOf, rules)).toEqual(['ending_soon']);
    expect(attentionReasons({ ...healthy, agreementAcknowledged: false }, defaultPolicy(), asOf, rules)).toEqual(['agreement_pending']);
  });

  it('a paused duo is not chased for meetings; ended duos need nothing', () => {
    expect(attentionReasons({ ...healthy, state: 'paused', lastMeetingOn: '2026-08-01' }, defaultPolicy(), asOf, rules)).toEqual([]);
    expect(attentionReasons({ ...healthy, state: 'ended_early', openConcerns: 2 }, defaultPolicy(), asOf, rules)).toEqual([]);
  });

  it('the fit check can be turned off', () => {
    const policy = { ...defaultPolicy(), fitCheckDays: 0 };
    expect(attentionReasons({ ...healthy, fitCheckDone: false }, policy, asOf, rules)).toEqual([]);
  });
});
