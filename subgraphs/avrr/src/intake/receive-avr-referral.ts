import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { forbidden, InputCheck, isCountryCode, parseGlobalId, requireScope, Scope, type SiteConfig, type Viewer } from '@mpa/platform';
import type { AvrReferralInput } from '../__generated__/resolvers.js';
import { AvrCase, FINISHED_STATUSES, type AvrCaseRecord } from '../avr-cases/avr-case.entity.js';
import { createAvrCase } from '../avr-cases/create-avr-case.js';

/** What `receiveAvrReferral` answers. */
export interface AvrReferralReceiptRecord {
  avrCase: AvrCaseRecord;
  created: boolean;
}

function instant(check: InputCheck, field: string, value: Date | string): Date {
  const at = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(at.getTime())) check.fail(field, 'is not a valid date and time');
  else if (at.getTime() > Date.now() + 5 * 60_000) check.fail(field, 'cannot be in the future');
  return at;
}

/**
 * Receives a centre's AVR referral (its outbox calls this). Only the centre's own service account
 * (avr:intake) may deliver its migrants. Idempotent on `referralId`: a repeated or concurrent
 * delivery returns the case the first one opened, with `created: false`. When the migrant already
 * has an active case (opened by an AVRR officer), that case is returned, also with `created: false`.
 */
export async function receiveAvrReferral(em: EntityManager, sites: readonly SiteConfig[], viewer: Viewer, input: AvrReferralInput): Promise<AvrReferralReceiptRecord> {
  requireScope(viewer, Scope.AvrIntake);
  const check = new InputCheck();
  const referralId = check.requiredText('referralId', input.referralId, 100);
  const parsed = parseGlobalId(input.migrantId);
  const site = parsed ? sites.find((s) => s.code === parsed.site) : undefined;
  if (!site) check.fail('migrantId', 'is not the ID of a migrant registered at a centre');
  if (!isCountryCode(input.destinationCountry)) check.fail('destinationCountry', 'must be an ISO 3166-1 alpha-3 code, e.g. ETH');
  const destinationRegion = check.optionalText('destinationRegion', input.destinationRegion, 100);
  const requestedAt = instant(check, 'requestedAt', input.requestedAt);
  const consentRecordedAt = instant(check, 'consentRecordedAt', input.consentRecordedAt);
  check.done();
  // A centre hands over only its own migrants.
  if (viewer.site !== site!.code) throw forbidden(`Only ${site!.code}'s own service account can refer ${site!.code} migrants.`);

  const byReferral = async (m: EntityManager) => m.findOne(AvrCase, { referralId });
  const earlier = await byReferral(em);
  if (earlier) return { avrCase: earlier, created: false };
  const active = await em.findOne(AvrCase, { migrantId: input.migrantId, status: { $nin: [...FINISHED_STATUSES] } });
  if (active) return { avrCase: active, created: false };
  try {
    const avrCase = await createAvrCase(em.fork(), viewer, {
      direction: 'TO_COUNTRY_OF_ORIGIN',
      migrantId: input.migrantId,
      centreCode: site!.code,
      destinationCountry: input.destinationCountry,
      destinationRegion,
      isUnaccompaniedChild: input.isUnaccompaniedChild,
      referralId,
      referralRequestedAt: requestedAt,
      consentRecordedAt,
      idempotencyKey: null,
    }, `Referred by ${site!.name} (referral ${referralId}).`);
    return { avrCase, created: true };
  } catch (err) {
    // A concurrent delivery of the same referral (or of another referral for the same migrant) won.
    if (err instanceof UniqueConstraintViolationException) {
      const fresh = em.fork();
      const winner = (await byReferral(fresh)) ?? (await fresh.findOne(AvrCase, { migrantId: input.migrantId, status: { $nin: [...FINISHED_STATUSES] } }));
      if (winner) return { avrCase: winner, created: false };
    }
    throw err;
  }
}
