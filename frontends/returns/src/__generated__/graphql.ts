/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Where an activity's delivery stands. */
export type ActivityStatus =
  | 'CANCELLED'
  | 'DELIVERED'
  | 'IN_PROGRESS'
  | 'PLANNED';

/** Adds an activity to a plan. */
export type AddReintegrationActivityInput = {
  /** Required for CASH and BOTH; at most two decimals. */
  amount?: number | null | undefined;
  /** ISO 4217, with the amount. */
  currency?: string | null | undefined;
  description?: string | null | undefined;
  dimension: ReintegrationDimension;
  idempotencyKey?: string | null | undefined;
  modality: DeliveryModality;
  partner?: string | null | undefined;
  /** Must belong to the dimension. */
  type: ReintegrationActivityType;
};

/** Narrows a list of AVR cases. */
export type AvrCaseFilter = {
  /** Code of the referring centre. */
  centre?: string | number | null | undefined;
  /** Destination country, ISO 3166-1 alpha-3 (e.g. the cases a movement to that country can take). */
  destinationCountry?: string | null | undefined;
  direction?: ReturnDirection | null | undefined;
  status?: AvrStatus | null | undefined;
};

/** Where an AVR case stands in its lifecycle (see `AvrCase.allowedTransitions` for the next steps). */
export type AvrStatus =
  /** Received at destination (unaccompanied children: signed hand-over). */
  | 'ARRIVED'
  /** Stopped by the programme (possible until departure). */
  | 'CANCELLED'
  /** Finished: returned and, where planned, reintegration support completed. */
  | 'CLOSED'
  /** The returnee was counselled on return and its conditions. */
  | 'COUNSELLED'
  /** Left with its movement. */
  | 'DEPARTED'
  /** Eligibility for assisted return confirmed (for unaccompanied children: after a best-interests determination, a family assessment and both consents). */
  | 'ELIGIBILITY_CONFIRMED'
  /** Pre-departure medical check passed; nationality verified and travel document issued. */
  | 'FIT_TO_TRAVEL'
  /** Reintegration support under way. */
  | 'REINTEGRATION'
  /** Not eligible for assisted return. */
  | 'REJECTED'
  /** The return was asked for (by the migrant, through a centre or a mission). */
  | 'REQUESTED'
  /** Booked on a movement. */
  | 'TRAVEL_BOOKED'
  /** Nationality verification and travel document under way. */
  | 'TRAVEL_DOCUMENTS'
  /** The returnee changed their mind (possible until departure). */
  | 'WITHDRAWN';

/** What is recorded about an unaccompanied child's safeguards; fields left out keep their value. */
export type ChildSafeguardsInput = {
  bestInterestsDeterminationRef?: string | null | undefined;
  /** Not in the future. */
  childConsentAt?: string | null | undefined;
  escortName?: string | null | undefined;
  familyAssessment?: string | null | undefined;
  /** Not in the future. */
  guardianConsentAt?: string | null | undefined;
  /** Not in the future. */
  handOverSignedAt?: string | null | undefined;
  handOverSignedBy?: string | null | undefined;
};

/** Opens a reintegration plan for a case. */
export type CreateReintegrationPlanInput = {
  /** Defaults to 1; more than 1 only for HOUSEHOLD and COMMUNITY plans. */
  beneficiaries?: number | null | undefined;
  idempotencyKey?: string | null | undefined;
  scope: PlanScope;
  summary?: string | null | undefined;
};

/** How an activity is delivered. */
export type DeliveryModality =
  | 'BOTH'
  | 'CASH'
  | 'IN_KIND';

/** One indicator's answer. */
export type IndicatorAnswerInput = {
  indicator: SustainabilityIndicator;
  /** 1 (worst) to 5 (best). */
  value: number;
};

/** Narrows a list of movements. */
export type MovementFilter = {
  destinationCountry?: string | null | undefined;
  status?: MovementStatus | null | undefined;
};

/** How a movement travels. */
export type MovementMode =
  | 'AIR'
  | 'CHARTER'
  | 'ROAD_CONVOY';

/** Where a movement stands. */
export type MovementStatus =
  | 'ARRIVED'
  | 'CANCELLED'
  | 'DEPARTED'
  | 'PLANNED';

/**
 * Opens a return case, in either direction.
 * TO_COUNTRY_OF_ORIGIN (the default): `migrantId` of a migrant registered at a centre; the centre is the origin.
 * TO_SOMALIA: `hostCountry`, `referringMission` and `returnee` (the returnee's own identity); `destinationCountry` must be `SOM`.
 */
export type OpenAvrCaseInput = {
  destinationCommunity?: string | null | undefined;
  /** Destination country, ISO 3166-1 alpha-3. */
  destinationCountry: string;
  destinationRegion?: string | null | undefined;
  /** Which way the return goes. Defaults to TO_COUNTRY_OF_ORIGIN. */
  direction?: ReturnDirection | null | undefined;
  /** TO_SOMALIA: the country the returnee is stranded in, ISO 3166-1 alpha-3. */
  hostCountry?: string | null | undefined;
  /** A key the client makes once; sending it again returns the first case instead of a second. */
  idempotencyKey?: string | null | undefined;
  /** Whether the returnee is an unaccompanied child. Defaults to false. */
  isUnaccompaniedChild?: boolean | null | undefined;
  /** TO_COUNTRY_OF_ORIGIN: the migrant's ID (`bossaso:…`). Must be empty for TO_SOMALIA. */
  migrantId?: string | number | null | undefined;
  /** TO_SOMALIA: the referring IOM mission, e.g. `IOM Libya`. */
  referringMission?: string | null | undefined;
  /** TO_SOMALIA: the returnee's identity. */
  returnee?: ReturneeInput | null | undefined;
};

/** Plans a movement. */
export type PlanMovementInput = {
  /** Not before today minus a year (movements are planned ahead). */
  departureDate: string;
  /** Destination country, ISO 3166-1 alpha-3. */
  destinationCountry: string;
  escorts?: Array<string> | null | undefined;
  /** A key the client makes once; sending it again returns the first movement instead of a second. */
  idempotencyKey?: string | null | undefined;
  mode: MovementMode;
  route: string;
};

