import type { EntityManager } from '@mikro-orm/postgresql';
import { AUDIT_COLUMNS, auditEventFromRow, decodeCursor, encodeCursor, pageSize, toConnection, type AuditEventRow, type Connection, type Viewer } from '@mpa/platform';
import DataLoader from 'dataloader';

/** Who delivered a service, as stored on every service record (token subject, name and role). */
export interface Provider {
  deliveredBy: string;
  deliveredByName: string;
  deliveredByRole: string | null;
}

/** The provider columns for a record made by `viewer`; government partner staff are named as such. */
export function providerOf(viewer: Viewer): Provider {
  const role = viewer.roles.includes('government') ? 'government' : (viewer.roles[0] ?? null);
  return { deliveredBy: viewer.subject, deliveredByName: viewer.name, deliveredByRole: role };
}

/** The GraphQL `ServiceProvider` of a stored record. */
export function serviceProvider(record: Provider): { subject: string; name: string; role: string | null } {
  return { subject: record.deliveredBy, name: record.deliveredByName, role: record.deliveredByRole };
}

/** Whether an input object carries a field at all (absent: unchanged; null: cleared). */
export function has<T extends object>(input: T, field: keyof T): boolean {
  return Object.hasOwn(input, field) && input[field] !== undefined;
}

/** One page of a parent's child list, as asked by a nested field. */
export interface ChildPageKey {
  parentId: string;
  first?: number | null;
  after?: string | null;
}

/**
 * Pages of child lists for many parents at once (e.g. the consultations of every migrant in a list):
 * one SQL statement per distinct (page size, cursor), however many parents ask. `fetch` returns at most
 * `size + 1` rows per parent, ordered by the list's sort key, after the keyset `after` when given.
 */
export function childPageLoader<Row>(
  fetch: (parentIds: string[], size: number, after: (string | number)[] | null) => Promise<Row[]>,
  parentOf: (row: Row) => string,
  keyOf: (row: Row) => (string | number)[],
  arity = 2,
): DataLoader<ChildPageKey, Connection<Row>, string> {
  return new DataLoader<ChildPageKey, Connection<Row>, string>(
    async (keys) => {
      const groups = new Map<string, { size: number; after: (string | number)[] | null; parents: string[] }>();
      // A bad page argument fails only the field that sent it, not the whole batch.
      const checked = keys.map((key) => {
        try {
          const size = pageSize(key.first);
          const after = decodeCursor(key.after, arity);
          const group = `${size}|${key.after ?? ''}`;
          const entry = groups.get(group) ?? { size, after, parents: [] };
          entry.parents.push(key.parentId);
          groups.set(group, entry);
          return { group, size };
        } catch (err) {
          return err as Error;
        }
      });
      const rowsByGroup = new Map<string, Map<string, Row[]>>();
      for (const [group, { size, after, parents }] of groups) {
        const rows = await fetch([...new Set(parents)], size, after);
        const byParent = new Map<string, Row[]>();
        for (const row of rows) {
          const list = byParent.get(parentOf(row)) ?? [];
          list.push(row);
          byParent.set(parentOf(row), list);
        }
        rowsByGroup.set(group, byParent);
      }
      return keys.map((key, i) => {
        const page = checked[i]!;
        if (page instanceof Error) return page;
        return toConnection(rowsByGroup.get(page.group)?.get(key.parentId) ?? [], page.size, keyOf);
      });
    },
    { cacheKeyFn: (key) => `${key.parentId}|${key.first ?? ''}|${key.after ?? ''}` },
  );
}

/** Re-exported so areas build cursors the same way. */
export { encodeCursor };

/** The change history (create and update events) of records, oldest first, for many records in one statement. */
export function historyLoader(em: EntityManager): DataLoader<string, AuditEventRow[]> {
  return new DataLoader(async (entityIds) => {
    const rows = await em.getConnection().execute<Record<string, unknown>[]>(
      `SELECT ${AUDIT_COLUMNS} FROM audit_event WHERE entity_id IN (?) AND action <> 'read' ORDER BY id`,
      [[...entityIds]],
    );
    const byId = new Map<string, AuditEventRow[]>();
    for (const r of rows) {
      const event = auditEventFromRow(r);
      const list = byId.get(event.entityId) ?? [];
      list.push(event);
      byId.set(event.entityId, list);
    }
    return entityIds.map((id) => byId.get(id) ?? []);
  });
}
