import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewerFor } from '@mpa/platform/testing';
import { REGISTER, siteHarness, validInput, type SiteHarness } from './harness.js';

let site: SiteHarness;
let clinic: { id: string; version: number };
let shelter: { id: string; version: number };

const CREATE_PARTNER = `mutation($input: CreatePartnerInput!) { bossaso { createPartner(input: $input) { created partner { id name services contact version } } } }`;
const UPDATE_PARTNER = `mutation($input: UpdatePartnerInput!) { bossaso { updatePartner(input: $input) { partner { id name services contact version } } } }`;
const RECORD_CONSENT = `mutation($input: RecordConsentInput!) { bossaso { recordConsent(input: $input) { consent { id } } } }`;
const REQUEST = /* GraphQL */ `
  mutation Request($input: RequestReferralInput!) {
    bossaso { requestReferral(input: $input) { created referral { id status service need consentOverridden version partner { name } migrant { id fullName } } } }
  }
`;
const SET_STATUS = `mutation($input: SetReferralStatusInput!) { bossaso { setReferralStatus(input: $input) { referral { id status statusReason version } } } }`;
const TRANSFER = `mutation($input: TransferCaseInput!) { bossaso { transferCase(input: $input) { migrant { id caseStatus version ... on BossasoMigrant { transferredTo } } } } }`;
const CENTRE = (fields: string) => `{ _entities(representations: [{ __typename: "BossasoCentre", code: "bossaso" }]) { ... on BossasoCentre { ${fields} } } }`;

beforeAll(async () => {
  site = await siteHarness();
  const a = await site.exec(CREATE_PARTNER, { input: { name: 'Bossaso General Hospital', services: ['MEDICAL'], contact: '+252 90 1000000' } });
  clinic = a.data!.bossaso.createPartner.partner;
  const b = await site.exec(CREATE_PARTNER, { input: { name: 'Safe House Puntland', services: ['SHELTER', 'PROTECTION'] } });
  shelter = b.data!.bossaso.createPartner.partner;
});
afterAll(() => site.close());

async function register(overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await site.exec(REGISTER, { input: validInput(overrides) });
  return res.data!.bossaso.registerMigrant.migrant.id;
}
async function consenting(name: string): Promise<string> {
  const id = await register({ givenName: name, familyName: 'Referred' });
  await site.exec(RECORD_CONSENT, { input: { migrantId: id, purpose: 'DATA_SHARING_WITH_PARTNERS', givenBy: 'MIGRANT' } });
  return id;
}

