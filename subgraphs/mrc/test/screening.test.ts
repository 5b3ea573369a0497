import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewerFor } from '@mpa/platform/testing';
import { REGISTER, siteHarness, validInput, type SiteHarness } from './harness.js';

let site: SiteHarness;
beforeAll(async () => {
  site = await siteHarness();
});
afterAll(() => site.close());

const SCREEN = /* GraphQL */ `
  mutation Screen($input: RecordScreeningInput!) {
    bossaso {
      recordScreening(input: $input) {
        created
        screening { id screenedBy assessment needs factors { level factor kind note } }
        migrant { id version ... on BossasoMigrant { riskLevel isUnaccompaniedChild hasTraffickingIndicators } }
      }
    }
  }
`;
const COUNSEL = /* GraphQL */ `
  mutation Counsel($input: RecordCounsellingInput!) {
    bossaso { recordCounselling(input: $input) { created session { id heldOn topics outcome followUpOn counsellor } } }
  }
`;
const FILE = /* GraphQL */ `
  query File($id: ID!) {
    _entities(representations: [{ __typename: "BossasoCentre", code: "bossaso" }]) {
      ... on BossasoCentre { migrant(id: $id) { ... on BossasoMigrant {
        screenings(first: 10) { edges { node { assessment needs } } }
        counsellingSessions(first: 10) { edges { node { topics counsellor } } }
      } } }
    }
  }
`;

async function register(overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await site.exec(REGISTER, { input: validInput(overrides) });
  return res.data!.bossaso.registerMigrant.migrant.id;
}

const debt = { level: 'HOUSEHOLD_FAMILY', factor: 'DEBT', kind: 'RISK', note: 'Owes smugglers' };
const family = { level: 'HOUSEHOLD_FAMILY', factor: 'FAMILY_SUPPORT', kind: 'PROTECTIVE' };

