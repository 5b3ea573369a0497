import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput, cleanText, type Viewer } from '@mpa/platform';
import { randomUUID } from 'node:crypto';
import type { AvrStatus } from '../__generated__/resolvers.js';
import { AvrCase, type AvrCaseRecord } from '../avr-cases/avr-case.entity.js';
import { allowedTransitions, invalidTransition, missingFor, preconditionFailed } from './avr-lifecycle.js';
import { AvrTransition } from './avr-transition.entity.js';
import { applyCaseChanges, avrCaseLocalId, caseForEdit, editCase, requireAvrWrite } from './edit-avr-case.js';

export interface TransitionArgs {
  id: string;
  expectedVersion: number;
  to: AvrStatus;
  note?: string | null;
}

/** Moves a case along the state machine, checking the guards; keeps the step in the history. */
export async function transitionAvrCase(em: EntityManager, viewer: Viewer, args: TransitionArgs): Promise<AvrCaseRecord> {
  requireAvrWrite(viewer);
  const localId = avrCaseLocalId(args.id);
  const note = cleanText(args.note);
  if (note && note.length > 1000) throw badUserInput([{ field: 'note', message: 'must be at most 1000 characters' }]);
  // A retried request whose first attempt went through: same target, one version later, same actor.
  const current = await em.fork().findOne(AvrCase, { id: localId });
  if (current && current.version === args.expectedVersion + 1 && current.status === args.to) {
    const last = await em.fork().findOne(AvrTransition, { caseId: localId }, { orderBy: { at: 'desc' } });
    if (last?.toStatus === args.to && last.actor === viewer.subject) return current;
  }
  return editCase(em, async (tx) => {
    const record = await caseForEdit(tx, viewer, localId, args.expectedVersion);
    // A case that will not travel (or must be booked again) leaves the movement it was booked on.
    const offMovement = record.movementId && ['WITHDRAWN', 'CANCELLED', 'FIT_TO_TRAVEL'].includes(args.to) ? { movementId: null } : {};
    await applyTransition(tx, viewer, record, args.to, note, offMovement);
    return record;
  });
}

/**
 * Moves a loaded case to `to` inside the caller's transaction: checks the state machine and its
 * guards (INVALID_TRANSITION, PRECONDITION_FAILED), keeps the step and audits the change.
 * `extra` changes other fields of the case in the same step (e.g. the movement it is booked on).
 */
export async function applyTransition(
  tx: EntityManager, viewer: Viewer, record: AvrCaseRecord, to: AvrStatus, note: string | null, extra: Partial<AvrCaseRecord> = {},
): Promise<void> {
  const from = record.status;
  if (!allowedTransitions(from).includes(to)) throw invalidTransition(from, to);
  const missing = missingFor(record, to);
  if (missing.length) throw preconditionFailed(`AVR case ${record.caseNumber} cannot move to ${to} yet.`, missing);
  tx.persist(tx.create(AvrTransition, {
    id: randomUUID(), caseId: record.id, fromStatus: from, toStatus: to, note,
    actor: viewer.subject, actorName: viewer.name, at: new Date(),
  }));
  await applyCaseChanges(tx, viewer, record, { status: to, ...extra }, note);
}
