import { EntitySchema, types } from '@mikro-orm/core';

export type Sex = 'FEMALE' | 'MALE';
export type CaseStatus = 'OPEN' | 'CLOSED' | 'TRANSFERRED';
export type RiskLevel = 'LOW' | 'MEDIUM' | 'HIGH';

/** A migrant's case file at one centre, as stored in the site's own database. */
export interface MigrantRecord {
  /** Local UUID; the GraphQL ID adds the site prefix. */
  id: string;
  registrationNumber: string;
  givenName: string;
  familyName: string;
  sex: Sex;
  dateOfBirth: string | null;
  dateOfBirthEstimated: boolean;
  nationality: string;
  regionOfOrigin: string | null;
  hasDocuments: boolean;
  intendedDestination: string | null;
  arrivalDate: string;
  registeredAt: Date;
  caseStatus: CaseStatus;
  idempotencyKey: string | null;
  version: number;
  /** Another name the migrant is known by. */
  alias: string | null;
  languages: string[];
  /** Type of the document held (null: none). */
  documentType: string | null;
  documentNumber: string | null;
  migrationReasons: string[];
  /** Null when not asked. */
  accompanied: boolean | null;
  accompaniedBy: string | null;
  phone: string | null;
  /** Token subject of the caseworker owning the case. */
  caseOwner: string | null;
  /** Token subjects of the caseworkers assigned. */
  caseworkers: string[];
  riskLevel: RiskLevel | null;
  closedReason: string | null;
  closedAt: Date | null;
  /** The organisation that took the case over, when TRANSFERRED. */
  transferredTo: string | null;
  /** Set by a vulnerability screening; picked up by the protection team. */
  isUnaccompaniedChild: boolean;
  hasTraffickingIndicators: boolean;
  /** Set by the retention job: the case file is kept for the indicators only and takes no more writes. */
  anonymisedAt: Date | null;
}

export const Migrant = new EntitySchema<MigrantRecord>({
  name: 'Migrant',
  tableName: 'migrant',
  properties: {
    id: { type: 'uuid', primary: true },
    registrationNumber: { type: 'string', unique: true },
    givenName: { type: 'string' },
    familyName: { type: 'string' },
    sex: { type: 'string' },
    dateOfBirth: { type: 'date', nullable: true },
    dateOfBirthEstimated: { type: 'boolean' },
    nationality: { type: 'string', length: 3 },
    regionOfOrigin: { type: 'string', nullable: true },
    hasDocuments: { type: 'boolean' },
    intendedDestination: { type: 'string', length: 3, nullable: true },
    arrivalDate: { type: 'date' },
    registeredAt: { type: 'datetime' },
    caseStatus: { type: 'string' },
    idempotencyKey: { type: 'string', nullable: true, unique: true },
    version: { type: 'integer', version: true },
    alias: { type: 'string', nullable: true },
    languages: { type: types.array, columnType: 'text[]' },
    documentType: { type: 'string', nullable: true },
    documentNumber: { type: 'string', nullable: true },
    migrationReasons: { type: types.array, columnType: 'text[]' },
    accompanied: { type: 'boolean', nullable: true },
    accompaniedBy: { type: 'string', nullable: true },
    phone: { type: 'string', nullable: true },
    caseOwner: { type: 'string', nullable: true },
    caseworkers: { type: types.array, columnType: 'text[]' },
    riskLevel: { type: 'string', nullable: true },
    closedReason: { type: 'string', nullable: true },
    closedAt: { type: 'datetime', nullable: true },
    anonymisedAt: { type: 'datetime', nullable: true },
    transferredTo: { type: 'string', nullable: true },
    isUnaccompaniedChild: { type: 'boolean' },
    hasTraffickingIndicators: { type: 'boolean' },
  },
});
