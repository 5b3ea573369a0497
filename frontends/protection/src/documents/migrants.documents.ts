// Finding the migrant a protection record is about: the centre's own search (fuzzy name,
// registration number or ID), and the few facts every protection screen names them by.
import { graphql } from '../__generated__/gql.js';

export const findMigrantQuery = graphql(`
  query FindMigrantForProtection($site: ID!, $query: String!, $first: Int, $after: String) {
    centre(code: $site) {
      code
      searchMigrants(query: $query, first: $first, after: $after) {
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
          }
        }
      }
    }
  }
`);

export const migrantSummaryQuery = graphql(`
  query ProtectionMigrantSummary($id: ID!) {
    migrant(id: $id) {
      id
      registrationNumber
      fullName
      sex
      age
      caseStatus
      version
      isUnaccompaniedChild
      hasTraffickingIndicators
    }
  }
`);
