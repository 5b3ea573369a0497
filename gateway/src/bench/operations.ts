/** What the benchmark asks, with realistic varied variables (never one repeated request). */
export interface GraphQLBody {
  query: string;
  variables: Record<string, unknown>;
  operationName: string;
}

/** Records read from the seeded data to vary the variables with. */
export interface Samples {
  sites: string[];
  /** The centre one-site operations work at (the largest), whose subgraph the no-gateway floor calls. */
  site: string;
  /** Migrant IDs at `site` registered across the years (global IDs). */
  migrantIds: string[];
  /** Stock item IDs at `site`. */
  stockItemIds: string[];
  /** Years with data, oldest first. */
  years: number[];
}

/** Sends one request straight to a subgraph (the floor); resolves with the `data`, throws on errors. */
export type SubgraphCall = (subgraph: string, body: GraphQLBody) => Promise<Record<string, unknown>>;

export interface Operation {
  name: string;
  /** The demo user whose token the requests carry (`{site}` is replaced by `Samples.site`). */
  user: string;
  connections: number;
  body(i: number, samples: Samples): GraphQLBody;
  /**
   * The same work sent straight to the subgraphs the gateway would call, in the order it would
   * (one-site operations): the no-gateway floor.
   */
  floor?(i: number, samples: Samples, call: SubgraphCall): Promise<void>;
  /** Statements per request are measured at these two page sizes (none may grow with it). */
  pageSizes?: { variable: string; sizes: [number, number] };
}

const FRAGMENTS = ['abd', 'tes', 'gem', 'bek', 'tad', 'moh', 'ahm', 'ked', 'hai', 'gir', 'dawit', 'yon', 'hawa', 'amin', 'tigi', 'alm', 'fatu', 'sel'];
const STATUSES = ['REQUESTED', 'COUNSELLED', 'ELIGIBILITY_CONFIRMED', 'TRAVEL_BOOKED', 'REINTEGRATION'];
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;
const typeName = (site: string, type: string) => `${site[0]!.toUpperCase()}${site.slice(1)}${type}`;

const MIGRANT_FIELDS = 'id registrationNumber fullName sex age dateOfBirth nationality regionOfOrigin hasDocuments intendedDestination arrivalDate registeredAt caseStatus version';

const SEARCH_FIELDS = 'migrants(first: 20, filter: { name: $name }) { totalCount edges { node { id registrationNumber fullName age nationality } } }';

/** What a caseworker's list shows for each migrant: the case, the latest screening and services. */
const PAGE_NODE = `${MIGRANT_FIELDS} riskLevel isUnaccompaniedChild
  screenings(first: 1) { edges { node { id screenedOn assessment needs } } }
  counsellingSessions(first: 1) { edges { node { id heldOn topics } } }
  distributions(first: 3) { edges { node { id distributedOn items { quantity item { name } } } } }
  referrals(first: 3) { edges { node { id service status } } }`;

const DASHBOARD = `query Dashboard($from: Date!, $to: Date!) {
  centres {
    code name openedOn
    stats(from: $from, to: $to) {
      openCases registrations childRegistrations registrationsWithoutDocuments
      registrationBreakdown { byNationality { nationality registrations } bySex { sex registrations } byAgeBand { ageBand registrations } byDestination { destination registrations } }
      vulnerabilities { riskFactors { factor migrants } byAssessment { assessment screenings } }
      caseManagement { screenings unaccompaniedChildrenIdentified traffickingIndicatorsIdentified counsellingSessions avrRequests closedCases referralsByStatus { status count } needsIdentified { need migrants } }
      services { medicalConsultations healthReferrals distributions mhpssSessions mhpssGroupActivities awarenessSessions uamCasesOpened traffickingScreenings traffickingVictimsIdentified itemsBelowThreshold itemsDistributed { item quantity migrants } }
    }
  }
  avrStats(from: $from, to: $to) { pipeline { status cases centre { code } } departures { month destinationCountry returnees } plansByCompletion { completion plans } sustainabilityByRound { round surveys composite } }
}`;

