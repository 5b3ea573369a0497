import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AvrCaseRecord } from '../avr-cases/avr-case.entity.js';
import type { AvrCasePage } from '../avr-cases/avr-case-list.js';
import type { AuditEventRow, FieldChange as FieldChangeRecord } from '@mpa/platform';
import type { CentreRef } from '../centres/centre.js';
import type { MigrantRef } from '../migrants/migrant-ref.js';
import type { AvrrContext } from '../context.js';
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

/** An assisted voluntary return (and reintegration) case file. */
export type AvrCase = {
  __typename?: 'AvrCase';
  /** The case number staff use, e.g. `AVR-2026-000042`. */
  caseNumber: Scalars['String']['output'];
  /** The referring centre. */
  centre: Maybe<Centre>;
  /** Destination country, ISO 3166-1 alpha-3. */
  destinationCountry: Scalars['String']['output'];
  /** Destination region or community. */
  destinationRegion: Maybe<Scalars['String']['output']>;
  direction: ReturnDirection;
  /** Globally unique ID, prefixed `avrr:`. */
  id: Scalars['ID']['output'];
  /** The migrant, for returns referred by a centre; resolved by the centre's own subgraph. */
  migrant: Maybe<Migrant>;
  /** When the case was opened. */
  openedAt: Scalars['DateTime']['output'];
  status: AvrStatus;
  /** Revision of the record, for optimistic locking of edits. */
  version: Scalars['Int']['output'];
};

/** A page of AVR cases (Relay cursor connection). */
export type AvrCaseConnection = {
  __typename?: 'AvrCaseConnection';
  edges: Array<AvrCaseEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** One AVR case in a page. */
export type AvrCaseEdge = {
  __typename?: 'AvrCaseEdge';
  cursor: Scalars['String']['output'];
  node: AvrCase;
};

/** Narrows a list of AVR cases. */
export type AvrCaseFilter = {
  /** Code of the referring centre. */
  centre?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<AvrStatus>;
};

/** Where an AVR case stands in its lifecycle. */
export type AvrStatus =
  | 'ARRIVED'
  | 'CANCELLED'
  | 'CLOSED'
  | 'COUNSELLED'
  | 'DEPARTED'
  | 'ELIGIBILITY_CONFIRMED'
  | 'FIT_TO_TRAVEL'
  | 'REINTEGRATION'
  | 'REJECTED'
  | 'REQUESTED'
  | 'TRAVEL_BOOKED'
  | 'TRAVEL_DOCUMENTS'
  | 'WITHDRAWN';

/** A Migrant Response Centre, from the shared centre registry. */
export type Centre = {
  /** The centre's code, e.g. `bossaso`. */
  code: Scalars['ID']['output'];
  /** The centre's name, e.g. `Bossaso`. */
  name: Scalars['String']['output'];
  /** The date the centre opened. */
  openedOn: Scalars['Date']['output'];
};

/** A field of a record before and after a change; values are JSON. */
export type FieldChange = {
  __typename?: 'FieldChange';
  field: Scalars['String']['output'];
  /** The old value, as JSON. */
  from: Maybe<Scalars['String']['output']>;
  /** The new value, as JSON. */
  to: Maybe<Scalars['String']['output']>;
};

/** A migrant registered at a centre; the AVRR side of the record. */
export type Migrant = {
  /** The migrant's assisted voluntary return case, if one was opened. */
  avrCase: Maybe<AvrCase>;
  /** Globally unique ID, prefixed by the site code (`bossaso:…`). */
  id: Scalars['ID']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Opens an AVR case for a centre's migrant. At most one active case per migrant. */
  openAvrCase: AvrCase;
};


export type MutationOpenAvrCaseArgs = {
  input: OpenAvrCaseInput;
};

/** Opens a return case for a migrant registered at a centre. */
export type OpenAvrCaseInput = {
  /** Destination country, ISO 3166-1 alpha-3. */
  destinationCountry: Scalars['String']['input'];
  destinationRegion?: InputMaybe<Scalars['String']['input']>;
  /** A key the client makes once; sending it again returns the first case instead of a second. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The migrant's ID (`bossaso:…`). */
  migrantId: Scalars['ID']['input'];
};

/** Where a page ends, and whether another follows. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to fetch the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** One AVR case, or null. */
  avrCase: Maybe<AvrCase>;
  /** AVR cases, newest first. */
  avrCases: AvrCaseConnection;
  /** The AVRR subgraph's audit log (administrators only, audit:read). */
  avrrAuditEvents: AuditEventConnection;
  /** One centre by code, or null. */
  centre: Maybe<Centre>;
  /** Every Migrant Response Centre, in the order they opened. */
  centres: Array<Centre>;
  /** Any migrant by ID; the centre that owns the ID answers for the rest of the record. */
  migrant: Maybe<Migrant>;
};


