import { seesSmallCells, type StatsReader, type Viewer } from '@mpa/platform';
import type { CentreRef } from '../centres/centre.js';
import { sustainabilityAverages } from './sustainability-averages.js';

export interface SustainabilityCentreRow {
  centre: CentreRef | null;
  surveys: number;
  returnees: number;
  /** The averages are withheld (null): too few surveys for a viewer without cases:read. */
  suppressed: boolean;
  economic: number | null;
  social: number | null;
  psychosocial: number | null;
  composite: number | null;
}

/**
 * Average sustainability scores by referring centre, one GROUP BY. The period was checked, and the
 * scope required, by `avrStats`; site staff get their own centre's row only. Averages over fewer
 * surveys than the small-cell threshold are withheld unless the viewer may read the cases.
 */
export async function sustainabilityByCentre(stats: StatsReader, viewer: Viewer, period: { from: string; to: string }): Promise<SustainabilityCentreRow[]> {
  const rows = await stats.query<{ centre_code: string | null; surveys: number; returnees: number; economic: string; social: string; psychosocial: string; composite: string }[]>(`
    SELECT c.centre_code, count(*)::int AS surveys, count(DISTINCT c.id)::int AS returnees,
           round(avg(s.economic_score), 4) AS economic, round(avg(s.social_score), 4) AS social,
           round(avg(s.psychosocial_score), 4) AS psychosocial, round(avg(s.composite_score), 4) AS composite
    FROM sustainability_survey s JOIN avr_case c ON c.id = s.case_id
    WHERE s.conducted_on BETWEEN ?::date AND ?::date AND (?::text IS NULL OR c.centre_code = ?)
    GROUP BY c.centre_code ORDER BY c.centre_code NULLS LAST`, [period.from, period.to, viewer.site, viewer.site]);
  const exact = seesSmallCells(viewer);
  return rows.map((r) => ({
    centre: r.centre_code === null ? null : { code: r.centre_code },
    surveys: r.surveys,
    returnees: r.returnees,
    ...sustainabilityAverages(r, exact),
  }));
}
