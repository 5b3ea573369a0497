import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { MigrantRecord } from '../migrants/migrant.entity.js';
import type { CentreRef } from '../centres/centre.js';
import type { CentreStatsRow } from '../centres/centre-stats.js';
import type { MigrantPage } from '../migrants/migrant-list.js';
import type { CaseFlagRecord } from '../migrants/case-flag.entity.js';
import type { ConsentRecord } from '../consent/consent.entity.js';
import type { VulnerabilityScreeningRecord, CounsellingSessionRecord } from '../screening/screening.entity.js';
import type { PartnerOrganisationRecord, ReferralRecord } from '../referrals/referral.entity.js';
import type { AvrOutboxRecord } from '../avr-handover/avr-outbox.entity.js';
import type { MedicalConsultationRecord } from '../medical/medical-consultation.entity.js';
import type { StockItemRecord, StockMovementRecord, DistributionRecord, DistributedItemRef } from '../assistance/stock.entity.js';
import type { UamCaseRecord, TraffickingCaseRecord } from '../protection/protection.entity.js';
import type { ProtectionCaseRef } from '../protection/protection-list.js';
import type { MhpssSessionRecord, MhpssGroupActivityRecord, MhpssAttendanceRecord } from '../mhpss/mhpss.entity.js';
import type { AwarenessSessionRecord } from '../awareness/awareness.entity.js';
import type { ServiceIndicatorsRow } from '../assistance/service-indicators.js';
import type { AuditEventRow, FieldChange as FieldChangeRecord } from '@mpa/platform';
import type { SiteContext } from '../context.js';
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

/** A new stock item. */
export type AddStockItemInput = {
  category: StockCategory;
  /** A key the client makes once per request; sending it again returns the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** 0 or more. */
  lowStockThreshold: Scalars['Int']['input'];
  name: Scalars['String']['input'];
  unit: Scalars['String']['input'];
};

/** Age bands used in filters and indicators. */
export type AgeBand =
  /** Children, 0–17. */
  | 'AGE_0_17'
  /** 18–29, most migrants on the Eastern Route. */
  | 'AGE_18_29'
  | 'AGE_30_59'
  | 'AGE_60_PLUS';

/** Registrations in one age band, by age at registration. */
export type AgeBandCount = {
  __typename?: 'AgeBandCount';
  /** Null: no date of birth recorded, or the suppressed row. */
  ageBand: Maybe<AgeBand>;
  /** Null on the suppressed row. */
  registrations: Maybe<Scalars['Int']['output']>;
  /** True on the one row standing for the cells withheld from viewers without cases:read (fewer than 5 registrations each). */
  suppressed: Scalars['Boolean']['output'];
};

/** A number of people per age group (the age groups of IOM's reporting). */
export type AgeGroupCounts = {
  __typename?: 'AgeGroupCounts';
  age0To17: Scalars['Int']['output'];
  age18To29: Scalars['Int']['output'];
  age30To59: Scalars['Int']['output'];
  age60Plus: Scalars['Int']['output'];
  /** All age groups together. */
  total: Scalars['Int']['output'];
};

/** People per age group; a group left out counts 0. */
export type AgeGroupCountsInput = {
  age0To17?: InputMaybe<Scalars['Int']['input']>;
  age18To29?: InputMaybe<Scalars['Int']['input']>;
  age30To59?: InputMaybe<Scalars['Int']['input']>;
  age60Plus?: InputMaybe<Scalars['Int']['input']>;
};

/** What a screening found the migrant needs; also the services partners offer and referrals answer. */
export type AssistanceNeed =
  /** Assisted voluntary return. */
  | 'AVR'
  | 'FAMILY_TRACING'
  | 'LEGAL'
  | 'MEDICAL'
  | 'MHPSS'
  /** Non-food items. */
  | 'NFI'
  | 'PROTECTION'
  | 'SHELTER';

/** One assistance measure planned for a victim of trafficking. */
export type AssistancePlanItem = {
  __typename?: 'AssistancePlanItem';
  /** E.g. safe shelter, legal counselling, medical care. */
  description: Scalars['String']['output'];
  dueOn: Maybe<Scalars['Date']['output']>;
  status: AssistancePlanItemStatus;
};

/** An assistance plan item. */
export type AssistancePlanItemInput = {
  description: Scalars['String']['input'];
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  status: AssistancePlanItemStatus;
};

/** Where an item of an assistance plan stands. */
export type AssistancePlanItemStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'PLANNED';

/** People counted by sex and age group. */
export type AttendanceBySexAndAge = {
  __typename?: 'AttendanceBySexAndAge';
  female: AgeGroupCounts;
  male: AgeGroupCounts;
  /** Everyone. */
  total: Scalars['Int']['output'];
};

