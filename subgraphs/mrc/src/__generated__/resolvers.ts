import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { MigrantRecord } from '../migrants/migrant.entity.js';
import type { CentreRef } from '../centres/centre.js';
import type { CentreStatsRow } from '../centres/centre-stats.js';
import type { MigrantPage } from '../migrants/migrant-list.js';
import type { AuditEventRow, FieldChange as FieldChangeRecord } from '@mpa/platform';
import type { SiteContext } from '../context.js';
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

/** Age bands used in filters and indicators. */
export type AgeBand =
  /** Children, 0–17. */
  | 'AGE_0_17'
  /** 18–29, most migrants on the Eastern Route. */
  | 'AGE_18_29'
  | 'AGE_30_59'
  | 'AGE_60_PLUS';

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

/** Where a case stands. */
export type CaseStatus =
  /** Assistance ended. */
  | 'CLOSED'
  /** Being assisted at the centre. */
  | 'OPEN'
  /** Another organisation took over the case. */
  | 'TRANSFERRED';

/** A Migrant Response Centre. The site subgraph contributes what lives in the centre's own database. */
export type Centre = {
  /** The centre's audit log (administrators only, audit:read). */
  auditEvents: Maybe<AuditEventConnection>;
  /** The centre's code, e.g. `bossaso`. */
  code: Scalars['ID']['output'];
  /** One migrant of this centre, or null when the ID is not one of its records. */
  migrant: Maybe<Migrant>;
  /** Migrants registered at this centre, newest registration first. */
  migrants: Maybe<MigrantConnection>;
  /** Caseload indicators for a period (registration date, inclusive); null when the centre cannot be reached. */
  stats: Maybe<CentreStats>;
};


/** A Migrant Response Centre. The site subgraph contributes what lives in the centre's own database. */
export type CentreAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A Migrant Response Centre. The site subgraph contributes what lives in the centre's own database. */
export type CentreMigrantArgs = {
  id: Scalars['ID']['input'];
};


