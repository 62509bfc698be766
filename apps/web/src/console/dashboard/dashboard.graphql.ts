import { graphql } from '../../gql';

/** The cohort's process figures: counts only (no notes, no concern text). */
export const CohortDashboard = graphql(`
  query ConsoleDashboard($cohortId: ID!) {
    cohortDashboard(cohortId: $cohortId) {
      cohortId
      state
      activeDuos
      pausedDuos
      endedEarly
      closedDuos
      rematchRequests
      meetings
      meetingsPerDuo
      meetingMinutes
      duosNeedingAttention
      openConcerns
      applications {
        role
        state
        count
      }
      attentionByReason {
        reason
        count
      }
      functionBalance {
        function
        meetings
        share
      }
      weeks {
        startsOn
        meetings
        duosNeedingAttention
      }
    }
  }
`);
