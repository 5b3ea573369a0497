import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewerFor } from '@mpa/platform/testing';
import { REGISTER, siteHarness, validInput, type SiteHarness } from './harness.js';

let site: SiteHarness;
beforeAll(async () => {
  site = await siteHarness();
});
afterAll(() => site.close());

const CASE_FILE = /* GraphQL */ `
  query CaseFile($id: ID!) {
    _entities(representations: [{ __typename: "BossasoCentre", code: "bossaso" }]) {
      ... on BossasoCentre {
        migrant(id: $id) {
          id version fullName caseStatus
          ... on BossasoMigrant {
            alias languages document { type number } hasDocuments migrationReasons accompanied accompaniedBy phone
            caseOwner caseworkers riskLevel closedReason transferredTo isUnaccompaniedChild hasTraffickingIndicators
            flags { id message raisedBy resolvedAt version }
            history(first: 50) { edges { node { actor action changes { field from to } reason } } }
          }
        }
      }
    }
  }
`;

const UPDATE = /* GraphQL */ `
  mutation Update($input: UpdateMigrantInput!) {
    bossaso { updateMigrant(input: $input) { migrant { id version ... on BossasoMigrant { phone languages riskLevel caseworkers } } } }
  }
`;
const CLOSE = /* GraphQL */ `
  mutation Close($id: ID!, $v: Int!, $reason: String!) {
    bossaso { closeCase(id: $id, expectedVersion: $v, reason: $reason) { migrant { id version caseStatus ... on BossasoMigrant { closedReason } } } }
  }
`;

async function register(overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await site.exec(REGISTER, { input: validInput(overrides) });
  expect(res.errors).toBeUndefined();
  return res.data!.bossaso.registerMigrant.migrant.id;
}

async function caseFile(id: string) {
  const res = await site.exec(CASE_FILE, { id });
  expect(res.errors).toBeUndefined();
  return res.data!._entities[0].migrant;
}

