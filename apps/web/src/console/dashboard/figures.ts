import type { ApplicationState, ConsoleDashboardQuery } from '../../gql/graphql';

type Dashboard = ConsoleDashboardQuery['cohortDashboard'];

/** Applications that reached at least a stage: submitted ⊇ accepted ⊇ in a duo. */
export function pipeline(d: Dashboard): { stage: 'applied' | 'accepted' | 'duos'; count: number }[] {
  const sum = (states: ApplicationState[]) => d.applications.filter((a) => states.includes(a.state)).reduce((s, a) => s + a.count, 0);
  const duos = d.activeDuos + d.pausedDuos + d.endedEarly + d.closedDuos;
  return [
    { stage: 'applied', count: sum(['SUBMITTED', 'ACCEPTED', 'WAITLISTED', 'DECLINED', 'WITHDRAWN']) },
    { stage: 'accepted', count: sum(['ACCEPTED']) },
    { stage: 'duos', count: duos },
  ];
}

export function duosByState(d: Dashboard): { state: 'ACTIVE' | 'PAUSED' | 'ENDED_EARLY' | 'CLOSED'; count: number }[] {
  return [
    { state: 'ACTIVE', count: d.activeDuos },
    { state: 'PAUSED', count: d.pausedDuos },
    { state: 'ENDED_EARLY', count: d.endedEarly },
    { state: 'CLOSED', count: d.closedDuos },
  ];
}

/** The weekly series as chart rows, each week named by its Monday in the reader's locale. */
export function weekly(
  d: Dashboard,
  label: (monday: string) => string,
): { meetings: { name: string; value: number }[]; attention: { name: string; value: number }[] } {
  return {
    meetings: d.weeks.map((w) => ({ name: label(w.startsOn), value: w.meetings })),
    attention: d.weeks.map((w) => ({ name: label(w.startsOn), value: w.duosNeedingAttention })),
  };
}