/** Attendance by sex and age group. */
export type AttendanceInput = {
  female?: InputMaybe<AgeGroupCountsInput>;
  male?: InputMaybe<AgeGroupCountsInput>;
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

/** Where the hand-over of an AVR request to the AVRR programme stands. */
export type AvrHandoverStatus =
  /** AVRR confirmed: the AVR case exists. */
  | 'DELIVERED'
  /** AVRR refused it for good (invalid, or not this centre's to make; see lastError); AVR may be requested again. */
  | 'FAILED'
  /** Recorded at the centre; the outbox keeps delivering it to AVRR (with back-off) until AVRR confirms. */
  | 'PENDING';

/** A centre's request for an assisted voluntary return, and its hand-over to AVRR. */
export type AvrRequest = {
  __typename?: 'AvrRequest';
  /** Delivery attempts so far. */
  attempts: Scalars['Int']['output'];
  /** The AVRR case's ID, once DELIVERED. */
  avrCaseId: Maybe<Scalars['ID']['output']>;
  /** True when requested without AVR consent, under an audited override. */
  consentOverridden: Scalars['Boolean']['output'];
  deliveredAt: Maybe<Scalars['DateTime']['output']>;
  /** ISO 3166-1 alpha-3. */
  destinationCountry: Scalars['String']['output'];
  destinationRegion: Maybe<Scalars['String']['output']>;
  /** Also the referral ID AVRR knows it by. */
  id: Scalars['ID']['output'];
  /** Why the last attempt failed while PENDING, or why AVRR refused it when FAILED. */
  lastError: Maybe<Scalars['String']['output']>;
  /** When the next attempt is due, while PENDING. */
  nextAttemptAt: Maybe<Scalars['DateTime']['output']>;
  requestedAt: Scalars['DateTime']['output'];
  /** Token subject of who requested it. */
  requestedBy: Scalars['String']['output'];
  status: AvrHandoverStatus;
};

/** A recorded AVR request. */
export type AvrRequestPayload = {
  __typename?: 'AvrRequestPayload';
  avrRequest: AvrRequest;
  created: Scalars['Boolean']['output'];
  migrant: Migrant;
};

/** A community awareness-raising or information session. */
export type AwarenessSession = {
  __typename?: 'AwarenessSession';
  /** How many attended, by sex and age group. */
  attendance: AttendanceBySexAndAge;
  /** Who recorded the session. */
  deliveredBy: ServiceProvider;
  /** Name of the facilitator. */
  facilitator: Scalars['String']['output'];
  heldOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  notes: Maybe<Scalars['String']['output']>;
  /** Where it was held (the centre, a village, a bus station, …). */
  place: Scalars['String']['output'];
  recordedAt: Scalars['DateTime']['output'];
  /** PLANNED until its attendance is recorded (holdAwarenessSession), then HELD. */
  status: AwarenessSessionStatus;
  topic: AwarenessTopic;
  /** What the topic was, when OTHER. */
  topicOther: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

/** A page of awareness sessions, most recent first. */
export type AwarenessSessionConnection = {
  __typename?: 'AwarenessSessionConnection';
  edges: Array<AwarenessSessionEdge>;
  pageInfo: PageInfo;
};

/** One session in a page. */
export type AwarenessSessionEdge = {
  __typename?: 'AwarenessSessionEdge';
  cursor: Scalars['String']['output'];
  node: AwarenessSession;
};

/** Narrows the awareness sessions. */
export type AwarenessSessionFilter = {
  /** Held on or after this date. */
  from?: InputMaybe<Scalars['Date']['input']>;
  status?: InputMaybe<AwarenessSessionStatus>;
  /** Held on or before this date. */
  to?: InputMaybe<Scalars['Date']['input']>;
  topic?: InputMaybe<AwarenessTopic>;
};

/** The result of recording or editing an awareness session. */
export type AwarenessSessionPayload = {
  __typename?: 'AwarenessSessionPayload';
  /** False when the idempotency key had been seen (or for edits). */
  created: Scalars['Boolean']['output'];
  session: AwarenessSession;
};

/** Whether a session is still to come or has been held. */
export type AwarenessSessionStatus =
  /** Held: its attendance is recorded and counts in the centre's indicators. */
  | 'HELD'
  /** Planned: topic, place, date and facilitator set; attendance not counted yet. */
  | 'PLANNED';

/** What an awareness or information session was about. */
export type AwarenessTopic =
  /** Assisted voluntary return. */
  | 'AVR'
  /** Gender-based violence. */
  | 'GBV'
  | 'HEALTH'
  | 'OTHER'
  | 'RIGHTS'
  | 'RISKS_OF_IRREGULAR_MIGRATION'
  | 'SAFE_MIGRATION'
  | 'TRAFFICKING';

/** A best-interests assessment of a child. */
export type BestInterestsAssessment = {
  __typename?: 'BestInterestsAssessment';
  /** The caseworker or social worker who assessed. */
  assessedBy: Scalars['String']['output'];
  assessedOn: Scalars['Date']['output'];
  findings: Scalars['String']['output'];
};

/** A best-interests assessment. */
export type BestInterestsAssessmentInput = {
  assessedBy: Scalars['String']['input'];
  assessedOn: Scalars['Date']['input'];
  findings: Scalars['String']['input'];
};

/** A best-interests determination: the formal decision on a durable solution for the child. */
export type BestInterestsDetermination = {
  __typename?: 'BestInterestsDetermination';
  decidedOn: Scalars['Date']['output'];
  decision: Scalars['String']['output'];
  /** Members or name of the panel that decided. */
  panel: Scalars['String']['output'];
};

/** A best-interests determination. */
export type BestInterestsDeterminationInput = {
  decidedOn: Scalars['Date']['input'];
  decision: Scalars['String']['input'];
  panel: Scalars['String']['input'];
};

/** Something on a case the team must see (e.g. 'needs an interpreter'), until resolved. */
export type CaseFlag = {
  __typename?: 'CaseFlag';
  id: Scalars['ID']['output'];
  message: Scalars['String']['output'];
  raisedAt: Scalars['DateTime']['output'];
  /** Token subject of who raised it. */
  raisedBy: Scalars['String']['output'];
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  /** Token subject of who resolved it; null while open. */
  resolvedBy: Maybe<Scalars['String']['output']>;
  /** Revision, for optimistic locking. */
  version: Scalars['Int']['output'];
};

/** A raised or resolved flag. */
export type CaseFlagPayload = {
  __typename?: 'CaseFlagPayload';
  /** False when an earlier request with the same key had already raised it. */
  created: Scalars['Boolean']['output'];
  flag: CaseFlag;
  migrant: Migrant;
};

/** Case management indicators of a centre for a period (by the date of each event: screening, referral, request, closure). */
export type CaseManagementIndicators = {
  __typename?: 'CaseManagementIndicators';
  /** AVR requests made. */
  avrRequests: Scalars['Int']['output'];
  /** Of those, handed over to AVRR. */
  avrRequestsDelivered: Scalars['Int']['output'];
  /** Cases closed. */
  closedCases: Scalars['Int']['output'];
  /** Counselling sessions held. */
  counsellingSessions: Scalars['Int']['output'];
  /** Migrants with each need identified by a screening; the needs of fewer than 5 migrants each merged into one suppressed row (viewers without cases:read). */
  needsIdentified: Array<NeedCount>;
  /** Referrals requested in the period, by where they stand now. */
  referralsByStatus: Array<ReferralStatusCount>;
  /** Vulnerability screenings recorded. */
  screenings: Scalars['Int']['output'];
  /** Migrants a screening found indicators of trafficking for. Null: 1 to 4, withheld from viewers without cases:read for the centre (small-cell threshold 5). */
  traffickingIndicatorsIdentified: Maybe<Scalars['Int']['output']>;
  /** Cases transferred to another organisation. */
  transferredCases: Scalars['Int']['output'];
  /** Migrants a screening identified as unaccompanied children. Null: 1 to 4, withheld from viewers without cases:read for the centre (small-cell threshold 5). */
  unaccompaniedChildrenIdentified: Maybe<Scalars['Int']['output']>;
};

/** Where a case stands. */
export type CaseStatus =
  /** Assistance ended. */
  | 'CLOSED'
  /** Being assisted at the centre. */
  | 'OPEN'
  /** Another organisation took over the case. */
  | 'TRANSFERRED';

/** A Migrant Response Centre. The site subgraph contributes what lives in the centre's own database. */
export type Centre = {
  /** The centre's audit log (administrators only, audit:read). */
  auditEvents: Maybe<AuditEventConnection>;
  /** Awareness-raising and information sessions, most recent first (cases:read or stats:read). */
  awarenessSessions: Maybe<AwarenessSessionConnection>;
  /** The centre's code, e.g. `bossaso`. */
  code: Scalars['ID']['output'];
  /** Group psychosocial activities, most recent first (mhpss:read). */
  mhpssGroupActivities: Maybe<MhpssGroupActivityConnection>;
  /** One migrant of this centre, or null when the ID is not one of its records. */
  migrant: Maybe<Migrant>;
  /** Migrants registered at this centre, newest registration first. */
  migrants: Maybe<MigrantConnection>;
  /** The centre's partner directory, by name. */
  partners: Maybe<PartnerOrganisationConnection>;
  /** Migrants already registered who are probably the person described (similar name, same sex and nationality, age within 3 years). */
  possibleDuplicates: Maybe<Array<DuplicateCandidate>>;
  /** Protection cases of the centre, most recently opened first (protection:read; every case listed is logged as read). */
  protectionCases: Maybe<ProtectionCaseConnection>;
  /** The centre's referrals, newest first. */
  referrals: Maybe<ReferralConnection>;
  /** Finds migrants before registering someone: fuzzy by name (tolerates typos), exact by registration number or ID; best match first. */
  searchMigrants: Maybe<MigrantSearchConnection>;
  /** Caseload indicators for a period (registration date, inclusive); null when the centre cannot be reached. */
  stats: Maybe<CentreStats>;
  /** Every stock item and its level now (cases:read or stats:read). */
  stock: Maybe<Array<StockItem>>;
  /** The stock ledger, newest first (cases:read). */
  stockMovements: Maybe<StockMovementConnection>;
};


/** A Migrant Response Centre. The site subgraph contributes what lives in the centre's own database. */
export type CentreAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A Migrant Response Centre. The site subgraph contributes what lives in the centre's own database. */
export type CentreAwarenessSessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AwarenessSessionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A Migrant Response Centre. The site subgraph contributes what lives in the centre's own database. */
export type CentreMhpssGroupActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MhpssGroupActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A Migrant Response Centre. The site subgraph contributes what lives in the centre's own database. */
export type CentreMigrantArgs = {
  id: Scalars['ID']['input'];
};


/** A Migrant Response Centre. The site subgraph contributes what lives in the centre's own database. */
export type CentreMigrantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MigrantFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A Migrant Response Centre. The site subgraph contributes what lives in the centre's own database. */
export type CentrePartnersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A Migrant Response Centre. The site subgraph contributes what lives in the centre's own database. */
export type CentrePossibleDuplicatesArgs = {
  input: DuplicateCheckInput;
};


/** A Migrant Response Centre. The site subgraph contributes what lives in the centre's own database. */
export type CentreProtectionCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProtectionCaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A Migrant Response Centre. The site subgraph contributes what lives in the centre's own database. */
export type CentreReferralsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReferralFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A Migrant Response Centre. The site subgraph contributes what lives in the centre's own database. */
export type CentreSearchMigrantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


/** A Migrant Response Centre. The site subgraph contributes what lives in the centre's own database. */
export type CentreStatsArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/** A Migrant Response Centre. The site subgraph contributes what lives in the centre's own database. */
export type CentreStockMovementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StockMovementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Caseload indicators of one centre. */
export type CentreStats = {
  __typename?: 'CentreStats';
  /** Screening, counselling, referral, AVR hand-over and closure indicators for the period. */
  caseManagement: CaseManagementIndicators;
  /** Registrations in the period of children (0–17). Null: the children or the others are 1 to 4, withheld from viewers without cases:read for the centre (small-cell threshold 5). */
  childRegistrations: Maybe<Scalars['Int']['output']>;
  /** Cases open now, whatever the period. */
  openCases: Scalars['Int']['output'];
  /** The period's registrations by nationality, sex, age band and intended destination. */
  registrationBreakdown: RegistrationBreakdown;
  /** Registrations in the period. */
  registrations: Scalars['Int']['output'];
  /** Registrations in the period of people holding no document. Null: those or the others are 1 to 4, withheld from viewers without cases:read for the centre (small-cell threshold 5). */
  registrationsWithoutDocuments: Maybe<Scalars['Int']['output']>;
  /** Services delivered in the period: medical, relief items, MHPSS, awareness, protection; and stock levels now. */
  services: ServiceIndicators;
  /** Vulnerabilities the period's screenings identified. */
  vulnerabilities: VulnerabilityIndicators;
};

/** A consent given for one purpose, until withdrawn. */
export type Consent = {
  __typename?: 'Consent';
  /** True while given and not withdrawn. */
  active: Scalars['Boolean']['output'];
  givenBy: ConsentGiver;
  /** The day consent was given. */
  givenOn: Scalars['Date']['output'];
  /** The guardian's name, when a guardian gave it. */
  guardianName: Maybe<Scalars['String']['output']>;
  /** The guardian's relationship to the child (e.g. uncle). */
  guardianRelationship: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  purpose: ConsentPurpose;
  recordedAt: Scalars['DateTime']['output'];
  /** Token subject of the staff member who recorded it. */
  recordedBy: Scalars['String']['output'];
  /** Revision, for optimistic locking. */
  version: Scalars['Int']['output'];
  withdrawalReason: Maybe<Scalars['String']['output']>;
  /** Token subject of who recorded the withdrawal. */
  withdrawnBy: Maybe<Scalars['String']['output']>;
  /** The day it was withdrawn; null while in force. */
  withdrawnOn: Maybe<Scalars['Date']['output']>;
};

/** A page of consents, newest first. */
export type ConsentConnection = {
  __typename?: 'ConsentConnection';
  edges: Array<ConsentEdge>;
  pageInfo: PageInfo;
};

/** One consent in a page. */
export type ConsentEdge = {
  __typename?: 'ConsentEdge';
  cursor: Scalars['String']['output'];
  node: Consent;
};

/** Who gave a consent. */
export type ConsentGiver =
  /** A guardian, for a child. */
  | 'GUARDIAN'
  /** The migrant. */
  | 'MIGRANT';

/** Acting without the consent an action needs: only with the consent:override scope and a reason; audit-logged as an override. */
export type ConsentOverrideInput = {
  reason: Scalars['String']['input'];
};

/** A recorded or withdrawn consent. */
export type ConsentPayload = {
  __typename?: 'ConsentPayload';
  consent: Consent;
  /** False when an earlier request with the same key had already recorded it. */
  created: Scalars['Boolean']['output'];
  migrant: Migrant;
};

/** What a consent allows. */
export type ConsentPurpose =
  /** Handing the case over to the AVRR programme for an assisted voluntary return. */
  | 'AVR'
  /** Sharing the migrant's data with partner organisations (referrals, transfers). */
  | 'DATA_SHARING_WITH_PARTNERS'
  /** Medical assistance. */
  | 'MEDICAL'
  /** Recording the migrant's data at the centre. */
  | 'REGISTRATION';

/** A recorded counselling session. */
export type CounsellingPayload = {
  __typename?: 'CounsellingPayload';
  created: Scalars['Boolean']['output'];
  migrant: Migrant;
  session: CounsellingSession;
};

/** An individual counselling session. */
export type CounsellingSession = {
  __typename?: 'CounsellingSession';
  /** Token subject of the counsellor. */
  counsellor: Scalars['String']['output'];
  /** When to see the migrant again. */
  followUpOn: Maybe<Scalars['Date']['output']>;
  heldOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  outcome: Maybe<Scalars['String']['output']>;
  recordedAt: Scalars['DateTime']['output'];
  topics: Array<CounsellingTopic>;
  version: Scalars['Int']['output'];
};

/** A page of counselling sessions, newest first. */
export type CounsellingSessionConnection = {
  __typename?: 'CounsellingSessionConnection';
  edges: Array<CounsellingSessionEdge>;
  pageInfo: PageInfo;
};

/** One counselling session in a page. */
export type CounsellingSessionEdge = {
  __typename?: 'CounsellingSessionEdge';
  cursor: Scalars['String']['output'];
  node: CounsellingSession;
};

/** Topics of a counselling session. */
export type CounsellingTopic =
  /** Assisted voluntary return. */
  | 'AVR'
  /** The options open to the migrant. */
  | 'OPTIONS'
  | 'RIGHTS'
  | 'RISKS_OF_IRREGULAR_MIGRATION'
  | 'SAFE_MIGRATION'
  | 'SERVICES_AVAILABLE';

/** A partner to add to the directory. */
export type CreatePartnerInput = {
  contact?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  services: Array<AssistanceNeed>;
};

/** Registrations intending to reach one country. */
export type DestinationCount = {
  __typename?: 'DestinationCount';
  /** ISO 3166-1 alpha-3; null: no destination stated, or the suppressed row. */
  destination: Maybe<Scalars['String']['output']>;
  /** Null on the suppressed row. */
  registrations: Maybe<Scalars['Int']['output']>;
  /** True on the one row standing for the cells withheld from viewers without cases:read (fewer than 5 registrations each). */
  suppressed: Scalars['Boolean']['output'];
};

/** The level a determinant of vulnerability sits at (IOM Determinants of Migrant Vulnerability model). */
export type DeterminantLevel =
  /** The community around the person. */
  | 'COMMUNITY'
  /** The household and family. */
  | 'HOUSEHOLD_FAMILY'
  /** The person: age, sex, health, experiences, skills. */
  | 'INDIVIDUAL'
  /** Structural conditions: law, policy, conflict, economy, environment. */
  | 'STRUCTURAL';

/** Items handed to a migrant. */
export type DistributeItemsInput = {
  /** Defaults to today. */
  distributedOn?: InputMaybe<Scalars['Date']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** At least one item, each at most once. */
  items: Array<DistributedItemInput>;
  migrantId: Scalars['ID']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
};

/** The result of a distribution. */
export type DistributeItemsPayload = {
  __typename?: 'DistributeItemsPayload';
  created: Scalars['Boolean']['output'];
  distribution: Distribution;
};

/** An item and how many units of it a migrant received. */
export type DistributedItem = {
  __typename?: 'DistributedItem';
  item: StockItem;
  quantity: Scalars['Int']['output'];
};

/** One item of a distribution. */
export type DistributedItemInput = {
  itemId: Scalars['ID']['input'];
  /** Units handed out, more than 0. */
  quantity: Scalars['Int']['input'];
};

/** Items handed to a migrant at one time. */
export type Distribution = {
  __typename?: 'Distribution';
  /** Who handed the items out. */
  deliveredBy: ServiceProvider;
  distributedOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  items: Array<DistributedItem>;
  migrant: Maybe<Migrant>;
  notes: Maybe<Scalars['String']['output']>;
  recordedAt: Scalars['DateTime']['output'];
};

/** A page of distributions, most recent first. */
export type DistributionConnection = {
  __typename?: 'DistributionConnection';
  edges: Array<DistributionEdge>;
  pageInfo: PageInfo;
};

/** One distribution in a page. */
export type DistributionEdge = {
  __typename?: 'DistributionEdge';
  cursor: Scalars['String']['output'];
  node: Distribution;
};

/** Kinds of identity or travel document. */
export type DocumentType =
  | 'BIRTH_CERTIFICATE'
  | 'NATIONAL_ID'
  | 'OTHER'
  | 'PASSPORT'
  | 'TRAVEL_DOCUMENT';

/** A registered migrant who may be the person described. */
export type DuplicateCandidate = {
  __typename?: 'DuplicateCandidate';
  migrant: Migrant;
  /** Name similarity, 0–1. */
  score: Scalars['Float']['output'];
};

/** Who is about to be registered, to look for an existing record first. */
export type DuplicateCheckInput = {
  /** Give this or `estimatedAge`. */
  dateOfBirth?: InputMaybe<Scalars['Date']['input']>;
  estimatedAge?: InputMaybe<Scalars['Int']['input']>;
  familyName: Scalars['String']['input'];
  givenName: Scalars['String']['input'];
  /** ISO 3166-1 alpha-3. */
  nationality: Scalars['String']['input'];
  sex: Sex;
};

/** Whether a factor adds to vulnerability or protects against it. */
export type FactorKind =
  | 'PROTECTIVE'
  | 'RISK';

/** Where the search for a child's family stands. */
export type FamilyTracingStatus =
  | 'FAMILY_LOCATED'
  | 'IN_PROGRESS'
  /** Tracing ended without finding the family, or reunification is not in the child's best interests. */
  | 'NOT_POSSIBLE'
  | 'NOT_STARTED'
  | 'REUNIFIED';

/** A field of a record before and after a change; values are JSON. */
export type FieldChange = {
  __typename?: 'FieldChange';
  field: Scalars['String']['output'];
  /** The old value, as JSON. */
  from: Maybe<Scalars['String']['output']>;
  /** The new value, as JSON. */
  to: Maybe<Scalars['String']['output']>;
};

/** The guardian or appointed caregiver of a child. */
export type Guardian = {
  __typename?: 'Guardian';
  appointedOn: Scalars['Date']['output'];
  /** Phone or other way to reach them. */
  contact: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** E.g. uncle, foster carer, social worker. */
  relationship: Scalars['String']['output'];
};

/** A guardian or appointed caregiver. */
export type GuardianInput = {
  appointedOn: Scalars['Date']['input'];
  contact?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  relationship: Scalars['String']['input'];
};

/** A referral of a migrant from a consultation to a health facility. */
export type HealthReferral = {
  __typename?: 'HealthReferral';
  /** The hospital, clinic or health post referred to. */
  facility: Scalars['String']['output'];
  reason: Scalars['String']['output'];
  urgency: ReferralUrgency;
};

/** A referral to a health facility. */
export type HealthReferralInput = {
  facility: Scalars['String']['input'];
  reason: Scalars['String']['input'];
  urgency: ReferralUrgency;
};

/** A planned session's attendance, once it has been held. */
export type HoldAwarenessSessionInput = {
  /** At least one person. */
  attendance: AttendanceInput;
  /** Defaults to today; not in the future. */
  heldOn?: InputMaybe<Scalars['Date']['input']>;
  /** Replaces the planning notes when given. */
  notes?: InputMaybe<Scalars['String']['input']>;
};

/** An identity or travel document the migrant holds. */
export type IdentityDocument = {
  __typename?: 'IdentityDocument';
  /** The document's number, when the migrant shares it. */
  number: Maybe<Scalars['String']['output']>;
  type: DocumentType;
};

/** A document given at registration or in an edit. */
export type IdentityDocumentInput = {
  number?: InputMaybe<Scalars['String']['input']>;
  type: DocumentType;
};

/** Units of one item handed out in a period. */
export type ItemDistributedIndicator = {
  __typename?: 'ItemDistributedIndicator';
  item: Scalars['String']['output'];
  /** Distinct migrants who received the item. */
  migrants: Scalars['Int']['output'];
  /** Units handed out. */
  quantity: Scalars['Int']['output'];
  unit: Scalars['String']['output'];
};

/** A basic medical consultation given to a migrant at the centre (medical:read; every read is logged). */
export type MedicalConsultation = {
  __typename?: 'MedicalConsultation';
  /** Date of the consultation. */
  consultedOn: Scalars['Date']['output'];
  /** The clinician who recorded the consultation. */
  deliveredBy: ServiceProvider;
  /** What the follow-up is for. */
  followUpNotes: Maybe<Scalars['String']['output']>;
  /** When the migrant should be seen again. */
  followUpOn: Maybe<Scalars['Date']['output']>;
  /** Every change to this record, oldest first: who changed which field from what to what. */
  history: Array<AuditEvent>;
  /** Globally unique ID, prefixed by the site code. */
  id: Scalars['ID']['output'];
  /** Medication dispensed or prescribed, with dose. */
  medication: Maybe<Scalars['String']['output']>;
  /** The migrant consulted. */
  migrant: Maybe<Migrant>;
  /** Findings of the examination (vital signs, signs, assessment). */
  observations: Maybe<Scalars['String']['output']>;
  /** What the migrant came with, in their words or the clinician's summary. */
  presentingComplaint: Scalars['String']['output'];
  /** When the consultation was recorded. */
  recordedAt: Scalars['DateTime']['output'];
  /** Referral to a health facility, when one was made. */
  referral: Maybe<HealthReferral>;
  /** Treatment given at the centre. */
  treatmentGiven: Maybe<Scalars['String']['output']>;
  /** Revision of the record, for optimistic locking of edits. */
  version: Scalars['Int']['output'];
};

/** A page of medical consultations, most recent first. */
export type MedicalConsultationConnection = {
  __typename?: 'MedicalConsultationConnection';
  edges: Array<MedicalConsultationEdge>;
  pageInfo: PageInfo;
};

/** One consultation in a page. */
export type MedicalConsultationEdge = {
  __typename?: 'MedicalConsultationEdge';
  cursor: Scalars['String']['output'];
  node: MedicalConsultation;
};

/** The result of recording or editing a consultation. */
export type MedicalConsultationPayload = {
  __typename?: 'MedicalConsultationPayload';
  consultation: MedicalConsultation;
  /** False when an earlier request with the same idempotency key had already recorded it (or nothing changed). */
  created: Scalars['Boolean']['output'];
};

/** A migrant on a group activity's list, and whether they came. */
export type MhpssAttendance = {
  __typename?: 'MhpssAttendance';
  attended: Scalars['Boolean']['output'];
  migrant: Maybe<Migrant>;
};

/** A migrant on a group activity's list. */
export type MhpssAttendanceInput = {
  /** Defaults to true. */
  attended?: InputMaybe<Scalars['Boolean']['input']>;
  migrantId: Scalars['ID']['input'];
};

/** A group psychosocial activity at the centre (mhpss:read). */
export type MhpssGroupActivity = {
  __typename?: 'MhpssGroupActivity';
  /** Number of migrants who attended. */
  attendance: Scalars['Int']['output'];
  /** Migrants of the centre invited, with their attendance. */
  attendees: Array<MhpssAttendance>;
  /** Who recorded the activity. */
  deliveredBy: ServiceProvider;
  /** Name of the facilitator. */
  facilitator: Scalars['String']['output'];
  heldOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  notes: Maybe<Scalars['String']['output']>;
  recordedAt: Scalars['DateTime']['output'];
  type: MhpssGroupActivityType;
  version: Scalars['Int']['output'];
};

/** A page of group activities, most recent first. */
export type MhpssGroupActivityConnection = {
  __typename?: 'MhpssGroupActivityConnection';
  edges: Array<MhpssGroupActivityEdge>;
  pageInfo: PageInfo;
};

/** One group activity in a page. */
export type MhpssGroupActivityEdge = {
  __typename?: 'MhpssGroupActivityEdge';
  cursor: Scalars['String']['output'];
  node: MhpssGroupActivity;
};

/** Narrows the group activities. */
export type MhpssGroupActivityFilter = {
  /** Held on or after this date. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Held on or before this date. */
  to?: InputMaybe<Scalars['Date']['input']>;
  type?: InputMaybe<MhpssGroupActivityType>;
};

/** The result of recording or editing a group activity. */
export type MhpssGroupActivityPayload = {
  __typename?: 'MhpssGroupActivityPayload';
  activity: MhpssGroupActivity;
  /** False when the idempotency key had been seen (or for edits). */
  created: Scalars['Boolean']['output'];
};

/** Kind of group activity. */
export type MhpssGroupActivityType =
  | 'ART_AND_CULTURE'
  | 'OTHER'
  | 'PSYCHOEDUCATION'
  | 'RECREATIONAL'
  | 'SPORTS'
  | 'SUPPORT_GROUP';

/** An individual psychosocial support session with a migrant (mhpss:read; every read is logged). */
export type MhpssSession = {
  __typename?: 'MhpssSession';
  /** Who held the session. */
  deliveredBy: ServiceProvider;
  /** When the migrant should be seen again. */
  followUpOn: Maybe<Scalars['Date']['output']>;
  heldOn: Scalars['Date']['output'];
  /** Every change to this record, oldest first. */
  history: Array<AuditEvent>;
  id: Scalars['ID']['output'];
  migrant: Maybe<Migrant>;
  /** Confidential session notes. */
  notes: Maybe<Scalars['String']['output']>;
  recordedAt: Scalars['DateTime']['output'];
  type: MhpssSessionType;
  /** Revision of the record, for optimistic locking of edits. */
  version: Scalars['Int']['output'];
};

/** A page of MHPSS sessions, most recent first. */
export type MhpssSessionConnection = {
  __typename?: 'MhpssSessionConnection';
  edges: Array<MhpssSessionEdge>;
  pageInfo: PageInfo;
};

/** One session in a page. */
export type MhpssSessionEdge = {
  __typename?: 'MhpssSessionEdge';
  cursor: Scalars['String']['output'];
  node: MhpssSession;
};

/** The result of recording or editing a session. */
export type MhpssSessionPayload = {
  __typename?: 'MhpssSessionPayload';
  /** False when the idempotency key had been seen (or for edits). */
  created: Scalars['Boolean']['output'];
  session: MhpssSession;
};

/** Kind of individual psychosocial support. */
export type MhpssSessionType =
  | 'COUNSELLING'
  | 'FOLLOW_UP'
  | 'OTHER'
  | 'PSYCHOEDUCATION'
  | 'PSYCHOLOGICAL_FIRST_AID'
  /** Referral to specialised mental health care. */
  | 'SPECIALISED_REFERRAL';

/** A migrant or returnee registered at a Migrant Response Centre. */
export type Migrant = {
  /** Whether the migrant travels with someone; null when not asked. */
  accompanied: Maybe<Scalars['Boolean']['output']>;
  /** With whom the migrant travels, as told. */
  accompaniedBy: Maybe<Scalars['String']['output']>;
  /** Age in completed years today, from the date of birth. */
  age: Maybe<Scalars['Int']['output']>;
  /** Another name the migrant is known by. */
  alias: Maybe<Scalars['String']['output']>;
  /** Date the migrant arrived at the centre. */
  arrivalDate: Scalars['Date']['output'];
  /** The latest AVR request and its hand-over to AVRR; null when none. */
  avrRequest: Maybe<AvrRequest>;
  /** Token subject of the caseworker who owns the case. */
  caseOwner: Maybe<Scalars['String']['output']>;
  caseStatus: CaseStatus;
  /** Token subjects of the caseworkers assigned to the case. */
  caseworkers: Array<Scalars['String']['output']>;
  /** Why the case was closed, when CLOSED. */
  closedReason: Maybe<Scalars['String']['output']>;
  /** Consents given for this migrant, newest first (withdrawn ones included). */
  consents: Maybe<ConsentConnection>;
  /** Counselling sessions, newest first. */
  counsellingSessions: Maybe<CounsellingSessionConnection>;
  /** Date of birth; an estimate when `dateOfBirthEstimated` is true. */
  dateOfBirth: Maybe<Scalars['Date']['output']>;
  /** True when the date of birth was estimated from a stated or assessed age. */
  dateOfBirthEstimated: Scalars['Boolean']['output'];
  /** Relief items handed to the migrant, most recent first (cases:read). */
  distributions: Maybe<DistributionConnection>;
  /** The identity or travel document held; null when none. */
  document: Maybe<IdentityDocument>;
  familyName: Scalars['String']['output'];
  /** Flags on the case, open ones first. */
  flags: Array<CaseFlag>;
  /** Given and family name together. */
  fullName: Scalars['String']['output'];
  givenName: Scalars['String']['output'];
  /** Whether the migrant holds any identity or travel document. */
  hasDocuments: Scalars['Boolean']['output'];
  /** Set when a screening found indicators of trafficking (for the protection team). */
  hasTraffickingIndicators: Scalars['Boolean']['output'];
  /** The change history of this case file, newest first: who changed which field, when, from what to what. */
  history: Maybe<AuditEventConnection>;
  /** Globally unique ID, prefixed by the site code (`bossaso:…`). */
  id: Scalars['ID']['output'];
  /** Intended destination country, ISO 3166-1 alpha-3 (`SAU`). */
  intendedDestination: Maybe<Scalars['String']['output']>;
  /** Set when a screening found the migrant is an unaccompanied child (for the protection team). */
  isUnaccompaniedChild: Scalars['Boolean']['output'];
  /** Languages the migrant speaks, as told (e.g. Oromo, Amharic). */
  languages: Array<Scalars['String']['output']>;
  /** Medical consultations, most recent first (medical:read of the migrant's centre; null otherwise). Every read is logged. */
  medicalConsultations: Maybe<MedicalConsultationConnection>;
  /** Individual psychosocial support sessions, most recent first (mhpss:read; null otherwise). Every read is logged. */
  mhpssSessions: Maybe<MhpssSessionConnection>;
  /** Why the migrant left, as told. */
  migrationReasons: Array<MigrationReason>;
  /** Nationality as an ISO 3166-1 alpha-3 code (`ETH`). */
  nationality: Scalars['String']['output'];
  /** A phone number to reach the migrant. */
  phone: Maybe<Scalars['String']['output']>;
  /** Referrals of this migrant, newest first. */
  referrals: Maybe<ReferralConnection>;
  /** Region or place of origin (e.g. Oromia). */
  regionOfOrigin: Maybe<Scalars['String']['output']>;
  /** When the registration was recorded. */
  registeredAt: Scalars['DateTime']['output'];
  /** The case number staff use and write on paper, e.g. `BOS-2026-000123`. */
  registrationNumber: Scalars['String']['output'];
  /** Risk level of the case; HIGH once a screening finds UAM or trafficking indicators. */
  riskLevel: Maybe<RiskLevel>;
  /** Vulnerability screenings, newest first. Reads of screenings with UAM or trafficking indicators are audit-logged. */
  screenings: Maybe<VulnerabilityScreeningConnection>;
  sex: Sex;
  /** The migrant's trafficking case, if any (protection:read; null otherwise). Every read is logged. */
  traffickingCase: Maybe<TraffickingCase>;
  /** The organisation that took the case over, when TRANSFERRED. */
  transferredTo: Maybe<Scalars['String']['output']>;
  /** The child's UAM case, if any (protection:read; null otherwise). Every read is logged. */
  uamCase: Maybe<UamCase>;
  /** Revision of the record, for optimistic locking of edits. */
  version: Scalars['Int']['output'];
};


/** A migrant or returnee registered at a Migrant Response Centre. */
export type MigrantConsentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A migrant or returnee registered at a Migrant Response Centre. */
export type MigrantCounsellingSessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A migrant or returnee registered at a Migrant Response Centre. */
export type MigrantDistributionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A migrant or returnee registered at a Migrant Response Centre. */
export type MigrantHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A migrant or returnee registered at a Migrant Response Centre. */
export type MigrantMedicalConsultationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A migrant or returnee registered at a Migrant Response Centre. */
export type MigrantMhpssSessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A migrant or returnee registered at a Migrant Response Centre. */
export type MigrantReferralsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A migrant or returnee registered at a Migrant Response Centre. */
export type MigrantScreeningsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of migrants (Relay cursor connection). */
export type MigrantConnection = {
  __typename?: 'MigrantConnection';
  edges: Array<MigrantEdge>;
  pageInfo: PageInfo;
  /** Number of migrants matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One migrant in a page, with the cursor to continue after it. */
export type MigrantEdge = {
  __typename?: 'MigrantEdge';
  cursor: Scalars['String']['output'];
  node: Migrant;
};

/** Narrows a list of migrants; every field given must match. */
export type MigrantFilter = {
  ageBand?: InputMaybe<AgeBand>;
  caseStatus?: InputMaybe<CaseStatus>;
  /** Part of the given or family name, any case. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-3 nationality. */
  nationality?: InputMaybe<Scalars['String']['input']>;
  /** Registered on or after this date. */
  registeredFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Registered on or before this date. */
  registeredTo?: InputMaybe<Scalars['Date']['input']>;
  sex?: InputMaybe<Sex>;
};

/** A changed case file. */
export type MigrantPayload = {
  __typename?: 'MigrantPayload';
  migrant: Migrant;
};

/** A page of search results, best match first. */
export type MigrantSearchConnection = {
  __typename?: 'MigrantSearchConnection';
  edges: Array<MigrantSearchEdge>;
  pageInfo: PageInfo;
};

/** One search result. */
export type MigrantSearchEdge = {
  __typename?: 'MigrantSearchEdge';
  cursor: Scalars['String']['output'];
  node: Migrant;
  /** How well the migrant matches, 0–1; 1 for an exact registration number or ID. */
  score: Scalars['Float']['output'];
};

/** Reasons for migrating. */
export type MigrationReason =
  | 'CONFLICT'
  | 'ECONOMIC'
  | 'EDUCATION'
  | 'ENVIRONMENT'
  | 'FAMILY'
  | 'OTHER'
  | 'PERSECUTION';

export type Mutation = {
  __typename?: 'Mutation';
  /** This centre's changes. */
  site: SiteMutations;
};

/** Registrations of one nationality, or (suppressed) of the nationalities with fewer than 5 each. */
export type NationalityCount = {
  __typename?: 'NationalityCount';
  /** ISO 3166-1 alpha-3; null on the suppressed row. */
  nationality: Maybe<Scalars['String']['output']>;
  /** Null on the suppressed row. */
  registrations: Maybe<Scalars['Int']['output']>;
  /** True on the one row standing for the cells withheld from viewers without cases:read (fewer than 5 registrations each). */
  suppressed: Scalars['Boolean']['output'];
};

/** How many migrants have a need, or (suppressed) the needs of fewer than 5 migrants each. */
export type NeedCount = {
  __typename?: 'NeedCount';
  /** Null on the suppressed row. */
  migrants: Maybe<Scalars['Int']['output']>;
  /** Null on the suppressed row. */
  need: Maybe<AssistanceNeed>;
  /** True on the one row standing for the needs withheld from viewers without cases:read (fewer than 5 migrants each). */
  suppressed: Scalars['Boolean']['output'];
};

/** Records a trafficking screening and opens the VoT case. */
export type OpenTraffickingCaseInput = {
  actIndicators: Array<TraffickingAct>;
  assistancePlan?: InputMaybe<Array<AssistancePlanItemInput>>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to PENDING. */
  identification?: InputMaybe<TraffickingIdentificationInput>;
  meansIndicators: Array<TraffickingMeans>;
  migrantId: Scalars['ID']['input'];
  purposeIndicators: Array<TraffickingPurpose>;
  /** Required when purposeIndicators has OTHER. */
  purposeOther?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to today. */
  screenedOn?: InputMaybe<Scalars['Date']['input']>;
  screeningNotes?: InputMaybe<Scalars['String']['input']>;
};

/** Opens the UAM case of a child. */
export type OpenUamCaseInput = {
  bestInterestsAssessment?: InputMaybe<BestInterestsAssessmentInput>;
  bestInterestsDetermination?: InputMaybe<BestInterestsDeterminationInput>;
  escortNeeds?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to NOT_STARTED. */
  familyTracingStatus?: InputMaybe<FamilyTracingStatus>;
  guardian?: InputMaybe<GuardianInput>;
  /** A key the client makes once per request; sending it again returns the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The child (an ID of this centre, under 18). */
  migrantId: Scalars['ID']['input'];
  /** Defaults to today. */
  openedOn?: InputMaybe<Scalars['Date']['input']>;
  separation: SeparationType;
};

/** Where a page ends, and whether another follows. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to fetch the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** An organisation the centre refers migrants to (health services, shelters, legal aid, …). */
export type PartnerOrganisation = {
  __typename?: 'PartnerOrganisation';
  /** How to reach the partner (phone, e-mail, address). */
  contact: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Services the partner offers. */
  services: Array<AssistanceNeed>;
  /** Revision, for optimistic locking. */
  version: Scalars['Int']['output'];
};

/** A page of partners, by name. */
export type PartnerOrganisationConnection = {
  __typename?: 'PartnerOrganisationConnection';
  edges: Array<PartnerOrganisationEdge>;
  pageInfo: PageInfo;
};

/** One partner in a page. */
export type PartnerOrganisationEdge = {
  __typename?: 'PartnerOrganisationEdge';
  cursor: Scalars['String']['output'];
  node: PartnerOrganisation;
};

/** A created or changed partner. */
export type PartnerPayload = {
  __typename?: 'PartnerPayload';
  created: Scalars['Boolean']['output'];
  partner: PartnerOrganisation;
};

/** A session to plan: held later, its attendance recorded then (holdAwarenessSession). */
export type PlanAwarenessSessionInput = {
  facilitator: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  place: Scalars['String']['input'];
  /** Today or later, at most a year ahead. */
  plannedOn: Scalars['Date']['input'];
  topic: AwarenessTopic;
  /** Required when the topic is OTHER. */
  topicOther?: InputMaybe<Scalars['String']['input']>;
};

/** A protection case of the centre: an unaccompanied or separated child, or a (possible) victim of trafficking. */
export type ProtectionCase = {
  /** Every change to this case, oldest first. */
  history: Array<AuditEvent>;
  id: Scalars['ID']['output'];
  migrant: Maybe<Migrant>;
  /** Who opened the case. */
  openedBy: ServiceProvider;
  /** Date the case was opened (for a VoT case, the date of the screening). */
  openedOn: Scalars['Date']['output'];
  /** Revision of the record, for optimistic locking of edits. */
  version: Scalars['Int']['output'];
};

/** A page of protection cases, most recently opened first. */
export type ProtectionCaseConnection = {
  __typename?: 'ProtectionCaseConnection';
  edges: Array<ProtectionCaseEdge>;
  pageInfo: PageInfo;
};

/** One protection case in a page. */
export type ProtectionCaseEdge = {
  __typename?: 'ProtectionCaseEdge';
  cursor: Scalars['String']['output'];
  node: ProtectionCase;
};

/** Narrows the protection caseload; every field given must match. */
export type ProtectionCaseFilter = {
  /** UAM cases in this tracing status. */
  familyTracingStatus?: InputMaybe<FamilyTracingStatus>;
  /** VoT cases with this identification decision. */
  identification?: InputMaybe<TraffickingIdentification>;
  kind?: InputMaybe<ProtectionCaseKind>;
  /** Opened on or after this date. */
  openedFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Opened on or before this date. */
  openedTo?: InputMaybe<Scalars['Date']['input']>;
};

/** Which protection cases to list. */
export type ProtectionCaseKind =
  | 'UAM'
  | 'VOT';

/** Raises a flag on a case. */
export type RaiseFlagInput = {
  /** Sending the same key again returns the first flag. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  message: Scalars['String']['input'];
  migrantId: Scalars['ID']['input'];
};

/** Stock received into the centre. */
export type ReceiveStockInput = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  itemId: Scalars['ID']['input'];
  /** Units received, more than 0. */
  quantity: Scalars['Int']['input'];
  /** Defaults to today. */
  receivedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Supplier, donor or warehouse. */
  source: Scalars['String']['input'];
};

/** The result of a receipt. */
export type ReceiveStockPayload = {
  __typename?: 'ReceiveStockPayload';
  created: Scalars['Boolean']['output'];
  movement: StockMovement;
};

/** An awareness session to record. */
export type RecordAwarenessSessionInput = {
  /** At least one person. */
  attendance: AttendanceInput;
  facilitator: Scalars['String']['input'];
  /** Defaults to today. */
  heldOn?: InputMaybe<Scalars['Date']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  place: Scalars['String']['input'];
  topic: AwarenessTopic;
  /** Required when the topic is OTHER. */
  topicOther?: InputMaybe<Scalars['String']['input']>;
};

/** A consent to record. */
export type RecordConsentInput = {
  givenBy: ConsentGiver;
  /** Defaults to today. */
  givenOn?: InputMaybe<Scalars['Date']['input']>;
  /** Required when a guardian gives it. */
  guardianName?: InputMaybe<Scalars['String']['input']>;
  /** Required when a guardian gives it. */
  guardianRelationship?: InputMaybe<Scalars['String']['input']>;
  /** Sending the same key again returns the first consent. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  migrantId: Scalars['ID']['input'];
  purpose: ConsentPurpose;
};

/** A counselling session to record. */
export type RecordCounsellingInput = {
  /** Not before the session. */
  followUpOn?: InputMaybe<Scalars['Date']['input']>;
  /** Defaults to today. */
  heldOn?: InputMaybe<Scalars['Date']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  migrantId: Scalars['ID']['input'];
  outcome?: InputMaybe<Scalars['String']['input']>;
  topics: Array<CounsellingTopic>;
};

/** A consultation to record. */
export type RecordMedicalConsultationInput = {
  /** Defaults to today; not in the future. */
  consultedOn?: InputMaybe<Scalars['Date']['input']>;
  followUpNotes?: InputMaybe<Scalars['String']['input']>;
  /** Not before the consultation. */
  followUpOn?: InputMaybe<Scalars['Date']['input']>;
  /** A key the client makes once per consultation; sending it again returns the first result instead of a second record. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  medication?: InputMaybe<Scalars['String']['input']>;
  /** The migrant consulted (an ID of this centre). */
  migrantId: Scalars['ID']['input'];
  observations?: InputMaybe<Scalars['String']['input']>;
  presentingComplaint: Scalars['String']['input'];
  referral?: InputMaybe<HealthReferralInput>;
  treatmentGiven?: InputMaybe<Scalars['String']['input']>;
};

/** A group activity to record. */
export type RecordMhpssGroupActivityInput = {
  /** Migrants of the centre, each at most once. */
  attendees: Array<MhpssAttendanceInput>;
  facilitator: Scalars['String']['input'];
  /** Defaults to today. */
  heldOn?: InputMaybe<Scalars['Date']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  type: MhpssGroupActivityType;
};

/** An individual session to record. */
export type RecordMhpssSessionInput = {
  followUpOn?: InputMaybe<Scalars['Date']['input']>;
  /** Defaults to today. */
  heldOn?: InputMaybe<Scalars['Date']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  migrantId: Scalars['ID']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  type: MhpssSessionType;
};

/** A screening to record. UNACCOMPANIED_CHILD or VICTIM_OF_TRAFFICKING_INDICATORS as a risk marks the case and sets its risk level to HIGH. */
export type RecordScreeningInput = {
  assessment: RiskLevel;
  factors: Array<ScreeningFactorInput>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  migrantId: Scalars['ID']['input'];
  needs: Array<AssistanceNeed>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to today. */
  screenedOn?: InputMaybe<Scalars['Date']['input']>;
};

/** A referral of a migrant to a partner for a service. */
export type Referral = {
  __typename?: 'Referral';
  /** True when made without data-sharing consent, under an audited override. */
  consentOverridden: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  migrant: Migrant;
  /** The screening need the referral answers, if any. */
  need: Maybe<AssistanceNeed>;
  note: Maybe<Scalars['String']['output']>;
  partner: PartnerOrganisation;
  requestedAt: Scalars['DateTime']['output'];
  /** Token subject of who requested it. */
  requestedBy: Scalars['String']['output'];
  service: AssistanceNeed;
  status: ReferralStatus;
  /** Why it was rejected or revoked. */
  statusReason: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

/** A page of referrals, newest first. */
export type ReferralConnection = {
  __typename?: 'ReferralConnection';
  edges: Array<ReferralEdge>;
  pageInfo: PageInfo;
};

/** One referral in a page. */
export type ReferralEdge = {
  __typename?: 'ReferralEdge';
  cursor: Scalars['String']['output'];
  node: Referral;
};

/** Narrows a centre's referrals. */
export type ReferralFilter = {
  status?: InputMaybe<ReferralStatus>;
};

/** A requested or changed referral. */
export type ReferralPayload = {
  __typename?: 'ReferralPayload';
  created: Scalars['Boolean']['output'];
  referral: Referral;
};

/** Where a referral stands: REQUESTED, then ACCEPTED or REJECTED by the partner; an accepted referral is COMPLETED; an open one may be REVOKED. */
export type ReferralStatus =
  | 'ACCEPTED'
  | 'COMPLETED'
  | 'REJECTED'
  | 'REQUESTED'
  | 'REVOKED';

/** How many referrals are in a status. */
export type ReferralStatusCount = {
  __typename?: 'ReferralStatusCount';
  count: Scalars['Int']['output'];
  status: ReferralStatus;
};

/** How soon a referred migrant must be seen at the health facility. */
export type ReferralUrgency =
  /** Now: life-threatening. */
  | 'EMERGENCY'
  /** Within days. */
  | 'ROUTINE'
  /** Within a day. */
  | 'URGENT';

/** What the migrant told the centre at registration. */
export type RegisterMigrantInput = {
  accompanied?: InputMaybe<Scalars['Boolean']['input']>;
  accompaniedBy?: InputMaybe<Scalars['String']['input']>;
  /** Another name the migrant is known by. */
  alias?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to today. */
  arrivalDate?: InputMaybe<Scalars['Date']['input']>;
  /** Registers even though likely duplicates exist (the user checked them); otherwise refused with POSSIBLE_DUPLICATE. */
  confirmNotDuplicate?: InputMaybe<Scalars['Boolean']['input']>;
  /** Exact or estimated date of birth; give this or `estimatedAge`. */
  dateOfBirth?: InputMaybe<Scalars['Date']['input']>;
  /** Set when `dateOfBirth` is an estimate. */
  dateOfBirthEstimated?: InputMaybe<Scalars['Boolean']['input']>;
  /** The document held; omit when none (then `hasDocuments` must be false). */
  document?: InputMaybe<IdentityDocumentInput>;
  /** Age in years when no date of birth is known (0–120). */
  estimatedAge?: InputMaybe<Scalars['Int']['input']>;
  familyName: Scalars['String']['input'];
  givenName: Scalars['String']['input'];
  hasDocuments: Scalars['Boolean']['input'];
  /** A key the client makes once per registration; sending it again returns the first result instead of a second record. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-3 (`SAU`). */
  intendedDestination?: InputMaybe<Scalars['String']['input']>;
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  migrationReasons?: InputMaybe<Array<MigrationReason>>;
  /** ISO 3166-1 alpha-3 (`ETH`). */
  nationality: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  regionOfOrigin?: InputMaybe<Scalars['String']['input']>;
  sex: Sex;
};

/** The result of a registration. */
export type RegisterMigrantPayload = {
  __typename?: 'RegisterMigrantPayload';
  /** False when an earlier request with the same idempotency key had already registered the migrant. */
  created: Scalars['Boolean']['output'];
  migrant: Migrant;
};

/** Registrations in a period broken down four ways; each list adds up to the period's registrations (the suppressed row, last, standing for the rest). */
export type RegistrationBreakdown = {
  __typename?: 'RegistrationBreakdown';
  /** Youngest band first, unknown age last. */
  byAgeBand: Array<AgeBandCount>;
  /** Most registrations first. */
  byDestination: Array<DestinationCount>;
  /** Most registrations first. */
  byNationality: Array<NationalityCount>;
  bySex: Array<SexCount>;
};

/** An AVR request. Needs the migrant's AVR consent (CONSENT_REQUIRED otherwise, unless overridden) and a counselling session on AVR first. */
export type RequestAvrInput = {
  consentOverride?: InputMaybe<ConsentOverrideInput>;
  /** Country of return, ISO 3166-1 alpha-3 (not SOM). */
  destinationCountry: Scalars['String']['input'];
  destinationRegion?: InputMaybe<Scalars['String']['input']>;
  /** Sending the same key again returns the first request. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  migrantId: Scalars['ID']['input'];
};

/** A referral to request. Needs the migrant's DATA_SHARING_WITH_PARTNERS consent (CONSENT_REQUIRED otherwise) unless overridden. */
export type RequestReferralInput = {
  /** Acting without consent (consent:override scope). */
  consentOverride?: InputMaybe<ConsentOverrideInput>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  migrantId: Scalars['ID']['input'];
  need?: InputMaybe<AssistanceNeed>;
  note?: InputMaybe<Scalars['String']['input']>;
  partnerId: Scalars['ID']['input'];
  /** Must be a service the partner offers. */
  service: AssistanceNeed;
};

/** How much risk a case carries. */
export type RiskLevel =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** Screenings in the period with one overall assessment. */
export type RiskLevelCount = {
  __typename?: 'RiskLevelCount';
  /** Null on the suppressed row. */
  assessment: Maybe<RiskLevel>;
  /** Null on the suppressed row. */
  screenings: Maybe<Scalars['Int']['output']>;
  /** True on the one row standing for the assessments of fewer than 5 screenings each, withheld from viewers without cases:read. */
  suppressed: Scalars['Boolean']['output'];
};

/** One determinant found in a screening. */
export type ScreeningFactor = {
  __typename?: 'ScreeningFactor';
  factor: VulnerabilityFactor;
  kind: FactorKind;
  level: DeterminantLevel;
  note: Maybe<Scalars['String']['output']>;
};

/** A determinant found. */
export type ScreeningFactorInput = {
  /** Must be one of the level's factors. */
  factor: VulnerabilityFactor;
  kind: FactorKind;
  level: DeterminantLevel;
  note?: InputMaybe<Scalars['String']['input']>;
};

/** A recorded screening, with the case file it may have marked. */
export type ScreeningPayload = {
  __typename?: 'ScreeningPayload';
  created: Scalars['Boolean']['output'];
  migrant: Migrant;
  screening: VulnerabilityScreening;
};

/** Whether a child travels with no adult at all, or without their usual caregiver. */
export type SeparationType =
  /** Separated from both parents or their usual caregiver, but possibly with other relatives. */
  | 'SEPARATED'
  /** Separated from both parents and other relatives, and not cared for by an adult responsible by law or custom. */
  | 'UNACCOMPANIED';

/** Services delivered by the centre in a period (dates of service, inclusive), computed in the database: aggregates, no names. */
export type ServiceIndicators = {
  __typename?: 'ServiceIndicators';
  /** People reached by those sessions, by sex and age group. */
  awarenessAttendance: AttendanceBySexAndAge;
  /** Awareness-raising and information sessions held. */
  awarenessSessions: Scalars['Int']['output'];
  /** Distributions of relief items (one per migrant per hand-out). */
  distributions: Scalars['Int']['output'];
  /** Consultations that referred the migrant to a health facility. */
  healthReferrals: Scalars['Int']['output'];
  /** Stock items at or below their threshold now. */
  itemsBelowThreshold: Scalars['Int']['output'];
  /** Units handed out, per item. */
  itemsDistributed: Array<ItemDistributedIndicator>;
  /** Medical consultations given. */
  medicalConsultations: Scalars['Int']['output'];
  /** Group psychosocial activities held. */
  mhpssGroupActivities: Scalars['Int']['output'];
  /** Migrants who attended those group activities (one per activity attended). */
  mhpssGroupAttendance: Scalars['Int']['output'];
  /** Individual psychosocial support sessions held. */
  mhpssSessions: Scalars['Int']['output'];
  /** Every stock item's level now, whatever the period. */
  stockLevels: Array<StockLevelIndicator>;
  /** Trafficking screenings recorded. */
  traffickingScreenings: Scalars['Int']['output'];
  /** Migrants identified as victims of trafficking (by date of the decision). Null: 1 to 4, withheld from viewers without cases:read for the centre (small-cell threshold 5). */
  traffickingVictimsIdentified: Maybe<Scalars['Int']['output']>;
  /** UAM cases opened (unaccompanied and separated children). Null: 1 to 4, withheld from viewers without cases:read for the centre (small-cell threshold 5). */
  uamCasesOpened: Maybe<Scalars['Int']['output']>;
};

/** Who delivered a service at the centre, as the access token named them. */
export type ServiceProvider = {
  __typename?: 'ServiceProvider';
  name: Scalars['String']['output'];
  /** The provider's role, e.g. `government` for government partner staff co-managing the centre. */
  role: Maybe<Scalars['String']['output']>;
  /** Subject of the access token (user or service account). */
  subject: Scalars['String']['output'];
};

/** Moves a referral on; a move its status does not allow is refused with INVALID_TRANSITION. */
export type SetReferralStatusInput = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  /** Required to reject; optional otherwise. */
  reason?: InputMaybe<Scalars['String']['input']>;
  status: ReferralStatus;
};

/** Sex as recorded at registration. */
export type Sex =
  | 'FEMALE'
  | 'MALE';

/** Registrations of one sex, or (suppressed) of the sexes with fewer than 5 each. */
export type SexCount = {
  __typename?: 'SexCount';
  /** Null on the suppressed row. */
  registrations: Maybe<Scalars['Int']['output']>;
  /** Null on the suppressed row. */
  sex: Maybe<Sex>;
  /** True on the one row standing for the cells withheld from viewers without cases:read (fewer than 5 registrations each). */
  suppressed: Scalars['Boolean']['output'];
};

/** This site's Migrant Response Centre. */
export type SiteCentre = Centre & {
  __typename?: 'SiteCentre';
  /** The centre's audit log (administrators only, audit:read). */
  auditEvents: Maybe<AuditEventConnection>;
  /** Awareness-raising and information sessions, most recent first (cases:read or stats:read). */
  awarenessSessions: Maybe<AwarenessSessionConnection>;
  /** The centre's code, e.g. `bossaso`. */
  code: Scalars['ID']['output'];
  /** Group psychosocial activities, most recent first (mhpss:read). */
  mhpssGroupActivities: Maybe<MhpssGroupActivityConnection>;
  /** One migrant of this centre, or null when the ID is not one of its records. */
  migrant: Maybe<Migrant>;
  /** Migrants registered at this centre, newest registration first. */
  migrants: Maybe<MigrantConnection>;
  /** The centre's partner directory, by name. */
  partners: Maybe<PartnerOrganisationConnection>;
  /** Migrants already registered who are probably the person described (similar name, same sex and nationality, age within 3 years). */
  possibleDuplicates: Maybe<Array<DuplicateCandidate>>;
  /** Protection cases of the centre, most recently opened first (protection:read; every case listed is logged as read). */
  protectionCases: Maybe<ProtectionCaseConnection>;
  /** The centre's referrals, newest first. */
  referrals: Maybe<ReferralConnection>;
  /** Finds migrants before registering someone: fuzzy by name (tolerates typos), exact by registration number or ID; best match first. */
  searchMigrants: Maybe<MigrantSearchConnection>;
  /** Caseload indicators for a period (registration date, inclusive); null when the centre cannot be reached. */
  stats: Maybe<CentreStats>;
  /** Every stock item and its level now (cases:read or stats:read). */
  stock: Maybe<Array<StockItem>>;
  /** The stock ledger, newest first (cases:read). */
  stockMovements: Maybe<StockMovementConnection>;
};


/** This site's Migrant Response Centre. */
export type SiteCentreAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** This site's Migrant Response Centre. */
export type SiteCentreAwarenessSessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AwarenessSessionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** This site's Migrant Response Centre. */
export type SiteCentreMhpssGroupActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MhpssGroupActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** This site's Migrant Response Centre. */
export type SiteCentreMigrantArgs = {
  id: Scalars['ID']['input'];
};


/** This site's Migrant Response Centre. */
export type SiteCentreMigrantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MigrantFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** This site's Migrant Response Centre. */
export type SiteCentrePartnersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** This site's Migrant Response Centre. */
export type SiteCentrePossibleDuplicatesArgs = {
  input: DuplicateCheckInput;
};


/** This site's Migrant Response Centre. */
export type SiteCentreProtectionCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProtectionCaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** This site's Migrant Response Centre. */
export type SiteCentreReferralsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReferralFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** This site's Migrant Response Centre. */
export type SiteCentreSearchMigrantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


/** This site's Migrant Response Centre. */
export type SiteCentreStatsArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/** This site's Migrant Response Centre. */
export type SiteCentreStockMovementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StockMovementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A migrant registered at this site's centre. */
export type SiteMigrant = Migrant & {
  __typename?: 'SiteMigrant';
  /** Whether the migrant travels with someone; null when not asked. */
  accompanied: Maybe<Scalars['Boolean']['output']>;
  /** With whom the migrant travels, as told. */
  accompaniedBy: Maybe<Scalars['String']['output']>;
  /** Age in completed years today, from the date of birth. */
  age: Maybe<Scalars['Int']['output']>;
  /** Another name the migrant is known by. */
  alias: Maybe<Scalars['String']['output']>;
  /** Date the migrant arrived at the centre. */
  arrivalDate: Scalars['Date']['output'];
  /** The latest AVR request and its hand-over to AVRR; null when none. */
  avrRequest: Maybe<AvrRequest>;
  /** Token subject of the caseworker who owns the case. */
  caseOwner: Maybe<Scalars['String']['output']>;
  caseStatus: CaseStatus;
  /** Token subjects of the caseworkers assigned to the case. */
  caseworkers: Array<Scalars['String']['output']>;
  /** The centre that registered the migrant. */
  centre: SiteCentre;
  /** Why the case was closed, when CLOSED. */
  closedReason: Maybe<Scalars['String']['output']>;
  /** Consents given for this migrant, newest first (withdrawn ones included). */
  consents: Maybe<ConsentConnection>;
  /** Counselling sessions, newest first. */
  counsellingSessions: Maybe<CounsellingSessionConnection>;
  /** Date of birth; an estimate when `dateOfBirthEstimated` is true. */
  dateOfBirth: Maybe<Scalars['Date']['output']>;
  /** True when the date of birth was estimated from a stated or assessed age. */
  dateOfBirthEstimated: Scalars['Boolean']['output'];
  /** Relief items handed to the migrant, most recent first (cases:read). */
  distributions: Maybe<DistributionConnection>;
  /** The identity or travel document held; null when none. */
  document: Maybe<IdentityDocument>;
  familyName: Scalars['String']['output'];
  /** Flags on the case, open ones first. */
  flags: Array<CaseFlag>;
  /** Given and family name together. */
  fullName: Scalars['String']['output'];
  givenName: Scalars['String']['output'];
  /** Whether the migrant holds any identity or travel document. */
  hasDocuments: Scalars['Boolean']['output'];
  /** Set when a screening found indicators of trafficking (for the protection team). */
  hasTraffickingIndicators: Scalars['Boolean']['output'];
  /** The change history of this case file, newest first: who changed which field, when, from what to what. */
  history: Maybe<AuditEventConnection>;
  /** Globally unique ID, prefixed by the site code (`bossaso:…`). */
  id: Scalars['ID']['output'];
  /** Intended destination country, ISO 3166-1 alpha-3 (`SAU`). */
  intendedDestination: Maybe<Scalars['String']['output']>;
  /** Set when a screening found the migrant is an unaccompanied child (for the protection team). */
  isUnaccompaniedChild: Scalars['Boolean']['output'];
  /** Languages the migrant speaks, as told (e.g. Oromo, Amharic). */
  languages: Array<Scalars['String']['output']>;
  /** Medical consultations, most recent first (medical:read of the migrant's centre; null otherwise). Every read is logged. */
  medicalConsultations: Maybe<MedicalConsultationConnection>;
  /** Individual psychosocial support sessions, most recent first (mhpss:read; null otherwise). Every read is logged. */
  mhpssSessions: Maybe<MhpssSessionConnection>;
  /** Why the migrant left, as told. */
  migrationReasons: Array<MigrationReason>;
  /** Nationality as an ISO 3166-1 alpha-3 code (`ETH`). */
  nationality: Scalars['String']['output'];
  /** A phone number to reach the migrant. */
  phone: Maybe<Scalars['String']['output']>;
  /** Referrals of this migrant, newest first. */
  referrals: Maybe<ReferralConnection>;
  /** Region or place of origin (e.g. Oromia). */
  regionOfOrigin: Maybe<Scalars['String']['output']>;
  /** When the registration was recorded. */
  registeredAt: Scalars['DateTime']['output'];
  /** The case number staff use and write on paper, e.g. `BOS-2026-000123`. */
  registrationNumber: Scalars['String']['output'];
  /** Risk level of the case; HIGH once a screening finds UAM or trafficking indicators. */
  riskLevel: Maybe<RiskLevel>;
  /** Vulnerability screenings, newest first. Reads of screenings with UAM or trafficking indicators are audit-logged. */
  screenings: Maybe<VulnerabilityScreeningConnection>;
  sex: Sex;
  /** The migrant's trafficking case, if any (protection:read; null otherwise). Every read is logged. */
  traffickingCase: Maybe<TraffickingCase>;
  /** The organisation that took the case over, when TRANSFERRED. */
  transferredTo: Maybe<Scalars['String']['output']>;
  /** The child's UAM case, if any (protection:read; null otherwise). Every read is logged. */
  uamCase: Maybe<UamCase>;
  /** Revision of the record, for optimistic locking of edits. */
  version: Scalars['Int']['output'];
};


/** A migrant registered at this site's centre. */
export type SiteMigrantConsentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A migrant registered at this site's centre. */
export type SiteMigrantCounsellingSessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A migrant registered at this site's centre. */
export type SiteMigrantDistributionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A migrant registered at this site's centre. */
export type SiteMigrantHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A migrant registered at this site's centre. */
export type SiteMigrantMedicalConsultationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A migrant registered at this site's centre. */
export type SiteMigrantMhpssSessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A migrant registered at this site's centre. */
export type SiteMigrantReferralsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A migrant registered at this site's centre. */
export type SiteMigrantScreeningsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes at one centre. Reached through the site's namespace: `mutation { bossaso { registerMigrant(…) } }`. */
export type SiteMutations = {
  __typename?: 'SiteMutations';
  /** Adds an item to the centre's stock list, at level 0 (cases:write). */
  addStockItem: StockItemPayload;
  /** Closes a case with a reason. */
  closeCase: MigrantPayload;
  /** Adds a partner to the centre's directory. */
  createPartner: PartnerPayload;
  /** Hands items to a migrant (cases:write). When an item has too little stock the whole distribution is refused with INSUFFICIENT_STOCK (naming item, requested and available) and nothing is written. */
  distributeItems: DistributeItemsPayload;
  /** Records a planned session's attendance (cases:write): it becomes HELD. A session already held is refused with INVALID_TRANSITION, a stale `expectedVersion` with CONFLICT. */
  holdAwarenessSession: AwarenessSessionPayload;
  /** Records a trafficking screening, opening the migrant's VoT case (protection:write); one per migrant (CONFLICT otherwise). */
  openTraffickingCase: TraffickingCasePayload;
  /** Opens the UAM case of a child (protection:write); a child has at most one (CONFLICT otherwise). */
  openUamCase: UamCasePayload;
  /** Plans a session (cases:write): PLANNED, no attendance, not counted in indicators until held. */
  planAwarenessSession: AwarenessSessionPayload;
  /** Raises a flag on a case. */
  raiseFlag: CaseFlagPayload;
  /** Records stock received (cases:write). */
  receiveStock: ReceiveStockPayload;
  /** Records an awareness session already held (cases:write). */
  recordAwarenessSession: AwarenessSessionPayload;
  /** Records a consent. A child's consent is given by a guardian. Refused with CONFLICT while a consent for the same purpose is in force. */
  recordConsent: ConsentPayload;
  /** Records a counselling session held by the viewer. */
  recordCounselling: CounsellingPayload;
  /** Records a medical consultation (medical:write). Invalid input is refused with BAD_USER_INPUT and nothing is written. */
  recordMedicalConsultation: MedicalConsultationPayload;
  /** Records a group activity and its attendance (mhpss:write). */
  recordMhpssGroupActivity: MhpssGroupActivityPayload;
  /** Records an individual session (mhpss:write). */
  recordMhpssSession: MhpssSessionPayload;
  /** Records a vulnerability screening. */
  recordScreening: ScreeningPayload;
  /** Registers a migrant at the centre. Invalid input is refused with BAD_USER_INPUT and nothing is written. */
  registerMigrant: RegisterMigrantPayload;
  /** Requests an assisted voluntary return; the centre's outbox hands it over to AVRR. */
  requestAvr: AvrRequestPayload;
  /** Refers a migrant to a partner. */
  requestReferral: ReferralPayload;
  /** Resolves a flag. */
  resolveFlag: CaseFlagPayload;
  /** Accepts, rejects, completes or revokes a referral. */
  setReferralStatus: ReferralPayload;
  /** Transfers the case to another organisation; the case becomes TRANSFERRED. */
  transferCase: MigrantPayload;
  /** Edits an awareness session (cases:write); a stale `expectedVersion` is refused with CONFLICT. */
  updateAwarenessSession: AwarenessSessionPayload;
  /** Edits a consultation (medical:write). A stale `expectedVersion` is refused with CONFLICT. */
  updateMedicalConsultation: MedicalConsultationPayload;
  /** Edits a group activity (mhpss:write); a stale `expectedVersion` is refused with CONFLICT. */
  updateMhpssGroupActivity: MhpssGroupActivityPayload;
  /** Edits a session (mhpss:write); a stale `expectedVersion` is refused with CONFLICT. */
  updateMhpssSession: MhpssSessionPayload;
  /** Changes a case file (optimistic locking on `expectedVersion`); every changed field goes into the history. */
  updateMigrant: MigrantPayload;
  /** Changes a partner (optimistic locking). */
  updatePartner: PartnerPayload;
  /** Edits a stock item's description or threshold (cases:write); a stale `expectedVersion` is refused with CONFLICT. */
  updateStockItem: StockItemPayload;
  /** Edits a VoT case: screening, identification, assistance plan (protection:write); a stale `expectedVersion` is refused with CONFLICT. */
  updateTraffickingCase: TraffickingCasePayload;
  /** Edits a UAM case (protection:write); a stale `expectedVersion` is refused with CONFLICT. */
  updateUamCase: UamCasePayload;
  /** Withdraws a consent; actions needing it are refused with CONSENT_REQUIRED from then on. */
  withdrawConsent: ConsentPayload;
};


/** Changes at one centre. Reached through the site's namespace: `mutation { bossaso { registerMigrant(…) } }`. */
export type SiteMutationsAddStockItemArgs = {
  input: AddStockItemInput;
};


/** Changes at one centre. Reached through the site's namespace: `mutation { bossaso { registerMigrant(…) } }`. */
export type SiteMutationsCloseCaseArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Changes at one centre. Reached through the site's namespace: `mutation { bossaso { registerMigrant(…) } }`. */
export type SiteMutationsCreatePartnerArgs = {
  input: CreatePartnerInput;
};


/** Changes at one centre. Reached through the site's namespace: `mutation { bossaso { registerMigrant(…) } }`. */
export type SiteMutationsDistributeItemsArgs = {
  input: DistributeItemsInput;
};


/** Changes at one centre. Reached through the site's namespace: `mutation { bossaso { registerMigrant(…) } }`. */
export type SiteMutationsHoldAwarenessSessionArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: HoldAwarenessSessionInput;
};


/** Changes at one centre. Reached through the site's namespace: `mutation { bossaso { registerMigrant(…) } }`. */
export type SiteMutationsOpenTraffickingCaseArgs = {
  input: OpenTraffickingCaseInput;
};


/** Changes at one centre. Reached through the site's namespace: `mutation { bossaso { registerMigrant(…) } }`. */
export type SiteMutationsOpenUamCaseArgs = {
  input: OpenUamCaseInput;
};


/** Changes at one centre. Reached through the site's namespace: `mutation { bossaso { registerMigrant(…) } }`. */
export type SiteMutationsPlanAwarenessSessionArgs = {
  input: PlanAwarenessSessionInput;
};


/** Changes at one centre. Reached through the site's namespace: `mutation { bossaso { registerMigrant(…) } }`. */
export type SiteMutationsRaiseFlagArgs = {
  input: RaiseFlagInput;
};


/** Changes at one centre. Reached through the site's namespace: `mutation { bossaso { registerMigrant(…) } }`. */
export type SiteMutationsReceiveStockArgs = {
  input: ReceiveStockInput;
};


/** Changes at one centre. Reached through the site's namespace: `mutation { bossaso { registerMigrant(…) } }`. */
export type SiteMutationsRecordAwarenessSessionArgs = {
  input: RecordAwarenessSessionInput;
};


/** Changes at one centre. Reached through the site's namespace: `mutation { bossaso { registerMigrant(…) } }`. */
export type SiteMutationsRecordConsentArgs = {
  input: RecordConsentInput;
};


/** Changes at one centre. Reached through the site's namespace: `mutation { bossaso { registerMigrant(…) } }`. */
export type SiteMutationsRecordCounsellingArgs = {
  input: RecordCounsellingInput;
};


/** Changes at one centre. Reached through the site's namespace: `mutation { bossaso { registerMigrant(…) } }`. */
export type SiteMutationsRecordMedicalConsultationArgs = {
  input: RecordMedicalConsultationInput;
};


/** Changes at one centre. Reached through the site's namespace: `mutation { bossaso { registerMigrant(…) } }`. */
export type SiteMutationsRecordMhpssGroupActivityArgs = {
  input: RecordMhpssGroupActivityInput;
};


/** Changes at one centre. Reached through the site's namespace: `mutation { bossaso { registerMigrant(…) } }`. */
export type SiteMutationsRecordMhpssSessionArgs = {
  input: RecordMhpssSessionInput;
};


/** Changes at one centre. Reached through the site's namespace: `mutation { bossaso { registerMigrant(…) } }`. */
export type SiteMutationsRecordScreeningArgs = {
  input: RecordScreeningInput;
};


/** Changes at one centre. Reached through the site's namespace: `mutation { bossaso { registerMigrant(…) } }`. */
export type SiteMutationsRegisterMigrantArgs = {
  input: RegisterMigrantInput;
};


/** Changes at one centre. Reached through the site's namespace: `mutation { bossaso { registerMigrant(…) } }`. */
export type SiteMutationsRequestAvrArgs = {
  input: RequestAvrInput;
};


/** Changes at one centre. Reached through the site's namespace: `mutation { bossaso { registerMigrant(…) } }`. */
export type SiteMutationsRequestReferralArgs = {
  input: RequestReferralInput;
};


/** Changes at one centre. Reached through the site's namespace: `mutation { bossaso { registerMigrant(…) } }`. */
export type SiteMutationsResolveFlagArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Changes at one centre. Reached through the site's namespace: `mutation { bossaso { registerMigrant(…) } }`. */
export type SiteMutationsSetReferralStatusArgs = {
  input: SetReferralStatusInput;
};


/** Changes at one centre. Reached through the site's namespace: `mutation { bossaso { registerMigrant(…) } }`. */
export type SiteMutationsTransferCaseArgs = {
  input: TransferCaseInput;
};


/** Changes at one centre. Reached through the site's namespace: `mutation { bossaso { registerMigrant(…) } }`. */
export type SiteMutationsUpdateAwarenessSessionArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateAwarenessSessionInput;
};


/** Changes at one centre. Reached through the site's namespace: `mutation { bossaso { registerMigrant(…) } }`. */
export type SiteMutationsUpdateMedicalConsultationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateMedicalConsultationInput;
};


/** Changes at one centre. Reached through the site's namespace: `mutation { bossaso { registerMigrant(…) } }`. */
export type SiteMutationsUpdateMhpssGroupActivityArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateMhpssGroupActivityInput;
};


/** Changes at one centre. Reached through the site's namespace: `mutation { bossaso { registerMigrant(…) } }`. */
export type SiteMutationsUpdateMhpssSessionArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateMhpssSessionInput;
};


