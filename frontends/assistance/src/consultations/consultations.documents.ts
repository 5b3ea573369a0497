// Medical consultations of one migrant (medical:read, every read logged by the site) and recording one.
import { graphql } from '../__generated__/gql.js';

export const migrantConsultationsQuery = graphql(`
  query MigrantConsultations($id: ID!, $first: Int, $after: String) {
    migrant(id: $id) {
      id
      medicalConsultations(first: $first, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            consultedOn
            presentingComplaint
            treatmentGiven
            medication
            referral {
              facility
              reason
              urgency
            }
            followUpOn
            deliveredBy {
              name
            }
          }
        }
      }
    }
  }
`);

export const recordConsultationMutation = graphql(`
  mutation RecordMedicalConsultation($input: RecordMedicalConsultationInput!) {
    site: bossaso {
      recordMedicalConsultation(input: $input) {
        created
        consultation {
          id
          consultedOn
        }
      }
    }
  }
`);
