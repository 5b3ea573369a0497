import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { changedFields, conflict, globalId, InputCheck, notFound, recordAudit, requireSiteId, type SiteConfig, type Viewer } from '@mpa/platform';
import { randomUUID } from 'node:crypto';
import type { HealthReferralInput, RecordMedicalConsultationInput, UpdateMedicalConsultationInput } from '../__generated__/resolvers.js';
import { has, providerOf } from '../assistance/service-delivery.js';
import { migrantForRecord, refuseAnonymisedCase } from '../migrants/update-migrant.js';
import { requireMedicalConsent } from './consent.js';
import { MedicalConsultation, type MedicalConsultationRecord } from './medical-consultation.entity.js';

export interface ConsultationResult {
  consultation: MedicalConsultationRecord;
  created: boolean;
}

const EDITABLE = [
  'consultedOn', 'presentingComplaint', 'observations', 'treatmentGiven', 'medication',
  'referralFacility', 'referralReason', 'referralUrgency', 'followUpOn', 'followUpNotes',
] as const satisfies readonly (keyof MedicalConsultationRecord)[];

type Editable = Pick<MedicalConsultationRecord, (typeof EDITABLE)[number]>;

function referralFields(check: InputCheck, referral: HealthReferralInput | null | undefined): Pick<Editable, 'referralFacility' | 'referralReason' | 'referralUrgency'> {
  if (!referral) return { referralFacility: null, referralReason: null, referralUrgency: null };
  return {
    referralFacility: check.requiredText('referral.facility', referral.facility, 200),
    referralReason: check.requiredText('referral.reason', referral.reason, 1000),
    referralUrgency: referral.urgency,
  };
}

function checkFollowUp(check: InputCheck, consultedOn: string | null, followUpOn: string | null): void {
  if (consultedOn && followUpOn && followUpOn < consultedOn) check.fail('followUpOn', 'must not be before the consultation');
}

/** Records a consultation; refused input writes nothing, a repeated idempotency key returns the first record. */
export async function recordConsultation(em: EntityManager, site: SiteConfig, viewer: Viewer, input: RecordMedicalConsultationInput): Promise<ConsultationResult> {
  const check = new InputCheck();
  const migrantId = safeSiteId(check, 'migrantId', input.migrantId, site.code);
  const today = new Date().toISOString().slice(0, 10);
  const consultedOn = check.pastDate('consultedOn', input.consultedOn ?? today, site.openedOn) ?? today;
  const fields: Editable = {
    consultedOn,
    presentingComplaint: check.requiredText('presentingComplaint', input.presentingComplaint, 1000),
    observations: check.optionalText('observations', input.observations, 4000),
    treatmentGiven: check.optionalText('treatmentGiven', input.treatmentGiven, 4000),
    medication: check.optionalText('medication', input.medication, 2000),
    ...referralFields(check, input.referral),
    followUpOn: input.followUpOn ?? null,
    followUpNotes: check.optionalText('followUpNotes', input.followUpNotes, 2000),
  };
  checkFollowUp(check, consultedOn, fields.followUpOn);
  const idempotencyKey = check.optionalText('idempotencyKey', input.idempotencyKey, 100);
  await migrantForRecord(em, check, site, migrantId);
  check.done();

  if (idempotencyKey) {
    const earlier = await em.findOne(MedicalConsultation, { idempotencyKey });
    if (earlier) return { consultation: earlier, created: false };
  }
  await requireMedicalConsent(em, migrantId!);
  try {
    const consultation = await em.transactional(async (tx) => {
      const record = tx.create(MedicalConsultation, {
        id: randomUUID(),
        migrantId: migrantId!,
        ...fields,
        ...providerOf(viewer),
        recordedAt: new Date(),
        idempotencyKey,
        version: 1,
      });
      tx.persist(record);
      await tx.flush();
      await recordAudit(tx, { viewer, action: 'create', entity: 'MedicalConsultation', entityId: globalId(site.code, record.id) });
      return record;
    });
    return { consultation, created: true };
  } catch (err) {
    if (idempotencyKey && err instanceof UniqueConstraintViolationException) {
      const winner = await em.fork().findOne(MedicalConsultation, { idempotencyKey });
      if (winner) return { consultation: winner, created: false };
    }
    throw err;
  }
}

/** Edits a consultation at the version the editor saw; a stale version is refused with CONFLICT. */
export async function updateConsultation(
  em: EntityManager, site: SiteConfig, viewer: Viewer, id: string, expectedVersion: number, input: UpdateMedicalConsultationInput,
): Promise<ConsultationResult> {
  const local = requireSiteId(id, site.code);
  return em.transactional(async (tx) => {
    const record = await tx.findOne(MedicalConsultation, { id: local });
    if (!record) throw notFound('Medical consultation', id);
    await refuseAnonymisedCase(tx, site, record.migrantId);
    if (record.version !== expectedVersion) {
      throw conflict(`The consultation was changed by someone else (now version ${record.version}); reload it and edit again.`);
    }
    const check = new InputCheck();
    const next: Partial<Editable> = {};
    if (has(input, 'consultedOn')) {
      if (input.consultedOn === null) check.fail('consultedOn', 'cannot be cleared');
      else next.consultedOn = check.pastDate('consultedOn', input.consultedOn, site.openedOn) ?? record.consultedOn;
    }
    if (has(input, 'presentingComplaint')) next.presentingComplaint = check.requiredText('presentingComplaint', input.presentingComplaint, 1000);
    if (has(input, 'observations')) next.observations = check.optionalText('observations', input.observations, 4000);
    if (has(input, 'treatmentGiven')) next.treatmentGiven = check.optionalText('treatmentGiven', input.treatmentGiven, 4000);
    if (has(input, 'medication')) next.medication = check.optionalText('medication', input.medication, 2000);
    if (has(input, 'referral')) Object.assign(next, referralFields(check, input.referral));
    if (has(input, 'followUpOn')) next.followUpOn = input.followUpOn ?? null;
    if (has(input, 'followUpNotes')) next.followUpNotes = check.optionalText('followUpNotes', input.followUpNotes, 2000);
    checkFollowUp(check, next.consultedOn ?? record.consultedOn, next.followUpOn !== undefined ? next.followUpOn : record.followUpOn);
    check.done();

    const changes = changedFields<Editable>(record, next, EDITABLE);
    if (!changes.length) return { consultation: record, created: false };
    tx.assign(record, next);
    try {
      await tx.flush();
    } catch (err) {
      if (err instanceof OptimisticLockError) throw conflict('The consultation was changed by someone else at the same time; reload it and edit again.');
      throw err;
    }
    await recordAudit(tx, { viewer, action: 'update', entity: 'MedicalConsultation', entityId: id, changes });
    return { consultation: record, created: false };
  });
}

/** `requireSiteId`, but collected with the other problems of the input. */
export function safeSiteId(check: InputCheck, field: string, id: string, site: string): string | null {
  try {
    return requireSiteId(id, site, field);
  } catch {
    check.fail(field, `is not a ${site} identifier`);
    return null;
  }
}
