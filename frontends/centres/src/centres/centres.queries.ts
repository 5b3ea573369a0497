// The documents of the centres micro-frontend. One document serves every site: the gateway
// fans `centres` out to each centre's own subgraph.
import { graphql } from '../__generated__/gql.js';

export const centresQuery = graphql(`
  query Centres($from: Date, $to: Date) {
    centres {
      __typename
      code
      name
      openedOn
      stats(from: $from, to: $to) {
        openCases
        registrations
      }
    }
  }
`);

export const centreMigrantsQuery = graphql(`
  query CentreMigrants($code: ID!, $first: Int, $after: String, $filter: MigrantFilter) {
    centre(code: $code) {
      code
      name
      migrants(first: $first, after: $after, filter: $filter) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            registrationNumber
            fullName
            sex
            age
            nationality
            arrivalDate
            caseStatus
          }
        }
      }
    }
  }
`);
