// Relief items handed to one migrant, and handing some out.
import { graphql } from '../__generated__/gql.js';

export const migrantDistributionsQuery = graphql(`
  query MigrantDistributions($id: ID!, $first: Int, $after: String) {
    migrant(id: $id) {
      id
      distributions(first: $first, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            distributedOn
            notes
            items {
              quantity
              item {
                id
                name
                unit
              }
            }
            deliveredBy {
              name
            }
          }
        }
      }
    }
  }
`);

export const distributeItemsMutation = graphql(`
  mutation DistributeItems($input: DistributeItemsInput!) {
    site: bossaso {
      distributeItems(input: $input) {
        created
        distribution {
          id
          items {
            quantity
            item {
              id
              name
              level
              isLow
            }
          }
        }
      }
    }
  }
`);
