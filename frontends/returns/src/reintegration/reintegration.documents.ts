// A case's reintegration plan: its activities in three dimensions, in kind or in cash. The free
// text (summary, descriptions) needs cases:read (`$withNames`): asking without it is refused.

/* GraphQL */ `
  query ReintegrationPlan($caseId: ID!, $withNames: Boolean!) {
    avrCase(id: $caseId) {
      id
      status
      reintegrationPlan {
        id
        scope
        summary @include(if: $withNames)
        beneficiaries
        completion
        createdAt
        version
        activities {
          id
          dimension
          type
          modality
          description @include(if: $withNames)
          money {
            amount
            currency
          }
          partner
          status
          deliveredOn
          version
        }
      }
    }
  }
`;

/* GraphQL */ `
  mutation CreateReintegrationPlan($caseId: ID!, $input: CreateReintegrationPlanInput!) {
    createReintegrationPlan(caseId: $caseId, input: $input) {
      id
    }
  }
`;

/* GraphQL */ `
  mutation AddReintegrationActivity($planId: ID!, $input: AddReintegrationActivityInput!) {
    addReintegrationActivity(planId: $planId, input: $input) {
      id
      status
    }
  }
`;

/* GraphQL */ `
  mutation UpdateReintegrationActivityStatus($id: ID!, $expectedVersion: Int!, $status: ActivityStatus!, $deliveredOn: Date) {
    updateReintegrationActivityStatus(id: $id, expectedVersion: $expectedVersion, status: $status, deliveredOn: $deliveredOn) {
      id
      status
      deliveredOn
      version
    }
  }
`;

// The typed documents codegen made from these sources (`npm run codegen`). Written as
// /* GraphQL */ literals rather than graphql() calls: graphql()'s lookup table holds every
// document twice over and cannot be tree-shaken, which tripled the bundle.
export { ReintegrationPlanDocument as reintegrationPlanQuery, CreateReintegrationPlanDocument as createReintegrationPlanMutation, AddReintegrationActivityDocument as addReintegrationActivityMutation, UpdateReintegrationActivityStatusDocument as updateActivityStatusMutation } from '../__generated__/graphql.js';
