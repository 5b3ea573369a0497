// Psychosocial support: a migrant's individual sessions and the centre's group activities
// (mhpss:read / mhpss:write).
import { graphql } from '../__generated__/gql.js';

export const mhpssSessionsQuery = graphql(`
  query MhpssSessions($id: ID!, $first: Int, $after: String) {
    migrant(id: $id) {
      id
      mhpssSessions(first: $first, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            type
            heldOn
            notes
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

export const recordMhpssSessionMutation = graphql(`
  mutation RecordMhpssSession($input: RecordMhpssSessionInput!) {
    site: bossaso {
      recordMhpssSession(input: $input) {
        created
        session {
          id
          type
          heldOn
        }
      }
    }
  }
`);

export const mhpssGroupActivitiesQuery = graphql(`
  query MhpssGroupActivities($site: ID!, $first: Int, $after: String, $filter: MhpssGroupActivityFilter) {
    centre(code: $site) {
      code
      name
      mhpssGroupActivities(first: $first, after: $after, filter: $filter) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            type
            heldOn
            facilitator
            attendance
            attendees {
              attended
            }
          }
        }
      }
    }
  }
`);

export const recordMhpssGroupActivityMutation = graphql(`
  mutation RecordMhpssGroupActivity($input: RecordMhpssGroupActivityInput!) {
    site: bossaso {
      recordMhpssGroupActivity(input: $input) {
        created
        activity {
          id
          type
          heldOn
          attendance
        }
      }
    }
  }
`);
