/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** An assistance plan item. */
export type AssistancePlanItemInput = {
  description: string;
  dueOn?: string | null | undefined;
  status: AssistancePlanItemStatus;
};

/** Where an item of an assistance plan stands. */
export type AssistancePlanItemStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'PLANNED';

/** A best-interests assessment. */
export type BestInterestsAssessmentInput = {
  assessedBy: string;
  assessedOn: string;
  findings: string;
};

/** A best-interests determination. */
export type BestInterestsDeterminationInput = {
  decidedOn: string;
  decision: string;
  panel: string;
};

/** Where a case stands. */
export type CaseStatus =
  /** Assistance ended. */
  | 'CLOSED'
  /** Being assisted at the centre. */
  | 'OPEN'
  /** Another organisation took over the case. */
  | 'TRANSFERRED';

/** Who gave a consent. */
export type ConsentGiver =
  /** A guardian, for a child. */
  | 'GUARDIAN'
  /** The migrant. */
  | 'MIGRANT';

/** Acting without the consent an action needs: only with the consent:override scope and a reason; audit-logged as an override. */
export type ConsentOverrideInput = {
  reason: string;
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

/** A partner to add to the directory. */
export type CreatePartnerInput = {
  contact?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
  name: string;
  services: Array<AssistanceNeed>;
};

/** Where the search for a child's family stands. */
export type FamilyTracingStatus =
  | 'FAMILY_LOCATED'
  | 'IN_PROGRESS'
  /** Tracing ended without finding the family, or reunification is not in the child's best interests. */
  | 'NOT_POSSIBLE'
  | 'NOT_STARTED'
  | 'REUNIFIED';

/** A guardian or appointed caregiver. */
export type GuardianInput = {
  appointedOn: string;
  contact?: string | null | undefined;
  name: string;
  relationship: string;
};

/** A migrant on a group activity's list. */
export type MhpssAttendanceInput = {
  /** Defaults to true. */
  attended?: boolean | null | undefined;
  migrantId: string | number;
};

/** Narrows the group activities. */
export type MhpssGroupActivityFilter = {
  /** Held on or after this date. */
  from?: string | null | undefined;
  /** Held on or before this date. */
  to?: string | null | undefined;
  type?: MhpssGroupActivityType | null | undefined;
};

/** Kind of group activity. */
export type MhpssGroupActivityType =
  | 'ART_AND_CULTURE'
  | 'OTHER'
  | 'PSYCHOEDUCATION'
  | 'RECREATIONAL'
  | 'SPORTS'
  | 'SUPPORT_GROUP';

/** Kind of individual psychosocial support. */
export type MhpssSessionType =
  | 'COUNSELLING'
  | 'FOLLOW_UP'
  | 'OTHER'
  | 'PSYCHOEDUCATION'
  | 'PSYCHOLOGICAL_FIRST_AID'
  /** Referral to specialised mental health care. */
  | 'SPECIALISED_REFERRAL';

/** Records a trafficking screening and opens the VoT case. */
export type OpenTraffickingCaseInput = {
  actIndicators: Array<TraffickingAct>;
  assistancePlan?: Array<AssistancePlanItemInput> | null | undefined;
  idempotencyKey?: string | null | undefined;
  /** Defaults to PENDING. */
  identification?: TraffickingIdentificationInput | null | undefined;
  meansIndicators: Array<TraffickingMeans>;
  migrantId: string | number;
  purposeIndicators: Array<TraffickingPurpose>;
  /** Required when purposeIndicators has OTHER. */
  purposeOther?: string | null | undefined;
  /** Defaults to today. */
  screenedOn?: string | null | undefined;
  screeningNotes?: string | null | undefined;
};

/** Opens the UAM case of a child. */
export type OpenUamCaseInput = {
  bestInterestsAssessment?: BestInterestsAssessmentInput | null | undefined;
  bestInterestsDetermination?: BestInterestsDeterminationInput | null | undefined;
  escortNeeds?: string | null | undefined;
  /** Defaults to NOT_STARTED. */
  familyTracingStatus?: FamilyTracingStatus | null | undefined;
  guardian?: GuardianInput | null | undefined;
  /** A key the client makes once per request; sending it again returns the first result. */
  idempotencyKey?: string | null | undefined;
  /** The child (an ID of this centre, under 18). */
  migrantId: string | number;
  /** Defaults to today. */
  openedOn?: string | null | undefined;
  separation: SeparationType;
};

/** Narrows the protection caseload; every field given must match. */
export type ProtectionCaseFilter = {
  /** UAM cases in this tracing status. */
  familyTracingStatus?: FamilyTracingStatus | null | undefined;
  /** VoT cases with this identification decision. */
  identification?: TraffickingIdentification | null | undefined;
  kind?: ProtectionCaseKind | null | undefined;
  /** Opened on or after this date. */
  openedFrom?: string | null | undefined;
  /** Opened on or before this date. */
  openedTo?: string | null | undefined;
};

/** Which protection cases to list. */
export type ProtectionCaseKind =
  | 'UAM'
  | 'VOT';

/** A consent to record. */
export type RecordConsentInput = {
  givenBy: ConsentGiver;
  /** Defaults to today. */
  givenOn?: string | null | undefined;
  /** Required when a guardian gives it. */
  guardianName?: string | null | undefined;
  /** Required when a guardian gives it. */
  guardianRelationship?: string | null | undefined;
  /** Sending the same key again returns the first consent. */
  idempotencyKey?: string | null | undefined;
  migrantId: string | number;
  purpose: ConsentPurpose;
};

/** A group activity to record. */
export type RecordMhpssGroupActivityInput = {
  /** Migrants of the centre, each at most once. */
  attendees: Array<MhpssAttendanceInput>;
  facilitator: string;
  /** Defaults to today. */
  heldOn?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
  notes?: string | null | undefined;
  type: MhpssGroupActivityType;
};

/** An individual session to record. */
export type RecordMhpssSessionInput = {
  followUpOn?: string | null | undefined;
  /** Defaults to today. */
  heldOn?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
  migrantId: string | number;
  notes?: string | null | undefined;
  type: MhpssSessionType;
};

/** Narrows a centre's referrals. */
export type ReferralFilter = {
  status?: ReferralStatus | null | undefined;
};

/** Where a referral stands: REQUESTED, then ACCEPTED or REJECTED by the partner; an accepted referral is COMPLETED; an open one may be REVOKED. */
export type ReferralStatus =
  | 'ACCEPTED'
  | 'COMPLETED'
  | 'REJECTED'
  | 'REQUESTED'
  | 'REVOKED';

/** A referral to request. Needs the migrant's DATA_SHARING_WITH_PARTNERS consent (CONSENT_REQUIRED otherwise) unless overridden. */
export type RequestReferralInput = {
  /** Acting without consent (consent:override scope). */
  consentOverride?: ConsentOverrideInput | null | undefined;
  idempotencyKey?: string | null | undefined;
  migrantId: string | number;
  need?: AssistanceNeed | null | undefined;
  note?: string | null | undefined;
  partnerId: string | number;
  /** Must be a service the partner offers. */
  service: AssistanceNeed;
};

/** Whether a child travels with no adult at all, or without their usual caregiver. */
export type SeparationType =
  /** Separated from both parents or their usual caregiver, but possibly with other relatives. */
  | 'SEPARATED'
  /** Separated from both parents and other relatives, and not cared for by an adult responsible by law or custom. */
  | 'UNACCOMPANIED';

/** Moves a referral on; a move its status does not allow is refused with INVALID_TRANSITION. */
export type SetReferralStatusInput = {
  expectedVersion: number;
  id: string | number;
  /** Required to reject; optional otherwise. */
  reason?: string | null | undefined;
  status: ReferralStatus;
};

/** Sex as recorded at registration. */
export type Sex =
  | 'FEMALE'
  | 'MALE';

/** Elements of the act of trafficking (Palermo Protocol). */
export type TraffickingAct =
  | 'HARBOURING'
  | 'RECEIPT'
  | 'RECRUITMENT'
  | 'TRANSFER'
  | 'TRANSPORT';

/** Whether the screened person is identified as a victim of trafficking. */
export type TraffickingIdentification =
  | 'IDENTIFIED'
  | 'NOT_IDENTIFIED'
  | 'PENDING';

/** An identification decision. */
export type TraffickingIdentificationInput = {
  /** Required unless PENDING. */
  decidedBy?: string | null | undefined;
  /** Required unless PENDING. */
  decidedOn?: string | null | undefined;
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
  consentOverride?: ConsentOverrideInput | null | undefined;
  expectedVersion: number;
  id: string | number;
  /** The organisation taking over. */
  organisation: string;
  reason?: string | null | undefined;
};

/** Changes to a VoT case: only the fields given change; `assistancePlan` replaces the whole plan. */
export type UpdateTraffickingCaseInput = {
  actIndicators?: Array<TraffickingAct> | null | undefined;
  assistancePlan?: Array<AssistancePlanItemInput> | null | undefined;
  identification?: TraffickingIdentificationInput | null | undefined;
  meansIndicators?: Array<TraffickingMeans> | null | undefined;
  purposeIndicators?: Array<TraffickingPurpose> | null | undefined;
  purposeOther?: string | null | undefined;
  screenedOn?: string | null | undefined;
  screeningNotes?: string | null | undefined;
};

/** Changes to a UAM case: only the fields given change; null clears an optional one. */
export type UpdateUamCaseInput = {
  bestInterestsAssessment?: BestInterestsAssessmentInput | null | undefined;
  bestInterestsDetermination?: BestInterestsDeterminationInput | null | undefined;
  escortNeeds?: string | null | undefined;
  familyTracingStatus?: FamilyTracingStatus | null | undefined;
  guardian?: GuardianInput | null | undefined;
  separation?: SeparationType | null | undefined;
};

export type MhpssSessionsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MhpssSessionsQuery = { migrant:
    | { id: string, mhpssSessions: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, type: MhpssSessionType, heldOn: string, notes: string | null, followUpOn: string | null, deliveredBy: { name: string } } }> } | null }
    | { id: string, mhpssSessions: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, type: MhpssSessionType, heldOn: string, notes: string | null, followUpOn: string | null, deliveredBy: { name: string } } }> } | null }
    | { id: string, mhpssSessions: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, type: MhpssSessionType, heldOn: string, notes: string | null, followUpOn: string | null, deliveredBy: { name: string } } }> } | null }
   | null };

