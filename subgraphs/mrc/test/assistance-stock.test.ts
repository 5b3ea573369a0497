import { viewerFor } from '@mpa/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteHarness, type SiteHarness } from './harness.js';
import { addMigrant, rowCount } from './assistance-fixtures.js';

let site: SiteHarness;
const caseworker = viewerFor('caseworker', 'bossaso');
const government = viewerFor('government', 'bossaso');
let migrantId: string;

const ADD_ITEM = /* GraphQL */ `
  mutation Add($input: AddStockItemInput!) { bossaso { addStockItem(input: $input) { created item { id name category unit lowStockThreshold level isLow version } } } }
`;
const UPDATE_ITEM = /* GraphQL */ `
  mutation Update($id: ID!, $v: Int!, $input: UpdateStockItemInput!) { bossaso { updateStockItem(id: $id, expectedVersion: $v, input: $input) { item { version lowStockThreshold isLow } } } }
`;
const RECEIVE = /* GraphQL */ `
  mutation Receive($input: ReceiveStockInput!) { bossaso { receiveStock(input: $input) { created movement { id kind quantity balanceAfter occurredOn source item { name level } recordedBy { subject role } } } } }
`;
const DISTRIBUTE = /* GraphQL */ `
  mutation Distribute($input: DistributeItemsInput!) {
    bossaso { distributeItems(input: $input) { created distribution { id distributedOn notes migrant { id } items { quantity item { name level } } deliveredBy { subject name role } } } }
  }
`;
const STOCK = /* GraphQL */ `{ _entities(representations: [{ __typename: "BossasoCentre", code: "bossaso" }]) { ... on BossasoCentre { stock { name level isLow lowStockThreshold } } } }`;
const LEDGER = /* GraphQL */ `
  query Ledger($first: Int, $after: String, $filter: StockMovementFilter) {
    _entities(representations: [{ __typename: "BossasoCentre", code: "bossaso" }]) {
      ... on BossasoCentre { stockMovements(first: $first, after: $after, filter: $filter) { edges { node { kind quantity balanceAfter source migrant { id } item { name } } } pageInfo { hasNextPage endCursor } } }
    }
  }
`;
const DISTRIBUTIONS = /* GraphQL */ `
  query Distributions($reps: [_Any!]!) {
    _entities(representations: $reps) { ... on BossasoMigrant { id distributions(first: 10) { edges { node { distributedOn items { quantity item { name } } } } } } }
  }
`;

async function addItem(name: string, threshold = 5, category = 'NFI'): Promise<string> {
  const res = await site.exec(ADD_ITEM, { input: { name, category, unit: 'piece', lowStockThreshold: threshold } }, caseworker);
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.bossaso.addStockItem.item.id;
}
async function receive(itemId: string, quantity: number, source = 'UNHCR warehouse') {
  return site.exec(RECEIVE, { input: { itemId, quantity, source, receivedOn: '2026-03-01' } }, caseworker);
}
function distribute(items: { itemId: string; quantity: number }[], extra: Record<string, unknown> = {}, viewer = caseworker) {
  return site.exec(DISTRIBUTE, { input: { migrantId, items, distributedOn: '2026-03-02', ...extra } }, viewer);
}
async function levelOf(name: string): Promise<number> {
  const res = await site.exec(STOCK, undefined, caseworker);
  return res.data!._entities[0].stock.find((s: { name: string }) => s.name === name).level;
}

beforeAll(async () => {
  site = await siteHarness();
  migrantId = await addMigrant(site);
});
afterAll(() => site.close());

