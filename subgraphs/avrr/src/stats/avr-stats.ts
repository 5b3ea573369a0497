import { badUserInput, forbidden, Scope, seesSmallCells, type StatsReader, type Viewer } from '@mpa/platform';
import type { AvrStatus, PlanCompletion, ReturnDirection } from '../__generated__/resolvers.js';
import { roundLabel } from '../sustainability/surveys.js';
import { sustainabilityAverages } from './sustainability-averages.js';

export interface AvrPipelineRow {
  status: AvrStatus;
  direction: ReturnDirection;
  centreCode: string | null;
  cases: number;
}

export interface AvrStatsRecord {
  from: string;
  to: string;
  pipeline: AvrPipelineRow[];
  departures: { month: string; destinationCountry: string; returnees: number }[];
  plansByCompletion: { completion: PlanCompletion; plans: number }[];
  /** Averages null (`suppressed`) over fewer surveys than the small-cell threshold, unless the viewer may read the cases. */
  sustainabilityByRound: ({ round: number; roundLabel: string; surveys: number } & ReturnType<typeof sustainabilityAverages>)[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The coordinators' AVR indicators, each one GROUP BY query. Site staff get their own centre's
 * figures only (returns to Somalia, which no centre referred, are left out for them).
 */
export async function avrStats(stats: StatsReader, viewer: Viewer, from: string, to: string): Promise<AvrStatsRecord> {
  if (!viewer.scopes.has(Scope.StatsRead) && !viewer.scopes.has(Scope.AvrRead)) throw forbidden('AVR indicators need the stats:read or avr:read scope.');
  const problems = [];
  if (!DATE.test(from)) problems.push({ field: 'from', message: 'must be a date' });
  if (!DATE.test(to)) problems.push({ field: 'to', message: 'must be a date' });
  else if (from > to) problems.push({ field: 'to', message: 'must not be before from' });
  else if (Date.parse(to) - Date.parse(from) > 3653 * 86_400_000) problems.push({ field: 'to', message: 'the period can be at most ten years' });
  if (problems.length) throw badUserInput(problems);
  // The period as half-open instants [from, to + 1 day), the site filter as a parameter (null = every centre).
  const site = viewer.site;
  const range = [from, to, site, site];
  const [pipeline, departures, plans, sustainability] = await Promise.all([
    stats.query<{ status: AvrStatus; direction: ReturnDirection; centre_code: string | null; cases: number }[]>(`
      SELECT status, direction, centre_code, count(*)::int AS cases FROM avr_case
      WHERE opened_at >= ?::date AND opened_at < ?::date + 1 AND (?::text IS NULL OR centre_code = ?)
      GROUP BY status, direction, centre_code ORDER BY centre_code NULLS LAST, status`, range),
    stats.query<{ month: string; destination_country: string; returnees: number }[]>(`
      SELECT to_char(t.at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, c.destination_country, count(DISTINCT c.id)::int AS returnees
      FROM avr_case_transition t JOIN avr_case c ON c.id = t.case_id
      WHERE t.to_status = 'DEPARTED' AND t.at >= ?::date AND t.at < ?::date + 1 AND (?::text IS NULL OR c.centre_code = ?)
      GROUP BY 1, 2 ORDER BY 1, 2`, range),
    stats.query<{ completion: PlanCompletion; plans: number }[]>(`
      SELECT completion, count(*)::int AS plans FROM (
        SELECT p.id, CASE
          WHEN count(a.id) FILTER (WHERE a.status <> 'CANCELLED') = 0 THEN 'NO_ACTIVITIES'
          WHEN count(a.id) FILTER (WHERE a.status = 'DELIVERED') = 0 THEN 'NOT_STARTED'
          WHEN count(a.id) FILTER (WHERE a.status = 'DELIVERED') = count(a.id) FILTER (WHERE a.status <> 'CANCELLED') THEN 'COMPLETED'
          ELSE 'IN_PROGRESS' END AS completion
        FROM reintegration_plan p JOIN avr_case c ON c.id = p.case_id LEFT JOIN reintegration_activity a ON a.plan_id = p.id
        WHERE p.created_at >= ?::date AND p.created_at < ?::date + 1 AND (?::text IS NULL OR c.centre_code = ?)
        GROUP BY p.id) plans
      GROUP BY completion ORDER BY completion`, range),
    stats.query<{ round: number; surveys: number; economic: string; social: string; psychosocial: string; composite: string }[]>(`
      SELECT s.round, count(*)::int AS surveys, round(avg(s.economic_score), 4) AS economic, round(avg(s.social_score), 4) AS social,
             round(avg(s.psychosocial_score), 4) AS psychosocial, round(avg(s.composite_score), 4) AS composite
      FROM sustainability_survey s JOIN avr_case c ON c.id = s.case_id
      WHERE s.conducted_on BETWEEN ?::date AND ?::date AND (?::text IS NULL OR c.centre_code = ?)
      GROUP BY s.round ORDER BY s.round`, range),
  ]);
  return {
    from,
    to,
    pipeline: pipeline.map((r) => ({ status: r.status, direction: r.direction, centreCode: r.centre_code, cases: r.cases })),
    departures: departures.map((r) => ({ month: r.month, destinationCountry: r.destination_country, returnees: r.returnees })),
    plansByCompletion: plans.map((p) => ({ ...p })),
    sustainabilityByRound: sustainability.map((r) => ({
      round: r.round, roundLabel: roundLabel(r.round), surveys: r.surveys, ...sustainabilityAverages(r, seesSmallCells(viewer)),
    })),
  };
}
