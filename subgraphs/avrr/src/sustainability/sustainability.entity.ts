import { EntitySchema } from '@mikro-orm/core';
import type { ScoringConfig } from './indicators.js';

/** A version of the sustainability scoring configuration. */
export interface ScoringVersionRecord extends ScoringConfig {
  id: string;
  name: string;
  description: string;
  active: boolean;
  createdAt: Date;
  createdBy: string;
}

/** One survey round of a returnee, with the scores computed under its scoring version. */
export interface SurveyRecord {
  id: string;
  caseId: string;
  /** 0 = BASELINE, 1 = FOLLOW_UP_1, … */
  round: number;
  conductedOn: string;
  answers: Record<string, number>;
  scoringVersionId: string;
  economicScore: string;
  socialScore: string;
  psychosocialScore: string;
  compositeScore: string;
  level: string;
  recordedBy: string;
  recordedAt: Date;
  idempotencyKey: string | null;
}

export const ScoringVersion = new EntitySchema<ScoringVersionRecord>({
  name: 'ScoringVersion',
  tableName: 'sustainability_scoring_version',
  properties: {
    id: { type: 'uuid', primary: true },
    name: { type: 'string', unique: true },
    description: { type: 'string' },
    indicatorWeights: { type: 'json' },
    dimensionWeights: { type: 'json' },
    thresholds: { type: 'json' },
    active: { type: 'boolean' },
    createdAt: { type: 'datetime' },
    createdBy: { type: 'string' },
  },
});

export const Survey = new EntitySchema<SurveyRecord>({
  name: 'Survey',
  tableName: 'sustainability_survey',
  properties: {
    id: { type: 'uuid', primary: true },
    caseId: { type: 'uuid' },
    round: { type: 'integer' },
    conductedOn: { type: 'date' },
    answers: { type: 'json' },
    scoringVersionId: { type: 'uuid' },
    economicScore: { type: 'decimal', precision: 5, scale: 4 },
    socialScore: { type: 'decimal', precision: 5, scale: 4 },
    psychosocialScore: { type: 'decimal', precision: 5, scale: 4 },
    compositeScore: { type: 'decimal', precision: 5, scale: 4 },
    level: { type: 'string' },
    recordedBy: { type: 'string' },
    recordedAt: { type: 'datetime' },
    idempotencyKey: { type: 'string', nullable: true, unique: true },
  },
});
