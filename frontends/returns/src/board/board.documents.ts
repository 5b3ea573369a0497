// The board's documents: one query for every column's first cards and count (literal page sizes
// keep the gateway's cost estimate low), and one for the next cards of a single column.

/* GraphQL */ `
  fragment AvrCaseCard on AvrCase {
    id
    caseNumber
    direction
    status
    destinationCountry
    isUnaccompaniedChild
    openedAt
    hostCountry
    referringMission
    centre {
      code
      name
    }
    returnee @include(if: $withNames) {
      fullName
    }
    migrant @include(if: $withNames) {
      id
      fullName
      registrationNumber
    }
  }
`;

/* GraphQL */ `
  fragment AvrBoardColumn on AvrCaseConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...AvrCaseCard
      }
    }
  }
`;

/* GraphQL */ `
  query AvrBoard($direction: ReturnDirection, $centre: ID, $withNames: Boolean!) {
    centres {
      code
      name
    }
    requested: avrCases(first: 5, filter: { status: REQUESTED, direction: $direction, centre: $centre }) { ...AvrBoardColumn }
    counselled: avrCases(first: 5, filter: { status: COUNSELLED, direction: $direction, centre: $centre }) { ...AvrBoardColumn }
    eligibilityConfirmed: avrCases(first: 5, filter: { status: ELIGIBILITY_CONFIRMED, direction: $direction, centre: $centre }) { ...AvrBoardColumn }
    travelDocuments: avrCases(first: 5, filter: { status: TRAVEL_DOCUMENTS, direction: $direction, centre: $centre }) { ...AvrBoardColumn }
    fitToTravel: avrCases(first: 5, filter: { status: FIT_TO_TRAVEL, direction: $direction, centre: $centre }) { ...AvrBoardColumn }
    travelBooked: avrCases(first: 5, filter: { status: TRAVEL_BOOKED, direction: $direction, centre: $centre }) { ...AvrBoardColumn }
    departed: avrCases(first: 5, filter: { status: DEPARTED, direction: $direction, centre: $centre }) { ...AvrBoardColumn }
    arrived: avrCases(first: 5, filter: { status: ARRIVED, direction: $direction, centre: $centre }) { ...AvrBoardColumn }
    reintegration: avrCases(first: 5, filter: { status: REINTEGRATION, direction: $direction, centre: $centre }) { ...AvrBoardColumn }
    closed: avrCases(first: 5, filter: { status: CLOSED, direction: $direction, centre: $centre }) { ...AvrBoardColumn }
    withdrawn: avrCases(first: 5, filter: { status: WITHDRAWN, direction: $direction, centre: $centre }) { ...AvrBoardColumn }
    rejected: avrCases(first: 5, filter: { status: REJECTED, direction: $direction, centre: $centre }) { ...AvrBoardColumn }
    cancelled: avrCases(first: 5, filter: { status: CANCELLED, direction: $direction, centre: $centre }) { ...AvrBoardColumn }
  }
`;

/* GraphQL */ `
  query AvrBoardColumnPage($filter: AvrCaseFilter!, $after: String, $withNames: Boolean!) {
    avrCases(first: 20, after: $after, filter: $filter) { ...AvrBoardColumn }
  }
`;

// The typed documents codegen made from these sources (`npm run codegen`). Written as
// /* GraphQL */ literals rather than graphql() calls: graphql()'s lookup table holds every
// document twice over and cannot be tree-shaken, which tripled the bundle.
export { AvrBoardDocument as avrBoardQuery, AvrBoardColumnPageDocument as avrBoardColumnPageQuery } from '../__generated__/graphql.js';