describe('vulnerability screening', () => {
  it('records risk and protective factors at their levels, the assessment and the needs', async () => {
    const id = await register({ givenName: 'Screened', familyName: 'Adult' });
    const res = await site.exec(SCREEN, { input: { migrantId: id, factors: [debt, family], assessment: 'MEDIUM', needs: ['SHELTER', 'NFI'], idempotencyKey: 's-1' } });
    expect(res.errors).toBeUndefined();
    const { screening, migrant, created } = res.data!.bossaso.recordScreening;
    expect(created).toBe(true);
    expect(screening).toMatchObject({ screenedBy: 'caseworker@bossaso', assessment: 'MEDIUM', needs: ['SHELTER', 'NFI'] });
    expect(screening.factors).toEqual([{ ...debt }, { ...family, note: null }]);
    expect(migrant).toMatchObject({ riskLevel: null, isUnaccompaniedChild: false, hasTraffickingIndicators: false, version: 1 });
    const again = await site.exec(SCREEN, { input: { migrantId: id, factors: [debt], assessment: 'LOW', needs: [], idempotencyKey: 's-1' } });
    expect(again.data!.bossaso.recordScreening).toMatchObject({ created: false, screening: { id: screening.id, assessment: 'MEDIUM' } });
  });

  it('marks an unaccompanied child for the protection team and raises the risk to HIGH', async () => {
    const id = await register({ givenName: 'Alone', familyName: 'Child', estimatedAge: 15 });
    const res = await site.exec(SCREEN, {
      input: { migrantId: id, factors: [{ level: 'INDIVIDUAL', factor: 'UNACCOMPANIED_CHILD', kind: 'RISK' }], assessment: 'HIGH', needs: ['PROTECTION', 'FAMILY_TRACING'] },
    });
    expect(res.data!.bossaso.recordScreening.migrant).toMatchObject({ riskLevel: 'HIGH', isUnaccompaniedChild: true, hasTraffickingIndicators: false, version: 2 });
    const [audit] = await site.sql<{ changes: { field: string }[]; reason: string }>(`SELECT changes, reason FROM audit_event WHERE entity = 'Migrant' AND action = 'update' AND entity_id = ?`, [id]);
    expect(audit!.changes.map((c) => c.field).sort()).toEqual(['isUnaccompaniedChild', 'riskLevel']);
  });

  it('marks trafficking indicators, and logs every read of that screening', async () => {
    const id = await register({ givenName: 'Trafficked', familyName: 'Person' });
    await site.exec(SCREEN, { input: { migrantId: id, factors: [{ level: 'INDIVIDUAL', factor: 'VICTIM_OF_TRAFFICKING_INDICATORS', kind: 'RISK' }], assessment: 'HIGH', needs: ['PROTECTION'] } });
    const file = await site.exec(FILE, { id }, viewerFor('protection', 'bossaso'));
    expect(file.data!._entities[0].migrant.screenings.edges).toHaveLength(1);
    const reads = await site.sql<{ actor: string }>(`SELECT actor FROM audit_event WHERE entity = 'VulnerabilityScreening' AND action = 'read'`);
    expect(reads).toEqual([{ actor: 'protection@bossaso' }]);
  });

  it('logs every read of a screening recording a medical condition, disability, mental health, pregnancy or violence, and only those', async () => {
    const id = await register({ givenName: 'Sensitive', familyName: 'Screenings' });
    const screen = async (factor: string) => (await site.exec(SCREEN, { input: { migrantId: id, factors: [{ level: 'INDIVIDUAL', factor, kind: 'RISK' }], assessment: 'MEDIUM', needs: [] } }))
      .data!.bossaso.recordScreening.screening.id as string;
    const sensitive: string[] = [];
    for (const factor of ['MEDICAL_CONDITION', 'DISABILITY', 'MENTAL_HEALTH_CONDITION', 'PREGNANCY', 'SURVIVOR_OF_VIOLENCE']) sensitive.push(await screen(factor));
    const plain = await screen('OLDER_PERSON');
    const debtOnly = (await site.exec(SCREEN, { input: { migrantId: id, factors: [debt], assessment: 'LOW', needs: [] } })).data!.bossaso.recordScreening.screening.id as string;
    const file = await site.exec(FILE, { id }, viewerFor('caseworker', 'bossaso'));
    expect(file.data!._entities[0].migrant.screenings.edges).toHaveLength(7);
    const reads = await site.sql<{ entity_id: string; actor: string }>(
      `SELECT entity_id, actor FROM audit_event WHERE entity = 'VulnerabilityScreening' AND action = 'read' AND entity_id = ANY(?::text[]) ORDER BY entity_id`,
      [`{${[...sensitive, plain, debtOnly].join(',')}}`]);
    expect(reads).toEqual([...sensitive].sort().map((entity_id) => ({ entity_id, actor: 'caseworker@bossaso' })));
  });

  it('refuses a factor at the wrong level, a factor twice and a future date, naming each, and writes nothing', async () => {
    const id = await register({ givenName: 'Wrong', familyName: 'Level' });
    const res = await site.exec(SCREEN, {
      input: { migrantId: id, screenedOn: '2999-01-01', factors: [{ level: 'STRUCTURAL', factor: 'PREGNANCY', kind: 'RISK' }, debt, debt], assessment: 'LOW', needs: [] },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.fields.map((f: any) => f.field)).toEqual(['input.screenedOn', 'input.factors.0.factor', 'input.factors.2.factor']);
    const [row] = await site.sql<{ n: string }>('SELECT count(*) AS n FROM vulnerability_screening WHERE migrant_id = ?', [id.split(':')[1]]);
    expect(row!.n).toBe('0');
  });

  it('is recorded only by staff who may write case files, at their own centre', async () => {
    const id = await register({ givenName: 'Forbidden', familyName: 'Screen' });
    const input = { migrantId: id, factors: [debt], assessment: 'LOW', needs: [] };
    expect((await site.exec(SCREEN, { input }, viewerFor('medical', 'bossaso'))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await site.exec(SCREEN, { input }, viewerFor('caseworker', 'hargeisa'))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('counselling', () => {
  it('records a session with its topics, outcome and follow-up, by the counsellor who held it', async () => {
    const id = await register({ givenName: 'Counselled', familyName: 'Migrant' });
    const res = await site.exec(COUNSEL, {
      input: { migrantId: id, topics: ['RISKS_OF_IRREGULAR_MIGRATION', 'AVR'], outcome: 'Considering return', followUpOn: '2999-01-01', idempotencyKey: 'k-1' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.bossaso.recordCounselling).toMatchObject({
      created: true, session: { topics: ['RISKS_OF_IRREGULAR_MIGRATION', 'AVR'], outcome: 'Considering return', followUpOn: '2999-01-01', counsellor: 'caseworker@bossaso' },
    });
    const file = await site.exec(FILE, { id });
    expect(file.data!._entities[0].migrant.counsellingSessions.edges).toEqual([{ node: { topics: ['RISKS_OF_IRREGULAR_MIGRATION', 'AVR'], counsellor: 'caseworker@bossaso' } }]);
  });

  it('refuses a session without topics or with a follow-up before it', async () => {
    const id = await register({ givenName: 'No', familyName: 'Topics' });
    const res = await site.exec(COUNSEL, { input: { migrantId: id, topics: [], heldOn: '2026-01-10', followUpOn: '2026-01-01' } });
    expect(res.errors?.[0]?.extensions?.fields.map((f: any) => f.field)).toEqual(['input.topics', 'input.followUpOn']);
  });
});

describe('screenings and sessions of a page of migrants', () => {
  const PAGE = `{ _entities(representations: [{ __typename: "BossasoCentre", code: "bossaso" }]) { ... on BossasoCentre { migrants(first: 100) { edges { node { ... on BossasoMigrant {
    screenings(first: 5) { edges { node { assessment } } } counsellingSessions(first: 5) { edges { node { topics } } } } } } } } } }`;

  it('are loaded in a fixed number of statements however many migrants the page holds', async () => {
    const measure = async () => {
      const before = site.database.statements.count;
      const res = await site.exec(PAGE);
      expect(res.errors).toBeUndefined();
      return site.database.statements.count - before;
    };
    const small = await measure();
    for (let i = 0; i < 10; i++) {
      const id = await register({ givenName: `Many${i}`, familyName: 'Screened' });
      await site.exec(SCREEN, { input: { migrantId: id, factors: [debt], assessment: 'LOW', needs: [] } });
      await site.exec(COUNSEL, { input: { migrantId: id, topics: ['OPTIONS'] } });
    }
    expect(await measure()).toBe(small);
  });
});
