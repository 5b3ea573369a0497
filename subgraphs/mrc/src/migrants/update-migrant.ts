import type { EntityManager } from '@mikro-orm/postgresql';
import { changedFields, cleanText, globalId, InputCheck, isCountryCode, notFound, recordAudit, requireSiteId, type SiteConfig, type Viewer } from '@mpa/platform';
import { randomUUID } from 'node:crypto';
import type { IdentityDocumentInput, MigrationReason, RaiseFlagInput, UpdateMigrantInput } from '../__generated__/resolvers.js';
import { CaseFlag, type CaseFlagRecord } from './case-flag.entity.js';
import { checkVersion, createOnce, invalidTransition, refuseAnonymised, withOptimisticLock } from './case-helpers.js';
import { Migrant, type MigrantRecord } from './migrant.entity.js';

/** Fields of the case file whose changes go into its history. */
export const TRACKED_FIELDS = [
  'givenName', 'familyName', 'alias', 'languages', 'documentType', 'documentNumber', 'hasDocuments', 'migrationReasons',
  'accompanied', 'accompaniedBy', 'phone', 'regionOfOrigin', 'intendedDestination', 'caseOwner', 'caseworkers', 'riskLevel',
  'caseStatus', 'closedReason', 'transferredTo', 'isUnaccompaniedChild', 'hasTraffickingIndicators',
] as const satisfies readonly (keyof MigrantRecord)[];

/** A list of short texts (languages, token subjects): trimmed, de-duplicated, bounded. */
export function textList(check: InputCheck, field: string, values: readonly string[], maxItems = 10, maxLength = 100): string[] {
  const cleaned = [...new Set(values.map((v) => cleanText(v)).filter((v): v is string => !!v))];
  if (cleaned.length > maxItems) check.fail(field, `must have at most ${maxItems} entries`);
  if (cleaned.some((v) => v.length > maxLength)) check.fail(field, `entries must be at most ${maxLength} characters`);
  return cleaned;
}

/** The document fields of a case file from a document input (null: none held). */
export function documentFields(check: InputCheck, document: IdentityDocumentInput | null | undefined): Pick<MigrantRecord, 'documentType' | 'documentNumber' | 'hasDocuments'> {
  if (!document) return { documentType: null, documentNumber: null, hasDocuments: false };
  return { documentType: document.type, documentNumber: check.optionalText('document.number', document.number, 50), hasDocuments: true };
}

/** Loads a migrant of this site for an edit inside a transaction; unknown IDs are NOT_FOUND, anonymised cases CASE_ANONYMISED. */
export async function migrantForEdit(tx: EntityManager, site: SiteConfig, localId: string): Promise<MigrantRecord> {
  const migrant = await tx.findOne(Migrant, { id: localId });
  if (!migrant) throw notFound('Migrant', globalId(site.code, localId));
  refuseAnonymised(migrant, globalId(site.code, localId));
  return migrant;
}

/**
 * The migrant a new service record is for (null without a valid ID): one not of this centre fails
 * the input check, an anonymised case is refused (CASE_ANONYMISED).
 */
export async function migrantForRecord(em: EntityManager, check: InputCheck, site: SiteConfig, localId: string | null): Promise<Pick<MigrantRecord, 'id' | 'dateOfBirth'> | null> {
  if (!localId) return null;
  const migrant = await em.findOne(Migrant, { id: localId }, { fields: ['id', 'dateOfBirth', 'anonymisedAt'] });
  if (!migrant) check.fail('migrantId', 'is not a migrant of this centre');
  else refuseAnonymised(migrant, globalId(site.code, localId));
  return migrant;
}

/** Refuses an edit of a service record whose case was anonymised (CASE_ANONYMISED). */
export async function refuseAnonymisedCase(em: EntityManager, site: SiteConfig, localId: string): Promise<void> {
  const migrant = await em.findOne(Migrant, { id: localId }, { fields: ['id', 'anonymisedAt'] });
  if (migrant) refuseAnonymised(migrant, globalId(site.code, localId));
}

/** Applies a patch to a case file, recording each changed field in its history (same transaction). */
export async function applyMigrantPatch(tx: EntityManager, site: SiteConfig, viewer: Viewer, migrant: MigrantRecord, patch: Partial<MigrantRecord>, reason?: string | null): Promise<void> {
  const changes = changedFields(migrant, patch, TRACKED_FIELDS);
  if (!changes.length) return;
  tx.assign(migrant, patch);
  await tx.flush();
  await recordAudit(tx, { viewer, action: 'update', entity: 'Migrant', entityId: globalId(site.code, migrant.id), changes, reason });
}