/** Whom a plan serves. */
export type PlanScope =
  /** A community project the returnee takes part in. */
  | 'COMMUNITY'
  /** The returnee's household. */
  | 'HOUSEHOLD'
  /** The returnee. */
  | 'INDIVIDUAL';

/** Records a piece of support. DOCUMENT needs documentType, documentNumber and issuedOn; TRANSPORT needs transportMode; POCKET_MONEY and TRAVEL_ALLOWANCE need amount and currency. */
export type RecordAvrSupportInput = {
  /** At most two decimals, not negative. */
  amount?: number | null | undefined;
  /** ISO 4217, e.g. USD. */
  currency?: string | null | undefined;
  description?: string | null | undefined;
  documentNumber?: string | null | undefined;
  documentType?: string | null | undefined;
  /** A key the client makes once; sending it again returns the first record instead of a second. */
  idempotencyKey?: string | null | undefined;
  issuedOn?: string | null | undefined;
  kind: SupportKind;
  /** Not in the future. */
  providedOn: string;
  transportMode?: string | null | undefined;
};

/** A survey round. */
export type RecordSurveyInput = {
  /** All 15 indicators, each once. */
  answers: Array<IndicatorAnswerInput>;
  /** Not in the future. */
  conductedOn: string;
  idempotencyKey?: string | null | undefined;
  /** 0 = BASELINE (after return), then 1, 2, … in order. */
  round: number;
};

/** Kinds of reintegration activity; each belongs to one dimension. */
export type ReintegrationActivityType =
  /** ECONOMIC */
  | 'BUSINESS_START_UP'
  /** PSYCHOSOCIAL */
  | 'COUNSELLING'
  /** SOCIAL */
  | 'DOCUMENTATION'
  /** SOCIAL */
  | 'EDUCATION'
  /** SOCIAL */
  | 'HEALTH'
  /** SOCIAL */
  | 'HOUSING'
  /** ECONOMIC */
  | 'JOB_PLACEMENT'
  /** PSYCHOSOCIAL: mental health and psychosocial support. */
  | 'MHPSS'
  /** ECONOMIC */
  | 'VOCATIONAL_TRAINING';

/** The three dimensions of sustainable reintegration. */
export type ReintegrationDimension =
  | 'ECONOMIC'
  | 'PSYCHOSOCIAL'
  | 'SOCIAL';

/** Which way a return goes. */
export type ReturnDirection =
  /** A migrant stranded in Somalia returning to their country of origin. */
  | 'TO_COUNTRY_OF_ORIGIN'
  /** A Somali stranded abroad returning to Somalia. */
  | 'TO_SOMALIA';

/** The minimal identity of a TO_SOMALIA returnee. */
export type ReturneeInput = {
  /** Not in the future. */
  dateOfBirth?: string | null | undefined;
  fullName: string;
  sex?: ReturneeSex | null | undefined;
};

/** Sex of a returnee, as recorded in the case file. */
export type ReturneeSex =
  | 'FEMALE'
  | 'MALE';

/** Sex as recorded at registration. */
export type Sex =
  | 'FEMALE'
  | 'MALE';

/** Kinds of return support. */
export type SupportKind =
  /** A document obtained for the returnee (birth certificate, travel document, exit permit…). */
  | 'DOCUMENT'
  | 'OTHER'
  /** Pocket money handed to the returnee. */
  | 'POCKET_MONEY'
  /** Transport arranged (e.g. onward travel from the arrival point to the community). */
  | 'TRANSPORT'
  /** Travel allowance for the journey. */
  | 'TRAVEL_ALLOWANCE';

/** The 15 indicators of the survey, five per dimension. Each is answered 1–5 (1 = worst, 5 = best). */
export type SustainabilityIndicator =
  /** ECONOMIC: ability to borrow money when needed. */
  | 'BORROWING_ABILITY'
  /** PSYCHOSOCIAL: taking part in community activities. */
  | 'COMMUNITY_PARTICIPATION'
  /** ECONOMIC: how manageable debts are (5 = no debt). */
  | 'DEBT_BURDEN'
  /** SOCIAL: access to identity and civil documents. */
  | 'DOCUMENTATION'
  /** ECONOMIC: satisfaction with one's economic situation. */
  | 'ECONOMIC_SATISFACTION'
  /** SOCIAL: access to education for the returnee's children or themself. */
  | 'EDUCATION_ACCESS'
  /** ECONOMIC: access to work or another income source. */
  | 'EMPLOYMENT'
  /** ECONOMIC: how often the household has enough to eat. */
  | 'FOOD_SECURITY'
  /** SOCIAL: access to health care. */
  | 'HEALTH_ACCESS'
  /** SOCIAL: access to adequate housing. */
  | 'HOUSING'
  /** PSYCHOSOCIAL: feeling able to stay (5 = no pressure to migrate again). */
  | 'NO_PRESSURE_TO_REMIGRATE'
  /** PSYCHOSOCIAL: psychological well-being (no signs of distress). */
  | 'PSYCHOLOGICAL_WELLBEING'
  /** SOCIAL: access to safe drinking water. */
  | 'SAFE_WATER'
  /** PSYCHOSOCIAL: feeling of belonging, no discrimination. */
  | 'SENSE_OF_BELONGING'
  /** PSYCHOSOCIAL: people to turn to for support. */
  | 'SUPPORT_NETWORK';

/** The outcome of nationality verification and the travel document issued. */
export type TravelDocumentInput = {
  /** Not in the future. */
  issuedOn: string;
  /** When nationality was verified (not in the future). */
  nationalityVerifiedOn: string;
  number: string;
  type: TravelDocumentType;
};

/** Kinds of travel document. */
export type TravelDocumentType =
  | 'EMERGENCY_TRAVEL_DOCUMENT'
  | 'LAISSEZ_PASSER'
  | 'NATIONAL_ID'
  | 'PASSPORT';

export type AvrCaseCardFragment = { id: string, caseNumber: string, direction: ReturnDirection, status: AvrStatus, destinationCountry: string, isUnaccompaniedChild: boolean, openedAt: string, hostCountry: string | null, referringMission: string | null, centre:
    | { code: string, name: string }
    | { code: string, name: string }
    | { code: string, name: string }
   | null, returnee?: { fullName: string } | null, migrant?:
    | { id: string, fullName: string, registrationNumber: string }
    | { id: string, fullName: string, registrationNumber: string }
    | { id: string, fullName: string, registrationNumber: string }
   | null };

