import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTER, siteHarness, validInput, type SiteHarness } from './harness.js';

let site: SiteHarness;
const ids: string[] = [];

const PAGE = /* GraphQL */ `
  query Page($first: Int, $after: String, $filter: MigrantFilter) {
    _entities(representations: [{ __typename: "BossasoCentre", code: "bossaso" }]) {
      ... on BossasoCentre {
        migrants(first: $first, after: $after, filter: $filter) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { cursor node { id fullName } }
        }
      }
    }
  }
`;

beforeAll(async () => {
  site = await siteHarness();
  const people = [
    ...Array.from({ length: 40 }, (_, i) => validInput({ givenName: `Person${i}`, familyName: 'Tesfaye' })),
    validInput({ givenName: 'Hawa', familyName: 'Mohammed', sex: 'FEMALE', estimatedAge: 15, nationality: 'SOM' }),
    validInput({ givenName: 'Almaz', familyName: '100%_Real', sex: 'FEMALE', estimatedAge: 35 }),
    validInput({ givenName: 'Yonas', familyName: 'Haile', estimatedAge: 64, nationality: 'ERI' }),
  ];
  for (const input of people) {
    const res = await site.exec(REGISTER, { input });
    ids.push(res.data!.bossaso.registerMigrant.migrant.id);
  }
  // Spread registrations over days (Person1, Person10–19: 11 people) and close Person2, Person20–29.
  await site.sql(`UPDATE migrant SET registered_at = '2026-01-10T08:00:00Z' WHERE given_name LIKE 'Person1%'`);
  await site.sql(`UPDATE migrant SET registered_at = '2026-01-11T08:00:00Z' WHERE given_name = 'Hawa'`);
  await site.sql(`UPDATE migrant SET case_status = 'CLOSED' WHERE given_name LIKE 'Person2%'`);
});
afterAll(() => site.close());

async function page(variables: Record<string, unknown>) {
  const res = await site.exec(PAGE, variables);
  if (res.errors) return { errors: res.errors };
  return res.data!._entities[0].migrants;
}

describe("a centre's migrant list", () => {
  it('pages through every migrant once, newest first, with a stable cursor', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const p = await page({ first: 20, after });
      expect(p.totalCount).toBe(43);
      seen.push(...p.edges.map((e: { node: { id: string } }) => e.node.id));
      after = p.pageInfo.hasNextPage ? p.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(43);
    expect(seen.sort()).toEqual([...ids].sort());
  });

  it('filters by name fragment (any case, wildcards taken literally), nationality, sex, age band, status and dates', async () => {
    const count = async (filter: Record<string, unknown>) => (await page({ filter, first: 100 })).totalCount;
    expect(await count({ name: 'tesf' })).toBe(40);
    expect(await count({ name: 'hawa moh' })).toBe(1);
    expect(await count({ name: '%' })).toBe(1);
    expect(await count({ name: '_' })).toBe(1);
    expect(await count({ nationality: 'SOM' })).toBe(1);
    expect(await count({ sex: 'FEMALE' })).toBe(2);
    expect(await count({ ageBand: 'AGE_0_17' })).toBe(1);
    expect(await count({ ageBand: 'AGE_18_29' })).toBe(40);
    expect(await count({ ageBand: 'AGE_30_59' })).toBe(1);
    expect(await count({ ageBand: 'AGE_60_PLUS' })).toBe(1);
    expect(await count({ caseStatus: 'CLOSED' })).toBe(11);
    expect(await count({ registeredFrom: '2026-01-10', registeredTo: '2026-01-10' })).toBe(11);
    expect(await count({ registeredFrom: '2026-01-10', registeredTo: '2026-01-11' })).toBe(12);
    expect(await count({ sex: 'FEMALE', nationality: 'ETH' })).toBe(1);
  });

  it('refuses bad paging and filters with BAD_USER_INPUT', async () => {
    for (const variables of [
      { first: 0 },
      { first: 101 },
      { after: 'garbage' },
      { filter: { nationality: 'Ethiopia' } },
      { filter: { registeredFrom: '2026-02-01', registeredTo: '2026-01-01' } },
      { filter: { name: 'x'.repeat(101) } },
    ]) {
      const res = await page(variables);
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe('BAD_USER_INPUT');
    }
  });
});

describe('centre indicators', () => {
  const STATS = `query($from: Date, $to: Date) { _entities(representations: [{ __typename: "BossasoCentre", code: "bossaso" }]) { ... on BossasoCentre { stats(from: $from, to: $to) { openCases registrations childRegistrations registrationsWithoutDocuments } } } }`;

  it('counts open cases now and registrations in the period, in SQL', async () => {
    const all = (await site.exec(STATS)).data!._entities[0].stats;
    expect(all).toEqual({ openCases: 32, registrations: 43, childRegistrations: 1, registrationsWithoutDocuments: 43 });
    const jan10 = (await site.exec(STATS, { from: '2026-01-10', to: '2026-01-11' })).data!._entities[0].stats;
    expect(jan10).toMatchObject({ openCases: 32, registrations: 12, childRegistrations: 1 });
  });

  it('refuses a period that ends before it starts', async () => {
    const res = await site.exec(STATS, { from: '2026-02-01', to: '2026-01-01' });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('entity resolution', () => {
  const ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on BossasoMigrant { id fullName centre { code } } } }`;
  const reps = (list: string[]) => list.map((id) => ({ __typename: 'BossasoMigrant', id }));

  it('resolves migrant references in one SQL statement however many arrive', async () => {
    const before5 = site.database.statements.count;
    const five = await site.exec(ENTITIES, { reps: reps(ids.slice(0, 5)) });
    const for5 = site.database.statements.count - before5;
    const before40 = site.database.statements.count;
    const forty = await site.exec(ENTITIES, { reps: reps(ids.slice(0, 40)) });
    const for40 = site.database.statements.count - before40;
    expect(five.data!._entities).toHaveLength(5);
    expect(forty.data!._entities.map((m: { id: string }) => m.id)).toEqual(ids.slice(0, 40));
    expect(for5).toBe(1);
    expect(for40).toBe(1);
  });

  it("answers null for another site's or an unknown migrant, and for another site's centre", async () => {
    const res = await site.exec(ENTITIES, { reps: reps([ids[0]!.replace('bossaso:', 'hargeisa:'), 'bossaso:00000000-0000-4000-8000-000000000000', 'bossaso:bad']) });
    expect(res.data!._entities).toEqual([null, null, null]);
    const centre = await site.exec(`{ _entities(representations: [{ __typename: "BossasoCentre", code: "hargeisa" }]) { ... on BossasoCentre { code } } }`);
    expect(centre.data!._entities).toEqual([null]);
  });
});
