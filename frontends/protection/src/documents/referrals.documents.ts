// Referrals to partners (their lifecycle), the partner directory, consent to share data with
// partners, and transfers of a whole case (cases:read / cases:write; consent:override).
import { graphql } from '../__generated__/gql.js';

export const referralFields = graphql(`
  fragment ReferralFields on Referral {
    id
    version
    service
    need
    note
    status
    statusReason
    requestedAt
    updatedAt
    consentOverridden
    partner {
      id
      name
    }
    migrant {
      id
      registrationNumber
      fullName
    }
  }
`);

export const centreReferralsQuery = graphql(`
  query CentreReferrals($site: ID!, $first: Int, $after: String, $filter: ReferralFilter) {
    centre(code: $site) {
      code
      name
      referrals(first: $first, after: $after, filter: $filter) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...ReferralFields
          }
        }
      }
    }
  }
`);

export const migrantReferralsQuery = graphql(`
  query MigrantReferrals($id: ID!, $first: Int, $after: String) {
    migrant(id: $id) {
      id
      referrals(first: $first, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...ReferralFields
          }
        }
      }
    }
  }
`);

export const partnersQuery = graphql(`
  query Partners($site: ID!, $first: Int, $after: String) {
    centre(code: $site) {
      code
      name
      partners(first: $first, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            name
            services
            contact
          }
        }
      }
    }
  }
`);

export const createPartnerMutation = graphql(`
  mutation CreatePartner($input: CreatePartnerInput!) {
    site: bossaso {
      createPartner(input: $input) {
        created
        partner {
          id
          name
          services
          contact
        }
      }
    }
  }
`);

export const requestReferralMutation = graphql(`
  mutation RequestReferral($input: RequestReferralInput!) {
    site: bossaso {
      requestReferral(input: $input) {
        created
        referral {
          ...ReferralFields
        }
      }
    }
  }
`);

export const setReferralStatusMutation = graphql(`
  mutation SetReferralStatus($input: SetReferralStatusInput!) {
    site: bossaso {
      setReferralStatus(input: $input) {
        referral {
          ...ReferralFields
        }
      }
    }
  }
`);

export const consentsQuery = graphql(`
  query MigrantConsents($id: ID!, $first: Int, $after: String) {
    migrant(id: $id) {
      id
      consents(first: $first, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            purpose
            givenBy
            guardianName
            givenOn
            active
            withdrawnOn
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

export const transferCaseMutation = graphql(`
  mutation TransferCase($input: TransferCaseInput!) {
    site: bossaso {
      transferCase(input: $input) {
        migrant {
          id
          caseStatus
          version
        }
      }
    }
  }
`);
