/** What the benchmark asks, with realistic varied variables (never one repeated request). */
export interface GraphQLBody {
  query: string;
  variables: Record<string, unknown>;
  operationName: string;
}

export interface Samples {
  /** Migrant IDs per site, read from the seeded data. */
  migrantIds: Record<string, string[]>;
  sites: string[];
}

export interface Operation {
  name: string;
  /** The demo user whose token the requests carry. */
  user: string;
  connections: number;
  body(i: number, samples: Samples): GraphQLBody;
  /** The same work sent straight to one subgraph (the no-gateway floor), when it is one site's. */
  floor?: { subgraph: (i: number, samples: Samples) => string; body(i: number, samples: Samples): GraphQLBody };
}

const FRAGMENTS = ['abd', 'tes', 'gem', 'bek', 'tad', 'moh', 'ahm', 'ked', 'hai', 'gir', 'dawit', 'yon', 'hawa', 'amin', 'tigi', 'alm', 'fatu', 'sel'];
const STATUSES = ['REQUESTED', 'COUNSELLED', 'ELIGIBILITY_CONFIRMED', 'TRAVEL_BOOKED', 'REINTEGRATION'];
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

const MIGRANT_FIELDS = 'id registrationNumber fullName sex age dateOfBirth nationality regionOfOrigin hasDocuments intendedDestination arrivalDate registeredAt caseStatus version';

const SEARCH = `query NameSearch($code: ID!, $name: String!) {
  centre(code: $code) { migrants(first: 20, filter: { name: $name }) { totalCount edges { node { id registrationNumber fullName age nationality } } } }
}`;
const SEARCH_FLOOR = `query NameSearchFloor($reps: [_Any!]!, $name: String!) {
  _entities(representations: $reps) { ... on SiteCentreTypeName { migrants(first: 20, filter: { name: $name }) { totalCount edges { node { id registrationNumber fullName age nationality } } } } }
}`;

export const operations: Operation[] = [
  {
    name: 'dashboard: every centre, one year',
    user: 'coordinator',
    connections: 10,
    body: (i) => {
      const year = 2017 + (i % 10);
      return {
        operationName: 'Dashboard',
        query: `query Dashboard($from: Date, $to: Date) { centres { code name openedOn stats(from: $from, to: $to) { openCases registrations childRegistrations registrationsWithoutDocuments } } avrCases(first: 1) { totalCount } }`,
        variables: { from: `${year}-01-01`, to: `${year}-12-31` },
      };
    },
  },
  {
    name: 'name search (one site)',
    user: 'avrr-officer',
    connections: 20,
    body: (i, s) => ({ operationName: 'NameSearch', query: SEARCH, variables: { code: pick(s.sites, i), name: pick(FRAGMENTS, i * 7) } }),
    floor: {
      subgraph: (i, s) => pick(s.sites, i),
      body: (i, s) => {
        const code = pick(s.sites, i);
        const typeName = `${code[0]!.toUpperCase()}${code.slice(1)}Centre`;
        return {
          operationName: 'NameSearchFloor',
          query: SEARCH_FLOOR.replace('SiteCentreTypeName', typeName),
          variables: { reps: [{ __typename: typeName, code }], name: pick(FRAGMENTS, i * 7) },
        };
      },
    },
  },
  {
    name: "a migrant's case view",
    user: 'avrr-officer',
    connections: 20,
    body: (i, s) => {
      const site = pick(s.sites, i);
      return {
        operationName: 'CaseView',
        query: `query CaseView($id: ID!) { migrant(id: $id) { id ... on Migrant { ${MIGRANT_FIELDS} } avrCase { id caseNumber status destinationCountry openedAt } } }`,
        variables: { id: pick(s.migrantIds[site]!, Math.floor(i / s.sites.length) * 13) },
      };
    },
  },
  {
    name: 'page of 50 migrants with AVR status',
    user: 'avrr-officer',
    connections: 10,
    body: (i, s) => ({
      operationName: 'MigrantPage',
      query: `query MigrantPage($code: ID!, $filter: MigrantFilter) { centre(code: $code) { migrants(first: 50, filter: $filter) { edges { node { ${MIGRANT_FIELDS} avrCase { status caseNumber } } } } } }`,
      variables: { code: pick(s.sites, i), filter: { registeredFrom: `${2017 + (i % 9)}-01-01` } },
    }),
  },
  {
    name: 'register a migrant',
    user: 'government@bossaso',
    connections: 10,
    body: (i) => ({
      operationName: 'Register',
      query: `mutation Register($input: RegisterMigrantInput!) { bossaso { registerMigrant(input: $input) { created migrant { id registrationNumber } } } }`,
      variables: {
        input: {
          givenName: pick(['Abdi', 'Tesfaye', 'Hawa', 'Gemechu', 'Amina', 'Kedir'], i),
          familyName: pick(['Bekele', 'Ahmed', 'Tadesse', 'Mohammed', 'Haile'], i * 3),
          sex: i % 5 === 0 ? 'FEMALE' : 'MALE',
          estimatedAge: 18 + (i % 12),
          nationality: 'ETH',
          regionOfOrigin: pick(['Oromia', 'Amhara', 'Tigray', 'SNNPR'], i),
          hasDocuments: i % 10 === 0,
          intendedDestination: 'SAU',
          // The desk has looked at the likely duplicates and confirms a new person.
          confirmNotDuplicate: true,
          idempotencyKey: `bench-${process.pid}-${Date.now()}-${i}`,
        },
      },
    }),
  },
  {
    name: 'AVR pipeline board',
    user: 'avrr-officer',
    connections: 10,
    body: (i) => ({
      operationName: 'PipelineBoard',
      query: `query PipelineBoard($status: AvrStatus) { avrCases(first: 50, filter: { status: $status }) { totalCount edges { node { id caseNumber status destinationCountry openedAt centre { name } migrant { id ... on Migrant { fullName registrationNumber } } } } } }`,
      variables: { status: pick(STATUSES, i) },
    }),
  },
];
