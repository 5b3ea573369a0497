import { databaseUrl, queryDatabase } from '@mpa/platform';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { waitFor } from '../src/ops/faults/wait.js';
import { ask, errorCodes, migrantReadyForAvr, registerMigrant, requestAvr } from '../src/ops/hub-client.js';
import { startTestHub, type TestHub } from '../src/testing/hub.js';

let hub: TestHub;
let serverUrl: string;
let caseworker: string;
let colleague: string;

beforeAll(async () => {
  serverUrl = inject('pgServerUrl');
  hub = await startTestHub({ serverUrl, years: 0 });
  caseworker = await hub.tokenFor('caseworker@bossaso');
  colleague = await hub.tokenFor('government@bossaso');
});
afterAll(() => hub?.stop());

const siteDb = () => databaseUrl(serverUrl, hub.databases.bossaso!);

interface Edited {
  bossaso: { updateMigrant: { migrant: { version: number; phone: string | null; alias: string | null } } };
}
const EDIT = `mutation($input: UpdateMigrantInput!) { bossaso { updateMigrant(input: $input) { migrant { version phone alias } } } }`;
const edit = (token: string, input: Record<string, unknown>) => ask<Edited>(hub.gatewayUrl, token, EDIT, { input });
interface Read {
  migrant: { version: number; phone: string | null; alias: string | null; history: { edges: { node: { action: string } }[] } };
}
const READ = `query($id: ID!) { migrant(id: $id) { ... on Migrant { version phone alias history(first: 20) { edges { node { action } } } } } }`;
const read = async (id: string) => (await ask<Read>(hub.gatewayUrl, caseworker, READ, { id })).data!.migrant;

async function registered(name: string): Promise<string> {
  const answer = await registerMigrant(hub.gatewayUrl, caseworker, 'bossaso', name);
  return answer.data!.bossaso!.registerMigrant.migrant.id;
}

describe('retried mutations through the gateway', () => {
  it('a registration sent again with the same idempotency key, even racing itself, is stored once', async () => {
    const answers = await Promise.all(Array.from({ length: 6 }, () => registerMigrant(hub.gatewayUrl, caseworker, 'bossaso', 'Retried', 'desk-7:0042')));
    expect(answers.flatMap(errorCodes)).toEqual([]);
    const outcomes = answers.map((a) => a.data!.bossaso!.registerMigrant);
    expect(new Set(outcomes.map((o) => o.migrant.id)).size).toBe(1);
    expect(outcomes.filter((o) => o.created)).toHaveLength(1);
    const [stored] = await queryDatabase<{ n: number }>(siteDb(), `SELECT count(*)::int AS n FROM migrant WHERE idempotency_key = 'desk-7:0042'`);
    expect(stored!.n).toBe(1);
  });

  it('an AVR request sent again with the same key is one request, and one AVR case in AVRR', async () => {
    const migrantId = await migrantReadyForAvr(hub.gatewayUrl, caseworker, 'bossaso', 'Returning');
    const answers = await Promise.all(Array.from({ length: 3 }, () => requestAvr(hub.gatewayUrl, caseworker, 'bossaso', migrantId, 'desk-7:avr-1')));
    expect(answers.flatMap(errorCodes)).toEqual([]);
    expect(new Set(answers.map((a) => a.data!.bossaso!.requestAvr.avrRequest.id)).size).toBe(1);
    const avrr = databaseUrl(serverUrl, hub.databases.avrr!);
    await waitFor(async () => (await queryDatabase(avrr, 'SELECT 1 FROM avr_case WHERE migrant_id = $1', [migrantId])).length > 0, 20_000, 'the AVR case');
    const [requests] = await queryDatabase<{ n: number }>(siteDb(), 'SELECT count(*)::int AS n FROM avr_outbox WHERE migrant_id = $1', [migrantId.split(':')[1]]);
    const [cases] = await queryDatabase<{ n: number }>(avrr, 'SELECT count(*)::int AS n FROM avr_case WHERE migrant_id = $1', [migrantId]);
    expect([requests!.n, cases!.n]).toEqual([1, 1]);
  });
});

describe('two people editing the same case file', () => {
  it('the second, working from the version both saw, gets CONFLICT and the first one\'s change stays', async () => {
    const id = await registered('Edited');
    const seen = await read(id);
    const first = await edit(caseworker, { id, expectedVersion: seen.version, phone: '+252 61 000 0001' });
    expect(errorCodes(first)).toEqual([]);
    const second = await edit(colleague, { id, expectedVersion: seen.version, alias: 'Abdi K.' });
    expect(errorCodes(second)).toEqual(['CONFLICT']);
    expect(await read(id)).toMatchObject({ version: seen.version + 1, phone: '+252 61 000 0001', alias: null });
    // The colleague reloads and applies the change again: both changes are kept.
    const again = await edit(colleague, { id, expectedVersion: seen.version + 1, alias: 'Abdi K.' });
    expect(errorCodes(again)).toEqual([]);
    expect(await read(id)).toMatchObject({ version: seen.version + 2, phone: '+252 61 000 0001', alias: 'Abdi K.' });
  });

  it('of two edits sent at the same moment at the same version, exactly one is applied and the other gets CONFLICT', async () => {
    const id = await registered('Raced');
    const { version } = await read(id);
    const answers = await Promise.all([edit(caseworker, { id, expectedVersion: version, phone: '+252 61 111 1111' }), edit(colleague, { id, expectedVersion: version, phone: '+252 61 222 2222' })]);
    const codes = answers.map((a) => errorCodes(a).join(','));
    expect(codes.sort()).toEqual(['', 'CONFLICT']);
    const winner = answers.find((a) => !a.errors.length)!.data!.bossaso.updateMigrant.migrant;
    expect(await read(id)).toMatchObject({ version: version + 1, phone: winner.phone });
  });
});
