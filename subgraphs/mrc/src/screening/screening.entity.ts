import { EntitySchema, types } from '@mikro-orm/core';

export type DeterminantLevel = 'INDIVIDUAL' | 'HOUSEHOLD_FAMILY' | 'COMMUNITY' | 'STRUCTURAL';

/** One determinant found in a screening. */
export interface ScreeningFactorValue {
  level: DeterminantLevel;
  factor: string;
  kind: 'RISK' | 'PROTECTIVE';
  note: string | null;
}

/** A vulnerability screening (IOM determinants of migrant vulnerability). */
export interface VulnerabilityScreeningRecord {
  id: string;
  migrantId: string;
  screenedOn: string;
  screenedBy: string;
  factors: ScreeningFactorValue[];
  assessment: 'LOW' | 'MEDIUM' | 'HIGH';
  needs: string[];
  note: string | null;
  recordedAt: Date;
  idempotencyKey: string | null;
  version: number;
}

export const VulnerabilityScreening = new EntitySchema<VulnerabilityScreeningRecord>({
  name: 'VulnerabilityScreening',
  tableName: 'vulnerability_screening',
  properties: {
    id: { type: 'uuid', primary: true },
    migrantId: { type: 'uuid' },
    screenedOn: { type: 'date' },
    screenedBy: { type: 'string' },
    factors: { type: types.json },
    assessment: { type: 'string' },
    needs: { type: types.array, columnType: 'text[]' },
    note: { type: 'string', nullable: true },
    recordedAt: { type: 'datetime' },
    idempotencyKey: { type: 'string', nullable: true, unique: true },
    version: { type: 'integer', version: true },
  },
});

/** An individual counselling session. */
export interface CounsellingSessionRecord {
  id: string;
  migrantId: string;
  heldOn: string;
  topics: string[];
  outcome: string | null;
  followUpOn: string | null;
  counsellor: string;
  recordedAt: Date;
  idempotencyKey: string | null;
  version: number;
}

export const CounsellingSession = new EntitySchema<CounsellingSessionRecord>({
  name: 'CounsellingSession',
  tableName: 'counselling_session',
  properties: {
    id: { type: 'uuid', primary: true },
    migrantId: { type: 'uuid' },
    heldOn: { type: 'date' },
    topics: { type: types.array, columnType: 'text[]' },
    outcome: { type: 'string', nullable: true },
    followUpOn: { type: 'date', nullable: true },
    counsellor: { type: 'string' },
    recordedAt: { type: 'datetime' },
    idempotencyKey: { type: 'string', nullable: true, unique: true },
    version: { type: 'integer', version: true },
  },
});
