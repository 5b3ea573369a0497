// Answers the gateway gives, in the shape of the generated operation types.
import type { CentreMigrantsQuery, CentresQuery } from '../src/__generated__/graphql.js';

/**
 * The generated types leave `__typename` out where a document does not select it; Apollo's
 * cache adds it to every selection, so real answers, and these, carry it everywhere.
 */
type WithTypenames<T> = T extends readonly (infer Item)[]
  ? WithTypenames<Item>[]
  : T extends object
    ? { [K in keyof T]: WithTypenames<T[K]> } & { __typename: string }
    : T;
/** An operation's answer: every object in it, though not the root, carries its `__typename`. */
type Answer<T> = { [K in keyof T]: WithTypenames<T[K]> };

export const period = { from: '2026-01-01', to: '2026-03-15' };
export const today = new Date(2026, 2, 15);

export const centres: Answer<CentresQuery>['centres'] = [
  { __typename: 'BossasoCentre', code: 'bossaso', name: 'Bossaso', openedOn: '2009-05-01', stats: { __typename: 'CentreStats', openCases: 1234, registrations: 310 } },
  { __typename: 'HargeisaCentre', code: 'hargeisa', name: 'Hargeisa', openedOn: '2011-03-01', stats: { __typename: 'CentreStats', openCases: 876, registrations: 254 } },
  { __typename: 'MogadishuCentre', code: 'mogadishu', name: 'Mogadishu', openedOn: '2021-06-01', stats: { __typename: 'CentreStats', openCases: 98, registrations: 41 } },
];

type Migrant = NonNullable<NonNullable<Answer<CentreMigrantsQuery>['centre']>['migrants']>['edges'][number]['node'];

export const migrant = (n: number): Migrant => ({
  __typename: 'BossasoMigrant',
  id: `bossaso:${n}`,
  registrationNumber: `BOS-2026-${String(n).padStart(6, '0')}`,
  fullName: `Migrant ${n}`,
  sex: n % 3 === 0 ? 'FEMALE' : 'MALE',
  age: n % 5 === 0 ? null : 18 + (n % 12),
  nationality: 'ETH',
  arrivalDate: '2026-03-01',
  caseStatus: 'OPEN',
});

export const migrantsPage = (
  numbers: number[],
  pageInfo: { hasNextPage: boolean; endCursor: string | null },
  totalCount: number,
): Answer<CentreMigrantsQuery> => ({
  centre: {
    __typename: 'BossasoCentre',
    code: 'bossaso',
    name: 'Bossaso',
    migrants: {
      __typename: 'MigrantConnection',
      totalCount,
      pageInfo: { __typename: 'PageInfo', ...pageInfo },
      edges: numbers.map((n) => ({ __typename: 'MigrantEdge', node: migrant(n) })),
    },
  },
});