export type AvrBoardColumnFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, caseNumber: string, direction: ReturnDirection, status: AvrStatus, destinationCountry: string, isUnaccompaniedChild: boolean, openedAt: string, hostCountry: string | null, referringMission: string | null, centre:
        | { code: string, name: string }
        | { code: string, name: string }
        | { code: string, name: string }
       | null, returnee?: { fullName: string } | null, migrant?:
        | { id: string, fullName: string, registrationNumber: string }
        | { id: string, fullName: string, registrationNumber: string }
        | { id: string, fullName: string, registrationNumber: string }
       | null } }> };

export type AvrBoardQueryVariables = Exact<{
  direction?: ReturnDirection | null | undefined;
  centre?: string | number | null | undefined;
  withNames: boolean;
}>;


export type AvrBoardQuery = { centres: Array<
    | { code: string, name: string }
    | { code: string, name: string }
    | { code: string, name: string }
  >, requested: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, caseNumber: string, direction: ReturnDirection, status: AvrStatus, destinationCountry: string, isUnaccompaniedChild: boolean, openedAt: string, hostCountry: string | null, referringMission: string | null, centre:
          | { code: string, name: string }
          | { code: string, name: string }
          | { code: string, name: string }
         | null, returnee?: { fullName: string } | null, migrant?:
          | { id: string, fullName: string, registrationNumber: string }
          | { id: string, fullName: string, registrationNumber: string }
          | { id: string, fullName: string, registrationNumber: string }
         | null } }> }, counselled: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, caseNumber: string, direction: ReturnDirection, status: AvrStatus, destinationCountry: string, isUnaccompaniedChild: boolean, openedAt: string, hostCountry: string | null, referringMission: string | null, centre:
          | { code: string, name: string }
          | { code: string, name: string }
          | { code: string, name: string }
         | null, returnee?: { fullName: string } | null, migrant?:
          | { id: string, fullName: string, registrationNumber: string }
          | { id: string, fullName: string, registrationNumber: string }
          | { id: string, fullName: string, registrationNumber: string }
         | null } }> }, eligibilityConfirmed: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, caseNumber: string, direction: ReturnDirection, status: AvrStatus, destinationCountry: string, isUnaccompaniedChild: boolean, openedAt: string, hostCountry: string | null, referringMission: string | null, centre:
          | { code: string, name: string }
          | { code: string, name: string }
          | { code: string, name: string }
         | null, returnee?: { fullName: string } | null, migrant?:
          | { id: string, fullName: string, registrationNumber: string }
          | { id: string, fullName: string, registrationNumber: string }
          | { id: string, fullName: string, registrationNumber: string }
         | null } }> }, travelDocuments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, caseNumber: string, direction: ReturnDirection, status: AvrStatus, destinationCountry: string, isUnaccompaniedChild: boolean, openedAt: string, hostCountry: string | null, referringMission: string | null, centre:
          | { code: string, name: string }
          | { code: string, name: string }
          | { code: string, name: string }
         | null, returnee?: { fullName: string } | null, migrant?:
          | { id: string, fullName: string, registrationNumber: string }
          | { id: string, fullName: string, registrationNumber: string }
          | { id: string, fullName: string, registrationNumber: string }
         | null } }> }, fitToTravel: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, caseNumber: string, direction: ReturnDirection, status: AvrStatus, destinationCountry: string, isUnaccompaniedChild: boolean, openedAt: string, hostCountry: string | null, referringMission: string | null, centre:
          | { code: string, name: string }
          | { code: string, name: string }
          | { code: string, name: string }
         | null, returnee?: { fullName: string } | null, migrant?:
          | { id: string, fullName: string, registrationNumber: string }
          | { id: string, fullName: string, registrationNumber: string }
          | { id: string, fullName: string, registrationNumber: string }
         | null } }> }, travelBooked: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, caseNumber: string, direction: ReturnDirection, status: AvrStatus, destinationCountry: string, isUnaccompaniedChild: boolean, openedAt: string, hostCountry: string | null, referringMission: string | null, centre:
          | { code: string, name: string }
          | { code: string, name: string }
          | { code: string, name: string }
         | null, returnee?: { fullName: string } | null, migrant?:
          | { id: string, fullName: string, registrationNumber: string }
          | { id: string, fullName: string, registrationNumber: string }
          | { id: string, fullName: string, registrationNumber: string }
         | null } }> }, departed: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, caseNumber: string, direction: ReturnDirection, status: AvrStatus, destinationCountry: string, isUnaccompaniedChild: boolean, openedAt: string, hostCountry: string | null, referringMission: string | null, centre:
          | { code: string, name: string }
          | { code: string, name: string }
          | { code: string, name: string }
         | null, returnee?: { fullName: string } | null, migrant?:
          | { id: string, fullName: string, registrationNumber: string }
          | { id: string, fullName: string, registrationNumber: string }
          | { id: string, fullName: string, registrationNumber: string }
         | null } }> }, arrived: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, caseNumber: string, direction: ReturnDirection, status: AvrStatus, destinationCountry: string, isUnaccompaniedChild: boolean, openedAt: string, hostCountry: string | null, referringMission: string | null, centre:
          | { code: string, name: string }
          | { code: string, name: string }
          | { code: string, name: string }
         | null, returnee?: { fullName: string } | null, migrant?:
          | { id: string, fullName: string, registrationNumber: string }
          | { id: string, fullName: string, registrationNumber: string }
          | { id: string, fullName: string, registrationNumber: string }
         | null } }> }, reintegration: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, caseNumber: string, direction: ReturnDirection, status: AvrStatus, destinationCountry: string, isUnaccompaniedChild: boolean, openedAt: string, hostCountry: string | null, referringMission: string | null, centre:
          | { code: string, name: string }
          | { code: string, name: string }
          | { code: string, name: string }
         | null, returnee?: { fullName: string } | null, migrant?:
          | { id: string, fullName: string, registrationNumber: string }
          | { id: string, fullName: string, registrationNumber: string }
          | { id: string, fullName: string, registrationNumber: string }
         | null } }> }, closed: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, caseNumber: string, direction: ReturnDirection, status: AvrStatus, destinationCountry: string, isUnaccompaniedChild: boolean, openedAt: string, hostCountry: string | null, referringMission: string | null, centre:
          | { code: string, name: string }
          | { code: string, name: string }
          | { code: string, name: string }
         | null, returnee?: { fullName: string } | null, migrant?:
          | { id: string, fullName: string, registrationNumber: string }
          | { id: string, fullName: string, registrationNumber: string }
          | { id: string, fullName: string, registrationNumber: string }
         | null } }> }, withdrawn: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, caseNumber: string, direction: ReturnDirection, status: AvrStatus, destinationCountry: string, isUnaccompaniedChild: boolean, openedAt: string, hostCountry: string | null, referringMission: string | null, centre:
          | { code: string, name: string }
          | { code: string, name: string }
          | { code: string, name: string }
         | null, returnee?: { fullName: string } | null, migrant?:
          | { id: string, fullName: string, registrationNumber: string }
          | { id: string, fullName: string, registrationNumber: string }
          | { id: string, fullName: string, registrationNumber: string }
         | null } }> }, rejected: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, caseNumber: string, direction: ReturnDirection, status: AvrStatus, destinationCountry: string, isUnaccompaniedChild: boolean, openedAt: string, hostCountry: string | null, referringMission: string | null, centre:
          | { code: string, name: string }
          | { code: string, name: string }
          | { code: string, name: string }
         | null, returnee?: { fullName: string } | null, migrant?:
          | { id: string, fullName: string, registrationNumber: string }
          | { id: string, fullName: string, registrationNumber: string }
          | { id: string, fullName: string, registrationNumber: string }
         | null } }> }, cancelled: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, caseNumber: string, direction: ReturnDirection, status: AvrStatus, destinationCountry: string, isUnaccompaniedChild: boolean, openedAt: string, hostCountry: string | null, referringMission: string | null, centre:
          | { code: string, name: string }
          | { code: string, name: string }
          | { code: string, name: string }
         | null, returnee?: { fullName: string } | null, migrant?:
          | { id: string, fullName: string, registrationNumber: string }
          | { id: string, fullName: string, registrationNumber: string }
          | { id: string, fullName: string, registrationNumber: string }
         | null } }> } };

