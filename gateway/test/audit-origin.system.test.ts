import { databaseUrl, signOrigin } from '@mpa/platform';
import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { clientAddress } from '../src/security/origin.js';
import { startTestHub, type TestHub } from '../src/testing/hub.js';
import { queryDatabase } from './database-checksums.js';
import { post } from './graphql-client.js';

let hub: TestHub;
const register = `mutation ($input: RegisterMigrantInput!) { bossaso { registerMigrant(input: $input) { migrant { id } } } }`;
const input = (key: string) => ({ givenName: 'Amina', familyName: 'Warsame', sex: 'FEMALE', estimatedAge: 30, nationality: 'ETH', hasDocuments: false, idempotencyKey: `origin-${key}`, confirmNotDuplicate: true });
const originOf = async (migrantId: string) => {
  const rows = await queryDatabase<{ origin: string | null }>(databaseUrl(inject('pgServerUrl'), hub.databases.bossaso!),
    `SELECT origin FROM audit_event WHERE entity_id = $1 AND action = 'create'`, [migrantId]);
  return rows.map((r) => r.origin);
};
/** A request straight to the Bossaso subgraph, as a caller who skips the gateway. */
const direct = async (token: string, key: string, origin: unknown) => {
  const res = await fetch(hub.subgraphs.get('bossaso')!.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: register, variables: { input: input(key) }, extensions: { jwt: { token: { value: token, prefix: 'Bearer' } }, origin } }),
  });
  const body = (await res.json()) as { data?: { bossaso: { registerMigrant: { migrant: { id: string } } } }; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body;
};

beforeAll(async () => {
  hub = await startTestHub({ serverUrl: inject('pgServerUrl'), years: 0 });
});
afterAll(() => hub?.stop());

describe('where a change came from', () => {
  it('records the client address the gateway saw in the audit log', async () => {
    const res = await post(hub.gatewayUrl, register, { input: input('gateway') }, await hub.tokenFor('caseworker@bossaso'));
    expect(res.errors).toBeUndefined();
    expect(await originOf(res.data.bossaso.registerMigrant.migrant.id)).toEqual(['127.0.0.1']);
  });

  it('records no origin a direct caller made up, nor one signed for another token', async () => {
    const token = await hub.tokenFor('caseworker@bossaso');
    const forged = await direct(token, 'forged', { address: '10.6.6.6', signature: 'made-up' });
    expect(await originOf(forged.data!.bossaso.registerMigrant.migrant.id)).toEqual([null]);
    const otherToken = await hub.tokenFor('protection@bossaso');
    const moved = await direct(token, 'moved', signOrigin(hub.issuer.auth.originKey!, '10.6.6.6', otherToken));
    expect(await originOf(moved.data!.bossaso.registerMigrant.migrant.id)).toEqual([null]);
    // Signed with the hub's key for this very token it holds: that is the gateway's own signature.
    const signed = await direct(token, 'signed', signOrigin(hub.issuer.auth.originKey!, '10.1.2.3', token));
    expect(await originOf(signed.data!.bossaso.registerMigrant.migrant.id)).toEqual(['10.1.2.3']);
  });
});

describe('the client address behind a proxy', () => {
  const request = (peer: string, forwardedFor?: string) =>
    ({ socket: { remoteAddress: peer }, headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} }) as unknown as IncomingMessage;

  it('believes X-Forwarded-For only from a trusted proxy, and only its last untrusted hop', () => {
    expect(clientAddress(request('::ffff:192.0.2.7', '10.9.9.9'), [])).toBe('192.0.2.7');
    expect(clientAddress(request('127.0.0.1', '10.9.9.9, 198.51.100.4'), ['127.0.0.1'])).toBe('198.51.100.4');
    expect(clientAddress(request('127.0.0.1', 'not-an-address'), ['127.0.0.1'])).toBe('127.0.0.1');
  });
});
