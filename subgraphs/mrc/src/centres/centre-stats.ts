import { InputCheck, withholdSmallPart, type StatsReader } from '@mpa/platform';

/** The indicators of one centre for a period, computed in SQL. */
export interface CentreStatsRow {
  openCases: number;
  registrations: number;
  /** Null: withheld, the children or the adults being a small cell (`withholdSmallPart`). */
  childRegistrations: number | null;
  /** Null: withheld, those with or without documents being a small cell. */
  registrationsWithoutDocuments: number | null;
  /** The period asked for, for the indicators other service areas add (`extend type CentreStats`). */
  period: { from: string | null; to: string | null };
  /** Whether the viewer sees small cells exactly (`seesSmallCells`); otherwise they are withheld. */
  exact: boolean;
}

export async function centreStats(stats: StatsReader, from: string | null | undefined, to: string | null | undefined, exact: boolean): Promise<CentreStatsRow> {
  const check = new InputCheck('');
  if (from && to && from > to) check.fail('to', 'must not be before from');
  check.done();
  const [row] = await stats.query<{ open_cases: string; registrations: string; children: string; undocumented: string }[]>(
    `WITH period AS (
       SELECT * FROM migrant
        WHERE (?::date IS NULL OR registered_at >= ?::date)
          AND (?::date IS NULL OR registered_at < ?::date + 1)
     )
     SELECT (SELECT count(*) FROM migrant WHERE case_status = 'OPEN') AS open_cases,
            count(*) AS registrations,
            count(*) FILTER (WHERE date_of_birth > registered_at::date - interval '18 years') AS children,
            count(*) FILTER (WHERE NOT has_documents) AS undocumented
       FROM period`,
    [from ?? null, from ?? null, to ?? null, to ?? null],
  );
  const registrations = Number(row?.registrations ?? 0);
  return {
    openCases: Number(row?.open_cases ?? 0),
    registrations,
    childRegistrations: withholdSmallPart(Number(row?.children ?? 0), registrations, exact),
    registrationsWithoutDocuments: withholdSmallPart(Number(row?.undocumented ?? 0), registrations, exact),
    period: { from: from ?? null, to: to ?? null },
    exact,
  };
}
