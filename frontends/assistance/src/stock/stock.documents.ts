// The centre's stock: items and levels, the ledger, adding an item and receiving stock.
import { graphql } from '../__generated__/gql.js';

export const centreStockQuery = graphql(`
  query CentreStock($site: ID!) {
    centre(code: $site) {
      code
      name
      stock {
        id
        name
        category
        unit
        lowStockThreshold
        level
        isLow
      }
    }
  }
`);

export const stockMovementsQuery = graphql(`
  query StockMovements($site: ID!, $first: Int, $after: String) {
    centre(code: $site) {
      code
      stockMovements(first: $first, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            kind
            quantity
            balanceAfter
            occurredOn
            source
            item {
              id
              name
              unit
            }
            migrant {
              id
              registrationNumber
            }
            recordedBy {
              name
            }
          }
        }
      }
    }
  }
`);

export const addStockItemMutation = graphql(`
  mutation AddStockItem($input: AddStockItemInput!) {
    site: bossaso {
      addStockItem(input: $input) {
        created
        item {
          id
          name
        }
      }
    }
  }
`);

export const receiveStockMutation = graphql(`
  mutation ReceiveStock($input: ReceiveStockInput!) {
    site: bossaso {
      receiveStock(input: $input) {
        created
        movement {
          id
          quantity
          balanceAfter
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
`);
