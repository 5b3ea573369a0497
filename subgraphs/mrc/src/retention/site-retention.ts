import type { EntityManager } from '@mikro-orm/postgresql';
import { ANONYMISED, applyRetention, markIfSet, type AnonymisationRule, type RetentionOptions, type RetentionPlan, type RetentionReport, type SiteConfig } from '@mpa/platform';

const OF_CASES = 'migrant_id = ANY(?::uuid[])';
const bump = { version: 'version + 1' };

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
      ...bump,
    },
  },
  { table: 'case_flag', where: OF_CASES, set: { message: ANONYMISED, ...bump }, audited: true },
  { table: 'consent', where: OF_CASES, set: { guardian_name: markIfSet('guardian_name'), withdrawal_reason: 'NULL', ...bump }, audited: true },
  {
    table: 'vulnerability_screening',
    where: OF_CASES,
    set: {
      note: 'NULL',
      factors: `(SELECT coalesce(jsonb_agg(jsonb_set(f, '{note}', 'null') ORDER BY n), '[]'::jsonb) FROM jsonb_array_elements(factors) WITH ORDINALITY AS e (f, n))`,
      ...bump,
    },
    audited: true,
  },
  { table: 'counselling_session', where: OF_CASES, set: { outcome: 'NULL', ...bump }, audited: true },
  { table: 'referral', where: OF_CASES, set: { note: 'NULL', status_reason: 'NULL', ...bump }, audited: true },
  { table: 'avr_outbox', where: OF_CASES, set: { last_error: 'NULL', ...bump }, audited: true },
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
      ...bump,
    },
    audited: true,
  },
  { table: 'distribution', where: OF_CASES, set: { notes: 'NULL' }, audited: true },
  {
    table: 'uam_case',
    where: OF_CASES,
    set: { bia_findings: 'NULL', bid_decision: 'NULL', bid_panel: 'NULL', guardian_name: 'NULL', guardian_contact: 'NULL', escort_needs: 'NULL', ...bump },
    audited: true,
  },
  {
    table: 'trafficking_case',
    where: OF_CASES,
    set: {
      purpose_other: 'NULL',
      screening_notes: 'NULL',
      assistance_plan: `(SELECT coalesce(jsonb_agg(jsonb_set(i, '{description}', '"[anonymised]"') ORDER BY n), '[]'::jsonb) FROM jsonb_array_elements(assistance_plan) WITH ORDINALITY AS e (i, n))`,
      ...bump,
    },
    audited: true,
  },
  { table: 'mhpss_session', where: OF_CASES, set: { notes: 'NULL', ...bump }, audited: true },
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
