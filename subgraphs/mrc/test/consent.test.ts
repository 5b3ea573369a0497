import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewerFor } from '@mpa/platform/testing';
import { requireConsent } from '../src/consent/consent.js';
import { bossaso, REGISTER, siteHarness, validInput, type SiteHarness } from './harness.js';

let site: SiteHarness;
beforeAll(async () => {
  site = await siteHarness();
});
afterAll(() => site.close());

const RECORD = /* GraphQL */ `
  mutation Record($input: RecordConsentInput!) {
    bossaso { recordConsent(input: $input) { created consent { id purpose givenBy guardianName guardianRelationship givenOn recordedBy active version } } }
  }
`;
const WITHDRAW = /* GraphQL */ `
  mutation Withdraw($input: WithdrawConsentInput!) {
    bossaso { withdrawConsent(input: $input) { consent { id active withdrawnOn withdrawalReason withdrawnBy version } } }
  }
`;
const CONSENTS = /* GraphQL */ `
  query Consents($id: ID!) {
    _entities(representations: [{ __typename: "BossasoCentre", code: "bossaso" }]) {
      ... on BossasoCentre { migrant(id: $id) { ... on BossasoMigrant { consents(first: 10) { edges { node { purpose active givenBy } } } } } }
    }
  }
`;

async function register(overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await site.exec(REGISTER, { input: validInput(overrides) });
  return res.data!.bossaso.registerMigrant.migrant.id;
}
const local = (id: string) => id.split(':')[1]!;

async function consents(id: string) {
  const res = await site.exec(CONSENTS, { id });
  return res.data!._entities[0].migrant.consents.edges.map((e: any) => e.node);
}

