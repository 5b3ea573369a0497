import { EntitySchema } from '@mikro-orm/core';

export type ConsentPurpose = 'REGISTRATION' | 'DATA_SHARING_WITH_PARTNERS' | 'AVR' | 'MEDICAL';

/** A consent given for one purpose, in force until withdrawn. */
export interface ConsentRecord {
  id: string;
  migrantId: string;
  purpose: ConsentPurpose;
  givenBy: 'MIGRANT' | 'GUARDIAN';
  guardianName: string | null;
  guardianRelationship: string | null;
  givenOn: string;
  recordedBy: string;
  recordedAt: Date;
  withdrawnOn: string | null;
  withdrawalReason: string | null;
  withdrawnBy: string | null;
  idempotencyKey: string | null;
  version: number;
}

export const Consent = new EntitySchema<ConsentRecord>({
  name: 'Consent',
  tableName: 'consent',
  properties: {
    id: { type: 'uuid', primary: true },
    migrantId: { type: 'uuid' },
    purpose: { type: 'string' },
    givenBy: { type: 'string' },
    guardianName: { type: 'string', nullable: true },
    guardianRelationship: { type: 'string', nullable: true },
    givenOn: { type: 'date' },
    recordedBy: { type: 'string' },
    recordedAt: { type: 'datetime' },
    withdrawnOn: { type: 'date', nullable: true },
    withdrawalReason: { type: 'string', nullable: true },
    withdrawnBy: { type: 'string', nullable: true },
    idempotencyKey: { type: 'string', nullable: true, unique: true },
    version: { type: 'integer', version: true },
  },
});