/** A Migrant Response Centre. The site subgraph contributes what lives in the centre's own database. */
export type CentreMigrantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MigrantFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A Migrant Response Centre. The site subgraph contributes what lives in the centre's own database. */
export type CentreStatsArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** Caseload indicators of one centre. */
export type CentreStats = {
  __typename?: 'CentreStats';
  /** Registrations in the period of children (0–17). */
  childRegistrations: Scalars['Int']['output'];
  /** Cases open now, whatever the period. */
  openCases: Scalars['Int']['output'];
  /** Registrations in the period. */
  registrations: Scalars['Int']['output'];
  /** Registrations in the period of people holding no document. */
  registrationsWithoutDocuments: Scalars['Int']['output'];
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

/** A migrant or returnee registered at a Migrant Response Centre. */
export type Migrant = {
  /** Age in completed years today, from the date of birth. */
  age: Maybe<Scalars['Int']['output']>;
  /** Date the migrant arrived at the centre. */
  arrivalDate: Scalars['Date']['output'];
  caseStatus: CaseStatus;
  /** Date of birth; an estimate when `dateOfBirthEstimated` is true. */
  dateOfBirth: Maybe<Scalars['Date']['output']>;
  /** True when the date of birth was estimated from a stated or assessed age. */
  dateOfBirthEstimated: Scalars['Boolean']['output'];
  familyName: Scalars['String']['output'];
  /** Given and family name together. */
  fullName: Scalars['String']['output'];
  givenName: Scalars['String']['output'];
  /** Whether the migrant holds any identity or travel document. */
  hasDocuments: Scalars['Boolean']['output'];
  /** Globally unique ID, prefixed by the site code (`bossaso:…`). */
  id: Scalars['ID']['output'];
  /** Intended destination country, ISO 3166-1 alpha-3 (`SAU`). */
  intendedDestination: Maybe<Scalars['String']['output']>;
  /** Nationality as an ISO 3166-1 alpha-3 code (`ETH`). */
  nationality: Scalars['String']['output'];
  /** Region or place of origin (e.g. Oromia). */
  regionOfOrigin: Maybe<Scalars['String']['output']>;
  /** When the registration was recorded. */
  registeredAt: Scalars['DateTime']['output'];
  /** The case number staff use and write on paper, e.g. `BOS-2026-000123`. */
  registrationNumber: Scalars['String']['output'];
  sex: Sex;
  /** Revision of the record, for optimistic locking of edits. */
  version: Scalars['Int']['output'];
};

/** A page of migrants (Relay cursor connection). */
export type MigrantConnection = {
  __typename?: 'MigrantConnection';
  edges: Array<MigrantEdge>;
  pageInfo: PageInfo;
  /** Number of migrants matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One migrant in a page, with the cursor to continue after it. */
export type MigrantEdge = {
  __typename?: 'MigrantEdge';
  cursor: Scalars['String']['output'];
  node: Migrant;
};

/** Narrows a list of migrants; every field given must match. */
export type MigrantFilter = {
  ageBand?: InputMaybe<AgeBand>;
  caseStatus?: InputMaybe<CaseStatus>;
  /** Part of the given or family name, any case. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-3 nationality. */
  nationality?: InputMaybe<Scalars['String']['input']>;
  /** Registered on or after this date. */
  registeredFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Registered on or before this date. */
  registeredTo?: InputMaybe<Scalars['Date']['input']>;
  sex?: InputMaybe<Sex>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** This centre's changes. */
  site: SiteMutations;
};

/** Where a page ends, and whether another follows. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to fetch the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** What the migrant told the centre at registration. */
export type RegisterMigrantInput = {
  /** Defaults to today. */
  arrivalDate?: InputMaybe<Scalars['Date']['input']>;
  /** Exact or estimated date of birth; give this or `estimatedAge`. */
  dateOfBirth?: InputMaybe<Scalars['Date']['input']>;
  /** Set when `dateOfBirth` is an estimate. */
  dateOfBirthEstimated?: InputMaybe<Scalars['Boolean']['input']>;
  /** Age in years when no date of birth is known (0–120). */
  estimatedAge?: InputMaybe<Scalars['Int']['input']>;
  familyName: Scalars['String']['input'];
  givenName: Scalars['String']['input'];
  hasDocuments: Scalars['Boolean']['input'];
  /** A key the client makes once per registration; sending it again returns the first result instead of a second record. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-3 (`SAU`). */
  intendedDestination?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-3 (`ETH`). */
  nationality: Scalars['String']['input'];
  regionOfOrigin?: InputMaybe<Scalars['String']['input']>;
  sex: Sex;
};

/** The result of a registration. */
export type RegisterMigrantPayload = {
  __typename?: 'RegisterMigrantPayload';
  /** False when an earlier request with the same idempotency key had already registered the migrant. */
  created: Scalars['Boolean']['output'];
  migrant: Migrant;
};

/** Sex as recorded at registration. */
export type Sex =
  | 'FEMALE'
  | 'MALE';

/** This site's Migrant Response Centre. */
export type SiteCentre = Centre & {
  __typename?: 'SiteCentre';
  /** The centre's audit log (administrators only, audit:read). */
  auditEvents: Maybe<AuditEventConnection>;
  /** The centre's code, e.g. `bossaso`. */
  code: Scalars['ID']['output'];
  /** One migrant of this centre, or null when the ID is not one of its records. */
  migrant: Maybe<Migrant>;
  /** Migrants registered at this centre, newest registration first. */
  migrants: Maybe<MigrantConnection>;
  /** Caseload indicators for a period (registration date, inclusive); null when the centre cannot be reached. */
  stats: Maybe<CentreStats>;
};


/** This site's Migrant Response Centre. */
export type SiteCentreAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** This site's Migrant Response Centre. */
export type SiteCentreMigrantArgs = {
  id: Scalars['ID']['input'];
};


/** This site's Migrant Response Centre. */
export type SiteCentreMigrantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MigrantFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** This site's Migrant Response Centre. */
export type SiteCentreStatsArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A migrant registered at this site's centre. */
export type SiteMigrant = Migrant & {
  __typename?: 'SiteMigrant';
  /** Age in completed years today, from the date of birth. */
  age: Maybe<Scalars['Int']['output']>;
  /** Date the migrant arrived at the centre. */
  arrivalDate: Scalars['Date']['output'];
  caseStatus: CaseStatus;
  /** The centre that registered the migrant. */
  centre: SiteCentre;
  /** Date of birth; an estimate when `dateOfBirthEstimated` is true. */
  dateOfBirth: Maybe<Scalars['Date']['output']>;
  /** True when the date of birth was estimated from a stated or assessed age. */
  dateOfBirthEstimated: Scalars['Boolean']['output'];
  familyName: Scalars['String']['output'];
  /** Given and family name together. */
  fullName: Scalars['String']['output'];
  givenName: Scalars['String']['output'];
  /** Whether the migrant holds any identity or travel document. */
  hasDocuments: Scalars['Boolean']['output'];
  /** Globally unique ID, prefixed by the site code (`bossaso:…`). */
  id: Scalars['ID']['output'];
  /** Intended destination country, ISO 3166-1 alpha-3 (`SAU`). */
  intendedDestination: Maybe<Scalars['String']['output']>;
  /** Nationality as an ISO 3166-1 alpha-3 code (`ETH`). */
  nationality: Scalars['String']['output'];
  /** Region or place of origin (e.g. Oromia). */
  regionOfOrigin: Maybe<Scalars['String']['output']>;
  /** When the registration was recorded. */
  registeredAt: Scalars['DateTime']['output'];
  /** The case number staff use and write on paper, e.g. `BOS-2026-000123`. */
  registrationNumber: Scalars['String']['output'];
  sex: Sex;
  /** Revision of the record, for optimistic locking of edits. */
  version: Scalars['Int']['output'];
};

/** Changes at one centre. Reached through the site's namespace: `mutation { bossaso { registerMigrant(…) } }`. */
export type SiteMutations = {
  __typename?: 'SiteMutations';
  /** Registers a migrant at the centre. Invalid input is refused with BAD_USER_INPUT and nothing is written. */
  registerMigrant: RegisterMigrantPayload;
};


/** Changes at one centre. Reached through the site's namespace: `mutation { bossaso { registerMigrant(…) } }`. */
export type SiteMutationsRegisterMigrantArgs = {
  input: RegisterMigrantInput;
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
  SiteCentre: SiteCentre;
  SiteMigrant: SiteMigrant;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  SiteCentre:
    ( { __typename: 'SiteCentre' }
    & GraphQLRecursivePick<FederationTypes['SiteCentre'], {"code":true}> );
  SiteMigrant:
    ( { __typename: 'SiteMigrant' }
    & GraphQLRecursivePick<FederationTypes['SiteMigrant'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AgeBand: AgeBand;
  AuditEvent: ResolverTypeWrapper<AuditEventRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditEventConnection: ResolverTypeWrapper<Omit<AuditEventConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEventEdge']> }>;
  AuditEventEdge: ResolverTypeWrapper<Omit<AuditEventEdge, 'node'> & { node: ResolversTypes['AuditEvent'] }>;
  AuditFilter: AuditFilter;
  CaseStatus: CaseStatus;
  Centre: ResolverTypeWrapper<CentreRef>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CentreStats: ResolverTypeWrapper<CentreStatsRow>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  FieldChange: ResolverTypeWrapper<FieldChangeRecord>;
  Migrant: ResolverTypeWrapper<MigrantRecord>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  MigrantConnection: ResolverTypeWrapper<MigrantPage>;
  MigrantEdge: ResolverTypeWrapper<Omit<MigrantEdge, 'node'> & { node: ResolversTypes['Migrant'] }>;
  MigrantFilter: MigrantFilter;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  RegisterMigrantInput: RegisterMigrantInput;
  RegisterMigrantPayload: ResolverTypeWrapper<Omit<RegisterMigrantPayload, 'migrant'> & { migrant: ResolversTypes['Migrant'] }>;
  Sex: Sex;
  SiteCentre: ResolverTypeWrapper<CentreRef>;
  SiteMigrant: ResolverTypeWrapper<MigrantRecord>;
  SiteMutations: ResolverTypeWrapper<CentreRef>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AuditEvent: AuditEventRow;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AuditEventConnection: Omit<AuditEventConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEventEdge']> };
  AuditEventEdge: Omit<AuditEventEdge, 'node'> & { node: ResolversParentTypes['AuditEvent'] };
  AuditFilter: AuditFilter;
  Centre: CentreRef;
  Int: Scalars['Int']['output'];
  CentreStats: CentreStatsRow;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  FieldChange: FieldChangeRecord;
  Migrant: MigrantRecord;
  Boolean: Scalars['Boolean']['output'];
  MigrantConnection: MigrantPage;
  MigrantEdge: Omit<MigrantEdge, 'node'> & { node: ResolversParentTypes['Migrant'] };
  MigrantFilter: MigrantFilter;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  RegisterMigrantInput: RegisterMigrantInput;
  RegisterMigrantPayload: Omit<RegisterMigrantPayload, 'migrant'> & { migrant: ResolversParentTypes['Migrant'] };
  SiteCentre: CentreRef;
  SiteMigrant: MigrantRecord;
  SiteMutations: CentreRef;
}>;

export type AuditEventResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = ResolversObject<{
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

export type AuditEventConnectionResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type AuditEventEdgeResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['AuditEventEdge'] = ResolversParentTypes['AuditEventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEvent'], ParentType, ContextType>;
}>;

export type CentreResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['Centre'] = ResolversParentTypes['Centre']> = ResolversObject<{
  __resolveType: TypeResolveFn<'SiteCentre', ParentType, ContextType>;
}>;

export type CentreStatsResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['CentreStats'] = ResolversParentTypes['CentreStats']> = ResolversObject<{
  childRegistrations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openCases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registrations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registrationsWithoutDocuments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FieldChangeResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MigrantResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['Migrant'] = ResolversParentTypes['Migrant']> = ResolversObject<{
  __resolveType: TypeResolveFn<'SiteMigrant', ParentType, ContextType>;
}>;

export type MigrantConnectionResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['MigrantConnection'] = ResolversParentTypes['MigrantConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MigrantEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MigrantEdgeResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['MigrantEdge'] = ResolversParentTypes['MigrantEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Migrant'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  site?: Resolver<ResolversTypes['SiteMutations'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type RegisterMigrantPayloadResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['RegisterMigrantPayload'] = ResolversParentTypes['RegisterMigrantPayload']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  migrant?: Resolver<ResolversTypes['Migrant'], ParentType, ContextType>;
}>;

export type SiteCentreResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['SiteCentre'] = ResolversParentTypes['SiteCentre'], FederationReferenceType extends FederationReferenceTypes['SiteCentre'] = FederationReferenceTypes['SiteCentre']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SiteCentre']> | FederationReferenceType, FederationReferenceType, ContextType>;
  auditEvents?: Resolver<Maybe<ResolversTypes['AuditEventConnection']>, ParentType, ContextType, Partial<SiteCentreAuditEventsArgs>>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  migrant?: Resolver<Maybe<ResolversTypes['Migrant']>, ParentType, ContextType, RequireFields<SiteCentreMigrantArgs, 'id'>>;
  migrants?: Resolver<Maybe<ResolversTypes['MigrantConnection']>, ParentType, ContextType, Partial<SiteCentreMigrantsArgs>>;
  stats?: Resolver<Maybe<ResolversTypes['CentreStats']>, ParentType, ContextType, Partial<SiteCentreStatsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SiteMigrantResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['SiteMigrant'] = ResolversParentTypes['SiteMigrant'], FederationReferenceType extends FederationReferenceTypes['SiteMigrant'] = FederationReferenceTypes['SiteMigrant']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SiteMigrant']> | FederationReferenceType, FederationReferenceType, ContextType>;
  age?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  arrivalDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  caseStatus?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
  centre?: Resolver<ResolversTypes['SiteCentre'], ParentType, ContextType>;
  dateOfBirth?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dateOfBirthEstimated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  familyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  givenName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hasDocuments?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  intendedDestination?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nationality?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regionOfOrigin?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  registrationNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sex?: Resolver<ResolversTypes['Sex'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SiteMutationsResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['SiteMutations'] = ResolversParentTypes['SiteMutations']> = ResolversObject<{
  registerMigrant?: Resolver<ResolversTypes['RegisterMigrantPayload'], ParentType, ContextType, RequireFields<SiteMutationsRegisterMigrantArgs, 'input'>>;
}>;

export type Resolvers<ContextType = SiteContext> = ResolversObject<{
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  Centre?: CentreResolvers<ContextType>;
  CentreStats?: CentreStatsResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  FieldChange?: FieldChangeResolvers<ContextType>;
  Migrant?: MigrantResolvers<ContextType>;
  MigrantConnection?: MigrantConnectionResolvers<ContextType>;
  MigrantEdge?: MigrantEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  RegisterMigrantPayload?: RegisterMigrantPayloadResolvers<ContextType>;
  SiteCentre?: SiteCentreResolvers<ContextType>;
  SiteMigrant?: SiteMigrantResolvers<ContextType>;
  SiteMutations?: SiteMutationsResolvers<ContextType>;
}>;

