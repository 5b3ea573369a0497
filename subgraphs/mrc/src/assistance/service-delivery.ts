import type { EntityKey, EntitySchema } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AUDIT_COLUMNS, auditEventFromRow, badUserInput, decodeCursor, encodeCursor, pageSize, toConnection, type AuditEventRow, type Connection, type Viewer } from '@mpa/platform';
import DataLoader from 'dataloader';
import { plainRows, selectFrom } from '../migrants/plain-rows.js';

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

/** The sort key of a child list: a date or an ISO timestamp (newest first), then the row's UUID. */
export type ChildSortKey = [string, string];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A real calendar date (`2026-02-30` is not) or an instant exactly as `toISOString` writes it. */
function isSortValue(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const date = new Date(value.length === 10 ? `${value}T00:00:00.000Z` : value);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, value.length === 10 ? 10 : undefined) === value;
}

/** A cursor this kind of list produced; anything else is the client's error, never a failed SQL cast. */
function decodeSortKey(cursor: string | null | undefined): ChildSortKey | null {
  const key = decodeCursor(cursor, 2);
  if (key && !(isSortValue(key[0]) && typeof key[1] === 'string' && UUID.test(key[1]))) {
    throw badUserInput([{ field: 'after', message: 'is not a cursor this list produced' }]);
  }
  return key as ChildSortKey | null;
}

/**
 * Pages of child lists for many parents at once (e.g. the consultations of every migrant in a list):
 * one SQL statement per distinct (page size, cursor), however many parents ask. `fetch` returns at most
 * `size + 1` rows per parent, ordered by the list's sort key, after the keyset `after` when given.
 */
export function childPageLoader<Row>(
  fetch: (parentIds: string[], size: number, after: ChildSortKey | null) => Promise<Row[]>,
  parentOf: (row: Row) => string,
  keyOf: (row: Row) => ChildSortKey,
): DataLoader<ChildPageKey, Connection<Row>, string> {
  return new DataLoader<ChildPageKey, Connection<Row>, string>(
    async (keys) => {
      const groups = new Map<string, { size: number; after: ChildSortKey | null; parents: string[] }>();
      // A bad page argument fails only the field that sent it, not the whole batch.
      const checked = keys.map((key) => {
        try {
          const size = pageSize(key.first);
          const after = decodeSortKey(key.after);
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

/**
 * Pages of a migrant's records, newest first by `sortedBy` (a date or timestamp property) then id,
 * for every migrant of a request in one statement per distinct page: only `first + 1` rows per migrant
 * leave the database, as plain records (see plain-rows.ts). `onRows` sees the rows the pages return, not
 * the look-ahead row that only tells whether there is a next page (read audits log what was shown).
 */
export function migrantPageLoader<T extends { id: string; migrantId: string }>(
  em: EntityManager,
  entity: EntitySchema<T>,
  sortedBy: keyof T & string,
  onRows?: (rows: T[]) => Promise<void>,
): DataLoader<ChildPageKey, Connection<T>, string> {
  const sql = pageStatements(em, entity, sortedBy);
  const sortValue = (row: T): string => {
    const value = row[sortedBy] as unknown;
    return value instanceof Date ? value.toISOString() : String(value);
  };
  return childPageLoader(
    async (migrantIds, size, after) => {
      const rows = await plainRows(em, entity, after ? sql.after : sql.first, after ? [migrantIds, after[0], after[1], size + 1] : [migrantIds, size + 1]);
      if (onRows) {
        // Rows come per migrant in page order: each migrant's first `size` are its page.
        const seen = new Map<string, number>();
        await onRows(rows.filter((row) => {
          const n = (seen.get(row.migrantId) ?? 0) + 1;
          seen.set(row.migrantId, n);
          return n <= size;
        }));
      }
      return rows;
    },
    (row) => row.migrantId,
    (row) => [sortValue(row), row.id],
  );
}

/** The two statements of a migrant page loader (first page, page after a cursor), built once per list. */
const pageStatementCache = new WeakMap<object, Map<string, { first: string; after: string }>>();

function pageStatements<T extends object>(em: EntityManager, entity: EntitySchema<T>, sortedBy: keyof T & string): { first: string; after: string } {
  const cached = pageStatementCache.get(entity)?.get(sortedBy);
  if (cached) return cached;
  const { columns, table, column: columnOf } = selectFrom(em, entity);
  const prop = em.getMetadata().get<T>(entity.meta.className).properties[sortedBy as EntityKey<T>];
  const isDate = !prop.columnTypes[0]?.startsWith('timestamp');
  const column = `t.${columnOf(sortedBy)}`;
  // Cursors carry timestamps to the millisecond (JavaScript dates): sort and compare at that precision.
  const sortKey = isDate ? column : `date_trunc('milliseconds', ${column})`;
  const cast = isDate ? 'date' : 'timestamptz';
  const statement = (after: boolean) => `SELECT ${columns} FROM (
      SELECT t.*, row_number() OVER (PARTITION BY t.migrant_id ORDER BY ${sortKey} DESC, t.id DESC) AS page_row
        FROM ${table} t
       WHERE t.migrant_id IN (?)${after ? ` AND (${sortKey}, t.id) < (?::${cast}, ?::uuid)` : ''}
    ) ranked WHERE page_row <= ? ORDER BY migrant_id, page_row`;
  const built = { first: statement(false), after: statement(true) };
  const byProperty = pageStatementCache.get(entity) ?? new Map<string, { first: string; after: string }>();
  byProperty.set(sortedBy, built);
  pageStatementCache.set(entity, byProperty);
  return built;
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
