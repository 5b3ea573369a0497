import { EntitySchema } from '@mikro-orm/core';
import type { ActivityStatus, DeliveryModality, PlanScope, ReintegrationActivityType, ReintegrationDimension } from '../__generated__/resolvers.js';

/** A returnee's reintegration plan (or a household's, or a community project led from the case). */
export interface ReintegrationPlanRecord {
  id: string;
  caseId: string;
  scope: PlanScope;
  summary: string | null;
  beneficiaries: number;
  createdAt: Date;
  idempotencyKey: string | null;
  version: number;
}

/** One activity of a plan, in one of the three dimensions. */
export interface ReintegrationActivityRecord {
  id: string;
  planId: string;
  dimension: ReintegrationDimension;
  type: ReintegrationActivityType;
  modality: DeliveryModality;
  description: string | null;
  amount: string | null;
  currency: string | null;
  partner: string | null;
  status: ActivityStatus;
  deliveredOn: string | null;
  createdAt: Date;
  idempotencyKey: string | null;
  version: number;
}

export const ReintegrationPlan = new EntitySchema<ReintegrationPlanRecord>({
  name: 'ReintegrationPlan',
  tableName: 'reintegration_plan',
  properties: {
    id: { type: 'uuid', primary: true },
    caseId: { type: 'uuid', unique: true },
    scope: { type: 'string' },
    summary: { type: 'string', nullable: true },
    beneficiaries: { type: 'integer' },
    createdAt: { type: 'datetime' },
    idempotencyKey: { type: 'string', nullable: true, unique: true },
    version: { type: 'integer', version: true },
  },
});

export const ReintegrationActivity = new EntitySchema<ReintegrationActivityRecord>({
  name: 'ReintegrationActivity',
  tableName: 'reintegration_activity',
  properties: {
    id: { type: 'uuid', primary: true },
    planId: { type: 'uuid' },
    dimension: { type: 'string' },
    type: { type: 'string' },
    modality: { type: 'string' },
    description: { type: 'string', nullable: true },
    amount: { type: 'decimal', nullable: true, precision: 12, scale: 2 },
    currency: { type: 'string', length: 3, nullable: true },
    partner: { type: 'string', nullable: true },
    status: { type: 'string' },
    deliveredOn: { type: 'date', nullable: true },
    createdAt: { type: 'datetime' },
    idempotencyKey: { type: 'string', nullable: true, unique: true },
    version: { type: 'integer', version: true },
  },
});

/** Which activity types belong to which dimension. */
export const ACTIVITY_TYPES: Readonly<Record<ReintegrationDimension, readonly ReintegrationActivityType[]>> = {
  ECONOMIC: ['BUSINESS_START_UP', 'VOCATIONAL_TRAINING', 'JOB_PLACEMENT'],
  SOCIAL: ['HOUSING', 'EDUCATION', 'HEALTH', 'DOCUMENTATION'],
  PSYCHOSOCIAL: ['COUNSELLING', 'MHPSS'],
};

/** How an activity's delivery status may change. */
export const ACTIVITY_STATUS_TRANSITIONS: Readonly<Record<ActivityStatus, readonly ActivityStatus[]>> = {
  PLANNED: ['IN_PROGRESS', 'DELIVERED', 'CANCELLED'],
  IN_PROGRESS: ['DELIVERED', 'CANCELLED'],
  DELIVERED: [],
  CANCELLED: [],
};
