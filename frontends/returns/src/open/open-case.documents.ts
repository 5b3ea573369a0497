// Opening a return case: a centre's migrant (found by name at their centre) or a Somali
// returnee referred by a mission abroad.

/* GraphQL */ `
  query FindCentreMigrants($centre: ID!, $query: String!, $after: String) {
    centre(code: $centre) {
      code
      searchMigrants(query: $query, first: 10, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            registrationNumber
            fullName
            nationality
            avrCase {
              id
              caseNumber
              status
            }
          }
        }
      }
    }
  }
`;

/* GraphQL */ `
  mutation OpenAvrCase($input: OpenAvrCaseInput!) {
    openAvrCase(input: $input) {
      id
      caseNumber
    }
  }
`;

/* GraphQL */ `
  query ReturnCentres {
    centres {
      code
      name
    }
  }
`;

// The typed documents codegen made from these sources (`npm run codegen`). Written as
// /* GraphQL */ literals rather than graphql() calls: graphql()'s lookup table holds every
// document twice over and cannot be tree-shaken, which tripled the bundle.
export { FindCentreMigrantsDocument as findCentreMigrantsQuery, OpenAvrCaseDocument as openAvrCaseMutation, ReturnCentresDocument as centresQuery } from '../__generated__/graphql.js';
