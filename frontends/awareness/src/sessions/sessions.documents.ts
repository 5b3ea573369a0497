// A centre's awareness-raising and information sessions (aggregates only: counts, no names):
// recording one held, planning one, and recording a planned one's attendance once held.
import { graphql } from '../__generated__/gql.js';

export const awarenessSessionsQuery = graphql(`
  query AwarenessSessions($site: ID!, $first: Int, $after: String, $filter: AwarenessSessionFilter) {
    centre(code: $site) {
      code
      name
      awarenessSessions(first: $first, after: $after, filter: $filter) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            status
            version
            topic
            topicOther
            place
            heldOn
            facilitator
            notes
            attendance {
              female {
                age0To17
                age18To29
                age30To59
                age60Plus
                total
              }
              male {
                age0To17
                age18To29
                age30To59
                age60Plus
                total
              }
              total
            }
          }
        }
      }
    }
  }
`);

export const recordAwarenessSessionMutation = graphql(`
  mutation RecordAwarenessSession($input: RecordAwarenessSessionInput!) {
    site: bossaso {
      recordAwarenessSession(input: $input) {
        created
        session {
          id
          heldOn
          attendance {
            total
          }
        }
      }
    }
  }
`);

export const planAwarenessSessionMutation = graphql(`
  mutation PlanAwarenessSession($input: PlanAwarenessSessionInput!) {
    site: bossaso {
      planAwarenessSession(input: $input) {
        created
        session {
          id
          status
          heldOn
        }
      }
    }
  }
`);

export const holdAwarenessSessionMutation = graphql(`
  mutation HoldAwarenessSession($id: ID!, $expectedVersion: Int!, $input: HoldAwarenessSessionInput!) {
    site: bossaso {
      holdAwarenessSession(id: $id, expectedVersion: $expectedVersion, input: $input) {
        session {
          id
          status
          version
          heldOn
          attendance {
            total
          }
        }
      }
    }
  }
`);
