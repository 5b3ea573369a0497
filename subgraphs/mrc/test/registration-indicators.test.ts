import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewerFor } from '@mpa/platform/testing';
import { REGISTER, siteHarness, validInput, type SiteHarness } from './harness.js';

let site: SiteHarness;
const today = new Date().toISOString().slice(0, 10);

const STATS = /* GraphQL */ `
  query Stats($from: Date, $to: Date) {
    _entities(representations: [{ __typename: "BossasoCentre", code: "bossaso" }]) {
      ... on BossasoCentre { stats(from: $from, to: $to) { registrations caseManagement {
        screenings unaccompaniedChildrenIdentified traffickingIndicatorsIdentified needsIdentified { need migrants }
        counsellingSessions referralsByStatus { status count } avrRequests avrRequestsDelivered closedCases transferredCases
      } } }
    }
  }
`;

async function register(name: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await site.exec(REGISTER, { input: validInput({ givenName: name, familyName: 'Counted', ...overrides }) });
  return res.data!.bossaso.registerMigrant.migrant.id;
}
const run = async (query: string, variables: Record<string, unknown>) => {
  const res = await site.exec(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
};

beforeAll(async () => {
  site = await siteHarness();
  const child = await register('Child', { estimatedAge: 15 });
  const victim = await register('Victim');
  const adult = await register('Adult');
  const SCREEN = `mutation($input: RecordScreeningInput!) { bossaso { recordScreening(input: $input) { created } } }`;
  await run(SCREEN, { input: { migrantId: child, factors: [{ level: 'INDIVIDUAL', factor: 'UNACCOMPANIED_CHILD', kind: 'RISK' }], assessment: 'HIGH', needs: ['PROTECTION', 'FAMILY_TRACING'] } });
  await run(SCREEN, { input: { migrantId: victim, factors: [{ level: 'INDIVIDUAL', factor: 'VICTIM_OF_TRAFFICKING_INDICATORS', kind: 'RISK' }], assessment: 'HIGH', needs: ['PROTECTION', 'MHPSS'] } });
  await run(SCREEN, { input: { migrantId: adult, factors: [{ level: 'INDIVIDUAL', factor: 'GOOD_HEALTH', kind: 'PROTECTIVE' }], assessment: 'LOW', needs: [] } });
  await run(`mutation($input: RecordCounsellingInput!) { bossaso { recordCounselling(input: $input) { created } } }`, { input: { migrantId: adult, topics: ['AVR'] } });
  await run(`mutation($input: RecordConsentInput!) { bossaso { recordConsent(input: $input) { created } } }`, { input: { migrantId: adult, purpose: 'AVR', givenBy: 'MIGRANT' } });
  await run(`mutation($input: RecordConsentInput!) { bossaso { recordConsent(input: $input) { created } } }`, { input: { migrantId: victim, purpose: 'DATA_SHARING_WITH_PARTNERS', givenBy: 'MIGRANT' } });
  await run(`mutation($input: RequestAvrInput!) { bossaso { requestAvr(input: $input) { created } } }`, { input: { migrantId: adult, destinationCountry: 'ETH' } });
  const partner = await run(`mutation { bossaso { createPartner(input: { name: "Shelter", services: [SHELTER, PROTECTION] }) { partner { id } } } }`, {});
  await run(`mutation($input: RequestReferralInput!) { bossaso { requestReferral(input: $input) { created } } }`, {
    input: { migrantId: victim, partnerId: partner.bossaso.createPartner.partner.id, service: 'PROTECTION', need: 'PROTECTION' },
  });
  const closing = await register('Closing');
  await run(`mutation($id: ID!) { bossaso { closeCase(id: $id, expectedVersion: 1, reason: "Moved on") { migrant { id } } } }`, { id: closing });
});
afterAll(() => site.close());

describe('case management indicators', () => {
  it('count identified vulnerabilities, needs, counselling, referrals, AVR requests and closures of the period', async () => {
    const data = await run(STATS, { from: today, to: today });
    expect(data._entities[0].stats.caseManagement).toEqual({
      screenings: 3,
      unaccompaniedChildrenIdentified: 1,
      traffickingIndicatorsIdentified: 1,
      needsIdentified: [{ need: 'FAMILY_TRACING', migrants: 1 }, { need: 'MHPSS', migrants: 1 }, { need: 'PROTECTION', migrants: 2 }],
      counsellingSessions: 1,
      referralsByStatus: [{ status: 'REQUESTED', count: 1 }],
      avrRequests: 1,
      avrRequestsDelivered: 0,
      closedCases: 1,
      transferredCases: 0,
    });
  });

  it('count nothing for a period before any activity', async () => {
    const data = await run(STATS, { from: '2020-01-01', to: '2020-12-31' });
    expect(data._entities[0].stats.caseManagement).toMatchObject({ screenings: 0, needsIdentified: [], referralsByStatus: [], avrRequests: 0, closedCases: 0 });
  });

  it('are readable by a regional coordinator (indicators, no names)', async () => {
    const res = await site.exec(STATS, { from: today, to: today }, viewerFor('coordinator'));
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities[0].stats.caseManagement.screenings).toBe(3);
    // One child, one victim, a need or two each: small cells, withheld without cases:read.
    expect(res.data!._entities[0].stats.caseManagement).toMatchObject({
      unaccompaniedChildrenIdentified: null,
      traffickingIndicatorsIdentified: null,
      needsIdentified: [{ need: null, migrants: null }],
    });
  });
});
