// A returnee's sustainability survey rounds and their scores (the answers themselves are
// psychosocial data, read only when needed: not here).

/* GraphQL */ `
  query SustainabilitySurveys($caseId: ID!) {
    avrCase(id: $caseId) {
      id
      status
      sustainabilitySurveys {
        id
        round
        roundLabel
        conductedOn
        economicScore
        socialScore
        psychosocialScore
        compositeScore
        level
        compositeChange
      }
    }
  }
`;

/* GraphQL */ `
  mutation RecordSustainabilitySurvey($caseId: ID!, $input: RecordSurveyInput!) {
    recordSustainabilitySurvey(caseId: $caseId, input: $input) {
      id
      round
      compositeScore
    }
  }
`;

// The typed documents codegen made from these sources (`npm run codegen`). Written as
// /* GraphQL */ literals rather than graphql() calls: graphql()'s lookup table holds every
// document twice over and cannot be tree-shaken, which tripled the bundle.
export { SustainabilitySurveysDocument as sustainabilitySurveysQuery, RecordSustainabilitySurveyDocument as recordSurveyMutation } from '../__generated__/graphql.js';