/** Changes at one centre. Reached through the site's namespace: `mutation { bossaso { registerMigrant(…) } }`. */
export type SiteMutationsUpdateMigrantArgs = {
  input: UpdateMigrantInput;
};


/** Changes at one centre. Reached through the site's namespace: `mutation { bossaso { registerMigrant(…) } }`. */
export type SiteMutationsUpdatePartnerArgs = {
  input: UpdatePartnerInput;
};


/** Changes at one centre. Reached through the site's namespace: `mutation { bossaso { registerMigrant(…) } }`. */
export type SiteMutationsUpdateStockItemArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateStockItemInput;
};


/** Changes at one centre. Reached through the site's namespace: `mutation { bossaso { registerMigrant(…) } }`. */
export type SiteMutationsUpdateTraffickingCaseArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateTraffickingCaseInput;
};


/** Changes at one centre. Reached through the site's namespace: `mutation { bossaso { registerMigrant(…) } }`. */
export type SiteMutationsUpdateUamCaseArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateUamCaseInput;
};


/** Changes at one centre. Reached through the site's namespace: `mutation { bossaso { registerMigrant(…) } }`. */
export type SiteMutationsWithdrawConsentArgs = {
  input: WithdrawConsentInput;
};

/** What kind of relief item. */
export type StockCategory =
  /** Hygiene and dignity kits. */
  | 'HYGIENE'
  /** Non-food items: blanket, sleeping mat, jerrycan, clothing set, … */
  | 'NFI'
  | 'OTHER';

