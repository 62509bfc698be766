import { graphql } from '../../gql';

/** The tenant's programmes, to choose the one whose evaluation the researcher reads. */
export const ResearchProgrammes = graphql(`
  query ResearchProgrammes {
    programmes(page: { limit: 200 }) {
      items {
        id
        name
      }
    }
  }
`);

/** The survey plan: waves and the instruments each role answers. */
export const ResearchPlan = graphql(`
  query ResearchPlan($programmeId: ID!) {
    surveyPlan(programmeId: $programmeId) {
      version
      updatedAt
      waves {
        kind
        dueWithinDays
        menteeInstruments
        mentorInstruments
      }
    }
  }
`);

/** Invited, not started, started, completed and expired per wave; small counts are suppressed (null). */
export const ResearchResponseFlow = graphql(`
  query ResearchResponseFlow($programmeId: ID!) {
    surveyResponseFlow(programmeId: $programmeId) {
      waves {
        wave
        invited
        notStarted
        started
        completed
        expired
      }
    }
  }
`);

/** Paired pre/post statistics per score, overall or by group; suppressed cells carry no figures. */
export const ResearchPrePost = graphql(`
  query ResearchPrePost($input: PrePostReportInput!) {
    prePostReport(input: $input) {
      minCell
      minCellSensitive
      pre
      post
      cells {
        group
        instrumentCode
        score
        suppressed
        pairs
        preMean
        postMean
        meanChange
        ciLow
        ciHigh
        dz
        pValue
        wilcoxonP
        higherIsBetter
      }
    }
  }
`);

/** Programme outcomes: duos, meetings and the retention of mentees against non-participants. */
export const ResearchOutcomes = graphql(`
  query ResearchOutcomes($programmeId: ID!) {
    programmeOutcomes(programmeId: $programmeId) {
      duosFormed
      activeDuos
      closedDuos
      endedEarly
      meetingsLogged
      meetingsPerDuoMean
      retention {
        months
        mentees
        menteesRetained
        comparison
        comparisonRetained
      }
    }
  }
`);

/** The export's codebook (CSV). */
export const ResearchCodebook = graphql(`
  query ResearchCodebook($programmeId: ID!) {
    surveyCodebook(programmeId: $programmeId) {
      csv
      variables
    }
  }
`);

/** One page of the pseudonymised export of a wave (long or wide). */
export const ResearchExport = graphql(`
  query ResearchExport($input: SurveyExportInput!) {
    surveyExport(input: $input) {
      header
      csv
      rows
      total
      nextOffset
    }
  }
`);

/** The registry's instruments: their items and answer labels, and the languages whose wording is loaded. */
export const ResearchInstruments = graphql(`
  query ResearchInstruments {
    evaluationInstruments {
      code
      name
      responseAnchors
      textLocales
      licence {
        wordingShipped
      }
      items {
        id
      }
    }
  }
`);

/** Loads an instrument's licensed wording in one language (replacing what was loaded before). */
export const LoadInstrumentText = graphql(`
  mutation ResearchLoadInstrumentText($input: LoadInstrumentTextInput!) {
    loadInstrumentText(input: $input) {
      instrumentCode
      locale
      items
      source
      loadedAt
    }
  }
`);
