import { suppressSmallCells, type StatsReader } from '@mpa/platform';
import type { AgeBand, Sex } from '../__generated__/resolvers.js';

/** A breakdown row: a key's registrations, or the row standing for the withheld small cells. */
type Cell<Shown> = (Shown & { registrations: number; suppressed: false }) | { [K in keyof Shown]: null } & { registrations: null; suppressed: true };

export interface RegistrationBreakdownRow {
  byNationality: Cell<{ nationality: string }>[];
  bySex: Cell<{ sex: Sex }>[];
  byAgeBand: Cell<{ ageBand: AgeBand | null }>[];
  byDestination: Cell<{ destination: string | null }>[];
}

/**
 * The period's registrations by nationality, sex, age band (age at registration) and intended
 * destination: one GROUP BY with four grouping sets, so one scan of the period whatever its size.
 * Unless `exact`, small cells are withheld (each list adds up to the period's registrations).
 */
export async function registrationBreakdown(stats: StatsReader, period: { from: string | null; to: string | null }, exact: boolean): Promise<RegistrationBreakdownRow> {
  const rows = await stats.query<{
    by: 'nationality' | 'sex' | 'age_band' | 'destination';
    nationality: string | null;
    sex: Sex | null;
    age_band: AgeBand | null;
    destination: string | null;
    registrations: number;
  }[]>(
    `WITH r AS (
       SELECT nationality, sex, intended_destination AS destination,
              -- Completed years (comparing intervals would count 17 years 11 months 30 days as 18).
              CASE WHEN date_of_birth IS NULL THEN NULL
                   WHEN years < 18 THEN 'AGE_0_17' WHEN years < 30 THEN 'AGE_18_29' WHEN years < 60 THEN 'AGE_30_59'
                   ELSE 'AGE_60_PLUS' END AS age_band
         FROM migrant, LATERAL (SELECT date_part('year', age(registered_at::date, date_of_birth)) AS years) a
        WHERE (?::date IS NULL OR registered_at >= ?::date)
          AND (?::date IS NULL OR registered_at < ?::date + 1)
     )
     SELECT CASE WHEN grouping(nationality) = 0 THEN 'nationality' WHEN grouping(sex) = 0 THEN 'sex'
                 WHEN grouping(age_band) = 0 THEN 'age_band' ELSE 'destination' END AS by,
            nationality, sex, age_band, destination, count(*)::int AS registrations
       FROM r
      GROUP BY GROUPING SETS ((nationality), (sex), (age_band), (destination))
      ORDER BY registrations DESC, nationality, sex, age_band NULLS LAST, destination NULLS LAST`,
    [period.from, period.from, period.to, period.to],
  );
  const of = (by: (typeof rows)[number]['by']) => rows.filter((row) => row.by === by);
  const protect = <Row extends { registrations: number }, Withheld>(cells: Row[], withheld: Withheld) =>
    suppressSmallCells(cells, (c) => c.registrations, { exact, additive: true, withheld: { ...withheld, registrations: null } });
  return {
    byNationality: protect(of('nationality').map((r) => ({ nationality: r.nationality!, registrations: r.registrations })), { nationality: null }),
    bySex: protect(of('sex').map((r) => ({ sex: r.sex!, registrations: r.registrations })).sort((a, b) => a.sex.localeCompare(b.sex)), { sex: null }),
    // The bands in their natural order (their codes sort that way), unknown age last.
    byAgeBand: protect(
      of('age_band')
        .map((r) => ({ ageBand: r.age_band, registrations: r.registrations }))
        .sort((a, b) => (a.ageBand === null ? 1 : b.ageBand === null ? -1 : a.ageBand < b.ageBand ? -1 : 1)),
      { ageBand: null },
    ),
    byDestination: protect(of('destination').map((r) => ({ destination: r.destination, registrations: r.registrations })), { destination: null }),
  };
}