describe('the case file', () => {
  it('records the profile told at registration: alias, languages, document, reasons, company, phone', async () => {
    const id = await register({
      givenName: 'Meron', familyName: 'Tadesse', alias: 'Mimi', languages: ['Amharic', ' Oromo ', 'Amharic'], hasDocuments: true,
      document: { type: 'NATIONAL_ID', number: 'ET-123' }, migrationReasons: ['ECONOMIC', 'FAMILY'], accompaniedBy: 'her cousin', phone: '+252 90 7123456',
    });
    const file = await caseFile(id);
    expect(file).toMatchObject({
      alias: 'Mimi', languages: ['Amharic', 'Oromo'], document: { type: 'NATIONAL_ID', number: 'ET-123' }, hasDocuments: true,
      migrationReasons: ['ECONOMIC', 'FAMILY'], accompanied: true, accompaniedBy: 'her cousin', phone: '+252 90 7123456',
      caseOwner: 'caseworker@bossaso', caseworkers: ['caseworker@bossaso'], riskLevel: null, isUnaccompaniedChild: false, flags: [],
    });
  });

  it('refuses a document with hasDocuments false and a malformed phone, naming both fields', async () => {
    const res = await site.exec(REGISTER, { input: validInput({ hasDocuments: false, document: { type: 'PASSPORT' }, phone: 'call me' }) });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.fields.map((f: { field: string }) => f.field)).toEqual(['input.document', 'input.phone']);
  });

  it('changes only the fields given, bumps the version and keeps who changed what in the history', async () => {
    const id = await register({ givenName: 'Hirut', familyName: 'Bekele' });
    const res = await site.exec(UPDATE, { input: { id, expectedVersion: 1, phone: '+252 61 5550000', languages: ['Tigrinya'], riskLevel: 'MEDIUM', caseworkers: ['caseworker@bossaso', 'protection@bossaso'] } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.bossaso.updateMigrant.migrant).toMatchObject({ version: 2, phone: '+252 61 5550000', languages: ['Tigrinya'], riskLevel: 'MEDIUM' });
    const file = await caseFile(id);
    expect(file.fullName).toBe('Hirut Bekele');
    const update = file.history.edges.map((e: any) => e.node).find((n: any) => n.action === 'update');
    expect(update.actor).toBe('caseworker@bossaso');
    expect(update.changes).toEqual(expect.arrayContaining([
      { field: 'phone', from: 'null', to: '"+252 61 5550000"' },
      { field: 'languages', from: '[]', to: '["Tigrinya"]' },
      { field: 'riskLevel', from: 'null', to: '"MEDIUM"' },
    ]));
    expect(update.changes).toHaveLength(4);
    expect(file.history.edges.at(-1).node.action).toBe('create');
  });

  it('refuses an edit made on a stale version with CONFLICT, and writes nothing', async () => {
    const id = await register({ givenName: 'Stale', familyName: 'Edit' });
    expect((await site.exec(UPDATE, { input: { id, expectedVersion: 1, phone: '+252 1111111' } })).errors).toBeUndefined();
    const stale = await site.exec(UPDATE, { input: { id, expectedVersion: 1, phone: '+252 2222222' } });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await caseFile(id)).phone).toBe('+252 1111111');
  });

  it('lets only one of two simultaneous edits of the same version win', async () => {
    const id = await register({ givenName: 'Race', familyName: 'Edit' });
    const results = await Promise.all(['+252 3333333', '+252 4444444'].map((phone) => site.exec(UPDATE, { input: { id, expectedVersion: 1, phone } })));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(1);
    expect((await caseFile(id)).version).toBe(2);
  });

  it('refuses invalid edits with every field named, and an ID of another centre', async () => {
    const id = await register({ givenName: 'Bad', familyName: 'Edit' });
    const bad = await site.exec(UPDATE, { input: { id, expectedVersion: 1, givenName: ' ', intendedDestination: 'Gulf', phone: 'x' } });
    expect(bad.errors?.[0]?.extensions?.fields.map((f: { field: string }) => f.field)).toEqual(['input.givenName', 'input.phone', 'input.intendedDestination']);
    const foreign = await site.exec(UPDATE, { input: { id: id.replace('bossaso:', 'hargeisa:'), expectedVersion: 1, phone: '+252 5555555' } });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await site.exec(UPDATE, { input: { id: 'bossaso:00000000-0000-4000-8000-000000000000', expectedVersion: 1, phone: '+252 5555555' } });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await caseFile(id)).version).toBe(1);
  });

  it('closes an open case with a reason, once', async () => {
    const id = await register({ givenName: 'Closing', familyName: 'Case' });
    const noReason = await site.exec(CLOSE, { id, v: 1, reason: ' ' });
    expect(noReason.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const closed = await site.exec(CLOSE, { id, v: 1, reason: 'Left the centre' });
    expect(closed.data!.bossaso.closeCase.migrant).toMatchObject({ caseStatus: 'CLOSED', closedReason: 'Left the centre', version: 2 });
    const again = await site.exec(CLOSE, { id, v: 2, reason: 'Again' });
    expect(again.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
  });

  it('is edited only by staff who may write case files', async () => {
    const id = await register({ givenName: 'Read', familyName: 'Only' });
    const medical = await site.exec(UPDATE, { input: { id, expectedVersion: 1, phone: '+252 6666666' } }, viewerFor('medical', 'bossaso'));
    expect(medical.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const other = await site.exec(CLOSE, { id, v: 1, reason: 'x' }, viewerFor('caseworker', 'hargeisa'));
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('flags on a case', () => {
  const RAISE = `mutation($input: RaiseFlagInput!) { bossaso { raiseFlag(input: $input) { created flag { id message raisedBy version resolvedAt } } } }`;
  const RESOLVE = `mutation($id: ID!, $v: Int!) { bossaso { resolveFlag(id: $id, expectedVersion: $v) { flag { resolvedBy resolvedAt version } } } }`;

  it('raises a flag once per idempotency key and resolves it, both in the history', async () => {
    const id = await register({ givenName: 'Flagged', familyName: 'Case' });
    const input = { migrantId: id, message: 'Needs an Oromo interpreter', idempotencyKey: 'flag-1' };
    const first = await site.exec(RAISE, { input });
    const again = await site.exec(RAISE, { input });
    expect(first.data!.bossaso.raiseFlag.created).toBe(true);
    expect(again.data!.bossaso.raiseFlag).toMatchObject({ created: false, flag: { id: first.data!.bossaso.raiseFlag.flag.id } });
    const flag = first.data!.bossaso.raiseFlag.flag;
    const resolved = await site.exec(RESOLVE, { id: flag.id, v: 1 });
    expect(resolved.data!.bossaso.resolveFlag.flag).toMatchObject({ resolvedBy: 'caseworker@bossaso', version: 2 });
    expect((await site.exec(RESOLVE, { id: flag.id, v: 1 })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await site.exec(RESOLVE, { id: flag.id, v: 2 })).errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    const file = await caseFile(id);
    expect(file.flags).toHaveLength(1);
    expect(file.history.edges.map((e: any) => e.node.changes?.[0]?.field)).toEqual(expect.arrayContaining(['flags']));
  });

  it('refuses an empty message and writes nothing', async () => {
    const id = await register({ givenName: 'Empty', familyName: 'Flag' });
    const res = await site.exec(RAISE, { input: { migrantId: id, message: '' } });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await caseFile(id)).flags).toEqual([]);
  });
});

describe('a page of case files', () => {
  const PAGE = `{ _entities(representations: [{ __typename: "BossasoCentre", code: "bossaso" }]) { ... on BossasoCentre { migrants(first: 100) { edges { node { id ... on BossasoMigrant { flags { message } } } } } } } }`;

  it('loads the flags of every migrant on the page in one statement', async () => {
    const count = async () => {
      const before = site.database.statements.count;
      const res = await site.exec(PAGE);
      expect(res.errors).toBeUndefined();
      return { statements: site.database.statements.count - before, rows: res.data!._entities[0].migrants.edges.length };
    };
    const small = await count();
    for (let i = 0; i < 15; i++) await register({ givenName: `Bulk${i}`, familyName: 'Person' });
    const large = await count();
    expect(large.rows).toBeGreaterThan(small.rows + 10);
    expect(large.statements).toBe(small.statements);
  });
});
