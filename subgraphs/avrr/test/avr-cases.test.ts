import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { EntityManager } from '@mikro-orm/postgresql';
import { defineSite, initORM, StatsCache, type Database, type Viewer } from '@mpa/platform';
import { createTestDatabase, viewerFor, type TestDatabase } from '@mpa/platform/testing';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AvrCase } from '../src/avr-cases/avr-case.entity.js';
import type { AvrrContext } from '../src/context.js';
import { migrations } from '../src/migrations/index.js';
import { AVRR_ENTITIES, avrrContext, avrrSchema } from '../src/run.js';

const sites = [
  defineSite({ code: 'hargeisa', name: 'Hargeisa', openedOn: '2011-06-01', port: 0, database: 'x' }),
  defineSite({ code: 'bossaso', name: 'Bossaso', openedOn: '2009-05-01', port: 0, database: 'x' }),
];

let db: TestDatabase;
let database: Database;
let server: ApolloServer<AvrrContext>;
const stats = new StatsCache();

async function exec(query: string, variables?: Record<string, unknown>, viewer: Viewer = viewerFor('avrr-officer')): Promise<{ data?: any; errors?: any[] }> {
  const em = database.orm.em as unknown as EntityManager;
  const res = await server.executeOperation({ query, variables }, { contextValue: avrrContext(sites, em, viewer, stats) });
  if (res.body.kind !== 'single') throw new Error('unexpected incremental result');
  return res.body.singleResult as { data?: any; errors?: any[] };
}

const OPEN = `mutation($input: OpenAvrCaseInput!) { openAvrCase(input: $input) { id caseNumber status direction destinationCountry migrant { id } centre { code name } version } }`;
const migrantId = () => `bossaso:${randomUUID()}`;

beforeAll(async () => {
  db = await createTestDatabase(inject('pgServerUrl'), 'mpa_avrr');
  database = await initORM({ clientUrl: db.url, entities: AVRR_ENTITIES, migrations });
  server = new ApolloServer<AvrrContext>({ schema: avrrSchema(sites), plugins: [ApolloServerPluginInlineTraceDisabled()] });
  await server.start();
});
afterAll(async () => {
  await server.stop();
  await database.close();
  await db.drop();
});

describe('the centre registry', () => {
  it('lists every centre in the order they opened, typed per site', async () => {
    const res = await exec('{ centres { __typename code name openedOn } }');
    expect(res.data.centres).toEqual([
      { __typename: 'BossasoCentre', code: 'bossaso', name: 'Bossaso', openedOn: '2009-05-01' },
      { __typename: 'HargeisaCentre', code: 'hargeisa', name: 'Hargeisa', openedOn: '2011-06-01' },
    ]);
    expect((await exec('{ centre(code: "garowe") { code } }')).data.centre).toBeNull();
  });

  it('answers migrant(id) from the ID alone, as the owning site type', async () => {
    const id = migrantId();
    const res = await exec(`{ migrant(id: "${id}") { __typename id } unknown: migrant(id: "garowe:${randomUUID()}") { id } bad: migrant(id: "x") { id } }`);
    expect(res.data).toEqual({ migrant: { __typename: 'BossasoMigrant', id }, unknown: null, bad: null });
  });
});

describe('opening an AVR case', () => {
  it("opens a requested return case for a centre's migrant", async () => {
    const id = migrantId();
    const res = await exec(OPEN, { input: { migrantId: id, destinationCountry: 'ETH', destinationRegion: 'Oromia' } });
    expect(res.errors).toBeUndefined();
    expect(res.data.openAvrCase).toMatchObject({
      status: 'REQUESTED', direction: 'TO_COUNTRY_OF_ORIGIN', destinationCountry: 'ETH',
      migrant: { id }, centre: { code: 'bossaso', name: 'Bossaso' }, version: 1,
    });
    expect(res.data.openAvrCase.id).toMatch(/^avrr:/);
    expect(res.data.openAvrCase.caseNumber).toMatch(/^AVR-\d{4}-\d{6}$/);
  });

  it('refuses a second active case for the same migrant with CONFLICT', async () => {
    const id = migrantId();
    await exec(OPEN, { input: { migrantId: id, destinationCountry: 'ETH' } });
    const again = await exec(OPEN, { input: { migrantId: id, destinationCountry: 'ETH' } });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('returns the first case when a retried request repeats its idempotency key', async () => {
    const input = { migrantId: migrantId(), destinationCountry: 'ETH', idempotencyKey: 'avr-req-1' };
    const [a, b] = await Promise.all([exec(OPEN, { input }), exec(OPEN, { input })]);
    expect(a.data.openAvrCase.id).toBe(b.data.openAvrCase.id);
    const n = await (database.orm.em as unknown as EntityManager).fork().count(AvrCase, { migrantId: input.migrantId });
    expect(n).toBe(1);
  });

  it('refuses unknown centres, malformed IDs and countries with BAD_USER_INPUT, writing nothing', async () => {
    const em = (database.orm.em as unknown as EntityManager).fork();
    const before = await em.count(AvrCase, {});
    for (const input of [
      { migrantId: `garowe:${randomUUID()}`, destinationCountry: 'ETH' },
      { migrantId: "bossaso:1' OR 1=1 --", destinationCountry: 'ETH' },
      { migrantId: migrantId(), destinationCountry: 'Ethiopia' },
      { migrantId: migrantId(), destinationCountry: 'ETH', destinationRegion: 'x'.repeat(101) },
    ]) {
      const res = await exec(OPEN, { input });
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe('BAD_USER_INPUT');
    }
    expect(await em.fork().count(AvrCase, {})).toBe(before);
  });
});

describe('the migrant side of the join', () => {
  it("contributes each migrant's AVR case in one SQL statement however many are asked for", async () => {
    const ids = Array.from({ length: 30 }, migrantId);
    for (const id of ids.slice(0, 10)) await exec(OPEN, { input: { migrantId: id, destinationCountry: 'ETH' } });
    const query = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on BossasoMigrant { id avrCase { status migrant { id } } } } }`;
    const reps = (list: string[]) => list.map((id) => ({ __typename: 'BossasoMigrant', id }));
    let before = database.statements.count;
    await exec(query, { reps: reps(ids.slice(0, 3)) });
    const forThree = database.statements.count - before;
    before = database.statements.count;
    const res = await exec(query, { reps: reps(ids) });
    const forThirty = database.statements.count - before;
    expect(forThree).toBe(1);
    expect(forThirty).toBe(1);
    expect(res.data._entities.filter((m: any) => m.avrCase).map((m: any) => m.avrCase.migrant.id)).toEqual(ids.slice(0, 10));
  });

  it('pages AVR cases newest first and filters by centre and status', async () => {
    const all = await exec('{ avrCases(first: 100) { totalCount edges { node { id } } } }');
    const total = all.data.avrCases.totalCount;
    const first = await exec('{ avrCases(first: 5) { pageInfo { hasNextPage endCursor } edges { node { id } } } }');
    const next = await exec(`{ avrCases(first: 100, after: "${first.data.avrCases.pageInfo.endCursor}") { edges { node { id } } } }`);
    const paged = [...first.data.avrCases.edges, ...next.data.avrCases.edges].map((e: any) => e.node.id);
    expect(paged).toEqual(all.data.avrCases.edges.map((e: any) => e.node.id));
    expect(paged).toHaveLength(total);
    const filtered = await exec('{ avrCases(filter: { centre: "hargeisa", status: REQUESTED }) { totalCount } }');
    expect(filtered.data.avrCases.totalCount).toBe(0);
  });
});
