import { EntitySchema } from '@mikro-orm/core';

export type Sex = 'FEMALE' | 'MALE';
export type CaseStatus = 'OPEN' | 'CLOSED' | 'TRANSFERRED';

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
  },
});
