import { EntitySchema } from '@mikro-orm/core';
import type { AvrStatus } from '../__generated__/resolvers.js';

/** One step of an AVR case's lifecycle: who moved it, when, from which state to which, and why. */
export interface AvrTransitionRecord {
  id: string;
  caseId: string;
  /** Null for the opening of the case. */
  fromStatus: AvrStatus | null;
  toStatus: AvrStatus;
  note: string | null;
  actor: string;
  actorName: string;
  at: Date;
}

export const AvrTransition = new EntitySchema<AvrTransitionRecord>({
  name: 'AvrTransition',
  tableName: 'avr_case_transition',
  properties: {
    id: { type: 'uuid', primary: true },
    caseId: { type: 'uuid', fieldName: 'case_id' },
    fromStatus: { type: 'string', nullable: true },
    toStatus: { type: 'string' },
    note: { type: 'string', nullable: true },
    actor: { type: 'string' },
    actorName: { type: 'string' },
    at: { type: 'datetime' },
  },
});