/** An item the centre keeps in stock, with its current level. */
export type StockItem = {
  __typename?: 'StockItem';
  category: StockCategory;
  /** Globally unique ID, prefixed by the site code. */
  id: Scalars['ID']['output'];
  /** True when the level is at or below the threshold. */
  isLow: Scalars['Boolean']['output'];
  /** Units in stock now: everything received minus everything distributed. */
  level: Scalars['Int']['output'];
  /** At or below this level the item is low and should be re-ordered. */
  lowStockThreshold: Scalars['Int']['output'];
  /** E.g. Blanket, Hygiene kit, Dignity kit. */
  name: Scalars['String']['output'];
  /** The unit counted, e.g. piece, kit, set. */
  unit: Scalars['String']['output'];
  /** Revision of the record, for optimistic locking of edits. */
  version: Scalars['Int']['output'];
};

/** The result of adding or editing a stock item. */
export type StockItemPayload = {
  __typename?: 'StockItemPayload';
  /** False when the idempotency key had been seen (or for edits). */
  created: Scalars['Boolean']['output'];
  item: StockItem;
};

/** An item's stock level now, for indicators. */
export type StockLevelIndicator = {
  __typename?: 'StockLevelIndicator';
  isLow: Scalars['Boolean']['output'];
  item: Scalars['String']['output'];
  level: Scalars['Int']['output'];
  lowStockThreshold: Scalars['Int']['output'];
  unit: Scalars['String']['output'];
};

/** One entry of the stock ledger. */
export type StockMovement = {
  __typename?: 'StockMovement';
  /** The item's level right after this movement. */
  balanceAfter: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  item: StockItem;
  kind: StockMovementKind;
  /** For distributions: the migrant who received it. */
  migrant: Maybe<Migrant>;
  /** When the stock was received or handed out. */
  occurredOn: Scalars['Date']['output'];
  /** Units moved, always positive; `kind` says in which direction. */
  quantity: Scalars['Int']['output'];
  recordedAt: Scalars['DateTime']['output'];
  /** Who recorded the movement. */
  recordedBy: ServiceProvider;
  /** For receipts: where the stock came from (supplier, donor, warehouse). */
  source: Maybe<Scalars['String']['output']>;
};

/** A page of stock movements, newest first. */
export type StockMovementConnection = {
  __typename?: 'StockMovementConnection';
  edges: Array<StockMovementEdge>;
  pageInfo: PageInfo;
};

/** One movement in a page. */
export type StockMovementEdge = {
  __typename?: 'StockMovementEdge';
  cursor: Scalars['String']['output'];
  node: StockMovement;
};

