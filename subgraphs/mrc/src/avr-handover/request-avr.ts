import type { EntityManager } from '@mikro-orm/postgresql';
import { conflict, globalId, InputCheck, isCountryCode, recordAudit, requireSiteId, type SiteConfig, type Viewer } from '@mpa/platform';
import { GraphQLError } from 'graphql';
import { randomUUID } from 'node:crypto';
import type { RequestAvrInput } from '../__generated__/resolvers.js';
import { checkOverride, requireConsent } from '../consent/consent.js';
import { createOnce, invalidTransition } from '../migrants/case-helpers.js';
import { Migrant, type MigrantRecord } from '../migrants/migrant.entity.js';
import { migrantForEdit } from '../migrants/update-migrant.js';
import { CounsellingSession } from '../screening/screening.entity.js';
import { AvrOutbox, type AvrOutboxRecord } from './avr-outbox.entity.js';

export interface AvrRequestResult {
  avrRequest: AvrOutboxRecord;
  migrant: MigrantRecord;
  created: boolean;
}

/**
 * Records an AVR request and its outbox row in one transaction: once this commits, the relay hands
 * it over to AVRR however long AVRR is unreachable. Needs AVR consent and an AVR counselling session.
 */
export async function requestAvr(em: EntityManager, site: SiteConfig, viewer: Viewer, input: RequestAvrInput): Promise<AvrRequestResult> {
  const check = new InputCheck();
  const migrantId = requireSiteId(input.migrantId, site.code, 'input.migrantId');
  if (!isCountryCode(input.destinationCountry)) check.fail('destinationCountry', 'must be an ISO 3166-1 alpha-3 code, e.g. ETH');
  else if (input.destinationCountry === 'SOM') check.fail('destinationCountry', 'cannot be Somalia for a return from a Somali centre');
  const destinationRegion = check.optionalText('destinationRegion', input.destinationRegion, 100);
  const overrideReason = checkOverride(check, input.consentOverride);
  const idempotencyKey = check.optionalText('idempotencyKey', input.idempotencyKey, 100);
  check.done();

  const { record, created } = await createOnce(
    idempotencyKey,
    (key) => em.fork().findOne(AvrOutbox, { idempotencyKey: key }),
    () =>
      em.transactional(async (tx) => {
        const migrant = await migrantForEdit(tx, site, migrantId);
        if (migrant.caseStatus !== 'OPEN') throw invalidTransition(`The case is ${migrant.caseStatus}; AVR is requested for an open case.`, migrant.caseStatus, 'AVR');
        const counselled = await tx.count(CounsellingSession, { migrantId, topics: { $contains: ['AVR'] } });
        if (!counselled) {
          throw new GraphQLError('Counsel the migrant on AVR (a counselling session with the AVR topic) before requesting it.', { extensions: { code: 'COUNSELLING_REQUIRED' } });
        }
        const pending = await tx.findOne(AvrOutbox, { migrantId, status: 'PENDING' });
        if (pending) throw conflict('An AVR request for this migrant is already being handed over.');
        const basis = await requireConsent(tx, migrantId, 'AVR', overrideReason ? { site, viewer, reason: overrideReason } : null);
        const now = new Date();
        const request = tx.create(AvrOutbox, {
          id: randomUUID(), migrantId, destinationCountry: input.destinationCountry, destinationRegion, requestedBy: viewer.subject, requestedAt: now,
          isUnaccompaniedChild: migrant.isUnaccompaniedChild, consentRecordedAt: basis.consent?.recordedAt ?? now, status: 'PENDING', attempts: 0,
          lastError: null, nextAttemptAt: now, deliveredAt: null, avrCaseId: null, consentOverridden: basis.overridden, idempotencyKey, version: 1,
        });
        await tx.flush();
        await recordAudit(tx, {
          viewer, action: 'create', entity: 'AvrRequest', entityId: globalId(site.code, migrantId),
          changes: [{ field: 'avrRequest', from: null, to: { destinationCountry: input.destinationCountry, destinationRegion, status: 'PENDING' } }],
        });
        return request;
      }),
  );
  return { avrRequest: record, migrant: await em.fork().findOneOrFail(Migrant, { id: record.migrantId }), created };
}
