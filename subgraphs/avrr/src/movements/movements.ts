import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput, cleanText, conflict, globalId, InputCheck, isCountryCode, notFound, parseGlobalId, recordAudit, type Viewer } from '@mpa/platform';
import { randomUUID } from 'node:crypto';
import type { PlanMovementInput } from '../__generated__/resolvers.js';
import { AvrCase, type AvrCaseRecord } from '../avr-cases/avr-case.entity.js';
import { missingFor, preconditionFailed } from '../lifecycle/avr-lifecycle.js';
import { applyCaseChanges, avrCaseLocalId, caseForEdit, editCase, requireAvrWrite } from '../lifecycle/edit-avr-case.js';
import { applyTransition } from '../lifecycle/transition-avr-case.js';
import { Movement, type MovementRecord } from './movement.entity.js';

function movementLocalId(id: string, field = 'id'): string {
  const parsed = parseGlobalId(id);
  if (!parsed || parsed.site !== 'avrr') throw badUserInput([{ field, message: 'is not a movement identifier (`avrr:…`)' }]);
  return parsed.local;
}

async function movementForEdit(tx: EntityManager, localId: string, expectedVersion: number | null): Promise<MovementRecord> {
  const movement = await tx.findOne(Movement, { id: localId });
  if (!movement) throw notFound('Movement', globalId('avrr', localId));
  if (expectedVersion !== null && movement.version !== expectedVersion) {
    throw conflict(`Movement ${movement.reference} was changed by someone else (version ${movement.version}, you sent ${expectedVersion}). Reload it and try again.`);
  }
  return movement;
}

async function updateMovement(tx: EntityManager, viewer: Viewer, movement: MovementRecord, changes: Partial<MovementRecord>, reason: string | null = null): Promise<void> {
  const diff = Object.entries(changes).map(([field, to]) => ({ field, from: (movement as any)[field] ?? null, to: to ?? null }));
  tx.assign(movement, changes);
  await tx.flush();
  await recordAudit(tx, { viewer, action: 'update', entity: 'Movement', entityId: globalId('avrr', movement.id), changes: diff, reason });
}

/** Plans a movement. Idempotent on the key. */
export async function planMovement(em: EntityManager, viewer: Viewer, input: PlanMovementInput): Promise<MovementRecord> {
  requireAvrWrite(viewer);
  const check = new InputCheck();
  const yearAgo = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.departureDate) || input.departureDate < yearAgo) check.fail('departureDate', `cannot be before ${yearAgo}`);
  const route = check.requiredText('route', input.route, 200);
  if (!isCountryCode(input.destinationCountry)) check.fail('destinationCountry', 'must be an ISO 3166-1 alpha-3 code, e.g. ETH');
  const escorts = (input.escorts ?? []).map((e, i) => check.requiredText(`escorts.${i}`, e, 200));
  if (escorts.length > 20) check.fail('escorts', 'can list at most 20 escorts');
  const idempotencyKey = check.optionalText('idempotencyKey', input.idempotencyKey, 100);
  check.done();
  if (idempotencyKey) {
    const earlier = await em.findOne(Movement, { idempotencyKey });
    if (earlier) return earlier;
  }
  try {
    return await em.fork().transactional(async (tx) => {
      const [seq] = await tx.getConnection().execute<{ n: string }[]>(`SELECT nextval('avr_movement_number_seq') AS n`, [], 'all', tx.getTransactionContext());
      const movement = tx.create(Movement, {
        id: randomUUID(), reference: `MOV-${input.departureDate.slice(0, 4)}-${String(seq?.n).padStart(4, '0')}`,
        mode: input.mode, status: 'PLANNED', departureDate: input.departureDate, route, destinationCountry: input.destinationCountry,
        escorts, departedAt: null, arrivedAt: null, createdAt: new Date(), idempotencyKey, version: 1,
      });
      tx.persist(movement);
      await tx.flush();
      await recordAudit(tx, { viewer, action: 'create', entity: 'Movement', entityId: globalId('avrr', movement.id) });
      return movement;
    });
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException && idempotencyKey) {
      const winner = await em.fork().findOne(Movement, { idempotencyKey });
      if (winner) return winner;
    }
    throw err;
  }
}

/** Books a case on a planned movement (FIT_TO_TRAVEL → TRAVEL_BOOKED). */
export async function assignCaseToMovement(em: EntityManager, viewer: Viewer, movementId: string, caseId: string, expectedVersion: number): Promise<AvrCaseRecord> {
  requireAvrWrite(viewer);
  const movementLocal = movementLocalId(movementId, 'movementId');
  const caseLocal = avrCaseLocalId(caseId, 'caseId');
  return editCase(em, async (tx) => {
    const movement = await movementForEdit(tx, movementLocal, null);
    const record = await caseForEdit(tx, viewer, caseLocal, expectedVersion);
    if (movement.status !== 'PLANNED') throw preconditionFailed(`Movement ${movement.reference} is ${movement.status}; only a planned movement takes bookings.`, ['movement.status=PLANNED']);
    const missing: string[] = [];
    if (record.status !== 'FIT_TO_TRAVEL' && record.status !== 'TRAVEL_BOOKED') missing.push('status=FIT_TO_TRAVEL');
    if (!record.travelDocumentNumber) missing.push('travelDocument');
    if (record.destinationCountry !== movement.destinationCountry) missing.push(`destinationCountry=${movement.destinationCountry}`);
    if (missing.length) throw preconditionFailed(`AVR case ${record.caseNumber} cannot be booked on ${movement.reference}.`, missing);
    const note = `Booked on movement ${movement.reference}.`;
    if (record.status === 'FIT_TO_TRAVEL') await applyTransition(tx, viewer, record, 'TRAVEL_BOOKED', note, { movementId: movement.id });
    else await applyCaseChanges(tx, viewer, record, { movementId: movement.id }, note);
    return record;
  });
}