export type AvrBoardColumnPageQueryVariables = Exact<{
  filter: AvrCaseFilter;
  after?: string | null | undefined;
  withNames: boolean;
}>;


export type AvrBoardColumnPageQuery = { avrCases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, caseNumber: string, direction: ReturnDirection, status: AvrStatus, destinationCountry: string, isUnaccompaniedChild: boolean, openedAt: string, hostCountry: string | null, referringMission: string | null, centre:
          | { code: string, name: string }
          | { code: string, name: string }
          | { code: string, name: string }
         | null, returnee?: { fullName: string } | null, migrant?:
          | { id: string, fullName: string, registrationNumber: string }
          | { id: string, fullName: string, registrationNumber: string }
          | { id: string, fullName: string, registrationNumber: string }
         | null } }> } };

export type AvrCaseFileQueryVariables = Exact<{
  id: string | number;
  withNames: boolean;
  withSafeguards: boolean;
}>;


export type AvrCaseFileQuery = { avrCase: { version: number, destinationRegion: string | null, destinationCommunity: string | null, allowedTransitions: Array<AvrStatus>, nationalityVerifiedOn: string | null, id: string, caseNumber: string, direction: ReturnDirection, status: AvrStatus, destinationCountry: string, isUnaccompaniedChild: boolean, openedAt: string, hostCountry: string | null, referringMission: string | null, returnee?: { fullName: string, sex: ReturneeSex | null, dateOfBirth: string | null } | null, migrant?:
      | { id: string, sex: Sex, age: number | null, nationality: string, fullName: string, registrationNumber: string }
      | { id: string, sex: Sex, age: number | null, nationality: string, fullName: string, registrationNumber: string }
      | { id: string, sex: Sex, age: number | null, nationality: string, fullName: string, registrationNumber: string }
     | null, transitions: Array<{ from: AvrStatus | null, to: AvrStatus, note?: string | null, actorName: string, at: string }>, childSafeguards?: { bestInterestsDeterminationRef: string | null, familyAssessment: string | null, childConsentAt: string | null, guardianConsentAt: string | null, escortName: string | null, handOverSignedBy: string | null, handOverSignedAt: string | null } | null, travelDocument: { type: TravelDocumentType, number?: string | null, issuedOn: string } | null, support: Array<{ id: string, kind: SupportKind, description?: string | null, documentType: string | null, documentNumber?: string | null, issuedOn: string | null, transportMode?: string | null, providedOn: string, money: { amount: string, currency: string } | null }>, movement: { id: string, reference: string, status: MovementStatus, departureDate: string, route: string } | null, centre:
      | { code: string, name: string }
      | { code: string, name: string }
      | { code: string, name: string }
     | null } | null };

export type TransitionAvrCaseMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  to: AvrStatus;
  note?: string | null | undefined;
}>;


export type TransitionAvrCaseMutation = { transitionAvrCase: { id: string, status: AvrStatus, version: number, allowedTransitions: Array<AvrStatus> } };

export type RecordTravelDocumentMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  input: TravelDocumentInput;
}>;


export type RecordTravelDocumentMutation = { recordTravelDocument: { id: string, version: number, nationalityVerifiedOn: string | null } };

export type RecordChildSafeguardsMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  input: ChildSafeguardsInput;
}>;


export type RecordChildSafeguardsMutation = { recordChildSafeguards: { id: string, version: number } };

export type RecordAvrSupportMutationVariables = Exact<{
  caseId: string | number;
  input: RecordAvrSupportInput;
}>;


export type RecordAvrSupportMutation = { recordAvrSupport: { id: string, kind: SupportKind } };

export type PlannedMovementsQueryVariables = Exact<{
  destinationCountry: string;
}>;


export type PlannedMovementsQuery = { movements: { edges: Array<{ node: { id: string, reference: string, departureDate: string, route: string } }> } };

export type AssignCaseToMovementMutationVariables = Exact<{
  movementId: string | number;
  caseId: string | number;
  expectedVersion: number;
}>;


