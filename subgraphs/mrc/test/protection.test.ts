import { viewerFor } from '@mpa/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteHarness, type SiteHarness } from './harness.js';
import { addMigrant, rowCount } from './assistance-fixtures.js';

let site: SiteHarness;
const officer = viewerFor('protection', 'bossaso');
const childBirth = `${new Date().getUTCFullYear() - 15}-01-01`;

const OPEN_UAM = /* GraphQL */ `
  mutation Open($input: OpenUamCaseInput!) {
    bossaso { openUamCase(input: $input) { created uamCase { id version separation familyTracingStatus escortNeeds openedBy { subject role }
      bestInterestsAssessment { assessedOn findings assessedBy } bestInterestsDetermination { decision decidedOn panel } guardian { name relationship contact appointedOn } migrant { id } } } }
  }
`;
const UPDATE_UAM = /* GraphQL */ `
  mutation Update($id: ID!, $v: Int!, $input: UpdateUamCaseInput!) {
    bossaso { updateUamCase(id: $id, expectedVersion: $v, input: $input) { uamCase { version familyTracingStatus guardian { name } history { action changes { field from to } } } } }
  }
`;
const OPEN_VOT = /* GraphQL */ `
  mutation Open($input: OpenTraffickingCaseInput!) {
    bossaso { openTraffickingCase(input: $input) { created traffickingCase { id version screenedOn actIndicators meansIndicators purposeIndicators purposeOther
      identification identifiedOn identifiedBy assistancePlan { description status dueOn } } } }
  }
`;
const UPDATE_VOT = /* GraphQL */ `
  mutation Update($id: ID!, $v: Int!, $input: UpdateTraffickingCaseInput!) {
    bossaso { updateTraffickingCase(id: $id, expectedVersion: $v, input: $input) { traffickingCase { version identification identifiedOn identifiedBy assistancePlan { description status } } } }
  }
`;
const MIGRANT_CASES = /* GraphQL */ `
  query Cases($reps: [_Any!]!) {
    _entities(representations: $reps) { ... on BossasoMigrant { id uamCase { id familyTracingStatus } traffickingCase { id identification } } }
  }
`;
const CASELOAD = /* GraphQL */ `
  query Caseload($first: Int, $after: String, $filter: ProtectionCaseFilter) {
    _entities(representations: [{ __typename: "BossasoCentre", code: "bossaso" }]) {
      ... on BossasoCentre { protectionCases(first: $first, after: $after, filter: $filter) {
        edges { node { __typename id openedOn migrant { id } ... on UamCase { familyTracingStatus } ... on TraffickingCase { identification } } }
        pageInfo { hasNextPage endCursor } } }
    }
  }
`;

beforeAll(async () => {
  site = await siteHarness();
});
afterAll(() => site.close());

