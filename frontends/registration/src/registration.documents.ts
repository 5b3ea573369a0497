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
      consents(first: 20) {
        edges {
          node {
            id
            purpose
            givenBy
            guardianName
            guardianRelationship
            givenOn
            withdrawnOn
            withdrawalReason
            active
            version
          }
        }
      }
      screenings(first: 10) {
        pageInfo {
          hasNextPage
        }
        edges {
          node {
            id
            screenedOn
            assessment
            needs
            note
            factors {
              level
              factor
              kind
            }
          }
        }
      }
      counsellingSessions(first: 10) {
        pageInfo {
          hasNextPage
        }
        edges {
          node {
            id
            heldOn
            topics
            outcome
            followUpOn
          }
        }
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

export const recordConsentMutation = graphql(`
  mutation RecordConsent($input: RecordConsentInput!) {
    site: bossaso {
      recordConsent(input: $input) {
        created
        consent {
          id
          purpose
          active
        }
      }
    }
  }
`);

export const withdrawConsentMutation = graphql(`
  mutation WithdrawConsent($input: WithdrawConsentInput!) {
    site: bossaso {
      withdrawConsent(input: $input) {
        consent {
          id
          purpose
          active
          withdrawnOn
          withdrawalReason
          version
        }
      }
    }
  }
`);

export const recordScreeningMutation = graphql(`
  mutation RecordScreening($input: RecordScreeningInput!) {
    site: bossaso {
      recordScreening(input: $input) {
        created
        screening {
          id
          assessment
        }
        migrant {
          id
          riskLevel
          isUnaccompaniedChild
          hasTraffickingIndicators
        }
      }
    }
  }
`);

export const recordCounsellingMutation = graphql(`
  mutation RecordCounselling($input: RecordCounsellingInput!) {
    site: bossaso {
      recordCounselling(input: $input) {
        created
        session {
          id
          heldOn
        }
      }
    }
  }
`);