/** Changes the fields given (null clears an optional one); refuses a stale version with CONFLICT. */
export async function updateMigrant(em: EntityManager, site: SiteConfig, viewer: Viewer, input: UpdateMigrantInput): Promise<MigrantRecord> {
  const check = new InputCheck();
  const id = requireSiteId(input.id, site.code, 'input.id');
  const patch: Partial<MigrantRecord> = {};
  if (input.givenName !== undefined) patch.givenName = check.requiredText('givenName', input.givenName, 100);
  if (input.familyName !== undefined) patch.familyName = check.requiredText('familyName', input.familyName, 100);
  if (input.alias !== undefined) patch.alias = check.optionalText('alias', input.alias, 100);
  if (input.languages !== undefined) patch.languages = textList(check, 'languages', input.languages ?? []);
  if (input.document !== undefined) Object.assign(patch, documentFields(check, input.document));
  if (input.migrationReasons !== undefined) patch.migrationReasons = [...new Set<MigrationReason>(input.migrationReasons ?? [])];
  if (input.accompanied !== undefined) patch.accompanied = input.accompanied;
  if (input.accompaniedBy !== undefined) patch.accompaniedBy = check.optionalText('accompaniedBy', input.accompaniedBy, 200);
  if (input.phone !== undefined) patch.phone = phone(check, input.phone);
  if (input.regionOfOrigin !== undefined) patch.regionOfOrigin = check.optionalText('regionOfOrigin', input.regionOfOrigin, 100);
  if (input.intendedDestination !== undefined) {
    if (input.intendedDestination != null && !isCountryCode(input.intendedDestination)) check.fail('intendedDestination', 'must be an ISO 3166-1 alpha-3 code, e.g. SAU');
    patch.intendedDestination = input.intendedDestination;
  }
  if (input.caseOwner !== undefined) patch.caseOwner = check.optionalText('caseOwner', input.caseOwner, 200);
  if (input.caseworkers !== undefined) patch.caseworkers = textList(check, 'caseworkers', input.caseworkers ?? [], 20, 200);
  if (input.riskLevel !== undefined) patch.riskLevel = input.riskLevel;
  check.done();

  return withOptimisticLock('case file', () =>
    em.transactional(async (tx) => {
      const migrant = await migrantForEdit(tx, site, id);
      checkVersion(migrant, input.expectedVersion, 'case file');
      await applyMigrantPatch(tx, site, viewer, migrant, patch);
      return migrant;
    }),
  );
}

/** Closes an open case with a reason. */
export async function closeCase(em: EntityManager, site: SiteConfig, viewer: Viewer, args: { id: string; expectedVersion: number; reason: string }): Promise<MigrantRecord> {
  const check = new InputCheck('');
  const id = requireSiteId(args.id, site.code, 'id');
  const reason = check.requiredText('reason', args.reason, 500);
  check.done();
  return withOptimisticLock('case file', () =>
    em.transactional(async (tx) => {
      const migrant = await migrantForEdit(tx, site, id);
      checkVersion(migrant, args.expectedVersion, 'case file');
      if (migrant.caseStatus !== 'OPEN') throw invalidTransition(`The case is ${migrant.caseStatus}; only an open case can be closed.`, migrant.caseStatus, 'CLOSED');
      await applyMigrantPatch(tx, site, viewer, migrant, { caseStatus: 'CLOSED', closedReason: reason, closedAt: new Date() });
      return migrant;
    }),
  );
}

export function phone(check: InputCheck, value: string | null | undefined): string | null {
  const text = check.optionalText('phone', value, 30);
  if (text && !/^\+?[0-9 ()-]{5,30}$/.test(text)) check.fail('phone', 'must be a phone number, e.g. +252 90 7123456');
  return text;
}

export interface FlagResult {
  flag: CaseFlagRecord;
  migrant: MigrantRecord;
  created: boolean;
}

export async function raiseFlag(em: EntityManager, site: SiteConfig, viewer: Viewer, input: RaiseFlagInput): Promise<FlagResult> {
  const check = new InputCheck();
  const migrantId = requireSiteId(input.migrantId, site.code, 'input.migrantId');
  const message = check.requiredText('message', input.message, 500);
  const idempotencyKey = check.optionalText('idempotencyKey', input.idempotencyKey, 100);
  check.done();
  const { record, created } = await createOnce(
    idempotencyKey,
    (key) => em.fork().findOne(CaseFlag, { idempotencyKey: key }),
    () =>
      em.transactional(async (tx) => {
        await migrantForEdit(tx, site, migrantId);
        const flag = tx.create(CaseFlag, {
          id: randomUUID(), migrantId, message, raisedBy: viewer.subject, raisedAt: new Date(), resolvedBy: null, resolvedAt: null, idempotencyKey, version: 1,
        });
        await tx.flush();
        await recordAudit(tx, {
          viewer, action: 'create', entity: 'CaseFlag', entityId: globalId(site.code, migrantId), changes: [{ field: 'flags', from: null, to: message }],
        });
        return flag;
      }),
  );
  const migrant = await em.fork().findOneOrFail(Migrant, { id: record.migrantId });
  return { flag: record, migrant, created };
}

export async function resolveFlag(em: EntityManager, site: SiteConfig, viewer: Viewer, args: { id: string; expectedVersion: number }): Promise<FlagResult> {
  const id = requireSiteId(args.id, site.code, 'id');
  const flag = await withOptimisticLock('flag', () =>
    em.transactional(async (tx) => {
      const found = await tx.findOne(CaseFlag, { id });
      if (!found) throw notFound('Flag', args.id);
      await refuseAnonymisedCase(tx, site, found.migrantId);
      checkVersion(found, args.expectedVersion, 'flag');
      if (found.resolvedAt) throw invalidTransition('The flag is already resolved.', 'RESOLVED', 'RESOLVED');
      tx.assign(found, { resolvedBy: viewer.subject, resolvedAt: new Date() });
      await tx.flush();
      await recordAudit(tx, {
        viewer, action: 'update', entity: 'CaseFlag', entityId: globalId(site.code, found.migrantId), changes: [{ field: 'flags', from: found.message, to: null }],
      });
      return found;
    }),
  );
  const migrant = await em.fork().findOneOrFail(Migrant, { id: flag.migrantId });
  return { flag, migrant, created: false };
}
