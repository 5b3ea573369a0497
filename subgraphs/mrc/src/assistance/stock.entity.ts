import { EntitySchema } from '@mikro-orm/core';
import type { Provider } from './service-delivery.js';

export type StockCategory = 'NFI' | 'HYGIENE' | 'OTHER';
export type StockMovementKind = 'RECEIPT' | 'DISTRIBUTION';

/** An item the centre stocks; `balance` is the running level kept by the ledger (never below zero). */
export interface StockItemRecord {
  id: string;
  name: string;
  category: StockCategory;
  unit: string;
  lowStockThreshold: number;
  balance: number;
  idempotencyKey: string | null;
  createdAt: Date;
  version: number;
}

/** One ledger entry: stock in (receipt) or out (distribution to a migrant). */
export interface StockMovementRecord extends Provider {
  id: string;
  /** Ledger order. */
  seq: string;
  itemId: string;
  kind: StockMovementKind;
  quantity: number;
  balanceAfter: number;
  occurredOn: string;
  source: string | null;
  distributionId: string | null;
  migrantId: string | null;
  idempotencyKey: string | null;
  recordedAt: Date;
}

/** Items handed to one migrant at one time; its lines are DISTRIBUTION movements. */
export interface DistributionRecord extends Provider {
  id: string;
  migrantId: string;
  distributedOn: string;
  notes: string | null;
  idempotencyKey: string | null;
  recordedAt: Date;
}

const provider = {
  deliveredBy: { type: 'string' },
  deliveredByName: { type: 'string' },
  deliveredByRole: { type: 'string', nullable: true },
} as const;

export const StockItem = new EntitySchema<StockItemRecord>({
  name: 'StockItem',
  tableName: 'stock_item',
  properties: {
    id: { type: 'uuid', primary: true },
    name: { type: 'string' },
    category: { type: 'string' },
    unit: { type: 'string' },
    lowStockThreshold: { type: 'integer' },
    balance: { type: 'integer' },
    idempotencyKey: { type: 'string', nullable: true, unique: true },
    createdAt: { type: 'datetime' },
    version: { type: 'integer', version: true },
  },
});

export const StockMovement = new EntitySchema<StockMovementRecord>({
  name: 'StockMovement',
  tableName: 'stock_movement',
  properties: {
    id: { type: 'uuid', primary: true },
    seq: { type: 'bigint', persist: false },
    itemId: { type: 'uuid' },
    kind: { type: 'string' },
    quantity: { type: 'integer' },
    balanceAfter: { type: 'integer' },
    occurredOn: { type: 'date' },
    source: { type: 'string', nullable: true },
    distributionId: { type: 'uuid', nullable: true },
    migrantId: { type: 'uuid', nullable: true },
    idempotencyKey: { type: 'string', nullable: true },
    ...provider,
    recordedAt: { type: 'datetime' },
  },
});

export const Distribution = new EntitySchema<DistributionRecord>({
  name: 'Distribution',
  tableName: 'distribution',
  properties: {
    id: { type: 'uuid', primary: true },
    migrantId: { type: 'uuid' },
    distributedOn: { type: 'date' },
    notes: { type: 'string', nullable: true },
    idempotencyKey: { type: 'string', nullable: true, unique: true },
    ...provider,
    recordedAt: { type: 'datetime' },
  },
});

/** A line of a distribution as GraphQL resolves it. */
export interface DistributedItemRef {
  itemId: string;
  quantity: number;
}
