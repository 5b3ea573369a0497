import { OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { canReachSite, caseAnonymised, changedFields, conflict, forbidden, globalId, notFound, parseGlobalId, recordAudit, requireScope, Scope, badUserInput, type Viewer } from '@mpa/platform';
import { AvrCase, type AvrCaseRecord } from '../avr-cases/avr-case.entity.js';

/** Parses an AVR case ID a user sent; a malformed or foreign ID is an input error. */
export function avrCaseLocalId(id: string, field = 'id'): string {
  const parsed = parseGlobalId(id);
  if (!parsed || parsed.site !== 'avrr') throw badUserInput([{ field, message: 'is not an AVR case identifier (`avrr:…`)' }]);
  return parsed.local;
}

/**
 * Loads a case inside an edit's transaction for an AVRR officer, refusing an unknown case
 * (NOT_FOUND), an anonymised one (CASE_ANONYMISED) and a stale `expectedVersion` (CONFLICT).
 */
export async function caseForEdit(tx: EntityManager, viewer: Viewer, localId: string, expectedVersion: number): Promise<AvrCaseRecord> {
  const record = await tx.findOne(AvrCase, { id: localId });
  if (!record) throw notFound('AVR case', globalId('avrr', localId));
  if (record.anonymisedAt) throw caseAnonymised(globalId('avrr', localId));
  if (record.centreCode && !canReachSite(viewer, record.centreCode)) throw forbidden('This AVR case belongs to another centre.');
  if (record.version !== expectedVersion) {
    throw conflict(`AVR case ${record.caseNumber} was changed by someone else (version ${record.version}, you sent ${expectedVersion}). Reload it and try again.`);
  }
  return record;
}

export function requireAvrWrite(viewer: Viewer): void {
  requireScope(viewer, Scope.AvrWrite);
}

/**
 * Applies `changes` to a case, flushes (the version column guards against a concurrent edit) and
 * records the field changes in the audit log, in the caller's transaction.
 */
export async function applyCaseChanges(
  tx: EntityManager, viewer: Viewer, record: AvrCaseRecord, changes: Partial<AvrCaseRecord>, reason: string | null = null,
): Promise<void> {
  const fields = Object.keys(changes) as (keyof AvrCaseRecord & string)[];
  const diff = changedFields(record, changes, fields);
  if (!diff.length) return;
  tx.assign(record, { ...changes, updatedAt: new Date() });
  await tx.flush();
  await recordAudit(tx, { viewer, action: 'update', entity: 'AvrCase', entityId: globalId('avrr', record.id), changes: diff, reason });
}

/** Runs an edit in its own transaction, turning a lost race on the version column into CONFLICT. */
export async function editCase<T>(em: EntityManager, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await em.fork().transactional(work);
  } catch (err) {
    if (err instanceof OptimisticLockError) throw conflict('The AVR case was changed by someone else at the same time. Reload it and try again.');
    throw err;
  }
}
