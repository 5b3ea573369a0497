import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewerFor } from '@mpa/platform/testing';
import { REGISTER, siteHarness, validInput, type SiteHarness } from './harness.js';

let site: SiteHarness;
beforeAll(async () => {
  site = await siteHarness();
});
afterAll(() => site.close());

async function migrantCount(): Promise<number> {
  const [row] = await site.sql<{ n: string }>('SELECT count(*) AS n FROM migrant');
  return Number(row!.n);
}

describe('registering a migrant', () => {
  it('records the case file and returns a site-prefixed ID and case number', async () => {
    const res = await site.exec(REGISTER, {
      input: validInput({ givenName: '  Tigist ', familyName: 'Alemu', sex: 'FEMALE', estimatedAge: undefined, dateOfBirth: '2001-03-04', intendedDestination: 'SAU' }),
    });
    expect(res.errors).toBeUndefined();
    const { created, migrant } = res.data!.bossaso.registerMigrant;
    expect(created).toBe(true);
    expect(migrant.id).toMatch(/^bossaso:[0-9a-f-]{36}$/);
    expect(migrant.registrationNumber).toMatch(/^BOS-\d{4}-\d{6}$/);
    expect(migrant).toMatchObject({ fullName: 'Tigist Alemu', sex: 'FEMALE', dateOfBirth: '2001-03-04', dateOfBirthEstimated: false, caseStatus: 'OPEN', version: 1 });
    expect(migrant.arrivalDate).toBe(new Date().toISOString().slice(0, 10));
    const [stored] = await site.sql<{ given_name: string; intended_destination: string }>('SELECT given_name, intended_destination FROM migrant WHERE id = ?', [migrant.id.split(':')[1]]);
    expect(stored).toEqual({ given_name: 'Tigist', intended_destination: 'SAU' });
  });

  it('estimates the date of birth from a stated age and marks it as estimated', async () => {
    const res = await site.exec(REGISTER, { input: validInput({ estimatedAge: 17, arrivalDate: '2025-06-10' }) });
    const { migrant } = res.data!.bossaso.registerMigrant;
    expect(migrant.dateOfBirth).toBe('2008-06-10');
    expect(migrant.dateOfBirthEstimated).toBe(true);
  });

  it('refuses bad input with BAD_USER_INPUT naming every field, and writes nothing', async () => {
    const before = await migrantCount();
    const res = await site.exec(REGISTER, {
      input: validInput({ givenName: ' ', nationality: 'XXX', intendedDestination: 'Saudi', estimatedAge: 300, arrivalDate: '2001-01-01' }),
    });
    expect(res.data).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.fields.map((f: { field: string }) => f.field)).toEqual([
      'input.givenName', 'input.nationality', 'input.intendedDestination', 'input.arrivalDate', 'input.estimatedAge',
    ]);
    expect(await migrantCount()).toBe(before);
  });

  it('refuses impossible and future dates of birth, and both a date and an age', async () => {
    const before = await migrantCount();
    for (const input of [
      validInput({ estimatedAge: undefined, dateOfBirth: '2999-01-01' }),
      validInput({ estimatedAge: undefined, dateOfBirth: '1850-01-01' }),
      validInput({ estimatedAge: undefined }),
      validInput({ dateOfBirth: '2000-01-01' }),
    ]) {
      const res = await site.exec(REGISTER, { input });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const wrongType = await site.exec(REGISTER, { input: validInput({ dateOfBirth: '2026-02-30', estimatedAge: undefined }) });
    expect(wrongType.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await migrantCount()).toBe(before);
  });

  it('stores names with quotes and scripts verbatim, as data', async () => {
    const res = await site.exec(REGISTER, { input: validInput({ givenName: `O'Brien"; DROP TABLE migrant;--`, familyName: '<script>alert(1)</script>' }) });
    expect(res.data!.bossaso.registerMigrant.migrant.fullName).toBe(`O'Brien"; DROP TABLE migrant;-- <script>alert(1)</script>`);
  });

  it('makes one record when a retried request repeats its idempotency key', async () => {
    const before = await migrantCount();
    const input = validInput({ idempotencyKey: 'tablet-7:reg-0001' });
    const first = await site.exec(REGISTER, { input });
    const again = await site.exec(REGISTER, { input });
    expect(first.data!.bossaso.registerMigrant.created).toBe(true);
    expect(again.data!.bossaso.registerMigrant).toMatchObject({ created: false, migrant: { id: first.data!.bossaso.registerMigrant.migrant.id } });
    const concurrent = await Promise.all([1, 2, 3].map(() => site.exec(REGISTER, { input: validInput({ idempotencyKey: 'tablet-7:reg-0002' }) })));
    expect(new Set(concurrent.map((r) => r.data!.bossaso.registerMigrant.migrant.id)).size).toBe(1);
    expect(await migrantCount()).toBe(before + 2);
  });
});

describe('the audit log', () => {
  const AUDIT = `{ _entities(representations: [{ __typename: "BossasoCentre", code: "bossaso" }]) { ... on BossasoCentre { auditEvents(first: 100) { edges { node { actor action entity entityId } } } } } }`;

  it('records who registered each migrant, readable by administrators only', async () => {
    const res = await site.exec(REGISTER, { input: validInput({ givenName: 'Audited' }) });
    const id = res.data!.bossaso.registerMigrant.migrant.id;
    const log = await site.exec(AUDIT, undefined, viewerFor('admin'));
    const events = log.data!._entities[0].auditEvents.edges.map((e: any) => e.node);
    expect(events).toContainEqual({ actor: 'caseworker@bossaso', action: 'create', entity: 'Migrant', entityId: id });
    const refused = await site.exec(AUDIT);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('cannot be rewritten, even in the database', async () => {
    await expect(site.sql(`UPDATE audit_event SET actor = 'someone-else'`)).rejects.toThrow(/append-only/);
    await expect(site.sql('DELETE FROM audit_event')).rejects.toThrow(/append-only/);
  });
});
