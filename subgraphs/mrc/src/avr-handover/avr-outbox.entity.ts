import { EntitySchema } from '@mikro-orm/core';

/** An AVR request of the centre, kept in the outbox until AVRR confirms the hand-over. */
export interface AvrOutboxRecord {
  /** Local UUID; its global form is the referral ID AVRR de-duplicates on. */
  id: string;
  migrantId: string;
  destinationCountry: string;
  destinationRegion: string | null;
  requestedBy: string;
  requestedAt: Date;
  isUnaccompaniedChild: boolean;
  consentRecordedAt: Date;
  status: 'PENDING' | 'DELIVERED' | 'FAILED';
  attempts: number;
  lastError: string | null;
  nextAttemptAt: Date;
  deliveredAt: Date | null;
  avrCaseId: string | null;
  consentOverridden: boolean;
  idempotencyKey: string | null;
  version: number;
}

export const AvrOutbox = new EntitySchema<AvrOutboxRecord>({
  name: 'AvrOutbox',
  tableName: 'avr_outbox',
  properties: {
    id: { type: 'uuid', primary: true },
    migrantId: { type: 'uuid' },
    destinationCountry: { type: 'string', length: 3 },
    destinationRegion: { type: 'string', nullable: true },
    requestedBy: { type: 'string' },
    requestedAt: { type: 'datetime' },
    isUnaccompaniedChild: { type: 'boolean' },
    consentRecordedAt: { type: 'datetime' },
    status: { type: 'string' },
    attempts: { type: 'integer' },
    lastError: { type: 'string', nullable: true },
    nextAttemptAt: { type: 'datetime' },
    deliveredAt: { type: 'datetime', nullable: true },
    avrCaseId: { type: 'string', nullable: true },
    consentOverridden: { type: 'boolean' },
    idempotencyKey: { type: 'string', nullable: true, unique: true },
    version: { type: 'integer', version: true },
  },
});
