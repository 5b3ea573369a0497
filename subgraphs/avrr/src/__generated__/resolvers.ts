import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AvrCaseRecord } from '../avr-cases/avr-case.entity.js';
import type { AvrCasePage } from '../avr-cases/avr-case-list.js';
import type { AvrTransitionRecord } from '../lifecycle/avr-transition.entity.js';
import type { AvrReferralReceiptRecord } from '../intake/receive-avr-referral.js';
import type { MovementRecord } from '../movements/movement.entity.js';
import type { MovementPage } from '../movements/movement-list.js';
import type { SupportRecord } from '../support/support.entity.js';
import type { MoneyValue } from '../support/money.js';
import type { ReintegrationPlanRecord, ReintegrationActivityRecord } from '../reintegration/reintegration.entity.js';
import type { ScoringVersionRecord, SurveyRecord } from '../sustainability/sustainability.entity.js';
import type { AvrStatsRecord, AvrPipelineRow } from '../stats/avr-stats.js';
import type { AuditEventRow, FieldChange as FieldChangeRecord } from '@mpa/platform';
import type { CentreRef } from '../centres/centre.js';
import type { MigrantRef } from '../migrants/migrant-ref.js';
import type { AvrrContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, `YYYY-MM-DD`. */
  Date: { input: string; output: string; }
  /** An instant, ISO 8601 with a time zone. */
  DateTime: { input: Date | string; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** Where an activity's delivery stands. */
export type ActivityStatus =
  | 'CANCELLED'
  | 'DELIVERED'
  | 'IN_PROGRESS'
  | 'PLANNED';

/** Adds an activity to a plan. */
export type AddReintegrationActivityInput = {
  /** Required for CASH and BOTH; at most two decimals. */
  amount?: InputMaybe<Scalars['Float']['input']>;
  /** ISO 4217, with the amount. */
  currency?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  dimension: ReintegrationDimension;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  modality: DeliveryModality;
  partner?: InputMaybe<Scalars['String']['input']>;
  /** Must belong to the dimension. */
  type: ReintegrationActivityType;
};

/** One entry of a subgraph's append-only audit log: who did what to which record, and when. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** read, create, update, delete, override or anonymise. */
  action: Scalars['String']['output'];
  /** Subject of the access token (user or service account). */
  actor: Scalars['String']['output'];
  actorName: Scalars['String']['output'];
  /** The actor's centre, for site staff. */
  actorSite: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  /** For changes: each field with its old and new value. */
  changes: Maybe<Array<FieldChange>>;
  /** The kind of record, e.g. Migrant. */
  entity: Scalars['String']['output'];
  /** The record's global ID. */
  entityId: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Why, for overrides and retention runs. */
  reason: Maybe<Scalars['String']['output']>;
};

/** A page of audit events, newest first. */
export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  edges: Array<AuditEventEdge>;
  pageInfo: PageInfo;
};

/** One audit event in a page. */
export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  cursor: Scalars['String']['output'];
  node: AuditEvent;
};

