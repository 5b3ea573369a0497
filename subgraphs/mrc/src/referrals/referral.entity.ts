import { EntitySchema, types } from '@mikro-orm/core';

/** A partner organisation of the centre. */
export interface PartnerOrganisationRecord {
  id: string;
  name: string;
  services: string[];
  contact: string | null;
  createdAt: Date;
  idempotencyKey: string | null;
  version: number;
}

export const PartnerOrganisation = new EntitySchema<PartnerOrganisationRecord>({
  name: 'PartnerOrganisation',
  tableName: 'partner_organisation',
  properties: {
    id: { type: 'uuid', primary: true },
    name: { type: 'string' },
    services: { type: types.array, columnType: 'text[]' },
    contact: { type: 'string', nullable: true },
    createdAt: { type: 'datetime' },
    idempotencyKey: { type: 'string', nullable: true, unique: true },
    version: { type: 'integer', version: true },
  },
});

export type ReferralStatus = 'REQUESTED' | 'ACCEPTED' | 'REJECTED' | 'COMPLETED' | 'REVOKED';

/** A referral of a migrant to a partner for one service. */
export interface ReferralRecord {
  id: string;
  migrantId: string;
  partnerId: string;
  service: string;
  need: string | null;
  note: string | null;
  status: ReferralStatus;
  statusReason: string | null;
  requestedBy: string;
  requestedAt: Date;
  updatedAt: Date;
  consentOverridden: boolean;
  idempotencyKey: string | null;
  version: number;
}

export const Referral = new EntitySchema<ReferralRecord>({
  name: 'Referral',
  tableName: 'referral',
  properties: {
    id: { type: 'uuid', primary: true },
    migrantId: { type: 'uuid' },
    partnerId: { type: 'uuid' },
    service: { type: 'string' },
    need: { type: 'string', nullable: true },
    note: { type: 'string', nullable: true },
    status: { type: 'string' },
    statusReason: { type: 'string', nullable: true },
    requestedBy: { type: 'string' },
    requestedAt: { type: 'datetime' },
    updatedAt: { type: 'datetime' },
    consentOverridden: { type: 'boolean' },
    idempotencyKey: { type: 'string', nullable: true, unique: true },
    version: { type: 'integer', version: true },
  },
});