export type QueryAvrCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAvrCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AvrCaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAvrrAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCentreArgs = {
  code: Scalars['ID']['input'];
};


export type QueryMigrantArgs = {
  id: Scalars['ID']['input'];
};

/** Which way a return goes. */
export type ReturnDirection =
  /** A migrant stranded in Somalia returning to their country of origin. */
  | 'TO_COUNTRY_OF_ORIGIN'
  /** A Somali stranded abroad returning to Somalia. */
  | 'TO_SOMALIA';

/** A centre of the registry. */
export type SiteCentre = Centre & {
  __typename?: 'SiteCentre';
  /** The centre's code, e.g. `bossaso`. */
  code: Scalars['ID']['output'];
  /** The centre's name, e.g. `Bossaso`. */
  name: Scalars['String']['output'];
  /** The date the centre opened. */
  openedOn: Scalars['Date']['output'];
};

/** A migrant of one centre; the AVRR side of the record. */
export type SiteMigrant = Migrant & {
  __typename?: 'SiteMigrant';
  /** The migrant's assisted voluntary return case, if one was opened. */
  avrCase: Maybe<AvrCase>;
  /** Globally unique ID, prefixed by the site code (`bossaso:…`). */
  id: Scalars['ID']['output'];
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
  AvrCase: AvrCase;
  SiteCentre: SiteCentre;
  SiteMigrant: SiteMigrant;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  AvrCase:
    ( { __typename: 'AvrCase' }
    & GraphQLRecursivePick<FederationTypes['AvrCase'], {"id":true}> );
  SiteCentre:
    ( { __typename: 'SiteCentre' }
    & GraphQLRecursivePick<FederationTypes['SiteCentre'], {"code":true}> );
  SiteMigrant:
    ( { __typename: 'SiteMigrant' }
    & GraphQLRecursivePick<FederationTypes['SiteMigrant'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AuditEvent: ResolverTypeWrapper<AuditEventRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditEventConnection: ResolverTypeWrapper<Omit<AuditEventConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEventEdge']> }>;
  AuditEventEdge: ResolverTypeWrapper<Omit<AuditEventEdge, 'node'> & { node: ResolversTypes['AuditEvent'] }>;
  AuditFilter: AuditFilter;
  AvrCase: ResolverTypeWrapper<AvrCaseRecord>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AvrCaseConnection: ResolverTypeWrapper<AvrCasePage>;
  AvrCaseEdge: ResolverTypeWrapper<Omit<AvrCaseEdge, 'node'> & { node: ResolversTypes['AvrCase'] }>;
  AvrCaseFilter: AvrCaseFilter;
  AvrStatus: AvrStatus;
  Centre: ResolverTypeWrapper<CentreRef>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  FieldChange: ResolverTypeWrapper<FieldChangeRecord>;
  Migrant: ResolverTypeWrapper<MigrantRef>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpenAvrCaseInput: OpenAvrCaseInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReturnDirection: ReturnDirection;
  SiteCentre: ResolverTypeWrapper<CentreRef>;
  SiteMigrant: ResolverTypeWrapper<MigrantRef>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AuditEvent: AuditEventRow;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AuditEventConnection: Omit<AuditEventConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEventEdge']> };
  AuditEventEdge: Omit<AuditEventEdge, 'node'> & { node: ResolversParentTypes['AuditEvent'] };
  AuditFilter: AuditFilter;
  AvrCase: AvrCaseRecord;
  Int: Scalars['Int']['output'];
  AvrCaseConnection: AvrCasePage;
  AvrCaseEdge: Omit<AvrCaseEdge, 'node'> & { node: ResolversParentTypes['AvrCase'] };
  AvrCaseFilter: AvrCaseFilter;
  Centre: CentreRef;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  FieldChange: FieldChangeRecord;
  Migrant: MigrantRef;
  Mutation: Record<PropertyKey, never>;
  OpenAvrCaseInput: OpenAvrCaseInput;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  SiteCentre: CentreRef;
  SiteMigrant: MigrantRef;
}>;

export type AuditEventResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = ResolversObject<{
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

export type AuditEventConnectionResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type AuditEventEdgeResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['AuditEventEdge'] = ResolversParentTypes['AuditEventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEvent'], ParentType, ContextType>;
}>;

export type AvrCaseResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['AvrCase'] = ResolversParentTypes['AvrCase'], FederationReferenceType extends FederationReferenceTypes['AvrCase'] = FederationReferenceTypes['AvrCase']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AvrCase']> | FederationReferenceType, FederationReferenceType, ContextType>;
  caseNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  centre?: Resolver<Maybe<ResolversTypes['Centre']>, ParentType, ContextType>;
  destinationCountry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  destinationRegion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['ReturnDirection'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  migrant?: Resolver<Maybe<ResolversTypes['Migrant']>, ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AvrStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AvrCaseConnectionResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['AvrCaseConnection'] = ResolversParentTypes['AvrCaseConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AvrCaseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AvrCaseEdgeResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['AvrCaseEdge'] = ResolversParentTypes['AvrCaseEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AvrCase'], ParentType, ContextType>;
}>;

export type CentreResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['Centre'] = ResolversParentTypes['Centre']> = ResolversObject<{
  __resolveType: TypeResolveFn<'SiteCentre', ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FieldChangeResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MigrantResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['Migrant'] = ResolversParentTypes['Migrant']> = ResolversObject<{
  __resolveType: TypeResolveFn<'SiteMigrant', ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  openAvrCase?: Resolver<ResolversTypes['AvrCase'], ParentType, ContextType, RequireFields<MutationOpenAvrCaseArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  avrCase?: Resolver<Maybe<ResolversTypes['AvrCase']>, ParentType, ContextType, RequireFields<QueryAvrCaseArgs, 'id'>>;
  avrCases?: Resolver<ResolversTypes['AvrCaseConnection'], ParentType, ContextType, Partial<QueryAvrCasesArgs>>;
  avrrAuditEvents?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, Partial<QueryAvrrAuditEventsArgs>>;
  centre?: Resolver<Maybe<ResolversTypes['Centre']>, ParentType, ContextType, RequireFields<QueryCentreArgs, 'code'>>;
  centres?: Resolver<Array<ResolversTypes['Centre']>, ParentType, ContextType>;
  migrant?: Resolver<Maybe<ResolversTypes['Migrant']>, ParentType, ContextType, RequireFields<QueryMigrantArgs, 'id'>>;
}>;

export type SiteCentreResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['SiteCentre'] = ResolversParentTypes['SiteCentre'], FederationReferenceType extends FederationReferenceTypes['SiteCentre'] = FederationReferenceTypes['SiteCentre']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SiteCentre']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SiteMigrantResolvers<ContextType = AvrrContext, ParentType extends ResolversParentTypes['SiteMigrant'] = ResolversParentTypes['SiteMigrant'], FederationReferenceType extends FederationReferenceTypes['SiteMigrant'] = FederationReferenceTypes['SiteMigrant']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SiteMigrant']> | FederationReferenceType, FederationReferenceType, ContextType>;
  avrCase?: Resolver<Maybe<ResolversTypes['AvrCase']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type Resolvers<ContextType = AvrrContext> = ResolversObject<{
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  AvrCase?: AvrCaseResolvers<ContextType>;
  AvrCaseConnection?: AvrCaseConnectionResolvers<ContextType>;
  AvrCaseEdge?: AvrCaseEdgeResolvers<ContextType>;
  Centre?: CentreResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  FieldChange?: FieldChangeResolvers<ContextType>;
  Migrant?: MigrantResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SiteCentre?: SiteCentreResolvers<ContextType>;
  SiteMigrant?: SiteMigrantResolvers<ContextType>;
}>;