/** Narrows the audit log. */
export type AuditFilter = {
  action?: InputMaybe<Scalars['String']['input']>;
  /** Events by this actor (token subject). */
  actor?: InputMaybe<Scalars['String']['input']>;
  /** Events about this record. */
  entityId?: InputMaybe<Scalars['String']['input']>;
  /** On or after this date. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** On or before this date. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** An assisted voluntary return (and reintegration) case file. */
export type AvrCase = {
  __typename?: 'AvrCase';
  /** The states this case may move to next (the portal offers only these). */
  allowedTransitions: Array<AvrStatus>;
  /** The case number staff use, e.g. `AVR-2026-000042`. */
  caseNumber: Scalars['String']['output'];
  /** TO_COUNTRY_OF_ORIGIN: the referring centre. Null for TO_SOMALIA. */
  centre: Maybe<Centre>;
  /** Unaccompanied children only (null otherwise). Needs cases:read and either avr:write or protection:read; every read is logged. */
  childSafeguards: Maybe<ChildSafeguards>;
  /** Destination community (town or village). */
  destinationCommunity: Maybe<Scalars['String']['output']>;
  /** Destination country, ISO 3166-1 alpha-3. */
  destinationCountry: Scalars['String']['output'];
  /** Destination region, e.g. `Oromia` or `Banadir`. */
  destinationRegion: Maybe<Scalars['String']['output']>;
  /** Which way the return goes; decides how the origin is recorded. */
  direction: ReturnDirection;
  /** TO_SOMALIA: the country the returnee is stranded in, ISO 3166-1 alpha-3 (e.g. `YEM`). */
  hostCountry: Maybe<Scalars['String']['output']>;
  /** Globally unique ID, prefixed `avrr:`. */
  id: Scalars['ID']['output'];
  /** Whether the returnee is an unaccompanied child (extra safeguards apply, see `childSafeguards`). */
  isUnaccompaniedChild: Scalars['Boolean']['output'];
  /** TO_COUNTRY_OF_ORIGIN: the migrant, referred by a centre; resolved by the centre's own subgraph. Null for TO_SOMALIA. */
  migrant: Maybe<Migrant>;
  /** The movement the case is booked on, if any. */
  movement: Maybe<Movement>;
  /** When the returnee's nationality was verified. */
  nationalityVerifiedOn: Maybe<Scalars['Date']['output']>;
  /** When the case was opened. */
  openedAt: Scalars['DateTime']['output'];
  /** TO_SOMALIA: the IOM mission that referred the returnee, e.g. `IOM Yemen`. */
  referringMission: Maybe<Scalars['String']['output']>;
  /** The reintegration plan, once opened. */
  reintegrationPlan: Maybe<ReintegrationPlan>;
  /** TO_SOMALIA: the returnee's own minimal identity, kept in the case file (no centre holds it). Needs cases:read (refused with FORBIDDEN otherwise). */
  returnee: Maybe<Returnee>;
  /** Where the case stands in its lifecycle; changed only through `transitionAvrCase`. */
  status: AvrStatus;
  /** The support given for this return, in the order it was provided. */
  support: Array<AvrSupport>;
  /** The sustainability survey rounds, baseline first (scores and their trend). */
  sustainabilitySurveys: Array<SustainabilitySurvey>;
  /** Every step of the lifecycle, oldest first (the opening included). */
  transitions: Array<AvrTransition>;
  /** The travel document issued for the return, once recorded (its `number` needs cases:read). */
  travelDocument: Maybe<TravelDocument>;
  /** Revision of the record, for optimistic locking of edits. */
  version: Scalars['Int']['output'];
};

/** A page of AVR cases (Relay cursor connection). */
export type AvrCaseConnection = {
  __typename?: 'AvrCaseConnection';
  edges: Array<AvrCaseEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** One AVR case in a page. */
export type AvrCaseEdge = {
  __typename?: 'AvrCaseEdge';
  cursor: Scalars['String']['output'];
  node: AvrCase;
};

/** Narrows a list of AVR cases. */
export type AvrCaseFilter = {
  /** Code of the referring centre. */
  centre?: InputMaybe<Scalars['ID']['input']>;
  /** Destination country, ISO 3166-1 alpha-3 (e.g. the cases a movement to that country can take). */
  destinationCountry?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<ReturnDirection>;
  status?: InputMaybe<AvrStatus>;
};

/** How many returnees departed in a month to a destination. */
export type AvrDepartureCount = {
  __typename?: 'AvrDepartureCount';
  destinationCountry: Scalars['String']['output'];
  /** `YYYY-MM`. */
  month: Scalars['String']['output'];
  returnees: Scalars['Int']['output'];
};

/** How many cases are in a state, for one referring centre (null: returns to Somalia, referred from abroad). */
export type AvrPipelineCount = {
  __typename?: 'AvrPipelineCount';
  cases: Scalars['Int']['output'];
  centre: Maybe<Centre>;
  direction: ReturnDirection;
  status: AvrStatus;
};

/** A centre's AVR request, delivered by its outbox. */
export type AvrReferralInput = {
  /** When the migrant's consent to the hand-over was recorded (not in the future). */
  consentRecordedAt: Scalars['DateTime']['input'];
  /** Destination country, ISO 3166-1 alpha-3. */
  destinationCountry: Scalars['String']['input'];
  destinationRegion?: InputMaybe<Scalars['String']['input']>;
  isUnaccompaniedChild: Scalars['Boolean']['input'];
  /** The migrant's global ID (`bossaso:…`); must belong to the calling centre. */
  migrantId: Scalars['ID']['input'];
  /** The centre's own ID of the referral; delivering the same referral again makes no second case. */
  referralId: Scalars['ID']['input'];
  /** When the migrant asked to return (not in the future). */
  requestedAt: Scalars['DateTime']['input'];
};

/** What AVRR did with a delivered referral. */
export type AvrReferralReceipt = {
  __typename?: 'AvrReferralReceipt';
  /** The case the referral opened (or the one it opened before, or the migrant's active case). */
  avrCase: AvrCase;
  /** True when this delivery opened the case; false for a repeated delivery. */
  created: Scalars['Boolean']['output'];
};

/** AVR indicators over a period (computed in the database; no names). */
export type AvrStats = {
  __typename?: 'AvrStats';
  /** Returnees who departed in the period, by month and destination country. */
  departures: Array<AvrDepartureCount>;
  /** The period's first day. */
  from: Scalars['Date']['output'];
  /** Cases opened in the period, by where they stand now and by referring centre. */
  pipeline: Array<AvrPipelineCount>;
  /** Reintegration plans opened in the period, by completion. */
  plansByCompletion: Array<PlanCompletionCount>;
  /** Average sustainability scores of the surveys conducted in the period, by referring centre (site staff: their own). */
  sustainabilityByCentre: Array<CentreSustainabilityAverage>;
  /** Average sustainability scores of the surveys conducted in the period, by round. */
  sustainabilityByRound: Array<SustainabilityRoundAverage>;
  /** The period's last day. */
  to: Scalars['Date']['output'];
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

/** One piece of administrative, logistical or financial support given for a return. */
export type AvrSupport = {
  __typename?: 'AvrSupport';
  /** Free text: needs cases:read (refused with FORBIDDEN otherwise). */
  description: Maybe<Scalars['String']['output']>;
  /** DOCUMENT: its number. Identifies the returnee: needs cases:read (refused with FORBIDDEN otherwise). */
  documentNumber: Maybe<Scalars['String']['output']>;
  /** DOCUMENT: what document, e.g. `exit permit`. */
  documentType: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** DOCUMENT: when it was issued. */
  issuedOn: Maybe<Scalars['Date']['output']>;
  kind: SupportKind;
  /** POCKET_MONEY, TRAVEL_ALLOWANCE (and optionally others): the amount given. */
  money: Maybe<Money>;
  /** When the support was provided. */
  providedOn: Scalars['Date']['output'];
  /** Who recorded it (token subject). */
  recordedBy: Scalars['String']['output'];
  /** TRANSPORT: how, e.g. `bus Addis Ababa – Jimma`. Free text: needs cases:read (refused with FORBIDDEN otherwise). */
  transportMode: Maybe<Scalars['String']['output']>;
};

/** One step of an AVR case's lifecycle. */
export type AvrTransition = {
  __typename?: 'AvrTransition';
  /** Subject of the access token of whoever made the step. */
  actor: Scalars['String']['output'];
  actorName: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  /** The state before; null for the opening of the case. */
  from: Maybe<AvrStatus>;
  /** Why, in the officer's words. Free text: needs cases:read (refused with FORBIDDEN otherwise). */
  note: Maybe<Scalars['String']['output']>;
  /** The state after. */
  to: AvrStatus;
};

/** A Migrant Response Centre, from the shared centre registry. */
export type Centre = {
  /** The centre's code, e.g. `bossaso`. */
  code: Scalars['ID']['output'];
  /** The centre's name, e.g. `Bossaso`. */
  name: Scalars['String']['output'];
  /** The date the centre opened. */
  openedOn: Scalars['Date']['output'];
};

/** Average scores (0–1) of the sustainability surveys one centre's returnees answered in a period, every round together. */
export type CentreSustainabilityAverage = {
  __typename?: 'CentreSustainabilityAverage';
  /** The referring centre; null: returns to Somalia, referred from abroad. */
  centre: Maybe<Centre>;
  composite: Maybe<Scalars['Float']['output']>;
  economic: Maybe<Scalars['Float']['output']>;
  psychosocial: Maybe<Scalars['Float']['output']>;
  /** Distinct returnees surveyed. */
  returnees: Scalars['Int']['output'];
  social: Maybe<Scalars['Float']['output']>;
  /** The averages below are null when true: fewer than 5 surveys, withheld from viewers without cases:read (they would be one or two returnees' own scores). */
  suppressed: Scalars['Boolean']['output'];
  surveys: Scalars['Int']['output'];
};

/**
 * The safeguards an unaccompanied child's return needs: a best-interests determination, a family
 * assessment and the consent of both child and guardian before eligibility is confirmed; an escort
 * for the journey; a signed hand-over at arrival. Protection data: reading it is logged; it holds
 * names and free text, so it needs cases:read as well.
 */
export type ChildSafeguards = {
  __typename?: 'ChildSafeguards';
  /** Reference of the best-interests determination (BID) report. */
  bestInterestsDeterminationRef: Maybe<Scalars['String']['output']>;
  /** When the child's own consent was recorded. */
  childConsentAt: Maybe<Scalars['DateTime']['output']>;
  /** Who escorts the child during the journey. */
  escortName: Maybe<Scalars['String']['output']>;
  /** Outcome of the family assessment (tracing, the family's capacity and willingness to receive the child). */
  familyAssessment: Maybe<Scalars['String']['output']>;
  /** When the guardian's consent was recorded. */
  guardianConsentAt: Maybe<Scalars['DateTime']['output']>;
  handOverSignedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who signed for the child at arrival (family member, guardian or child-protection agency). */
  handOverSignedBy: Maybe<Scalars['String']['output']>;
};

/** What is recorded about an unaccompanied child's safeguards; fields left out keep their value. */
export type ChildSafeguardsInput = {
  bestInterestsDeterminationRef?: InputMaybe<Scalars['String']['input']>;
  /** Not in the future. */
  childConsentAt?: InputMaybe<Scalars['DateTime']['input']>;
  escortName?: InputMaybe<Scalars['String']['input']>;
  familyAssessment?: InputMaybe<Scalars['String']['input']>;
  /** Not in the future. */
  guardianConsentAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Not in the future. */
  handOverSignedAt?: InputMaybe<Scalars['DateTime']['input']>;
  handOverSignedBy?: InputMaybe<Scalars['String']['input']>;
};

/** Opens a reintegration plan for a case. */
export type CreateReintegrationPlanInput = {
  /** Defaults to 1; more than 1 only for HOUSEHOLD and COMMUNITY plans. */
  beneficiaries?: InputMaybe<Scalars['Int']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  scope: PlanScope;
  summary?: InputMaybe<Scalars['String']['input']>;
};

/** How an activity is delivered. */
export type DeliveryModality =
  | 'BOTH'
  | 'CASH'
  | 'IN_KIND';

/** A dimension's weight. */
export type DimensionWeight = {
  __typename?: 'DimensionWeight';
  dimension: ReintegrationDimension;
  weight: Scalars['Float']['output'];
};

/** A dimension's weight. */
export type DimensionWeightInput = {
  dimension: ReintegrationDimension;
  weight: Scalars['Float']['input'];
};

/** A field of a record before and after a change; values are JSON. */
export type FieldChange = {
  __typename?: 'FieldChange';
  field: Scalars['String']['output'];
  /** The old value, as JSON. */
  from: Maybe<Scalars['String']['output']>;
  /** The new value, as JSON. */
  to: Maybe<Scalars['String']['output']>;
};

/** The answer to one indicator. */
export type IndicatorAnswer = {
  __typename?: 'IndicatorAnswer';
  dimension: ReintegrationDimension;
  indicator: SustainabilityIndicator;
  /** 1–5. */
  value: Scalars['Int']['output'];
};

/** One indicator's answer. */
export type IndicatorAnswerInput = {
  indicator: SustainabilityIndicator;
  /** 1 (worst) to 5 (best). */
  value: Scalars['Int']['input'];
};

/** An indicator's weight. */
export type IndicatorWeight = {
  __typename?: 'IndicatorWeight';
  indicator: SustainabilityIndicator;
  weight: Scalars['Float']['output'];
};

/** An indicator's weight. */
export type IndicatorWeightInput = {
  indicator: SustainabilityIndicator;
  weight: Scalars['Float']['input'];
};

/** A migrant registered at a centre; the AVRR side of the record. */
export type Migrant = {
  /** The migrant's assisted voluntary return case, if one was opened. */
  avrCase: Maybe<AvrCase>;
  /** Globally unique ID, prefixed by the site code (`bossaso:…`). */
  id: Scalars['ID']['output'];
};

/** An amount of money in a currency. */
export type Money = {
  __typename?: 'Money';
  /** The amount in major units with two decimals, as an exact decimal string (e.g. `150.00`). */
  amount: Scalars['String']['output'];
  /** ISO 4217 currency code, e.g. USD, ETB, SOS. */
  currency: Scalars['String']['output'];
};

/** A departure carrying many returnees: its manifest, date, route and escorts. */
export type Movement = {
  __typename?: 'Movement';
  /** When it arrived, once arrived. */
  arrivedAt: Maybe<Scalars['DateTime']['output']>;
  /** The manifest: the cases booked on the movement (site staff see only their centre's); names, document numbers and notes on it need cases:read, as on any case. */
  cases: Array<AvrCase>;
  /** When it left, once departed. */
  departedAt: Maybe<Scalars['DateTime']['output']>;
  /** The planned departure date. */
  departureDate: Scalars['Date']['output'];
  /** Destination country, ISO 3166-1 alpha-3. */
  destinationCountry: Scalars['String']['output'];
  /** Who escorts the movement (IOM staff, medical escort). */
  escorts: Array<Scalars['String']['output']>;
  /** Globally unique ID, prefixed `avrr:`. */
  id: Scalars['ID']['output'];
  mode: MovementMode;
  /** The reference staff use, e.g. `MOV-2026-0007`. */
  reference: Scalars['String']['output'];
  /** The route, e.g. `Bossaso – Addis Ababa (ET 315)`. */
  route: Scalars['String']['output'];
  status: MovementStatus;
  /** Revision of the record, for optimistic locking of edits. */
  version: Scalars['Int']['output'];
};

/** A page of movements, latest departure date first. */
export type MovementConnection = {
  __typename?: 'MovementConnection';
  edges: Array<MovementEdge>;
  pageInfo: PageInfo;
};

/** One movement in a page. */
export type MovementEdge = {
  __typename?: 'MovementEdge';
  cursor: Scalars['String']['output'];
  node: Movement;
};

/** Narrows a list of movements. */
export type MovementFilter = {
  destinationCountry?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<MovementStatus>;
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

export type Mutation = {
  __typename?: 'Mutation';
  /** Makes a scoring version the active one (the previous active one stops being so). Earlier scores keep their version. Needs avr:write. */
  activateScoringVersion: ScoringVersion;
  /** Adds an activity (status PLANNED) to a plan. Needs avr:write. */
  addReintegrationActivity: ReintegrationActivity;
  /**
   * Records that a departed movement arrived (reception): it and every case on it become ARRIVED. Refused
   * with PRECONDITION_FAILED, naming the cases, while an unaccompanied child on it has no signed hand-over.
   */
  arriveMovement: Movement;
  /**
   * Books a case on a planned movement: the case must be FIT_TO_TRAVEL (it moves to TRAVEL_BOOKED) or
   * already TRAVEL_BOOKED, hold its travel document and go to the movement's destination country.
   * `expectedVersion` is the case's version. Needs avr:write.
   */
  assignCaseToMovement: AvrCase;
  /** Cancels a planned movement; its cases go back to FIT_TO_TRAVEL. Needs avr:write. */
  cancelMovement: Movement;
  /** Opens the reintegration plan of a case (one per case; not for withdrawn, rejected or cancelled cases). Needs avr:write. */
  createReintegrationPlan: ReintegrationPlan;
  /** Adds a scoring version (inactive). Needs avr:write. */
  createScoringVersion: ScoringVersion;
  /** Records that a planned movement left: it and every case on it become DEPARTED. Needs avr:write. */
  departMovement: Movement;
  /** Opens an AVR case (either direction), in state REQUESTED. At most one active case per migrant. Needs avr:write (or cases:write for a centre's own migrants). */
  openAvrCase: AvrCase;
  /** Plans a movement (status PLANNED). Needs avr:write. */
  planMovement: Movement;
  /** Receives a centre's AVR referral. Needs avr:intake from the migrant's own centre. Idempotent on `referralId`. */
  receiveAvrReferral: AvrReferralReceipt;
  /** Records administrative, logistical or financial support for a case (not a finished one). Needs avr:write. */
  recordAvrSupport: AvrSupport;
  /** Records an unaccompanied child's safeguards. Needs avr:write. */
  recordChildSafeguards: AvrCase;
  /**
   * Records a survey round for a returnee who has arrived (ARRIVED, REINTEGRATION or CLOSED), scored with
   * the active scoring version. Rounds go in order (BASELINE first). Needs avr:write.
   */
  recordSustainabilitySurvey: SustainabilitySurvey;
  /** Records nationality verification and the travel document. Needs avr:write. */
  recordTravelDocument: AvrCase;
  /** Takes a case off a planned movement (back to FIT_TO_TRAVEL). Needs avr:write. */
  removeCaseFromMovement: AvrCase;
  /**
   * Moves an AVR case to its next state. Refused with INVALID_TRANSITION (naming from, to and the
   * allowed next states) when the state machine does not allow it, PRECONDITION_FAILED (naming what
   * is missing) when a guard is not met, CONFLICT when `expectedVersion` is stale. Needs avr:write.
   * Retrying a transition that already went through returns the case unchanged.
   */
  transitionAvrCase: AvrCase;
  /**
   * Moves an activity's delivery status: PLANNED → IN_PROGRESS → DELIVERED, or CANCELLED before delivery.
   * Refused with INVALID_TRANSITION otherwise, CONFLICT on a stale version. Needs avr:write.
   */
  updateReintegrationActivityStatus: ReintegrationActivity;
};


export type MutationActivateScoringVersionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAddReintegrationActivityArgs = {
  input: AddReintegrationActivityInput;
  planId: Scalars['ID']['input'];
};


export type MutationArriveMovementArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationAssignCaseToMovementArgs = {
  caseId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  movementId: Scalars['ID']['input'];
};


export type MutationCancelMovementArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCreateReintegrationPlanArgs = {
  caseId: Scalars['ID']['input'];
  input: CreateReintegrationPlanInput;
};


export type MutationCreateScoringVersionArgs = {
  input: ScoringVersionInput;
};


export type MutationDepartMovementArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationOpenAvrCaseArgs = {
  input: OpenAvrCaseInput;
};


export type MutationPlanMovementArgs = {
  input: PlanMovementInput;
};


export type MutationReceiveAvrReferralArgs = {
  input: AvrReferralInput;
};


export type MutationRecordAvrSupportArgs = {
  caseId: Scalars['ID']['input'];
  input: RecordAvrSupportInput;
};


export type MutationRecordChildSafeguardsArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: ChildSafeguardsInput;
};


export type MutationRecordSustainabilitySurveyArgs = {
  caseId: Scalars['ID']['input'];
  input: RecordSurveyInput;
};


export type MutationRecordTravelDocumentArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: TravelDocumentInput;
};


export type MutationRemoveCaseFromMovementArgs = {
  caseId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
};


export type MutationTransitionAvrCaseArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  to: AvrStatus;
};


export type MutationUpdateReintegrationActivityStatusArgs = {
  deliveredOn?: InputMaybe<Scalars['Date']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  status: ActivityStatus;
};

/**
 * Opens a return case, in either direction.
 * TO_COUNTRY_OF_ORIGIN (the default): `migrantId` of a migrant registered at a centre; the centre is the origin.
 * TO_SOMALIA: `hostCountry`, `referringMission` and `returnee` (the returnee's own identity); `destinationCountry` must be `SOM`.
 */
export type OpenAvrCaseInput = {
  destinationCommunity?: InputMaybe<Scalars['String']['input']>;
  /** Destination country, ISO 3166-1 alpha-3. */
  destinationCountry: Scalars['String']['input'];
  destinationRegion?: InputMaybe<Scalars['String']['input']>;
  /** Which way the return goes. Defaults to TO_COUNTRY_OF_ORIGIN. */
  direction?: InputMaybe<ReturnDirection>;
  /** TO_SOMALIA: the country the returnee is stranded in, ISO 3166-1 alpha-3. */
  hostCountry?: InputMaybe<Scalars['String']['input']>;
  /** A key the client makes once; sending it again returns the first case instead of a second. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Whether the returnee is an unaccompanied child. Defaults to false. */
  isUnaccompaniedChild?: InputMaybe<Scalars['Boolean']['input']>;
  /** TO_COUNTRY_OF_ORIGIN: the migrant's ID (`bossaso:…`). Must be empty for TO_SOMALIA. */
  migrantId?: InputMaybe<Scalars['ID']['input']>;
  /** TO_SOMALIA: the referring IOM mission, e.g. `IOM Libya`. */
  referringMission?: InputMaybe<Scalars['String']['input']>;
  /** TO_SOMALIA: the returnee's identity. */
  returnee?: InputMaybe<ReturneeInput>;
};

/** Where a page ends, and whether another follows. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to fetch the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** How far a reintegration plan's delivery has got. */
export type PlanCompletion =
  /** Every live activity delivered. */
  | 'COMPLETED'
  /** Some delivered. */
  | 'IN_PROGRESS'
  /** None delivered. */
  | 'NOT_STARTED'
  /** No activities yet (or all cancelled). */
  | 'NO_ACTIVITIES';

/** How many plans are at a completion stage. */
export type PlanCompletionCount = {
  __typename?: 'PlanCompletionCount';
  completion: PlanCompletion;
  plans: Scalars['Int']['output'];
};

/** Plans a movement. */
export type PlanMovementInput = {
  /** Not before today minus a year (movements are planned ahead). */
  departureDate: Scalars['Date']['input'];
  /** Destination country, ISO 3166-1 alpha-3. */
  destinationCountry: Scalars['String']['input'];
  escorts?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A key the client makes once; sending it again returns the first movement instead of a second. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  mode: MovementMode;
  route: Scalars['String']['input'];
};

/** Whom a plan serves. */
export type PlanScope =
  /** A community project the returnee takes part in. */
  | 'COMMUNITY'
  /** The returnee's household. */
  | 'HOUSEHOLD'
  /** The returnee. */
  | 'INDIVIDUAL';

export type Query = {
  __typename?: 'Query';
  /** One AVR case, or null. */
  avrCase: Maybe<AvrCase>;
  /** AVR cases, newest first. */
  avrCases: AvrCaseConnection;
  /** AVR indicators for a period of at most ten years. Needs stats:read or avr:read; site staff get their own centre's figures. */
  avrStats: AvrStats;
  /** The AVRR subgraph's audit log (administrators only, audit:read). */
  avrrAuditEvents: AuditEventConnection;
  /** One centre by code, or null. */
  centre: Maybe<Centre>;
  /** Every Migrant Response Centre, in the order they opened. */
  centres: Array<Centre>;
  /** Any migrant by ID; the centre that owns the ID answers for the rest of the record. */
  migrant: Maybe<Migrant>;
  /** One movement, or null. Needs avr:read. */
  movement: Maybe<Movement>;
  /** Movements, latest departure first. Needs avr:read. */
  movements: MovementConnection;
  /** Every scoring version, newest first. Needs avr:read. */
  sustainabilityScoringVersions: Array<ScoringVersion>;
};


export type QueryAvrCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAvrCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AvrCaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAvrStatsArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type QueryAvrrAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCentreArgs = {
  code: Scalars['ID']['input'];
};


export type QueryMigrantArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMovementArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMovementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MovementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Records a piece of support. DOCUMENT needs documentType, documentNumber and issuedOn; TRANSPORT needs transportMode; POCKET_MONEY and TRAVEL_ALLOWANCE need amount and currency. */
export type RecordAvrSupportInput = {
  /** At most two decimals, not negative. */
  amount?: InputMaybe<Scalars['Float']['input']>;
  /** ISO 4217, e.g. USD. */
  currency?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  documentType?: InputMaybe<Scalars['String']['input']>;
  /** A key the client makes once; sending it again returns the first record instead of a second. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  issuedOn?: InputMaybe<Scalars['Date']['input']>;
  kind: SupportKind;
  /** Not in the future. */
  providedOn: Scalars['Date']['input'];
  transportMode?: InputMaybe<Scalars['String']['input']>;
};

/** A survey round. */
export type RecordSurveyInput = {
  /** All 15 indicators, each once. */
  answers: Array<IndicatorAnswerInput>;
  /** Not in the future. */
  conductedOn: Scalars['Date']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** 0 = BASELINE (after return), then 1, 2, … in order. */
  round: Scalars['Int']['input'];
};

/** One activity of a reintegration plan. */
export type ReintegrationActivity = {
  __typename?: 'ReintegrationActivity';
  /** When it was delivered, once DELIVERED. */
  deliveredOn: Maybe<Scalars['Date']['output']>;
  /** Free text: needs cases:read (refused with FORBIDDEN otherwise). */
  description: Maybe<Scalars['String']['output']>;
  dimension: ReintegrationDimension;
  id: Scalars['ID']['output'];
  modality: DeliveryModality;
  /** The value of the activity (cash given, or cost of what is given in kind). */
  money: Maybe<Money>;
  /** The partner organisation delivering it. */
  partner: Maybe<Scalars['String']['output']>;
  status: ActivityStatus;
  type: ReintegrationActivityType;
  /** Revision of the record, for optimistic locking of edits. */
  version: Scalars['Int']['output'];
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

/** A returnee's reintegration plan. */
export type ReintegrationPlan = {
  __typename?: 'ReintegrationPlan';
  activities: Array<ReintegrationActivity>;
  /** How many people the plan serves (1 for an individual plan). */
  beneficiaries: Scalars['Int']['output'];
  /** Share of the plan's activities (cancelled ones left out) delivered, 0–1; null when it has none. */
  completion: Maybe<Scalars['Float']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  scope: PlanScope;
  /** Free text: needs cases:read (refused with FORBIDDEN otherwise). */
  summary: Maybe<Scalars['String']['output']>;
  /** Revision of the record, for optimistic locking of edits. */
  version: Scalars['Int']['output'];
};

/** Which way a return goes. */
export type ReturnDirection =
  /** A migrant stranded in Somalia returning to their country of origin. */
  | 'TO_COUNTRY_OF_ORIGIN'
  /** A Somali stranded abroad returning to Somalia. */
  | 'TO_SOMALIA';

/** The minimal identity of a returnee who is not registered at a centre (TO_SOMALIA returns). */
export type Returnee = {
  __typename?: 'Returnee';
  /** Date of birth, when known. */
  dateOfBirth: Maybe<Scalars['Date']['output']>;
  fullName: Scalars['String']['output'];
  sex: Maybe<ReturneeSex>;
};

/** The minimal identity of a TO_SOMALIA returnee. */
export type ReturneeInput = {
  /** Not in the future. */
  dateOfBirth?: InputMaybe<Scalars['Date']['input']>;
  fullName: Scalars['String']['input'];
  sex?: InputMaybe<ReturneeSex>;
};

/** Sex of a returnee, as recorded in the case file. */
export type ReturneeSex =
  | 'FEMALE'
  | 'MALE';

/** A level and the lowest composite score that reaches it. */
export type ScoreThreshold = {
  __typename?: 'ScoreThreshold';
  level: Scalars['String']['output'];
  minComposite: Scalars['Float']['output'];
};

/** A level and the lowest composite score that reaches it. */
export type ScoreThresholdInput = {
  level: Scalars['String']['input'];
  minComposite: Scalars['Float']['input'];
};

/** A version of the scoring configuration. Exactly one is active; a score keeps the version it was computed with. */
export type ScoringVersion = {
  __typename?: 'ScoringVersion';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  /** Weight of each dimension in the composite. */
  dimensionWeights: Array<DimensionWeight>;
  id: Scalars['ID']['output'];
  /** Weight of each indicator within its dimension. */
  indicatorWeights: Array<IndicatorWeight>;
  /** E.g. `placeholder-1`, `somalia-2027`. */
  name: Scalars['String']['output'];
  /** Levels by the lowest composite score reaching them, ascending. */
  thresholds: Array<ScoreThreshold>;
};

/** Weights and thresholds of a new scoring version. */
export type ScoringVersionInput = {
  description: Scalars['String']['input'];
  /** All three dimensions, weight ≥ 0, total positive. */
  dimensionWeights: Array<DimensionWeightInput>;
  /** All 15 indicators, each once, weight ≥ 0; every dimension needs a positive total. */
  indicatorWeights: Array<IndicatorWeightInput>;
  name: Scalars['String']['input'];
  /** At least one; minComposite 0–1, the lowest 0. */
  thresholds: Array<ScoreThresholdInput>;
};

/** A centre of the registry. */
export type SiteCentre = Centre & {
  __typename?: 'SiteCentre';
  /** The centre's code, e.g. `bossaso`. */
  code: Scalars['ID']['output'];
  /** The centre's name, e.g. `Bossaso`. */
  name: Scalars['String']['output'];
  /** The date the centre opened. */
  openedOn: Scalars['Date']['output'];
};

/** A migrant of one centre; the AVRR side of the record. */
export type SiteMigrant = Migrant & {
  __typename?: 'SiteMigrant';
  /** The migrant's assisted voluntary return case, if one was opened. */
  avrCase: Maybe<AvrCase>;
  /** Globally unique ID, prefixed by the site code (`bossaso:…`). */
  id: Scalars['ID']['output'];
};

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

/** Average scores (0–1) of one survey round. */
export type SustainabilityRoundAverage = {
  __typename?: 'SustainabilityRoundAverage';
  composite: Maybe<Scalars['Float']['output']>;
  economic: Maybe<Scalars['Float']['output']>;
  psychosocial: Maybe<Scalars['Float']['output']>;
  round: Scalars['Int']['output'];
  roundLabel: Scalars['String']['output'];
  social: Maybe<Scalars['Float']['output']>;
  /** The averages below are null when true: fewer than 5 surveys, withheld from viewers without cases:read (they would be one or two returnees' own scores). */
  suppressed: Scalars['Boolean']['output'];
  surveys: Scalars['Int']['output'];
};

/** One survey round of a returnee, with its scores (0–1). */
export type SustainabilitySurvey = {
  __typename?: 'SustainabilitySurvey';
  /** The 15 answers. Psychosocial data: every read is logged. */
  answers: Array<IndicatorAnswer>;
  /** Change of the composite since the previous round; null for the baseline (the trend). */
  compositeChange: Maybe<Scalars['Float']['output']>;
  /** Weighted mean of the three dimension scores. */
  compositeScore: Scalars['Float']['output'];
  conductedOn: Scalars['Date']['output'];
  economicScore: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  /** The level the composite reaches under the scoring version, e.g. HIGH. */
  level: Scalars['String']['output'];
  psychosocialScore: Scalars['Float']['output'];
  /** 0 = BASELINE, 1 = FOLLOW_UP_1, … */
  round: Scalars['Int']['output'];
  /** BASELINE, FOLLOW_UP_1, FOLLOW_UP_2, … */
  roundLabel: Scalars['String']['output'];
  /** The scoring version the scores were computed with. */
  scoringVersion: ScoringVersion;
  socialScore: Scalars['Float']['output'];
};

/** The travel document obtained for the return. */
export type TravelDocument = {
  __typename?: 'TravelDocument';
  issuedOn: Scalars['Date']['output'];
  /** The document's number. Identifies the returnee: needs cases:read (refused with FORBIDDEN otherwise). */
  number: Maybe<Scalars['String']['output']>;
  type: TravelDocumentType;
};

/** The outcome of nationality verification and the travel document issued. */
export type TravelDocumentInput = {
  /** Not in the future. */
  issuedOn: Scalars['Date']['input'];
  /** When nationality was verified (not in the future). */
  nationalityVerifiedOn: Scalars['Date']['input'];
  number: Scalars['String']['input'];
  type: TravelDocumentType;
};

/** Kinds of travel document. */
export type TravelDocumentType =
  | 'EMERGENCY_TRAVEL_DOCUMENT'
  | 'LAISSEZ_PASSER'
  | 'NATIONAL_ID'
  | 'PASSPORT';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  AvrCase: AvrCase;
  SiteCentre: SiteCentre;
  SiteMigrant: SiteMigrant;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  AvrCase:
    ( { __typename: 'AvrCase' }
    & GraphQLRecursivePick<FederationTypes['AvrCase'], {"id":true}> );
  SiteCentre:
    ( { __typename: 'SiteCentre' }
    & GraphQLRecursivePick<FederationTypes['SiteCentre'], {"code":true}> );
  SiteMigrant:
    ( { __typename: 'SiteMigrant' }
    & GraphQLRecursivePick<FederationTypes['SiteMigrant'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ActivityStatus: ActivityStatus;
  AddReintegrationActivityInput: AddReintegrationActivityInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AuditEvent: ResolverTypeWrapper<AuditEventRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditEventConnection: ResolverTypeWrapper<Omit<AuditEventConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEventEdge']> }>;
  AuditEventEdge: ResolverTypeWrapper<Omit<AuditEventEdge, 'node'> & { node: ResolversTypes['AuditEvent'] }>;
  AuditFilter: AuditFilter;
  AvrCase: ResolverTypeWrapper<AvrCaseRecord>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AvrCaseConnection: ResolverTypeWrapper<AvrCasePage>;
  AvrCaseEdge: ResolverTypeWrapper<Omit<AvrCaseEdge, 'node'> & { node: ResolversTypes['AvrCase'] }>;
  AvrCaseFilter: AvrCaseFilter;
  AvrDepartureCount: ResolverTypeWrapper<AvrDepartureCount>;
  AvrPipelineCount: ResolverTypeWrapper<AvrPipelineRow>;
  AvrReferralInput: AvrReferralInput;
  AvrReferralReceipt: ResolverTypeWrapper<AvrReferralReceiptRecord>;
  AvrStats: ResolverTypeWrapper<AvrStatsRecord>;
  AvrStatus: AvrStatus;
  AvrSupport: ResolverTypeWrapper<SupportRecord>;
  AvrTransition: ResolverTypeWrapper<AvrTransitionRecord>;
  Centre: ResolverTypeWrapper<CentreRef>;
  CentreSustainabilityAverage: ResolverTypeWrapper<Omit<CentreSustainabilityAverage, 'centre'> & { centre?: Maybe<ResolversTypes['Centre']> }>;
  ChildSafeguards: ResolverTypeWrapper<AvrCaseRecord>;
  ChildSafeguardsInput: ChildSafeguardsInput;
  CreateReintegrationPlanInput: CreateReintegrationPlanInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeliveryModality: DeliveryModality;
  DimensionWeight: ResolverTypeWrapper<DimensionWeight>;
  DimensionWeightInput: DimensionWeightInput;
  FieldChange: ResolverTypeWrapper<FieldChangeRecord>;
  IndicatorAnswer: ResolverTypeWrapper<IndicatorAnswer>;
  IndicatorAnswerInput: IndicatorAnswerInput;
  IndicatorWeight: ResolverTypeWrapper<IndicatorWeight>;
  IndicatorWeightInput: IndicatorWeightInput;
  Migrant: ResolverTypeWrapper<MigrantRef>;
  Money: ResolverTypeWrapper<MoneyValue>;
  Movement: ResolverTypeWrapper<MovementRecord>;
  MovementConnection: ResolverTypeWrapper<MovementPage>;
  MovementEdge: ResolverTypeWrapper<Omit<MovementEdge, 'node'> & { node: ResolversTypes['Movement'] }>;
  MovementFilter: MovementFilter;
  MovementMode: MovementMode;
  MovementStatus: MovementStatus;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpenAvrCaseInput: OpenAvrCaseInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PlanCompletion: PlanCompletion;
  PlanCompletionCount: ResolverTypeWrapper<PlanCompletionCount>;
  PlanMovementInput: PlanMovementInput;
  PlanScope: PlanScope;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordAvrSupportInput: RecordAvrSupportInput;
  RecordSurveyInput: RecordSurveyInput;
  ReintegrationActivity: ResolverTypeWrapper<ReintegrationActivityRecord>;
  ReintegrationActivityType: ReintegrationActivityType;
  ReintegrationDimension: ReintegrationDimension;
  ReintegrationPlan: ResolverTypeWrapper<ReintegrationPlanRecord>;
  ReturnDirection: ReturnDirection;
  Returnee: ResolverTypeWrapper<AvrCaseRecord>;
  ReturneeInput: ReturneeInput;
  ReturneeSex: ReturneeSex;
  ScoreThreshold: ResolverTypeWrapper<ScoreThreshold>;
  ScoreThresholdInput: ScoreThresholdInput;
  ScoringVersion: ResolverTypeWrapper<ScoringVersionRecord>;
  ScoringVersionInput: ScoringVersionInput;
  SiteCentre: ResolverTypeWrapper<CentreRef>;
  SiteMigrant: ResolverTypeWrapper<MigrantRef>;
  SupportKind: SupportKind;
  SustainabilityIndicator: SustainabilityIndicator;
  SustainabilityRoundAverage: ResolverTypeWrapper<SustainabilityRoundAverage>;
  SustainabilitySurvey: ResolverTypeWrapper<SurveyRecord>;
  TravelDocument: ResolverTypeWrapper<AvrCaseRecord>;
  TravelDocumentInput: TravelDocumentInput;
  TravelDocumentType: TravelDocumentType;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddReintegrationActivityInput: AddReintegrationActivityInput;
  Float: Scalars['Float']['output'];
  String: Scalars['String']['output'];
  AuditEvent: AuditEventRow;
  ID: Scalars['ID']['output'];
  AuditEventConnection: Omit<AuditEventConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEventEdge']> };
  AuditEventEdge: Omit<AuditEventEdge, 'node'> & { node: ResolversParentTypes['AuditEvent'] };
  AuditFilter: AuditFilter;
  AvrCase: AvrCaseRecord;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
  AvrCaseConnection: AvrCasePage;
  AvrCaseEdge: Omit<AvrCaseEdge, 'node'> & { node: ResolversParentTypes['AvrCase'] };
  AvrCaseFilter: AvrCaseFilter;
  AvrDepartureCount: AvrDepartureCount;
  AvrPipelineCount: AvrPipelineRow;
  AvrReferralInput: AvrReferralInput;
  AvrReferralReceipt: AvrReferralReceiptRecord;
  AvrStats: AvrStatsRecord;
  AvrSupport: SupportRecord;
  AvrTransition: AvrTransitionRecord;
  Centre: CentreRef;
  CentreSustainabilityAverage: Omit<CentreSustainabilityAverage, 'centre'> & { centre?: Maybe<ResolversParentTypes['Centre']> };
  ChildSafeguards: AvrCaseRecord;
  ChildSafeguardsInput: ChildSafeguardsInput;
  CreateReintegrationPlanInput: CreateReintegrationPlanInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DimensionWeight: DimensionWeight;
  DimensionWeightInput: DimensionWeightInput;
  FieldChange: FieldChangeRecord;
  IndicatorAnswer: IndicatorAnswer;
  IndicatorAnswerInput: IndicatorAnswerInput;
  IndicatorWeight: IndicatorWeight;
  IndicatorWeightInput: IndicatorWeightInput;
  Migrant: MigrantRef;
  Money: MoneyValue;
  Movement: MovementRecord;
  MovementConnection: MovementPage;
  MovementEdge: Omit<MovementEdge, 'node'> & { node: ResolversParentTypes['Movement'] };
  MovementFilter: MovementFilter;
  Mutation: Record<PropertyKey, never>;
  OpenAvrCaseInput: OpenAvrCaseInput;
  PageInfo: PageInfo;
  PlanCompletionCount: PlanCompletionCount;
  PlanMovementInput: PlanMovementInput;
  Query: Record<PropertyKey, never>;
  RecordAvrSupportInput: RecordAvrSupportInput;
  RecordSurveyInput: RecordSurveyInput;
  ReintegrationActivity: ReintegrationActivityRecord;
  ReintegrationPlan: ReintegrationPlanRecord;
  Returnee: AvrCaseRecord;
  ReturneeInput: ReturneeInput;
  ScoreThreshold: ScoreThreshold;
  ScoreThresholdInput: ScoreThresholdInput;
  ScoringVersion: ScoringVersionRecord;
  ScoringVersionInput: ScoringVersionInput;
  SiteCentre: CentreRef;
  SiteMigrant: MigrantRef;
  SustainabilityRoundAverage: SustainabilityRoundAverage;
  SustainabilitySurvey: SurveyRecord;
  TravelDocument: AvrCaseRecord;
  TravelDocumentInput: TravelDocumentInput;
}>;

export type AuditEventResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorSite?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changes?: Resolver<Maybe<Array<ResolversTypes['FieldChange']>>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AuditEventConnectionResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type AuditEventEdgeResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['AuditEventEdge'] = ResolversParentTypes['AuditEventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEvent'], ParentType, ContextType>;
}>;

export type AvrCaseResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['AvrCase'] = ResolversParentTypes['AvrCase'], FederationReferenceType extends FederationReferenceTypes['AvrCase'] = FederationReferenceTypes['AvrCase']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AvrCase']> | FederationReferenceType, FederationReferenceType, ContextType>;
  allowedTransitions?: Resolver<Array<ResolversTypes['AvrStatus']>, ParentType, ContextType>;
  caseNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  centre?: Resolver<Maybe<ResolversTypes['Centre']>, ParentType, ContextType>;
  childSafeguards?: Resolver<Maybe<ResolversTypes['ChildSafeguards']>, ParentType, ContextType>;
  destinationCommunity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  destinationCountry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  destinationRegion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['ReturnDirection'], ParentType, ContextType>;
  hostCountry?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isUnaccompaniedChild?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  migrant?: Resolver<Maybe<ResolversTypes['Migrant']>, ParentType, ContextType>;
  movement?: Resolver<Maybe<ResolversTypes['Movement']>, ParentType, ContextType>;
  nationalityVerifiedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  referringMission?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reintegrationPlan?: Resolver<Maybe<ResolversTypes['ReintegrationPlan']>, ParentType, ContextType>;
  returnee?: Resolver<Maybe<ResolversTypes['Returnee']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AvrStatus'], ParentType, ContextType>;
  support?: Resolver<Array<ResolversTypes['AvrSupport']>, ParentType, ContextType>;
  sustainabilitySurveys?: Resolver<Array<ResolversTypes['SustainabilitySurvey']>, ParentType, ContextType>;
  transitions?: Resolver<Array<ResolversTypes['AvrTransition']>, ParentType, ContextType>;
  travelDocument?: Resolver<Maybe<ResolversTypes['TravelDocument']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AvrCaseConnectionResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['AvrCaseConnection'] = ResolversParentTypes['AvrCaseConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AvrCaseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AvrCaseEdgeResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['AvrCaseEdge'] = ResolversParentTypes['AvrCaseEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AvrCase'], ParentType, ContextType>;
}>;

export type AvrDepartureCountResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['AvrDepartureCount'] = ResolversParentTypes['AvrDepartureCount']> = ResolversObject<{
  destinationCountry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  returnees?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AvrPipelineCountResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['AvrPipelineCount'] = ResolversParentTypes['AvrPipelineCount']> = ResolversObject<{
  cases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  centre?: Resolver<Maybe<ResolversTypes['Centre']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['ReturnDirection'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AvrStatus'], ParentType, ContextType>;
}>;

export type AvrReferralReceiptResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['AvrReferralReceipt'] = ResolversParentTypes['AvrReferralReceipt']> = ResolversObject<{
  avrCase?: Resolver<ResolversTypes['AvrCase'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type AvrStatsResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['AvrStats'] = ResolversParentTypes['AvrStats']> = ResolversObject<{
  departures?: Resolver<Array<ResolversTypes['AvrDepartureCount']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  pipeline?: Resolver<Array<ResolversTypes['AvrPipelineCount']>, ParentType, ContextType>;
  plansByCompletion?: Resolver<Array<ResolversTypes['PlanCompletionCount']>, ParentType, ContextType>;
  sustainabilityByCentre?: Resolver<Array<ResolversTypes['CentreSustainabilityAverage']>, ParentType, ContextType>;
  sustainabilityByRound?: Resolver<Array<ResolversTypes['SustainabilityRoundAverage']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type AvrSupportResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['AvrSupport'] = ResolversParentTypes['AvrSupport']> = ResolversObject<{
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SupportKind'], ParentType, ContextType>;
  money?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  providedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  transportMode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AvrTransitionResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['AvrTransition'] = ResolversParentTypes['AvrTransition']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['AvrStatus']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['AvrStatus'], ParentType, ContextType>;
}>;

export type CentreResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['Centre'] = ResolversParentTypes['Centre']> = ResolversObject<{
  __resolveType: TypeResolveFn<'SiteCentre', ParentType, ContextType>;
}>;

export type CentreSustainabilityAverageResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['CentreSustainabilityAverage'] = ResolversParentTypes['CentreSustainabilityAverage']> = ResolversObject<{
  centre?: Resolver<Maybe<ResolversTypes['Centre']>, ParentType, ContextType>;
  composite?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  economic?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  psychosocial?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  returnees?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  social?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  surveys?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ChildSafeguardsResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['ChildSafeguards'] = ResolversParentTypes['ChildSafeguards']> = ResolversObject<{
  bestInterestsDeterminationRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  childConsentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  escortName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  familyAssessment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  guardianConsentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  handOverSignedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  handOverSignedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DimensionWeightResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['DimensionWeight'] = ResolversParentTypes['DimensionWeight']> = ResolversObject<{
  dimension?: Resolver<ResolversTypes['ReintegrationDimension'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type FieldChangeResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type IndicatorAnswerResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['IndicatorAnswer'] = ResolversParentTypes['IndicatorAnswer']> = ResolversObject<{
  dimension?: Resolver<ResolversTypes['ReintegrationDimension'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['SustainabilityIndicator'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type IndicatorWeightResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['IndicatorWeight'] = ResolversParentTypes['IndicatorWeight']> = ResolversObject<{
  indicator?: Resolver<ResolversTypes['SustainabilityIndicator'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type MigrantResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['Migrant'] = ResolversParentTypes['Migrant']> = ResolversObject<{
  __resolveType: TypeResolveFn<'SiteMigrant', ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MovementResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['Movement'] = ResolversParentTypes['Movement']> = ResolversObject<{
  arrivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  cases?: Resolver<Array<ResolversTypes['AvrCase']>, ParentType, ContextType>;
  departedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  departureDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  destinationCountry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  escorts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['MovementMode'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  route?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MovementStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MovementConnectionResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['MovementConnection'] = ResolversParentTypes['MovementConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MovementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type MovementEdgeResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['MovementEdge'] = ResolversParentTypes['MovementEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Movement'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  activateScoringVersion?: Resolver<ResolversTypes['ScoringVersion'], ParentType, ContextType, RequireFields<MutationActivateScoringVersionArgs, 'id'>>;
  addReintegrationActivity?: Resolver<ResolversTypes['ReintegrationActivity'], ParentType, ContextType, RequireFields<MutationAddReintegrationActivityArgs, 'input' | 'planId'>>;
  arriveMovement?: Resolver<ResolversTypes['Movement'], ParentType, ContextType, RequireFields<MutationArriveMovementArgs, 'expectedVersion' | 'id'>>;
  assignCaseToMovement?: Resolver<ResolversTypes['AvrCase'], ParentType, ContextType, RequireFields<MutationAssignCaseToMovementArgs, 'caseId' | 'expectedVersion' | 'movementId'>>;
  cancelMovement?: Resolver<ResolversTypes['Movement'], ParentType, ContextType, RequireFields<MutationCancelMovementArgs, 'expectedVersion' | 'id' | 'reason'>>;
  createReintegrationPlan?: Resolver<ResolversTypes['ReintegrationPlan'], ParentType, ContextType, RequireFields<MutationCreateReintegrationPlanArgs, 'caseId' | 'input'>>;
  createScoringVersion?: Resolver<ResolversTypes['ScoringVersion'], ParentType, ContextType, RequireFields<MutationCreateScoringVersionArgs, 'input'>>;
  departMovement?: Resolver<ResolversTypes['Movement'], ParentType, ContextType, RequireFields<MutationDepartMovementArgs, 'expectedVersion' | 'id'>>;
  openAvrCase?: Resolver<ResolversTypes['AvrCase'], ParentType, ContextType, RequireFields<MutationOpenAvrCaseArgs, 'input'>>;
  planMovement?: Resolver<ResolversTypes['Movement'], ParentType, ContextType, RequireFields<MutationPlanMovementArgs, 'input'>>;
  receiveAvrReferral?: Resolver<ResolversTypes['AvrReferralReceipt'], ParentType, ContextType, RequireFields<MutationReceiveAvrReferralArgs, 'input'>>;
  recordAvrSupport?: Resolver<ResolversTypes['AvrSupport'], ParentType, ContextType, RequireFields<MutationRecordAvrSupportArgs, 'caseId' | 'input'>>;
  recordChildSafeguards?: Resolver<ResolversTypes['AvrCase'], ParentType, ContextType, RequireFields<MutationRecordChildSafeguardsArgs, 'expectedVersion' | 'id' | 'input'>>;
  recordSustainabilitySurvey?: Resolver<ResolversTypes['SustainabilitySurvey'], ParentType, ContextType, RequireFields<MutationRecordSustainabilitySurveyArgs, 'caseId' | 'input'>>;
  recordTravelDocument?: Resolver<ResolversTypes['AvrCase'], ParentType, ContextType, RequireFields<MutationRecordTravelDocumentArgs, 'expectedVersion' | 'id' | 'input'>>;
  removeCaseFromMovement?: Resolver<ResolversTypes['AvrCase'], ParentType, ContextType, RequireFields<MutationRemoveCaseFromMovementArgs, 'caseId' | 'expectedVersion'>>;
  transitionAvrCase?: Resolver<ResolversTypes['AvrCase'], ParentType, ContextType, RequireFields<MutationTransitionAvrCaseArgs, 'expectedVersion' | 'id' | 'to'>>;
  updateReintegrationActivityStatus?: Resolver<ResolversTypes['ReintegrationActivity'], ParentType, ContextType, RequireFields<MutationUpdateReintegrationActivityStatusArgs, 'expectedVersion' | 'id' | 'status'>>;
}>;

export type PageInfoResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PlanCompletionCountResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['PlanCompletionCount'] = ResolversParentTypes['PlanCompletionCount']> = ResolversObject<{
  completion?: Resolver<ResolversTypes['PlanCompletion'], ParentType, ContextType>;
  plans?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  avrCase?: Resolver<Maybe<ResolversTypes['AvrCase']>, ParentType, ContextType, RequireFields<QueryAvrCaseArgs, 'id'>>;
  avrCases?: Resolver<ResolversTypes['AvrCaseConnection'], ParentType, ContextType, Partial<QueryAvrCasesArgs>>;
  avrStats?: Resolver<ResolversTypes['AvrStats'], ParentType, ContextType, RequireFields<QueryAvrStatsArgs, 'from' | 'to'>>;
  avrrAuditEvents?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, Partial<QueryAvrrAuditEventsArgs>>;
  centre?: Resolver<Maybe<ResolversTypes['Centre']>, ParentType, ContextType, RequireFields<QueryCentreArgs, 'code'>>;
  centres?: Resolver<Array<ResolversTypes['Centre']>, ParentType, ContextType>;
  migrant?: Resolver<Maybe<ResolversTypes['Migrant']>, ParentType, ContextType, RequireFields<QueryMigrantArgs, 'id'>>;
  movement?: Resolver<Maybe<ResolversTypes['Movement']>, ParentType, ContextType, RequireFields<QueryMovementArgs, 'id'>>;
  movements?: Resolver<ResolversTypes['MovementConnection'], ParentType, ContextType, Partial<QueryMovementsArgs>>;
  sustainabilityScoringVersions?: Resolver<Array<ResolversTypes['ScoringVersion']>, ParentType, ContextType>;
}>;

export type ReintegrationActivityResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['ReintegrationActivity'] = ResolversParentTypes['ReintegrationActivity']> = ResolversObject<{
  deliveredOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dimension?: Resolver<ResolversTypes['ReintegrationDimension'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  modality?: Resolver<ResolversTypes['DeliveryModality'], ParentType, ContextType>;
  money?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActivityStatus'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ReintegrationActivityType'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReintegrationPlanResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['ReintegrationPlan'] = ResolversParentTypes['ReintegrationPlan']> = ResolversObject<{
  activities?: Resolver<Array<ResolversTypes['ReintegrationActivity']>, ParentType, ContextType>;
  beneficiaries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completion?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['PlanScope'], ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReturneeResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['Returnee'] = ResolversParentTypes['Returnee']> = ResolversObject<{
  dateOfBirth?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sex?: Resolver<Maybe<ResolversTypes['ReturneeSex']>, ParentType, ContextType>;
}>;

export type ScoreThresholdResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['ScoreThreshold'] = ResolversParentTypes['ScoreThreshold']> = ResolversObject<{
  level?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  minComposite?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ScoringVersionResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['ScoringVersion'] = ResolversParentTypes['ScoringVersion']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dimensionWeights?: Resolver<Array<ResolversTypes['DimensionWeight']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicatorWeights?: Resolver<Array<ResolversTypes['IndicatorWeight']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  thresholds?: Resolver<Array<ResolversTypes['ScoreThreshold']>, ParentType, ContextType>;
}>;

export type SiteCentreResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['SiteCentre'] = ResolversParentTypes['SiteCentre'], FederationReferenceType extends FederationReferenceTypes['SiteCentre'] = FederationReferenceTypes['SiteCentre']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SiteCentre']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SiteMigrantResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['SiteMigrant'] = ResolversParentTypes['SiteMigrant'], FederationReferenceType extends FederationReferenceTypes['SiteMigrant'] = FederationReferenceTypes['SiteMigrant']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SiteMigrant']> | FederationReferenceType, FederationReferenceType, ContextType>;
  avrCase?: Resolver<Maybe<ResolversTypes['AvrCase']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SustainabilityRoundAverageResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['SustainabilityRoundAverage'] = ResolversParentTypes['SustainabilityRoundAverage']> = ResolversObject<{
  composite?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  economic?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  psychosocial?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  round?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  roundLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  social?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  surveys?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SustainabilitySurveyResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['SustainabilitySurvey'] = ResolversParentTypes['SustainabilitySurvey']> = ResolversObject<{
  answers?: Resolver<Array<ResolversTypes['IndicatorAnswer']>, ParentType, ContextType>;
  compositeChange?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  compositeScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  conductedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  economicScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  psychosocialScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  round?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  roundLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scoringVersion?: Resolver<ResolversTypes['ScoringVersion'], ParentType, ContextType>;
  socialScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type TravelDocumentResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['TravelDocument'] = ResolversParentTypes['TravelDocument']> = ResolversObject<{
  issuedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TravelDocumentType'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = AvrrContext> = ResolversObject<{
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  AvrCase?: AvrCaseResolvers<ContextType>;
  AvrCaseConnection?: AvrCaseConnectionResolvers<ContextType>;
  AvrCaseEdge?: AvrCaseEdgeResolvers<ContextType>;
  AvrDepartureCount?: AvrDepartureCountResolvers<ContextType>;
  AvrPipelineCount?: AvrPipelineCountResolvers<ContextType>;
  AvrReferralReceipt?: AvrReferralReceiptResolvers<ContextType>;
  AvrStats?: AvrStatsResolvers<ContextType>;
  AvrSupport?: AvrSupportResolvers<ContextType>;
  AvrTransition?: AvrTransitionResolvers<ContextType>;
  Centre?: CentreResolvers<ContextType>;
  CentreSustainabilityAverage?: CentreSustainabilityAverageResolvers<ContextType>;
  ChildSafeguards?: ChildSafeguardsResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DimensionWeight?: DimensionWeightResolvers<ContextType>;
  FieldChange?: FieldChangeResolvers<ContextType>;
  IndicatorAnswer?: IndicatorAnswerResolvers<ContextType>;
  IndicatorWeight?: IndicatorWeightResolvers<ContextType>;
  Migrant?: MigrantResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Movement?: MovementResolvers<ContextType>;
  MovementConnection?: MovementConnectionResolvers<ContextType>;
  MovementEdge?: MovementEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PlanCompletionCount?: PlanCompletionCountResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReintegrationActivity?: ReintegrationActivityResolvers<ContextType>;
  ReintegrationPlan?: ReintegrationPlanResolvers<ContextType>;
  Returnee?: ReturneeResolvers<ContextType>;
  ScoreThreshold?: ScoreThresholdResolvers<ContextType>;
  ScoringVersion?: ScoringVersionResolvers<ContextType>;
  SiteCentre?: SiteCentreResolvers<ContextType>;
  SiteMigrant?: SiteMigrantResolvers<ContextType>;
  SustainabilityRoundAverage?: SustainabilityRoundAverageResolvers<ContextType>;
  SustainabilitySurvey?: SustainabilitySurveyResolvers<ContextType>;
  TravelDocument?: TravelDocumentResolvers<ContextType>;
}>;

