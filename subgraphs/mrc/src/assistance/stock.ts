import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  changedFields, conflict, decodeCursor, globalId, InputCheck, notFound, pageSize, recordAudit, requireSiteId, toConnection,
  type Connection, type SiteConfig, type Viewer,
} from '@mpa/platform';
import { GraphQLError } from 'graphql';
import { randomUUID } from 'node:crypto';
import type {
  AddStockItemInput, DistributeItemsInput, ReceiveStockInput, StockMovementFilter, UpdateStockItemInput,
} from '../__generated__/resolvers.js';
import { safeSiteId } from '../medical/medical-consultations.js';
import { migrantForRecord } from '../migrants/update-migrant.js';
import { has, providerOf } from './service-delivery.js';
import { Distribution, StockItem, StockMovement, type DistributionRecord, type StockItemRecord, type StockMovementRecord } from './stock.entity.js';

const MAX_QUANTITY = 100_000;

/** One item a distribution could not take: the whole distribution is refused. */
export interface Shortage {
  itemId: string;
  item: string;
  requested: number;
  available: number;
}

export function insufficientStock(site: SiteConfig, shortages: Shortage[]): GraphQLError {
  const list = shortages.map((s) => `${s.item}: ${s.requested} requested, ${s.available} available`).join('; ');
  const first = shortages[0]!;
  return new GraphQLError(`Not enough stock. ${list}`, {
    extensions: {
      code: 'INSUFFICIENT_STOCK',
      item: first.item,
      itemId: globalId(site.code, first.itemId),
      requested: first.requested,
      available: first.available,
      shortages: shortages.map((s) => ({ ...s, itemId: globalId(site.code, s.itemId) })),
    },
  });
}

function checkQuantity(check: InputCheck, field: string, quantity: number): void {
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_QUANTITY) check.fail(field, `must be a whole number from 1 to ${MAX_QUANTITY}`);
}

/** A unique index refused the write (through the ORM, or raw SQL: PostgreSQL code 23505). */
export function isUniqueViolation(err: unknown): boolean {
  return err instanceof UniqueConstraintViolationException || (typeof err === 'object' && err !== null && (err as { code?: unknown }).code === '23505');
}

/** Retries the idempotent write's loser with the winner's record. */
export async function idempotent<T>(em: EntityManager, key: string | null, find: (em: EntityManager) => Promise<T | null>, write: () => Promise<T>): Promise<{ value: T; created: boolean }> {
  if (key) {
    const earlier = await find(em);
    if (earlier) return { value: earlier, created: false };
  }
  try {
    return { value: await write(), created: true };
  } catch (err) {
    // As createOnce: a twin with the same key committed meanwhile (unique key, or the stock it used up).
    const winner = key ? await find(em.fork()).catch(() => null) : null;
    if (winner) return { value: winner, created: false };
    throw err;
  }
}

export async function addStockItem(em: EntityManager, site: SiteConfig, viewer: Viewer, input: AddStockItemInput) {
  const check = new InputCheck();
  const name = check.requiredText('name', input.name, 100);
  const unit = check.requiredText('unit', input.unit, 40);
  if (!Number.isInteger(input.lowStockThreshold) || input.lowStockThreshold < 0 || input.lowStockThreshold > MAX_QUANTITY) {
    check.fail('lowStockThreshold', `must be a whole number from 0 to ${MAX_QUANTITY}`);
  }
  const idempotencyKey = check.optionalText('idempotencyKey', input.idempotencyKey, 100);
  if (name && (await em.getConnection().execute(`SELECT 1 FROM stock_item WHERE lower(name) = lower(?)`, [name])).length) {
    check.fail('name', 'is already a stock item of this centre');
  }
  check.done();
  const { value, created } = await idempotent(
    em, idempotencyKey,
    (e) => e.findOne(StockItem, { idempotencyKey }),
    () => em.transactional(async (tx) => {
      const item = tx.create(StockItem, {
        id: randomUUID(), name, category: input.category, unit, lowStockThreshold: input.lowStockThreshold, balance: 0, idempotencyKey, createdAt: new Date(), version: 1,
      });
      tx.persist(item);
      await tx.flush();
      await recordAudit(tx, { viewer, action: 'create', entity: 'StockItem', entityId: globalId(site.code, item.id) });
      return item;
    }),
  ).catch((err: unknown) => {
    // Two people adding the same item at once: the second learns it exists.
    if (isUniqueViolation(err)) throw conflict('Another stock item already has this name.');
    throw err;
  });
  return { item: value, created };
}

