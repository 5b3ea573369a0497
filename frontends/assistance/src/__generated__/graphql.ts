/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A new stock item. */
export type AddStockItemInput = {
  category: StockCategory;
  /** A key the client makes once per request; sending it again returns the first result. */
  idempotencyKey?: string | null | undefined;
  /** 0 or more. */
  lowStockThreshold: number;
  name: string;
  unit: string;
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

/** Acting without the consent an action needs: only with the consent:override scope and a reason; audit-logged as an override. */
export type ConsentOverrideInput = {
  reason: string;
};

/** Items handed to a migrant. */
export type DistributeItemsInput = {
  /** Defaults to today. */
  distributedOn?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
  /** At least one item, each at most once. */
  items: Array<DistributedItemInput>;
  migrantId: string | number;
  notes?: string | null | undefined;
};

/** One item of a distribution. */
export type DistributedItemInput = {
  itemId: string | number;
  /** Units handed out, more than 0. */
  quantity: number;
};

/** A referral to a health facility. */
export type HealthReferralInput = {
  facility: string;
  reason: string;
  urgency: ReferralUrgency;
};

/** Stock received into the centre. */
export type ReceiveStockInput = {
  idempotencyKey?: string | null | undefined;
  itemId: string | number;
  /** Units received, more than 0. */
  quantity: number;
  /** Defaults to today. */
  receivedOn?: string | null | undefined;
  /** Supplier, donor or warehouse. */
  source: string;
};

/** A consultation to record. */
export type RecordMedicalConsultationInput = {
  /** Defaults to today; not in the future. */
  consultedOn?: string | null | undefined;
  followUpNotes?: string | null | undefined;
  /** Not before the consultation. */
  followUpOn?: string | null | undefined;
  /** A key the client makes once per consultation; sending it again returns the first result instead of a second record. */
  idempotencyKey?: string | null | undefined;
  medication?: string | null | undefined;
  /** The migrant consulted (an ID of this centre). */
  migrantId: string | number;
  observations?: string | null | undefined;
  presentingComplaint: string;
  referral?: HealthReferralInput | null | undefined;
  treatmentGiven?: string | null | undefined;
};

/** Where a referral stands: REQUESTED, then ACCEPTED or REJECTED by the partner; an accepted referral is COMPLETED; an open one may be REVOKED. */
export type ReferralStatus =
  | 'ACCEPTED'
  | 'COMPLETED'
  | 'REJECTED'
  | 'REQUESTED'
  | 'REVOKED';

/** How soon a referred migrant must be seen at the health facility. */
export type ReferralUrgency =
  /** Now: life-threatening. */
  | 'EMERGENCY'
  /** Within days. */
  | 'ROUTINE'
  /** Within a day. */
  | 'URGENT';

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

/** Sex as recorded at registration. */
export type Sex =
  | 'FEMALE'
  | 'MALE';

/** What kind of relief item. */
export type StockCategory =
  /** Hygiene and dignity kits. */
  | 'HYGIENE'
  /** Non-food items: blanket, sleeping mat, jerrycan, clothing set, … */
  | 'NFI'
  | 'OTHER';

/** Whether stock came in or went out. */
export type StockMovementKind =
  /** Stock handed out to a migrant. */
  | 'DISTRIBUTION'
  /** Stock received (delivery, donation). */
  | 'RECEIPT';

export type MigrantConsultationsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MigrantConsultationsQuery = { migrant:
    | { id: string, medicalConsultations: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, consultedOn: string, presentingComplaint: string, treatmentGiven: string | null, medication: string | null, followUpOn: string | null, referral: { facility: string, reason: string, urgency: ReferralUrgency } | null, deliveredBy: { name: string } } }> } | null }
    | { id: string, medicalConsultations: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, consultedOn: string, presentingComplaint: string, treatmentGiven: string | null, medication: string | null, followUpOn: string | null, referral: { facility: string, reason: string, urgency: ReferralUrgency } | null, deliveredBy: { name: string } } }> } | null }
    | { id: string, medicalConsultations: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, consultedOn: string, presentingComplaint: string, treatmentGiven: string | null, medication: string | null, followUpOn: string | null, referral: { facility: string, reason: string, urgency: ReferralUrgency } | null, deliveredBy: { name: string } } }> } | null }
   | null };

export type RecordMedicalConsultationMutationVariables = Exact<{
  input: RecordMedicalConsultationInput;
}>;


export type RecordMedicalConsultationMutation = { site: { recordMedicalConsultation: { created: boolean, consultation: { id: string, consultedOn: string } } } };

export type MigrantDistributionsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MigrantDistributionsQuery = { migrant:
    | { id: string, distributions: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, distributedOn: string, notes: string | null, items: Array<{ quantity: number, item: { id: string, name: string, unit: string } }>, deliveredBy: { name: string } } }> } | null }
    | { id: string, distributions: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, distributedOn: string, notes: string | null, items: Array<{ quantity: number, item: { id: string, name: string, unit: string } }>, deliveredBy: { name: string } } }> } | null }
    | { id: string, distributions: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, distributedOn: string, notes: string | null, items: Array<{ quantity: number, item: { id: string, name: string, unit: string } }>, deliveredBy: { name: string } } }> } | null }
   | null };

