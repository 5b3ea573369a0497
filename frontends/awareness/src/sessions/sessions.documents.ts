// A centre's awareness-raising and information sessions (aggregates only: counts, no names) and recording one.
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
