import { viewerFor } from '@mpa/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteHarness, type SiteHarness } from './harness.js';
import { addMigrant } from './assistance-fixtures.js';

let site: SiteHarness;
const as = {
  medic: viewerFor('medical', 'bossaso'),
  caseworker: viewerFor('caseworker', 'bossaso'),
  protection: viewerFor('protection', 'bossaso'),
  mhpss: viewerFor('mhpss', 'bossaso'),
};
const childBirth = `${new Date().getUTCFullYear() - 14}-06-01`;

const STATS = /* GraphQL */ `
  query Stats($from: Date, $to: Date) {
    _entities(representations: [{ __typename: "BossasoCentre", code: "bossaso" }]) {
      ... on BossasoCentre { stats(from: $from, to: $to) { registrations services {
        medicalConsultations healthReferrals distributions itemsDistributed { item unit quantity migrants }
        mhpssSessions mhpssGroupActivities mhpssGroupAttendance
        awarenessSessions awarenessAttendance { total female { age0To17 age18To29 total } male { age18To29 age30To59 total } }
        uamCasesOpened traffickingScreenings traffickingVictimsIdentified
        stockLevels { item level lowStockThreshold isLow } itemsBelowThreshold
      } } }
    }
  }
`;

async function run(query: string, variables: Record<string, unknown>, viewer = as.caseworker) {
  const res = await site.exec(query, variables, viewer);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.bossaso;
}

async function seed(round: number): Promise<void> {
  const adult = await addMigrant(site);
  const other = await addMigrant(site, { sex: 'FEMALE' });
  const child = await addMigrant(site, { dateOfBirth: childBirth });
  const consult = `mutation($input: RecordMedicalConsultationInput!) { bossaso { recordMedicalConsultation(input: $input) { created } } }`;
  await run(consult, { input: { migrantId: adult, presentingComplaint: 'Fever', consultedOn: '2026-03-10', referral: { facility: 'Bossaso General Hospital', reason: 'Malaria test', urgency: 'URGENT' } } }, as.medic);
  await run(consult, { input: { migrantId: other, presentingComplaint: 'Blisters', consultedOn: '2026-03-11' } }, as.medic);
  await run(consult, { input: { migrantId: other, presentingComplaint: 'Cough', consultedOn: '2026-05-01' } }, as.medic);

  const items = await site.sql<{ id: string; name: string }>('SELECT id, name FROM stock_item ORDER BY name');
  const blanket = `bossaso:${items.find((i) => i.name === 'Blanket')!.id}`;
  const kit = `bossaso:${items.find((i) => i.name === 'Hygiene kit')!.id}`;
  const give = `mutation($input: DistributeItemsInput!) { bossaso { distributeItems(input: $input) { created } } }`;
  await run(give, { input: { migrantId: adult, distributedOn: '2026-03-10', items: [{ itemId: blanket, quantity: 2 }, { itemId: kit, quantity: 1 }] } });
  await run(give, { input: { migrantId: other, distributedOn: '2026-03-12', items: [{ itemId: kit, quantity: 1 }] } });
  await run(give, { input: { migrantId: other, distributedOn: '2026-04-15', items: [{ itemId: blanket, quantity: 1 }] } });

  await run(`mutation($input: RecordMhpssSessionInput!) { bossaso { recordMhpssSession(input: $input) { created } } }`, { input: { migrantId: adult, type: 'COUNSELLING', heldOn: '2026-03-15' } }, as.mhpss);
  await run(`mutation($input: RecordMhpssGroupActivityInput!) { bossaso { recordMhpssGroupActivity(input: $input) { created } } }`,
    { input: { type: 'SUPPORT_GROUP', heldOn: '2026-03-16', facilitator: 'F', attendees: [{ migrantId: adult }, { migrantId: other }, { migrantId: child, attended: false }] } }, as.mhpss);
  await run(`mutation($input: RecordAwarenessSessionInput!) { bossaso { recordAwarenessSession(input: $input) { created } } }`,
    { input: { topic: 'SAFE_MIGRATION', place: 'Centre', heldOn: '2026-03-20', facilitator: 'F', attendance: { female: { age0To17: 2, age18To29: 5 }, male: { age18To29: 10, age30To59: 3 } } } });
  await run(`mutation($input: OpenUamCaseInput!) { bossaso { openUamCase(input: $input) { created } } }`, { input: { migrantId: child, separation: 'UNACCOMPANIED', openedOn: '2026-03-05' } }, as.protection);
  await run(`mutation($input: OpenTraffickingCaseInput!) { bossaso { openTraffickingCase(input: $input) { created } } }`, { input: {
    migrantId: other, screenedOn: '2026-03-06', actIndicators: ['RECRUITMENT'], meansIndicators: ['DECEPTION'], purposeIndicators: ['FORCED_LABOUR'],
    identification: { decision: round === 0 ? 'IDENTIFIED' : 'PENDING', ...(round === 0 ? { decidedOn: '2026-03-08', decidedBy: 'Officer' } : {}) },
  } }, as.protection);
}

