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

/** Kinds of identity or travel document. */
export type DocumentType =
  | 'BIRTH_CERTIFICATE'
  | 'NATIONAL_ID'
  | 'OTHER'
  | 'PASSPORT'
  | 'TRAVEL_DOCUMENT';

/** Whether a factor adds to vulnerability or protects against it. */
export type FactorKind =
  | 'PROTECTIVE'
  | 'RISK';

/** A document given at registration or in an edit. */
export type IdentityDocumentInput = {
  number?: string | null | undefined;
  type: DocumentType;
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

/** A counselling session to record. */
export type RecordCounsellingInput = {
  /** Not before the session. */
  followUpOn?: string | null | undefined;
  /** Defaults to today. */
  heldOn?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
  migrantId: string | number;
  outcome?: string | null | undefined;
  topics: Array<CounsellingTopic>;
};

/** A screening to record. UNACCOMPANIED_CHILD or VICTIM_OF_TRAFFICKING_INDICATORS as a risk marks the case and sets its risk level to HIGH. */
export type RecordScreeningInput = {
  assessment: RiskLevel;
  factors: Array<ScreeningFactorInput>;
  idempotencyKey?: string | null | undefined;
  migrantId: string | number;
  needs: Array<AssistanceNeed>;
  note?: string | null | undefined;
  /** Defaults to today. */
  screenedOn?: string | null | undefined;
};

/** What the migrant told the centre at registration. */
export type RegisterMigrantInput = {
  accompanied?: boolean | null | undefined;
  accompaniedBy?: string | null | undefined;
  /** Another name the migrant is known by. */
  alias?: string | null | undefined;
  /** Defaults to today. */
  arrivalDate?: string | null | undefined;
  /** Registers even though likely duplicates exist (the user checked them); otherwise refused with POSSIBLE_DUPLICATE. */
  confirmNotDuplicate?: boolean | null | undefined;
  /** Exact or estimated date of birth; give this or `estimatedAge`. */
  dateOfBirth?: string | null | undefined;
  /** Set when `dateOfBirth` is an estimate. */
  dateOfBirthEstimated?: boolean | null | undefined;
  /** The document held; omit when none (then `hasDocuments` must be false). */
  document?: IdentityDocumentInput | null | undefined;
  /** Age in years when no date of birth is known (0–120). */
  estimatedAge?: number | null | undefined;
  familyName: string;
  givenName: string;
  hasDocuments: boolean;
  /** A key the client makes once per registration; sending it again returns the first result instead of a second record. */
  idempotencyKey?: string | null | undefined;
  /** ISO 3166-1 alpha-3 (`SAU`). */
  intendedDestination?: string | null | undefined;
  languages?: Array<string> | null | undefined;
  migrationReasons?: Array<MigrationReason> | null | undefined;
  /** ISO 3166-1 alpha-3 (`ETH`). */
  nationality: string;
  phone?: string | null | undefined;
  regionOfOrigin?: string | null | undefined;
  sex: Sex;
};

/** How much risk a case carries. */
export type RiskLevel =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** A determinant found. */
export type ScreeningFactorInput = {
  /** Must be one of the level's factors. */
  factor: VulnerabilityFactor;
  kind: FactorKind;
  level: DeterminantLevel;
  note?: string | null | undefined;
};

/** Sex as recorded at registration. */
export type Sex =
  | 'FEMALE'
  | 'MALE';

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

/** The withdrawal of a consent. */
export type WithdrawConsentInput = {
  /** The consent's version the user saw. */
  expectedVersion: number;
  id: string | number;
  reason: string;
  /** Defaults to today. */
  withdrawnOn?: string | null | undefined;
};

export type SearchMigrantsQueryVariables = Exact<{
  site: string | number;
  query: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchMigrantsQuery = { centre:
    | { code: string, name: string, searchMigrants: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ score: number, node:
            | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null, nationality: string, arrivalDate: string, caseStatus: CaseStatus }
            | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null, nationality: string, arrivalDate: string, caseStatus: CaseStatus }
            | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null, nationality: string, arrivalDate: string, caseStatus: CaseStatus }
           }> } | null }
    | { code: string, name: string, searchMigrants: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ score: number, node:
            | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null, nationality: string, arrivalDate: string, caseStatus: CaseStatus }
            | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null, nationality: string, arrivalDate: string, caseStatus: CaseStatus }
            | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null, nationality: string, arrivalDate: string, caseStatus: CaseStatus }
           }> } | null }
    | { code: string, name: string, searchMigrants: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ score: number, node:
            | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null, nationality: string, arrivalDate: string, caseStatus: CaseStatus }
            | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null, nationality: string, arrivalDate: string, caseStatus: CaseStatus }
            | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null, nationality: string, arrivalDate: string, caseStatus: CaseStatus }
           }> } | null }
   | null };

