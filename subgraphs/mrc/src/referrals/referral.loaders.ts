import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupByMigrant } from '../migrants/group-by-migrant.js';
import { PartnerOrganisation, Referral, type PartnerOrganisationRecord, type ReferralRecord } from './referral.entity.js';

export interface ReferralLoaders {
  /** Referrals of each migrant, newest first: one query for a whole page of migrants. */
  referralsByMigrant: DataLoader<string, ReferralRecord[]>;
  /** Partners by local UUID: one query however many referrals name them. */
  partnerById: DataLoader<string, PartnerOrganisationRecord | null>;
}

export function createReferralLoaders(em: EntityManager): ReferralLoaders {
  return {
    referralsByMigrant: new DataLoader(async (ids) => {
      const rows = await em.find(Referral, { migrantId: { $in: [...ids] } }, { orderBy: { requestedAt: 'desc', id: 'desc' } });
      return groupByMigrant(ids, rows);
    }),
    partnerById: new DataLoader(async (ids) => {
      const rows = await em.find(PartnerOrganisation, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