export type RecordMhpssSessionMutationVariables = Exact<{
  input: RecordMhpssSessionInput;
}>;


export type RecordMhpssSessionMutation = { site: { recordMhpssSession: { created: boolean, session: { id: string, type: MhpssSessionType, heldOn: string } } } };

export type MhpssGroupActivitiesQueryVariables = Exact<{
  site: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: MhpssGroupActivityFilter | null | undefined;
}>;


export type MhpssGroupActivitiesQuery = { centre:
    | { code: string, name: string, mhpssGroupActivities: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, type: MhpssGroupActivityType, heldOn: string, facilitator: string, attendance: number, attendees: Array<{ attended: boolean }> } }> } | null }
    | { code: string, name: string, mhpssGroupActivities: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, type: MhpssGroupActivityType, heldOn: string, facilitator: string, attendance: number, attendees: Array<{ attended: boolean }> } }> } | null }
    | { code: string, name: string, mhpssGroupActivities: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, type: MhpssGroupActivityType, heldOn: string, facilitator: string, attendance: number, attendees: Array<{ attended: boolean }> } }> } | null }
   | null };

export type RecordMhpssGroupActivityMutationVariables = Exact<{
  input: RecordMhpssGroupActivityInput;
}>;


export type RecordMhpssGroupActivityMutation = { site: { recordMhpssGroupActivity: { created: boolean, activity: { id: string, type: MhpssGroupActivityType, heldOn: string, attendance: number } } } };