export type RegisterMigrantMutationVariables = Exact<{
  input: RegisterMigrantInput;
}>;


export type RegisterMigrantMutation = { site: { registerMigrant: { created: boolean, migrant:
        | { id: string, registrationNumber: string, fullName: string }
        | { id: string, registrationNumber: string, fullName: string }
        | { id: string, registrationNumber: string, fullName: string }
       } } };

export type MigrantCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type MigrantCaseQuery = { migrant:
    | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null, dateOfBirth: string | null, dateOfBirthEstimated: boolean, nationality: string, regionOfOrigin: string | null, hasDocuments: boolean, intendedDestination: string | null, arrivalDate: string, caseStatus: CaseStatus, riskLevel: RiskLevel | null, isUnaccompaniedChild: boolean, hasTraffickingIndicators: boolean, flags: Array<{ id: string, message: string, resolvedAt: string | null }>, consents: { edges: Array<{ node: { id: string, purpose: ConsentPurpose, givenBy: ConsentGiver, guardianName: string | null, guardianRelationship: string | null, givenOn: string, withdrawnOn: string | null, withdrawalReason: string | null, active: boolean, version: number } }> } | null, screenings: { pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { id: string, screenedOn: string, assessment: RiskLevel, needs: Array<AssistanceNeed>, note: string | null, factors: Array<{ level: DeterminantLevel, factor: VulnerabilityFactor, kind: FactorKind }> } }> } | null, counsellingSessions: { pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { id: string, heldOn: string, topics: Array<CounsellingTopic>, outcome: string | null, followUpOn: string | null } }> } | null, history: { edges: Array<{ node: { id: string, at: string, actorName: string, action: string, changes: Array<{ field: string }> | null } }> } | null }
    | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null, dateOfBirth: string | null, dateOfBirthEstimated: boolean, nationality: string, regionOfOrigin: string | null, hasDocuments: boolean, intendedDestination: string | null, arrivalDate: string, caseStatus: CaseStatus, riskLevel: RiskLevel | null, isUnaccompaniedChild: boolean, hasTraffickingIndicators: boolean, flags: Array<{ id: string, message: string, resolvedAt: string | null }>, consents: { edges: Array<{ node: { id: string, purpose: ConsentPurpose, givenBy: ConsentGiver, guardianName: string | null, guardianRelationship: string | null, givenOn: string, withdrawnOn: string | null, withdrawalReason: string | null, active: boolean, version: number } }> } | null, screenings: { pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { id: string, screenedOn: string, assessment: RiskLevel, needs: Array<AssistanceNeed>, note: string | null, factors: Array<{ level: DeterminantLevel, factor: VulnerabilityFactor, kind: FactorKind }> } }> } | null, counsellingSessions: { pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { id: string, heldOn: string, topics: Array<CounsellingTopic>, outcome: string | null, followUpOn: string | null } }> } | null, history: { edges: Array<{ node: { id: string, at: string, actorName: string, action: string, changes: Array<{ field: string }> | null } }> } | null }
    | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null, dateOfBirth: string | null, dateOfBirthEstimated: boolean, nationality: string, regionOfOrigin: string | null, hasDocuments: boolean, intendedDestination: string | null, arrivalDate: string, caseStatus: CaseStatus, riskLevel: RiskLevel | null, isUnaccompaniedChild: boolean, hasTraffickingIndicators: boolean, flags: Array<{ id: string, message: string, resolvedAt: string | null }>, consents: { edges: Array<{ node: { id: string, purpose: ConsentPurpose, givenBy: ConsentGiver, guardianName: string | null, guardianRelationship: string | null, givenOn: string, withdrawnOn: string | null, withdrawalReason: string | null, active: boolean, version: number } }> } | null, screenings: { pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { id: string, screenedOn: string, assessment: RiskLevel, needs: Array<AssistanceNeed>, note: string | null, factors: Array<{ level: DeterminantLevel, factor: VulnerabilityFactor, kind: FactorKind }> } }> } | null, counsellingSessions: { pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { id: string, heldOn: string, topics: Array<CounsellingTopic>, outcome: string | null, followUpOn: string | null } }> } | null, history: { edges: Array<{ node: { id: string, at: string, actorName: string, action: string, changes: Array<{ field: string }> | null } }> } | null }
   | null };

export type RecordConsentMutationVariables = Exact<{
  input: RecordConsentInput;
}>;


