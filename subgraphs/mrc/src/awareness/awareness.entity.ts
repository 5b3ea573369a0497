import { EntitySchema } from '@mikro-orm/core';
import type { Provider } from '../assistance/service-delivery.js';

/** The eight attendance counts of a session: sex × age group. */
export const ATTENDANCE_COLUMNS = [
  'female0To17', 'female18To29', 'female30To59', 'female60Plus', 'male0To17', 'male18To29', 'male30To59', 'male60Plus',
] as const;
/** `female0To17` → `female_0_to_17`: the column of a count. */
export function columnOf(count: (typeof ATTENDANCE_COLUMNS)[number]): string {
  return count.replace(/(\d+)To(\d+)/, '_$1_to_$2').replace('60Plus', '_60_plus');
}
export type AttendanceCounts = Record<(typeof ATTENDANCE_COLUMNS)[number], number>;

/** A community awareness or information session, with aggregate attendance only. */
export interface AwarenessSessionRecord extends Provider, AttendanceCounts {
  id: string;
  /** PLANNED (attendance all 0) until held, then HELD. */
  status: 'PLANNED' | 'HELD';
  topic: string;
  topicOther: string | null;
  place: string;
  heldOn: string;
  facilitator: string;
  notes: string | null;
  idempotencyKey: string | null;
  recordedAt: Date;
  version: number;
}

export const AwarenessSession = new EntitySchema<AwarenessSessionRecord>({
  name: 'AwarenessSession',
  tableName: 'awareness_session',
  properties: {
    id: { type: 'uuid', primary: true },
    status: { type: 'string', default: 'HELD' },
    topic: { type: 'string' },
    topicOther: { type: 'string', nullable: true },
    place: { type: 'string' },
    heldOn: { type: 'date' },
    facilitator: { type: 'string' },
    ...(Object.fromEntries(ATTENDANCE_COLUMNS.map((c) => [c, { type: 'integer', fieldName: columnOf(c) }])) as Record<(typeof ATTENDANCE_COLUMNS)[number], { type: 'integer'; fieldName: string }>),
    notes: { type: 'text', nullable: true },
    idempotencyKey: { type: 'string', nullable: true, unique: true },
    deliveredBy: { type: 'string' },
    deliveredByName: { type: 'string' },
    deliveredByRole: { type: 'string', nullable: true },
    recordedAt: { type: 'datetime' },
    version: { type: 'integer', version: true },
  },
});