export type FindMigrantForProtectionQueryVariables = Exact<{
  site: string | number;
  query: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FindMigrantForProtectionQuery = { centre:
    | { code: string, searchMigrants: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
            | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null }
            | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null }
            | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null }
           }> } | null }
    | { code: string, searchMigrants: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
            | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null }
            | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null }
            | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null }
           }> } | null }
    | { code: string, searchMigrants: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
            | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null }
            | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null }
            | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null }
           }> } | null }
   | null };

export type ProtectionMigrantSummaryQueryVariables = Exact<{
  id: string | number;
}>;


export type ProtectionMigrantSummaryQuery = { migrant:
    | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null, caseStatus: CaseStatus, version: number, isUnaccompaniedChild: boolean, hasTraffickingIndicators: boolean }
    | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null, caseStatus: CaseStatus, version: number, isUnaccompaniedChild: boolean, hasTraffickingIndicators: boolean }
    | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null, caseStatus: CaseStatus, version: number, isUnaccompaniedChild: boolean, hasTraffickingIndicators: boolean }
   | null };

export type UamCaseFieldsFragment = { id: string, version: number, openedOn: string, separation: SeparationType, familyTracingStatus: FamilyTracingStatus, escortNeeds: string | null, openedBy: { name: string }, bestInterestsAssessment: { assessedOn: string, findings: string, assessedBy: string } | null, bestInterestsDetermination: { decision: string, decidedOn: string, panel: string } | null, guardian: { name: string, relationship: string, contact: string | null, appointedOn: string } | null };

export type TraffickingCaseFieldsFragment = { id: string, version: number, openedOn: string, screenedOn: string, actIndicators: Array<TraffickingAct>, meansIndicators: Array<TraffickingMeans>, purposeIndicators: Array<TraffickingPurpose>, purposeOther: string | null, screeningNotes: string | null, identification: TraffickingIdentification, identifiedOn: string | null, identifiedBy: string | null, openedBy: { name: string }, assistancePlan: Array<{ description: string, status: AssistancePlanItemStatus, dueOn: string | null }> };

export type ProtectionCasesQueryVariables = Exact<{
  site: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ProtectionCaseFilter | null | undefined;
}>;


export type ProtectionCasesQuery = { centre:
    | { code: string, name: string, protectionCases: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
            | { __typename: 'TraffickingCase', identification: TraffickingIdentification, id: string, openedOn: string, migrant:
                | { id: string, registrationNumber: string, fullName: string, age: number | null }
                | { id: string, registrationNumber: string, fullName: string, age: number | null }
                | { id: string, registrationNumber: string, fullName: string, age: number | null }
               | null }
            | { __typename: 'UamCase', separation: SeparationType, familyTracingStatus: FamilyTracingStatus, id: string, openedOn: string, migrant:
                | { id: string, registrationNumber: string, fullName: string, age: number | null }
                | { id: string, registrationNumber: string, fullName: string, age: number | null }
                | { id: string, registrationNumber: string, fullName: string, age: number | null }
               | null }
           }> } | null }
    | { code: string, name: string, protectionCases: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
            | { __typename: 'TraffickingCase', identification: TraffickingIdentification, id: string, openedOn: string, migrant:
                | { id: string, registrationNumber: string, fullName: string, age: number | null }
                | { id: string, registrationNumber: string, fullName: string, age: number | null }
                | { id: string, registrationNumber: string, fullName: string, age: number | null }
               | null }
            | { __typename: 'UamCase', separation: SeparationType, familyTracingStatus: FamilyTracingStatus, id: string, openedOn: string, migrant:
                | { id: string, registrationNumber: string, fullName: string, age: number | null }
                | { id: string, registrationNumber: string, fullName: string, age: number | null }
                | { id: string, registrationNumber: string, fullName: string, age: number | null }
               | null }
           }> } | null }
    | { code: string, name: string, protectionCases: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
            | { __typename: 'TraffickingCase', identification: TraffickingIdentification, id: string, openedOn: string, migrant:
                | { id: string, registrationNumber: string, fullName: string, age: number | null }
                | { id: string, registrationNumber: string, fullName: string, age: number | null }
                | { id: string, registrationNumber: string, fullName: string, age: number | null }
               | null }
            | { __typename: 'UamCase', separation: SeparationType, familyTracingStatus: FamilyTracingStatus, id: string, openedOn: string, migrant:
                | { id: string, registrationNumber: string, fullName: string, age: number | null }
                | { id: string, registrationNumber: string, fullName: string, age: number | null }
                | { id: string, registrationNumber: string, fullName: string, age: number | null }
               | null }
           }> } | null }
   | null };