export async function updateStockItem(em: EntityManager, site: SiteConfig, viewer: Viewer, id: string, expectedVersion: number, input: UpdateStockItemInput) {
  const local = requireSiteId(id, site.code);
  return em.transactional(async (tx) => {
    const item = await tx.findOne(StockItem, { id: local });
    if (!item) throw notFound('Stock item', id);
    if (item.version !== expectedVersion) throw conflict(`The stock item was changed by someone else (now version ${item.version}); reload it and edit again.`);
    const check = new InputCheck();
    const next: Partial<StockItemRecord> = {};
    if (has(input, 'name')) next.name = check.requiredText('name', input.name, 100);
    if (has(input, 'unit')) next.unit = check.requiredText('unit', input.unit, 40);
    if (has(input, 'category')) {
      if (input.category == null) check.fail('category', 'cannot be cleared');
      else next.category = input.category;
    }
    if (has(input, 'lowStockThreshold')) {
      const t = input.lowStockThreshold;
      if (t == null || !Number.isInteger(t) || t < 0 || t > MAX_QUANTITY) check.fail('lowStockThreshold', `must be a whole number from 0 to ${MAX_QUANTITY}`);
      else next.lowStockThreshold = t;
    }
    check.done();
    const changes = changedFields(item, next, ['name', 'category', 'unit', 'lowStockThreshold']);
    if (!changes.length) return { item, created: false };
    tx.assign(item, next);
    try {
      await tx.flush();
    } catch (err) {
      if (err instanceof OptimisticLockError) throw conflict('The stock item was changed by someone else at the same time; reload it and edit again.');
      if (err instanceof UniqueConstraintViolationException) throw conflict('Another stock item already has this name.');
      throw err;
    }
    await recordAudit(tx, { viewer, action: 'update', entity: 'StockItem', entityId: id, changes });
    return { item, created: false };
  });
}

type Sql = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;
function sqlIn(tx: EntityManager): Sql {
  return (sql, params) => tx.getConnection().execute(sql, params, 'all', tx.getTransactionContext());
}

export async function receiveStock(em: EntityManager, site: SiteConfig, viewer: Viewer, input: ReceiveStockInput) {
  const check = new InputCheck();
  const itemId = safeSiteId(check, 'itemId', input.itemId, site.code);
  checkQuantity(check, 'quantity', input.quantity);
  const today = new Date().toISOString().slice(0, 10);
  const receivedOn = check.pastDate('receivedOn', input.receivedOn ?? today, site.openedOn) ?? today;
  const source = check.requiredText('source', input.source, 200);
  const idempotencyKey = check.optionalText('idempotencyKey', input.idempotencyKey, 100);
  if (itemId && !(await em.findOne(StockItem, { id: itemId }))) check.fail('itemId', 'is not a stock item of this centre');
  check.done();
  const { value, created } = await idempotent(
    em, idempotencyKey,
    (e) => e.findOne(StockMovement, { idempotencyKey }),
    () => em.transactional(async (tx) => {
      const sql = sqlIn(tx);
      const [row] = await sql('UPDATE stock_item SET balance = balance + ? WHERE id = ? RETURNING balance', [input.quantity, itemId]);
      const id = randomUUID();
      await insertMovement(sql, { id, itemId: itemId!, kind: 'RECEIPT', quantity: input.quantity, balanceAfter: Number(row!.balance), occurredOn: receivedOn, source, distributionId: null, migrantId: null, idempotencyKey, viewer });
      await recordAudit(tx, { viewer, action: 'create', entity: 'StockMovement', entityId: globalId(site.code, id) });
      return (await tx.findOneOrFail(StockMovement, { id }));
    }),
  );
  return { movement: value, created };
}

