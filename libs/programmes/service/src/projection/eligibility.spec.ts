import { defaultPolicy } from '@m4pris/programmes-contracts';
import { mentorCheck, menteeReasons, type ProfileFacts } from './eligibility.js';

const base: ProfileFacts = {
  institutionKind: 'adult',
  supervisesOthers: false,
  hiredOn: '2015-01-10',
  joinedInstitutionOn: '2015-01-10',
  previousInstitutionKind: null,
  leftServiceOn: null,
};
const asOf = '2026-11-21';

describe('mentee eligibility', () => {
  it('new to the profession: hired within the threshold', () => {
    expect(menteeReasons({ ...base, hiredOn: '2026-06-01', joinedInstitutionOn: '2026-06-01' }, defaultPolicy(), asOf)).toEqual(['new_to_profession']);
    // 12 months is the default threshold: hired 13 months ago is no longer new.
    expect(menteeReasons({ ...base, hiredOn: '2025-10-01', joinedInstitutionOn: '2025-10-01' }, defaultPolicy(), asOf)).toEqual([]);
  });

  it('new to the setting: a recent transfer counts, an initial posting does not', () => {
    expect(menteeReasons({ ...base, joinedInstitutionOn: '2026-09-01' }, defaultPolicy(), asOf)).toEqual(['new_to_setting']);
    expect(menteeReasons({ ...base, joinedInstitutionOn: '2025-09-01' }, defaultPolicy(), asOf)).toEqual([]);
  });

  it('a move from an adult to a youth facility is a change of kind', () => {
    const moved = { ...base, institutionKind: 'youth', previousInstitutionKind: 'adult', joinedInstitutionOn: '2026-10-01' };
    expect(menteeReasons(moved, defaultPolicy(), asOf)).toEqual(['new_to_setting', 'institution_kind_change']);
    const policy = defaultPolicy();
    policy.eligibility.institutionKindChangeCounts = false;
    expect(menteeReasons(moved, policy, asOf)).toEqual(['new_to_setting']);
  });

  it('thresholds set to 0 turn a rule off; leavers are never eligible', () => {
    const policy = defaultPolicy();
    policy.eligibility.newToProfessionMonths = 0;
    expect(menteeReasons({ ...base, hiredOn: '2026-10-01', joinedInstitutionOn: '2026-10-01' }, policy, asOf)).toEqual([]);
    expect(menteeReasons({ ...base, hiredOn: '2026-10-01', joinedInstitutionOn: '2026-10-01', leftServiceOn: '2026-11-01' }, defaultPolicy(), asOf)).toEqual([]);
  });
});

describe('mentor criteria', () => {
  it('needs the minimum experience', () => {
    const r = mentorCheck({ ...base, hiredOn: '2025-01-01' }, defaultPolicy(), asOf);
    expect(r.ok).toBe(false);
    expect(mentorCheck(base, defaultPolicy(), asOf)).toEqual({ ok: true, reasons: ['experienced_peer'] });
  });

  it('applies the mentor kinds the programme allows', () => {
    const peersOnly = { ...defaultPolicy(), mentorKinds: 'peer' as const };
    const supervisorsOnly = { ...defaultPolicy(), mentorKinds: 'supervisor' as const };
    expect(mentorCheck({ ...base, supervisesOthers: true }, peersOnly, asOf).ok).toBe(false);
    expect(mentorCheck(base, supervisorsOnly, asOf).ok).toBe(false);
    expect(mentorCheck({ ...base, supervisesOthers: true }, supervisorsOnly, asOf)).toEqual({ ok: true, reasons: ['supervisor'] });
  });
});
