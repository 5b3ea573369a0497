import type { EntityManager } from '@mikro-orm/postgresql';
import { decodeCursor, pageSize, toConnection, type Connection } from '../graphql/pagination.js';

export interface AuditEventRow {
  id: string;
  at: Date;
  actor: string;
  actorName: string;
  actorSite: string | null;
  action: string;
  entity: string;
  entityId: string;
  changes: { field: string; from: unknown; to: unknown }[] | null;
  reason: string | null;
  origin: string | null;
}

export interface AuditFilter {
  entityId?: string | null;
  actor?: string | null;
  action?: string | null;
  from?: string | null;
  to?: string | null;
}

/** A page of the audit log, newest first. Read-only: the log has no mutation. */
export async function listAuditEvents(
  em: EntityManager,
  args: { first?: number | null; after?: string | null; filter?: AuditFilter | null },
): Promise<Connection<AuditEventRow>> {
  const size = pageSize(args.first);
  const after = decodeCursor(args.after, 1);
  const f = args.filter ?? {};
  const rows = await em.getConnection().execute<Record<string, unknown>[]>(
    `SELECT ${AUDIT_COLUMNS}
       FROM audit_event
      WHERE (?::text IS NULL OR entity_id = ?)
        AND (?::text IS NULL OR actor = ?)
        AND (?::text IS NULL OR action = ?)
        AND (?::date IS NULL OR at >= ?::date)
        AND (?::date IS NULL OR at < ?::date + 1)
        AND (?::bigint IS NULL OR id < ?)
      ORDER BY id DESC
      LIMIT ?`,
    [
      f.entityId ?? null, f.entityId ?? null, f.actor ?? null, f.actor ?? null, f.action ?? null, f.action ?? null,
      f.from ?? null, f.from ?? null, f.to ?? null, f.to ?? null, after?.[0] ?? null, after?.[0] ?? null, size + 1,
    ],
  );
  return toConnection(rows.map(auditEventFromRow), size, (e) => [Number(e.id)]);
}

/** The columns every audit query selects, in the order `auditEventFromRow` reads them. */
export const AUDIT_COLUMNS = 'id, at, actor, actor_name, actor_site, action, entity, entity_id, changes, reason, origin';

/** One `audit_event` row (selected with AUDIT_COLUMNS) as the GraphQL layer sees it. */
export function auditEventFromRow(r: Record<string, unknown>): AuditEventRow {
  return {
    id: String(r.id),
    // MikroORM's PostgreSQL driver hands raw queries timestamptz as text ('2026-12-01 20:14:05+00').
    at: r.at instanceof Date ? r.at : new Date(String(r.at)),
    actor: r.actor as string,
    actorName: r.actor_name as string,
    actorSite: (r.actor_site as string | null) ?? null,
    action: r.action as string,
    entity: r.entity as string,
    entityId: r.entity_id as string,
    changes: (r.changes as AuditEventRow['changes']) ?? null,
    reason: (r.reason as string | null) ?? null,
    origin: (r.origin as string | null) ?? null,
  };
}

/** Resolvers of the audit types every subgraph shares. */
export const auditResolvers = {
  FieldChange: {
    from: (change: { from: unknown }) => (change.from === undefined ? null : JSON.stringify(change.from)),
    to: (change: { to: unknown }) => (change.to === undefined ? null : JSON.stringify(change.to)),
  },
};
