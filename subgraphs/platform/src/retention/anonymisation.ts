import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { recordAudit } from '../audit/audit.js';
import type { Viewer } from '../auth/viewer.js';
import { globalId } from '../graphql/ids.js';

/**
 * How one table's rows of an anonymised case are rewritten: which rows (`where`, with one `?` for
 * the case IDs as a PostgreSQL uuid array) and what each identifying column becomes. Columns the
 * indicators count (sex, nationality, dates, statuses, service kinds) are simply not listed.
 */
export interface AnonymisationRule {
  table: string;
  /** Rows belonging to the cases, e.g. `migrant_id = ANY(?::uuid[])`. */
  where: string;
  /** Column → SQL expression (evaluated on the old row). */
  set: Readonly<Record<string, string>>;
  /** Whether the global IDs of these rows appear in the audit log (their changes are redacted too). */
  audited?: boolean;
}

/** What one subgraph anonymises: its cases past retention, and the rules for every table holding their data. */
export interface RetentionPlan {
  /** The subgraph's ID prefix (`bossaso`, `avrr`). */
  prefix: string;
  /** The case record, in users' words (`Migrant`, `AvrCase`), as its audit entries name it. */
  entity: string;
  /**
   * Local IDs of cases closed before the cutoff and not yet anonymised (`?` is the cutoff instant),
   * oldest first.
   */
  dueCases: string;
  /** The case table's own rule comes first; it also marks the case anonymised (`anonymised_at`). */
  rules: readonly AnonymisationRule[];
}

export interface RetentionOptions {
  /** Cases closed before this instant are anonymised. */
  closedBefore: Date;
  /** Report what would change; write nothing. */
  dryRun: boolean;
  /** Cases per transaction. */
  batchSize?: number;
}

export interface RetentionReport {
  cases: number;
  /** Rows changed (or, in a dry run, that would be) per table, including `audit_event`. */
  rows: Record<string, number>;
}

/** The retention job's own identity in the audit log. */
export const RETENTION_VIEWER: Viewer = { subject: 'system:retention', name: 'Retention job', roles: [], scopes: new Set(), site: null };

/**
 * The SQL expression every identifying free-text column becomes when it must stay non-null
 * (NOT NULL or CHECK constraints); nullable ones become NULL.
 */
export const ANONYMISED = `'[anonymised]'`;

/**
 * The refusal of a write to a case the retention job anonymised: what is entered now would stay,
 * since the job only picks cases not yet anonymised.
 */
export function caseAnonymised(id: string): GraphQLError {
  return new GraphQLError(`Case ${id} was anonymised under the retention policy and can no longer be changed or added to.`, { extensions: { code: 'CASE_ANONYMISED', id } });
}

/** `column` replaced by the marker where it held something, NULL staying NULL. */
export const markIfSet = (column: string) => `CASE WHEN ${column} IS NULL THEN NULL ELSE ${ANONYMISED} END`;

/**
 * Anonymises the cases `plan` finds due, in batches, each batch in one transaction: the tables'
 * identifying columns, the old and new values in their audit entries (only the retention job may,
 * see the migration's trigger), and one `anonymise` audit entry per case. A dry run counts only.
 */
