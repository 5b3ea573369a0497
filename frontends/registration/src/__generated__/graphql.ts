/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Where a case stands. */
export type CaseStatus =
  /** Assistance ended. */
  | 'CLOSED'
  /** Being assisted at the centre. */
  | 'OPEN'
  /** Another organisation took over the case. */
  | 'TRANSFERRED';

/** Kinds of identity or travel document. */
export type DocumentType =
  | 'BIRTH_CERTIFICATE'
  | 'NATIONAL_ID'
  | 'OTHER'
  | 'PASSPORT'
  | 'TRAVEL_DOCUMENT';

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

/** Sex as recorded at registration. */
export type Sex =
  | 'FEMALE'
  | 'MALE';

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
    | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null, dateOfBirth: string | null, dateOfBirthEstimated: boolean, nationality: string, regionOfOrigin: string | null, hasDocuments: boolean, intendedDestination: string | null, arrivalDate: string, caseStatus: CaseStatus, riskLevel: RiskLevel | null, isUnaccompaniedChild: boolean, hasTraffickingIndicators: boolean, flags: Array<{ id: string, message: string, resolvedAt: string | null }>, history: { edges: Array<{ node: { id: string, at: string, actorName: string, action: string, changes: Array<{ field: string }> | null } }> } | null }
    | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null, dateOfBirth: string | null, dateOfBirthEstimated: boolean, nationality: string, regionOfOrigin: string | null, hasDocuments: boolean, intendedDestination: string | null, arrivalDate: string, caseStatus: CaseStatus, riskLevel: RiskLevel | null, isUnaccompaniedChild: boolean, hasTraffickingIndicators: boolean, flags: Array<{ id: string, message: string, resolvedAt: string | null }>, history: { edges: Array<{ node: { id: string, at: string, actorName: string, action: string, changes: Array<{ field: string }> | null } }> } | null }
    | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null, dateOfBirth: string | null, dateOfBirthEstimated: boolean, nationality: string, regionOfOrigin: string | null, hasDocuments: boolean, intendedDestination: string | null, arrivalDate: string, caseStatus: CaseStatus, riskLevel: RiskLevel | null, isUnaccompaniedChild: boolean, hasTraffickingIndicators: boolean, flags: Array<{ id: string, message: string, resolvedAt: string | null }>, history: { edges: Array<{ node: { id: string, at: string, actorName: string, action: string, changes: Array<{ field: string }> | null } }> } | null }
   | null };


export const SearchMigrantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchMigrants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"site"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centre"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"site"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"searchMigrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"arrivalDate"}},{"kind":"Field","name":{"kind":"Name","value":"caseStatus"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchMigrantsQuery, SearchMigrantsQueryVariables>;
export const RegisterMigrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterMigrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterMigrantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"site"},"name":{"kind":"Name","value":"bossaso"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerMigrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"migrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegisterMigrantMutation, RegisterMigrantMutationVariables>;
export const MigrantCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MigrantCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"migrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirthEstimated"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"regionOfOrigin"}},{"kind":"Field","name":{"kind":"Name","value":"hasDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"intendedDestination"}},{"kind":"Field","name":{"kind":"Name","value":"arrivalDate"}},{"kind":"Field","name":{"kind":"Name","value":"caseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"isUnaccompaniedChild"}},{"kind":"Field","name":{"kind":"Name","value":"hasTraffickingIndicators"}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MigrantCaseQuery, MigrantCaseQueryVariables>;