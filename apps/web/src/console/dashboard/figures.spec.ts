import { describe, expect, it } from 'vitest';
import { duosByState, pipeline } from './figures';

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
});
