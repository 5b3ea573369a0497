// Movements: the list, one movement with its manifest, planning one and moving it along.

/* GraphQL */ `
  query Movements($first: Int!, $after: String, $filter: MovementFilter) {
    movements(first: $first, after: $after, filter: $filter) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reference
          mode
          status
          departureDate
          route
          destinationCountry
        }
      }
    }
  }
`;

/* GraphQL */ `
  query Movement($id: ID!, $withNames: Boolean!) {
    movement(id: $id) {
      id
      reference
      mode
      status
      departureDate
      route
      destinationCountry
      escorts
      departedAt
      arrivedAt
      version
      cases {
        ...AvrCaseCard
        version
      }
    }
  }
`;

/* GraphQL */ `
  query FitToTravelCases($destinationCountry: String!, $after: String, $withNames: Boolean!) {
    avrCases(first: 10, after: $after, filter: { status: FIT_TO_TRAVEL, destinationCountry: $destinationCountry }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AvrCaseCard
          version
        }
      }
    }
  }
`;

/* GraphQL */ `
  mutation PlanMovement($input: PlanMovementInput!) {
    planMovement(input: $input) {
      id
      reference
    }
  }
`;

/* GraphQL */ `
  mutation DepartMovement($id: ID!, $expectedVersion: Int!) {
    departMovement(id: $id, expectedVersion: $expectedVersion) {
      id
      status
      version
      departedAt
    }
  }
`;

/* GraphQL */ `
  mutation ArriveMovement($id: ID!, $expectedVersion: Int!) {
    arriveMovement(id: $id, expectedVersion: $expectedVersion) {
      id
      status
      version
      arrivedAt
    }
  }
`;

/* GraphQL */ `
  mutation CancelMovement($id: ID!, $expectedVersion: Int!, $reason: String!) {
    cancelMovement(id: $id, expectedVersion: $expectedVersion, reason: $reason) {
      id
      status
      version
    }
  }
`;

// The typed documents codegen made from these sources (`npm run codegen`). Written as
// /* GraphQL */ literals rather than graphql() calls: graphql()'s lookup table holds every
// document twice over and cannot be tree-shaken, which tripled the bundle.
export { MovementsDocument as movementsQuery, MovementDocument as movementQuery, FitToTravelCasesDocument as fitToTravelCasesQuery, PlanMovementDocument as planMovementMutation, DepartMovementDocument as departMovementMutation, ArriveMovementDocument as arriveMovementMutation, CancelMovementDocument as cancelMovementMutation } from '../__generated__/graphql.js';
