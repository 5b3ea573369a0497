import { EntitySchema } from '@mikro-orm/core';
import type { MovementMode, MovementStatus } from '../__generated__/resolvers.js';

/** A departure carrying many returnees (a flight, a road convoy, a charter). */
export interface MovementRecord {
  id: string;
  /** The reference staff use, e.g. `MOV-2026-0007`. */
  reference: string;
  mode: MovementMode;
  status: MovementStatus;
  departureDate: string;
  route: string;
  destinationCountry: string;
  escorts: string[];
  departedAt: Date | null;
  arrivedAt: Date | null;
  createdAt: Date;
  idempotencyKey: string | null;
  version: number;
}

export const Movement = new EntitySchema<MovementRecord>({
  name: 'Movement',
  tableName: 'avr_movement',
  properties: {
    id: { type: 'uuid', primary: true },
    reference: { type: 'string', unique: true },
    mode: { type: 'string' },
    status: { type: 'string' },
    departureDate: { type: 'date' },
    route: { type: 'string' },
    destinationCountry: { type: 'string', length: 3 },
    escorts: { type: 'json' },
    departedAt: { type: 'datetime', nullable: true },
    arrivedAt: { type: 'datetime', nullable: true },
    createdAt: { type: 'datetime' },
    idempotencyKey: { type: 'string', nullable: true, unique: true },
    version: { type: 'integer', version: true },
  },
});
