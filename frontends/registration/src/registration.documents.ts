// The documents of the registration micro-frontend. Queries name the active site's centre;
// the mutation is written once, for `site: bossaso`, and sent to the active site by
// useSiteMutation (@mpa/graphql).
import { graphql } from './__generated__/gql.js';

export const searchMigrantsQuery = graphql(`
  query SearchMigrants($site: ID!, $query: String!, $first: Int, $after: String) {
    centre(code: $site) {
      code
      name
      searchMigrants(query: $query, first: $first, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          score
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

export const registerMigrantMutation = graphql(`
  mutation RegisterMigrant($input: RegisterMigrantInput!) {
    site: bossaso {
      registerMigrant(input: $input) {
        created
        migrant {
          id
          registrationNumber
          fullName
        }
      }
    }
  }
`);

export const migrantCaseQuery = graphql(`
  query MigrantCase($id: ID!) {
    migrant(id: $id) {
      id
      registrationNumber
      fullName
      sex
      age
      dateOfBirth
      dateOfBirthEstimated
      nationality
      regionOfOrigin
      hasDocuments
      intendedDestination
      arrivalDate
      caseStatus
      riskLevel
      isUnaccompaniedChild
      hasTraffickingIndicators
      flags {
        id
        message
        resolvedAt
      }
      history(first: 10) {
        edges {
          node {
            id
            at
            actorName
            action
            changes {
              field
            }
          }
        }
      }
    }
  }
`);