beforeAll(async () => {
  site = await siteHarness();
  const add = `mutation($input: AddStockItemInput!) { bossaso { addStockItem(input: $input) { item { id } } } }`;
  const receive = `mutation($input: ReceiveStockInput!) { bossaso { receiveStock(input: $input) { created } } }`;
  const blanket = (await run(add, { input: { name: 'Blanket', category: 'NFI', unit: 'piece', lowStockThreshold: 10 } })).addStockItem.item.id;
  const kit = (await run(add, { input: { name: 'Hygiene kit', category: 'HYGIENE', unit: 'kit', lowStockThreshold: 5 } })).addStockItem.item.id;
  await run(receive, { input: { itemId: blanket, quantity: 100, source: 'UNHCR', receivedOn: '2026-03-01' } });
  await run(receive, { input: { itemId: kit, quantity: 8, source: 'UNICEF', receivedOn: '2026-03-01' } });
  await seed(0);
});
afterAll(() => site.close());

describe('service indicators of a centre', () => {
  it('counts the services delivered in a period, and the stock now, for a coordinator', async () => {
    const res = await site.exec(STATS, { from: '2026-03-01', to: '2026-03-31' }, viewerFor('coordinator'));
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities[0].stats.services).toEqual({
      medicalConsultations: 2, healthReferrals: 1, distributions: 2,
      itemsDistributed: [{ item: 'Blanket', unit: 'piece', quantity: 2, migrants: 1 }, { item: 'Hygiene kit', unit: 'kit', quantity: 2, migrants: 2 }],
      mhpssSessions: 1, mhpssGroupActivities: 1, mhpssGroupAttendance: 2,
      awarenessSessions: 1, awarenessAttendance: { total: 20, female: { age0To17: 2, age18To29: 5, total: 7 }, male: { age18To29: 10, age30To59: 3, total: 13 } },
      // One child, one victim: small cells, withheld from a viewer without cases:read.
      uamCasesOpened: null, traffickingScreenings: 1, traffickingVictimsIdentified: null,
      stockLevels: [{ item: 'Blanket', level: 97, lowStockThreshold: 10, isLow: false }, { item: 'Hygiene kit', level: 6, lowStockThreshold: 5, isLow: false }],
      itemsBelowThreshold: 0,
    });
  });

  it('gives the small counts exactly to the centre’s own staff, who may read the cases', async () => {
    const res = await site.exec(STATS, { from: '2026-03-01', to: '2026-03-31' }, as.caseworker);
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities[0].stats.services).toMatchObject({ uamCasesOpened: 1, traffickingScreenings: 1, traffickingVictimsIdentified: 1 });
  });

  it('counts everything when no period is given', async () => {
    const res = await site.exec(STATS, {}, viewerFor('coordinator'));
    expect(res.data!._entities[0].stats.services).toMatchObject({ medicalConsultations: 3, distributions: 3, itemsDistributed: [{ item: 'Blanket', quantity: 3 }, { item: 'Hygiene kit', quantity: 2 }] });
  });

  it('is computed in the database: the statement count does not grow with the records', async () => {
    const measure = async () => {
      const before = site.database.statements.count;
      const res = await site.exec(STATS, { from: '2026-03-01', to: '2026-03-31' }, viewerFor('coordinator'));
      expect(res.errors).toBeUndefined();
      return { statements: site.database.statements.count - before, services: res.data!._entities[0].stats.services };
    };
    // Each measured right after a write, so computed, not answered from the indicator cache.
    await seed(1);
    const once = await measure();
    await seed(2);
    const thrice = await measure();
    expect(thrice.services.medicalConsultations).toBe(6);
    expect(thrice.services.traffickingVictimsIdentified).toBeNull();
    expect(thrice.services.stockLevels).toContainEqual({ item: 'Hygiene kit', level: 2, lowStockThreshold: 5, isLow: true });
    expect(thrice.services.itemsBelowThreshold).toBe(1);
    expect(thrice.statements).toBe(once.statements);
    // The data version (the cache's check), the centre's figures and the services' indicators.
    expect(thrice.statements).toBeLessThanOrEqual(3);
  });
});
