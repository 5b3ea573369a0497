import type { EntityManager } from '@mikro-orm/postgresql';
import { conflict, globalId, InputCheck, notFound, recordAudit, requireSiteId, requireSiteScope, Scope, type SiteConfig, type Viewer } from '@mpa/platform';
import { GraphQLError } from 'graphql';
import { randomUUID } from 'node:crypto';
import type { ConsentOverrideInput, RecordConsentInput, WithdrawConsentInput } from '../__generated__/resolvers.js';
import { checkVersion, createOnce, withOptimisticLock } from '../migrants/case-helpers.js';
import { ageOn } from '../migrants/migrant.resolvers.js';
import { Migrant, type MigrantRecord } from '../migrants/migrant.entity.js';
import { migrantForEdit, refuseAnonymisedCase } from '../migrants/update-migrant.js';
import { Consent, type ConsentPurpose, type ConsentRecord } from './consent.entity.js';

export interface ConsentResult {
  consent: ConsentRecord;
  migrant: MigrantRecord;
  created: boolean;
}

export async function recordConsent(em: EntityManager, site: SiteConfig, viewer: Viewer, input: RecordConsentInput): Promise<ConsentResult> {
  const check = new InputCheck();
  const migrantId = requireSiteId(input.migrantId, site.code, 'input.migrantId');
  const guardianName = check.optionalText('guardianName', input.guardianName, 100);
  const guardianRelationship = check.optionalText('guardianRelationship', input.guardianRelationship, 100);
  if (input.givenBy === 'GUARDIAN') {
    if (!guardianName) check.fail('guardianName', 'is required when a guardian gives consent');
    if (!guardianRelationship) check.fail('guardianRelationship', 'is required when a guardian gives consent');
  } else if (guardianName || guardianRelationship) {
    check.fail('givenBy', 'must be GUARDIAN when a guardian is named');
  }
  const today = new Date().toISOString().slice(0, 10);
  const givenOn = check.pastDate('givenOn', input.givenOn ?? today, site.openedOn) ?? today;
  const idempotencyKey = check.optionalText('idempotencyKey', input.idempotencyKey, 100);
  check.done();

  const { record, created } = await createOnce(
    idempotencyKey,
    (key) => em.fork().findOne(Consent, { idempotencyKey: key }),
    () =>
      em.transactional(async (tx) => {
        const migrant = await migrantForEdit(tx, site, migrantId);
        if (input.givenBy === 'MIGRANT' && migrant.dateOfBirth && ageOn(migrant.dateOfBirth) < 18) {
          throw new GraphQLError('Invalid input. input.givenBy: a child\'s consent is given by a guardian', {
            extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.givenBy', message: "a child's consent is given by a guardian" }] },
          });
        }
        const inForce = await tx.findOne(Consent, { migrantId, purpose: input.purpose, withdrawnOn: null });
        if (inForce) throw conflict(`A consent for ${input.purpose} is already in force (given ${inForce.givenOn}).`);
        const consent = tx.create(Consent, {
          id: randomUUID(), migrantId, purpose: input.purpose, givenBy: input.givenBy, guardianName, guardianRelationship, givenOn,
          recordedBy: viewer.subject, recordedAt: new Date(), withdrawnOn: null, withdrawalReason: null, withdrawnBy: null, idempotencyKey, version: 1,
        });
        await tx.flush();
        await recordAudit(tx, {
          viewer, action: 'create', entity: 'Consent', entityId: globalId(site.code, migrantId),
          changes: [{ field: `consent.${input.purpose}`, from: null, to: { givenBy: input.givenBy, givenOn, guardianName, guardianRelationship } }],
        });
        return consent;
      }),
  );
  return { consent: record, migrant: await em.fork().findOneOrFail(Migrant, { id: record.migrantId }), created };
}

export async function withdrawConsent(em: EntityManager, site: SiteConfig, viewer: Viewer, input: WithdrawConsentInput): Promise<ConsentResult> {
  const check = new InputCheck();
  const id = requireSiteId(input.id, site.code, 'input.id');
  const reason = check.requiredText('reason', input.reason, 500);
  const today = new Date().toISOString().slice(0, 10);
  const withdrawnOn = check.pastDate('withdrawnOn', input.withdrawnOn ?? today, site.openedOn) ?? today;
  check.done();
  const consent = await withOptimisticLock('consent', () =>
    em.transactional(async (tx) => {
      const found = await tx.findOne(Consent, { id });
      if (!found) throw notFound('Consent', input.id);
      await refuseAnonymisedCase(tx, site, found.migrantId);
      checkVersion(found, input.expectedVersion, 'consent');
      if (found.withdrawnOn) throw conflict(`The consent was already withdrawn on ${found.withdrawnOn}.`);
      if (withdrawnOn < found.givenOn) {
        throw new GraphQLError('Invalid input. input.withdrawnOn: cannot be before the consent was given', {
          extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.withdrawnOn', message: 'cannot be before the consent was given' }] },
        });
      }
      tx.assign(found, { withdrawnOn, withdrawalReason: reason, withdrawnBy: viewer.subject });
      await tx.flush();
      await recordAudit(tx, {
        viewer, action: 'update', entity: 'Consent', entityId: globalId(site.code, found.migrantId), reason,
        changes: [{ field: `consent.${found.purpose}`, from: 'given', to: 'withdrawn' }],
      });
      return found;
    }),
  );
  return { consent, migrant: await em.fork().findOneOrFail(Migrant, { id: consent.migrantId }), created: false };
}

/** Refusal of an action the migrant has not consented to. */
export function consentRequired(purpose: ConsentPurpose): GraphQLError {
  return new GraphQLError(`This needs the migrant's consent for ${purpose}, which is not in force. Record it first (or override, with the consent:override scope and a reason).`, {
    extensions: { code: 'CONSENT_REQUIRED', purpose },
  });
}

/** Checks an override's reason with the rest of an input (before anything is written). */
export function checkOverride(check: InputCheck, override: ConsentOverrideInput | null | undefined): string | null {
  if (!override) return null;
  return check.requiredText('consentOverride.reason', override.reason, 500);
}

/** What an action relied on: the consent in force, or an override. */
export interface ConsentBasis {
  consent: ConsentRecord | null;
  overridden: boolean;
}

/**
 * Gate of every action needing consent. Call it inside the action's transaction: with no consent in
 * force it refuses with CONSENT_REQUIRED, unless an override is given by someone holding
 * consent:override, which is then audit-logged (action `override`, with the reason) in the same transaction.
 */
export async function requireConsent(
  em: EntityManager,
  migrantId: string,
  purpose: ConsentPurpose,
  override?: { site: SiteConfig; viewer: Viewer; reason: string | null } | null,
): Promise<ConsentBasis> {
  const consent = await em.findOne(Consent, { migrantId, purpose, withdrawnOn: null }, { orderBy: { givenOn: 'desc' } });
  if (consent) return { consent, overridden: false };
  if (!override?.reason) throw consentRequired(purpose);
  requireSiteScope(override.viewer, override.site.code, Scope.ConsentOverride);
  await recordAudit(em, {
    viewer: override.viewer, action: 'override', entity: 'Consent', entityId: globalId(override.site.code, migrantId),
    changes: [{ field: `consent.${purpose}`, from: null, to: 'overridden' }], reason: override.reason,
  });
  return { consent: null, overridden: true };
}
