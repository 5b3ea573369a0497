import { EntitySchema } from '@mikro-orm/core';
import type { AvrStatus, ReturnDirection } from '../__generated__/resolvers.js';

/** An AVR case file. Only the case's own data is kept here; the migrant's profile stays at the centre. */
export interface AvrCaseRecord {
  id: string;
  caseNumber: string;
  direction: ReturnDirection;
  status: AvrStatus;
  /** Global ID of the centre's migrant (`bossaso:…`), for returns referred by a centre. */
  migrantId: string | null;
  centreCode: string | null;
  /** TO_SOMALIA: the country the returnee is stranded in (ISO 3166-1 alpha-3). */
  hostCountry?: string | null;
  /** TO_SOMALIA: the IOM mission that referred the returnee, e.g. `IOM Yemen`. */
  referringMission?: string | null;
  /** TO_SOMALIA: the returnee's own minimal identity, kept in the case file. */
  returneeFullName?: string | null;
  returneeSex?: string | null;
  returneeDateOfBirth?: string | null;
  destinationCountry: string;
  destinationRegion: string | null;
  destinationCommunity?: string | null;
  isUnaccompaniedChild?: boolean;
  bestInterestsDeterminationRef?: string | null;
  familyAssessment?: string | null;
  childConsentAt?: Date | null;
  guardianConsentAt?: Date | null;
  escortName?: string | null;
  handOverSignedBy?: string | null;
  handOverSignedAt?: Date | null;
  nationalityVerifiedOn?: string | null;
  travelDocumentType?: string | null;
  travelDocumentNumber?: string | null;
  travelDocumentIssuedOn?: string | null;
  /** The movement the case is booked on. */
  movementId?: string | null;
  /** The centre's referral this case was opened from (idempotency of intake). */
  referralId?: string | null;
  referralRequestedAt?: Date | null;
  consentRecordedAt?: Date | null;
  openedAt: Date;
  updatedAt?: Date | null;
  idempotencyKey: string | null;
  version: number;
  /** Set by the retention job: the case is kept for the indicators only and takes no more writes. */
  anonymisedAt?: Date | null;
}

export const AvrCase = new EntitySchema<AvrCaseRecord>({
  name: 'AvrCase',
  tableName: 'avr_case',
  properties: {
    id: { type: 'uuid', primary: true },
    caseNumber: { type: 'string', unique: true },
    direction: { type: 'string' },
    status: { type: 'string' },
    migrantId: { type: 'string', nullable: true },
    centreCode: { type: 'string', nullable: true },
    hostCountry: { type: 'string', length: 3, nullable: true },
    referringMission: { type: 'string', nullable: true },
    returneeFullName: { type: 'string', nullable: true },
    returneeSex: { type: 'string', nullable: true },
    returneeDateOfBirth: { type: 'date', nullable: true },
    destinationCountry: { type: 'string', length: 3 },
    destinationRegion: { type: 'string', nullable: true },
    destinationCommunity: { type: 'string', nullable: true },
    isUnaccompaniedChild: { type: 'boolean', default: false },
    bestInterestsDeterminationRef: { type: 'string', nullable: true },
    familyAssessment: { type: 'string', nullable: true },
    childConsentAt: { type: 'datetime', nullable: true },
    guardianConsentAt: { type: 'datetime', nullable: true },
    escortName: { type: 'string', nullable: true },
    handOverSignedBy: { type: 'string', nullable: true },
    handOverSignedAt: { type: 'datetime', nullable: true },
    nationalityVerifiedOn: { type: 'date', nullable: true },
    travelDocumentType: { type: 'string', nullable: true },
    travelDocumentNumber: { type: 'string', nullable: true },
    travelDocumentIssuedOn: { type: 'date', nullable: true },
    movementId: { type: 'uuid', nullable: true },
    referralId: { type: 'string', nullable: true, unique: true },
    referralRequestedAt: { type: 'datetime', nullable: true },
    consentRecordedAt: { type: 'datetime', nullable: true },
    openedAt: { type: 'datetime' },
    updatedAt: { type: 'datetime', nullable: true },
    idempotencyKey: { type: 'string', nullable: true, unique: true },
    version: { type: 'integer', version: true },
    anonymisedAt: { type: 'datetime', nullable: true },
  },
});

/** States after which a case no longer blocks a new one for the same migrant. */
export const FINISHED_STATUSES: readonly AvrStatus[] = ['CLOSED', 'WITHDRAWN', 'REJECTED', 'CANCELLED'];
