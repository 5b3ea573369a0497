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
          childRegistrations
          registrationsWithoutDocuments
          registrationBreakdown {
            byNationality { nationality registrations suppressed }
            bySex { sex registrations suppressed }
            byAgeBand { ageBand registrations suppressed }
            byDestination { destination registrations suppressed }
          }
          vulnerabilities { riskFactors { factor migrants suppressed } byAssessment { assessment screenings suppressed } }
        }
      }
    }
  }
`;
/** Holds cases:read for the centre: sees every count exactly. */
const caseworker = viewerFor('caseworker', 'bossaso');
/** Indicators only: small cells are withheld. */
const coordinator = viewerFor('coordinator');
const indicators = async (from: string, to: string, viewer = caseworker) => {
  const res = await site.exec(STATS, { from, to }, viewer);
  expect(res.errors).toBeUndefined();
  return res.data!._entities[0].stats;
};
/** Rows as shown to a viewer who sees them (`suppressed: false`). */
const shown = <Row,>(...rows: Row[]) => rows.map((row) => ({ ...row, suppressed: false }));

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
      byNationality: shown({ nationality: 'ETH', registrations: 3 }, { nationality: 'SOM', registrations: 1 }, { nationality: 'YEM', registrations: 1 }),
      bySex: shown({ sex: 'FEMALE', registrations: 2 }, { sex: 'MALE', registrations: 3 }),
      // 18 today is an adult; a day short of 18 is a child; no date of birth is an unknown age.
      byAgeBand: shown(
        { ageBand: 'AGE_0_17', registrations: 1 },
        { ageBand: 'AGE_18_29', registrations: 1 },
        { ageBand: 'AGE_30_59', registrations: 1 },
        { ageBand: 'AGE_60_PLUS', registrations: 1 },
        { ageBand: null, registrations: 1 },
      ),
      byDestination: shown({ destination: 'SAU', registrations: 3 }, { destination: 'YEM', registrations: 1 }, { destination: null, registrations: 1 }),
    });
  });

  it('count only the period asked for, and nothing for an empty one', async () => {
    const y2020 = await indicators('2020-01-01', '2020-12-31');
    expect(y2020.registrationBreakdown).toEqual({
      byNationality: shown({ nationality: 'DJI', registrations: 1 }),
      bySex: shown({ sex: 'MALE', registrations: 1 }),
      byAgeBand: shown({ ageBand: 'AGE_18_29', registrations: 1 }),
      byDestination: shown({ destination: 'SAU', registrations: 1 }),
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
      riskFactors: shown({ factor: 'UNACCOMPANIED_CHILD', migrants: 2 }, { factor: 'VICTIM_OF_TRAFFICKING_INDICATORS', migrants: 1 }),
      byAssessment: shown({ assessment: 'LOW', screenings: 1 }, { assessment: 'MEDIUM', screenings: 1 }, { assessment: 'HIGH', screenings: 2 }),
    });
    expect((await indicators('2020-01-01', '2020-12-31')).vulnerabilities).toEqual({
      riskFactors: shown({ factor: 'MEDICAL_CONDITION', migrants: 1 }),
      byAssessment: shown({ assessment: 'HIGH', screenings: 1 }),
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
    // Each measured right after a write, so computed, not answered from the indicator cache.
    await seedRegistrations('More');
    const once = await measure();
    await seedRegistrations('Again');
    const thrice = await measure();
    expect(thrice.stats.registrationBreakdown.byNationality).toEqual(shown({ nationality: 'ETH', registrations: 9 }, { nationality: 'SOM', registrations: 3 }, { nationality: 'YEM', registrations: 3 }));
    expect(thrice.statements).toBe(once.statements);
    // The data version (the cache's check), then the caseload figures, the breakdowns and the vulnerabilities: one statement each.
    expect(thrice.statements).toBeLessThanOrEqual(4);
  });
});

describe('small-cell protection', () => {
  const withheld = (key: string, count: string) => [{ [key]: null, [count]: null, suppressed: true }];

  it('gives a coordinator no cell of a one-day period with one registration, and the caseworker every one', async () => {
    // The only registration and screening of 4 March 2019: a girl, trafficked.
    const alone = await register('Alone', { nationality: 'ERI', sex: 'FEMALE', estimatedAge: 16, intendedDestination: 'YEM' });
    await screen(alone, [risk('VICTIM_OF_TRAFFICKING_INDICATORS')], 'HIGH');
    await site.sql(`UPDATE migrant SET registered_at = '2019-03-04T10:00:00Z' WHERE id = ?`, [local(alone)]);
    await site.sql(`UPDATE vulnerability_screening SET screened_on = '2019-03-04' WHERE migrant_id = ?`, [local(alone)]);
    const day = await indicators('2019-03-04', '2019-03-04', coordinator);
    expect(day).toMatchObject({ registrations: 1, childRegistrations: null, registrationsWithoutDocuments: null });
    expect(day.registrationBreakdown).toEqual({
      byNationality: withheld('nationality', 'registrations'),
      bySex: withheld('sex', 'registrations'),
      byAgeBand: withheld('ageBand', 'registrations'),
      byDestination: withheld('destination', 'registrations'),
    });
    expect(day.vulnerabilities).toEqual({
      riskFactors: withheld('factor', 'migrants'),
      byAssessment: withheld('assessment', 'screenings'),
    });
    // cases:read opens the records anyway: the exact figures, for the centre's caseworker and for AVRR officers.
    for (const viewer of [caseworker, viewerFor('avrr-officer')]) {
      const exact = await indicators('2019-03-04', '2019-03-04', viewer);
      expect(exact).toMatchObject({ registrations: 1, childRegistrations: 1 });
      expect(exact.registrationBreakdown.byNationality).toEqual(shown({ nationality: 'ERI', registrations: 1 }));
      expect(exact.registrationBreakdown.byAgeBand).toEqual(shown({ ageBand: 'AGE_0_17', registrations: 1 }));
      expect(exact.vulnerabilities.riskFactors).toEqual(shown({ factor: 'VICTIM_OF_TRAFFICKING_INDICATORS', migrants: 1 }));
    }
  });

  it('leaves the cells at or above the threshold as they are, and merges the rest so subtraction recovers none', async () => {
    // Today: 15 registrations (ETH 9, SOM 3, YEM 3; 6 women, 9 men; 3 in each age band; SAU 9, YEM 3, none 3).
    const exact = await indicators(today, today);
    const stats = await indicators(today, today, coordinator);
    expect(stats.registrations).toBe(exact.registrations);
    expect(stats.registrationBreakdown).toEqual({
      byNationality: [...shown({ nationality: 'ETH', registrations: 9 }), ...withheld('nationality', 'registrations')],
      bySex: exact.registrationBreakdown.bySex,
      byAgeBand: withheld('ageBand', 'registrations'),
      byDestination: [...shown({ destination: 'SAU', registrations: 9 }), ...withheld('destination', 'registrations')],
    });
    // Two and one migrants per risk factor; four screenings in three assessments.
    expect(stats.vulnerabilities).toEqual({ riskFactors: withheld('factor', 'migrants'), byAssessment: withheld('assessment', 'screenings') });
  });
});