async function insertMovement(sql: Sql, m: Omit<StockMovementRecord, 'seq' | 'recordedAt' | 'deliveredBy' | 'deliveredByName' | 'deliveredByRole'> & { viewer: Viewer }): Promise<void> {
  const p = providerOf(m.viewer);
  await sql(
    `INSERT INTO stock_movement (id, item_id, kind, quantity, balance_after, occurred_on, source, distribution_id, migrant_id, idempotency_key, delivered_by, delivered_by_name, delivered_by_role)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [m.id, m.itemId, m.kind, m.quantity, m.balanceAfter, m.occurredOn, m.source, m.distributionId, m.migrantId, m.idempotencyKey, p.deliveredBy, p.deliveredByName, p.deliveredByRole],
  );
}

/**
 * Hands items to a migrant. The items' rows are locked (in a fixed order, so two distributions cannot
 * deadlock) before their levels are compared: of two concurrent distributions the second sees what the
 * first left. Any shortage refuses the whole distribution and nothing is written.
 */
export async function distributeItems(em: EntityManager, site: SiteConfig, viewer: Viewer, input: DistributeItemsInput) {
  const check = new InputCheck();
  const migrantId = safeSiteId(check, 'migrantId', input.migrantId, site.code);
  const today = new Date().toISOString().slice(0, 10);
  const distributedOn = check.pastDate('distributedOn', input.distributedOn ?? today, site.openedOn) ?? today;
  const notes = check.optionalText('notes', input.notes, 1000);
  const idempotencyKey = check.optionalText('idempotencyKey', input.idempotencyKey, 100);
  if (!input.items.length) check.fail('items', 'must list at least one item');
  const lines: { itemId: string; quantity: number }[] = [];
  input.items.forEach((line, i) => {
    const itemId = safeSiteId(check, `items.${i}.itemId`, line.itemId, site.code);
    checkQuantity(check, `items.${i}.quantity`, line.quantity);
    if (itemId && lines.some((l) => l.itemId === itemId)) check.fail(`items.${i}.itemId`, 'is listed twice');
    else if (itemId) lines.push({ itemId, quantity: line.quantity });
  });
  await migrantForRecord(em, check, site, migrantId);
  const known = lines.length ? await em.find(StockItem, { id: { $in: lines.map((l) => l.itemId) } }) : [];
  input.items.forEach((line, i) => {
    const local = lines.find((l) => globalId(site.code, l.itemId) === line.itemId);
    if (local && !known.some((k) => k.id === local.itemId)) check.fail(`items.${i}.itemId`, 'is not a stock item of this centre');
  });
  check.done();

  const { value, created } = await idempotent(
    em, idempotencyKey,
    (e) => e.findOne(Distribution, { idempotencyKey }),
    () => em.transactional(async (tx) => {
      const sql = sqlIn(tx);
      const sorted = [...lines].sort((a, b) => (a.itemId < b.itemId ? -1 : 1));
      const locked = await sql(`SELECT id, name, balance FROM stock_item WHERE id IN (?) ORDER BY id FOR UPDATE`, [sorted.map((l) => l.itemId)]);
      const levels = new Map(locked.map((r) => [r.id as string, { name: r.name as string, balance: Number(r.balance) }]));
      const shortages = lines.flatMap((l) => {
        const level = levels.get(l.itemId)!;
        return l.quantity > level.balance ? [{ itemId: l.itemId, item: level.name, requested: l.quantity, available: level.balance }] : [];
      });
      if (shortages.length) throw insufficientStock(site, shortages);

      const id = randomUUID();
      const p = providerOf(viewer);
      await sql(
        `INSERT INTO distribution (id, migrant_id, distributed_on, notes, idempotency_key, delivered_by, delivered_by_name, delivered_by_role) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        [id, migrantId, distributedOn, notes, idempotencyKey, p.deliveredBy, p.deliveredByName, p.deliveredByRole],
      );
      for (const line of sorted) {
        const [row] = await sql('UPDATE stock_item SET balance = balance - ? WHERE id = ? RETURNING balance', [line.quantity, line.itemId]);
        await insertMovement(sql, {
          id: randomUUID(), itemId: line.itemId, kind: 'DISTRIBUTION', quantity: line.quantity, balanceAfter: Number(row!.balance),
          occurredOn: distributedOn, source: null, distributionId: id, migrantId, idempotencyKey: null, viewer,
        });
      }
      await recordAudit(tx, {
        viewer, action: 'create', entity: 'Distribution', entityId: globalId(site.code, id),
        changes: lines.map((l) => ({ field: `item:${globalId(site.code, l.itemId)}`, from: null, to: l.quantity })),
      });
      return tx.findOneOrFail(Distribution, { id });
    }),
  );
  return { distribution: value, created };
}

/** Every item of the centre with its level, by name. */
export function listStock(em: EntityManager): Promise<StockItemRecord[]> {
  return em.find(StockItem, {}, { orderBy: { name: 'asc' } });
}

/** A page of the ledger, newest first (keyset on the ledger order). */
export async function listStockMovements(
  em: EntityManager, site: SiteConfig, args: { first?: number | null; after?: string | null; filter?: StockMovementFilter | null },
): Promise<Connection<StockMovementRecord>> {
  const size = pageSize(args.first);
  const after = decodeCursor(args.after, 1);
  const f = args.filter ?? {};
  const check = new InputCheck('filter');
  const itemId = f.itemId ? safeSiteId(check, 'itemId', f.itemId, site.code) : null;
  if (f.from && f.to && f.from > f.to) check.fail('to', 'must not be before from');
  check.done();
  const qb = em.createQueryBuilder(StockMovement, 'm').select('*');
  if (itemId) qb.andWhere({ itemId });
  if (f.kind) qb.andWhere({ kind: f.kind });
  if (f.from) qb.andWhere('m.occurred_on >= ?', [f.from]);
  if (f.to) qb.andWhere('m.occurred_on <= ?', [f.to]);
  if (after) qb.andWhere('m.seq < ?', [after[0]]);
  qb.orderBy({ seq: 'desc' }).limit(size + 1);
  const rows = await qb.getResultList();
  return toConnection(rows, size, (m) => [String(m.seq)]);
}

export type { DistributionRecord };
