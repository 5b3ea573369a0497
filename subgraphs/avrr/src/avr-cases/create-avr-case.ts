import type { EntityManager } from '@mikro-orm/postgresql';
import { globalId, recordAudit, type Viewer } from '@mpa/platform';
import { randomUUID } from 'node:crypto';
import { AvrTransition } from '../lifecycle/avr-transition.entity.js';
import { AvrCase, type AvrCaseRecord } from './avr-case.entity.js';

export type NewAvrCase = Omit<AvrCaseRecord, 'id' | 'caseNumber' | 'status' | 'openedAt' | 'version'>;

/**
 * Writes a new case in state REQUESTED, its opening step in the lifecycle history and the audit
 * entry, in one transaction. Unique violations (idempotency key, referral, active case) propagate.
 */
export async function createAvrCase(em: EntityManager, viewer: Viewer, fields: NewAvrCase, note: string | null): Promise<AvrCaseRecord> {
  return em.transactional(async (tx) => {
    const [seq] = await tx.getConnection().execute<{ n: string }[]>(`SELECT nextval('avr_case_number_seq') AS n`, [], 'all', tx.getTransactionContext());
    const now = new Date();
    const record = tx.create(AvrCase, {
      ...fields,
      id: randomUUID(),
      caseNumber: `AVR-${now.getUTCFullYear()}-${String(seq?.n).padStart(6, '0')}`,
      status: 'REQUESTED',
      openedAt: now,
      version: 1,
    });
    tx.persist(record);
    // The case first: the history row references it (MikroORM does not order scalar references).
    await tx.flush();
    tx.persist(tx.create(AvrTransition, {
      id: randomUUID(), caseId: record.id, fromStatus: null, toStatus: 'REQUESTED', note,
      actor: viewer.subject, actorName: viewer.name, at: now,
    }));
    await tx.flush();
    await recordAudit(tx, { viewer, action: 'create', entity: 'AvrCase', entityId: globalId('avrr', record.id) });
    return record;
  });
}
