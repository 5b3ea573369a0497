import { EntitySchema } from '@mikro-orm/core';
import type { Provider } from '../assistance/service-delivery.js';

export type ReferralUrgency = 'ROUTINE' | 'URGENT' | 'EMERGENCY';

/** A basic medical consultation at the centre, as stored in the site's own database. */
export interface MedicalConsultationRecord extends Provider {
  id: string;
  migrantId: string;
  consultedOn: string;
  presentingComplaint: string;
  observations: string | null;
  treatmentGiven: string | null;
  medication: string | null;
  referralFacility: string | null;
  referralReason: string | null;
  referralUrgency: ReferralUrgency | null;
  followUpOn: string | null;
  followUpNotes: string | null;
  recordedAt: Date;
  idempotencyKey: string | null;
  version: number;
}

export const MedicalConsultation = new EntitySchema<MedicalConsultationRecord>({
  name: 'MedicalConsultation',
  tableName: 'medical_consultation',
  properties: {
    id: { type: 'uuid', primary: true },
    migrantId: { type: 'uuid' },
    consultedOn: { type: 'date' },
    presentingComplaint: { type: 'text' },
    observations: { type: 'text', nullable: true },
    treatmentGiven: { type: 'text', nullable: true },
    medication: { type: 'text', nullable: true },
    referralFacility: { type: 'text', nullable: true },
    referralReason: { type: 'text', nullable: true },
    referralUrgency: { type: 'string', nullable: true },
    followUpOn: { type: 'date', nullable: true },
    followUpNotes: { type: 'text', nullable: true },
    deliveredBy: { type: 'string' },
    deliveredByName: { type: 'string' },
    deliveredByRole: { type: 'string', nullable: true },
    recordedAt: { type: 'datetime' },
    idempotencyKey: { type: 'string', nullable: true, unique: true },
    version: { type: 'integer', version: true },
  },
});