export type AssignCaseToMovementMutation = { assignCaseToMovement: { id: string, status: AvrStatus, version: number, allowedTransitions: Array<AvrStatus> } };

export type RemoveCaseFromMovementMutationVariables = Exact<{
  caseId: string | number;
  expectedVersion: number;
}>;


export type RemoveCaseFromMovementMutation = { removeCaseFromMovement: { id: string, status: AvrStatus, version: number, allowedTransitions: Array<AvrStatus> } };

export type MovementsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: MovementFilter | null | undefined;
}>;


export type MovementsQuery = { movements: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, reference: string, mode: MovementMode, status: MovementStatus, departureDate: string, route: string, destinationCountry: string } }> } };

export type MovementQueryVariables = Exact<{
  id: string | number;
  withNames: boolean;
}>;


export type MovementQuery = { movement: { id: string, reference: string, mode: MovementMode, status: MovementStatus, departureDate: string, route: string, destinationCountry: string, escorts: Array<string>, departedAt: string | null, arrivedAt: string | null, version: number, cases: Array<{ version: number, id: string, caseNumber: string, direction: ReturnDirection, status: AvrStatus, destinationCountry: string, isUnaccompaniedChild: boolean, openedAt: string, hostCountry: string | null, referringMission: string | null, centre:
        | { code: string, name: string }
        | { code: string, name: string }
        | { code: string, name: string }
       | null, returnee?: { fullName: string } | null, migrant?:
        | { id: string, fullName: string, registrationNumber: string }
        | { id: string, fullName: string, registrationNumber: string }
        | { id: string, fullName: string, registrationNumber: string }
       | null }> } | null };

export type FitToTravelCasesQueryVariables = Exact<{
  destinationCountry: string;
  after?: string | null | undefined;
  withNames: boolean;
}>;


export type FitToTravelCasesQuery = { avrCases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { version: number, id: string, caseNumber: string, direction: ReturnDirection, status: AvrStatus, destinationCountry: string, isUnaccompaniedChild: boolean, openedAt: string, hostCountry: string | null, referringMission: string | null, centre:
          | { code: string, name: string }
          | { code: string, name: string }
          | { code: string, name: string }
         | null, returnee?: { fullName: string } | null, migrant?:
          | { id: string, fullName: string, registrationNumber: string }
          | { id: string, fullName: string, registrationNumber: string }
          | { id: string, fullName: string, registrationNumber: string }
         | null } }> } };

export type PlanMovementMutationVariables = Exact<{
  input: PlanMovementInput;
}>;


export type PlanMovementMutation = { planMovement: { id: string, reference: string } };

export type DepartMovementMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;


export type DepartMovementMutation = { departMovement: { id: string, status: MovementStatus, version: number, departedAt: string | null } };

export type ArriveMovementMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;


export type ArriveMovementMutation = { arriveMovement: { id: string, status: MovementStatus, version: number, arrivedAt: string | null } };

export type CancelMovementMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  reason: string;
}>;


export type CancelMovementMutation = { cancelMovement: { id: string, status: MovementStatus, version: number } };

export type FindCentreMigrantsQueryVariables = Exact<{
  centre: string | number;
  query: string;
  after?: string | null | undefined;
}>;


export type FindCentreMigrantsQuery = { centre:
    | { code: string, searchMigrants: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
            | { id: string, registrationNumber: string, fullName: string, nationality: string, avrCase: { id: string, caseNumber: string, status: AvrStatus } | null }
            | { id: string, registrationNumber: string, fullName: string, nationality: string, avrCase: { id: string, caseNumber: string, status: AvrStatus } | null }
            | { id: string, registrationNumber: string, fullName: string, nationality: string, avrCase: { id: string, caseNumber: string, status: AvrStatus } | null }
           }> } | null }
    | { code: string, searchMigrants: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
            | { id: string, registrationNumber: string, fullName: string, nationality: string, avrCase: { id: string, caseNumber: string, status: AvrStatus } | null }
            | { id: string, registrationNumber: string, fullName: string, nationality: string, avrCase: { id: string, caseNumber: string, status: AvrStatus } | null }
            | { id: string, registrationNumber: string, fullName: string, nationality: string, avrCase: { id: string, caseNumber: string, status: AvrStatus } | null }
           }> } | null }
    | { code: string, searchMigrants: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
            | { id: string, registrationNumber: string, fullName: string, nationality: string, avrCase: { id: string, caseNumber: string, status: AvrStatus } | null }
            | { id: string, registrationNumber: string, fullName: string, nationality: string, avrCase: { id: string, caseNumber: string, status: AvrStatus } | null }
            | { id: string, registrationNumber: string, fullName: string, nationality: string, avrCase: { id: string, caseNumber: string, status: AvrStatus } | null }
           }> } | null }
   | null };

export type OpenAvrCaseMutationVariables = Exact<{
  input: OpenAvrCaseInput;
}>;


export type OpenAvrCaseMutation = { openAvrCase: { id: string, caseNumber: string } };

export type ReturnCentresQueryVariables = Exact<{ [key: string]: never; }>;


export type ReturnCentresQuery = { centres: Array<
    | { code: string, name: string }
    | { code: string, name: string }
    | { code: string, name: string }
  > };

export type ReintegrationPlanQueryVariables = Exact<{
  caseId: string | number;
  withNames: boolean;
}>;


export type ReintegrationPlanQuery = { avrCase: { id: string, status: AvrStatus, reintegrationPlan: { id: string, scope: PlanScope, summary?: string | null, beneficiaries: number, completion: number | null, createdAt: string, version: number, activities: Array<{ id: string, dimension: ReintegrationDimension, type: ReintegrationActivityType, modality: DeliveryModality, description?: string | null, partner: string | null, status: ActivityStatus, deliveredOn: string | null, version: number, money: { amount: string, currency: string } | null }> } | null } | null };

export type CreateReintegrationPlanMutationVariables = Exact<{
  caseId: string | number;
  input: CreateReintegrationPlanInput;
}>;


export type CreateReintegrationPlanMutation = { createReintegrationPlan: { id: string } };

export type AddReintegrationActivityMutationVariables = Exact<{
  planId: string | number;
  input: AddReintegrationActivityInput;
}>;


