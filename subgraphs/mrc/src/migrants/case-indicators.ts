import { suppressSmallCells, withholdSmallCount, type StatsReader } from '@mpa/platform';
import type { AssistanceNeed, ReferralStatus } from '../__generated__/resolvers.js';

export interface CaseManagementIndicatorsRow {
  screenings: number;
  /** Null: a small cell withheld from the viewer. */
  unaccompaniedChildrenIdentified: number | null;
  /** Null: a small cell withheld from the viewer. */
  traffickingIndicatorsIdentified: number | null;
  needsIdentified: ({ need: AssistanceNeed; migrants: number; suppressed: false } | { need: null; migrants: null; suppressed: true })[];
  counsellingSessions: number;
  referralsByStatus: { status: ReferralStatus; count: number }[];
  avrRequests: number;
  avrRequestsDelivered: number;
  closedCases: number;
  transferredCases: number;
}

/**
 * Case management indicators for a period, computed in SQL (one statement). Unless `exact`, the
 * small counts of children, victims and needs are withheld (needs overlap: no total to subtract from).
 */
export async function caseManagementIndicators(stats: StatsReader, period: { from: string | null; to: string | null }, exact: boolean): Promise<CaseManagementIndicatorsRow> {
  const inPeriod = (column: string) => `(?::date IS NULL OR ${column} >= ?::date) AND (?::date IS NULL OR ${column} < ?::date + 1)`;
  const p = [period.from, period.from, period.to, period.to];
  const [row] = await stats.query<Record<string, unknown>[]>(
    // Distinct migrants counted as DISTINCT rows, then grouped: hashed, where count(DISTINCT) sorts (14 → 9 ms a year at Bossaso).
    `WITH s AS (SELECT migrant_id, factors, needs FROM vulnerability_screening WHERE ${inPeriod('screened_on')})
     SELECT
       (SELECT count(*) FROM s) AS screenings,
       (SELECT count(DISTINCT migrant_id) FROM s WHERE factors @> '[{"factor": "UNACCOMPANIED_CHILD", "kind": "RISK"}]') AS uam,
       (SELECT count(DISTINCT migrant_id) FROM s WHERE factors @> '[{"factor": "VICTIM_OF_TRAFFICKING_INDICATORS", "kind": "RISK"}]') AS vot,
       (SELECT coalesce(json_agg(json_build_object('need', need, 'migrants', n) ORDER BY need), '[]')
          FROM (SELECT need, count(*) AS n FROM (SELECT DISTINCT need, migrant_id FROM s, unnest(s.needs) AS need) d GROUP BY need) x) AS needs,
       (SELECT count(*) FROM counselling_session WHERE ${inPeriod('held_on')}) AS counselling,
       (SELECT coalesce(json_agg(json_build_object('status', status, 'count', n) ORDER BY status), '[]')
          FROM (SELECT status, count(*) AS n FROM referral WHERE ${inPeriod('requested_at')} GROUP BY status) y) AS referrals,
       (SELECT count(*) FROM avr_outbox WHERE ${inPeriod('requested_at')}) AS avr,
       (SELECT count(*) FROM avr_outbox WHERE status = 'DELIVERED' AND ${inPeriod('requested_at')}) AS avr_delivered,
       (SELECT count(*) FROM migrant WHERE case_status = 'CLOSED' AND ${inPeriod('closed_at')}) AS closed,
       (SELECT count(*) FROM migrant WHERE case_status = 'TRANSFERRED' AND ${inPeriod('closed_at')}) AS transferred`,
    [...p, ...p, ...p, ...p, ...p, ...p, ...p],
  );
  const num = (key: string) => Number(row?.[key] ?? 0);
  const list = <T>(key: string): T[] => (row?.[key] as T[] | undefined) ?? [];
  return {
    screenings: num('screenings'),
    unaccompaniedChildrenIdentified: withholdSmallCount(num('uam'), exact),
    traffickingIndicatorsIdentified: withholdSmallCount(num('vot'), exact),
    needsIdentified: suppressSmallCells(
      list<{ need: AssistanceNeed; migrants: number }>('needs').map((n) => ({ need: n.need, migrants: Number(n.migrants) })),
      (n) => n.migrants,
      { exact, additive: false, withheld: { need: null, migrants: null } },
    ),
    counsellingSessions: num('counselling'),
    referralsByStatus: list<{ status: ReferralStatus; count: number }>('referrals').map((r) => ({ status: r.status, count: Number(r.count) })),
    avrRequests: num('avr'),
    avrRequestsDelivered: num('avr_delivered'),
    closedCases: num('closed'),
    transferredCases: num('transferred'),
  };
}
