import { viewerFor } from '@mpa/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTER, siteHarness, validInput, type SiteHarness } from './harness.js';

let site: SiteHarness;
const today = new Date().toISOString().slice(0, 10);
/** The date `years` before today, plus `days`. */
const birthDate = (years: number, days = 0) => {
  const date = new Date(`${String(Number(today.slice(0, 4)) - years)}${today.slice(4)}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

const STATS = /* GraphQL */ `
  query Indicators($from: Date, $to: Date) {
    _entities(representations: [{ __typename: "BossasoCentre", code: "bossaso" }]) {
      ... on BossasoCentre {
        stats(from: $from, to: $to) {
          registrations
          registrationBreakdown {
            byNationality { nationality registrations }
            bySex { sex registrations }
            byAgeBand { ageBand registrations }
            byDestination { destination registrations }
          }
          vulnerabilities { riskFactors { factor migrants } byAssessment { assessment screenings } }
        }
      }
    }
  }
`;
const indicators = async (from: string, to: string) => {
  const res = await site.exec(STATS, { from, to }, viewerFor('coordinator'));
  expect(res.errors).toBeUndefined();
  return res.data!._entities[0].stats;
};

async function register(name: string, input: Record<string, unknown>): Promise<string> {
  const res = await site.exec(REGISTER, { input: validInput({ givenName: name, familyName: 'Counted', estimatedAge: undefined, ...input }) });
  expect(res.errors).toBeUndefined();
  return res.data!.bossaso.registerMigrant.migrant.id;
}
const local = (id: string) => id.split(':')[1];
const SCREEN = `mutation($input: RecordScreeningInput!) { bossaso { recordScreening(input: $input) { created } } }`;
const risk = (factor: string) => ({ level: 'INDIVIDUAL', factor, kind: 'RISK' });
async function screen(migrantId: string, factors: Record<string, string>[], assessment: string) {
  const res = await site.exec(SCREEN, { input: { migrantId, factors, assessment, needs: [] } });
  expect(res.errors).toBeUndefined();
}

/** Five registrations today, each in a different age band, and one in 2020. */
async function seedRegistrations(prefix: string) {
  const adult = await register(`${prefix}Adult`, { nationality: 'ETH', sex: 'MALE', dateOfBirth: birthDate(18), intendedDestination: 'SAU' });
  const child = await register(`${prefix}Child`, { nationality: 'ETH', sex: 'FEMALE', dateOfBirth: birthDate(18, 1), intendedDestination: 'SAU' });
  const middle = await register(`${prefix}Middle`, { nationality: 'ETH', sex: 'MALE', estimatedAge: 45, intendedDestination: 'YEM' });
  const older = await register(`${prefix}Older`, { nationality: 'SOM', sex: 'FEMALE', estimatedAge: 70 });
  const unknown = await register(`${prefix}Unknown`, { nationality: 'YEM', sex: 'MALE', estimatedAge: 22, intendedDestination: 'SAU' });
  const earlier = await register(`${prefix}Earlier`, { nationality: 'DJI', sex: 'MALE', estimatedAge: 30, intendedDestination: 'SAU' });
  // Records the API cannot write: an age nobody knows, a registration years ago.
  await site.sql('UPDATE migrant SET date_of_birth = NULL WHERE id = ?', [local(unknown)]);
  await site.sql(`UPDATE migrant SET registered_at = '2020-06-01T09:00:00Z' WHERE id = ?`, [local(earlier)]);
  return { adult, child, middle, older, earlier };
}

let seeded: Awaited<ReturnType<typeof seedRegistrations>>;
beforeAll(async () => {
  site = await siteHarness();
  seeded = await seedRegistrations('');
  const { adult, child, middle, earlier } = seeded;
  await screen(child, [risk('UNACCOMPANIED_CHILD'), { level: 'INDIVIDUAL', factor: 'GOOD_HEALTH', kind: 'PROTECTIVE' }], 'HIGH');
  await screen(child, [risk('UNACCOMPANIED_CHILD')], 'HIGH');
  await screen(adult, [risk('VICTIM_OF_TRAFFICKING_INDICATORS'), risk('UNACCOMPANIED_CHILD')], 'MEDIUM');
  await screen(middle, [{ level: 'INDIVIDUAL', factor: 'GOOD_HEALTH', kind: 'PROTECTIVE' }], 'LOW');
  await screen(earlier, [risk('MEDICAL_CONDITION')], 'HIGH');
  await site.sql(`UPDATE vulnerability_screening SET screened_on = '2020-06-02' WHERE migrant_id = ?`, [local(earlier)]);
});
afterAll(() => site.close());

describe('registration breakdowns', () => {
  it('split the period’s registrations by nationality, sex, age band at registration and destination', async () => {
    const stats = await indicators(today, today);
    expect(stats.registrations).toBe(5);
    expect(stats.registrationBreakdown).toEqual({
      byNationality: [{ nationality: 'ETH', registrations: 3 }, { nationality: 'SOM', registrations: 1 }, { nationality: 'YEM', registrations: 1 }],
      bySex: [{ sex: 'FEMALE', registrations: 2 }, { sex: 'MALE', registrations: 3 }],
      // 18 today is an adult; a day short of 18 is a child; no date of birth is an unknown age.
      byAgeBand: [
        { ageBand: 'AGE_0_17', registrations: 1 },
        { ageBand: 'AGE_18_29', registrations: 1 },
        { ageBand: 'AGE_30_59', registrations: 1 },
        { ageBand: 'AGE_60_PLUS', registrations: 1 },
        { ageBand: null, registrations: 1 },
      ],
      byDestination: [{ destination: 'SAU', registrations: 3 }, { destination: 'YEM', registrations: 1 }, { destination: null, registrations: 1 }],
    });
  });

  it('count only the period asked for, and nothing for an empty one', async () => {
    const y2020 = await indicators('2020-01-01', '2020-12-31');
    expect(y2020.registrationBreakdown).toEqual({
      byNationality: [{ nationality: 'DJI', registrations: 1 }],
      bySex: [{ sex: 'MALE', registrations: 1 }],
      byAgeBand: [{ ageBand: 'AGE_18_29', registrations: 1 }],
      byDestination: [{ destination: 'SAU', registrations: 1 }],
    });
    const empty = await indicators('2019-01-01', '2019-12-31');
    expect(empty.registrationBreakdown).toEqual({ byNationality: [], bySex: [], byAgeBand: [], byDestination: [] });
    expect(empty.vulnerabilities).toEqual({ riskFactors: [], byAssessment: [] });
  });
});

describe('vulnerabilities identified', () => {
  it('count distinct migrants per risk factor and screenings per assessment, protective factors aside', async () => {
    expect((await indicators(today, today)).vulnerabilities).toEqual({
      // The child screened twice counts once; the adult adds a second unaccompanied-child finding.
      riskFactors: [{ factor: 'UNACCOMPANIED_CHILD', migrants: 2 }, { factor: 'VICTIM_OF_TRAFFICKING_INDICATORS', migrants: 1 }],
      byAssessment: [{ assessment: 'LOW', screenings: 1 }, { assessment: 'MEDIUM', screenings: 1 }, { assessment: 'HIGH', screenings: 2 }],
    });
    expect((await indicators('2020-01-01', '2020-12-31')).vulnerabilities).toEqual({
      riskFactors: [{ factor: 'MEDICAL_CONDITION', migrants: 1 }],
      byAssessment: [{ assessment: 'HIGH', screenings: 1 }],
    });
  });
});

describe('the indicators', () => {
  it('refuse a caseworker of another centre and a period that ends before it starts', async () => {
    const other = await site.exec(STATS, { from: today, to: today }, viewerFor('caseworker', 'hargeisa'));
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const backwards = await site.exec(STATS, { from: today, to: '2020-01-01' }, viewerFor('coordinator'));
    expect(backwards.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('are computed in the database: the statement count does not grow with the records', async () => {
    const measure = async () => {
      const before = site.database.statements.count;
      const stats = await indicators(today, today);
      return { statements: site.database.statements.count - before, stats };
    };
    const once = await measure();
    await seedRegistrations('More');
    await seedRegistrations('Again');
    const thrice = await measure();
    expect(thrice.stats.registrationBreakdown.byNationality).toEqual([{ nationality: 'ETH', registrations: 9 }, { nationality: 'SOM', registrations: 3 }, { nationality: 'YEM', registrations: 3 }]);
    expect(thrice.statements).toBe(once.statements);
    // The caseload figures, the breakdowns and the vulnerabilities: one statement each.
    expect(thrice.statements).toBeLessThanOrEqual(3);
  });
});
