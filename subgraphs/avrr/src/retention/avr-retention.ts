import type { EntityManager } from '@mikro-orm/postgresql';
import { applyRetention, markIfSet, type AnonymisationRule, type RetentionOptions, type RetentionPlan, type RetentionReport } from '@mpa/platform';

const OF_CASES = 'case_id = ANY(?::uuid[])';
const bump = { version: 'version + 1' };
/** Client-chosen keys can carry who or what a request was about; a replay after years needs none. */
const unkeyed = { idempotency_key: 'NULL' };

/**
 * Every AVRR table holding something that identifies a returnee of a finished case, and what it
 * becomes. Kept: direction, statuses and their dates, centre, countries, support kinds and amounts,
 * plans' completion, survey scores; that is all `avrStats` reads.
 */
const AVR_RULES: readonly AnonymisationRule[] = [
  {
    table: 'avr_case',
    where: 'id = ANY(?::uuid[])',
    set: {
      // Printed on the returnee's forms: replaced by a unique marker.
      case_number: `'ANON-' || id`,
      // A return to Somalia must name its returnee (CHECK): the name becomes the marker.
      returnee_full_name: markIfSet('returnee_full_name'),
      returnee_date_of_birth: `CASE WHEN returnee_date_of_birth IS NULL THEN NULL ELSE make_date(date_part('year', returnee_date_of_birth)::int, 7, 1) END`,
      destination_community: 'NULL',
      best_interests_determination_ref: 'NULL',
      family_assessment: 'NULL',
      escort_name: 'NULL',
      hand_over_signed_by: markIfSet('hand_over_signed_by'),
      travel_document_number: 'NULL',
      anonymised_at: 'now()',
      ...unkeyed,
      ...bump,
    },
  },
  { table: 'avr_case_transition', where: OF_CASES, set: { note: 'NULL' } },
  { table: 'avr_support', where: OF_CASES, set: { description: 'NULL', document_number: 'NULL', ...unkeyed }, audited: true },
  { table: 'reintegration_plan', where: OF_CASES, set: { summary: 'NULL', ...unkeyed, ...bump }, audited: true },
  {
    table: 'reintegration_activity',
    where: 'plan_id IN (SELECT id FROM reintegration_plan WHERE case_id = ANY(?::uuid[]))',
    set: { description: 'NULL', ...unkeyed, ...bump },
    audited: true,
  },
  // Answers and scores are numbers the indicators read; only the key goes.
  { table: 'sustainability_survey', where: OF_CASES, set: unkeyed },
];

/** Cases in a final state whose last step was before the cutoff, not yet anonymised. */
const DUE_CASES = `SELECT c.id FROM avr_case c
  WHERE c.status IN ('CLOSED', 'WITHDRAWN', 'REJECTED', 'CANCELLED') AND c.anonymised_at IS NULL
    AND coalesce((SELECT max(t.at) FROM avr_case_transition t WHERE t.case_id = c.id), c.updated_at, c.opened_at) < ?
  ORDER BY c.opened_at, c.id`;

export const AVR_RETENTION_PLAN: RetentionPlan = { prefix: 'avrr', entity: 'AvrCase', dueCases: DUE_CASES, rules: AVR_RULES };

/** Anonymises the AVR case files past retention (or, in a dry run, counts what that would change). */
export function anonymiseClosedAvrCases(em: EntityManager, options: RetentionOptions): Promise<RetentionReport> {
  return applyRetention(em, AVR_RETENTION_PLAN, options);
}