/** Narrows the stock ledger. */
export type StockMovementFilter = {
  /** On or after this date. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Movements of this item. */
  itemId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<StockMovementKind>;
  /** On or before this date. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** Whether stock came in or went out. */
export type StockMovementKind =
  /** Stock handed out to a migrant. */
  | 'DISTRIBUTION'
  /** Stock received (delivery, donation). */
  | 'RECEIPT';

/** Elements of the act of trafficking (Palermo Protocol). */
export type TraffickingAct =
  | 'HARBOURING'
  | 'RECEIPT'
  | 'RECRUITMENT'
  | 'TRANSFER'
  | 'TRANSPORT';

/** A trafficking screening, identification decision and assistance plan (VoT). */
export type TraffickingCase = ProtectionCase & {
  __typename?: 'TraffickingCase';
  /** Indicators of the act observed. */
  actIndicators: Array<TraffickingAct>;
  assistancePlan: Array<AssistancePlanItem>;
  history: Array<AuditEvent>;
  id: Scalars['ID']['output'];
  identification: TraffickingIdentification;
  /** Who made the identification decision. */
  identifiedBy: Maybe<Scalars['String']['output']>;
  /** When the identification decision was made (null while PENDING). */
  identifiedOn: Maybe<Scalars['Date']['output']>;
  /** Indicators of the means observed. */
  meansIndicators: Array<TraffickingMeans>;
  migrant: Maybe<Migrant>;
  openedBy: ServiceProvider;
  openedOn: Scalars['Date']['output'];
  /** Indicators of the purpose observed. */
  purposeIndicators: Array<TraffickingPurpose>;
  /** What the purpose was, when OTHER. */
  purposeOther: Maybe<Scalars['String']['output']>;
  /** Date of the trafficking screening. */
  screenedOn: Scalars['Date']['output'];
  screeningNotes: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

/** The result of opening or editing a VoT case. */
export type TraffickingCasePayload = {
  __typename?: 'TraffickingCasePayload';
  /** False when the idempotency key had been seen (or for edits). */
  created: Scalars['Boolean']['output'];
  traffickingCase: TraffickingCase;
};

/** Whether the screened person is identified as a victim of trafficking. */
export type TraffickingIdentification =
  | 'IDENTIFIED'
  | 'NOT_IDENTIFIED'
  | 'PENDING';

/** An identification decision. */
export type TraffickingIdentificationInput = {
  /** Required unless PENDING. */
  decidedBy?: InputMaybe<Scalars['String']['input']>;
  /** Required unless PENDING. */
  decidedOn?: InputMaybe<Scalars['Date']['input']>;
  decision: TraffickingIdentification;
};

/** Means used to traffic a person. */
export type TraffickingMeans =
  | 'ABDUCTION'
  | 'ABUSE_OF_POWER_OR_VULNERABILITY'
  | 'COERCION'
  | 'DECEPTION'
  | 'FORCE'
  | 'FRAUD'
  | 'PAYMENTS_OR_BENEFITS'
  | 'THREAT';

/** Purpose of the exploitation. */
export type TraffickingPurpose =
  | 'FORCED_LABOUR'
  | 'ORGAN_REMOVAL'
  | 'OTHER'
  | 'SERVITUDE'
  | 'SEXUAL_EXPLOITATION'
  | 'SLAVERY';

/** Hands the whole case over to another organisation (unlike a referral, the centre's case ends). Needs DATA_SHARING_WITH_PARTNERS consent unless overridden. */
export type TransferCaseInput = {
  consentOverride?: InputMaybe<ConsentOverrideInput>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  /** The organisation taking over. */
  organisation: Scalars['String']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** The protection case of an unaccompanied or separated child (UAM). */
export type UamCase = ProtectionCase & {
  __typename?: 'UamCase';
  bestInterestsAssessment: Maybe<BestInterestsAssessment>;
  bestInterestsDetermination: Maybe<BestInterestsDetermination>;
  /** What an escort must provide when the child travels (e.g. escort to Addis Ababa by a social worker). */
  escortNeeds: Maybe<Scalars['String']['output']>;
  familyTracingStatus: FamilyTracingStatus;
  guardian: Maybe<Guardian>;
  history: Array<AuditEvent>;
  id: Scalars['ID']['output'];
  migrant: Maybe<Migrant>;
  openedBy: ServiceProvider;
  openedOn: Scalars['Date']['output'];
  separation: SeparationType;
  version: Scalars['Int']['output'];
};

/** The result of opening or editing a UAM case. */
export type UamCasePayload = {
  __typename?: 'UamCasePayload';
  /** False when the idempotency key had been seen (or for edits). */
  created: Scalars['Boolean']['output'];
  uamCase: UamCase;
};

/** Changes to a session: only the fields given change; `attendance` replaces all counts. */
export type UpdateAwarenessSessionInput = {
  attendance?: InputMaybe<AttendanceInput>;
  facilitator?: InputMaybe<Scalars['String']['input']>;
  heldOn?: InputMaybe<Scalars['Date']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  topic?: InputMaybe<AwarenessTopic>;
  topicOther?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a consultation: only the fields given change; null clears an optional field. */
export type UpdateMedicalConsultationInput = {
  consultedOn?: InputMaybe<Scalars['Date']['input']>;
  followUpNotes?: InputMaybe<Scalars['String']['input']>;
  followUpOn?: InputMaybe<Scalars['Date']['input']>;
  medication?: InputMaybe<Scalars['String']['input']>;
  observations?: InputMaybe<Scalars['String']['input']>;
  presentingComplaint?: InputMaybe<Scalars['String']['input']>;
  referral?: InputMaybe<HealthReferralInput>;
  treatmentGiven?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a group activity; `attendees` replaces the whole list. */
export type UpdateMhpssGroupActivityInput = {
  attendees?: InputMaybe<Array<MhpssAttendanceInput>>;
  facilitator?: InputMaybe<Scalars['String']['input']>;
  heldOn?: InputMaybe<Scalars['Date']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<MhpssGroupActivityType>;
};

/** Changes to a session: only the fields given change; null clears an optional one. */
export type UpdateMhpssSessionInput = {
  followUpOn?: InputMaybe<Scalars['Date']['input']>;
  heldOn?: InputMaybe<Scalars['Date']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<MhpssSessionType>;
};

/** Changes to a case file; only the fields given are changed (null clears an optional field). */
export type UpdateMigrantInput = {
  accompanied?: InputMaybe<Scalars['Boolean']['input']>;
  accompaniedBy?: InputMaybe<Scalars['String']['input']>;
  alias?: InputMaybe<Scalars['String']['input']>;
  caseOwner?: InputMaybe<Scalars['String']['input']>;
  caseworkers?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The document held; null: none. */
  document?: InputMaybe<IdentityDocumentInput>;
  /** The version the user saw; a newer one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  familyName?: InputMaybe<Scalars['String']['input']>;
  givenName?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** ISO 3166-1 alpha-3. */
  intendedDestination?: InputMaybe<Scalars['String']['input']>;
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  migrationReasons?: InputMaybe<Array<MigrationReason>>;
  phone?: InputMaybe<Scalars['String']['input']>;
  regionOfOrigin?: InputMaybe<Scalars['String']['input']>;
  riskLevel?: InputMaybe<RiskLevel>;
};

/** Changes to a partner; only the fields given change. */
export type UpdatePartnerInput = {
  contact?: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  services?: InputMaybe<Array<AssistanceNeed>>;
};

/** Changes to a stock item: only the fields given change. */
export type UpdateStockItemInput = {
  category?: InputMaybe<StockCategory>;
  lowStockThreshold?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a VoT case: only the fields given change; `assistancePlan` replaces the whole plan. */
export type UpdateTraffickingCaseInput = {
  actIndicators?: InputMaybe<Array<TraffickingAct>>;
  assistancePlan?: InputMaybe<Array<AssistancePlanItemInput>>;
  identification?: InputMaybe<TraffickingIdentificationInput>;
  meansIndicators?: InputMaybe<Array<TraffickingMeans>>;
  purposeIndicators?: InputMaybe<Array<TraffickingPurpose>>;
  purposeOther?: InputMaybe<Scalars['String']['input']>;
  screenedOn?: InputMaybe<Scalars['Date']['input']>;
  screeningNotes?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a UAM case: only the fields given change; null clears an optional one. */
export type UpdateUamCaseInput = {
  bestInterestsAssessment?: InputMaybe<BestInterestsAssessmentInput>;
  bestInterestsDetermination?: InputMaybe<BestInterestsDeterminationInput>;
  escortNeeds?: InputMaybe<Scalars['String']['input']>;
  familyTracingStatus?: InputMaybe<FamilyTracingStatus>;
  guardian?: InputMaybe<GuardianInput>;
  separation?: InputMaybe<SeparationType>;
};

/** Determinants of vulnerability, each valid at one level (the first word of each group's description names it). */
export type VulnerabilityFactor =
  /** STRUCTURAL: access to protection and assistance services. */
  | 'ACCESS_TO_PROTECTION'
  /** COMMUNITY: a community or diaspora network that helps. */
  | 'COMMUNITY_SUPPORT'
  /** STRUCTURAL: conflict or generalised violence. */
  | 'CONFLICT_OR_VIOLENCE'
  /** HOUSEHOLD_FAMILY: debt (own or the family's, e.g. to smugglers). */
  | 'DEBT'
  /** HOUSEHOLD_FAMILY: dependants relying on the person. */
  | 'DEPENDANTS'
  /** INDIVIDUAL: a disability. */
  | 'DISABILITY'
  /** COMMUNITY: discrimination or exclusion. */
  | 'DISCRIMINATION'
  /** STRUCTURAL: economic crisis or lack of livelihoods. */
  | 'ECONOMIC_CRISIS'
  /** STRUCTURAL: drought, floods or other environmental shocks. */
  | 'ENVIRONMENTAL_SHOCK'
  /** HOUSEHOLD_FAMILY: family able and willing to help. */
  | 'FAMILY_SUPPORT'
  /** HOUSEHOLD_FAMILY: violence or neglect in the family. */
  | 'FAMILY_VIOLENCE'
  /** INDIVIDUAL: good physical and mental health. */
  | 'GOOD_HEALTH'
  /** COMMUNITY: insecurity where the person lives or transits. */
  | 'INSECURITY'
  /** INDIVIDUAL: a medical condition. */
  | 'MEDICAL_CONDITION'
  /** INDIVIDUAL: a mental health condition or psychosocial distress. */
  | 'MENTAL_HEALTH_CONDITION'
  /** COMMUNITY: no access to basic services. */
  | 'NO_ACCESS_TO_SERVICES'
  /** COMMUNITY: no community or social network. */
  | 'NO_COMMUNITY_SUPPORT'
  /** HOUSEHOLD_FAMILY: no family to rely on. */
  | 'NO_FAMILY_SUPPORT'
  /** STRUCTURAL: no legal status where the person is. */
  | 'NO_LEGAL_STATUS'
  /** INDIVIDUAL: an older person. */
  | 'OLDER_PERSON'
  /** INDIVIDUAL: pregnancy. */
  | 'PREGNANCY'
  /** INDIVIDUAL: a child separated from parents but with another relative. */
  | 'SEPARATED_CHILD'
  /** INDIVIDUAL: skills, education or work experience. */
  | 'SKILLS_OR_EDUCATION'
  /** INDIVIDUAL: survivor of violence, exploitation or abuse. */
  | 'SURVIVOR_OF_VIOLENCE'
  /** INDIVIDUAL: a child travelling without a parent or caregiver (marks the case for the protection team). */
  | 'UNACCOMPANIED_CHILD'
  /** INDIVIDUAL: indicators of trafficking (marks the case for the protection team). */
  | 'VICTIM_OF_TRAFFICKING_INDICATORS';

/** Migrants a screening in the period found one risk factor for. */
export type VulnerabilityFactorCount = {
  __typename?: 'VulnerabilityFactorCount';
  /** Null on the suppressed row. */
  factor: Maybe<VulnerabilityFactor>;
  /** Distinct migrants (a migrant screened twice counts once); null on the suppressed row. */
  migrants: Maybe<Scalars['Int']['output']>;
  /** True on the one row standing for the factors found for fewer than 5 migrants each, withheld from viewers without cases:read. */
  suppressed: Scalars['Boolean']['output'];
};

/** Vulnerabilities identified by the screenings of a period (by screening date). */
export type VulnerabilityIndicators = {
  __typename?: 'VulnerabilityIndicators';
  /** Screenings by overall assessment, lowest first, the suppressed row last. */
  byAssessment: Array<RiskLevelCount>;
  /** Risk factors found, most migrants first, the suppressed row last (protective factors are not counted). */
  riskFactors: Array<VulnerabilityFactorCount>;
};

/** A vulnerability screening of a migrant. */
export type VulnerabilityScreening = {
  __typename?: 'VulnerabilityScreening';
  /** Overall vulnerability. */
  assessment: RiskLevel;
  factors: Array<ScreeningFactor>;
  id: Scalars['ID']['output'];
  needs: Array<AssistanceNeed>;
  note: Maybe<Scalars['String']['output']>;
  recordedAt: Scalars['DateTime']['output'];
  /** Token subject of the screener. */
  screenedBy: Scalars['String']['output'];
  screenedOn: Scalars['Date']['output'];
  version: Scalars['Int']['output'];
};

/** A page of screenings, newest first. */
export type VulnerabilityScreeningConnection = {
  __typename?: 'VulnerabilityScreeningConnection';
  edges: Array<VulnerabilityScreeningEdge>;
  pageInfo: PageInfo;
};

/** One screening in a page. */
export type VulnerabilityScreeningEdge = {
  __typename?: 'VulnerabilityScreeningEdge';
  cursor: Scalars['String']['output'];
  node: VulnerabilityScreening;
};

/** The withdrawal of a consent. */
export type WithdrawConsentInput = {
  /** The consent's version the user saw. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  /** Defaults to today. */
  withdrawnOn?: InputMaybe<Scalars['Date']['input']>;
};

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
  SiteCentre: SiteCentre;
  SiteMigrant: SiteMigrant;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  SiteCentre:
    ( { __typename: 'SiteCentre' }
    & GraphQLRecursivePick<FederationTypes['SiteCentre'], {"code":true}> );
  SiteMigrant:
    ( { __typename: 'SiteMigrant' }
    & GraphQLRecursivePick<FederationTypes['SiteMigrant'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AddStockItemInput: AddStockItemInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AgeBand: AgeBand;
  AgeBandCount: ResolverTypeWrapper<AgeBandCount>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AgeGroupCounts: ResolverTypeWrapper<AgeGroupCounts>;
  AgeGroupCountsInput: AgeGroupCountsInput;
  AssistanceNeed: AssistanceNeed;
  AssistancePlanItem: ResolverTypeWrapper<AssistancePlanItem>;
  AssistancePlanItemInput: AssistancePlanItemInput;
  AssistancePlanItemStatus: AssistancePlanItemStatus;
  AttendanceBySexAndAge: ResolverTypeWrapper<AttendanceBySexAndAge>;
  AttendanceInput: AttendanceInput;
  AuditEvent: ResolverTypeWrapper<AuditEventRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditEventConnection: ResolverTypeWrapper<Omit<AuditEventConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEventEdge']> }>;
  AuditEventEdge: ResolverTypeWrapper<Omit<AuditEventEdge, 'node'> & { node: ResolversTypes['AuditEvent'] }>;
  AuditFilter: AuditFilter;
  AvrHandoverStatus: AvrHandoverStatus;
  AvrRequest: ResolverTypeWrapper<AvrOutboxRecord>;
  AvrRequestPayload: ResolverTypeWrapper<Omit<AvrRequestPayload, 'avrRequest' | 'migrant'> & { avrRequest: ResolversTypes['AvrRequest'], migrant: ResolversTypes['Migrant'] }>;
  AwarenessSession: ResolverTypeWrapper<AwarenessSessionRecord>;
  AwarenessSessionConnection: ResolverTypeWrapper<Omit<AwarenessSessionConnection, 'edges'> & { edges: Array<ResolversTypes['AwarenessSessionEdge']> }>;
  AwarenessSessionEdge: ResolverTypeWrapper<Omit<AwarenessSessionEdge, 'node'> & { node: ResolversTypes['AwarenessSession'] }>;
  AwarenessSessionFilter: AwarenessSessionFilter;
  AwarenessSessionPayload: ResolverTypeWrapper<Omit<AwarenessSessionPayload, 'session'> & { session: ResolversTypes['AwarenessSession'] }>;
  AwarenessSessionStatus: AwarenessSessionStatus;
  AwarenessTopic: AwarenessTopic;
  BestInterestsAssessment: ResolverTypeWrapper<BestInterestsAssessment>;
  BestInterestsAssessmentInput: BestInterestsAssessmentInput;
  BestInterestsDetermination: ResolverTypeWrapper<BestInterestsDetermination>;
  BestInterestsDeterminationInput: BestInterestsDeterminationInput;
  CaseFlag: ResolverTypeWrapper<CaseFlagRecord>;
  CaseFlagPayload: ResolverTypeWrapper<Omit<CaseFlagPayload, 'flag' | 'migrant'> & { flag: ResolversTypes['CaseFlag'], migrant: ResolversTypes['Migrant'] }>;
  CaseManagementIndicators: ResolverTypeWrapper<CaseManagementIndicators>;
  CaseStatus: CaseStatus;
  Centre: ResolverTypeWrapper<CentreRef>;
  CentreStats: ResolverTypeWrapper<CentreStatsRow>;
  Consent: ResolverTypeWrapper<ConsentRecord>;
  ConsentConnection: ResolverTypeWrapper<Omit<ConsentConnection, 'edges'> & { edges: Array<ResolversTypes['ConsentEdge']> }>;
  ConsentEdge: ResolverTypeWrapper<Omit<ConsentEdge, 'node'> & { node: ResolversTypes['Consent'] }>;
  ConsentGiver: ConsentGiver;
  ConsentOverrideInput: ConsentOverrideInput;
  ConsentPayload: ResolverTypeWrapper<Omit<ConsentPayload, 'consent' | 'migrant'> & { consent: ResolversTypes['Consent'], migrant: ResolversTypes['Migrant'] }>;
  ConsentPurpose: ConsentPurpose;
  CounsellingPayload: ResolverTypeWrapper<Omit<CounsellingPayload, 'migrant' | 'session'> & { migrant: ResolversTypes['Migrant'], session: ResolversTypes['CounsellingSession'] }>;
  CounsellingSession: ResolverTypeWrapper<CounsellingSessionRecord>;
  CounsellingSessionConnection: ResolverTypeWrapper<Omit<CounsellingSessionConnection, 'edges'> & { edges: Array<ResolversTypes['CounsellingSessionEdge']> }>;
  CounsellingSessionEdge: ResolverTypeWrapper<Omit<CounsellingSessionEdge, 'node'> & { node: ResolversTypes['CounsellingSession'] }>;
  CounsellingTopic: CounsellingTopic;
  CreatePartnerInput: CreatePartnerInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DestinationCount: ResolverTypeWrapper<DestinationCount>;
  DeterminantLevel: DeterminantLevel;
  DistributeItemsInput: DistributeItemsInput;
  DistributeItemsPayload: ResolverTypeWrapper<Omit<DistributeItemsPayload, 'distribution'> & { distribution: ResolversTypes['Distribution'] }>;
  DistributedItem: ResolverTypeWrapper<DistributedItemRef>;
  DistributedItemInput: DistributedItemInput;
  Distribution: ResolverTypeWrapper<DistributionRecord>;
  DistributionConnection: ResolverTypeWrapper<Omit<DistributionConnection, 'edges'> & { edges: Array<ResolversTypes['DistributionEdge']> }>;
  DistributionEdge: ResolverTypeWrapper<Omit<DistributionEdge, 'node'> & { node: ResolversTypes['Distribution'] }>;
  DocumentType: DocumentType;
  DuplicateCandidate: ResolverTypeWrapper<Omit<DuplicateCandidate, 'migrant'> & { migrant: ResolversTypes['Migrant'] }>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  DuplicateCheckInput: DuplicateCheckInput;
  FactorKind: FactorKind;
  FamilyTracingStatus: FamilyTracingStatus;
  FieldChange: ResolverTypeWrapper<FieldChangeRecord>;
  Guardian: ResolverTypeWrapper<Guardian>;
  GuardianInput: GuardianInput;
  HealthReferral: ResolverTypeWrapper<HealthReferral>;
  HealthReferralInput: HealthReferralInput;
  HoldAwarenessSessionInput: HoldAwarenessSessionInput;
  IdentityDocument: ResolverTypeWrapper<IdentityDocument>;
  IdentityDocumentInput: IdentityDocumentInput;
  ItemDistributedIndicator: ResolverTypeWrapper<ItemDistributedIndicator>;
  MedicalConsultation: ResolverTypeWrapper<MedicalConsultationRecord>;
  MedicalConsultationConnection: ResolverTypeWrapper<Omit<MedicalConsultationConnection, 'edges'> & { edges: Array<ResolversTypes['MedicalConsultationEdge']> }>;
  MedicalConsultationEdge: ResolverTypeWrapper<Omit<MedicalConsultationEdge, 'node'> & { node: ResolversTypes['MedicalConsultation'] }>;
  MedicalConsultationPayload: ResolverTypeWrapper<Omit<MedicalConsultationPayload, 'consultation'> & { consultation: ResolversTypes['MedicalConsultation'] }>;
  MhpssAttendance: ResolverTypeWrapper<MhpssAttendanceRecord>;
  MhpssAttendanceInput: MhpssAttendanceInput;
  MhpssGroupActivity: ResolverTypeWrapper<MhpssGroupActivityRecord>;
  MhpssGroupActivityConnection: ResolverTypeWrapper<Omit<MhpssGroupActivityConnection, 'edges'> & { edges: Array<ResolversTypes['MhpssGroupActivityEdge']> }>;
  MhpssGroupActivityEdge: ResolverTypeWrapper<Omit<MhpssGroupActivityEdge, 'node'> & { node: ResolversTypes['MhpssGroupActivity'] }>;
  MhpssGroupActivityFilter: MhpssGroupActivityFilter;
  MhpssGroupActivityPayload: ResolverTypeWrapper<Omit<MhpssGroupActivityPayload, 'activity'> & { activity: ResolversTypes['MhpssGroupActivity'] }>;
  MhpssGroupActivityType: MhpssGroupActivityType;
  MhpssSession: ResolverTypeWrapper<MhpssSessionRecord>;
  MhpssSessionConnection: ResolverTypeWrapper<Omit<MhpssSessionConnection, 'edges'> & { edges: Array<ResolversTypes['MhpssSessionEdge']> }>;
  MhpssSessionEdge: ResolverTypeWrapper<Omit<MhpssSessionEdge, 'node'> & { node: ResolversTypes['MhpssSession'] }>;
  MhpssSessionPayload: ResolverTypeWrapper<Omit<MhpssSessionPayload, 'session'> & { session: ResolversTypes['MhpssSession'] }>;
  MhpssSessionType: MhpssSessionType;
  Migrant: ResolverTypeWrapper<MigrantRecord>;
  MigrantConnection: ResolverTypeWrapper<MigrantPage>;
  MigrantEdge: ResolverTypeWrapper<Omit<MigrantEdge, 'node'> & { node: ResolversTypes['Migrant'] }>;
  MigrantFilter: MigrantFilter;
  MigrantPayload: ResolverTypeWrapper<Omit<MigrantPayload, 'migrant'> & { migrant: ResolversTypes['Migrant'] }>;
  MigrantSearchConnection: ResolverTypeWrapper<Omit<MigrantSearchConnection, 'edges'> & { edges: Array<ResolversTypes['MigrantSearchEdge']> }>;
  MigrantSearchEdge: ResolverTypeWrapper<Omit<MigrantSearchEdge, 'node'> & { node: ResolversTypes['Migrant'] }>;
  MigrationReason: MigrationReason;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NationalityCount: ResolverTypeWrapper<NationalityCount>;
  NeedCount: ResolverTypeWrapper<NeedCount>;
  OpenTraffickingCaseInput: OpenTraffickingCaseInput;
  OpenUamCaseInput: OpenUamCaseInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartnerOrganisation: ResolverTypeWrapper<PartnerOrganisationRecord>;
  PartnerOrganisationConnection: ResolverTypeWrapper<Omit<PartnerOrganisationConnection, 'edges'> & { edges: Array<ResolversTypes['PartnerOrganisationEdge']> }>;
  PartnerOrganisationEdge: ResolverTypeWrapper<Omit<PartnerOrganisationEdge, 'node'> & { node: ResolversTypes['PartnerOrganisation'] }>;
  PartnerPayload: ResolverTypeWrapper<Omit<PartnerPayload, 'partner'> & { partner: ResolversTypes['PartnerOrganisation'] }>;
  PlanAwarenessSessionInput: PlanAwarenessSessionInput;
  ProtectionCase: ResolverTypeWrapper<ProtectionCaseRef>;
  ProtectionCaseConnection: ResolverTypeWrapper<Omit<ProtectionCaseConnection, 'edges'> & { edges: Array<ResolversTypes['ProtectionCaseEdge']> }>;
  ProtectionCaseEdge: ResolverTypeWrapper<Omit<ProtectionCaseEdge, 'node'> & { node: ResolversTypes['ProtectionCase'] }>;
  ProtectionCaseFilter: ProtectionCaseFilter;
  ProtectionCaseKind: ProtectionCaseKind;
  RaiseFlagInput: RaiseFlagInput;
  ReceiveStockInput: ReceiveStockInput;
  ReceiveStockPayload: ResolverTypeWrapper<Omit<ReceiveStockPayload, 'movement'> & { movement: ResolversTypes['StockMovement'] }>;
  RecordAwarenessSessionInput: RecordAwarenessSessionInput;
  RecordConsentInput: RecordConsentInput;
  RecordCounsellingInput: RecordCounsellingInput;
  RecordMedicalConsultationInput: RecordMedicalConsultationInput;
  RecordMhpssGroupActivityInput: RecordMhpssGroupActivityInput;
  RecordMhpssSessionInput: RecordMhpssSessionInput;
  RecordScreeningInput: RecordScreeningInput;
  Referral: ResolverTypeWrapper<ReferralRecord>;
  ReferralConnection: ResolverTypeWrapper<Omit<ReferralConnection, 'edges'> & { edges: Array<ResolversTypes['ReferralEdge']> }>;
  ReferralEdge: ResolverTypeWrapper<Omit<ReferralEdge, 'node'> & { node: ResolversTypes['Referral'] }>;
  ReferralFilter: ReferralFilter;
  ReferralPayload: ResolverTypeWrapper<Omit<ReferralPayload, 'referral'> & { referral: ResolversTypes['Referral'] }>;
  ReferralStatus: ReferralStatus;
  ReferralStatusCount: ResolverTypeWrapper<ReferralStatusCount>;
  ReferralUrgency: ReferralUrgency;
  RegisterMigrantInput: RegisterMigrantInput;
  RegisterMigrantPayload: ResolverTypeWrapper<Omit<RegisterMigrantPayload, 'migrant'> & { migrant: ResolversTypes['Migrant'] }>;
  RegistrationBreakdown: ResolverTypeWrapper<RegistrationBreakdown>;
  RequestAvrInput: RequestAvrInput;
  RequestReferralInput: RequestReferralInput;
  RiskLevel: RiskLevel;
  RiskLevelCount: ResolverTypeWrapper<RiskLevelCount>;
  ScreeningFactor: ResolverTypeWrapper<ScreeningFactor>;
  ScreeningFactorInput: ScreeningFactorInput;
  ScreeningPayload: ResolverTypeWrapper<Omit<ScreeningPayload, 'migrant' | 'screening'> & { migrant: ResolversTypes['Migrant'], screening: ResolversTypes['VulnerabilityScreening'] }>;
  SeparationType: SeparationType;
  ServiceIndicators: ResolverTypeWrapper<ServiceIndicatorsRow>;
  ServiceProvider: ResolverTypeWrapper<ServiceProvider>;
  SetReferralStatusInput: SetReferralStatusInput;
  Sex: Sex;
  SexCount: ResolverTypeWrapper<SexCount>;
  SiteCentre: ResolverTypeWrapper<CentreRef>;
  SiteMigrant: ResolverTypeWrapper<MigrantRecord>;
  SiteMutations: ResolverTypeWrapper<CentreRef>;
  StockCategory: StockCategory;
  StockItem: ResolverTypeWrapper<StockItemRecord>;
  StockItemPayload: ResolverTypeWrapper<Omit<StockItemPayload, 'item'> & { item: ResolversTypes['StockItem'] }>;
  StockLevelIndicator: ResolverTypeWrapper<StockLevelIndicator>;
  StockMovement: ResolverTypeWrapper<StockMovementRecord>;
  StockMovementConnection: ResolverTypeWrapper<Omit<StockMovementConnection, 'edges'> & { edges: Array<ResolversTypes['StockMovementEdge']> }>;
  StockMovementEdge: ResolverTypeWrapper<Omit<StockMovementEdge, 'node'> & { node: ResolversTypes['StockMovement'] }>;
  StockMovementFilter: StockMovementFilter;
  StockMovementKind: StockMovementKind;
  TraffickingAct: TraffickingAct;
  TraffickingCase: ResolverTypeWrapper<TraffickingCaseRecord>;
  TraffickingCasePayload: ResolverTypeWrapper<Omit<TraffickingCasePayload, 'traffickingCase'> & { traffickingCase: ResolversTypes['TraffickingCase'] }>;
  TraffickingIdentification: TraffickingIdentification;
  TraffickingIdentificationInput: TraffickingIdentificationInput;
  TraffickingMeans: TraffickingMeans;
  TraffickingPurpose: TraffickingPurpose;
  TransferCaseInput: TransferCaseInput;
  UamCase: ResolverTypeWrapper<UamCaseRecord>;
  UamCasePayload: ResolverTypeWrapper<Omit<UamCasePayload, 'uamCase'> & { uamCase: ResolversTypes['UamCase'] }>;
  UpdateAwarenessSessionInput: UpdateAwarenessSessionInput;
  UpdateMedicalConsultationInput: UpdateMedicalConsultationInput;
  UpdateMhpssGroupActivityInput: UpdateMhpssGroupActivityInput;
  UpdateMhpssSessionInput: UpdateMhpssSessionInput;
  UpdateMigrantInput: UpdateMigrantInput;
  UpdatePartnerInput: UpdatePartnerInput;
  UpdateStockItemInput: UpdateStockItemInput;
  UpdateTraffickingCaseInput: UpdateTraffickingCaseInput;
  UpdateUamCaseInput: UpdateUamCaseInput;
  VulnerabilityFactor: VulnerabilityFactor;
  VulnerabilityFactorCount: ResolverTypeWrapper<VulnerabilityFactorCount>;
  VulnerabilityIndicators: ResolverTypeWrapper<VulnerabilityIndicators>;
  VulnerabilityScreening: ResolverTypeWrapper<VulnerabilityScreeningRecord>;
  VulnerabilityScreeningConnection: ResolverTypeWrapper<Omit<VulnerabilityScreeningConnection, 'edges'> & { edges: Array<ResolversTypes['VulnerabilityScreeningEdge']> }>;
  VulnerabilityScreeningEdge: ResolverTypeWrapper<Omit<VulnerabilityScreeningEdge, 'node'> & { node: ResolversTypes['VulnerabilityScreening'] }>;
  WithdrawConsentInput: WithdrawConsentInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddStockItemInput: AddStockItemInput;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  AgeBandCount: AgeBandCount;
  Boolean: Scalars['Boolean']['output'];
  AgeGroupCounts: AgeGroupCounts;
  AgeGroupCountsInput: AgeGroupCountsInput;
  AssistancePlanItem: AssistancePlanItem;
  AssistancePlanItemInput: AssistancePlanItemInput;
  AttendanceBySexAndAge: AttendanceBySexAndAge;
  AttendanceInput: AttendanceInput;
  AuditEvent: AuditEventRow;
  ID: Scalars['ID']['output'];
  AuditEventConnection: Omit<AuditEventConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEventEdge']> };
  AuditEventEdge: Omit<AuditEventEdge, 'node'> & { node: ResolversParentTypes['AuditEvent'] };
  AuditFilter: AuditFilter;
  AvrRequest: AvrOutboxRecord;
  AvrRequestPayload: Omit<AvrRequestPayload, 'avrRequest' | 'migrant'> & { avrRequest: ResolversParentTypes['AvrRequest'], migrant: ResolversParentTypes['Migrant'] };
  AwarenessSession: AwarenessSessionRecord;
  AwarenessSessionConnection: Omit<AwarenessSessionConnection, 'edges'> & { edges: Array<ResolversParentTypes['AwarenessSessionEdge']> };
  AwarenessSessionEdge: Omit<AwarenessSessionEdge, 'node'> & { node: ResolversParentTypes['AwarenessSession'] };
  AwarenessSessionFilter: AwarenessSessionFilter;
  AwarenessSessionPayload: Omit<AwarenessSessionPayload, 'session'> & { session: ResolversParentTypes['AwarenessSession'] };
  BestInterestsAssessment: BestInterestsAssessment;
  BestInterestsAssessmentInput: BestInterestsAssessmentInput;
  BestInterestsDetermination: BestInterestsDetermination;
  BestInterestsDeterminationInput: BestInterestsDeterminationInput;
  CaseFlag: CaseFlagRecord;
  CaseFlagPayload: Omit<CaseFlagPayload, 'flag' | 'migrant'> & { flag: ResolversParentTypes['CaseFlag'], migrant: ResolversParentTypes['Migrant'] };
  CaseManagementIndicators: CaseManagementIndicators;
  Centre: CentreRef;
  CentreStats: CentreStatsRow;
  Consent: ConsentRecord;
  ConsentConnection: Omit<ConsentConnection, 'edges'> & { edges: Array<ResolversParentTypes['ConsentEdge']> };
  ConsentEdge: Omit<ConsentEdge, 'node'> & { node: ResolversParentTypes['Consent'] };
  ConsentOverrideInput: ConsentOverrideInput;
  ConsentPayload: Omit<ConsentPayload, 'consent' | 'migrant'> & { consent: ResolversParentTypes['Consent'], migrant: ResolversParentTypes['Migrant'] };
  CounsellingPayload: Omit<CounsellingPayload, 'migrant' | 'session'> & { migrant: ResolversParentTypes['Migrant'], session: ResolversParentTypes['CounsellingSession'] };
  CounsellingSession: CounsellingSessionRecord;
  CounsellingSessionConnection: Omit<CounsellingSessionConnection, 'edges'> & { edges: Array<ResolversParentTypes['CounsellingSessionEdge']> };
  CounsellingSessionEdge: Omit<CounsellingSessionEdge, 'node'> & { node: ResolversParentTypes['CounsellingSession'] };
  CreatePartnerInput: CreatePartnerInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DestinationCount: DestinationCount;
  DistributeItemsInput: DistributeItemsInput;
  DistributeItemsPayload: Omit<DistributeItemsPayload, 'distribution'> & { distribution: ResolversParentTypes['Distribution'] };
  DistributedItem: DistributedItemRef;
  DistributedItemInput: DistributedItemInput;
  Distribution: DistributionRecord;
  DistributionConnection: Omit<DistributionConnection, 'edges'> & { edges: Array<ResolversParentTypes['DistributionEdge']> };
  DistributionEdge: Omit<DistributionEdge, 'node'> & { node: ResolversParentTypes['Distribution'] };
  DuplicateCandidate: Omit<DuplicateCandidate, 'migrant'> & { migrant: ResolversParentTypes['Migrant'] };
  Float: Scalars['Float']['output'];
  DuplicateCheckInput: DuplicateCheckInput;
  FieldChange: FieldChangeRecord;
  Guardian: Guardian;
  GuardianInput: GuardianInput;
  HealthReferral: HealthReferral;
  HealthReferralInput: HealthReferralInput;
  HoldAwarenessSessionInput: HoldAwarenessSessionInput;
  IdentityDocument: IdentityDocument;
  IdentityDocumentInput: IdentityDocumentInput;
  ItemDistributedIndicator: ItemDistributedIndicator;
  MedicalConsultation: MedicalConsultationRecord;
  MedicalConsultationConnection: Omit<MedicalConsultationConnection, 'edges'> & { edges: Array<ResolversParentTypes['MedicalConsultationEdge']> };
  MedicalConsultationEdge: Omit<MedicalConsultationEdge, 'node'> & { node: ResolversParentTypes['MedicalConsultation'] };
  MedicalConsultationPayload: Omit<MedicalConsultationPayload, 'consultation'> & { consultation: ResolversParentTypes['MedicalConsultation'] };
  MhpssAttendance: MhpssAttendanceRecord;
  MhpssAttendanceInput: MhpssAttendanceInput;
  MhpssGroupActivity: MhpssGroupActivityRecord;
  MhpssGroupActivityConnection: Omit<MhpssGroupActivityConnection, 'edges'> & { edges: Array<ResolversParentTypes['MhpssGroupActivityEdge']> };
  MhpssGroupActivityEdge: Omit<MhpssGroupActivityEdge, 'node'> & { node: ResolversParentTypes['MhpssGroupActivity'] };
  MhpssGroupActivityFilter: MhpssGroupActivityFilter;
  MhpssGroupActivityPayload: Omit<MhpssGroupActivityPayload, 'activity'> & { activity: ResolversParentTypes['MhpssGroupActivity'] };
  MhpssSession: MhpssSessionRecord;
  MhpssSessionConnection: Omit<MhpssSessionConnection, 'edges'> & { edges: Array<ResolversParentTypes['MhpssSessionEdge']> };
  MhpssSessionEdge: Omit<MhpssSessionEdge, 'node'> & { node: ResolversParentTypes['MhpssSession'] };
  MhpssSessionPayload: Omit<MhpssSessionPayload, 'session'> & { session: ResolversParentTypes['MhpssSession'] };
  Migrant: MigrantRecord;
  MigrantConnection: MigrantPage;
  MigrantEdge: Omit<MigrantEdge, 'node'> & { node: ResolversParentTypes['Migrant'] };
  MigrantFilter: MigrantFilter;
  MigrantPayload: Omit<MigrantPayload, 'migrant'> & { migrant: ResolversParentTypes['Migrant'] };
  MigrantSearchConnection: Omit<MigrantSearchConnection, 'edges'> & { edges: Array<ResolversParentTypes['MigrantSearchEdge']> };
  MigrantSearchEdge: Omit<MigrantSearchEdge, 'node'> & { node: ResolversParentTypes['Migrant'] };
  Mutation: Record<PropertyKey, never>;
  NationalityCount: NationalityCount;
  NeedCount: NeedCount;
  OpenTraffickingCaseInput: OpenTraffickingCaseInput;
  OpenUamCaseInput: OpenUamCaseInput;
  PageInfo: PageInfo;
  PartnerOrganisation: PartnerOrganisationRecord;
  PartnerOrganisationConnection: Omit<PartnerOrganisationConnection, 'edges'> & { edges: Array<ResolversParentTypes['PartnerOrganisationEdge']> };
  PartnerOrganisationEdge: Omit<PartnerOrganisationEdge, 'node'> & { node: ResolversParentTypes['PartnerOrganisation'] };
  PartnerPayload: Omit<PartnerPayload, 'partner'> & { partner: ResolversParentTypes['PartnerOrganisation'] };
  PlanAwarenessSessionInput: PlanAwarenessSessionInput;
  ProtectionCase: ProtectionCaseRef;
  ProtectionCaseConnection: Omit<ProtectionCaseConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProtectionCaseEdge']> };
  ProtectionCaseEdge: Omit<ProtectionCaseEdge, 'node'> & { node: ResolversParentTypes['ProtectionCase'] };
  ProtectionCaseFilter: ProtectionCaseFilter;
  RaiseFlagInput: RaiseFlagInput;
  ReceiveStockInput: ReceiveStockInput;
  ReceiveStockPayload: Omit<ReceiveStockPayload, 'movement'> & { movement: ResolversParentTypes['StockMovement'] };
  RecordAwarenessSessionInput: RecordAwarenessSessionInput;
  RecordConsentInput: RecordConsentInput;
  RecordCounsellingInput: RecordCounsellingInput;
  RecordMedicalConsultationInput: RecordMedicalConsultationInput;
  RecordMhpssGroupActivityInput: RecordMhpssGroupActivityInput;
  RecordMhpssSessionInput: RecordMhpssSessionInput;
  RecordScreeningInput: RecordScreeningInput;
  Referral: ReferralRecord;
  ReferralConnection: Omit<ReferralConnection, 'edges'> & { edges: Array<ResolversParentTypes['ReferralEdge']> };
  ReferralEdge: Omit<ReferralEdge, 'node'> & { node: ResolversParentTypes['Referral'] };
  ReferralFilter: ReferralFilter;
  ReferralPayload: Omit<ReferralPayload, 'referral'> & { referral: ResolversParentTypes['Referral'] };
  ReferralStatusCount: ReferralStatusCount;
  RegisterMigrantInput: RegisterMigrantInput;
  RegisterMigrantPayload: Omit<RegisterMigrantPayload, 'migrant'> & { migrant: ResolversParentTypes['Migrant'] };
  RegistrationBreakdown: RegistrationBreakdown;
  RequestAvrInput: RequestAvrInput;
  RequestReferralInput: RequestReferralInput;
  RiskLevelCount: RiskLevelCount;
  ScreeningFactor: ScreeningFactor;
  ScreeningFactorInput: ScreeningFactorInput;
  ScreeningPayload: Omit<ScreeningPayload, 'migrant' | 'screening'> & { migrant: ResolversParentTypes['Migrant'], screening: ResolversParentTypes['VulnerabilityScreening'] };
  ServiceIndicators: ServiceIndicatorsRow;
  ServiceProvider: ServiceProvider;
  SetReferralStatusInput: SetReferralStatusInput;
  SexCount: SexCount;
  SiteCentre: CentreRef;
  SiteMigrant: MigrantRecord;
  SiteMutations: CentreRef;
  StockItem: StockItemRecord;
  StockItemPayload: Omit<StockItemPayload, 'item'> & { item: ResolversParentTypes['StockItem'] };
  StockLevelIndicator: StockLevelIndicator;
  StockMovement: StockMovementRecord;
  StockMovementConnection: Omit<StockMovementConnection, 'edges'> & { edges: Array<ResolversParentTypes['StockMovementEdge']> };
  StockMovementEdge: Omit<StockMovementEdge, 'node'> & { node: ResolversParentTypes['StockMovement'] };
  StockMovementFilter: StockMovementFilter;
  TraffickingCase: TraffickingCaseRecord;
  TraffickingCasePayload: Omit<TraffickingCasePayload, 'traffickingCase'> & { traffickingCase: ResolversParentTypes['TraffickingCase'] };
  TraffickingIdentificationInput: TraffickingIdentificationInput;
  TransferCaseInput: TransferCaseInput;
  UamCase: UamCaseRecord;
  UamCasePayload: Omit<UamCasePayload, 'uamCase'> & { uamCase: ResolversParentTypes['UamCase'] };
  UpdateAwarenessSessionInput: UpdateAwarenessSessionInput;
  UpdateMedicalConsultationInput: UpdateMedicalConsultationInput;
  UpdateMhpssGroupActivityInput: UpdateMhpssGroupActivityInput;
  UpdateMhpssSessionInput: UpdateMhpssSessionInput;
  UpdateMigrantInput: UpdateMigrantInput;
  UpdatePartnerInput: UpdatePartnerInput;
  UpdateStockItemInput: UpdateStockItemInput;
  UpdateTraffickingCaseInput: UpdateTraffickingCaseInput;
  UpdateUamCaseInput: UpdateUamCaseInput;
  VulnerabilityFactorCount: VulnerabilityFactorCount;
  VulnerabilityIndicators: VulnerabilityIndicators;
  VulnerabilityScreening: VulnerabilityScreeningRecord;
  VulnerabilityScreeningConnection: Omit<VulnerabilityScreeningConnection, 'edges'> & { edges: Array<ResolversParentTypes['VulnerabilityScreeningEdge']> };
  VulnerabilityScreeningEdge: Omit<VulnerabilityScreeningEdge, 'node'> & { node: ResolversParentTypes['VulnerabilityScreening'] };
  WithdrawConsentInput: WithdrawConsentInput;
}>;

export type AgeBandCountResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['AgeBandCount'] = ResolversParentTypes['AgeBandCount']> = ResolversObject<{
  ageBand?: Resolver<Maybe<ResolversTypes['AgeBand']>, ParentType, ContextType>;
  registrations?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type AgeGroupCountsResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['AgeGroupCounts'] = ResolversParentTypes['AgeGroupCounts']> = ResolversObject<{
  age0To17?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  age18To29?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  age30To59?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  age60Plus?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AssistancePlanItemResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['AssistancePlanItem'] = ResolversParentTypes['AssistancePlanItem']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AssistancePlanItemStatus'], ParentType, ContextType>;
}>;

export type AttendanceBySexAndAgeResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['AttendanceBySexAndAge'] = ResolversParentTypes['AttendanceBySexAndAge']> = ResolversObject<{
  female?: Resolver<ResolversTypes['AgeGroupCounts'], ParentType, ContextType>;
  male?: Resolver<ResolversTypes['AgeGroupCounts'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditEventResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = ResolversObject<{
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

export type AuditEventConnectionResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type AuditEventEdgeResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['AuditEventEdge'] = ResolversParentTypes['AuditEventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEvent'], ParentType, ContextType>;
}>;

export type AvrRequestResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['AvrRequest'] = ResolversParentTypes['AvrRequest']> = ResolversObject<{
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  avrCaseId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  consentOverridden?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  destinationCountry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  destinationRegion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AvrHandoverStatus'], ParentType, ContextType>;
}>;

export type AvrRequestPayloadResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['AvrRequestPayload'] = ResolversParentTypes['AvrRequestPayload']> = ResolversObject<{
  avrRequest?: Resolver<ResolversTypes['AvrRequest'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  migrant?: Resolver<ResolversTypes['Migrant'], ParentType, ContextType>;
}>;

export type AwarenessSessionResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['AwarenessSession'] = ResolversParentTypes['AwarenessSession']> = ResolversObject<{
  attendance?: Resolver<ResolversTypes['AttendanceBySexAndAge'], ParentType, ContextType>;
  deliveredBy?: Resolver<ResolversTypes['ServiceProvider'], ParentType, ContextType>;
  facilitator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  heldOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  place?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AwarenessSessionStatus'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['AwarenessTopic'], ParentType, ContextType>;
  topicOther?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AwarenessSessionConnectionResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['AwarenessSessionConnection'] = ResolversParentTypes['AwarenessSessionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AwarenessSessionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type AwarenessSessionEdgeResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['AwarenessSessionEdge'] = ResolversParentTypes['AwarenessSessionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AwarenessSession'], ParentType, ContextType>;
}>;

export type AwarenessSessionPayloadResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['AwarenessSessionPayload'] = ResolversParentTypes['AwarenessSessionPayload']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  session?: Resolver<ResolversTypes['AwarenessSession'], ParentType, ContextType>;
}>;

export type BestInterestsAssessmentResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['BestInterestsAssessment'] = ResolversParentTypes['BestInterestsAssessment']> = ResolversObject<{
  assessedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  assessedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  findings?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BestInterestsDeterminationResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['BestInterestsDetermination'] = ResolversParentTypes['BestInterestsDetermination']> = ResolversObject<{
  decidedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  decision?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  panel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CaseFlagResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['CaseFlag'] = ResolversParentTypes['CaseFlag']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  raisedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  raisedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  resolvedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CaseFlagPayloadResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['CaseFlagPayload'] = ResolversParentTypes['CaseFlagPayload']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  flag?: Resolver<ResolversTypes['CaseFlag'], ParentType, ContextType>;
  migrant?: Resolver<ResolversTypes['Migrant'], ParentType, ContextType>;
}>;

export type CaseManagementIndicatorsResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['CaseManagementIndicators'] = ResolversParentTypes['CaseManagementIndicators']> = ResolversObject<{
  avrRequests?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  avrRequestsDelivered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  closedCases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  counsellingSessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  needsIdentified?: Resolver<Array<ResolversTypes['NeedCount']>, ParentType, ContextType>;
  referralsByStatus?: Resolver<Array<ResolversTypes['ReferralStatusCount']>, ParentType, ContextType>;
  screenings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  traffickingIndicatorsIdentified?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  transferredCases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unaccompaniedChildrenIdentified?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type CentreResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['Centre'] = ResolversParentTypes['Centre']> = ResolversObject<{
  __resolveType: TypeResolveFn<'SiteCentre', ParentType, ContextType>;
}>;

export type CentreStatsResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['CentreStats'] = ResolversParentTypes['CentreStats']> = ResolversObject<{
  caseManagement?: Resolver<ResolversTypes['CaseManagementIndicators'], ParentType, ContextType>;
  childRegistrations?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  openCases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registrationBreakdown?: Resolver<ResolversTypes['RegistrationBreakdown'], ParentType, ContextType>;
  registrations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registrationsWithoutDocuments?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  services?: Resolver<ResolversTypes['ServiceIndicators'], ParentType, ContextType>;
  vulnerabilities?: Resolver<ResolversTypes['VulnerabilityIndicators'], ParentType, ContextType>;
}>;

export type ConsentResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['Consent'] = ResolversParentTypes['Consent']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  givenBy?: Resolver<ResolversTypes['ConsentGiver'], ParentType, ContextType>;
  givenOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  guardianName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  guardianRelationship?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['ConsentPurpose'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withdrawalReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  withdrawnBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  withdrawnOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type ConsentConnectionResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['ConsentConnection'] = ResolversParentTypes['ConsentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ConsentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ConsentEdgeResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['ConsentEdge'] = ResolversParentTypes['ConsentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Consent'], ParentType, ContextType>;
}>;

export type ConsentPayloadResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['ConsentPayload'] = ResolversParentTypes['ConsentPayload']> = ResolversObject<{
  consent?: Resolver<ResolversTypes['Consent'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  migrant?: Resolver<ResolversTypes['Migrant'], ParentType, ContextType>;
}>;

export type CounsellingPayloadResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['CounsellingPayload'] = ResolversParentTypes['CounsellingPayload']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  migrant?: Resolver<ResolversTypes['Migrant'], ParentType, ContextType>;
  session?: Resolver<ResolversTypes['CounsellingSession'], ParentType, ContextType>;
}>;

export type CounsellingSessionResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['CounsellingSession'] = ResolversParentTypes['CounsellingSession']> = ResolversObject<{
  counsellor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  followUpOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  heldOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['CounsellingTopic']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CounsellingSessionConnectionResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['CounsellingSessionConnection'] = ResolversParentTypes['CounsellingSessionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CounsellingSessionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type CounsellingSessionEdgeResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['CounsellingSessionEdge'] = ResolversParentTypes['CounsellingSessionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CounsellingSession'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DestinationCountResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['DestinationCount'] = ResolversParentTypes['DestinationCount']> = ResolversObject<{
  destination?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  registrations?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type DistributeItemsPayloadResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['DistributeItemsPayload'] = ResolversParentTypes['DistributeItemsPayload']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  distribution?: Resolver<ResolversTypes['Distribution'], ParentType, ContextType>;
}>;

export type DistributedItemResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['DistributedItem'] = ResolversParentTypes['DistributedItem']> = ResolversObject<{
  item?: Resolver<ResolversTypes['StockItem'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DistributionResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['Distribution'] = ResolversParentTypes['Distribution']> = ResolversObject<{
  deliveredBy?: Resolver<ResolversTypes['ServiceProvider'], ParentType, ContextType>;
  distributedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['DistributedItem']>, ParentType, ContextType>;
  migrant?: Resolver<Maybe<ResolversTypes['Migrant']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type DistributionConnectionResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['DistributionConnection'] = ResolversParentTypes['DistributionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DistributionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type DistributionEdgeResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['DistributionEdge'] = ResolversParentTypes['DistributionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Distribution'], ParentType, ContextType>;
}>;

export type DuplicateCandidateResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['DuplicateCandidate'] = ResolversParentTypes['DuplicateCandidate']> = ResolversObject<{
  migrant?: Resolver<ResolversTypes['Migrant'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type FieldChangeResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type GuardianResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['Guardian'] = ResolversParentTypes['Guardian']> = ResolversObject<{
  appointedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationship?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type HealthReferralResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['HealthReferral'] = ResolversParentTypes['HealthReferral']> = ResolversObject<{
  facility?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  urgency?: Resolver<ResolversTypes['ReferralUrgency'], ParentType, ContextType>;
}>;

export type IdentityDocumentResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['IdentityDocument'] = ResolversParentTypes['IdentityDocument']> = ResolversObject<{
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['DocumentType'], ParentType, ContextType>;
}>;

export type ItemDistributedIndicatorResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['ItemDistributedIndicator'] = ResolversParentTypes['ItemDistributedIndicator']> = ResolversObject<{
  item?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  migrants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MedicalConsultationResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['MedicalConsultation'] = ResolversParentTypes['MedicalConsultation']> = ResolversObject<{
  consultedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  deliveredBy?: Resolver<ResolversTypes['ServiceProvider'], ParentType, ContextType>;
  followUpNotes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  followUpOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['AuditEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  medication?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  migrant?: Resolver<Maybe<ResolversTypes['Migrant']>, ParentType, ContextType>;
  observations?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  presentingComplaint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  referral?: Resolver<Maybe<ResolversTypes['HealthReferral']>, ParentType, ContextType>;
  treatmentGiven?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MedicalConsultationConnectionResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['MedicalConsultationConnection'] = ResolversParentTypes['MedicalConsultationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MedicalConsultationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type MedicalConsultationEdgeResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['MedicalConsultationEdge'] = ResolversParentTypes['MedicalConsultationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MedicalConsultation'], ParentType, ContextType>;
}>;

export type MedicalConsultationPayloadResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['MedicalConsultationPayload'] = ResolversParentTypes['MedicalConsultationPayload']> = ResolversObject<{
  consultation?: Resolver<ResolversTypes['MedicalConsultation'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type MhpssAttendanceResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['MhpssAttendance'] = ResolversParentTypes['MhpssAttendance']> = ResolversObject<{
  attended?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  migrant?: Resolver<Maybe<ResolversTypes['Migrant']>, ParentType, ContextType>;
}>;

export type MhpssGroupActivityResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['MhpssGroupActivity'] = ResolversParentTypes['MhpssGroupActivity']> = ResolversObject<{
  attendance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  attendees?: Resolver<Array<ResolversTypes['MhpssAttendance']>, ParentType, ContextType>;
  deliveredBy?: Resolver<ResolversTypes['ServiceProvider'], ParentType, ContextType>;
  facilitator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  heldOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['MhpssGroupActivityType'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MhpssGroupActivityConnectionResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['MhpssGroupActivityConnection'] = ResolversParentTypes['MhpssGroupActivityConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MhpssGroupActivityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type MhpssGroupActivityEdgeResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['MhpssGroupActivityEdge'] = ResolversParentTypes['MhpssGroupActivityEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MhpssGroupActivity'], ParentType, ContextType>;
}>;

export type MhpssGroupActivityPayloadResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['MhpssGroupActivityPayload'] = ResolversParentTypes['MhpssGroupActivityPayload']> = ResolversObject<{
  activity?: Resolver<ResolversTypes['MhpssGroupActivity'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type MhpssSessionResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['MhpssSession'] = ResolversParentTypes['MhpssSession']> = ResolversObject<{
  deliveredBy?: Resolver<ResolversTypes['ServiceProvider'], ParentType, ContextType>;
  followUpOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  heldOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['AuditEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  migrant?: Resolver<Maybe<ResolversTypes['Migrant']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['MhpssSessionType'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MhpssSessionConnectionResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['MhpssSessionConnection'] = ResolversParentTypes['MhpssSessionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MhpssSessionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type MhpssSessionEdgeResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['MhpssSessionEdge'] = ResolversParentTypes['MhpssSessionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MhpssSession'], ParentType, ContextType>;
}>;

export type MhpssSessionPayloadResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['MhpssSessionPayload'] = ResolversParentTypes['MhpssSessionPayload']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  session?: Resolver<ResolversTypes['MhpssSession'], ParentType, ContextType>;
}>;

export type MigrantResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['Migrant'] = ResolversParentTypes['Migrant']> = ResolversObject<{
  __resolveType: TypeResolveFn<'SiteMigrant', ParentType, ContextType>;
}>;

export type MigrantConnectionResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['MigrantConnection'] = ResolversParentTypes['MigrantConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MigrantEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MigrantEdgeResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['MigrantEdge'] = ResolversParentTypes['MigrantEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Migrant'], ParentType, ContextType>;
}>;

export type MigrantPayloadResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['MigrantPayload'] = ResolversParentTypes['MigrantPayload']> = ResolversObject<{
  migrant?: Resolver<ResolversTypes['Migrant'], ParentType, ContextType>;
}>;

export type MigrantSearchConnectionResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['MigrantSearchConnection'] = ResolversParentTypes['MigrantSearchConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MigrantSearchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type MigrantSearchEdgeResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['MigrantSearchEdge'] = ResolversParentTypes['MigrantSearchEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Migrant'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  site?: Resolver<ResolversTypes['SiteMutations'], ParentType, ContextType>;
}>;

export type NationalityCountResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['NationalityCount'] = ResolversParentTypes['NationalityCount']> = ResolversObject<{
  nationality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  registrations?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type NeedCountResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['NeedCount'] = ResolversParentTypes['NeedCount']> = ResolversObject<{
  migrants?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  need?: Resolver<Maybe<ResolversTypes['AssistanceNeed']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PartnerOrganisationResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['PartnerOrganisation'] = ResolversParentTypes['PartnerOrganisation']> = ResolversObject<{
  contact?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['AssistanceNeed']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PartnerOrganisationConnectionResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['PartnerOrganisationConnection'] = ResolversParentTypes['PartnerOrganisationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PartnerOrganisationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type PartnerOrganisationEdgeResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['PartnerOrganisationEdge'] = ResolversParentTypes['PartnerOrganisationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PartnerOrganisation'], ParentType, ContextType>;
}>;

export type PartnerPayloadResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['PartnerPayload'] = ResolversParentTypes['PartnerPayload']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['PartnerOrganisation'], ParentType, ContextType>;
}>;

export type ProtectionCaseResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['ProtectionCase'] = ResolversParentTypes['ProtectionCase']> = ResolversObject<{
  __resolveType: TypeResolveFn<'TraffickingCase' | 'UamCase', ParentType, ContextType>;
}>;

export type ProtectionCaseConnectionResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['ProtectionCaseConnection'] = ResolversParentTypes['ProtectionCaseConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProtectionCaseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ProtectionCaseEdgeResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['ProtectionCaseEdge'] = ResolversParentTypes['ProtectionCaseEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ProtectionCase'], ParentType, ContextType>;
}>;

export type ReceiveStockPayloadResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['ReceiveStockPayload'] = ResolversParentTypes['ReceiveStockPayload']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  movement?: Resolver<ResolversTypes['StockMovement'], ParentType, ContextType>;
}>;

export type ReferralResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['Referral'] = ResolversParentTypes['Referral']> = ResolversObject<{
  consentOverridden?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  migrant?: Resolver<ResolversTypes['Migrant'], ParentType, ContextType>;
  need?: Resolver<Maybe<ResolversTypes['AssistanceNeed']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['PartnerOrganisation'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['AssistanceNeed'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReferralStatus'], ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReferralConnectionResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['ReferralConnection'] = ResolversParentTypes['ReferralConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ReferralEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ReferralEdgeResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['ReferralEdge'] = ResolversParentTypes['ReferralEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Referral'], ParentType, ContextType>;
}>;

export type ReferralPayloadResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['ReferralPayload'] = ResolversParentTypes['ReferralPayload']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  referral?: Resolver<ResolversTypes['Referral'], ParentType, ContextType>;
}>;

export type ReferralStatusCountResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['ReferralStatusCount'] = ResolversParentTypes['ReferralStatusCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReferralStatus'], ParentType, ContextType>;
}>;

export type RegisterMigrantPayloadResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['RegisterMigrantPayload'] = ResolversParentTypes['RegisterMigrantPayload']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  migrant?: Resolver<ResolversTypes['Migrant'], ParentType, ContextType>;
}>;

export type RegistrationBreakdownResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['RegistrationBreakdown'] = ResolversParentTypes['RegistrationBreakdown']> = ResolversObject<{
  byAgeBand?: Resolver<Array<ResolversTypes['AgeBandCount']>, ParentType, ContextType>;
  byDestination?: Resolver<Array<ResolversTypes['DestinationCount']>, ParentType, ContextType>;
  byNationality?: Resolver<Array<ResolversTypes['NationalityCount']>, ParentType, ContextType>;
  bySex?: Resolver<Array<ResolversTypes['SexCount']>, ParentType, ContextType>;
}>;

export type RiskLevelCountResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['RiskLevelCount'] = ResolversParentTypes['RiskLevelCount']> = ResolversObject<{
  assessment?: Resolver<Maybe<ResolversTypes['RiskLevel']>, ParentType, ContextType>;
  screenings?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ScreeningFactorResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['ScreeningFactor'] = ResolversParentTypes['ScreeningFactor']> = ResolversObject<{
  factor?: Resolver<ResolversTypes['VulnerabilityFactor'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FactorKind'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['DeterminantLevel'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ScreeningPayloadResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['ScreeningPayload'] = ResolversParentTypes['ScreeningPayload']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  migrant?: Resolver<ResolversTypes['Migrant'], ParentType, ContextType>;
  screening?: Resolver<ResolversTypes['VulnerabilityScreening'], ParentType, ContextType>;
}>;

export type ServiceIndicatorsResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['ServiceIndicators'] = ResolversParentTypes['ServiceIndicators']> = ResolversObject<{
  awarenessAttendance?: Resolver<ResolversTypes['AttendanceBySexAndAge'], ParentType, ContextType>;
  awarenessSessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  distributions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  healthReferrals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  itemsBelowThreshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  itemsDistributed?: Resolver<Array<ResolversTypes['ItemDistributedIndicator']>, ParentType, ContextType>;
  medicalConsultations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mhpssGroupActivities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mhpssGroupAttendance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mhpssSessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stockLevels?: Resolver<Array<ResolversTypes['StockLevelIndicator']>, ParentType, ContextType>;
  traffickingScreenings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  traffickingVictimsIdentified?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  uamCasesOpened?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type ServiceProviderResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['ServiceProvider'] = ResolversParentTypes['ServiceProvider']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SexCountResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['SexCount'] = ResolversParentTypes['SexCount']> = ResolversObject<{
  registrations?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sex?: Resolver<Maybe<ResolversTypes['Sex']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type SiteCentreResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['SiteCentre'] = ResolversParentTypes['SiteCentre'], FederationReferenceType extends FederationReferenceTypes['SiteCentre'] = FederationReferenceTypes['SiteCentre']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SiteCentre']> | FederationReferenceType, FederationReferenceType, ContextType>;
  auditEvents?: Resolver<Maybe<ResolversTypes['AuditEventConnection']>, ParentType, ContextType, Partial<SiteCentreAuditEventsArgs>>;
  awarenessSessions?: Resolver<Maybe<ResolversTypes['AwarenessSessionConnection']>, ParentType, ContextType, Partial<SiteCentreAwarenessSessionsArgs>>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mhpssGroupActivities?: Resolver<Maybe<ResolversTypes['MhpssGroupActivityConnection']>, ParentType, ContextType, Partial<SiteCentreMhpssGroupActivitiesArgs>>;
  migrant?: Resolver<Maybe<ResolversTypes['Migrant']>, ParentType, ContextType, RequireFields<SiteCentreMigrantArgs, 'id'>>;
  migrants?: Resolver<Maybe<ResolversTypes['MigrantConnection']>, ParentType, ContextType, Partial<SiteCentreMigrantsArgs>>;
  partners?: Resolver<Maybe<ResolversTypes['PartnerOrganisationConnection']>, ParentType, ContextType, Partial<SiteCentrePartnersArgs>>;
  possibleDuplicates?: Resolver<Maybe<Array<ResolversTypes['DuplicateCandidate']>>, ParentType, ContextType, RequireFields<SiteCentrePossibleDuplicatesArgs, 'input'>>;
  protectionCases?: Resolver<Maybe<ResolversTypes['ProtectionCaseConnection']>, ParentType, ContextType, Partial<SiteCentreProtectionCasesArgs>>;
  referrals?: Resolver<Maybe<ResolversTypes['ReferralConnection']>, ParentType, ContextType, Partial<SiteCentreReferralsArgs>>;
  searchMigrants?: Resolver<Maybe<ResolversTypes['MigrantSearchConnection']>, ParentType, ContextType, RequireFields<SiteCentreSearchMigrantsArgs, 'query'>>;
  stats?: Resolver<Maybe<ResolversTypes['CentreStats']>, ParentType, ContextType, Partial<SiteCentreStatsArgs>>;
  stock?: Resolver<Maybe<Array<ResolversTypes['StockItem']>>, ParentType, ContextType>;
  stockMovements?: Resolver<Maybe<ResolversTypes['StockMovementConnection']>, ParentType, ContextType, Partial<SiteCentreStockMovementsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SiteMigrantResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['SiteMigrant'] = ResolversParentTypes['SiteMigrant'], FederationReferenceType extends FederationReferenceTypes['SiteMigrant'] = FederationReferenceTypes['SiteMigrant']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SiteMigrant']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accompanied?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  accompaniedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  age?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  alias?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  arrivalDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  avrRequest?: Resolver<Maybe<ResolversTypes['AvrRequest']>, ParentType, ContextType>;
  caseOwner?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  caseStatus?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
  caseworkers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  centre?: Resolver<ResolversTypes['SiteCentre'], ParentType, ContextType>;
  closedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  consents?: Resolver<Maybe<ResolversTypes['ConsentConnection']>, ParentType, ContextType, Partial<SiteMigrantConsentsArgs>>;
  counsellingSessions?: Resolver<Maybe<ResolversTypes['CounsellingSessionConnection']>, ParentType, ContextType, Partial<SiteMigrantCounsellingSessionsArgs>>;
  dateOfBirth?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dateOfBirthEstimated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  distributions?: Resolver<Maybe<ResolversTypes['DistributionConnection']>, ParentType, ContextType, Partial<SiteMigrantDistributionsArgs>>;
  document?: Resolver<Maybe<ResolversTypes['IdentityDocument']>, ParentType, ContextType>;
  familyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  flags?: Resolver<Array<ResolversTypes['CaseFlag']>, ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  givenName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hasDocuments?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasTraffickingIndicators?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  history?: Resolver<Maybe<ResolversTypes['AuditEventConnection']>, ParentType, ContextType, Partial<SiteMigrantHistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  intendedDestination?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  isUnaccompaniedChild?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  medicalConsultations?: Resolver<Maybe<ResolversTypes['MedicalConsultationConnection']>, ParentType, ContextType, Partial<SiteMigrantMedicalConsultationsArgs>>;
  mhpssSessions?: Resolver<Maybe<ResolversTypes['MhpssSessionConnection']>, ParentType, ContextType, Partial<SiteMigrantMhpssSessionsArgs>>;
  migrationReasons?: Resolver<Array<ResolversTypes['MigrationReason']>, ParentType, ContextType>;
  nationality?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  referrals?: Resolver<Maybe<ResolversTypes['ReferralConnection']>, ParentType, ContextType, Partial<SiteMigrantReferralsArgs>>;
  regionOfOrigin?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  registrationNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  riskLevel?: Resolver<Maybe<ResolversTypes['RiskLevel']>, ParentType, ContextType>;
  screenings?: Resolver<Maybe<ResolversTypes['VulnerabilityScreeningConnection']>, ParentType, ContextType, Partial<SiteMigrantScreeningsArgs>>;
  sex?: Resolver<ResolversTypes['Sex'], ParentType, ContextType>;
  traffickingCase?: Resolver<Maybe<ResolversTypes['TraffickingCase']>, ParentType, ContextType>;
  transferredTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  uamCase?: Resolver<Maybe<ResolversTypes['UamCase']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SiteMutationsResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['SiteMutations'] = ResolversParentTypes['SiteMutations']> = ResolversObject<{
  addStockItem?: Resolver<ResolversTypes['StockItemPayload'], ParentType, ContextType, RequireFields<SiteMutationsAddStockItemArgs, 'input'>>;
  closeCase?: Resolver<ResolversTypes['MigrantPayload'], ParentType, ContextType, RequireFields<SiteMutationsCloseCaseArgs, 'expectedVersion' | 'id' | 'reason'>>;
  createPartner?: Resolver<ResolversTypes['PartnerPayload'], ParentType, ContextType, RequireFields<SiteMutationsCreatePartnerArgs, 'input'>>;
  distributeItems?: Resolver<ResolversTypes['DistributeItemsPayload'], ParentType, ContextType, RequireFields<SiteMutationsDistributeItemsArgs, 'input'>>;
  holdAwarenessSession?: Resolver<ResolversTypes['AwarenessSessionPayload'], ParentType, ContextType, RequireFields<SiteMutationsHoldAwarenessSessionArgs, 'expectedVersion' | 'id' | 'input'>>;
  openTraffickingCase?: Resolver<ResolversTypes['TraffickingCasePayload'], ParentType, ContextType, RequireFields<SiteMutationsOpenTraffickingCaseArgs, 'input'>>;
  openUamCase?: Resolver<ResolversTypes['UamCasePayload'], ParentType, ContextType, RequireFields<SiteMutationsOpenUamCaseArgs, 'input'>>;
  planAwarenessSession?: Resolver<ResolversTypes['AwarenessSessionPayload'], ParentType, ContextType, RequireFields<SiteMutationsPlanAwarenessSessionArgs, 'input'>>;
  raiseFlag?: Resolver<ResolversTypes['CaseFlagPayload'], ParentType, ContextType, RequireFields<SiteMutationsRaiseFlagArgs, 'input'>>;
  receiveStock?: Resolver<ResolversTypes['ReceiveStockPayload'], ParentType, ContextType, RequireFields<SiteMutationsReceiveStockArgs, 'input'>>;
  recordAwarenessSession?: Resolver<ResolversTypes['AwarenessSessionPayload'], ParentType, ContextType, RequireFields<SiteMutationsRecordAwarenessSessionArgs, 'input'>>;
  recordConsent?: Resolver<ResolversTypes['ConsentPayload'], ParentType, ContextType, RequireFields<SiteMutationsRecordConsentArgs, 'input'>>;
  recordCounselling?: Resolver<ResolversTypes['CounsellingPayload'], ParentType, ContextType, RequireFields<SiteMutationsRecordCounsellingArgs, 'input'>>;
  recordMedicalConsultation?: Resolver<ResolversTypes['MedicalConsultationPayload'], ParentType, ContextType, RequireFields<SiteMutationsRecordMedicalConsultationArgs, 'input'>>;
  recordMhpssGroupActivity?: Resolver<ResolversTypes['MhpssGroupActivityPayload'], ParentType, ContextType, RequireFields<SiteMutationsRecordMhpssGroupActivityArgs, 'input'>>;
  recordMhpssSession?: Resolver<ResolversTypes['MhpssSessionPayload'], ParentType, ContextType, RequireFields<SiteMutationsRecordMhpssSessionArgs, 'input'>>;
  recordScreening?: Resolver<ResolversTypes['ScreeningPayload'], ParentType, ContextType, RequireFields<SiteMutationsRecordScreeningArgs, 'input'>>;
  registerMigrant?: Resolver<ResolversTypes['RegisterMigrantPayload'], ParentType, ContextType, RequireFields<SiteMutationsRegisterMigrantArgs, 'input'>>;
  requestAvr?: Resolver<ResolversTypes['AvrRequestPayload'], ParentType, ContextType, RequireFields<SiteMutationsRequestAvrArgs, 'input'>>;
  requestReferral?: Resolver<ResolversTypes['ReferralPayload'], ParentType, ContextType, RequireFields<SiteMutationsRequestReferralArgs, 'input'>>;
  resolveFlag?: Resolver<ResolversTypes['CaseFlagPayload'], ParentType, ContextType, RequireFields<SiteMutationsResolveFlagArgs, 'expectedVersion' | 'id'>>;
  setReferralStatus?: Resolver<ResolversTypes['ReferralPayload'], ParentType, ContextType, RequireFields<SiteMutationsSetReferralStatusArgs, 'input'>>;
  transferCase?: Resolver<ResolversTypes['MigrantPayload'], ParentType, ContextType, RequireFields<SiteMutationsTransferCaseArgs, 'input'>>;
  updateAwarenessSession?: Resolver<ResolversTypes['AwarenessSessionPayload'], ParentType, ContextType, RequireFields<SiteMutationsUpdateAwarenessSessionArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateMedicalConsultation?: Resolver<ResolversTypes['MedicalConsultationPayload'], ParentType, ContextType, RequireFields<SiteMutationsUpdateMedicalConsultationArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateMhpssGroupActivity?: Resolver<ResolversTypes['MhpssGroupActivityPayload'], ParentType, ContextType, RequireFields<SiteMutationsUpdateMhpssGroupActivityArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateMhpssSession?: Resolver<ResolversTypes['MhpssSessionPayload'], ParentType, ContextType, RequireFields<SiteMutationsUpdateMhpssSessionArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateMigrant?: Resolver<ResolversTypes['MigrantPayload'], ParentType, ContextType, RequireFields<SiteMutationsUpdateMigrantArgs, 'input'>>;
  updatePartner?: Resolver<ResolversTypes['PartnerPayload'], ParentType, ContextType, RequireFields<SiteMutationsUpdatePartnerArgs, 'input'>>;
  updateStockItem?: Resolver<ResolversTypes['StockItemPayload'], ParentType, ContextType, RequireFields<SiteMutationsUpdateStockItemArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateTraffickingCase?: Resolver<ResolversTypes['TraffickingCasePayload'], ParentType, ContextType, RequireFields<SiteMutationsUpdateTraffickingCaseArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateUamCase?: Resolver<ResolversTypes['UamCasePayload'], ParentType, ContextType, RequireFields<SiteMutationsUpdateUamCaseArgs, 'expectedVersion' | 'id' | 'input'>>;
  withdrawConsent?: Resolver<ResolversTypes['ConsentPayload'], ParentType, ContextType, RequireFields<SiteMutationsWithdrawConsentArgs, 'input'>>;
}>;

export type StockItemResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['StockItem'] = ResolversParentTypes['StockItem']> = ResolversObject<{
  category?: Resolver<ResolversTypes['StockCategory'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isLow?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lowStockThreshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StockItemPayloadResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['StockItemPayload'] = ResolversParentTypes['StockItemPayload']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['StockItem'], ParentType, ContextType>;
}>;

export type StockLevelIndicatorResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['StockLevelIndicator'] = ResolversParentTypes['StockLevelIndicator']> = ResolversObject<{
  isLow?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lowStockThreshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StockMovementResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['StockMovement'] = ResolversParentTypes['StockMovement']> = ResolversObject<{
  balanceAfter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['StockItem'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StockMovementKind'], ParentType, ContextType>;
  migrant?: Resolver<Maybe<ResolversTypes['Migrant']>, ParentType, ContextType>;
  occurredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['ServiceProvider'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type StockMovementConnectionResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['StockMovementConnection'] = ResolversParentTypes['StockMovementConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['StockMovementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type StockMovementEdgeResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['StockMovementEdge'] = ResolversParentTypes['StockMovementEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['StockMovement'], ParentType, ContextType>;
}>;

export type TraffickingCaseResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['TraffickingCase'] = ResolversParentTypes['TraffickingCase']> = ResolversObject<{
  actIndicators?: Resolver<Array<ResolversTypes['TraffickingAct']>, ParentType, ContextType>;
  assistancePlan?: Resolver<Array<ResolversTypes['AssistancePlanItem']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['AuditEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identification?: Resolver<ResolversTypes['TraffickingIdentification'], ParentType, ContextType>;
  identifiedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  identifiedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  meansIndicators?: Resolver<Array<ResolversTypes['TraffickingMeans']>, ParentType, ContextType>;
  migrant?: Resolver<Maybe<ResolversTypes['Migrant']>, ParentType, ContextType>;
  openedBy?: Resolver<ResolversTypes['ServiceProvider'], ParentType, ContextType>;
  openedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  purposeIndicators?: Resolver<Array<ResolversTypes['TraffickingPurpose']>, ParentType, ContextType>;
  purposeOther?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  screenedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  screeningNotes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type TraffickingCasePayloadResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['TraffickingCasePayload'] = ResolversParentTypes['TraffickingCasePayload']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  traffickingCase?: Resolver<ResolversTypes['TraffickingCase'], ParentType, ContextType>;
}>;

export type UamCaseResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['UamCase'] = ResolversParentTypes['UamCase']> = ResolversObject<{
  bestInterestsAssessment?: Resolver<Maybe<ResolversTypes['BestInterestsAssessment']>, ParentType, ContextType>;
  bestInterestsDetermination?: Resolver<Maybe<ResolversTypes['BestInterestsDetermination']>, ParentType, ContextType>;
  escortNeeds?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  familyTracingStatus?: Resolver<ResolversTypes['FamilyTracingStatus'], ParentType, ContextType>;
  guardian?: Resolver<Maybe<ResolversTypes['Guardian']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['AuditEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  migrant?: Resolver<Maybe<ResolversTypes['Migrant']>, ParentType, ContextType>;
  openedBy?: Resolver<ResolversTypes['ServiceProvider'], ParentType, ContextType>;
  openedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  separation?: Resolver<ResolversTypes['SeparationType'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type UamCasePayloadResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['UamCasePayload'] = ResolversParentTypes['UamCasePayload']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  uamCase?: Resolver<ResolversTypes['UamCase'], ParentType, ContextType>;
}>;

export type VulnerabilityFactorCountResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['VulnerabilityFactorCount'] = ResolversParentTypes['VulnerabilityFactorCount']> = ResolversObject<{
  factor?: Resolver<Maybe<ResolversTypes['VulnerabilityFactor']>, ParentType, ContextType>;
  migrants?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type VulnerabilityIndicatorsResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['VulnerabilityIndicators'] = ResolversParentTypes['VulnerabilityIndicators']> = ResolversObject<{
  byAssessment?: Resolver<Array<ResolversTypes['RiskLevelCount']>, ParentType, ContextType>;
  riskFactors?: Resolver<Array<ResolversTypes['VulnerabilityFactorCount']>, ParentType, ContextType>;
}>;

export type VulnerabilityScreeningResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['VulnerabilityScreening'] = ResolversParentTypes['VulnerabilityScreening']> = ResolversObject<{
  assessment?: Resolver<ResolversTypes['RiskLevel'], ParentType, ContextType>;
  factors?: Resolver<Array<ResolversTypes['ScreeningFactor']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  needs?: Resolver<Array<ResolversTypes['AssistanceNeed']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  screenedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  screenedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type VulnerabilityScreeningConnectionResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['VulnerabilityScreeningConnection'] = ResolversParentTypes['VulnerabilityScreeningConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['VulnerabilityScreeningEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type VulnerabilityScreeningEdgeResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['VulnerabilityScreeningEdge'] = ResolversParentTypes['VulnerabilityScreeningEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['VulnerabilityScreening'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = SiteContext> = ResolversObject<{
  AgeBandCount?: AgeBandCountResolvers<ContextType>;
  AgeGroupCounts?: AgeGroupCountsResolvers<ContextType>;
  AssistancePlanItem?: AssistancePlanItemResolvers<ContextType>;
  AttendanceBySexAndAge?: AttendanceBySexAndAgeResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  AvrRequest?: AvrRequestResolvers<ContextType>;
  AvrRequestPayload?: AvrRequestPayloadResolvers<ContextType>;
  AwarenessSession?: AwarenessSessionResolvers<ContextType>;
  AwarenessSessionConnection?: AwarenessSessionConnectionResolvers<ContextType>;
  AwarenessSessionEdge?: AwarenessSessionEdgeResolvers<ContextType>;
  AwarenessSessionPayload?: AwarenessSessionPayloadResolvers<ContextType>;
  BestInterestsAssessment?: BestInterestsAssessmentResolvers<ContextType>;
  BestInterestsDetermination?: BestInterestsDeterminationResolvers<ContextType>;
  CaseFlag?: CaseFlagResolvers<ContextType>;
  CaseFlagPayload?: CaseFlagPayloadResolvers<ContextType>;
  CaseManagementIndicators?: CaseManagementIndicatorsResolvers<ContextType>;
  Centre?: CentreResolvers<ContextType>;
  CentreStats?: CentreStatsResolvers<ContextType>;
  Consent?: ConsentResolvers<ContextType>;
  ConsentConnection?: ConsentConnectionResolvers<ContextType>;
  ConsentEdge?: ConsentEdgeResolvers<ContextType>;
  ConsentPayload?: ConsentPayloadResolvers<ContextType>;
  CounsellingPayload?: CounsellingPayloadResolvers<ContextType>;
  CounsellingSession?: CounsellingSessionResolvers<ContextType>;
  CounsellingSessionConnection?: CounsellingSessionConnectionResolvers<ContextType>;
  CounsellingSessionEdge?: CounsellingSessionEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DestinationCount?: DestinationCountResolvers<ContextType>;
  DistributeItemsPayload?: DistributeItemsPayloadResolvers<ContextType>;
  DistributedItem?: DistributedItemResolvers<ContextType>;
  Distribution?: DistributionResolvers<ContextType>;
  DistributionConnection?: DistributionConnectionResolvers<ContextType>;
  DistributionEdge?: DistributionEdgeResolvers<ContextType>;
  DuplicateCandidate?: DuplicateCandidateResolvers<ContextType>;
  FieldChange?: FieldChangeResolvers<ContextType>;
  Guardian?: GuardianResolvers<ContextType>;
  HealthReferral?: HealthReferralResolvers<ContextType>;
  IdentityDocument?: IdentityDocumentResolvers<ContextType>;
  ItemDistributedIndicator?: ItemDistributedIndicatorResolvers<ContextType>;
  MedicalConsultation?: MedicalConsultationResolvers<ContextType>;
  MedicalConsultationConnection?: MedicalConsultationConnectionResolvers<ContextType>;
  MedicalConsultationEdge?: MedicalConsultationEdgeResolvers<ContextType>;
  MedicalConsultationPayload?: MedicalConsultationPayloadResolvers<ContextType>;
  MhpssAttendance?: MhpssAttendanceResolvers<ContextType>;
  MhpssGroupActivity?: MhpssGroupActivityResolvers<ContextType>;
  MhpssGroupActivityConnection?: MhpssGroupActivityConnectionResolvers<ContextType>;
  MhpssGroupActivityEdge?: MhpssGroupActivityEdgeResolvers<ContextType>;
  MhpssGroupActivityPayload?: MhpssGroupActivityPayloadResolvers<ContextType>;
  MhpssSession?: MhpssSessionResolvers<ContextType>;
  MhpssSessionConnection?: MhpssSessionConnectionResolvers<ContextType>;
  MhpssSessionEdge?: MhpssSessionEdgeResolvers<ContextType>;
  MhpssSessionPayload?: MhpssSessionPayloadResolvers<ContextType>;
  Migrant?: MigrantResolvers<ContextType>;
  MigrantConnection?: MigrantConnectionResolvers<ContextType>;
  MigrantEdge?: MigrantEdgeResolvers<ContextType>;
  MigrantPayload?: MigrantPayloadResolvers<ContextType>;
  MigrantSearchConnection?: MigrantSearchConnectionResolvers<ContextType>;
  MigrantSearchEdge?: MigrantSearchEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NationalityCount?: NationalityCountResolvers<ContextType>;
  NeedCount?: NeedCountResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartnerOrganisation?: PartnerOrganisationResolvers<ContextType>;
  PartnerOrganisationConnection?: PartnerOrganisationConnectionResolvers<ContextType>;
  PartnerOrganisationEdge?: PartnerOrganisationEdgeResolvers<ContextType>;
  PartnerPayload?: PartnerPayloadResolvers<ContextType>;
  ProtectionCase?: ProtectionCaseResolvers<ContextType>;
  ProtectionCaseConnection?: ProtectionCaseConnectionResolvers<ContextType>;
  ProtectionCaseEdge?: ProtectionCaseEdgeResolvers<ContextType>;
  ReceiveStockPayload?: ReceiveStockPayloadResolvers<ContextType>;
  Referral?: ReferralResolvers<ContextType>;
  ReferralConnection?: ReferralConnectionResolvers<ContextType>;
  ReferralEdge?: ReferralEdgeResolvers<ContextType>;
  ReferralPayload?: ReferralPayloadResolvers<ContextType>;
  ReferralStatusCount?: ReferralStatusCountResolvers<ContextType>;
  RegisterMigrantPayload?: RegisterMigrantPayloadResolvers<ContextType>;
  RegistrationBreakdown?: RegistrationBreakdownResolvers<ContextType>;
  RiskLevelCount?: RiskLevelCountResolvers<ContextType>;
  ScreeningFactor?: ScreeningFactorResolvers<ContextType>;
  ScreeningPayload?: ScreeningPayloadResolvers<ContextType>;
  ServiceIndicators?: ServiceIndicatorsResolvers<ContextType>;
  ServiceProvider?: ServiceProviderResolvers<ContextType>;
  SexCount?: SexCountResolvers<ContextType>;
  SiteCentre?: SiteCentreResolvers<ContextType>;
  SiteMigrant?: SiteMigrantResolvers<ContextType>;
  SiteMutations?: SiteMutationsResolvers<ContextType>;
  StockItem?: StockItemResolvers<ContextType>;
  StockItemPayload?: StockItemPayloadResolvers<ContextType>;
  StockLevelIndicator?: StockLevelIndicatorResolvers<ContextType>;
  StockMovement?: StockMovementResolvers<ContextType>;
  StockMovementConnection?: StockMovementConnectionResolvers<ContextType>;
  StockMovementEdge?: StockMovementEdgeResolvers<ContextType>;
  TraffickingCase?: TraffickingCaseResolvers<ContextType>;
  TraffickingCasePayload?: TraffickingCasePayloadResolvers<ContextType>;
  UamCase?: UamCaseResolvers<ContextType>;
  UamCasePayload?: UamCasePayloadResolvers<ContextType>;
  VulnerabilityFactorCount?: VulnerabilityFactorCountResolvers<ContextType>;
  VulnerabilityIndicators?: VulnerabilityIndicatorsResolvers<ContextType>;
  VulnerabilityScreening?: VulnerabilityScreeningResolvers<ContextType>;
  VulnerabilityScreeningConnection?: VulnerabilityScreeningConnectionResolvers<ContextType>;
  VulnerabilityScreeningEdge?: VulnerabilityScreeningEdgeResolvers<ContextType>;
}>;

