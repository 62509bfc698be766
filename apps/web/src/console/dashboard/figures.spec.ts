import { describe, expect, it } from 'vitest';
import { duosByState, pipeline, weekly } from './figures';

const dashboard = {
  cohortId: 'c',
  state: 'RUNNING' as const,
  activeDuos: 3,
  pausedDuos: 1,
  endedEarly: 1,
  closedDuos: 0,
  rematchRequests: 0,
  meetings: 9,
  meetingsPerDuo: 1.8,
  meetingMinutes: 540,
  duosNeedingAttention: 1,
  openConcerns: 0,
  applications: [
    { role: 'MENTEE' as const, state: 'ACCEPTED' as const, count: 5 },
    { role: 'MENTOR' as const, state: 'ACCEPTED' as const, count: 4 },
    { role: 'MENTEE' as const, state: 'DECLINED' as const, count: 2 },
    { role: 'MENTOR' as const, state: 'SUBMITTED' as const, count: 1 },
  ],
  attentionByReason: [],
  functionBalance: [],
  weeks: [
    { startsOn: '2026-11-23', meetings: 4, duosNeedingAttention: 2 },
    { startsOn: '2026-11-30', meetings: 5, duosNeedingAttention: 1 },
  ],
};

describe('dashboard figures', () => {
  it('the pipeline counts every application, the accepted ones, then the duos', () => {
    expect(pipeline(dashboard)).toEqual([
      { stage: 'applied', count: 12 },
      { stage: 'accepted', count: 9 },
      { stage: 'duos', count: 5 },
    ]);
  });

  it('duos by state keep every state, zeros included', () => {
    expect(duosByState(dashboard).map((d) => d.count)).toEqual([3, 1, 1, 0]);
  });

  it('the weekly series keeps the weeks in order, named by the label given', () => {
    expect(weekly(dashboard, (m) => `w ${m}`)).toEqual({
      meetings: [
        { name: 'w 2026-11-23', value: 4 },
        { name: 'w 2026-11-30', value: 5 },
      ],
      attention: [
        { name: 'w 2026-11-23', value: 2 },
        { name: 'w 2026-11-30', value: 1 },
      ],
    });
  });
});
