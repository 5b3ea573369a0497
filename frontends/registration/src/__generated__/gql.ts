/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query SearchMigrants($site: ID!, $query: String!, $first: Int, $after: String) {\n    centre(code: $site) {\n      code\n      name\n      searchMigrants(query: $query, first: $first, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          score\n          node {\n            id\n            registrationNumber\n            fullName\n            sex\n            age\n            nationality\n            arrivalDate\n            caseStatus\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchMigrantsDocument,
    "\n  mutation RegisterMigrant($input: RegisterMigrantInput!) {\n    site: bossaso {\n      registerMigrant(input: $input) {\n        created\n        migrant {\n          id\n          registrationNumber\n          fullName\n        }\n      }\n    }\n  }\n": typeof types.RegisterMigrantDocument,
    "\n  query MigrantCase($id: ID!) {\n    migrant(id: $id) {\n      id\n      registrationNumber\n      fullName\n      sex\n      age\n      dateOfBirth\n      dateOfBirthEstimated\n      nationality\n      regionOfOrigin\n      hasDocuments\n      intendedDestination\n      arrivalDate\n      caseStatus\n      riskLevel\n      isUnaccompaniedChild\n      hasTraffickingIndicators\n      flags {\n        id\n        message\n        resolvedAt\n      }\n      history(first: 10) {\n        edges {\n          node {\n            id\n            at\n            actorName\n            action\n            changes {\n              field\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MigrantCaseDocument,
};
const documents: Documents = {
    "\n  query SearchMigrants($site: ID!, $query: String!, $first: Int, $after: String) {\n    centre(code: $site) {\n      code\n      name\n      searchMigrants(query: $query, first: $first, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          score\n          node {\n            id\n            registrationNumber\n            fullName\n            sex\n            age\n            nationality\n            arrivalDate\n            caseStatus\n          }\n        }\n      }\n    }\n  }\n": types.SearchMigrantsDocument,
    "\n  mutation RegisterMigrant($input: RegisterMigrantInput!) {\n    site: bossaso {\n      registerMigrant(input: $input) {\n        created\n        migrant {\n          id\n          registrationNumber\n          fullName\n        }\n      }\n    }\n  }\n": types.RegisterMigrantDocument,
    "\n  query MigrantCase($id: ID!) {\n    migrant(id: $id) {\n      id\n      registrationNumber\n      fullName\n      sex\n      age\n      dateOfBirth\n      dateOfBirthEstimated\n      nationality\n      regionOfOrigin\n      hasDocuments\n      intendedDestination\n      arrivalDate\n      caseStatus\n      riskLevel\n      isUnaccompaniedChild\n      hasTraffickingIndicators\n      flags {\n        id\n        message\n        resolvedAt\n      }\n      history(first: 10) {\n        edges {\n          node {\n            id\n            at\n            actorName\n            action\n            changes {\n              field\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MigrantCaseDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchMigrants($site: ID!, $query: String!, $first: Int, $after: String) {\n    centre(code: $site) {\n      code\n      name\n      searchMigrants(query: $query, first: $first, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          score\n          node {\n            id\n            registrationNumber\n            fullName\n            sex\n            age\n            nationality\n            arrivalDate\n            caseStatus\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchMigrants($site: ID!, $query: String!, $first: Int, $after: String) {\n    centre(code: $site) {\n      code\n      name\n      searchMigrants(query: $query, first: $first, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          score\n          node {\n            id\n            registrationNumber\n            fullName\n            sex\n            age\n            nationality\n            arrivalDate\n            caseStatus\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterMigrant($input: RegisterMigrantInput!) {\n    site: bossaso {\n      registerMigrant(input: $input) {\n        created\n        migrant {\n          id\n          registrationNumber\n          fullName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterMigrant($input: RegisterMigrantInput!) {\n    site: bossaso {\n      registerMigrant(input: $input) {\n        created\n        migrant {\n          id\n          registrationNumber\n          fullName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MigrantCase($id: ID!) {\n    migrant(id: $id) {\n      id\n      registrationNumber\n      fullName\n      sex\n      age\n      dateOfBirth\n      dateOfBirthEstimated\n      nationality\n      regionOfOrigin\n      hasDocuments\n      intendedDestination\n      arrivalDate\n      caseStatus\n      riskLevel\n      isUnaccompaniedChild\n      hasTraffickingIndicators\n      flags {\n        id\n        message\n        resolvedAt\n      }\n      history(first: 10) {\n        edges {\n          node {\n            id\n            at\n            actorName\n            action\n            changes {\n              field\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MigrantCase($id: ID!) {\n    migrant(id: $id) {\n      id\n      registrationNumber\n      fullName\n      sex\n      age\n      dateOfBirth\n      dateOfBirthEstimated\n      nationality\n      regionOfOrigin\n      hasDocuments\n      intendedDestination\n      arrivalDate\n      caseStatus\n      riskLevel\n      isUnaccompaniedChild\n      hasTraffickingIndicators\n      flags {\n        id\n        message\n        resolvedAt\n      }\n      history(first: 10) {\n        edges {\n          node {\n            id\n            at\n            actorName\n            action\n            changes {\n              field\n            }\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;