// The benchmark's operations against a seeded hub: every document is valid against the public
// schema, each runs without errors through the gateway and as its no-gateway floor, and no list
// operation's SQL statement count grows with its page size.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createClient, type Client } from '../src/bench/load.js';
import { operations, type Samples } from '../src/bench/operations.js';
import { readSamples } from '../src/bench/samples.js';
import { statementsPerOperation } from '../src/bench/sql-statements.js';
import { startTestHub, type TestHub } from '../src/testing/hub.js';

let hub: TestHub;
let client: Client;
let samples: Samples;
const tokens = new Map<string, string>();
const userOf = (user: string) => user.replace('{site}', 'bossaso');

beforeAll(async () => {
  // The AVR relays poll their outboxes: slowed down, so only the requests measured send SQL.
  hub = await startTestHub({ serverUrl: inject('pgServerUrl'), years: 1, avrRelay: { pollIntervalMs: 600_000 } });
  client = createClient(2);
  for (const op of operations) tokens.set(userOf(op.user), await hub.tokenFor(userOf(op.user)));
  tokens.set('caseworker@bossaso', await hub.tokenFor('caseworker@bossaso'));
  samples = await readSamples(client, hub.gatewayUrl, tokens.get('caseworker@bossaso')!, { site: 'bossaso', sites: ['bossaso', 'hargeisa', 'mogadishu'], years: 1 });
}, 120_000);

afterAll(async () => {
  await client?.close();
  await hub?.stop();
});

describe('the benchmark operations', () => {
  it('are valid documents of the public API', () => {
    const schema = buildSchema(readFileSync(join(import.meta.dirname, '..', 'schema.graphql'), 'utf8'));
    const fakeSamples: Samples = { sites: ['bossaso'], site: 'bossaso', migrantIds: ['bossaso:x'], stockItemIds: ['bossaso:y'], years: [2026] };
    for (const op of operations) expect(validate(schema, parse(op.body(0, fakeSamples).query)).map((e) => e.message), op.name).toEqual([]);
  });

  it('answer without errors through the gateway, varied from request to request, and as their no-gateway floor', async () => {
    expect(samples.migrantIds.length).toBeGreaterThan(10);
    expect(samples.stockItemIds.length).toBeGreaterThan(0);
    const urlOf = (name: string) => hub.subgraphs.get(name)!.url;
    for (const op of operations) {
      const token = tokens.get(userOf(op.user))!;
      expect(op.body(1, samples).variables, op.name).not.toEqual(op.body(2, samples).variables);
      for (const i of [1, 2]) await expect(client.post(hub.gatewayUrl, token, op.body(i, samples)), op.name).resolves.toBeDefined();
      if (op.floor) {
        await expect(op.floor(3, samples, (subgraph, body) =>
          client.post(urlOf(subgraph), token, { ...body, extensions: { jwt: { token: { value: token, prefix: 'Bearer' } } } })), op.name).resolves.toBeUndefined();
      }
    }
  });

  it('send no more SQL statements for a page of 50 than for a page of 5 (but the one that logs sensitive reads)', async () => {
    const metrics = [...hub.subgraphs.values()].map((s) => s.url.replace(/\/graphql$/, '/metrics'));
    const counts = await statementsPerOperation(operations, samples, client, { hive: hub.gatewayUrl }, (op) => tokens.get(userOf(op.user))!, metrics);
    const lists = counts.filter((c) => c.byPageSize);
    expect(lists.map((c) => c.operation)).toEqual(expect.arrayContaining([expect.stringMatching(/page of 50/), 'AVR pipeline board']));
    for (const c of lists) {
      const [small, large] = Object.values(c.byPageSize!);
      expect(small, c.operation).toBeGreaterThan(0);
      // A page holding a screening with UAM or trafficking indicators logs the reads: one INSERT for the page, however many.
      expect(large! - small!, c.operation).toBeGreaterThanOrEqual(0);
      expect(large! - small!, c.operation).toBeLessThanOrEqual(1);
    }
    for (const c of counts) expect(c.statements, c.operation).toBeGreaterThan(0);
  }, 60_000);
});
