import type { EntityManager } from '@mikro-orm/postgresql';
import { requireConsent } from '../consent/consent.js';

/**
 * Medical assistance needs the migrant's consent for the purpose MEDICAL, as recorded in the consent
 * register (`src/consent/`): without it a consultation is refused and nothing is written.
 */
export async function requireMedicalConsent(em: EntityManager, migrantId: string): Promise<void> {
  await requireConsent(em, migrantId, 'MEDICAL');
}
