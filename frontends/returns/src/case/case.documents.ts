// A case file and the changes made to it. Mutations answer with the case's new version and next
// steps; the file is then read again (refetchQueries) so every part of the view is current.
// Names, document numbers and free text need cases:read (`$withNames`): asking without it is refused.

/* GraphQL */ `
  query AvrCaseFile($id: ID!, $withNames: Boolean!, $withSafeguards: Boolean!) {
    avrCase(id: $id) {
      ...AvrCaseCard
      version
      destinationRegion
      destinationCommunity
      returnee @include(if: $withNames) {
        fullName
        sex
        dateOfBirth
      }
      migrant @include(if: $withNames) {
        id
        sex
        age
        nationality
      }
      allowedTransitions
      transitions {
        from
        to
        note @include(if: $withNames)
        actorName
        at
      }
      childSafeguards @include(if: $withSafeguards) {
        bestInterestsDeterminationRef
        familyAssessment
        childConsentAt
        guardianConsentAt
        escortName
        handOverSignedBy
        handOverSignedAt
      }
      nationalityVerifiedOn
      travelDocument {
        type
        number @include(if: $withNames)
        issuedOn
      }
      support {
        id
        kind
        description @include(if: $withNames)
        documentType
        documentNumber @include(if: $withNames)
        issuedOn
        transportMode @include(if: $withNames)
        money {
          amount
          currency
        }
        providedOn
      }
      movement {
        id
        reference
        status
        departureDate
        route
      }
    }
  }
`;

/* GraphQL */ `
  mutation TransitionAvrCase($id: ID!, $expectedVersion: Int!, $to: AvrStatus!, $note: String) {
    transitionAvrCase(id: $id, expectedVersion: $expectedVersion, to: $to, note: $note) {
      id
      status
      version
      allowedTransitions
    }
  }
`;

/* GraphQL */ `
  mutation RecordTravelDocument($id: ID!, $expectedVersion: Int!, $input: TravelDocumentInput!) {
    recordTravelDocument(id: $id, expectedVersion: $expectedVersion, input: $input) {
      id
      version
      nationalityVerifiedOn
    }
  }
`;

/* GraphQL */ `
  mutation RecordChildSafeguards($id: ID!, $expectedVersion: Int!, $input: ChildSafeguardsInput!) {
    recordChildSafeguards(id: $id, expectedVersion: $expectedVersion, input: $input) {
      id
      version
    }
  }
`;

/* GraphQL */ `
  mutation RecordAvrSupport($caseId: ID!, $input: RecordAvrSupportInput!) {
    recordAvrSupport(caseId: $caseId, input: $input) {
      id
      kind
    }
  }
`;

/* GraphQL */ `
  query PlannedMovements($destinationCountry: String!) {
    movements(first: 20, filter: { status: PLANNED, destinationCountry: $destinationCountry }) {
      edges {
        node {
          id
          reference
          departureDate
          route
        }
      }
    }
  }
`;

/* GraphQL */ `
  mutation AssignCaseToMovement($movementId: ID!, $caseId: ID!, $expectedVersion: Int!) {
    assignCaseToMovement(movementId: $movementId, caseId: $caseId, expectedVersion: $expectedVersion) {
      id
      status
      version
      allowedTransitions
    }
  }
`;

/* GraphQL */ `
  mutation RemoveCaseFromMovement($caseId: ID!, $expectedVersion: Int!) {
    removeCaseFromMovement(caseId: $caseId, expectedVersion: $expectedVersion) {
      id
      status
      version
      allowedTransitions
    }
  }
`;

// The typed documents codegen made from these sources (`npm run codegen`). Written as
// /* GraphQL */ literals rather than graphql() calls: graphql()'s lookup table holds every
// document twice over and cannot be tree-shaken, which tripled the bundle.
export { AvrCaseFileDocument as avrCaseFileQuery, TransitionAvrCaseDocument as transitionAvrCaseMutation, RecordTravelDocumentDocument as recordTravelDocumentMutation, RecordChildSafeguardsDocument as recordChildSafeguardsMutation, RecordAvrSupportDocument as recordAvrSupportMutation, PlannedMovementsDocument as plannedMovementsQuery, AssignCaseToMovementDocument as assignCaseToMovementMutation, RemoveCaseFromMovementDocument as removeCaseFromMovementMutation } from '../__generated__/graphql.js';