export type AddReintegrationActivityMutation = { addReintegrationActivity: { id: string, status: ActivityStatus } };

export type UpdateReintegrationActivityStatusMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  status: ActivityStatus;
  deliveredOn?: string | null | undefined;
}>;


export type UpdateReintegrationActivityStatusMutation = { updateReintegrationActivityStatus: { id: string, status: ActivityStatus, deliveredOn: string | null, version: number } };

export type SustainabilitySurveysQueryVariables = Exact<{
  caseId: string | number;
}>;


export type SustainabilitySurveysQuery = { avrCase: { id: string, status: AvrStatus, sustainabilitySurveys: Array<{ id: string, round: number, roundLabel: string, conductedOn: string, economicScore: number, socialScore: number, psychosocialScore: number, compositeScore: number, level: string, compositeChange: number | null }> } | null };

export type RecordSustainabilitySurveyMutationVariables = Exact<{
  caseId: string | number;
  input: RecordSurveyInput;
}>;


export type RecordSustainabilitySurveyMutation = { recordSustainabilitySurvey: { id: string, round: number, compositeScore: number } };

export const AvrCaseCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AvrCaseCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AvrCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"destinationCountry"}},{"kind":"Field","name":{"kind":"Name","value":"isUnaccompaniedChild"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hostCountry"}},{"kind":"Field","name":{"kind":"Name","value":"referringMission"}},{"kind":"Field","name":{"kind":"Name","value":"centre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnee"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withNames"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"migrant"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withNames"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}}]}}]}}]} as unknown as DocumentNode<AvrCaseCardFragment, unknown>;
export const AvrBoardColumnFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AvrBoardColumn"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AvrCaseConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AvrCaseCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AvrCaseCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AvrCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"destinationCountry"}},{"kind":"Field","name":{"kind":"Name","value":"isUnaccompaniedChild"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hostCountry"}},{"kind":"Field","name":{"kind":"Name","value":"referringMission"}},{"kind":"Field","name":{"kind":"Name","value":"centre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnee"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withNames"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"migrant"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withNames"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}}]}}]}}]} as unknown as DocumentNode<AvrBoardColumnFragment, unknown>;
export const AvrBoardDocument = {"__meta__":{"hash":"sha256:9bd5dd030cefdbd968370444ffc89966c3e8075d4d7214d8b90dadbea0e5f2b9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AvrBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnDirection"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"centre"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withNames"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centres"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"requested"},"name":{"kind":"Name","value":"avrCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"REQUESTED"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"centre"},"value":{"kind":"Variable","name":{"kind":"Name","value":"centre"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AvrBoardColumn"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"counselled"},"name":{"kind":"Name","value":"avrCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"COUNSELLED"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"centre"},"value":{"kind":"Variable","name":{"kind":"Name","value":"centre"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AvrBoardColumn"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"eligibilityConfirmed"},"name":{"kind":"Name","value":"avrCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ELIGIBILITY_CONFIRMED"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"centre"},"value":{"kind":"Variable","name":{"kind":"Name","value":"centre"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AvrBoardColumn"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"travelDocuments"},"name":{"kind":"Name","value":"avrCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"TRAVEL_DOCUMENTS"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"centre"},"value":{"kind":"Variable","name":{"kind":"Name","value":"centre"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AvrBoardColumn"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"fitToTravel"},"name":{"kind":"Name","value":"avrCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"FIT_TO_TRAVEL"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"centre"},"value":{"kind":"Variable","name":{"kind":"Name","value":"centre"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AvrBoardColumn"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"travelBooked"},"name":{"kind":"Name","value":"avrCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"TRAVEL_BOOKED"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"centre"},"value":{"kind":"Variable","name":{"kind":"Name","value":"centre"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AvrBoardColumn"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"departed"},"name":{"kind":"Name","value":"avrCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"DEPARTED"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"centre"},"value":{"kind":"Variable","name":{"kind":"Name","value":"centre"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AvrBoardColumn"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"arrived"},"name":{"kind":"Name","value":"avrCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ARRIVED"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"centre"},"value":{"kind":"Variable","name":{"kind":"Name","value":"centre"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AvrBoardColumn"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"reintegration"},"name":{"kind":"Name","value":"avrCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"REINTEGRATION"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"centre"},"value":{"kind":"Variable","name":{"kind":"Name","value":"centre"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AvrBoardColumn"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"closed"},"name":{"kind":"Name","value":"avrCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"CLOSED"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"centre"},"value":{"kind":"Variable","name":{"kind":"Name","value":"centre"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AvrBoardColumn"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"withdrawn"},"name":{"kind":"Name","value":"avrCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"WITHDRAWN"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"centre"},"value":{"kind":"Variable","name":{"kind":"Name","value":"centre"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AvrBoardColumn"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"rejected"},"name":{"kind":"Name","value":"avrCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"REJECTED"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"centre"},"value":{"kind":"Variable","name":{"kind":"Name","value":"centre"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AvrBoardColumn"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"cancelled"},"name":{"kind":"Name","value":"avrCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"CANCELLED"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"centre"},"value":{"kind":"Variable","name":{"kind":"Name","value":"centre"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AvrBoardColumn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AvrCaseCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AvrCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"destinationCountry"}},{"kind":"Field","name":{"kind":"Name","value":"isUnaccompaniedChild"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hostCountry"}},{"kind":"Field","name":{"kind":"Name","value":"referringMission"}},{"kind":"Field","name":{"kind":"Name","value":"centre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnee"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withNames"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"migrant"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withNames"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AvrBoardColumn"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AvrCaseConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AvrCaseCard"}}]}}]}}]}}]} as unknown as DocumentNode<AvrBoardQuery, AvrBoardQueryVariables>;
export const AvrBoardColumnPageDocument = {"__meta__":{"hash":"sha256:ce186ac76ee1f416cb8fb2007a64e0b05bad66e17d576506a4b6358f903e984a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AvrBoardColumnPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AvrCaseFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withNames"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"avrCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AvrBoardColumn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AvrCaseCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AvrCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"destinationCountry"}},{"kind":"Field","name":{"kind":"Name","value":"isUnaccompaniedChild"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hostCountry"}},{"kind":"Field","name":{"kind":"Name","value":"referringMission"}},{"kind":"Field","name":{"kind":"Name","value":"centre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnee"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withNames"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"migrant"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withNames"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AvrBoardColumn"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AvrCaseConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AvrCaseCard"}}]}}]}}]}}]} as unknown as DocumentNode<AvrBoardColumnPageQuery, AvrBoardColumnPageQueryVariables>;
export const AvrCaseFileDocument = {"__meta__":{"hash":"sha256:8ccd53117ec9dda911ee57649b7bcf06e11f282bb2e9b02bc9f23ca32f639ba3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AvrCaseFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withNames"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withSafeguards"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"avrCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AvrCaseCard"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"destinationRegion"}},{"kind":"Field","name":{"kind":"Name","value":"destinationCommunity"}},{"kind":"Field","name":{"kind":"Name","value":"returnee"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withNames"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"migrant"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withNames"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"note"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withNames"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"childSafeguards"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withSafeguards"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bestInterestsDeterminationRef"}},{"kind":"Field","name":{"kind":"Name","value":"familyAssessment"}},{"kind":"Field","name":{"kind":"Name","value":"childConsentAt"}},{"kind":"Field","name":{"kind":"Name","value":"guardianConsentAt"}},{"kind":"Field","name":{"kind":"Name","value":"escortName"}},{"kind":"Field","name":{"kind":"Name","value":"handOverSignedBy"}},{"kind":"Field","name":{"kind":"Name","value":"handOverSignedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nationalityVerifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"travelDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"number"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withNames"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"support"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withNames"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withNames"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"transportMode"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withNames"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"money"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"movement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"departureDate"}},{"kind":"Field","name":{"kind":"Name","value":"route"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AvrCaseCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AvrCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"destinationCountry"}},{"kind":"Field","name":{"kind":"Name","value":"isUnaccompaniedChild"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hostCountry"}},{"kind":"Field","name":{"kind":"Name","value":"referringMission"}},{"kind":"Field","name":{"kind":"Name","value":"centre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnee"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withNames"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"migrant"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withNames"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}}]}}]}}]} as unknown as DocumentNode<AvrCaseFileQuery, AvrCaseFileQueryVariables>;
export const TransitionAvrCaseDocument = {"__meta__":{"hash":"sha256:0a38907828acc94b95b9c1fb5e6e4627d6dacbc89bc43b1fcd7ff73792a727a4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionAvrCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AvrStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionAvrCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}}]}}]}}]} as unknown as DocumentNode<TransitionAvrCaseMutation, TransitionAvrCaseMutationVariables>;
export const RecordTravelDocumentDocument = {"__meta__":{"hash":"sha256:a0e5c34daf91419b21339b44d07e7541c60e0b125e2ce3a553e901c859e859bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTravelDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TravelDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTravelDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nationalityVerifiedOn"}}]}}]}}]} as unknown as DocumentNode<RecordTravelDocumentMutation, RecordTravelDocumentMutationVariables>;
export const RecordChildSafeguardsDocument = {"__meta__":{"hash":"sha256:f1cfa19dbff2248f13a3453a5f3721ae86044a5f31a664375c934c889475ed49"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordChildSafeguards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChildSafeguardsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordChildSafeguards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RecordChildSafeguardsMutation, RecordChildSafeguardsMutationVariables>;
export const RecordAvrSupportDocument = {"__meta__":{"hash":"sha256:b4879d593612238ee5cd4f950919bbdf28a68dfec47424287e7eaefb58066e02"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAvrSupport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAvrSupportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAvrSupport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<RecordAvrSupportMutation, RecordAvrSupportMutationVariables>;
export const PlannedMovementsDocument = {"__meta__":{"hash":"sha256:e074536f2ddfde189288af369cd5a9b1741df1742bfd25674185efdb6b26852d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlannedMovements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"destinationCountry"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"movements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PLANNED"}},{"kind":"ObjectField","name":{"kind":"Name","value":"destinationCountry"},"value":{"kind":"Variable","name":{"kind":"Name","value":"destinationCountry"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"departureDate"}},{"kind":"Field","name":{"kind":"Name","value":"route"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlannedMovementsQuery, PlannedMovementsQueryVariables>;
export const AssignCaseToMovementDocument = {"__meta__":{"hash":"sha256:011f92da241dc0f88e8b46000b0b64a2eee74a30239aaf8ff213c206a47e03ce"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignCaseToMovement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"movementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignCaseToMovement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"movementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"movementId"}}},{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}}]}}]}}]} as unknown as DocumentNode<AssignCaseToMovementMutation, AssignCaseToMovementMutationVariables>;
export const RemoveCaseFromMovementDocument = {"__meta__":{"hash":"sha256:34937b9fc560b52e0654633168749f32c2c1313af8cc5e8b5258071179aee13c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCaseFromMovement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCaseFromMovement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}}]}}]}}]} as unknown as DocumentNode<RemoveCaseFromMovementMutation, RemoveCaseFromMovementMutationVariables>;
export const MovementsDocument = {"__meta__":{"hash":"sha256:3d477504d2917125d721ac76b3300c65c9b0fc895892991030b02daaba982896"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Movements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MovementFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"movements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"departureDate"}},{"kind":"Field","name":{"kind":"Name","value":"route"}},{"kind":"Field","name":{"kind":"Name","value":"destinationCountry"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MovementsQuery, MovementsQueryVariables>;
export const MovementDocument = {"__meta__":{"hash":"sha256:4f79edf7d2c5e577bcca88f0d2d4866af773358610030a574dc8f84e39f987f2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Movement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withNames"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"movement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"departureDate"}},{"kind":"Field","name":{"kind":"Name","value":"route"}},{"kind":"Field","name":{"kind":"Name","value":"destinationCountry"}},{"kind":"Field","name":{"kind":"Name","value":"escorts"}},{"kind":"Field","name":{"kind":"Name","value":"departedAt"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AvrCaseCard"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AvrCaseCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AvrCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"destinationCountry"}},{"kind":"Field","name":{"kind":"Name","value":"isUnaccompaniedChild"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hostCountry"}},{"kind":"Field","name":{"kind":"Name","value":"referringMission"}},{"kind":"Field","name":{"kind":"Name","value":"centre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnee"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withNames"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"migrant"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withNames"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}}]}}]}}]} as unknown as DocumentNode<MovementQuery, MovementQueryVariables>;
export const FitToTravelCasesDocument = {"__meta__":{"hash":"sha256:bc1c0bc84a605e5812734fe43a70c245e5c1b5ec9feb8ce021c1ec2f8214d2f0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FitToTravelCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"destinationCountry"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withNames"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"avrCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"FIT_TO_TRAVEL"}},{"kind":"ObjectField","name":{"kind":"Name","value":"destinationCountry"},"value":{"kind":"Variable","name":{"kind":"Name","value":"destinationCountry"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AvrCaseCard"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AvrCaseCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AvrCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"destinationCountry"}},{"kind":"Field","name":{"kind":"Name","value":"isUnaccompaniedChild"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hostCountry"}},{"kind":"Field","name":{"kind":"Name","value":"referringMission"}},{"kind":"Field","name":{"kind":"Name","value":"centre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnee"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withNames"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"migrant"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withNames"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}}]}}]}}]} as unknown as DocumentNode<FitToTravelCasesQuery, FitToTravelCasesQueryVariables>;
export const PlanMovementDocument = {"__meta__":{"hash":"sha256:bc0c3092a46e1a6a573dbe5a975bb968c94a4cdb6364da1fc5eee5b3b53d91fa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanMovement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanMovementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planMovement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<PlanMovementMutation, PlanMovementMutationVariables>;
export const DepartMovementDocument = {"__meta__":{"hash":"sha256:b64ac758cbf0e8a56c326cf01e6311b9d947e45eb73ed70aaf72605a96e5b308"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DepartMovement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departMovement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"departedAt"}}]}}]}}]} as unknown as DocumentNode<DepartMovementMutation, DepartMovementMutationVariables>;
export const ArriveMovementDocument = {"__meta__":{"hash":"sha256:290efdd3a6652a0170e842c82618d0e2ec53a08fd2ea9c1831cf0229a948d8fe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArriveMovement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arriveMovement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}}]}}]}}]} as unknown as DocumentNode<ArriveMovementMutation, ArriveMovementMutationVariables>;
export const CancelMovementDocument = {"__meta__":{"hash":"sha256:5b66630a5daba5efe7c1a1258f99edfe08654875331cc8a31f212ad82ed303c7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelMovement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelMovement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CancelMovementMutation, CancelMovementMutationVariables>;
export const FindCentreMigrantsDocument = {"__meta__":{"hash":"sha256:ede4d6b7d0f287285b3f9588938509763b7a19115af808b5e97a8cb0726152f3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindCentreMigrants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"centre"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centre"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"centre"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"searchMigrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"avrCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FindCentreMigrantsQuery, FindCentreMigrantsQueryVariables>;
export const OpenAvrCaseDocument = {"__meta__":{"hash":"sha256:2b5663314bda6dbe868e6a2293afe3df41182869c91b523ab0c9dacb64524437"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenAvrCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenAvrCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openAvrCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}}]}}]}}]} as unknown as DocumentNode<OpenAvrCaseMutation, OpenAvrCaseMutationVariables>;
export const ReturnCentresDocument = {"__meta__":{"hash":"sha256:d615e6b8daed9a64ab8ed137d2d2af512b74e7df80f81171ce5e160be74d8827"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReturnCentres"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centres"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReturnCentresQuery, ReturnCentresQueryVariables>;
export const ReintegrationPlanDocument = {"__meta__":{"hash":"sha256:e87370f691a3e792e61dd4b4f7c6cd76cfd98e24801969da3821678f3b7027b5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReintegrationPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withNames"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"avrCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reintegrationPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withNames"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"}},{"kind":"Field","name":{"kind":"Name","value":"completion"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"description"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withNames"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"money"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReintegrationPlanQuery, ReintegrationPlanQueryVariables>;
export const CreateReintegrationPlanDocument = {"__meta__":{"hash":"sha256:fd43ebf6aab46b38bc09ecb6f2b0b3a4df101da2524dc6e160de0529bea648c3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateReintegrationPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReintegrationPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReintegrationPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateReintegrationPlanMutation, CreateReintegrationPlanMutationVariables>;
export const AddReintegrationActivityDocument = {"__meta__":{"hash":"sha256:e7931feb963465f8823d31aef7c692f60b924c214a42ef6e09ccfe07b6c90b7c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddReintegrationActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddReintegrationActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addReintegrationActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AddReintegrationActivityMutation, AddReintegrationActivityMutationVariables>;
export const UpdateReintegrationActivityStatusDocument = {"__meta__":{"hash":"sha256:862208b776c8d907f5f5357dbb2691442bdbb3b9b09a2069913c72a4d06b2080"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateReintegrationActivityStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deliveredOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateReintegrationActivityStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"deliveredOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deliveredOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateReintegrationActivityStatusMutation, UpdateReintegrationActivityStatusMutationVariables>;
export const SustainabilitySurveysDocument = {"__meta__":{"hash":"sha256:2a9f82dd3dd85c212eb8b20b93dcefb08d0ce319afb856b6a3fe587c700e88b2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SustainabilitySurveys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"avrCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sustainabilitySurveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"roundLabel"}},{"kind":"Field","name":{"kind":"Name","value":"conductedOn"}},{"kind":"Field","name":{"kind":"Name","value":"economicScore"}},{"kind":"Field","name":{"kind":"Name","value":"socialScore"}},{"kind":"Field","name":{"kind":"Name","value":"psychosocialScore"}},{"kind":"Field","name":{"kind":"Name","value":"compositeScore"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"compositeChange"}}]}}]}}]}}]} as unknown as DocumentNode<SustainabilitySurveysQuery, SustainabilitySurveysQueryVariables>;
export const RecordSustainabilitySurveyDocument = {"__meta__":{"hash":"sha256:8ec6d4fa47f8148434cb4b1afc7516b0a794ac999be58ce293eb27c382c44ddb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSustainabilitySurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSurveyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSustainabilitySurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"compositeScore"}}]}}]}}]} as unknown as DocumentNode<RecordSustainabilitySurveyMutation, RecordSustainabilitySurveyMutationVariables>;