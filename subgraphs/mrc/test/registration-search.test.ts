import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTER, siteHarness, validInput, type SiteHarness } from './harness.js';

let site: SiteHarness;
const ids: Record<string, string> = {};
const numbers: Record<string, string> = {};

beforeAll(async () => {
  site = await siteHarness();
  const people = [
    validInput({ givenName: 'Tesfaye', familyName: 'Bekele', estimatedAge: 24 }),
    validInput({ givenName: 'Tesfaye', familyName: 'Girma', estimatedAge: 30 }),
    validInput({ givenName: 'Amina', familyName: 'Yusuf', sex: 'FEMALE', estimatedAge: 19, nationality: 'SOM' }),
    validInput({ givenName: 'Dawit', familyName: 'Haile', estimatedAge: 27 }),
    ...Array.from({ length: 12 }, (_, i) => validInput({ givenName: `Kebede${i}`, familyName: 'Alemayehu', estimatedAge: 20 + i })),
  ];
  for (const input of people) {
    const res = await site.exec(REGISTER, { input });
    const m = res.data!.bossaso.registerMigrant.migrant;
    ids[m.fullName] = m.id;
    numbers[m.fullName] = m.registrationNumber;
  }
});
afterAll(() => site.close());

const SEARCH = /* GraphQL */ `
  query Search($query: String!, $first: Int, $after: String) {
    _entities(representations: [{ __typename: "BossasoCentre", code: "bossaso" }]) {
      ... on BossasoCentre {
        searchMigrants(query: $query, first: $first, after: $after) {
          pageInfo { hasNextPage endCursor }
          edges { score node { id fullName registrationNumber } }
        }
      }
    }
  }
`;

async function search(query: string, first?: number, after?: string | null) {
  const res = await site.exec(SEARCH, { query, first, after });
  if (res.errors) return { errors: res.errors } as any;
  return res.data!._entities[0].searchMigrants;
}

describe('searching before registering', () => {
  it('finds "Tesfaye Bekele" when the name is typed "Tesfay Bekle", best match first', async () => {
    const found = await search('Tesfay Bekle');
    expect(found.edges[0].node.fullName).toBe('Tesfaye Bekele');
    expect(found.edges[0].score).toBeGreaterThan(0.3);
    const names = found.edges.map((e: any) => e.node.fullName);
    expect(names).not.toContain('Amina Yusuf');
    const scores = found.edges.map((e: any) => e.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('finds a record exactly by registration number (any case) or by ID, with score 1', async () => {
    const byNumber = await search(numbers['Amina Yusuf']!.toLowerCase());
    expect(byNumber.edges).toEqual([{ score: 1, node: expect.objectContaining({ fullName: 'Amina Yusuf' }) }]);
    const byId = await search(ids['Dawit Haile']!);
    expect(byId.edges[0]).toMatchObject({ score: 1, node: { fullName: 'Dawit Haile' } });
  });

  it('pages through many similar names without repeating or losing one', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await search('Kebede Alemayehu', 5, after);
      seen.push(...page.edges.map((e: any) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    const kebedes = Object.entries(ids).filter(([name]) => name.startsWith('Kebede')).map(([, id]) => id);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining(kebedes));
  });

  it('refuses an empty query, and finds nothing for nonsense', async () => {
    expect((await search('  ')).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await search('zzqqxxv')).edges).toEqual([]);
  });
});

const DUPLICATES = /* GraphQL */ `
  query Duplicates($input: DuplicateCheckInput!) {
    _entities(representations: [{ __typename: "BossasoCentre", code: "bossaso" }]) {
      ... on BossasoCentre { possibleDuplicates(input: $input) { score migrant { id fullName } } }
    }
  }
`;

describe('possible duplicates', () => {
  const probe = { givenName: 'Tesfay', familyName: 'Bekele', sex: 'MALE', estimatedAge: 26, nationality: 'ETH' };

  it('lists a similar name of the same sex and nationality born within 3 years', async () => {
    const res = await site.exec(DUPLICATES, { input: probe });
    const found = res.data!._entities[0].possibleDuplicates;
    expect(found.map((d: any) => d.migrant.fullName)).toEqual(['Tesfaye Bekele']);
    expect(found[0].score).toBeGreaterThan(0.4);
  });

  it('does not list someone of another sex, nationality or age', async () => {
    for (const other of [{ sex: 'FEMALE' }, { nationality: 'SOM' }, { estimatedAge: 40 }]) {
      const res = await site.exec(DUPLICATES, { input: { ...probe, ...other } });
      expect(res.data!._entities[0].possibleDuplicates, JSON.stringify(other)).toEqual([]);
    }
  });

  it('refuses a registration that looks like a duplicate, listing the candidates, and writes nothing', async () => {
    const [before] = await site.sql<{ n: string }>('SELECT count(*) AS n FROM migrant');
    const res = await site.exec(REGISTER, { input: { ...probe, hasDocuments: false } });
    expect(res.data).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('POSSIBLE_DUPLICATE');
    expect(res.errors?.[0]?.extensions?.duplicates).toEqual([
      { id: ids['Tesfaye Bekele'], registrationNumber: numbers['Tesfaye Bekele'], fullName: 'Tesfaye Bekele', score: expect.any(Number) },
    ]);
    const [after] = await site.sql<{ n: string }>('SELECT count(*) AS n FROM migrant');
    expect(after!.n).toBe(before!.n);
  });

  it('registers the person once the user confirms it is someone else', async () => {
    const res = await site.exec(REGISTER, { input: { ...probe, hasDocuments: false, confirmNotDuplicate: true } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.bossaso.registerMigrant.created).toBe(true);
  });

  it('answers a retried registration with its first record, not with a duplicate warning', async () => {
    const input = { givenName: 'Selam', familyName: 'Worku', sex: 'FEMALE', estimatedAge: 21, nationality: 'ETH', hasDocuments: false, idempotencyKey: 'tab-3:1' };
    const first = await site.exec(REGISTER, { input });
    const retry = await site.exec(REGISTER, { input });
    expect(retry.errors).toBeUndefined();
    expect(retry.data!.bossaso.registerMigrant).toMatchObject({ created: false, migrant: { id: first.data!.bossaso.registerMigrant.migrant.id } });
  });
});