export async function applyRetention(em: EntityManager, plan: RetentionPlan, options: RetentionOptions): Promise<RetentionReport> {
  const report: RetentionReport = { cases: 0, rows: Object.fromEntries([...plan.rules.map((r) => [r.table, 0]), ['audit_event', 0]]) };
  const conn = em.getConnection();
  const batchSize = options.batchSize ?? 500;
  if (options.dryRun) {
    const due = (await conn.execute<{ id: string }[]>(plan.dueCases, [options.closedBefore])).map((r) => r.id);
    await countInto(em, plan, due, report);
    return report;
  }
  for (;;) {
    const done = await em.transactional(async (tx) => {
      const txConn = tx.getConnection();
      const ctx = tx.getTransactionContext();
      const due = (await txConn.execute<{ id: string }[]>(`${plan.dueCases} LIMIT ${batchSize} FOR UPDATE SKIP LOCKED`, [options.closedBefore], 'all', ctx)).map((r) => r.id);
      if (!due.length) return true;
      const ids = uuidArray(due);
      const auditIds = await auditedIds(tx, plan, due);
      // Lets this transaction, and only it, blank audit values (the trigger checks the setting and the shape of the change).
      await txConn.execute(`SELECT set_config('mpa.retention', 'anonymise', true)`, [], 'run', ctx);
      const redacted = await txConn.execute<{ n: number }[]>(
        `WITH r AS (UPDATE audit_event SET changes = audit_event_redacted(changes), reason = ${markIfSet('reason')}
                     WHERE entity_id = ANY(?::text[]) AND (changes IS NOT NULL OR reason IS NOT NULL) RETURNING 1)
         SELECT count(*)::int AS n FROM r`,
        [textArray(auditIds)], 'all', ctx);
      report.rows.audit_event = (report.rows.audit_event ?? 0) + (redacted[0]?.n ?? 0);
      for (const rule of plan.rules) {
        const assignments = Object.entries(rule.set).map(([column, value]) => `${column} = ${value}`).join(', ');
        const changed = await txConn.execute<{ n: number }[]>(
          `WITH r AS (UPDATE ${rule.table} SET ${assignments} WHERE ${rule.where} RETURNING 1) SELECT count(*)::int AS n FROM r`, [ids], 'all', ctx);
        report.rows[rule.table] = (report.rows[rule.table] ?? 0) + (changed[0]?.n ?? 0);
      }
      await recordAudit(tx, due.map((id) => ({
        viewer: RETENTION_VIEWER,
        action: 'anonymise' as const,
        entity: plan.entity,
        entityId: globalId(plan.prefix, id),
        changes: plan.rules.flatMap((rule) => Object.keys(rule.set).filter((c) => c !== 'anonymised_at' && c !== 'version').map((c) => ({ field: `${rule.table}.${c}`, from: null, to: null }))),
        reason: `Retention: case closed before ${options.closedBefore.toISOString().slice(0, 10)}`,
      })));
      report.cases += due.length;
      return due.length < batchSize;
    });
    if (done) return report;
  }
}

async function countInto(em: EntityManager, plan: RetentionPlan, due: readonly string[], report: RetentionReport): Promise<void> {
  report.cases = due.length;
  if (!due.length) return;
  const conn = em.getConnection();
  const ids = uuidArray(due);
  for (const rule of plan.rules) {
    const [row] = await conn.execute<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${rule.table} WHERE ${rule.where}`, [ids]);
    report.rows[rule.table] = row?.n ?? 0;
  }
  const [audit] = await conn.execute<{ n: number }[]>(
    'SELECT count(*)::int AS n FROM audit_event WHERE entity_id = ANY(?::text[]) AND (changes IS NOT NULL OR reason IS NOT NULL)',
    [textArray(await auditedIds(em, plan, due))],
  );
  report.rows.audit_event = audit?.n ?? 0;
}

/** The global IDs under which the cases and their audited records appear in the audit log. */
async function auditedIds(em: EntityManager, plan: RetentionPlan, due: readonly string[]): Promise<string[]> {
  const ids = uuidArray(due);
  const audited = plan.rules.filter((r, i) => i > 0 && r.audited);
  const local = [...due];
  for (const rule of audited) {
    const rows = await em.getConnection().execute<{ id: string }[]>(`SELECT id FROM ${rule.table} WHERE ${rule.where}`, [ids], 'all', em.getTransactionContext());
    local.push(...rows.map((r) => r.id));
  }
  return local.map((id) => globalId(plan.prefix, id));
}

// Arrays travel as PostgreSQL array literals: the query builder would expand a JS array into a list.
// The values are UUIDs and global IDs from the database itself (no quotes or commas).
const uuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`;
const textArray = (ids: readonly string[]) => `{${ids.map((id) => `"${id}"`).join(',')}}`;
