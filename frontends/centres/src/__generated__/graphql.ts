/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Age bands used in filters and indicators. */
export type AgeBand =
  /** Children, 0–17. */
  | 'AGE_0_17'
  /** 18–29, most migrants on the Eastern Route. */
  | 'AGE_18_29'
  | 'AGE_30_59'
  | 'AGE_60_PLUS';

/** Where a case stands. */
export type CaseStatus =
  /** Assistance ended. */
  | 'CLOSED'
  /** Being assisted at the centre. */
  | 'OPEN'
  /** Another organisation took over the case. */
  | 'TRANSFERRED';

/** Narrows a list of migrants; every field given must match. */
export type MigrantFilter = {
  ageBand?: AgeBand | null | undefined;
  caseStatus?: CaseStatus | null | undefined;
  /** Part of the given or family name, any case. */
  name?: string | null | undefined;
  /** ISO 3166-1 alpha-3 nationality. */
  nationality?: string | null | undefined;
  /** Registered on or after this date. */
  registeredFrom?: string | null | undefined;
  /** Registered on or before this date. */
  registeredTo?: string | null | undefined;
  sex?: Sex | null | undefined;
};

/** Sex as recorded at registration. */
export type Sex =
  | 'FEMALE'
  | 'MALE';

export type CentresQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type CentresQuery = { centres: Array<
    | { __typename: 'BossasoCentre', code: string, name: string, openedOn: string, stats: { openCases: number, registrations: number } | null }
    | { __typename: 'HargeisaCentre', code: string, name: string, openedOn: string, stats: { openCases: number, registrations: number } | null }
    | { __typename: 'MogadishuCentre', code: string, name: string, openedOn: string, stats: { openCases: number, registrations: number } | null }
  > };

export type CentreMigrantsQueryVariables = Exact<{
  code: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: MigrantFilter | null | undefined;
}>;


export type CentreMigrantsQuery = { centre:
    | { code: string, name: string, migrants: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
            | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null, nationality: string, arrivalDate: string, caseStatus: CaseStatus }
            | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null, nationality: string, arrivalDate: string, caseStatus: CaseStatus }
            | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null, nationality: string, arrivalDate: string, caseStatus: CaseStatus }
           }> } | null }
    | { code: string, name: string, migrants: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
            | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null, nationality: string, arrivalDate: string, caseStatus: CaseStatus }
            | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null, nationality: string, arrivalDate: string, caseStatus: CaseStatus }
            | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null, nationality: string, arrivalDate: string, caseStatus: CaseStatus }
           }> } | null }
    | { code: string, name: string, migrants: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
            | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null, nationality: string, arrivalDate: string, caseStatus: CaseStatus }
            | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null, nationality: string, arrivalDate: string, caseStatus: CaseStatus }
            | { id: string, registrationNumber: string, fullName: string, sex: Sex, age: number | null, nationality: string, arrivalDate: string, caseStatus: CaseStatus }
           }> } | null }
   | null };


export const CentresDocument = {"__meta__":{"hash":"sha256:2a1a546b7b7e061d27e5258d0bdf238837116556540479d94add400805cbbc20"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Centres"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centres"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openCases"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"}}]}}]}}]}}]} as unknown as DocumentNode<CentresQuery, CentresQueryVariables>;
export const CentreMigrantsDocument = {"__meta__":{"hash":"sha256:fd356a027414016766627bda5306777e007189fd281f60aaffb0f3d2896413be"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CentreMigrants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MigrantFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centre"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"migrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"arrivalDate"}},{"kind":"Field","name":{"kind":"Name","value":"caseStatus"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CentreMigrantsQuery, CentreMigrantsQueryVariables>;