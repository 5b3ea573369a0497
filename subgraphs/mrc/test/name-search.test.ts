import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTER, siteHarness, validInput, type SiteHarness } from './harness.js';

let site: SiteHarness;
const ids: Record<string, string> = {};

const PAGE = /* GraphQL */ `
  query Page($first: Int, $after: String, $filter: MigrantFilter) {
    _entities(representations: [{ __typename: "BossasoCentre", code: "bossaso" }]) {
      ... on BossasoCentre {
        migrants(first: $first, after: $after, filter: $filter) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { node { id fullName } }
        }
      }
    }
  }
`;

const UPDATE = /* GraphQL */ `
  mutation Update($input: UpdateMigrantInput!) { bossaso { updateMigrant(input: $input) { migrant { id version fullName } } } }
`;

const SEARCH = /* GraphQL */ `
  query Search($query: String!) {
    _entities(representations: [{ __typename: "BossasoCentre", code: "bossaso" }]) {
      ... on BossasoCentre { searchMigrants(query: $query) { edges { score node { id fullName } } } }
    }
  }
`;

beforeAll(async () => {
  site = await siteHarness();
  const people = [
    ...Array.from({ length: 25 }, (_, i) => validInput({ givenName: `Abdullahi${i}`, familyName: 'Warsame' })),
    validInput({ givenName: 'Hawa', familyName: 'Abdi', sex: 'FEMALE', nationality: 'SOM' }),
    validInput({ givenName: 'Ämy', familyName: 'Ölz', sex: 'FEMALE' }),
  ];
  for (const input of people) {
    const m = (await site.exec(REGISTER, { input })).data!.bossaso.registerMigrant.migrant;
    ids[m.fullName] = m.id;
  }
});
afterAll(() => site.close());

/** The total the first page reports, and every migrant met paging through all pages of 20. */
async function totalAndPaged(filter: Record<string, unknown>): Promise<{ total: number; paged: string[] }> {
  const paged: string[] = [];
  let total: number | null = null;
  let after: string | null = null;
  do {
    const res = await site.exec(PAGE, { first: 20, after, filter });
    expect(res.errors, JSON.stringify(filter)).toBeUndefined();
    const page = res.data!._entities[0].migrants;
    total ??= page.totalCount as number;
    paged.push(...page.edges.map((e: { node: { fullName: string } }) => e.node.fullName));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return { total: total!, paged };
}

describe("a caseworker's name search", () => {
  it('totals exactly the matches the pages list, in any case, accents included, wildcards literal', async () => {
    const expected: [Record<string, unknown>, number][] = [
      [{ name: 'abd' }, 26],
      [{ name: 'ABD' }, 26],
      [{ name: '  abd ' }, 26],
      [{ name: 'warsame' }, 25],
      [{ name: 'hi1' }, 11],
      [{ name: 'ölz' }, 1],
      [{ name: 'ÄMY ÖLZ' }, 1],
      [{ name: 'a' }, 26],
      [{ name: '%' }, 0],
      [{ name: 'zzq' }, 0],
      [{ name: 'abd', sex: 'FEMALE' }, 1],
      [{ name: 'abd', nationality: 'ETH' }, 25],
    ];
    for (const [filter, n] of expected) {
      const { total, paged } = await totalAndPaged(filter);
      expect({ filter, total, paged: paged.length }).toEqual({ filter, total: n, paged: n });
      expect(new Set(paged).size).toBe(n);
    }
  });

  it('finds a renamed migrant by the new name only, and a name blanked by retention not at all', async () => {
    const id = ids['Abdullahi0 Warsame']!;
    const res = await site.exec(UPDATE, { input: { id, expectedVersion: 1, familyName: 'Qorane' } });
    expect(res.errors).toBeUndefined();
    expect((await totalAndPaged({ name: 'qorane' })).total).toBe(1);
    expect((await totalAndPaged({ name: 'warsame' })).total).toBe(24);

    await site.sql(`UPDATE migrant SET given_name = '', family_name = '' WHERE given_name = 'Hawa'`);
    expect((await totalAndPaged({ name: 'hawa' })).total).toBe(0);
    expect((await totalAndPaged({ name: 'abd' })).total).toBe(25);

    const [drift] = await site.sql<{ n: string }>(
      `SELECT count(*) AS n FROM migrant m FULL JOIN migrant_search_name s ON s.migrant_id = m.id
        WHERE s.name IS DISTINCT FROM lower(m.given_name || ' ' || m.family_name)`,
    );
    expect(Number(drift!.n)).toBe(0);
  });
});

describe('the search before registering', () => {
  it('finds a record by its bare ID in any case, and takes an ID-like string that is no UUID as text', async () => {
    const id = ids['Ämy Ölz']!;
    const local = id.slice(id.indexOf(':') + 1);
    for (const query of [local, local.toUpperCase()]) {
      const res = await site.exec(SEARCH, { query });
      expect(res.data!._entities[0].searchMigrants.edges[0]).toEqual({ score: 1, node: { id, fullName: 'Ämy Ölz' } });
    }
    const notUuid = await site.exec(SEARCH, { query: '-'.repeat(36) });
    expect(notUuid.errors).toBeUndefined();
    expect(notUuid.data!._entities[0].searchMigrants.edges).toEqual([]);
  });

  it('scores a name the same in any case', async () => {
    const scores = async (query: string) =>
      (await site.exec(SEARCH, { query })).data!._entities[0].searchMigrants.edges.map((e: { score: number; node: { fullName: string } }) => [e.node.fullName, e.score]);
    const lower = await scores('ämy ölz');
    expect(lower[0]).toEqual(['Ämy Ölz', 1]);
    expect(await scores('ÄMY ÖLZ')).toEqual(lower);
  });
});