describe('unaccompanied and separated children', () => {
  it('opens a child’s UAM case with assessment, determination and guardian, naming the officer', async () => {
    const child = await addMigrant(site, { dateOfBirth: childBirth });
    const res = await site.exec(OPEN_UAM, { input: {
      migrantId: child, separation: 'UNACCOMPANIED', familyTracingStatus: 'IN_PROGRESS', escortNeeds: 'Escort to Dire Dawa by a social worker',
      bestInterestsAssessment: { assessedOn: '2026-02-01', findings: 'Wishes to return to mother', assessedBy: 'H. Ali' },
      bestInterestsDetermination: { decision: 'Family reunification in Ethiopia', decidedOn: '2026-02-10', panel: 'IOM, UNICEF, MoWHRD' },
      guardian: { name: 'Fatuma Warsame', relationship: 'foster carer', contact: '+252 90 000 0000', appointedOn: '2026-02-02' },
    } }, officer);
    expect(res.errors).toBeUndefined();
    expect(res.data!.bossaso.openUamCase).toMatchObject({ created: true, uamCase: {
      version: 1, separation: 'UNACCOMPANIED', familyTracingStatus: 'IN_PROGRESS', migrant: { id: child }, openedBy: { subject: 'protection@bossaso', role: 'protection' },
      bestInterestsAssessment: { assessedBy: 'H. Ali' }, bestInterestsDetermination: { panel: 'IOM, UNICEF, MoWHRD' }, guardian: { name: 'Fatuma Warsame', appointedOn: '2026-02-02' },
    } });
  });

  it('refuses a UAM case for an adult, a second case for the same child, and bad input — writing nothing', async () => {
    const before = await rowCount(site, 'uam_case');
    const adult = await addMigrant(site, { dateOfBirth: '1990-01-01' });
    const res = await site.exec(OPEN_UAM, { input: { migrantId: adult, separation: 'SEPARATED', guardian: { name: ' ', relationship: 'uncle', appointedOn: '2999-01-01' } } }, officer);
    expect(res.errors?.[0]?.extensions?.fields.map((f: { field: string }) => f.field)).toEqual(['input.guardian.name', 'input.guardian.appointedOn', 'input.migrantId']);
    const child = await addMigrant(site, { dateOfBirth: childBirth });
    await site.exec(OPEN_UAM, { input: { migrantId: child, separation: 'SEPARATED' } }, officer);
    const again = await site.exec(OPEN_UAM, { input: { migrantId: child, separation: 'SEPARATED' } }, officer);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await rowCount(site, 'uam_case')).toBe(before + 1);
  });

  it('is opened and read only by protection staff of the centre', async () => {
    const child = await addMigrant(site, { dateOfBirth: childBirth });
    for (const viewer of [viewerFor('caseworker', 'bossaso'), viewerFor('government', 'bossaso'), viewerFor('medical', 'bossaso'), viewerFor('protection', 'hargeisa')]) {
      const write = await site.exec(OPEN_UAM, { input: { migrantId: child, separation: 'SEPARATED' } }, viewer);
      expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    await site.exec(OPEN_UAM, { input: { migrantId: child, separation: 'SEPARATED' } }, officer);
    const read = await site.exec(MIGRANT_CASES, { reps: [{ __typename: 'BossasoMigrant', id: child }] }, viewerFor('caseworker', 'bossaso'));
    expect(read.data!._entities[0]).toEqual({ id: child, uamCase: null, traffickingCase: null });
    expect(read.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });

  it('updates tracing and guardian at the version seen, keeps the history, refuses a stale version', async () => {
    const child = await addMigrant(site, { dateOfBirth: childBirth });
    const opened = (await site.exec(OPEN_UAM, { input: { migrantId: child, separation: 'UNACCOMPANIED', idempotencyKey: 'uam-1' } }, officer)).data!.bossaso.openUamCase.uamCase;
    const retried = await site.exec(OPEN_UAM, { input: { migrantId: child, separation: 'UNACCOMPANIED', idempotencyKey: 'uam-1' } }, officer);
    expect(retried.data!.bossaso.openUamCase).toMatchObject({ created: false, uamCase: { id: opened.id } });
    const res = await site.exec(UPDATE_UAM, { id: opened.id, v: 1, input: { familyTracingStatus: 'FAMILY_LOCATED', guardian: { name: 'Aunt Hawa', relationship: 'aunt', appointedOn: '2026-03-01' } } }, officer);
    expect(res.errors).toBeUndefined();
    const updated = res.data!.bossaso.updateUamCase.uamCase;
    expect(updated).toMatchObject({ version: 2, familyTracingStatus: 'FAMILY_LOCATED', guardian: { name: 'Aunt Hawa' } });
    expect(updated.history[1].changes).toContainEqual({ field: 'familyTracingStatus', from: '"NOT_STARTED"', to: '"FAMILY_LOCATED"' });
    const stale = await site.exec(UPDATE_UAM, { id: opened.id, v: 1, input: { familyTracingStatus: 'REUNIFIED' } }, officer);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});

describe('victims of trafficking', () => {
  it('records a screening with act, means and purpose indicators, a pending identification and an assistance plan', async () => {
    const migrant = await addMigrant(site, { sex: 'FEMALE' });
    const res = await site.exec(OPEN_VOT, { input: {
      migrantId: migrant, screenedOn: '2026-04-01', actIndicators: ['RECRUITMENT', 'TRANSPORT', 'RECRUITMENT'], meansIndicators: ['DECEPTION', 'PAYMENTS_OR_BENEFITS'],
      purposeIndicators: ['FORCED_LABOUR', 'OTHER'], purposeOther: 'Forced begging',
      assistancePlan: [{ description: 'Safe shelter', status: 'IN_PROGRESS' }, { description: 'Legal counselling', status: 'PLANNED', dueOn: '2026-04-15' }],
    } }, officer);
    expect(res.errors).toBeUndefined();
    expect(res.data!.bossaso.openTraffickingCase.traffickingCase).toMatchObject({
      version: 1, actIndicators: ['RECRUITMENT', 'TRANSPORT'], meansIndicators: ['DECEPTION', 'PAYMENTS_OR_BENEFITS'], purposeIndicators: ['FORCED_LABOUR', 'OTHER'],
      purposeOther: 'Forced begging', identification: 'PENDING', identifiedOn: null,
      assistancePlan: [{ description: 'Safe shelter', status: 'IN_PROGRESS', dueOn: null }, { description: 'Legal counselling', status: 'PLANNED', dueOn: '2026-04-15' }],
    });
    const id = res.data!.bossaso.openTraffickingCase.traffickingCase.id;
    const identified = await site.exec(UPDATE_VOT, { id, v: 1, input: {
      identification: { decision: 'IDENTIFIED', decidedOn: '2026-04-03', decidedBy: 'Protection officer A. Noor' },
      assistancePlan: [{ description: 'Safe shelter', status: 'DONE' }, { description: 'Legal counselling', status: 'IN_PROGRESS' }],
    } }, officer);
    expect(identified.errors).toBeUndefined();
    expect(identified.data!.bossaso.updateTraffickingCase.traffickingCase).toMatchObject({
      version: 2, identification: 'IDENTIFIED', identifiedOn: '2026-04-03', identifiedBy: 'Protection officer A. Noor', assistancePlan: [{ status: 'DONE' }, { status: 'IN_PROGRESS' }],
    });
    const stale = await site.exec(UPDATE_VOT, { id, v: 1, input: { screeningNotes: 'x' } }, officer);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('refuses an identification without date or decider, and OTHER without saying what — writing nothing', async () => {
    const before = await rowCount(site, 'trafficking_case');
    const migrant = await addMigrant(site);
    const res = await site.exec(OPEN_VOT, { input: {
      migrantId: migrant, actIndicators: [], meansIndicators: [], purposeIndicators: ['OTHER'], identification: { decision: 'IDENTIFIED' },
      assistancePlan: [{ description: '', status: 'PLANNED' }],
    } }, officer);
    expect(res.errors?.[0]?.extensions?.fields.map((f: { field: string }) => f.field)).toEqual([
      'input.identification.decidedOn', 'input.identification.decidedBy', 'input.assistancePlan.0.description', 'input.purposeOther',
    ]);
    expect(await rowCount(site, 'trafficking_case')).toBe(before);
    const forbidden = await site.exec(OPEN_VOT, { input: { migrantId: migrant, actIndicators: [], meansIndicators: [], purposeIndicators: [] } }, viewerFor('caseworker', 'bossaso'));
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the protection caseload', () => {
  it('lists UAM and VoT cases together, filtered and paged, and logs every case read', async () => {
    const list = await site.exec(CASELOAD, { first: 100 }, officer);
    expect(list.errors).toBeUndefined();
    const nodes = list.data!._entities[0].protectionCases.edges.map((e: any) => e.node);
    expect(new Set(nodes.map((n: any) => n.__typename))).toEqual(new Set(['UamCase', 'TraffickingCase']));
    const uamOnly = await site.exec(CASELOAD, { first: 100, filter: { familyTracingStatus: 'FAMILY_LOCATED' } }, officer);
    expect(uamOnly.data!._entities[0].protectionCases.edges.map((e: any) => e.node.familyTracingStatus)).toEqual(['FAMILY_LOCATED']);
    const identified = await site.exec(CASELOAD, { filter: { kind: 'VOT', identification: 'IDENTIFIED' } }, officer);
    expect(identified.data!._entities[0].protectionCases.edges).toHaveLength(1);

    const page1 = (await site.exec(CASELOAD, { first: 2 }, officer)).data!._entities[0].protectionCases;
    const page2 = (await site.exec(CASELOAD, { first: 100, after: page1.pageInfo.endCursor }, officer)).data!._entities[0].protectionCases;
    expect([...page1.edges, ...page2.edges].map((e: any) => e.node.id)).toEqual(nodes.map((n: any) => n.id));

    const vot = nodes.find((n: any) => n.__typename === 'TraffickingCase');
    const reads = await site.sql<{ actor: string }>(`SELECT actor FROM audit_event WHERE entity_id = ? AND action = 'read'`, [vot.id]);
    expect(reads.length).toBeGreaterThanOrEqual(2);
    expect(reads[0]).toEqual({ actor: 'protection@bossaso' });
    const refused = await site.exec(CASELOAD, {}, viewerFor('caseworker', 'bossaso'));
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('reads the cases of many migrants in a constant number of SQL statements', async () => {
    const children: string[] = [];
    for (let i = 0; i < 10; i++) {
      const child = await addMigrant(site, { dateOfBirth: childBirth });
      children.push(child);
      await site.exec(OPEN_UAM, { input: { migrantId: child, separation: 'SEPARATED' } }, officer);
    }
    const measure = async (ids: string[]) => {
      const before = site.database.statements.count;
      const res = await site.exec(MIGRANT_CASES, { reps: ids.map((id) => ({ __typename: 'BossasoMigrant', id })) }, officer);
      expect(res.data!._entities.every((m: any) => m.uamCase !== null)).toBe(true);
      return site.database.statements.count - before;
    };
    const for2 = await measure(children.slice(0, 2));
    const for10 = await measure(children);
    expect(for10).toBe(for2);
    const caseload = async (first: number) => {
      const before = site.database.statements.count;
      await site.exec(CASELOAD, { first }, officer);
      return site.database.statements.count - before;
    };
    // One page query, one per kind for the records, one per kind for the read log, one for the migrants.
    expect(await caseload(2)).toBeLessThanOrEqual(6);
    expect(await caseload(100)).toBe(6);
  });
});
