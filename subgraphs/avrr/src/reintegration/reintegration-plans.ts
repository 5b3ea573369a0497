import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput, conflict, globalId, InputCheck, notFound, parseGlobalId, recordAudit, type Viewer } from '@mpa/platform';
import { GraphQLError } from 'graphql';
import { randomUUID } from 'node:crypto';
import type { ActivityStatus, AddReintegrationActivityInput, CreateReintegrationPlanInput } from '../__generated__/resolvers.js';
import { requireAvrWrite } from '../lifecycle/edit-avr-case.js';
import { checkMoney } from '../support/money.js';
import { openCaseFor } from '../support/record-support.js';
import {
  ACTIVITY_STATUS_TRANSITIONS, ACTIVITY_TYPES, ReintegrationActivity, ReintegrationPlan,
  type ReintegrationActivityRecord, type ReintegrationPlanRecord,
} from './reintegration.entity.js';

function localIdOf(id: string, field: string, what: string): string {
  const parsed = parseGlobalId(id);
  if (!parsed || parsed.site !== 'avrr') throw badUserInput([{ field, message: `is not ${what} identifier (\`avrr:…\`)` }]);
  return parsed.local;
}

/** Opens the reintegration plan of a case. One per case; a repeated key returns the first. */
export async function createReintegrationPlan(em: EntityManager, viewer: Viewer, caseId: string, input: CreateReintegrationPlanInput): Promise<ReintegrationPlanRecord> {
  requireAvrWrite(viewer);
  const check = new InputCheck();
  const summary = check.optionalText('summary', input.summary, 2000);
  const beneficiaries = input.beneficiaries ?? 1;
  if (!Number.isInteger(beneficiaries) || beneficiaries < 1 || beneficiaries > 10_000) check.fail('beneficiaries', 'must be between 1 and 10000');
  else if (input.scope === 'INDIVIDUAL' && beneficiaries !== 1) check.fail('beneficiaries', 'must be 1 for an individual plan');
  const idempotencyKey = check.optionalText('idempotencyKey', input.idempotencyKey, 100);
  check.done();
  if (idempotencyKey) {
    const earlier = await em.findOne(ReintegrationPlan, { idempotencyKey });
    if (earlier) return earlier;
  }
  const avrCase = await openCaseFor(em, caseId, 'a reintegration plan');
  const existing = await em.findOne(ReintegrationPlan, { caseId: avrCase.id });
  if (existing) throw conflict(`AVR case ${avrCase.caseNumber} already has a reintegration plan.`);
  try {
    return await em.fork().transactional(async (tx) => {
      const plan = tx.create(ReintegrationPlan, {
        id: randomUUID(), caseId: avrCase.id, scope: input.scope, summary, beneficiaries, createdAt: new Date(), idempotencyKey, version: 1,
      });
      tx.persist(plan);
      await tx.flush();
      await recordAudit(tx, { viewer, action: 'create', entity: 'ReintegrationPlan', entityId: globalId('avrr', plan.id), reason: `For AVR case ${avrCase.caseNumber}` });
      return plan;
    });
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) {
      const winner = idempotencyKey ? await em.fork().findOne(ReintegrationPlan, { idempotencyKey }) : null;
      if (winner) return winner;
      throw conflict(`AVR case ${avrCase.caseNumber} already has a reintegration plan.`);
    }
    throw err;
  }
}

/** Adds an activity (PLANNED) to a plan; its type must belong to its dimension. */
export async function addReintegrationActivity(em: EntityManager, viewer: Viewer, planId: string, input: AddReintegrationActivityInput): Promise<ReintegrationActivityRecord> {
  requireAvrWrite(viewer);
  const planLocal = localIdOf(planId, 'planId', 'a reintegration plan');
  const check = new InputCheck();
  if (!ACTIVITY_TYPES[input.dimension].includes(input.type)) {
    check.fail('type', `${input.type} is not a ${input.dimension} activity (${ACTIVITY_TYPES[input.dimension].join(', ')})`);
  }
  const description = check.optionalText('description', input.description, 1000);
  const money = checkMoney(check, input.amount, input.currency, input.modality !== 'IN_KIND');
  const partner = check.optionalText('partner', input.partner, 200);
  const idempotencyKey = check.optionalText('idempotencyKey', input.idempotencyKey, 100);
  check.done();
  if (idempotencyKey) {
    const earlier = await em.findOne(ReintegrationActivity, { idempotencyKey });
    if (earlier) return earlier;
  }
  const plan = await em.findOne(ReintegrationPlan, { id: planLocal });
  if (!plan) throw notFound('Reintegration plan', planId);
  try {
    return await em.fork().transactional(async (tx) => {
      const activity = tx.create(ReintegrationActivity, {
        id: randomUUID(), planId: plan.id, dimension: input.dimension, type: input.type, modality: input.modality, description,
        amount: money.amount, currency: money.currency, partner, status: 'PLANNED', deliveredOn: null, createdAt: new Date(), idempotencyKey, version: 1,
      });
      tx.persist(activity);
      await tx.flush();
      await recordAudit(tx, { viewer, action: 'create', entity: 'ReintegrationActivity', entityId: globalId('avrr', activity.id), reason: `For plan ${globalId('avrr', plan.id)}` });
      return activity;
    });
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException && idempotencyKey) {
      const winner = await em.fork().findOne(ReintegrationActivity, { idempotencyKey });
      if (winner) return winner;
    }
    throw err;
  }
}

/** Moves an activity's delivery status along PLANNED → IN_PROGRESS → DELIVERED (or CANCELLED). */
export async function updateReintegrationActivityStatus(
  em: EntityManager, viewer: Viewer, id: string, expectedVersion: number, status: ActivityStatus, deliveredOn: string | null | undefined,
): Promise<ReintegrationActivityRecord> {
  requireAvrWrite(viewer);
  const localId = localIdOf(id, 'id', 'a reintegration activity');
  const check = new InputCheck('');
  const delivered = check.pastDate('deliveredOn', deliveredOn, '2000-01-01');
  if (delivered && status !== 'DELIVERED') check.fail('deliveredOn', 'is only for DELIVERED');
  check.done();
  try {
    return await em.fork().transactional(async (tx) => {
      const activity = await tx.findOne(ReintegrationActivity, { id: localId });
      if (!activity) throw notFound('Reintegration activity', id);
      if (activity.version !== expectedVersion) throw conflict(`The activity was changed by someone else (version ${activity.version}, you sent ${expectedVersion}).`);
      const allowed = ACTIVITY_STATUS_TRANSITIONS[activity.status];
      if (!allowed.includes(status)) {
        throw new GraphQLError(`An activity cannot move from ${activity.status} to ${status}. Allowed: ${allowed.join(', ') || 'nothing (final state)'}.`, {
          extensions: { code: 'INVALID_TRANSITION', from: activity.status, to: status, allowed },
        });
      }
      const changes = { status, deliveredOn: status === 'DELIVERED' ? (delivered ?? new Date().toISOString().slice(0, 10)) : null };
      const diff = [{ field: 'status', from: activity.status, to: status }, ...(changes.deliveredOn ? [{ field: 'deliveredOn', from: null, to: changes.deliveredOn }] : [])];
      tx.assign(activity, changes);
      await tx.flush();
      await recordAudit(tx, { viewer, action: 'update', entity: 'ReintegrationActivity', entityId: globalId('avrr', activity.id), changes: diff });
      return activity;
    });
  } catch (err) {
    if (err instanceof OptimisticLockError) throw conflict('The activity was changed by someone else at the same time.');
    throw err;
  }
}