describe('the centre’s stock', () => {
  it('lists items with their level and marks those at or below the threshold as low', async () => {
    const blanket = await addItem('Blanket', 10);
    await addItem('Jerrycan', 2);
    await receive(blanket, 25);
    const res = await site.exec(STOCK, undefined, caseworker);
    expect(res.data!._entities[0].stock).toEqual([
      { name: 'Blanket', level: 25, isLow: false, lowStockThreshold: 10 },
      { name: 'Jerrycan', level: 0, isLow: true, lowStockThreshold: 2 },
    ]);
    const coordinator = await site.exec(STOCK, undefined, viewerFor('coordinator'));
    expect(coordinator.data!._entities[0].stock).toHaveLength(2);
    const other = await site.exec(STOCK, undefined, viewerFor('caseworker', 'hargeisa'));
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('records a receipt with its source and who recorded it', async () => {
    const kit = await addItem('Hygiene kit', 5, 'HYGIENE');
    const res = await receive(kit, 40, 'UNICEF');
    expect(res.errors).toBeUndefined();
    expect(res.data!.bossaso.receiveStock.movement).toMatchObject({
      kind: 'RECEIPT', quantity: 40, balanceAfter: 40, occurredOn: '2026-03-01', source: 'UNICEF', item: { name: 'Hygiene kit', level: 40 },
      recordedBy: { subject: 'caseworker@bossaso', role: 'caseworker' },
    });
  });

  it('refuses invalid items and receipts naming every field, and writes nothing', async () => {
    const before = await rowCount(site, 'stock_item');
    const bad = await site.exec(ADD_ITEM, { input: { name: ' ', category: 'NFI', unit: '', lowStockThreshold: -1 } }, caseworker);
    expect(bad.errors?.[0]?.extensions?.fields.map((f: { field: string }) => f.field)).toEqual(['input.name', 'input.unit', 'input.lowStockThreshold']);
    const dup = await site.exec(ADD_ITEM, { input: { name: 'blanket', category: 'NFI', unit: 'piece', lowStockThreshold: 1 } }, caseworker);
    expect(dup.errors?.[0]?.extensions?.fields).toEqual([{ field: 'input.name', message: 'is already a stock item of this centre' }]);
    expect(await rowCount(site, 'stock_item')).toBe(before);
    const race = await Promise.all([1, 2].map(() => site.exec(ADD_ITEM, { input: { name: 'Bucket', category: 'NFI', unit: 'piece', lowStockThreshold: 1 } }, caseworker)));
    expect(race.map((r) => r.errors?.[0]?.extensions?.code ?? 'created').sort()).toEqual(expect.arrayContaining(['created']));
    expect(race.flatMap((r) => r.errors ?? []).every((e) => ['CONFLICT', 'BAD_USER_INPUT'].includes(e.extensions?.code))).toBe(true);
    const movements = await rowCount(site, 'stock_movement');
    const receipt = await site.exec(RECEIVE, { input: { itemId: 'bossaso:00000000-0000-4000-8000-000000000000', quantity: 0, source: '' } }, caseworker);
    expect(receipt.errors?.[0]?.extensions?.fields.map((f: { field: string }) => f.field)).toEqual(['input.quantity', 'input.source', 'input.itemId']);
    expect(await rowCount(site, 'stock_movement')).toBe(movements);
  });

  it('is changed only by site staff with cases:write', async () => {
    for (const viewer of [viewerFor('medical', 'bossaso'), viewerFor('caseworker', 'hargeisa'), viewerFor('coordinator')]) {
      const res = await site.exec(ADD_ITEM, { input: { name: 'Mat', category: 'NFI', unit: 'piece', lowStockThreshold: 1 } }, viewer);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('edits a threshold at the version seen, refusing a stale version with CONFLICT', async () => {
    const mat = await addItem('Sleeping mat', 3);
    const ok = await site.exec(UPDATE_ITEM, { id: mat, v: 1, input: { lowStockThreshold: 0 } }, caseworker);
    expect(ok.data!.bossaso.updateStockItem.item).toEqual({ version: 2, lowStockThreshold: 0, isLow: true });
    const stale = await site.exec(UPDATE_ITEM, { id: mat, v: 1, input: { lowStockThreshold: 9 } }, caseworker);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const [audit] = await site.sql<{ changes: unknown }>(`SELECT changes FROM audit_event WHERE entity_id = ? AND action = 'update'`, [mat]);
    expect(audit!.changes).toEqual([{ field: 'lowStockThreshold', from: 3, to: 0 }]);
  });
});

describe('distributions to a migrant', () => {
  it('hands out several items at once, lowers each level and records who handed them out', async () => {
    const clothing = await addItem('Clothing set', 1);
    const dignity = await addItem('Dignity kit', 1, 'HYGIENE');
    await receive(clothing, 5);
    await receive(dignity, 3);
    const res = await distribute([{ itemId: clothing, quantity: 2 }, { itemId: dignity, quantity: 1 }], { notes: 'On arrival' }, government);
    expect(res.errors).toBeUndefined();
    const { distribution } = res.data!.bossaso.distributeItems;
    expect(distribution).toMatchObject({
      distributedOn: '2026-03-02', notes: 'On arrival', migrant: { id: migrantId },
      deliveredBy: { subject: 'government@bossaso', role: 'government' },
    });
    expect(distribution.items).toHaveLength(2);
    expect(distribution.items).toEqual(expect.arrayContaining([
      { quantity: 2, item: { name: 'Clothing set', level: 3 } },
      { quantity: 1, item: { name: 'Dignity kit', level: 2 } },
    ]));
    const list = await site.exec(DISTRIBUTIONS, { reps: [{ __typename: 'BossasoMigrant', id: migrantId }] }, caseworker);
    expect(list.data!._entities[0].distributions.edges[0].node.items).toHaveLength(2);
  });

  it('refuses a distribution that would take stock below zero with INSUFFICIENT_STOCK, and writes nothing', async () => {
    const jerrycan = await addItem('Jerrycan 20 l', 1);
    const soap = await addItem('Soap bar', 1, 'HYGIENE');
    await receive(jerrycan, 3);
    await receive(soap, 10);
    const distributions = await rowCount(site, 'distribution');
    const movements = await rowCount(site, 'stock_movement');
    const res = await distribute([{ itemId: soap, quantity: 2 }, { itemId: jerrycan, quantity: 4 }]);
    expect(res.data).toBeNull();
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'INSUFFICIENT_STOCK', item: 'Jerrycan 20 l', itemId: jerrycan, requested: 4, available: 3 });
    expect(await rowCount(site, 'distribution')).toBe(distributions);
    expect(await rowCount(site, 'stock_movement')).toBe(movements);
    expect(await levelOf('Soap bar')).toBe(10);
    expect(await levelOf('Jerrycan 20 l')).toBe(3);
  });

  it('never lets two concurrent distributions take stock below zero', async () => {
    const kit = await addItem('Family kit', 0);
    await receive(kit, 10);
    const results = await Promise.all(Array.from({ length: 8 }, () => distribute([{ itemId: kit, quantity: 3 }])));
    const served = results.filter((r) => r.data?.bossaso.distributeItems);
    const refused = results.filter((r) => r.errors?.[0]?.extensions?.code === 'INSUFFICIENT_STOCK');
    expect(served).toHaveLength(3);
    expect(refused).toHaveLength(5);
    expect(await levelOf('Family kit')).toBe(1);
    const [ledger] = await site.sql<{ level: string; balance: number }>(
      `SELECT sum(CASE kind WHEN 'RECEIPT' THEN quantity ELSE -quantity END) AS level, (SELECT balance FROM stock_item WHERE id = ?) AS balance
         FROM stock_movement WHERE item_id = ?`, [kit.split(':')[1], kit.split(':')[1]]);
    expect(Number(ledger!.level)).toBe(ledger!.balance);
  });

  it('refuses bad input naming every field, and writes nothing', async () => {
    const before = await rowCount(site, 'distribution');
    const item = await addItem('Towel', 1);
    const res = await site.exec(DISTRIBUTE, {
      input: { migrantId: 'bossaso:00000000-0000-4000-8000-000000000000', distributedOn: '2999-01-01', items: [{ itemId: item, quantity: 0 }, { itemId: item, quantity: 1 }, { itemId: 'nope', quantity: 1 }] },
    }, caseworker);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.fields.map((f: { field: string }) => f.field)).toEqual([
      'input.distributedOn', 'input.items.0.quantity', 'input.items.1.itemId', 'input.items.2.itemId', 'input.migrantId',
    ]);
    const empty = await distribute([]);
    expect(empty.errors?.[0]?.extensions?.fields).toEqual([{ field: 'input.items', message: 'must list at least one item' }]);
    expect(await rowCount(site, 'distribution')).toBe(before);
  });

  it('makes one distribution (and takes stock once) when a retried request repeats its idempotency key', async () => {
    const kit = await addItem('Baby kit', 0);
    await receive(kit, 10);
    const results = await Promise.all([1, 2, 3].map(() => distribute([{ itemId: kit, quantity: 2 }], { idempotencyKey: 'tablet-2:dist-1' })));
    for (const r of results) expect(r.errors).toBeUndefined();
    expect(new Set(results.map((r) => r.data!.bossaso.distributeItems.distribution.id)).size).toBe(1);
    expect(await levelOf('Baby kit')).toBe(8);
  });

  it('shows the ledger newest first, page by page, filtered by item', async () => {
    const lamp = await addItem('Solar lamp', 1);
    await receive(lamp, 4, 'Donor A');
    await receive(lamp, 6, 'Donor B');
    await distribute([{ itemId: lamp, quantity: 5 }]);
    const page1 = await site.exec(LEDGER, { first: 2, filter: { itemId: lamp } }, caseworker);
    const conn = page1.data!._entities[0].stockMovements;
    expect(conn.edges.map((e: any) => [e.node.kind, e.node.quantity, e.node.balanceAfter])).toEqual([['DISTRIBUTION', 5, 5], ['RECEIPT', 6, 10]]);
    expect(conn.edges[0].node.migrant).toEqual({ id: migrantId });
    const page2 = await site.exec(LEDGER, { first: 2, after: conn.pageInfo.endCursor, filter: { itemId: lamp } }, caseworker);
    expect(page2.data!._entities[0].stockMovements.edges.map((e: any) => e.node.source)).toEqual(['Donor A']);
    expect(page2.data!._entities[0].stockMovements.pageInfo.hasNextPage).toBe(false);
  });

  it('reads the distributions of many migrants in a constant number of SQL statements', async () => {
    const item = await addItem('Cup', 0);
    await receive(item, 100);
    const migrants: string[] = [];
    for (let i = 0; i < 10; i++) {
      migrantId = await addMigrant(site, { givenName: `D${i}` });
      migrants.push(migrantId);
      await distribute([{ itemId: item, quantity: 1 }]);
      await distribute([{ itemId: item, quantity: 2 }]);
    }
    const measure = async (ids: string[]) => {
      const before = site.database.statements.count;
      const res = await site.exec(DISTRIBUTIONS, { reps: ids.map((id) => ({ __typename: 'BossasoMigrant', id })) }, caseworker);
      expect(res.data!._entities.every((m: any) => m.distributions.edges.length === 2)).toBe(true);
      return site.database.statements.count - before;
    };
    const for2 = await measure(migrants.slice(0, 2));
    const for10 = await measure(migrants);
    expect(for10).toBe(for2);
  });
});