export type MigrantProtectionCasesQueryVariables = Exact<{
  id: string | number;
}>;


export type MigrantProtectionCasesQuery = { migrant:
    | { id: string, uamCase: { id: string, version: number, openedOn: string, separation: SeparationType, familyTracingStatus: FamilyTracingStatus, escortNeeds: string | null, openedBy: { name: string }, bestInterestsAssessment: { assessedOn: string, findings: string, assessedBy: string } | null, bestInterestsDetermination: { decision: string, decidedOn: string, panel: string } | null, guardian: { name: string, relationship: string, contact: string | null, appointedOn: string } | null } | null, traffickingCase: { id: string, version: number, openedOn: string, screenedOn: string, actIndicators: Array<TraffickingAct>, meansIndicators: Array<TraffickingMeans>, purposeIndicators: Array<TraffickingPurpose>, purposeOther: string | null, screeningNotes: string | null, identification: TraffickingIdentification, identifiedOn: string | null, identifiedBy: string | null, openedBy: { name: string }, assistancePlan: Array<{ description: string, status: AssistancePlanItemStatus, dueOn: string | null }> } | null }
    | { id: string, uamCase: { id: string, version: number, openedOn: string, separation: SeparationType, familyTracingStatus: FamilyTracingStatus, escortNeeds: string | null, openedBy: { name: string }, bestInterestsAssessment: { assessedOn: string, findings: string, assessedBy: string } | null, bestInterestsDetermination: { decision: string, decidedOn: string, panel: string } | null, guardian: { name: string, relationship: string, contact: string | null, appointedOn: string } | null } | null, traffickingCase: { id: string, version: number, openedOn: string, screenedOn: string, actIndicators: Array<TraffickingAct>, meansIndicators: Array<TraffickingMeans>, purposeIndicators: Array<TraffickingPurpose>, purposeOther: string | null, screeningNotes: string | null, identification: TraffickingIdentification, identifiedOn: string | null, identifiedBy: string | null, openedBy: { name: string }, assistancePlan: Array<{ description: string, status: AssistancePlanItemStatus, dueOn: string | null }> } | null }
    | { id: string, uamCase: { id: string, version: number, openedOn: string, separation: SeparationType, familyTracingStatus: FamilyTracingStatus, escortNeeds: string | null, openedBy: { name: string }, bestInterestsAssessment: { assessedOn: string, findings: string, assessedBy: string } | null, bestInterestsDetermination: { decision: string, decidedOn: string, panel: string } | null, guardian: { name: string, relationship: string, contact: string | null, appointedOn: string } | null } | null, traffickingCase: { id: string, version: number, openedOn: string, screenedOn: string, actIndicators: Array<TraffickingAct>, meansIndicators: Array<TraffickingMeans>, purposeIndicators: Array<TraffickingPurpose>, purposeOther: string | null, screeningNotes: string | null, identification: TraffickingIdentification, identifiedOn: string | null, identifiedBy: string | null, openedBy: { name: string }, assistancePlan: Array<{ description: string, status: AssistancePlanItemStatus, dueOn: string | null }> } | null }
   | null };

export type OpenUamCaseMutationVariables = Exact<{
  input: OpenUamCaseInput;
}>;


export type OpenUamCaseMutation = { site: { openUamCase: { created: boolean, uamCase: { id: string, version: number, openedOn: string, separation: SeparationType, familyTracingStatus: FamilyTracingStatus, escortNeeds: string | null, migrant:
          | { id: string }
          | { id: string }
          | { id: string }
         | null, openedBy: { name: string }, bestInterestsAssessment: { assessedOn: string, findings: string, assessedBy: string } | null, bestInterestsDetermination: { decision: string, decidedOn: string, panel: string } | null, guardian: { name: string, relationship: string, contact: string | null, appointedOn: string } | null } } } };

export type UpdateUamCaseMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  input: UpdateUamCaseInput;
}>;


