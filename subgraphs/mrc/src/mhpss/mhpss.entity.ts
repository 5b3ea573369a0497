import { EntitySchema } from '@mikro-orm/core';
import type { Provider } from '../assistance/service-delivery.js';

/** An individual psychosocial support session. */
export interface MhpssSessionRecord extends Provider {
  id: string;
  migrantId: string;
  type: string;
  heldOn: string;
  notes: string | null;
  followUpOn: string | null;
  idempotencyKey: string | null;
  recordedAt: Date;
  version: number;
}

/** A group activity; its attendance list is in `mhpss_attendance`. */
export interface MhpssGroupActivityRecord extends Provider {
  id: string;
  type: string;
  heldOn: string;
  facilitator: string;
  notes: string | null;
  idempotencyKey: string | null;
  recordedAt: Date;
  version: number;
}

/** A migrant on a group activity's list. */
export interface MhpssAttendanceRecord {
  activityId: string;
  migrantId: string;
  attended: boolean;
}

const provider = {
  deliveredBy: { type: 'string' },
  deliveredByName: { type: 'string' },
  deliveredByRole: { type: 'string', nullable: true },
} as const;

export const MhpssSession = new EntitySchema<MhpssSessionRecord>({
  name: 'MhpssSession',
  tableName: 'mhpss_session',
  properties: {
    id: { type: 'uuid', primary: true },
    migrantId: { type: 'uuid' },
    type: { type: 'string' },
    heldOn: { type: 'date' },
    notes: { type: 'text', nullable: true },
    followUpOn: { type: 'date', nullable: true },
    idempotencyKey: { type: 'string', nullable: true, unique: true },
    ...provider,
    recordedAt: { type: 'datetime' },
    version: { type: 'integer', version: true },
  },
});

export const MhpssGroupActivity = new EntitySchema<MhpssGroupActivityRecord>({
  name: 'MhpssGroupActivity',
  tableName: 'mhpss_group_activity',
  properties: {
    id: { type: 'uuid', primary: true },
    type: { type: 'string' },
    heldOn: { type: 'date' },
    facilitator: { type: 'string' },
    notes: { type: 'text', nullable: true },
    idempotencyKey: { type: 'string', nullable: true, unique: true },
    ...provider,
    recordedAt: { type: 'datetime' },
    version: { type: 'integer', version: true },
  },
});

export const MhpssAttendance = new EntitySchema<MhpssAttendanceRecord>({
  name: 'MhpssAttendance',
  tableName: 'mhpss_attendance',
  properties: {
    activityId: { type: 'uuid', primary: true },
    migrantId: { type: 'uuid', primary: true },
    attended: { type: 'boolean' },
  },
});
