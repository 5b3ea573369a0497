// Unaccompanied minors (UAM) and victims of trafficking (VoT): the centre's caseload, a
// migrant's cases, and opening and editing them (protection:read / protection:write).
import { graphql } from '../__generated__/gql.js';

export const uamCaseFields = graphql(`
  fragment UamCaseFields on UamCase {
    id
    version
    openedOn
    separation
    familyTracingStatus
    escortNeeds
    openedBy {
      name
    }
    bestInterestsAssessment {
      assessedOn
      findings
      assessedBy
    }
    bestInterestsDetermination {
      decision
      decidedOn
      panel
    }
    guardian {
      name
      relationship
      contact
      appointedOn
    }
  }
`);

export const traffickingCaseFields = graphql(`
  fragment TraffickingCaseFields on TraffickingCase {
    id
    version
    openedOn
    screenedOn
    actIndicators
    meansIndicators
    purposeIndicators
    purposeOther
    screeningNotes
    identification
    identifiedOn
    identifiedBy
    openedBy {
      name
    }
    assistancePlan {
      description
      status
      dueOn
    }
  }
`);

export const protectionCasesQuery = graphql(`
  query ProtectionCases($site: ID!, $first: Int, $after: String, $filter: ProtectionCaseFilter) {
    centre(code: $site) {
      code
      name
      protectionCases(first: $first, after: $after, filter: $filter) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            __typename
            id
            openedOn
            migrant {
              id
              registrationNumber
              fullName
              age
            }
            ... on UamCase {
              separation
              familyTracingStatus
            }
            ... on TraffickingCase {
              identification
            }
          }
        }
      }
    }
  }
`);

export const migrantProtectionCasesQuery = graphql(`
  query MigrantProtectionCases($id: ID!) {
    migrant(id: $id) {
      id
      uamCase {
        ...UamCaseFields
      }
      traffickingCase {
        ...TraffickingCaseFields
      }
    }
  }
`);

export const openUamCaseMutation = graphql(`
  mutation OpenUamCase($input: OpenUamCaseInput!) {
    site: bossaso {
      openUamCase(input: $input) {
        created
        uamCase {
          ...UamCaseFields
          migrant {
            id
          }
        }
      }
    }
  }
`);

export const updateUamCaseMutation = graphql(`
  mutation UpdateUamCase($id: ID!, $expectedVersion: Int!, $input: UpdateUamCaseInput!) {
    site: bossaso {
      updateUamCase(id: $id, expectedVersion: $expectedVersion, input: $input) {
        uamCase {
          ...UamCaseFields
        }
      }
    }
  }
`);

export const openTraffickingCaseMutation = graphql(`
  mutation OpenTraffickingCase($input: OpenTraffickingCaseInput!) {
    site: bossaso {
      openTraffickingCase(input: $input) {
        created
        traffickingCase {
          ...TraffickingCaseFields
          migrant {
            id
          }
        }
      }
    }
  }
`);

export const updateTraffickingCaseMutation = graphql(`
  mutation UpdateTraffickingCase($id: ID!, $expectedVersion: Int!, $input: UpdateTraffickingCaseInput!) {
    site: bossaso {
      updateTraffickingCase(id: $id, expectedVersion: $expectedVersion, input: $input) {
        traffickingCase {
          ...TraffickingCaseFields
        }
      }
    }
  }
`);
