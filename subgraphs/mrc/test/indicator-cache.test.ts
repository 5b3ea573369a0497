import type { EntityManager } from '@mikro-orm/postgresql';
import { readDataVersion, StatsCache, untrackedTables } from '@mpa/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTER, siteHarness, validInput, type SiteHarness } from './harness.js';

// The dashboard's indicators are cached while the centre's data version stays the same: these
// tests hold the cache to "exact, never stale".
let site: SiteHarness;
let em: EntityManager;
const today = new Date().toISOString().slice(0, 10);

const STATS = /* GraphQL */ `
  query Stats($from: Date, $to: Date) {
    _entities(representations: [{ __typename: "BossasoCentre", code: "bossaso" }]) {
      ... on BossasoCentre { stats(from: $from, to: $to) { registrations caseManagement { closedCases transferredCases } } }
    }
  }
`;
const TRANSFER = `mutation($input: TransferCaseInput!) { bossaso { transferCase(input: $input) { migrant { id } } } }`;
const CONSENT = `mutation($input: RecordConsentInput!) { bossaso { recordConsent(input: $input) { created } } }`;

async function run(query: string, variables: Record<string, unknown> = {}) {
  const res = await site.exec(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}
const stats = async (from: string, to: string) => (await run(STATS, { from, to }))._entities[0].stats;
const register = async (givenName: string) =>
  (await run(REGISTER, { input: validInput({ givenName, familyName: 'Cached' }) })).bossaso.registerMigrant.migrant.id as string;

beforeAll(async () => {
  site = await siteHarness();
  em = site.database.orm.em as unknown as EntityManager;
  await register('First');
});
afterAll(() => site.close());

describe('the data version', () => {
  it('is kept by every table a write could change an indicator through', async () => {
    expect(await untrackedTables(em)).toEqual([]);
  });

  it('changes with every committed write and with nothing else', async () => {
    const before = await readDataVersion(em);
    // A read of a sensitive record writes only the audit log.
    await run(`{ _entities(representations: [{ __typename: "BossasoCentre", code: "bossaso" }]) { ... on BossasoCentre { migrants(first: 5) { edges { node { id fullName } } } } } }`);
    expect(await readDataVersion(em)).toBe(before);
    await em.transactional(async (tx) => {
      await tx.getConnection().execute(`UPDATE migrant SET intended_destination = 'X' WHERE false`, [], 'run', tx.getTransactionContext());
    });
    expect(await readDataVersion(em)).toBe(before);
    await expect(em.transactional(async (tx) => {
      await tx.getConnection().execute(`UPDATE migrant SET intended_destination = intended_destination`, [], 'run', tx.getTransactionContext());
      throw new Error('rolled back');
    })).rejects.toThrow('rolled back');
    expect(await readDataVersion(em)).toBe(before);
    await register('Second');
    expect(await readDataVersion(em)).not.toBe(before);
  });
});

describe('cached indicators', () => {
  it('answer a repeated statement from the cache while nothing was written', async () => {
    const cache = new StatsCache();
    const sql = 'SELECT count(*)::int AS n FROM migrant WHERE registered_at >= ?::date';
    const first = await cache.forRequest(em).query<{ n: number }[]>(sql, [today]);
    const again = await cache.forRequest(em).query<{ n: number }[]>(sql, [today]);
    expect(again).toBe(first);
    expect(Object.isFrozen(first[0])).toBe(true);
    const other = await cache.forRequest(em).query<{ n: number }[]>(sql, ['2000-01-01']);
    expect(other).not.toBe(first);
    expect(cache.size).toBe(2);
    await register('Third');
    const fresh = await cache.forRequest(em).query<{ n: number }[]>(sql, [today]);
    expect(fresh[0]!.n).toBe(first[0]!.n + 1);
  });

  it('share one computation between concurrent requests and keep at most their bound', async () => {
    const cache = new StatsCache(2);
    const sql = 'SELECT pg_backend_pid() AS pid, ?::int AS k';
    const [a, b] = await Promise.all([cache.forRequest(em).query(sql, [1]), cache.forRequest(em).query(sql, [1])]);
    expect(b).toBe(a);
    await cache.forRequest(em).query(sql, [2]);
    await cache.forRequest(em).query(sql, [3]);
    expect(cache.size).toBe(2);
  });

  it('refuse a statement whose values do not match its placeholders, and cache no failure', async () => {
    const cache = new StatsCache();
    await expect(cache.forRequest(em).query('SELECT ?::int, ?::int', [1])).rejects.toThrow('2 placeholders but 1 values');
    await expect(cache.forRequest(em).query('SELECT 1 / ?::int', [0])).rejects.toThrow(/division by zero/);
    expect(cache.size).toBe(0);
  });

  it('show the dashboard a registration and a transfer as soon as they are committed', async () => {
    const before = await stats(today, today);
    const id = await register('Transferred');
    await run(CONSENT, { input: { migrantId: id, purpose: 'DATA_SHARING_WITH_PARTNERS', givenBy: 'MIGRANT' } });
    await run(TRANSFER, { input: { id, expectedVersion: 1, organisation: 'UNHCR Bossaso' } });
    const after = await stats(today, today);
    expect(after.registrations).toBe(before.registrations + 1);
    expect(after.caseManagement.transferredCases).toBe(before.caseManagement.transferredCases + 1);
    // Counted in the period it happened only (its period condition was once silently dropped).
    expect((await stats('2020-01-01', '2020-12-31')).caseManagement.transferredCases).toBe(0);
  });
});
