// Finding the migrant to serve, with the site's own search (fuzzy name, registration number, ID).
import { graphql } from '../__generated__/gql.js';

export const findMigrantQuery = graphql(`
  query AssistanceFindMigrant($site: ID!, $query: String!, $first: Int, $after: String) {
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
            nationality
          }
        }
      }
    }
  }
`);

export const assistedMigrantQuery = graphql(`
  query AssistedMigrant($id: ID!) {
    migrant(id: $id) {
      id
      registrationNumber
      fullName
      sex
      age
      nationality
    }
  }
`);
