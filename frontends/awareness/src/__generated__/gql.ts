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
    "\n  query AwarenessSessions($site: ID!, $first: Int, $after: String, $filter: AwarenessSessionFilter) {\n    centre(code: $site) {\n      code\n      name\n      awarenessSessions(first: $first, after: $after, filter: $filter) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            status\n            version\n            topic\n            topicOther\n            place\n            heldOn\n            facilitator\n            notes\n            attendance {\n              female {\n                age0To17\n                age18To29\n                age30To59\n                age60Plus\n                total\n              }\n              male {\n                age0To17\n                age18To29\n                age30To59\n                age60Plus\n                total\n              }\n              total\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AwarenessSessionsDocument,
    "\n  mutation RecordAwarenessSession($input: RecordAwarenessSessionInput!) {\n    site: bossaso {\n      recordAwarenessSession(input: $input) {\n        created\n        session {\n          id\n          heldOn\n          attendance {\n            total\n          }\n        }\n      }\n    }\n  }\n": typeof types.RecordAwarenessSessionDocument,
    "\n  mutation PlanAwarenessSession($input: PlanAwarenessSessionInput!) {\n    site: bossaso {\n      planAwarenessSession(input: $input) {\n        created\n        session {\n          id\n          status\n          heldOn\n        }\n      }\n    }\n  }\n": typeof types.PlanAwarenessSessionDocument,
    "\n  mutation HoldAwarenessSession($id: ID!, $expectedVersion: Int!, $input: HoldAwarenessSessionInput!) {\n    site: bossaso {\n      holdAwarenessSession(id: $id, expectedVersion: $expectedVersion, input: $input) {\n        session {\n          id\n          status\n          version\n          heldOn\n          attendance {\n            total\n          }\n        }\n      }\n    }\n  }\n": typeof types.HoldAwarenessSessionDocument,
};
const documents: Documents = {
    "\n  query AwarenessSessions($site: ID!, $first: Int, $after: String, $filter: AwarenessSessionFilter) {\n    centre(code: $site) {\n      code\n      name\n      awarenessSessions(first: $first, after: $after, filter: $filter) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            status\n            version\n            topic\n            topicOther\n            place\n            heldOn\n            facilitator\n            notes\n            attendance {\n              female {\n                age0To17\n                age18To29\n                age30To59\n                age60Plus\n                total\n              }\n              male {\n                age0To17\n                age18To29\n                age30To59\n                age60Plus\n                total\n              }\n              total\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AwarenessSessionsDocument,
    "\n  mutation RecordAwarenessSession($input: RecordAwarenessSessionInput!) {\n    site: bossaso {\n      recordAwarenessSession(input: $input) {\n        created\n        session {\n          id\n          heldOn\n          attendance {\n            total\n          }\n        }\n      }\n    }\n  }\n": types.RecordAwarenessSessionDocument,
    "\n  mutation PlanAwarenessSession($input: PlanAwarenessSessionInput!) {\n    site: bossaso {\n      planAwarenessSession(input: $input) {\n        created\n        session {\n          id\n          status\n          heldOn\n        }\n      }\n    }\n  }\n": types.PlanAwarenessSessionDocument,
    "\n  mutation HoldAwarenessSession($id: ID!, $expectedVersion: Int!, $input: HoldAwarenessSessionInput!) {\n    site: bossaso {\n      holdAwarenessSession(id: $id, expectedVersion: $expectedVersion, input: $input) {\n        session {\n          id\n          status\n          version\n          heldOn\n          attendance {\n            total\n          }\n        }\n      }\n    }\n  }\n": types.HoldAwarenessSessionDocument,
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
export function graphql(source: "\n  query AwarenessSessions($site: ID!, $first: Int, $after: String, $filter: AwarenessSessionFilter) {\n    centre(code: $site) {\n      code\n      name\n      awarenessSessions(first: $first, after: $after, filter: $filter) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            status\n            version\n            topic\n            topicOther\n            place\n            heldOn\n            facilitator\n            notes\n            attendance {\n              female {\n                age0To17\n                age18To29\n                age30To59\n                age60Plus\n                total\n              }\n              male {\n                age0To17\n                age18To29\n                age30To59\n                age60Plus\n                total\n              }\n              total\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AwarenessSessions($site: ID!, $first: Int, $after: String, $filter: AwarenessSessionFilter) {\n    centre(code: $site) {\n      code\n      name\n      awarenessSessions(first: $first, after: $after, filter: $filter) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            status\n            version\n            topic\n            topicOther\n            place\n            heldOn\n            facilitator\n            notes\n            attendance {\n              female {\n                age0To17\n                age18To29\n                age30To59\n                age60Plus\n                total\n              }\n              male {\n                age0To17\n                age18To29\n                age30To59\n                age60Plus\n                total\n              }\n              total\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAwarenessSession($input: RecordAwarenessSessionInput!) {\n    site: bossaso {\n      recordAwarenessSession(input: $input) {\n        created\n        session {\n          id\n          heldOn\n          attendance {\n            total\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAwarenessSession($input: RecordAwarenessSessionInput!) {\n    site: bossaso {\n      recordAwarenessSession(input: $input) {\n        created\n        session {\n          id\n          heldOn\n          attendance {\n            total\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanAwarenessSession($input: PlanAwarenessSessionInput!) {\n    site: bossaso {\n      planAwarenessSession(input: $input) {\n        created\n        session {\n          id\n          status\n          heldOn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PlanAwarenessSession($input: PlanAwarenessSessionInput!) {\n    site: bossaso {\n      planAwarenessSession(input: $input) {\n        created\n        session {\n          id\n          status\n          heldOn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HoldAwarenessSession($id: ID!, $expectedVersion: Int!, $input: HoldAwarenessSessionInput!) {\n    site: bossaso {\n      holdAwarenessSession(id: $id, expectedVersion: $expectedVersion, input: $input) {\n        session {\n          id\n          status\n          version\n          heldOn\n          attendance {\n            total\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation HoldAwarenessSession($id: ID!, $expectedVersion: Int!, $input: HoldAwarenessSessionInput!) {\n    site: bossaso {\n      holdAwarenessSession(id: $id, expectedVersion: $expectedVersion, input: $input) {\n        session {\n          id\n          status\n          version\n          heldOn\n          attendance {\n            total\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;