import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer.js';

/** What happened to a record. Reads are logged for sensitive records (medical, protection, VoT, UAM). */
export type AuditAction = 'read' | 'create' | 'update' | 'delete' | 'override' | 'anonymise';

/** One changed field of a record: the change history of a case file is made of these. */
export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface AuditEntry {
  viewer: Viewer;
  action: AuditAction;
  /** The kind of record, in users' words (`Migrant`, `MedicalConsultation`, `AvrCase`). */
  entity: string;
  /** The record's global ID. */
  entityId: string;
  changes?: readonly FieldChange[];
  /** Why, when the action needs a reason (an override, a retention run). */
  reason?: string | null;
  /** Where the request came from (client address as the gateway saw it), when known. */
  origin?: string | null;
}

/**
 * The SQL every subgraph's migrations run to create its append-only audit log. A trigger refuses
 * UPDATE and DELETE, so not even a bug in the API can rewrite history.
 */
export const AUDIT_TABLE_SQL = [
  `CREATE TABLE audit_event (
     id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     at timestamptz NOT NULL DEFAULT clock_timestamp(),
     actor text NOT NULL,
     actor_name text NOT NULL,
     actor_site text,
     action text NOT NULL CHECK (action IN ('read', 'create', 'update', 'delete', 'override', 'anonymise')),
     entity text NOT NULL,
     entity_id text NOT NULL,
     changes jsonb,
     reason text,
     origin text
   )`,
  'CREATE INDEX audit_event_entity_idx ON audit_event (entity_id, at DESC)',
  'CREATE INDEX audit_event_actor_idx ON audit_event (actor, at DESC)',
  'CREATE INDEX audit_event_at_idx ON audit_event (at DESC, id DESC)',
  `CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN RAISE EXCEPTION 'audit_event is append-only'; END $$`,
  `CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
   FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`,
];

/** Appends to the audit log, in the caller's transaction when `em` is inside one. */
export async function recordAudit(em: EntityManager, entries: AuditEntry | readonly AuditEntry[]): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries as AuditEntry];
  if (!list.length) return;
  const values = list.map(() => '(?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)').join(', ');
  const params = list.flatMap((e) => [
    e.viewer.subject,
    e.viewer.name,
    e.viewer.site,
    e.action,
    e.entity,
    e.entityId,
    e.changes?.length ? JSON.stringify(e.changes) : null,
    e.reason ?? null,
    e.origin ?? e.viewer.origin ?? null,
  ]);
  await em.getConnection().execute(
    `INSERT INTO audit_event (actor, actor_name, actor_site, action, entity, entity_id, changes, reason, origin) VALUES ${values}`,
    params,
    'run',
    em.getTransactionContext(),
  );
}

/** The fields that differ between two versions of a record, for the change history. */
export function changedFields<T extends object>(before: T, after: Partial<T>, fields: readonly (keyof T & string)[]): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (!(field in after)) continue;
    const from = before[field];
    const to = after[field];
    if (JSON.stringify(from) !== JSON.stringify(to)) changes.push({ field, from: from ?? null, to: to ?? null });
  }
  return changes;
}
