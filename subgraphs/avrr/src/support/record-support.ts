import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { caseAnonymised, globalId, InputCheck, notFound, recordAudit, type Viewer } from '@mpa/platform';
import { randomUUID } from 'node:crypto';
import type { RecordAvrSupportInput } from '../__generated__/resolvers.js';
import { AvrCase, FINISHED_STATUSES, type AvrCaseRecord } from '../avr-cases/avr-case.entity.js';
import { preconditionFailed } from '../lifecycle/avr-lifecycle.js';
import { avrCaseLocalId, requireAvrWrite } from '../lifecycle/edit-avr-case.js';
import { checkMoney } from './money.js';
import { Support, type SupportRecord } from './support.entity.js';

/** Loads a case that is still open for an addition (support, plan, survey); NOT_FOUND / CASE_ANONYMISED / PRECONDITION_FAILED otherwise. */
export async function openCaseFor(em: EntityManager, caseId: string, what: string, allowClosed = false): Promise<AvrCaseRecord> {
  const localId = avrCaseLocalId(caseId, 'caseId');
  const record = await em.findOne(AvrCase, { id: localId });
  if (!record) throw notFound('AVR case', caseId);
  // Surveys may follow a closed case, never an anonymised one.
  if (record.anonymisedAt) throw caseAnonymised(caseId);
  const finished = FINISHED_STATUSES.filter((s) => !(allowClosed && s === 'CLOSED'));
  if (finished.includes(record.status)) throw preconditionFailed(`AVR case ${record.caseNumber} is ${record.status}; ${what} cannot be recorded.`, ['status=active']);
  return record;
}

/** Records one piece of administrative, logistical or financial support. Idempotent on the key. */
export async function recordAvrSupport(em: EntityManager, viewer: Viewer, caseId: string, input: RecordAvrSupportInput): Promise<SupportRecord> {
  requireAvrWrite(viewer);
  const check = new InputCheck();
  const description = check.optionalText('description', input.description, 500);
  const isDocument = input.kind === 'DOCUMENT';
  const documentType = isDocument ? check.requiredText('documentType', input.documentType, 100) : check.optionalText('documentType', input.documentType, 100);
  const documentNumber = isDocument ? check.requiredText('documentNumber', input.documentNumber, 50) : check.optionalText('documentNumber', input.documentNumber, 50);
  if (isDocument && !input.issuedOn) check.fail('issuedOn', 'is required for a document');
  const issuedOn = check.pastDate('issuedOn', input.issuedOn, '1950-01-01');
  const transportMode = input.kind === 'TRANSPORT' ? check.requiredText('transportMode', input.transportMode, 200) : check.optionalText('transportMode', input.transportMode, 200);
  const money = checkMoney(check, input.amount, input.currency, input.kind === 'POCKET_MONEY' || input.kind === 'TRAVEL_ALLOWANCE');
  const providedOn = check.pastDate('providedOn', input.providedOn, '2000-01-01')!;
  const idempotencyKey = check.optionalText('idempotencyKey', input.idempotencyKey, 100);
  check.done();
  if (idempotencyKey) {
    const earlier = await em.findOne(Support, { idempotencyKey });
    if (earlier) return earlier;
  }
  const avrCase = await openCaseFor(em, caseId, 'support');
  try {
    return await em.fork().transactional(async (tx) => {
      const record = tx.create(Support, {
        id: randomUUID(), caseId: avrCase.id, kind: input.kind, description, documentType, documentNumber, issuedOn, transportMode,
        amount: money.amount, currency: money.currency, providedOn, recordedBy: viewer.subject, recordedAt: new Date(), idempotencyKey,
      });
      tx.persist(record);
      await tx.flush();
      await recordAudit(tx, { viewer, action: 'create', entity: 'AvrSupport', entityId: globalId('avrr', record.id), reason: `For AVR case ${avrCase.caseNumber}` });
      return record;
    });
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException && idempotencyKey) {
      const winner = await em.fork().findOne(Support, { idempotencyKey });
      if (winner) return winner;
    }
    throw err;
  }
}
