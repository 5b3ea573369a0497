import { EntitySchema } from '@mikro-orm/core';
import type { SupportKind } from '../__generated__/resolvers.js';

/** One piece of administrative, logistical or financial support given for a return. */
export interface SupportRecord {
  id: string;
  caseId: string;
  kind: SupportKind;
  description: string | null;
  documentType: string | null;
  documentNumber: string | null;
  issuedOn: string | null;
  transportMode: string | null;
  /** Exact decimal, as stored (numeric(12,2)). */
  amount: string | null;
  currency: string | null;
  providedOn: string;
  recordedBy: string;
  recordedAt: Date;
  idempotencyKey: string | null;
}

export const Support = new EntitySchema<SupportRecord>({
  name: 'Support',
  tableName: 'avr_support',
  properties: {
    id: { type: 'uuid', primary: true },
    caseId: { type: 'uuid' },
    kind: { type: 'string' },
    description: { type: 'string', nullable: true },
    documentType: { type: 'string', nullable: true },
    documentNumber: { type: 'string', nullable: true },
    issuedOn: { type: 'date', nullable: true },
    transportMode: { type: 'string', nullable: true },
    amount: { type: 'decimal', nullable: true, precision: 12, scale: 2 },
    currency: { type: 'string', length: 3, nullable: true },
    providedOn: { type: 'date' },
    recordedBy: { type: 'string' },
    recordedAt: { type: 'datetime' },
    idempotencyKey: { type: 'string', nullable: true, unique: true },
  },
});