export type DistributeItemsMutationVariables = Exact<{
  input: DistributeItemsInput;
}>;


export type DistributeItemsMutation = { site: { distributeItems: { created: boolean, distribution: { id: string, items: Array<{ quantity: number, item: { id: string, name: string, level: number, isLow: boolean } }> } } } };

export type AssistanceFindMigrantQueryVariables = Exact<{
  site: string | number;
  query: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AssistanceFindMigrantQuery = { centre:
    | { code: string, searchMigrants: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
            | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null, nationality: string }
            | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null, nationality: string }
            | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null, nationality: string }
           }> } | null }
    | { code: string, searchMigrants: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
            | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null, nationality: string }
            | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null, nationality: string }
            | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null, nationality: string }
           }> } | null }
    | { code: string, searchMigrants: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
            | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null, nationality: string }
            | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null, nationality: string }
            | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null, nationality: string }
           }> } | null }
   | null };

export type AssistedMigrantQueryVariables = Exact<{
  id: string | number;
}>;


export type AssistedMigrantQuery = { migrant:
    | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null, nationality: string }
    | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null, nationality: string }
    | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null, nationality: string }
   | null };

export type MigrantReferralsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MigrantReferralsQuery = { migrant:
    | { id: string, referrals: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, service: AssistanceNeed, status: ReferralStatus, statusReason: string | null, note: string | null, requestedAt: string, partner: { id: string, name: string } } }> } | null }
    | { id: string, referrals: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, service: AssistanceNeed, status: ReferralStatus, statusReason: string | null, note: string | null, requestedAt: string, partner: { id: string, name: string } } }> } | null }
    | { id: string, referrals: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, service: AssistanceNeed, status: ReferralStatus, statusReason: string | null, note: string | null, requestedAt: string, partner: { id: string, name: string } } }> } | null }
   | null };

export type ReferralPartnersQueryVariables = Exact<{
  site: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ReferralPartnersQuery = { centre:
    | { code: string, partners: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, services: Array<AssistanceNeed> } }> } | null }
    | { code: string, partners: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, services: Array<AssistanceNeed> } }> } | null }
    | { code: string, partners: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, services: Array<AssistanceNeed> } }> } | null }
   | null };

export type RequestAssistanceReferralMutationVariables = Exact<{
  input: RequestReferralInput;
}>;


export type RequestAssistanceReferralMutation = { site: { requestReferral: { created: boolean, referral: { id: string, service: AssistanceNeed, status: ReferralStatus, partner: { id: string, name: string } } } } };

export type CentreStockQueryVariables = Exact<{
  site: string | number;
}>;


export type CentreStockQuery = { centre:
    | { code: string, name: string, stock: Array<{ id: string, name: string, category: StockCategory, unit: string, lowStockThreshold: number, level: number, isLow: boolean }> | null }
    | { code: string, name: string, stock: Array<{ id: string, name: string, category: StockCategory, unit: string, lowStockThreshold: number, level: number, isLow: boolean }> | null }
    | { code: string, name: string, stock: Array<{ id: string, name: string, category: StockCategory, unit: string, lowStockThreshold: number, level: number, isLow: boolean }> | null }
   | null };

export type StockMovementsQueryVariables = Exact<{
  site: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type StockMovementsQuery = { centre:
    | { code: string, stockMovements: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: StockMovementKind, quantity: number, balanceAfter: number, occurredOn: string, source: string | null, item: { id: string, name: string, unit: string }, migrant:
              | { id: string, registrationNumber: string }
              | { id: string, registrationNumber: string }
              | { id: string, registrationNumber: string }
             | null, recordedBy: { name: string } } }> } | null }
    | { code: string, stockMovements: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: StockMovementKind, quantity: number, balanceAfter: number, occurredOn: string, source: string | null, item: { id: string, name: string, unit: string }, migrant:
              | { id: string, registrationNumber: string }
              | { id: string, registrationNumber: string }
              | { id: string, registrationNumber: string }
             | null, recordedBy: { name: string } } }> } | null }
    | { code: string, stockMovements: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: StockMovementKind, quantity: number, balanceAfter: number, occurredOn: string, source: string | null, item: { id: string, name: string, unit: string }, migrant:
              | { id: string, registrationNumber: string }
              | { id: string, registrationNumber: string }
              | { id: string, registrationNumber: string }
             | null, recordedBy: { name: string } } }> } | null }
   | null };

export type AddStockItemMutationVariables = Exact<{
  input: AddStockItemInput;
}>;


export type AddStockItemMutation = { site: { addStockItem: { created: boolean, item: { id: string, name: string } } } };

export type ReceiveStockMutationVariables = Exact<{
  input: ReceiveStockInput;
}>;