export const operations: Operation[] = [
  {
    name: 'dashboard: every centre, one year',
    user: 'coordinator',
    connections: 10,
    body: (i, s) => {
      const year = pick(s.years, i);
      return { operationName: 'Dashboard', query: DASHBOARD, variables: { from: `${year}-01-01`, to: `${year}-12-31` } };
    },
  },
  {
    // Every request a period nobody asked before: the indicators computed, never answered from the cache.
    name: 'dashboard: every centre, a quarter never asked before',
    user: 'coordinator',
    connections: 10,
    body: (i, s) => {
      const from = new Date(Date.UTC(pick(s.years, i), 0, 1 + ((i * 7) % 270)));
      const to = new Date(from.getTime() + 90 * 86_400_000);
      return { operationName: 'Dashboard', query: DASHBOARD, variables: { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) } };
    },
  },
  {
    name: 'name search (one site)',
    user: 'caseworker@{site}',
    connections: 20,
    body: (i, s) => ({
      operationName: 'NameSearch',
      query: `query NameSearch($code: ID!, $name: String!) { centre(code: $code) { ${SEARCH_FIELDS} } }`,
      variables: { code: s.site, name: pick(FRAGMENTS, i * 7) },
    }),
    floor: async (i, s, call) => {
      await call(s.site, {
        operationName: 'NameSearchFloor',
        query: `query NameSearchFloor($reps: [_Any!]!, $name: String!) { _entities(representations: $reps) { ... on ${typeName(s.site, 'Centre')} { ${SEARCH_FIELDS} } } }`,
        variables: { reps: [{ __typename: typeName(s.site, 'Centre'), code: s.site }], name: pick(FRAGMENTS, i * 7) },
      });
    },
  },
  {
    name: "a migrant's case view",
    user: 'caseworker@{site}',
    connections: 20,
    body: (i, s) => ({
      operationName: 'CaseView',
      query: `query CaseView($id: ID!) { migrant(id: $id) { id ... on Migrant { ${PAGE_NODE} consents(first: 10) { edges { node { id purpose givenOn withdrawnOn } } } } avrCase { id caseNumber status destinationCountry openedAt } } }`,
      variables: { id: pick(s.migrantIds, i * 13) },
    }),
    // The gateway asks AVRR for the reference and the case, and the centre for the case file.
    floor: async (i, s, call) => {
      const id = pick(s.migrantIds, i * 13);
      const reps = [{ __typename: typeName(s.site, 'Migrant'), id }];
      await call('avrr', { operationName: 'CaseViewRef', query: 'query CaseViewRef($id: ID!) { migrant(id: $id) { __typename id } }', variables: { id } });
      await Promise.all([
        call(s.site, {
          operationName: 'CaseViewFloor',
          query: `query CaseViewFloor($reps: [_Any!]!) { _entities(representations: $reps) { ... on ${typeName(s.site, 'Migrant')} { ${PAGE_NODE} consents(first: 10) { edges { node { id purpose givenOn withdrawnOn } } } } } }`,
          variables: { reps },
        }),
        call('avrr', {
          operationName: 'CaseViewAvr',
          query: `query CaseViewAvr($reps: [_Any!]!) { _entities(representations: $reps) { ... on ${typeName(s.site, 'Migrant')} { avrCase { id caseNumber status destinationCountry openedAt } } } }`,
          variables: { reps },
        }),
      ]);
    },
  },
  {
    name: 'page of 50 migrants with screenings, services and AVR status',
    user: 'caseworker@{site}',
    connections: 10,
    body: (i, s) => pageBody(i, s, 50),
    floor: async (i, s, call) => {
      const { variables } = pageBody(i, s, 50);
      const data = await call(s.site, {
        operationName: 'MigrantPageFloor',
        query: `query MigrantPageFloor($reps: [_Any!]!, $n: Int, $filter: MigrantFilter) { _entities(representations: $reps) { ... on ${typeName(s.site, 'Centre')} { migrants(first: $n, filter: $filter) { edges { node { ${PAGE_NODE} } } } } } }`,
        variables: { reps: [{ __typename: typeName(s.site, 'Centre'), code: s.site }], n: variables.n, filter: variables.filter },
      });
      const [centre] = data._entities as { migrants: { edges: { node: { id: string } }[] } }[];
      const ids = centre!.migrants.edges.map((e) => e.node.id);
      await call('avrr', {
        operationName: 'MigrantPageAvr',
        query: `query MigrantPageAvr($reps: [_Any!]!) { _entities(representations: $reps) { ... on ${typeName(s.site, 'Migrant')} { avrCase { status caseNumber } } } }`,
        variables: { reps: ids.map((id) => ({ __typename: typeName(s.site, 'Migrant'), id })) },
      });
    },
    pageSizes: { variable: 'n', sizes: [5, 50] },
  },
  {
    name: 'register a migrant',
    user: 'caseworker@{site}',
    connections: 10,
    body: (i, s) => ({
      operationName: 'Register',
      query: `mutation Register($input: RegisterMigrantInput!) { ${s.site} { registerMigrant(input: $input) { created migrant { id registrationNumber } } } }`,
      variables: {
        input: {
          givenName: pick(['Abdi', 'Tesfaye', 'Hawa', 'Gemechu', 'Amina', 'Kedir', 'Chaltu', 'Dawit'], i),
          familyName: pick(['Bekele', 'Ahmed', 'Tadesse', 'Mohammed', 'Haile', 'Guta', 'Roba'], i * 3),
          sex: i % 5 === 0 ? 'FEMALE' : 'MALE',
          estimatedAge: 16 + (i % 14),
          nationality: i % 17 === 0 ? 'ERI' : 'ETH',
          regionOfOrigin: pick(['Oromia', 'Amhara', 'Tigray', 'SNNPR'], i),
          hasDocuments: i % 10 === 0,
          intendedDestination: i % 9 === 0 ? 'YEM' : 'SAU',
          // The desk has looked at the likely duplicates and confirms a new person.
          confirmNotDuplicate: true,
          idempotencyKey: `bench-${process.pid}-${Date.now()}-${i}`,
        },
      },
    }),
    floor: async (i, s, call) => {
      await call(s.site, operations.find((o) => o.name === 'register a migrant')!.body(i, s));
    },
  },
  {
    name: 'record a distribution',
    user: 'caseworker@{site}',
    connections: 10,
    body: (i, s) => ({
      operationName: 'Distribute',
      query: `mutation Distribute($input: DistributeItemsInput!) { ${s.site} { distributeItems(input: $input) { created distribution { id distributedOn } } } }`,
      variables: {
        input: {
          migrantId: pick(s.migrantIds, i * 7),
          // A hygiene kit and one or two other items, different for each request.
          items: [...new Set([0, 2 + (i % 4), 2 + ((i * 3) % 4)])].map((k) => ({ itemId: pick(s.stockItemIds, k), quantity: 1 + (i % 2) })),
          idempotencyKey: `bench-${process.pid}-${Date.now()}-${i}`,
        },
      },
    }),
    floor: async (i, s, call) => {
      await call(s.site, operations.find((o) => o.name === 'record a distribution')!.body(i, s));
    },
  },
  {
    name: 'AVR pipeline board',
    user: 'avrr-officer',
    connections: 10,
    body: (i) => ({
      operationName: 'PipelineBoard',
      query: `query PipelineBoard($status: AvrStatus, $n: Int) { avrCases(first: $n, filter: { status: $status }) { totalCount edges { node { id caseNumber status destinationCountry openedAt centre { name } migrant { id ... on Migrant { fullName registrationNumber } } } } } }`,
      variables: { status: pick(STATUSES, i), n: 50 },
    }),
    pageSizes: { variable: 'n', sizes: [5, 50] },
  },
];

function pageBody(i: number, s: Samples, n: number): GraphQLBody {
  return {
    operationName: 'MigrantPage',
    query: `query MigrantPage($code: ID!, $n: Int, $filter: MigrantFilter) { centre(code: $code) { migrants(first: $n, filter: $filter) { edges { node { ${PAGE_NODE} avrCase { status caseNumber } } } } } }`,
    variables: { code: s.site, n, filter: { registeredFrom: `${pick(s.years, i)}-0${1 + (i % 9)}-01` } },
  };
}
