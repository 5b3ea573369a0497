// Shelter and health referrals of one migrant to the centre's partners, on the same referral
// API the protection section uses for the whole lifecycle.
import { graphql } from '../__generated__/gql.js';

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
            id
            service
            status
            statusReason
            note
            requestedAt
            partner {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const referralPartnersQuery = graphql(`
  query ReferralPartners($site: ID!, $first: Int, $after: String) {
    centre(code: $site) {
      code
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
          }
        }
      }
    }
  }
`);

export const requestReferralMutation = graphql(`
  mutation RequestAssistanceReferral($input: RequestReferralInput!) {
    site: bossaso {
      requestReferral(input: $input) {
        created
        referral {
          id
          service
          status
          partner {
            id
            name
          }
        }
      }
    }
  }
`);
