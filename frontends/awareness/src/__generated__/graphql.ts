/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** People per age group; a group left out counts 0. */
export type AgeGroupCountsInput = {
  age0To17?: number | null | undefined;
  age18To29?: number | null | undefined;
  age30To59?: number | null | undefined;
  age60Plus?: number | null | undefined;
};

/** Attendance by sex and age group. */
export type AttendanceInput = {
  female?: AgeGroupCountsInput | null | undefined;
  male?: AgeGroupCountsInput | null | undefined;
};

/** Narrows the awareness sessions. */
export type AwarenessSessionFilter = {
  /** Held on or after this date. */
  from?: string | null | undefined;
  status?: AwarenessSessionStatus | null | undefined;
  /** Held on or before this date. */
  to?: string | null | undefined;
  topic?: AwarenessTopic | null | undefined;
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

/** An awareness session to record. */
export type RecordAwarenessSessionInput = {
  /** At least one person. */
  attendance: AttendanceInput;
  facilitator: string;
  /** Defaults to today. */
  heldOn?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
  notes?: string | null | undefined;
  place: string;
  topic: AwarenessTopic;
  /** Required when the topic is OTHER. */
  topicOther?: string | null | undefined;
};

export type AwarenessSessionsQueryVariables = Exact<{
  site: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AwarenessSessionFilter | null | undefined;
}>;


export type AwarenessSessionsQuery = { centre:
    | { code: string, name: string, awarenessSessions: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, topic: AwarenessTopic, topicOther: string | null, place: string, heldOn: string, facilitator: string, notes: string | null, attendance: { total: number, female: { age0To17: number, age18To29: number, age30To59: number, age60Plus: number, total: number }, male: { age0To17: number, age18To29: number, age30To59: number, age60Plus: number, total: number } } } }> } | null }
    | { code: string, name: string, awarenessSessions: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, topic: AwarenessTopic, topicOther: string | null, place: string, heldOn: string, facilitator: string, notes: string | null, attendance: { total: number, female: { age0To17: number, age18To29: number, age30To59: number, age60Plus: number, total: number }, male: { age0To17: number, age18To29: number, age30To59: number, age60Plus: number, total: number } } } }> } | null }
    | { code: string, name: string, awarenessSessions: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, topic: AwarenessTopic, topicOther: string | null, place: string, heldOn: string, facilitator: string, notes: string | null, attendance: { total: number, female: { age0To17: number, age18To29: number, age30To59: number, age60Plus: number, total: number }, male: { age0To17: number, age18To29: number, age30To59: number, age60Plus: number, total: number } } } }> } | null }
   | null };

export type RecordAwarenessSessionMutationVariables = Exact<{
  input: RecordAwarenessSessionInput;
}>;


export type RecordAwarenessSessionMutation = { site: { recordAwarenessSession: { created: boolean, session: { id: string, heldOn: string, attendance: { total: number } } } } };


export const AwarenessSessionsDocument = {"__meta__":{"hash":"sha256:12b849dbc5bef44cb6299cce42aa0f588ff5e22dde2b23faf92863929d2b4bcd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AwarenessSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"site"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AwarenessSessionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centre"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"site"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"awarenessSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"topicOther"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"facilitator"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"female"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"age0To17"}},{"kind":"Field","name":{"kind":"Name","value":"age18To29"}},{"kind":"Field","name":{"kind":"Name","value":"age30To59"}},{"kind":"Field","name":{"kind":"Name","value":"age60Plus"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"male"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"age0To17"}},{"kind":"Field","name":{"kind":"Name","value":"age18To29"}},{"kind":"Field","name":{"kind":"Name","value":"age30To59"}},{"kind":"Field","name":{"kind":"Name","value":"age60Plus"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AwarenessSessionsQuery, AwarenessSessionsQueryVariables>;
export const RecordAwarenessSessionDocument = {"__meta__":{"hash":"sha256:ab76186d7e29ebe47e4817fefd74ee182bee73b1fca3dc93634a34a2f106289a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAwarenessSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAwarenessSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"site"},"name":{"kind":"Name","value":"bossaso"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAwarenessSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordAwarenessSessionMutation, RecordAwarenessSessionMutationVariables>;