/** Takes a case off its planned movement (TRAVEL_BOOKED → FIT_TO_TRAVEL). */
export async function removeCaseFromMovement(em: EntityManager, viewer: Viewer, caseId: string, expectedVersion: number): Promise<AvrCaseRecord> {
  requireAvrWrite(viewer);
  const caseLocal = avrCaseLocalId(caseId, 'caseId');
  return editCase(em, async (tx) => {
    const record = await caseForEdit(tx, viewer, caseLocal, expectedVersion);
    const movement = record.movementId ? await tx.findOne(Movement, { id: record.movementId }) : null;
    if (!movement || movement.status !== 'PLANNED') throw preconditionFailed(`AVR case ${record.caseNumber} is not booked on a planned movement.`, ['movement']);
    await applyTransition(tx, viewer, record, 'FIT_TO_TRAVEL', `Taken off movement ${movement.reference}.`, { movementId: null });
    return record;
  });
}

/** A planned movement leaves: it and its cases become DEPARTED, in one transaction. */
export async function departMovement(em: EntityManager, viewer: Viewer, id: string, expectedVersion: number): Promise<MovementRecord> {
  requireAvrWrite(viewer);
  const localId = movementLocalId(id);
  return editCase(em, async (tx) => {
    const movement = await movementForEdit(tx, localId, expectedVersion);
    if (movement.status !== 'PLANNED') throw preconditionFailed(`Movement ${movement.reference} is ${movement.status}.`, ['status=PLANNED']);
    const cases = await tx.find(AvrCase, { movementId: movement.id });
    if (!cases.length) throw preconditionFailed(`Movement ${movement.reference} has nobody on its manifest.`, ['cases']);
    const blocked = cases.filter((c) => c.status !== 'TRAVEL_BOOKED' || missingFor(c, 'DEPARTED').length);
    if (blocked.length) throw preconditionFailed(`Movement ${movement.reference} cannot leave.`, blocked.map((c) => `${c.caseNumber}: ${c.status !== 'TRAVEL_BOOKED' ? `status ${c.status}` : missingFor(c, 'DEPARTED').join(', ')}`));
    for (const c of cases) await applyTransition(tx, viewer, c, 'DEPARTED', `Departed with movement ${movement.reference}.`);
    await updateMovement(tx, viewer, movement, { status: 'DEPARTED', departedAt: new Date() });
    return movement;
  });
}

/** A departed movement arrives (reception): it and its cases become ARRIVED. */
export async function arriveMovement(em: EntityManager, viewer: Viewer, id: string, expectedVersion: number): Promise<MovementRecord> {
  requireAvrWrite(viewer);
  const localId = movementLocalId(id);
  return editCase(em, async (tx) => {
    const movement = await movementForEdit(tx, localId, expectedVersion);
    if (movement.status !== 'DEPARTED') throw preconditionFailed(`Movement ${movement.reference} is ${movement.status}.`, ['status=DEPARTED']);
    const cases = (await tx.find(AvrCase, { movementId: movement.id })).filter((c) => c.status === 'DEPARTED');
    const blocked = cases.filter((c) => missingFor(c, 'ARRIVED').length);
    if (blocked.length) throw preconditionFailed(`Movement ${movement.reference} cannot be received yet.`, blocked.map((c) => `${c.caseNumber}: ${missingFor(c, 'ARRIVED').join(', ')}`));
    for (const c of cases) await applyTransition(tx, viewer, c, 'ARRIVED', `Arrived with movement ${movement.reference}.`);
    await updateMovement(tx, viewer, movement, { status: 'ARRIVED', arrivedAt: new Date() });
    return movement;
  });
}

/** Cancels a planned movement; its cases go back to FIT_TO_TRAVEL, off the movement. */
export async function cancelMovement(em: EntityManager, viewer: Viewer, id: string, expectedVersion: number, reason: string): Promise<MovementRecord> {
  requireAvrWrite(viewer);
  const localId = movementLocalId(id);
  const why = cleanText(reason);
  if (!why || why.length > 1000) throw badUserInput([{ field: 'reason', message: 'is required (at most 1000 characters)' }]);
  return editCase(em, async (tx) => {
    const movement = await movementForEdit(tx, localId, expectedVersion);
    if (movement.status !== 'PLANNED') throw preconditionFailed(`Movement ${movement.reference} is ${movement.status}; only a planned movement can be cancelled.`, ['status=PLANNED']);
    for (const c of await tx.find(AvrCase, { movementId: movement.id, status: 'TRAVEL_BOOKED' })) {
      await applyTransition(tx, viewer, c, 'FIT_TO_TRAVEL', `Movement ${movement.reference} cancelled: ${why}`, { movementId: null });
    }
    await updateMovement(tx, viewer, movement, { status: 'CANCELLED' }, why);
    return movement;
  });
}
