import type { EntityManager } from '@mikro-orm/postgresql';
import type { Connection } from '@mpa/platform';
import DataLoader from 'dataloader';
import { migrantPageLoader, type ChildPageKey } from '../assistance/service-delivery.js';
import { findPlainIn } from '../migrants/plain-rows.js';
import { PartnerOrganisation, Referral, type PartnerOrganisationRecord, type ReferralRecord } from './referral.entity.js';

export interface ReferralLoaders {
  /** A page of referrals per migrant, newest first: one query for a whole page of migrants. */
  referralsByMigrant: DataLoader<ChildPageKey, Connection<ReferralRecord>, string>;
  /** Partners by local UUID: one query however many referrals name them. */
  partnerById: DataLoader<string, PartnerOrganisationRecord | null>;
}

export function createReferralLoaders(em: EntityManager): ReferralLoaders {
  return {
    referralsByMigrant: migrantPageLoader(em, Referral, 'requestedAt'),
    partnerById: new DataLoader(async (ids) => {
      const rows = await findPlainIn(em, PartnerOrganisation, 'id', ids);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
