import type { EntityManager } from '@mikro-orm/postgresql';
import { ANONYMISED, applyRetention, markIfSet, type AnonymisationRule, type RetentionOptions, type RetentionPlan, type RetentionReport, type SiteConfig } from '@mpa/platform';

const OF_CASES = 'migrant_id = ANY(?::uuid[])';
const bump = { version: 'version + 1' };
/** Client-chosen keys can carry who or what a request was about; a replay after years needs none. */
const unkeyed = { idempotency_key: 'NULL' };

/**
 * Group activities whose every attendee is anonymised by now, with at least one of them in this
 * batch: the notes speak of the group, so they go once the last attendee's case does (an open
 * attendee's case still needs them). An activity with no attendees names no case and stays.
 * Independent of the order of the rules (batch attendees count as anonymised), so the dry run,
 * the audit redaction and the update pick the same rows.
 */
const OF_GROUP_ACTIVITIES = `id IN (SELECT a.activity_id FROM (SELECT ?::uuid[] AS due) d
  JOIN mhpss_attendance a ON a.activity_id IN (SELECT b.activity_id FROM mhpss_attendance b WHERE b.migrant_id = ANY(d.due))
  JOIN migrant m ON m.id = a.migrant_id
  GROUP BY a.activity_id
  HAVING bool_and(m.anonymised_at IS NOT NULL OR a.migrant_id = ANY(d.due)))`;

/**
 * Every table of a centre's database holding something that identifies a migrant of a closed case,
 * and what it becomes. Kept: sex, nationality, region, dates, statuses, kinds of service, needs and
 * risk factors, counts; that is all the indicators (`stats`) read.
 */
const SITE_RULES: readonly AnonymisationRule[] = [
  {
    table: 'migrant',
    where: 'id = ANY(?::uuid[])',
    set: {
      // Printed on the migrant's own papers, and searchable: replaced by a unique marker.
      registration_number: `'ANON-' || id`,
      given_name: `'Anonymised'`,
      family_name: `''`,
      alias: 'NULL',
      phone: 'NULL',
      document_number: 'NULL',
      accompanied_by: 'NULL',
      closed_reason: 'NULL',
      // The age at registration is what the indicators use: the date of birth becomes the middle of
      // that year of age, so every age band and child count stays as it was.
      date_of_birth: `CASE WHEN date_of_birth IS NULL THEN NULL ELSE
        (registered_at::date - make_interval(years => date_part('year', age(registered_at::date, date_of_birth))::int) - interval '6 months')::date END`,
      date_of_birth_estimated: `date_of_birth IS NOT NULL OR date_of_birth_estimated`,
      anonymised_at: 'now()',
      ...unkeyed,
      ...bump,
    },
  },
  { table: 'case_flag', where: OF_CASES, set: { message: ANONYMISED, ...unkeyed, ...bump }, audited: true },
  { table: 'consent', where: OF_CASES, set: { guardian_name: markIfSet('guardian_name'), withdrawal_reason: 'NULL', ...unkeyed, ...bump }, audited: true },
  {
    table: 'vulnerability_screening',
    where: OF_CASES,
    set: {
      note: 'NULL',
      factors: `(SELECT coalesce(jsonb_agg(jsonb_set(f, '{note}', 'null') ORDER BY n), '[]'::jsonb) FROM jsonb_array_elements(factors) WITH ORDINALITY AS e (f, n))`,
      ...unkeyed,
      ...bump,
    },
    audited: true,
  },
  { table: 'counselling_session', where: OF_CASES, set: { outcome: 'NULL', ...unkeyed, ...bump }, audited: true },
  { table: 'referral', where: OF_CASES, set: { note: 'NULL', status_reason: 'NULL', ...unkeyed, ...bump }, audited: true },
  { table: 'avr_outbox', where: OF_CASES, set: { last_error: 'NULL', ...unkeyed, ...bump }, audited: true },
  {
    table: 'medical_consultation',
    where: OF_CASES,
    set: {
      presenting_complaint: ANONYMISED,
      observations: 'NULL',
      treatment_given: 'NULL',
      medication: 'NULL',
      referral_reason: markIfSet('referral_reason'),
      follow_up_notes: 'NULL',
      ...unkeyed,
      ...bump,
    },
    audited: true,
  },
  { table: 'distribution', where: OF_CASES, set: { notes: 'NULL', ...unkeyed }, audited: true },
  // Stock movements keep item, quantity and date (the stock ledger); the key is the distribution's.
  { table: 'stock_movement', where: OF_CASES, set: unkeyed },
  {
    table: 'uam_case',
    where: OF_CASES,
    set: { bia_findings: 'NULL', bid_decision: 'NULL', bid_panel: 'NULL', guardian_name: 'NULL', guardian_contact: 'NULL', escort_needs: 'NULL', ...unkeyed, ...bump },
    audited: true,
  },
  {
    table: 'trafficking_case',
    where: OF_CASES,
    set: {
      purpose_other: 'NULL',
      screening_notes: 'NULL',
      assistance_plan: `(SELECT coalesce(jsonb_agg(jsonb_set(i, '{description}', '"[anonymised]"') ORDER BY n), '[]'::jsonb) FROM jsonb_array_elements(assistance_plan) WITH ORDINALITY AS e (i, n))`,
      ...unkeyed,
      ...bump,
    },
    audited: true,
  },
  { table: 'mhpss_session', where: OF_CASES, set: { notes: 'NULL', ...unkeyed, ...bump }, audited: true },
  { table: 'mhpss_group_activity', where: OF_GROUP_ACTIVITIES, set: { notes: 'NULL', ...unkeyed, ...bump }, audited: true },
];

/**
 * Closed or transferred cases closed before the cutoff, not yet anonymised. A case closed without a
 * date (older records, transfers) counts from its registration, the last date known for sure.
 */
const DUE_CASES = `SELECT id FROM migrant WHERE case_status IN ('CLOSED', 'TRANSFERRED') AND coalesce(closed_at, registered_at) < ? AND anonymised_at IS NULL
  ORDER BY coalesce(closed_at, registered_at), id`;

export function siteRetentionPlan(site: SiteConfig): RetentionPlan {
  return { prefix: site.code, entity: 'Migrant', dueCases: DUE_CASES, rules: SITE_RULES };
}

/** Anonymises a centre's cases past retention (or, in a dry run, counts what that would change). */
export function anonymiseClosedCases(em: EntityManager, site: SiteConfig, options: RetentionOptions): Promise<RetentionReport> {
  return applyRetention(em, siteRetentionPlan(site), options);
}