describe('recording consent', () => {
  it('records a consent per purpose, given by the migrant, and lists it on the case file', async () => {
    const id = await register({ givenName: 'Consenting', familyName: 'Adult' });
    const res = await site.exec(RECORD, { input: { migrantId: id, purpose: 'DATA_SHARING_WITH_PARTNERS', givenBy: 'MIGRANT', idempotencyKey: 'c-1' } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.bossaso.recordConsent).toMatchObject({
      created: true,
      consent: { purpose: 'DATA_SHARING_WITH_PARTNERS', givenBy: 'MIGRANT', recordedBy: 'caseworker@bossaso', active: true, version: 1, givenOn: new Date().toISOString().slice(0, 10) },
    });
    const again = await site.exec(RECORD, { input: { migrantId: id, purpose: 'DATA_SHARING_WITH_PARTNERS', givenBy: 'MIGRANT', idempotencyKey: 'c-1' } });
    expect(again.data!.bossaso.recordConsent).toMatchObject({ created: false, consent: { id: res.data!.bossaso.recordConsent.consent.id } });
    expect(await consents(id)).toEqual([{ purpose: 'DATA_SHARING_WITH_PARTNERS', active: true, givenBy: 'MIGRANT' }]);
  });

  it("takes a child's consent from a guardian, named with the relationship", async () => {
    const child = await register({ givenName: 'Young', familyName: 'Child', estimatedAge: 14 });
    const byChild = await site.exec(RECORD, { input: { migrantId: child, purpose: 'AVR', givenBy: 'MIGRANT' } });
    expect(byChild.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unnamed = await site.exec(RECORD, { input: { migrantId: child, purpose: 'AVR', givenBy: 'GUARDIAN' } });
    expect(unnamed.errors?.[0]?.extensions?.fields.map((f: any) => f.field)).toEqual(['input.guardianName', 'input.guardianRelationship']);
    const res = await site.exec(RECORD, { input: { migrantId: child, purpose: 'AVR', givenBy: 'GUARDIAN', guardianName: 'Ahmed Ali', guardianRelationship: 'uncle' } });
    expect(res.data!.bossaso.recordConsent.consent).toMatchObject({ givenBy: 'GUARDIAN', guardianName: 'Ahmed Ali', guardianRelationship: 'uncle' });
    expect(await consents(child)).toHaveLength(1);
  });

  it('refuses a second consent for a purpose already in force, a future date, and an unknown migrant', async () => {
    const id = await register({ givenName: 'Twice', familyName: 'Given' });
    await site.exec(RECORD, { input: { migrantId: id, purpose: 'MEDICAL', givenBy: 'MIGRANT' } });
    expect((await site.exec(RECORD, { input: { migrantId: id, purpose: 'MEDICAL', givenBy: 'MIGRANT' } })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await site.exec(RECORD, { input: { migrantId: id, purpose: 'AVR', givenBy: 'MIGRANT', givenOn: '2999-01-01' } })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await site.exec(RECORD, { input: { migrantId: 'bossaso:00000000-0000-4000-8000-000000000000', purpose: 'AVR', givenBy: 'MIGRANT' } });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await consents(id)).toHaveLength(1);
  });

  it('is recorded only by staff who may write case files', async () => {
    const id = await register({ givenName: 'Not', familyName: 'Medical' });
    const res = await site.exec(RECORD, { input: { migrantId: id, purpose: 'AVR', givenBy: 'MIGRANT' } }, viewerFor('mhpss', 'bossaso'));
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('withdrawing consent', () => {
  it('records the date and reason; a stale version is refused, and a second withdrawal too', async () => {
    const id = await register({ givenName: 'Changed', familyName: 'Mind' });
    const given = await site.exec(RECORD, { input: { migrantId: id, purpose: 'AVR', givenBy: 'MIGRANT' } });
    const consentId = given.data!.bossaso.recordConsent.consent.id;
    expect((await site.exec(WITHDRAW, { input: { id: consentId, expectedVersion: 7, reason: 'Wants to continue' } })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await site.exec(WITHDRAW, { input: { id: consentId, expectedVersion: 1, reason: '' } })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const res = await site.exec(WITHDRAW, { input: { id: consentId, expectedVersion: 1, reason: 'Wants to continue the journey' } });
    expect(res.data!.bossaso.withdrawConsent.consent).toMatchObject({ active: false, withdrawalReason: 'Wants to continue the journey', withdrawnBy: 'caseworker@bossaso', version: 2 });
    expect((await site.exec(WITHDRAW, { input: { id: consentId, expectedVersion: 2, reason: 'again' } })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await consents(id)).toEqual([{ purpose: 'AVR', active: false, givenBy: 'MIGRANT' }]);
  });
});

describe('the consent gate other services call', () => {
  const em = () => site.database.orm.em.fork() as unknown as EntityManager;

  it('passes with a consent in force, and refuses with CONSENT_REQUIRED naming the purpose once withdrawn', async () => {
    const id = await register({ givenName: 'Gate', familyName: 'Keeper' });
    await expect(requireConsent(em(), local(id), 'AVR')).rejects.toMatchObject({ extensions: { code: 'CONSENT_REQUIRED', purpose: 'AVR' } });
    const given = await site.exec(RECORD, { input: { migrantId: id, purpose: 'AVR', givenBy: 'MIGRANT' } });
    expect((await requireConsent(em(), local(id), 'AVR')).consent?.purpose).toBe('AVR');
    await site.exec(WITHDRAW, { input: { id: given.data!.bossaso.recordConsent.consent.id, expectedVersion: 1, reason: 'No longer' } });
    await expect(requireConsent(em(), local(id), 'AVR')).rejects.toMatchObject({ extensions: { code: 'CONSENT_REQUIRED' } });
  });

  it('lets a protection officer override with a reason, logged as an override; a caseworker cannot', async () => {
    const id = await register({ givenName: 'Override', familyName: 'Needed' });
    await expect(requireConsent(em(), local(id), 'DATA_SHARING_WITH_PARTNERS', { site: bossaso, viewer: viewerFor('caseworker', 'bossaso'), reason: 'urgent' }))
      .rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const basis = await requireConsent(em(), local(id), 'DATA_SHARING_WITH_PARTNERS', { site: bossaso, viewer: viewerFor('protection', 'bossaso'), reason: 'Life-threatening: urgent medical referral' });
    expect(basis).toEqual({ consent: null, overridden: true });
    const logged = await site.sql<{ actor: string; action: string; reason: string }>(`SELECT actor, action, reason FROM audit_event WHERE entity_id = ? AND action = 'override'`, [id]);
    expect(logged).toEqual([{ actor: 'protection@bossaso', action: 'override', reason: 'Life-threatening: urgent medical referral' }]);
  });
});