export type ReceiveStockMutation = { site: { receiveStock: { created: boolean, movement: { id: string, quantity: number, balanceAfter: number, item: { id: string, name: string, level: number, isLow: boolean } } } } };


export const MigrantConsultationsDocument = {"__meta__":{"hash":"sha256:c145027a5ae1db2bd55e7dad70a9e8cf7a3a23105932a99ec1ec92252c5a050f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MigrantConsultations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"migrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"medicalConsultations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consultedOn"}},{"kind":"Field","name":{"kind":"Name","value":"presentingComplaint"}},{"kind":"Field","name":{"kind":"Name","value":"treatmentGiven"}},{"kind":"Field","name":{"kind":"Name","value":"medication"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facility"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MigrantConsultationsQuery, MigrantConsultationsQueryVariables>;
export const RecordMedicalConsultationDocument = {"__meta__":{"hash":"sha256:ce98e27f4ff6ba8edec7968a249667cbb8a2d9b8f882eda7fc24f39b199bb9c3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMedicalConsultation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMedicalConsultationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"site"},"name":{"kind":"Name","value":"bossaso"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMedicalConsultation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"consultation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consultedOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordMedicalConsultationMutation, RecordMedicalConsultationMutationVariables>;
export const MigrantDistributionsDocument = {"__meta__":{"hash":"sha256:7d98d73d758fa7da8ac3ef6f4ae171a0f22ef7243d84639ea4ccb2027f6e1d82"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MigrantDistributions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"migrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"distributions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"distributedOn"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MigrantDistributionsQuery, MigrantDistributionsQueryVariables>;
export const DistributeItemsDocument = {"__meta__":{"hash":"sha256:12947bbef6105a9a831837b839893b591b4a25a4b8f500489e5cd171c982ef17"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DistributeItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DistributeItemsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"site"},"name":{"kind":"Name","value":"bossaso"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distributeItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isLow"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DistributeItemsMutation, DistributeItemsMutationVariables>;
export const AssistanceFindMigrantDocument = {"__meta__":{"hash":"sha256:92e31559e1de7f9efef95ffbdb2b7a5785fc426850ee27de940d7373eea22c0b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssistanceFindMigrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"site"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centre"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"site"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"searchMigrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssistanceFindMigrantQuery, AssistanceFindMigrantQueryVariables>;
export const AssistedMigrantDocument = {"__meta__":{"hash":"sha256:d5d9ac03345f9f77d883511ad81253e0072210bd8da3e3281e42a0a5a6cbed84"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssistedMigrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"migrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}}]}}]}}]} as unknown as DocumentNode<AssistedMigrantQuery, AssistedMigrantQueryVariables>;
export const MigrantReferralsDocument = {"__meta__":{"hash":"sha256:60ae62d7ebc78e46651712d220233375e429aca7b464db4be77ffdbcb193eed1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MigrantReferrals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"migrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MigrantReferralsQuery, MigrantReferralsQueryVariables>;
export const ReferralPartnersDocument = {"__meta__":{"hash":"sha256:3c575e66b2c6d1f56163f896f5d2da637411e56b7e3a069f528479ce8b35494f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralPartners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"site"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centre"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"site"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"services"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReferralPartnersQuery, ReferralPartnersQueryVariables>;
export const RequestAssistanceReferralDocument = {"__meta__":{"hash":"sha256:c56f5a438372d8bde6db0bf17af45f5f79a13a97672256e07f46b0ceb09d7ccc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestAssistanceReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"site"},"name":{"kind":"Name","value":"bossaso"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RequestAssistanceReferralMutation, RequestAssistanceReferralMutationVariables>;
export const CentreStockDocument = {"__meta__":{"hash":"sha256:9f914c75719182f55f81caf25ca834ddc34cc60b84f1ca08b3c4c6e5468fc2c2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CentreStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"site"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centre"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"site"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"lowStockThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isLow"}}]}}]}}]}}]} as unknown as DocumentNode<CentreStockQuery, CentreStockQueryVariables>;
export const StockMovementsDocument = {"__meta__":{"hash":"sha256:a30f8390f3fb6bcfadade60d9069d90e8dfad6cefb8d50f418bc73470cc1d067"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StockMovements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"site"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centre"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"site"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"stockMovements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"migrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StockMovementsQuery, StockMovementsQueryVariables>;
export const AddStockItemDocument = {"__meta__":{"hash":"sha256:eb71295e81cc6fd26cd4f402079d30e360e9ae1b7eb038f20a3453f2f908cc7e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddStockItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddStockItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"site"},"name":{"kind":"Name","value":"bossaso"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addStockItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddStockItemMutation, AddStockItemMutationVariables>;
export const ReceiveStockDocument = {"__meta__":{"hash":"sha256:6dcbe646f4de8f0f890eab5d8ec737b6136db46b295dd210f6daa8cdf885bf36"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceiveStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReceiveStockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"site"},"name":{"kind":"Name","value":"bossaso"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveStock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"movement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isLow"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReceiveStockMutation, ReceiveStockMutationVariables>;