export type UpdateUamCaseMutation = { site: { updateUamCase: { uamCase: { id: string, version: number, openedOn: string, separation: SeparationType, familyTracingStatus: FamilyTracingStatus, escortNeeds: string | null, openedBy: { name: string }, bestInterestsAssessment: { assessedOn: string, findings: string, assessedBy: string } | null, bestInterestsDetermination: { decision: string, decidedOn: string, panel: string } | null, guardian: { name: string, relationship: string, contact: string | null, appointedOn: string } | null } } } };

export type OpenTraffickingCaseMutationVariables = Exact<{
  input: OpenTraffickingCaseInput;
}>;


export type OpenTraffickingCaseMutation = { site: { openTraffickingCase: { created: boolean, traffickingCase: { id: string, version: number, openedOn: string, screenedOn: string, actIndicators: Array<TraffickingAct>, meansIndicators: Array<TraffickingMeans>, purposeIndicators: Array<TraffickingPurpose>, purposeOther: string | null, screeningNotes: string | null, identification: TraffickingIdentification, identifiedOn: string | null, identifiedBy: string | null, migrant:
          | { id: string }
          | { id: string }
          | { id: string }
         | null, openedBy: { name: string }, assistancePlan: Array<{ description: string, status: AssistancePlanItemStatus, dueOn: string | null }> } } } };

export type UpdateTraffickingCaseMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  input: UpdateTraffickingCaseInput;
}>;


export type UpdateTraffickingCaseMutation = { site: { updateTraffickingCase: { traffickingCase: { id: string, version: number, openedOn: string, screenedOn: string, actIndicators: Array<TraffickingAct>, meansIndicators: Array<TraffickingMeans>, purposeIndicators: Array<TraffickingPurpose>, purposeOther: string | null, screeningNotes: string | null, identification: TraffickingIdentification, identifiedOn: string | null, identifiedBy: string | null, openedBy: { name: string }, assistancePlan: Array<{ description: string, status: AssistancePlanItemStatus, dueOn: string | null }> } } } };

export type ReferralFieldsFragment = { id: string, version: number, service: AssistanceNeed, need: AssistanceNeed | null, note: string | null, status: ReferralStatus, statusReason: string | null, requestedAt: string, updatedAt: string, consentOverridden: boolean, partner: { id: string, name: string }, migrant:
    | { id: string, registrationNumber: string, fullName: string }
    | { id: string, registrationNumber: string, fullName: string }
    | { id: string, registrationNumber: string, fullName: string }
   };

export type CentreReferralsQueryVariables = Exact<{
  site: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ReferralFilter | null | undefined;
}>;


export type CentreReferralsQuery = { centre:
    | { code: string, name: string, referrals: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, service: AssistanceNeed, need: AssistanceNeed | null, note: string | null, status: ReferralStatus, statusReason: string | null, requestedAt: string, updatedAt: string, consentOverridden: boolean, partner: { id: string, name: string }, migrant:
              | { id: string, registrationNumber: string, fullName: string }
              | { id: string, registrationNumber: string, fullName: string }
              | { id: string, registrationNumber: string, fullName: string }
             } }> } | null }
    | { code: string, name: string, referrals: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, service: AssistanceNeed, need: AssistanceNeed | null, note: string | null, status: ReferralStatus, statusReason: string | null, requestedAt: string, updatedAt: string, consentOverridden: boolean, partner: { id: string, name: string }, migrant:
              | { id: string, registrationNumber: string, fullName: string }
              | { id: string, registrationNumber: string, fullName: string }
              | { id: string, registrationNumber: string, fullName: string }
             } }> } | null }
    | { code: string, name: string, referrals: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, service: AssistanceNeed, need: AssistanceNeed | null, note: string | null, status: ReferralStatus, statusReason: string | null, requestedAt: string, updatedAt: string, consentOverridden: boolean, partner: { id: string, name: string }, migrant:
              | { id: string, registrationNumber: string, fullName: string }
              | { id: string, registrationNumber: string, fullName: string }
              | { id: string, registrationNumber: string, fullName: string }
             } }> } | null }
   | null };

export type MigrantReferralsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MigrantReferralsQuery = { migrant:
    | { id: string, referrals: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, service: AssistanceNeed, need: AssistanceNeed | null, note: string | null, status: ReferralStatus, statusReason: string | null, requestedAt: string, updatedAt: string, consentOverridden: boolean, partner: { id: string, name: string }, migrant:
              | { id: string, registrationNumber: string, fullName: string }
              | { id: string, registrationNumber: string, fullName: string }
              | { id: string, registrationNumber: string, fullName: string }
             } }> } | null }
    | { id: string, referrals: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, service: AssistanceNeed, need: AssistanceNeed | null, note: string | null, status: ReferralStatus, statusReason: string | null, requestedAt: string, updatedAt: string, consentOverridden: boolean, partner: { id: string, name: string }, migrant:
              | { id: string, registrationNumber: string, fullName: string }
              | { id: string, registrationNumber: string, fullName: string }
              | { id: string, registrationNumber: string, fullName: string }
             } }> } | null }
    | { id: string, referrals: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, service: AssistanceNeed, need: AssistanceNeed | null, note: string | null, status: ReferralStatus, statusReason: string | null, requestedAt: string, updatedAt: string, consentOverridden: boolean, partner: { id: string, name: string }, migrant:
              | { id: string, registrationNumber: string, fullName: string }
              | { id: string, registrationNumber: string, fullName: string }
              | { id: string, registrationNumber: string, fullName: string }
             } }> } | null }
   | null };

