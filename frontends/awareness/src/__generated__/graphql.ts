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

/** A planned session's attendance, once it has been held. */
export type HoldAwarenessSessionInput = {
  /** At least one person. */
  attendance: AttendanceInput;
  /** Defaults to today; not in the future. */
  heldOn?: string | null | undefined;
  /** Replaces the planning notes when given. */
  notes?: string | null | undefined;
};

/** A session to plan: held later, its attendance recorded then (holdAwarenessSession). */
export type PlanAwarenessSessionInput = {
  facilitator: string;
  idempotencyKey?: string | null | undefined;
  notes?: string | null | undefined;
  place: string;
  /** Today or later, at most a year ahead. */
  plannedOn: string;
  topic: AwarenessTopic;
  /** Required when the topic is OTHER. */
  topicOther?: string | null | undefined;
};

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
    | { code: string, name: string, awarenessSessions: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: AwarenessSessionStatus, version: number, topic: AwarenessTopic, topicOther: string | null, place: string, heldOn: string, facilitator: string, notes: string | null, attendance: { total: number, female: { age0To17: number, age18To29: number, age30To59: number, age60Plus: number, total: number }, male: { age0To17: number, age18To29: number, age30To59: number, age60Plus: number, total: number } } } }> } | null }
    | { code: string, name: string, awarenessSessions: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: AwarenessSessionStatus, version: number, topic: AwarenessTopic, topicOther: string | null, place: string, heldOn: string, facilitator: string, notes: string | null, attendance: { total: number, female: { age0To17: number, age18To29: number, age30To59: number, age60Plus: number, total: number }, male: { age0To17: number, age18To29: number, age30To59: number, age60Plus: number, total: number } } } }> } | null }
    | { code: string, name: string, awarenessSessions: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: AwarenessSessionStatus, version: number, topic: AwarenessTopic, topicOther: string | null, place: string, heldOn: string, facilitator: string, notes: string | null, attendance: { total: number, female: { age0To17: number, age18To29: number, age30To59: number, age60Plus: number, total: number }, male: { age0To17: number, age18To29: number, age30To59: number, age60Plus: number, total: number } } } }> } | null }
   | null };

export type RecordAwarenessSessionMutationVariables = Exact<{
  input: RecordAwarenessSessionInput;
}>;


export type RecordAwarenessSessionMutation = { site: { recordAwarenessSession: { created: boolean, session: { id: string, heldOn: string, attendance: { total: number } } } } };

export type PlanAwarenessSessionMutationVariables = Exact<{
  input: PlanAwarenessSessionInput;
}>;


export type PlanAwarenessSessionMutation = { site: { planAwarenessSession: { created: boolean, session: { id: string, status: AwarenessSessionStatus, heldOn: string } } } };

export type HoldAwarenessSessionMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  input: HoldAwarenessSessionInput;
}>;


export type HoldAwarenessSessionMutation = { site: { holdAwarenessSession: { session: { id: string, status: AwarenessSessionStatus, version: number, heldOn: string, attendance: { total: number } } } } };


export const AwarenessSessionsDocument = {"__meta__":{"hash":"sha256:35b3b8a9640888afbbca0cfd08e3689bd3260d1cb0a12559db98daffa6f5daa1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AwarenessSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"site"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AwarenessSessionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centre"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"site"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"awarenessSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"topicOther"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"facilitator"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"female"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"age0To17"}},{"kind":"Field","name":{"kind":"Name","value":"age18To29"}},{"kind":"Field","name":{"kind":"Name","value":"age30To59"}},{"kind":"Field","name":{"kind":"Name","value":"age60Plus"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"male"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"age0To17"}},{"kind":"Field","name":{"kind":"Name","value":"age18To29"}},{"kind":"Field","name":{"kind":"Name","value":"age30To59"}},{"kind":"Field","name":{"kind":"Name","value":"age60Plus"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AwarenessSessionsQuery, AwarenessSessionsQueryVariables>;
export const RecordAwarenessSessionDocument = {"__meta__":{"hash":"sha256:ab76186d7e29ebe47e4817fefd74ee182bee73b1fca3dc93634a34a2f106289a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAwarenessSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAwarenessSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"site"},"name":{"kind":"Name","value":"bossaso"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAwarenessSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordAwarenessSessionMutation, RecordAwarenessSessionMutationVariables>;
export const PlanAwarenessSessionDocument = {"__meta__":{"hash":"sha256:1514f58841353cb25cd06ba7d4340dd0f063987ed33397ab2c83426c9fed26aa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanAwarenessSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanAwarenessSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"site"},"name":{"kind":"Name","value":"bossaso"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planAwarenessSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanAwarenessSessionMutation, PlanAwarenessSessionMutationVariables>;
export const HoldAwarenessSessionDocument = {"__meta__":{"hash":"sha256:87ba6f0a3e526cba4a24902f8766d2ac9fb930a733b565a088cee2f13db4056f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HoldAwarenessSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HoldAwarenessSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"site"},"name":{"kind":"Name","value":"bossaso"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdAwarenessSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HoldAwarenessSessionMutation, HoldAwarenessSessionMutationVariables>;