describe('the partner directory', () => {
  it('lists the centre partners by name, with their services', async () => {
    const res = await site.exec(CENTRE('partners(first: 10) { edges { node { name services } } }'));
    expect(res.data!._entities[0].partners.edges.map((e: any) => e.node)).toEqual([
      { name: 'Bossaso General Hospital', services: ['MEDICAL'] },
      { name: 'Safe House Puntland', services: ['SHELTER', 'PROTECTION'] },
    ]);
  });

  it('creates a partner once per idempotency key and refuses one without a name or service', async () => {
    const input = { name: 'Legal Aid Clinic', services: ['LEGAL'], idempotencyKey: 'p-1' };
    const first = await site.exec(CREATE_PARTNER, { input });
    const again = await site.exec(CREATE_PARTNER, { input });
    expect(again.data!.bossaso.createPartner).toMatchObject({ created: false, partner: { id: first.data!.bossaso.createPartner.partner.id } });
    const bad = await site.exec(CREATE_PARTNER, { input: { name: ' ', services: [] } });
    expect(bad.errors?.[0]?.extensions?.fields.map((f: any) => f.field)).toEqual(['input.name', 'input.services']);
  });

  it('changes a partner with optimistic locking', async () => {
    const created = await site.exec(CREATE_PARTNER, { input: { name: 'Mother and Child Centre', services: ['MEDICAL'] } });
    const { id } = created.data!.bossaso.createPartner.partner;
    const res = await site.exec(UPDATE_PARTNER, { input: { id, expectedVersion: 1, services: ['MEDICAL', 'MHPSS'], contact: 'mcc@example.org' } });
    expect(res.data!.bossaso.updatePartner.partner).toMatchObject({ services: ['MEDICAL', 'MHPSS'], contact: 'mcc@example.org', version: 2 });
    expect((await site.exec(UPDATE_PARTNER, { input: { id, expectedVersion: 1, name: 'Stale' } })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});

describe('referrals', () => {
  it('a referral without consent is refused with CONSENT_REQUIRED, and writes nothing', async () => {
    const id = await register({ givenName: 'No', familyName: 'Consent' });
    const res = await site.exec(REQUEST, { input: { migrantId: id, partnerId: clinic.id, service: 'MEDICAL' } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONSENT_REQUIRED', purpose: 'DATA_SHARING_WITH_PARTNERS' });
    const [row] = await site.sql<{ n: string }>('SELECT count(*) AS n FROM referral WHERE migrant_id = ?', [id.split(':')[1]]);
    expect(row!.n).toBe('0');
  });

  it('goes REQUESTED → ACCEPTED → COMPLETED, with the need it answers', async () => {
    const id = await consenting('Happy');
    const res = await site.exec(REQUEST, { input: { migrantId: id, partnerId: clinic.id, service: 'MEDICAL', need: 'MEDICAL', note: 'Wound care', idempotencyKey: 'r-1' } });
    expect(res.errors).toBeUndefined();
    const referral = res.data!.bossaso.requestReferral.referral;
    expect(referral).toMatchObject({ status: 'REQUESTED', service: 'MEDICAL', need: 'MEDICAL', consentOverridden: false, partner: { name: 'Bossaso General Hospital' }, migrant: { id } });
    const again = await site.exec(REQUEST, { input: { migrantId: id, partnerId: clinic.id, service: 'MEDICAL', idempotencyKey: 'r-1' } });
    expect(again.data!.bossaso.requestReferral).toMatchObject({ created: false, referral: { id: referral.id } });
    const accepted = await site.exec(SET_STATUS, { input: { id: referral.id, expectedVersion: 1, status: 'ACCEPTED' } });
    expect(accepted.data!.bossaso.setReferralStatus.referral).toMatchObject({ status: 'ACCEPTED', version: 2 });
    const completed = await site.exec(SET_STATUS, { input: { id: referral.id, expectedVersion: 2, status: 'COMPLETED' } });
    expect(completed.data!.bossaso.setReferralStatus.referral).toMatchObject({ status: 'COMPLETED', version: 3 });
  });

  it('refuses moves the status does not allow with INVALID_TRANSITION, a stale version with CONFLICT, a rejection without reason', async () => {
    const id = await consenting('Rejected');
    const res = await site.exec(REQUEST, { input: { migrantId: id, partnerId: shelter.id, service: 'SHELTER' } });
    const referral = res.data!.bossaso.requestReferral.referral;
    const completeEarly = await site.exec(SET_STATUS, { input: { id: referral.id, expectedVersion: 1, status: 'COMPLETED' } });
    expect(completeEarly.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'REQUESTED', to: 'COMPLETED' });
    expect((await site.exec(SET_STATUS, { input: { id: referral.id, expectedVersion: 1, status: 'REJECTED' } })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const rejected = await site.exec(SET_STATUS, { input: { id: referral.id, expectedVersion: 1, status: 'REJECTED', reason: 'No beds' } });
    expect(rejected.data!.bossaso.setReferralStatus.referral).toMatchObject({ status: 'REJECTED', statusReason: 'No beds' });
    expect((await site.exec(SET_STATUS, { input: { id: referral.id, expectedVersion: 1, status: 'ACCEPTED' } })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await site.exec(SET_STATUS, { input: { id: referral.id, expectedVersion: 2, status: 'ACCEPTED' } })).errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
  });

  it('revokes an open referral', async () => {
    const id = await consenting('Revoked');
    const res = await site.exec(REQUEST, { input: { migrantId: id, partnerId: shelter.id, service: 'PROTECTION' } });
    const revoked = await site.exec(SET_STATUS, { input: { id: res.data!.bossaso.requestReferral.referral.id, expectedVersion: 1, status: 'REVOKED', reason: 'Left the centre' } });
    expect(revoked.data!.bossaso.setReferralStatus.referral.status).toBe('REVOKED');
  });

  it('refuses a service the partner does not offer', async () => {
    const id = await consenting('Wrong');
    const res = await site.exec(REQUEST, { input: { migrantId: id, partnerId: clinic.id, service: 'SHELTER' } });
    expect(res.errors?.[0]?.extensions?.fields).toEqual([{ field: 'input.service', message: 'Bossaso General Hospital does not offer SHELTER' }]);
  });

  it('lets a protection officer refer without consent under an audited override; a caseworker cannot override', async () => {
    const id = await register({ givenName: 'Urgent', familyName: 'Case' });
    const input = { migrantId: id, partnerId: clinic.id, service: 'MEDICAL', consentOverride: { reason: 'Unconscious, needs a hospital now' } };
    expect((await site.exec(REQUEST, { input })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const res = await site.exec(REQUEST, { input }, viewerFor('protection', 'bossaso'));
    expect(res.data!.bossaso.requestReferral.referral.consentOverridden).toBe(true);
    const logged = await site.sql<{ actor: string; reason: string }>(`SELECT actor, reason FROM audit_event WHERE action = 'override' AND entity_id = ?`, [id]);
    expect(logged).toEqual([{ actor: 'protection@bossaso', reason: 'Unconscious, needs a hospital now' }]);
  });

  it("lists the centre's referrals by status and a migrant's referrals", async () => {
    const res = await site.exec(CENTRE('referrals(first: 50, filter: { status: COMPLETED }) { edges { node { status migrant { fullName } } } }'));
    expect(res.data!._entities[0].referrals.edges.map((e: any) => e.node)).toEqual([{ status: 'COMPLETED', migrant: { fullName: 'Happy Referred' } }]);
    const all = await site.exec(CENTRE('referrals(first: 2) { pageInfo { hasNextPage } edges { node { id } } }'));
    expect(all.data!._entities[0].referrals.pageInfo.hasNextPage).toBe(true);
  });

  it("loads migrants' referrals with their partners in a fixed number of statements", async () => {
    const PAGE = CENTRE('migrants(first: 100) { edges { node { ... on BossasoMigrant { referrals(first: 5) { edges { node { status partner { name } } } } } } } }');
    const measure = async () => {
      const before = site.database.statements.count;
      const res = await site.exec(PAGE);
      expect(res.errors).toBeUndefined();
      return site.database.statements.count - before;
    };
    const small = await measure();
    for (let i = 0; i < 8; i++) {
      const id = await consenting(`Bulk${i}`);
      await site.exec(REQUEST, { input: { migrantId: id, partnerId: i % 2 ? clinic.id : shelter.id, service: i % 2 ? 'MEDICAL' : 'SHELTER' } });
    }
    expect(await measure()).toBe(small);
  });
});

describe('transferring a case', () => {
  it('hands the case to another organisation with consent; the case becomes TRANSFERRED', async () => {
    const id = await consenting('Transferred');
    const res = await site.exec(TRANSFER, { input: { id, expectedVersion: 1, organisation: 'UNHCR Bossaso', reason: 'Asylum claim' } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.bossaso.transferCase.migrant).toMatchObject({ caseStatus: 'TRANSFERRED', transferredTo: 'UNHCR Bossaso', version: 2 });
    const again = await site.exec(TRANSFER, { input: { id, expectedVersion: 2, organisation: 'Someone else' } });
    expect(again.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
  });

  it('is refused without consent, and leaves the case open', async () => {
    const id = await register({ givenName: 'Untransferred', familyName: 'Case' });
    const res = await site.exec(TRANSFER, { input: { id, expectedVersion: 1, organisation: 'UNHCR Bossaso' } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONSENT_REQUIRED', purpose: 'DATA_SHARING_WITH_PARTNERS' });
    const [row] = await site.sql<{ case_status: string }>('SELECT case_status FROM migrant WHERE id = ?', [id.split(':')[1]]);
    expect(row!.case_status).toBe('OPEN');
  });
});
