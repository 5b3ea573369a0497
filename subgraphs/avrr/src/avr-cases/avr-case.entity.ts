import { EntitySchema } from '@mikro-orm/core';
import type { AvrStatus, ReturnDirection } from '../__generated__/resolvers.js';

/** An AVR case file. Only the case's own data is kept here; the migrant's profile stays at the centre. */
export interface AvrCaseRecord {
  id: string;
  caseNumber: string;
  direction: ReturnDirection;
  status: AvrStatus;
  /** Global ID of the centre's migrant (`bossaso:…`), for returns referred by a centre. */
  migrantId: string | null;
  centreCode: string | null;
  destinationCountry: string;
  destinationRegion: string | null;
  openedAt: Date;
  idempotencyKey: string | null;
  version: number;
}

export const AvrCase = new EntitySchema<AvrCaseRecord>({
  name: 'AvrCase',
  tableName: 'avr_case',
  properties: {
    id: { type: 'uuid', primary: true },
    caseNumber: { type: 'string', unique: true },
    direction: { type: 'string' },
    status: { type: 'string' },
    migrantId: { type: 'string', nullable: true },
    centreCode: { type: 'string', nullable: true },
    destinationCountry: { type: 'string', length: 3 },
    destinationRegion: { type: 'string', nullable: true },
    openedAt: { type: 'datetime' },
    idempotencyKey: { type: 'string', nullable: true, unique: true },
    version: { type: 'integer', version: true },
  },
});

/** States after which a case no longer blocks a new one for the same migrant. */
export const FINISHED_STATUSES: readonly AvrStatus[] = ['CLOSED', 'WITHDRAWN', 'REJECTED', 'CANCELLED'];
