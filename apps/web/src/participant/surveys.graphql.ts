import { graphql } from '../gql';

export const MySurveys = graphql(`
  query MySurveys {
    mySurveyInvitations {
      id
      wave
      state
      dueOn
      answered
      itemCount
    }
    mySurveyScores {
      invitationId
      instrumentCode
      wave
      score
      value
      min
      max
      signpost
      completedOn
    }
  }
`);

export const SurveyDetail = graphql(`
  query SurveyDetail($id: ID!) {
    mySurveyInvitation(id: $id) {
      id
      wave
      state
      answered
      itemCount
      attributions
      items {
        itemId
        instrumentCode
        text
        anchors
        responseMin
        responseMax
        value
      }
    }
  }
`);

export const SaveSurveyAnswers = graphql(`
  mutation SaveSurveyAnswers($input: SaveSurveyAnswersInput!) {
    saveSurveyAnswers(input: $input) {
      id
      state
      answered
      itemCount
      items {
        itemId
        instrumentCode
        value
      }
    }
  }
`);
