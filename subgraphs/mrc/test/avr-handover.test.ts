import type { EntityManager } from '@mikro-orm/postgresql';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewerFor } from '@mpa/platform/testing';
import { AvrRelay, backoffMs } from '../src/avr-handover/avr-relay.js';
import { bossaso, REGISTER, siteHarness, validInput, type SiteHarness } from './harness.js';

let site: SiteHarness;

/** A stand-in for AVRR's receiveAvrReferral: counts calls, fails the first `failFirst`, remembers what it received. */
interface FakeAvrr {
  url: string;
  calls: { input: Record<string, any>; token: string | undefined }[];
  failFirst: number;
  server: Server;
}
async function fakeAvrr(failFirst = 0): Promise<FakeAvrr> {
  const fake: FakeAvrr = { url: '', calls: [], failFirst, server: null as unknown as Server };
  fake.server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const body = JSON.parse(raw);
      fake.calls.push({ input: body.variables.input, token: body.extensions?.jwt?.token?.value });
      res.setHeader('content-type', 'application/json');
      if (fake.calls.length <= fake.failFirst) {
        res.statusCode = 503;
        res.end(JSON.stringify({ errors: [{ message: 'AVRR database unreachable', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
        return;
      }
      res.end(JSON.stringify({ data: { receiveAvrReferral: { created: true, avrCase: { id: 'avr-case-7' } } } }));
    });
  });
  await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}/graphql`;
  return fake;
}

beforeAll(async () => {
  site = await siteHarness();
});
afterAll(() => site.close());

const REQUEST_AVR = /* GraphQL */ `
  mutation RequestAvr($input: RequestAvrInput!) {
    bossaso { requestAvr(input: $input) { created avrRequest { id status destinationCountry destinationRegion attempts requestedBy consentOverridden } } }
  }
`;
const STATUS = /* GraphQL */ `
  query Status($id: ID!) {
    _entities(representations: [{ __typename: "BossasoCentre", code: "bossaso" }]) {
      ... on BossasoCentre { migrant(id: $id) { ... on BossasoMigrant { avrRequest { id status avrCaseId attempts lastError nextAttemptAt deliveredAt } } } }
    }
  }
`;
const COUNSEL = `mutation($input: RecordCounsellingInput!) { bossaso { recordCounselling(input: $input) { created } } }`;
const CONSENT = `mutation($input: RecordConsentInput!) { bossaso { recordConsent(input: $input) { created } } }`;

async function readyForAvr(name: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await site.exec(REGISTER, { input: validInput({ givenName: name, familyName: 'Returning', ...overrides }) });
  const id = res.data!.bossaso.registerMigrant.migrant.id;
  await site.exec(COUNSEL, { input: { migrantId: id, topics: ['AVR', 'OPTIONS'] } });
  await site.exec(CONSENT, { input: { migrantId: id, purpose: 'AVR', givenBy: 'MIGRANT' } });
  return id;
}
async function status(id: string) {
  const res = await site.exec(STATUS, { id });
  expect(res.errors).toBeUndefined();
  return res.data!._entities[0].migrant.avrRequest;
}
const em = () => site.database.orm.em as unknown as EntityManager;

describe('requesting AVR', () => {
  it('records the request and its outbox row together, pending hand-over', async () => {
    const id = await readyForAvr('Abebe');
    const res = await site.exec(REQUEST_AVR, { input: { migrantId: id, destinationCountry: 'ETH', destinationRegion: 'Oromia', idempotencyKey: 'avr-1' } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.bossaso.requestAvr).toMatchObject({
      created: true, avrRequest: { status: 'PENDING', destinationCountry: 'ETH', destinationRegion: 'Oromia', attempts: 0, requestedBy: 'caseworker@bossaso', consentOverridden: false },
    });
    const again = await site.exec(REQUEST_AVR, { input: { migrantId: id, destinationCountry: 'ETH', idempotencyKey: 'avr-1' } });
    expect(again.data!.bossaso.requestAvr).toMatchObject({ created: false, avrRequest: { id: res.data!.bossaso.requestAvr.avrRequest.id } });
    const another = await site.exec(REQUEST_AVR, { input: { migrantId: id, destinationCountry: 'ETH' } });
    expect(another.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const [audit] = await site.sql<{ n: string }>(`SELECT count(*) AS n FROM audit_event WHERE entity = 'AvrRequest' AND entity_id = ?`, [id]);
    expect(audit!.n).toBe('1');
  });

  it('is refused without AVR consent (CONSENT_REQUIRED) and before AVR counselling, writing nothing', async () => {
    const res = await site.exec(REGISTER, { input: validInput({ givenName: 'Uncounselled', familyName: 'Person' }) });
    const id = res.data!.bossaso.registerMigrant.migrant.id;
    expect((await site.exec(REQUEST_AVR, { input: { migrantId: id, destinationCountry: 'ETH' } })).errors?.[0]?.extensions?.code).toBe('COUNSELLING_REQUIRED');
    await site.exec(COUNSEL, { input: { migrantId: id, topics: ['AVR'] } });
    const noConsent = await site.exec(REQUEST_AVR, { input: { migrantId: id, destinationCountry: 'ETH' } });
    expect(noConsent.errors?.[0]?.extensions).toMatchObject({ code: 'CONSENT_REQUIRED', purpose: 'AVR' });
    expect(await status(id)).toBeNull();
  });

  it('refuses a destination that is not a country code, or Somalia, naming the field', async () => {
    const id = await readyForAvr('Badcountry');
    for (const destinationCountry of ['Ethiopia', 'SOM']) {
      const res = await site.exec(REQUEST_AVR, { input: { migrantId: id, destinationCountry } });
      expect(res.errors?.[0]?.extensions?.fields[0].field).toBe('input.destinationCountry');
    }
    expect(await status(id)).toBeNull();
  });

  it('is requested only by staff who may write case files', async () => {
    const id = await readyForAvr('Forbidden');
    const res = await site.exec(REQUEST_AVR, { input: { migrantId: id, destinationCountry: 'ETH' } }, viewerFor('medical', 'bossaso'));
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the AVR hand-over relay', () => {
  it('retries with back-off until AVRR confirms, then marks the request delivered with the AVR case', async () => {
    const avrr = await fakeAvrr(2);
    const id = await readyForAvr('Retried');
    await site.sql(`UPDATE migrant SET is_unaccompanied_child = true WHERE id = ?`, [id.split(':')[1]]);
    await site.sql(`UPDATE avr_outbox SET status = 'DELIVERED' WHERE status = 'PENDING'`); // earlier tests' rows are not this relay's business
    await site.exec(REQUEST_AVR, { input: { migrantId: id, destinationCountry: 'ETH', destinationRegion: 'Amhara' } });
    const relay = new AvrRelay(em(), bossaso, { url: avrr.url, token: async () => 'service-token' }, { pollIntervalMs: 10, baseDelayMs: 20, maxDelayMs: 100, log: () => {} });
    relay.start();
    try {
      await expect.poll(async () => (await status(id)).status, { timeout: 5000, interval: 20 }).toBe('DELIVERED');
    } finally {
      await relay.stop();
      avrr.server.close();
    }
    const delivered = await status(id);
    expect(delivered).toMatchObject({ status: 'DELIVERED', avrCaseId: 'avr-case-7', attempts: 3, lastError: null, nextAttemptAt: null });
    expect(avrr.calls).toHaveLength(3);
    expect(avrr.calls[0]!.token).toBe('service-token');
    expect(avrr.calls[2]!.input).toMatchObject({
      referralId: delivered.id, migrantId: id, destinationCountry: 'ETH', destinationRegion: 'Amhara', isUnaccompaniedChild: true,
    });
    expect(new Set(avrr.calls.map((c) => c.input.referralId)).size).toBe(1);
  });

  it('keeps a request pending with the last error and a growing wait while AVRR is unreachable', async () => {
    const id = await readyForAvr('Unreachable');
    await site.exec(REQUEST_AVR, { input: { migrantId: id, destinationCountry: 'ERI' } });
    const relay = new AvrRelay(em(), bossaso, { url: 'http://127.0.0.1:9/graphql', token: async () => 't' }, { baseDelayMs: 60_000, log: () => {} });
    expect(await relay.deliverOne()).toBe('failed');
    const pending = await status(id);
    expect(pending).toMatchObject({ status: 'PENDING', attempts: 1, deliveredAt: null });
    expect(pending.lastError).toMatch(/fetch failed|ECONNREFUSED/);
    expect(new Date(pending.nextAttemptAt).getTime()).toBeGreaterThan(Date.now() + 50_000);
    // Not due yet: the relay leaves it alone.
    expect(await relay.deliverOne()).toBe('none');
    expect(backoffMs(1, 1000, 60_000)).toBe(1000);
    expect(backoffMs(4, 1000, 60_000)).toBe(8000);
    expect(backoffMs(20, 1000, 60_000)).toBe(60_000);
  });

  it('shows the hand-over of every migrant on a page in one statement', async () => {
    const PAGE = `{ _entities(representations: [{ __typename: "BossasoCentre", code: "bossaso" }]) { ... on BossasoCentre { migrants(first: 100) { edges { node { ... on BossasoMigrant { avrRequest { status } } } } } } } }`;
    const measure = async () => {
      const before = site.database.statements.count;
      expect((await site.exec(PAGE)).errors).toBeUndefined();
      return site.database.statements.count - before;
    };
    const small = await measure();
    for (let i = 0; i < 5; i++) {
      const id = await readyForAvr(`Page${i}`);
      await site.exec(REQUEST_AVR, { input: { migrantId: id, destinationCountry: 'ETH' } });
    }
    expect(await measure()).toBe(small);
  });
});