export type PartnersQueryVariables = Exact<{
  site: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PartnersQuery = { centre:
    | { code: string, name: string, partners: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, services: Array<AssistanceNeed>, contact: string | null } }> } | null }
    | { code: string, name: string, partners: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, services: Array<AssistanceNeed>, contact: string | null } }> } | null }
    | { code: string, name: string, partners: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, services: Array<AssistanceNeed>, contact: string | null } }> } | null }
   | null };

export type CreatePartnerMutationVariables = Exact<{
  input: CreatePartnerInput;
}>;


export type CreatePartnerMutation = { site: { createPartner: { created: boolean, partner: { id: string, name: string, services: Array<AssistanceNeed>, contact: string | null } } } };

export type RequestReferralMutationVariables = Exact<{
  input: RequestReferralInput;
}>;


export type RequestReferralMutation = { site: { requestReferral: { created: boolean, referral: { id: string, version: number, service: AssistanceNeed, need: AssistanceNeed | null, note: string | null, status: ReferralStatus, statusReason: string | null, requestedAt: string, updatedAt: string, consentOverridden: boolean, partner: { id: string, name: string }, migrant:
          | { id: string, registrationNumber: string, fullName: string }
          | { id: string, registrationNumber: string, fullName: string }
          | { id: string, registrationNumber: string, fullName: string }
         } } } };

export type SetReferralStatusMutationVariables = Exact<{
  input: SetReferralStatusInput;
}>;


export type SetReferralStatusMutation = { site: { setReferralStatus: { referral: { id: string, version: number, service: AssistanceNeed, need: AssistanceNeed | null, note: string | null, status: ReferralStatus, statusReason: string | null, requestedAt: string, updatedAt: string, consentOverridden: boolean, partner: { id: string, name: string }, migrant:
          | { id: string, registrationNumber: string, fullName: string }
          | { id: string, registrationNumber: string, fullName: string }
          | { id: string, registrationNumber: string, fullName: string }
         } } } };

export type MigrantConsentsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MigrantConsentsQuery = { migrant:
    | { id: string, consents: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, purpose: ConsentPurpose, givenBy: ConsentGiver, guardianName: string | null, givenOn: string, active: boolean, withdrawnOn: string | null } }> } | null }
    | { id: string, consents: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, purpose: ConsentPurpose, givenBy: ConsentGiver, guardianName: string | null, givenOn: string, active: boolean, withdrawnOn: string | null } }> } | null }
    | { id: string, consents: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, purpose: ConsentPurpose, givenBy: ConsentGiver, guardianName: string | null, givenOn: string, active: boolean, withdrawnOn: string | null } }> } | null }
   | null };

export type RecordConsentMutationVariables = Exact<{
  input: RecordConsentInput;
}>;


export type RecordConsentMutation = { site: { recordConsent: { created: boolean, consent: { id: string, purpose: ConsentPurpose, active: boolean } } } };

export type TransferCaseMutationVariables = Exact<{
  input: TransferCaseInput;
}>;


export type TransferCaseMutation = { site: { transferCase: { migrant:
        | { id: string, caseStatus: CaseStatus, version: number }
        | { id: string, caseStatus: CaseStatus, version: number }
        | { id: string, caseStatus: CaseStatus, version: number }
       } } };