export type RecordConsentMutation = { site: { recordConsent: { created: boolean, consent: { id: string, purpose: ConsentPurpose, active: boolean } } } };

export type WithdrawConsentMutationVariables = Exact<{
  input: WithdrawConsentInput;
}>;


export type WithdrawConsentMutation = { site: { withdrawConsent: { consent: { id: string, purpose: ConsentPurpose, active: boolean, withdrawnOn: string | null, withdrawalReason: string | null, version: number } } } };

export type RecordScreeningMutationVariables = Exact<{
  input: RecordScreeningInput;
}>;


export type RecordScreeningMutation = { site: { recordScreening: { created: boolean, screening: { id: string, assessment: RiskLevel }, migrant:
        | { id: string, riskLevel: RiskLevel | null, isUnaccompaniedChild: boolean, hasTraffickingIndicators: boolean }
        | { id: string, riskLevel: RiskLevel | null, isUnaccompaniedChild: boolean, hasTraffickingIndicators: boolean }
        | { id: string, riskLevel: RiskLevel | null, isUnaccompaniedChild: boolean, hasTraffickingIndicators: boolean }
       } } };

export type RecordCounsellingMutationVariables = Exact<{
  input: RecordCounsellingInput;
}>;


export type RecordCounsellingMutation = { site: { recordCounselling: { created: boolean, session: { id: string, heldOn: string } } } };


export const SearchMigrantsDocument = {"__meta__":{"hash":"sha256:613f38bc0f9c325ede4b46c994cc51038a39b71e5c8a9337767b5b7777f18b24"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchMigrants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"site"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centre"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"site"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"searchMigrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"arrivalDate"}},{"kind":"Field","name":{"kind":"Name","value":"caseStatus"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchMigrantsQuery, SearchMigrantsQueryVariables>;
export const RegisterMigrantDocument = {"__meta__":{"hash":"sha256:e82c42c864ddb12d199d83cf59cae4fe409ee031204613443f8d0891ec819776"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterMigrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterMigrantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"site"},"name":{"kind":"Name","value":"bossaso"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerMigrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"migrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegisterMigrantMutation, RegisterMigrantMutationVariables>;
export const MigrantCaseDocument = {"__meta__":{"hash":"sha256:1477b6f388cdc770545229dd1cc1c5855a4932767ad84fd397889426a4fdab70"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MigrantCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"migrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirthEstimated"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"regionOfOrigin"}},{"kind":"Field","name":{"kind":"Name","value":"hasDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"intendedDestination"}},{"kind":"Field","name":{"kind":"Name","value":"arrivalDate"}},{"kind":"Field","name":{"kind":"Name","value":"caseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"isUnaccompaniedChild"}},{"kind":"Field","name":{"kind":"Name","value":"hasTraffickingIndicators"}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"givenBy"}},{"kind":"Field","name":{"kind":"Name","value":"guardianName"}},{"kind":"Field","name":{"kind":"Name","value":"guardianRelationship"}},{"kind":"Field","name":{"kind":"Name","value":"givenOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"screenings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"screenedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"factor"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"counsellingSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"followUpOn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MigrantCaseQuery, MigrantCaseQueryVariables>;
export const RecordConsentDocument = {"__meta__":{"hash":"sha256:d874a6777470fa5d4ce4f7122b018babaade5ac195f9612aca66dac0e4b0c72b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"site"},"name":{"kind":"Name","value":"bossaso"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordConsentMutation, RecordConsentMutationVariables>;
export const WithdrawConsentDocument = {"__meta__":{"hash":"sha256:9f7030aa8552869bc48f152b78e5d7b21ed4c8e9f7f9e4fadb36ee8b43fccffd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"site"},"name":{"kind":"Name","value":"bossaso"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WithdrawConsentMutation, WithdrawConsentMutationVariables>;
export const RecordScreeningDocument = {"__meta__":{"hash":"sha256:8ca2b1206f3fe85f8a7d291f840625de4762f93e77acd46feab04e5547d454a0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordScreening"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordScreeningInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"site"},"name":{"kind":"Name","value":"bossaso"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordScreening"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"screening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"migrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"isUnaccompaniedChild"}},{"kind":"Field","name":{"kind":"Name","value":"hasTraffickingIndicators"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordScreeningMutation, RecordScreeningMutationVariables>;
export const RecordCounsellingDocument = {"__meta__":{"hash":"sha256:4f344d9eedf88b0e11ef388c1dbed5c2c264b9037089be36bc8c1c2bbc5e65e8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCounselling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCounsellingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"site"},"name":{"kind":"Name","value":"bossaso"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCounselling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordCounsellingMutation, RecordCounsellingMutationVariables>;