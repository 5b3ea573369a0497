import { EntitySchema } from '@mikro-orm/core';

/** A flag on a case the team must see until someone resolves it. */
export interface CaseFlagRecord {
  id: string;
  migrantId: string;
  message: string;
  raisedBy: string;
  raisedAt: Date;
  resolvedBy: string | null;
  resolvedAt: Date | null;
  idempotencyKey: string | null;
  version: number;
}

export const CaseFlag = new EntitySchema<CaseFlagRecord>({
  name: 'CaseFlag',
  tableName: 'case_flag',
  properties: {
    id: { type: 'uuid', primary: true },
    migrantId: { type: 'uuid' },
    message: { type: 'string' },
    raisedBy: { type: 'string' },
    raisedAt: { type: 'datetime' },
    resolvedBy: { type: 'string', nullable: true },
    resolvedAt: { type: 'datetime', nullable: true },
    idempotencyKey: { type: 'string', nullable: true, unique: true },
    version: { type: 'integer', version: true },
  },
});