export const UamCaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UamCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UamCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"separation"}},{"kind":"Field","name":{"kind":"Name","value":"familyTracingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"escortNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bestInterestsAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bestInterestsDetermination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"panel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guardian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"appointedOn"}}]}}]}}]} as unknown as DocumentNode<UamCaseFieldsFragment, unknown>;
export const TraffickingCaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TraffickingCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TraffickingCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"screenedOn"}},{"kind":"Field","name":{"kind":"Name","value":"actIndicators"}},{"kind":"Field","name":{"kind":"Name","value":"meansIndicators"}},{"kind":"Field","name":{"kind":"Name","value":"purposeIndicators"}},{"kind":"Field","name":{"kind":"Name","value":"purposeOther"}},{"kind":"Field","name":{"kind":"Name","value":"screeningNotes"}},{"kind":"Field","name":{"kind":"Name","value":"identification"}},{"kind":"Field","name":{"kind":"Name","value":"identifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"identifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assistancePlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}}]} as unknown as DocumentNode<TraffickingCaseFieldsFragment, unknown>;
export const ReferralFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"need"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentOverridden"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"migrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<ReferralFieldsFragment, unknown>;
export const MhpssSessionsDocument = {"__meta__":{"hash":"sha256:656902e6a417c6056f4b27fe422e33b889b22044d2a8b2afea46658acf4508b6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MhpssSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"migrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mhpssSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"followUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MhpssSessionsQuery, MhpssSessionsQueryVariables>;
export const RecordMhpssSessionDocument = {"__meta__":{"hash":"sha256:b4c4626e9ffd44ef6730d5812e87e0376288e6f1e3049d1f7fb133f883635b6d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMhpssSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMhpssSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"site"},"name":{"kind":"Name","value":"bossaso"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMhpssSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordMhpssSessionMutation, RecordMhpssSessionMutationVariables>;
export const MhpssGroupActivitiesDocument = {"__meta__":{"hash":"sha256:c709f2b607b3149129c54147d022ba2f5b3ae0960792b4083f7149fcd2148ee5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MhpssGroupActivities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"site"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MhpssGroupActivityFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centre"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"site"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mhpssGroupActivities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"facilitator"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attended"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MhpssGroupActivitiesQuery, MhpssGroupActivitiesQueryVariables>;
export const RecordMhpssGroupActivityDocument = {"__meta__":{"hash":"sha256:3a28079d6cb5902989b2f7ecacbd845302b0d856f3485d1286d34373fdfaf2d0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMhpssGroupActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMhpssGroupActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"site"},"name":{"kind":"Name","value":"bossaso"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMhpssGroupActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordMhpssGroupActivityMutation, RecordMhpssGroupActivityMutationVariables>;
export const FindMigrantForProtectionDocument = {"__meta__":{"hash":"sha256:ab9f306093db65c374c9910ea864f695c53932c55639b1991b8b966cd4f50eaa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindMigrantForProtection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"site"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centre"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"site"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"searchMigrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"age"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FindMigrantForProtectionQuery, FindMigrantForProtectionQueryVariables>;
export const ProtectionMigrantSummaryDocument = {"__meta__":{"hash":"sha256:3d9848de4b15b07505ae7abe812b60909e9144b6fb20821b2629be7f167e08ea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProtectionMigrantSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"migrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"caseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isUnaccompaniedChild"}},{"kind":"Field","name":{"kind":"Name","value":"hasTraffickingIndicators"}}]}}]}}]} as unknown as DocumentNode<ProtectionMigrantSummaryQuery, ProtectionMigrantSummaryQueryVariables>;
export const ProtectionCasesDocument = {"__meta__":{"hash":"sha256:61b827bd8cdc44edbc066660eb14f62bcf312e3fa57c25523189ddd00990f662"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProtectionCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"site"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProtectionCaseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centre"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"site"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"protectionCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"migrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"age"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UamCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"separation"}},{"kind":"Field","name":{"kind":"Name","value":"familyTracingStatus"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TraffickingCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identification"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProtectionCasesQuery, ProtectionCasesQueryVariables>;
export const MigrantProtectionCasesDocument = {"__meta__":{"hash":"sha256:0f2e5bb1931916579a65c3fec88ce0f898cc4bc9cb1331b257f4dd1cc0560083"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MigrantProtectionCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"migrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uamCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UamCaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"traffickingCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TraffickingCaseFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UamCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UamCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"separation"}},{"kind":"Field","name":{"kind":"Name","value":"familyTracingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"escortNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bestInterestsAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bestInterestsDetermination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"panel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guardian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"appointedOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TraffickingCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TraffickingCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"screenedOn"}},{"kind":"Field","name":{"kind":"Name","value":"actIndicators"}},{"kind":"Field","name":{"kind":"Name","value":"meansIndicators"}},{"kind":"Field","name":{"kind":"Name","value":"purposeIndicators"}},{"kind":"Field","name":{"kind":"Name","value":"purposeOther"}},{"kind":"Field","name":{"kind":"Name","value":"screeningNotes"}},{"kind":"Field","name":{"kind":"Name","value":"identification"}},{"kind":"Field","name":{"kind":"Name","value":"identifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"identifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assistancePlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}}]} as unknown as DocumentNode<MigrantProtectionCasesQuery, MigrantProtectionCasesQueryVariables>;
export const OpenUamCaseDocument = {"__meta__":{"hash":"sha256:69021b81dd3fcff36f29a42226521f8f0eb3315aa8eb3f832c20e3e077e592a7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenUamCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenUamCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"site"},"name":{"kind":"Name","value":"bossaso"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openUamCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"uamCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UamCaseFields"}},{"kind":"Field","name":{"kind":"Name","value":"migrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UamCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UamCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"separation"}},{"kind":"Field","name":{"kind":"Name","value":"familyTracingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"escortNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bestInterestsAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bestInterestsDetermination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"panel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guardian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"appointedOn"}}]}}]}}]} as unknown as DocumentNode<OpenUamCaseMutation, OpenUamCaseMutationVariables>;
export const UpdateUamCaseDocument = {"__meta__":{"hash":"sha256:be6d70c019bece1870b28922d877e0698f96985d4d16b9162dc4a82e0dec6c39"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUamCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUamCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"site"},"name":{"kind":"Name","value":"bossaso"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUamCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uamCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UamCaseFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UamCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UamCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"separation"}},{"kind":"Field","name":{"kind":"Name","value":"familyTracingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"escortNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bestInterestsAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bestInterestsDetermination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"panel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guardian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"appointedOn"}}]}}]}}]} as unknown as DocumentNode<UpdateUamCaseMutation, UpdateUamCaseMutationVariables>;
export const OpenTraffickingCaseDocument = {"__meta__":{"hash":"sha256:bf8db1f834998ff751a7440f5bbb55365ed085ebcc003e09ef2cfc40b62ba464"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenTraffickingCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenTraffickingCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"site"},"name":{"kind":"Name","value":"bossaso"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openTraffickingCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"traffickingCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TraffickingCaseFields"}},{"kind":"Field","name":{"kind":"Name","value":"migrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TraffickingCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TraffickingCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"screenedOn"}},{"kind":"Field","name":{"kind":"Name","value":"actIndicators"}},{"kind":"Field","name":{"kind":"Name","value":"meansIndicators"}},{"kind":"Field","name":{"kind":"Name","value":"purposeIndicators"}},{"kind":"Field","name":{"kind":"Name","value":"purposeOther"}},{"kind":"Field","name":{"kind":"Name","value":"screeningNotes"}},{"kind":"Field","name":{"kind":"Name","value":"identification"}},{"kind":"Field","name":{"kind":"Name","value":"identifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"identifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assistancePlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}}]} as unknown as DocumentNode<OpenTraffickingCaseMutation, OpenTraffickingCaseMutationVariables>;
export const UpdateTraffickingCaseDocument = {"__meta__":{"hash":"sha256:2d04fd3c61b2604468ce383dbbd01785e926f7fd91398d9cf9a46cf02fe22a6a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTraffickingCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTraffickingCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"site"},"name":{"kind":"Name","value":"bossaso"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTraffickingCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"traffickingCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TraffickingCaseFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TraffickingCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TraffickingCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"screenedOn"}},{"kind":"Field","name":{"kind":"Name","value":"actIndicators"}},{"kind":"Field","name":{"kind":"Name","value":"meansIndicators"}},{"kind":"Field","name":{"kind":"Name","value":"purposeIndicators"}},{"kind":"Field","name":{"kind":"Name","value":"purposeOther"}},{"kind":"Field","name":{"kind":"Name","value":"screeningNotes"}},{"kind":"Field","name":{"kind":"Name","value":"identification"}},{"kind":"Field","name":{"kind":"Name","value":"identifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"identifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assistancePlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}}]} as unknown as DocumentNode<UpdateTraffickingCaseMutation, UpdateTraffickingCaseMutationVariables>;
export const CentreReferralsDocument = {"__meta__":{"hash":"sha256:bfeec1f95675c987577ab6cec8fef82b7b0525c4e96ef4c17555c9f21b9be478"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CentreReferrals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"site"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centre"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"site"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"need"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentOverridden"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"migrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<CentreReferralsQuery, CentreReferralsQueryVariables>;
export const MigrantReferralsDocument = {"__meta__":{"hash":"sha256:c6d413a3074de7da81a24ed8cf08e2fc167540c8c17cee8c174c8e663b2ab80e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MigrantReferrals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"migrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"need"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentOverridden"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"migrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<MigrantReferralsQuery, MigrantReferralsQueryVariables>;
export const PartnersDocument = {"__meta__":{"hash":"sha256:9edd9cca1e92a0336f9f3a35d3320ad1991137fae9183261c13f7a52c5080765"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Partners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"site"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centre"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"site"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnersQuery, PartnersQueryVariables>;
export const CreatePartnerDocument = {"__meta__":{"hash":"sha256:b9b4a58d8f87c169873c4a3030111d2aa76a5ece3e252325eeb1441949fa9b3b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePartnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"site"},"name":{"kind":"Name","value":"bossaso"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreatePartnerMutation, CreatePartnerMutationVariables>;
export const RequestReferralDocument = {"__meta__":{"hash":"sha256:fe59684d6a52bf11a66819eb21df870398c4b6fa131e279f4ede2694a5009d61"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"site"},"name":{"kind":"Name","value":"bossaso"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"need"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentOverridden"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"migrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<RequestReferralMutation, RequestReferralMutationVariables>;
export const SetReferralStatusDocument = {"__meta__":{"hash":"sha256:5e53f656784ddb97846c6575038ce991ca9ce57e001088e68bc76e4cd5e29c27"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetReferralStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetReferralStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"site"},"name":{"kind":"Name","value":"bossaso"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setReferralStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"need"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentOverridden"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"migrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<SetReferralStatusMutation, SetReferralStatusMutationVariables>;
export const MigrantConsentsDocument = {"__meta__":{"hash":"sha256:47a242d3372da9bc75e89c9dd43c702e65936542996dc873134a33d935e47b21"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MigrantConsents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"migrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"givenBy"}},{"kind":"Field","name":{"kind":"Name","value":"guardianName"}},{"kind":"Field","name":{"kind":"Name","value":"givenOn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MigrantConsentsQuery, MigrantConsentsQueryVariables>;
export const RecordConsentDocument = {"__meta__":{"hash":"sha256:d874a6777470fa5d4ce4f7122b018babaade5ac195f9612aca66dac0e4b0c72b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"site"},"name":{"kind":"Name","value":"bossaso"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordConsentMutation, RecordConsentMutationVariables>;
export const TransferCaseDocument = {"__meta__":{"hash":"sha256:793d61681561fc36c98169fd0bc5d7ac1d5db768c973d22a4720a80285d76671"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"site"},"name":{"kind":"Name","value":"bossaso"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"migrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TransferCaseMutation, TransferCaseMutationVariables>;