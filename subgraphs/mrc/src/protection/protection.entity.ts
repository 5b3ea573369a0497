import { EntitySchema, types } from '@mikro-orm/core';
import type { Provider } from '../assistance/service-delivery.js';

export type FamilyTracingStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'FAMILY_LOCATED' | 'REUNIFIED' | 'NOT_POSSIBLE';
export type TraffickingIdentification = 'IDENTIFIED' | 'NOT_IDENTIFIED' | 'PENDING';

/** The UAM case of a child; best-interests assessment, determination and guardian are flat columns. */
export interface UamCaseRecord extends Provider {
  id: string;
  migrantId: string;
  openedOn: string;
  separation: 'UNACCOMPANIED' | 'SEPARATED';
  familyTracingStatus: FamilyTracingStatus;
  biaAssessedOn: string | null;
  biaFindings: string | null;
  biaAssessedBy: string | null;
  bidDecision: string | null;
  bidDecidedOn: string | null;
  bidPanel: string | null;
  guardianName: string | null;
  guardianRelationship: string | null;
  guardianContact: string | null;
  guardianAppointedOn: string | null;
  escortNeeds: string | null;
  idempotencyKey: string | null;
  recordedAt: Date;
  version: number;
}

export interface AssistancePlanItemRecord {
  description: string;
  status: 'PLANNED' | 'IN_PROGRESS' | 'DONE' | 'CANCELLED';
  dueOn: string | null;
}

/** A trafficking screening, identification decision and assistance plan. */
export interface TraffickingCaseRecord extends Provider {
  id: string;
  migrantId: string;
  openedOn: string;
  screenedOn: string;
  actIndicators: string[];
  meansIndicators: string[];
  purposeIndicators: string[];
  purposeOther: string | null;
  screeningNotes: string | null;
  identification: TraffickingIdentification;
  identifiedOn: string | null;
  identifiedBy: string | null;
  assistancePlan: AssistancePlanItemRecord[];
  idempotencyKey: string | null;
  recordedAt: Date;
  version: number;
}

const provider = {
  deliveredBy: { type: 'string' },
  deliveredByName: { type: 'string' },
  deliveredByRole: { type: 'string', nullable: true },
} as const;

export const UamCase = new EntitySchema<UamCaseRecord>({
  name: 'UamCase',
  tableName: 'uam_case',
  properties: {
    id: { type: 'uuid', primary: true },
    migrantId: { type: 'uuid', unique: true },
    openedOn: { type: 'date' },
    separation: { type: 'string' },
    familyTracingStatus: { type: 'string' },
    biaAssessedOn: { type: 'date', nullable: true },
    biaFindings: { type: 'text', nullable: true },
    biaAssessedBy: { type: 'string', nullable: true },
    bidDecision: { type: 'text', nullable: true },
    bidDecidedOn: { type: 'date', nullable: true },
    bidPanel: { type: 'string', nullable: true },
    guardianName: { type: 'string', nullable: true },
    guardianRelationship: { type: 'string', nullable: true },
    guardianContact: { type: 'string', nullable: true },
    guardianAppointedOn: { type: 'date', nullable: true },
    escortNeeds: { type: 'text', nullable: true },
    idempotencyKey: { type: 'string', nullable: true, unique: true },
    ...provider,
    recordedAt: { type: 'datetime' },
    version: { type: 'integer', version: true },
  },
});

export const TraffickingCase = new EntitySchema<TraffickingCaseRecord>({
  name: 'TraffickingCase',
  tableName: 'trafficking_case',
  properties: {
    id: { type: 'uuid', primary: true },
    migrantId: { type: 'uuid', unique: true },
    openedOn: { type: 'date' },
    screenedOn: { type: 'date' },
    actIndicators: { type: types.array, columnType: 'text[]' },
    meansIndicators: { type: types.array, columnType: 'text[]' },
    purposeIndicators: { type: types.array, columnType: 'text[]' },
    purposeOther: { type: 'text', nullable: true },
    screeningNotes: { type: 'text', nullable: true },
    identification: { type: 'string' },
    identifiedOn: { type: 'date', nullable: true },
    identifiedBy: { type: 'string', nullable: true },
    assistancePlan: { type: types.json },
    idempotencyKey: { type: 'string', nullable: true, unique: true },
    ...provider,
    recordedAt: { type: 'datetime' },
    version: { type: 'integer', version: true },
  },
});
