import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestHub, type TestHub } from '../src/testing/hub.js';
import { post } from './graphql-client.js';

let hub: TestHub;
let caseworker: string;
const as = (token: string, query: string, variables?: Record<string, unknown>) => post(hub.gatewayUrl, query, variables, token);

beforeAll(async () => {
  hub = await startTestHub({ serverUrl: inject('pgServerUrl'), years: 0 });
  caseworker = await hub.tokenFor('caseworker@bossaso');
});
afterAll(() => hub?.stop());

describe('the AVR hand-over from a centre to AVRR', () => {
  it('a request for AVR at Bossaso becomes one AVR case in AVRR, linked to the migrant', async () => {
    const registered = await as(caseworker, `mutation { bossaso { registerMigrant(input: {
      givenName: "Gemechu", familyName: "Tolosa", sex: MALE, estimatedAge: 23, nationality: "ETH", hasDocuments: false }) { migrant { id } } } }`);
    expect(registered.errors).toBeUndefined();
    const migrantId = registered.data.bossaso.registerMigrant.migrant.id;
    const counselled = await as(caseworker, 'mutation($id: ID!) { bossaso { recordCounselling(input: { migrantId: $id, topics: [AVR, OPTIONS] }) { created } } }', { id: migrantId });
    const consented = await as(caseworker, 'mutation($id: ID!) { bossaso { recordConsent(input: { migrantId: $id, purpose: AVR, givenBy: MIGRANT }) { created } } }', { id: migrantId });
    expect([counselled.errors, consented.errors]).toEqual([undefined, undefined]);

    const requested = await as(caseworker, `mutation($id: ID!) { bossaso { requestAvr(input: {
      migrantId: $id, destinationCountry: "ETH", destinationRegion: "Oromia", idempotencyKey: "sys-avr-1" }) { avrRequest { id status } } } }`, { id: migrantId });
    expect(requested.errors).toBeUndefined();
    expect(requested.data.bossaso.requestAvr.avrRequest.status).toBe('PENDING');

    const STATUS = 'query($id: ID!) { migrant(id: $id) { ... on Migrant { avrRequest { status avrCaseId attempts } avrCase { id migrant { id } } } } }';
    await expect.poll(async () => (await as(caseworker, STATUS, { id: migrantId })).data?.migrant?.avrRequest?.status, { timeout: 15_000, interval: 200 }).toBe('DELIVERED');
    const delivered = await as(caseworker, STATUS, { id: migrantId });
    expect(delivered.errors).toBeUndefined();
    const { avrRequest, avrCase } = delivered.data.migrant;
    expect(avrRequest.avrCaseId).toBe(avrCase.id);
    expect(avrCase.migrant.id).toBe(migrantId);

    const officer = await hub.tokenFor('avrr-officer');
    const cases = await as(officer, '{ avrCases(first: 100) { edges { node { id destinationCountry migrant { id } } } } }');
    expect(cases.errors).toBeUndefined();
    const mine = cases.data.avrCases.edges.filter((e: any) => e.node.migrant.id === migrantId);
    expect(mine).toHaveLength(1);
    expect(mine[0].node).toMatchObject({ id: avrCase.id, destinationCountry: 'ETH' });
  });
});
