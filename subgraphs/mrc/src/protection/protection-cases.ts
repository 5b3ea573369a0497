import { OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { changedFields, conflict, globalId, InputCheck, notFound, recordAudit, requireSiteId, type SiteConfig, type Viewer } from '@mpa/platform';
import { randomUUID } from 'node:crypto';
import type {
  AssistancePlanItemInput, BestInterestsAssessmentInput, BestInterestsDeterminationInput, GuardianInput, OpenTraffickingCaseInput,
  OpenUamCaseInput, TraffickingIdentificationInput, UpdateTraffickingCaseInput, UpdateUamCaseInput,
} from '../__generated__/resolvers.js';
import { has, providerOf } from '../assistance/service-delivery.js';
import { idempotent, isUniqueViolation } from '../assistance/stock.js';
import { safeSiteId } from '../medical/medical-consultations.js';
import { migrantForRecord, refuseAnonymisedCase } from '../migrants/update-migrant.js';
import { TraffickingCase, UamCase, type AssistancePlanItemRecord, type TraffickingCaseRecord, type UamCaseRecord } from './protection.entity.js';

type UamFields = Omit<UamCaseRecord, 'id' | 'migrantId' | 'openedOn' | 'idempotencyKey' | 'recordedAt' | 'version' | 'deliveredBy' | 'deliveredByName' | 'deliveredByRole'>;
const UAM_FIELDS: readonly (keyof UamFields)[] = [
  'separation', 'familyTracingStatus', 'biaAssessedOn', 'biaFindings', 'biaAssessedBy', 'bidDecision', 'bidDecidedOn', 'bidPanel',
  'guardianName', 'guardianRelationship', 'guardianContact', 'guardianAppointedOn', 'escortNeeds',
];
type VotFields = Pick<TraffickingCaseRecord, 'screenedOn' | 'actIndicators' | 'meansIndicators' | 'purposeIndicators' | 'purposeOther' | 'screeningNotes' | 'identification' | 'identifiedOn' | 'identifiedBy' | 'assistancePlan'>;
const VOT_FIELDS: readonly (keyof VotFields)[] = [
  'screenedOn', 'actIndicators', 'meansIndicators', 'purposeIndicators', 'purposeOther', 'screeningNotes', 'identification', 'identifiedOn', 'identifiedBy', 'assistancePlan',
];

function assessment(check: InputCheck, site: SiteConfig, a: BestInterestsAssessmentInput | null | undefined): Partial<UamFields> {
  if (!a) return { biaAssessedOn: null, biaFindings: null, biaAssessedBy: null };
  return {
    biaAssessedOn: check.pastDate('bestInterestsAssessment.assessedOn', a.assessedOn, site.openedOn),
    biaFindings: check.requiredText('bestInterestsAssessment.findings', a.findings, 4000),
    biaAssessedBy: check.requiredText('bestInterestsAssessment.assessedBy', a.assessedBy, 200),
  };
}

function determination(check: InputCheck, site: SiteConfig, d: BestInterestsDeterminationInput | null | undefined): Partial<UamFields> {
  if (!d) return { bidDecision: null, bidDecidedOn: null, bidPanel: null };
  return {
    bidDecision: check.requiredText('bestInterestsDetermination.decision', d.decision, 4000),
    bidDecidedOn: check.pastDate('bestInterestsDetermination.decidedOn', d.decidedOn, site.openedOn),
    bidPanel: check.requiredText('bestInterestsDetermination.panel', d.panel, 500),
  };
}

function guardian(check: InputCheck, site: SiteConfig, g: GuardianInput | null | undefined): Partial<UamFields> {
  if (!g) return { guardianName: null, guardianRelationship: null, guardianContact: null, guardianAppointedOn: null };
  return {
    guardianName: check.requiredText('guardian.name', g.name, 200),
    guardianRelationship: check.requiredText('guardian.relationship', g.relationship, 100),
    guardianContact: check.optionalText('guardian.contact', g.contact, 200),
    guardianAppointedOn: check.pastDate('guardian.appointedOn', g.appointedOn, site.openedOn),
  };
}

/** Checks the migrant is one of the centre's, and (for a UAM case) a child. */
async function checkMigrant(em: EntityManager, check: InputCheck, site: SiteConfig, migrantId: string | null, child: boolean): Promise<void> {
  const migrant = await migrantForRecord(em, check, site, migrantId);
  if (migrant && child && migrant.dateOfBirth && migrant.dateOfBirth <= `${new Date().getUTCFullYear() - 18}${new Date().toISOString().slice(4, 10)}`) {
    check.fail('migrantId', 'is not a child: the UAM case is for migrants under 18');
  }
}

async function openCase<T extends { id: string }>(
  em: EntityManager, key: string | null, entity: 'UamCase' | 'TraffickingCase', what: string, site: SiteConfig, viewer: Viewer,
  findByKey: (em: EntityManager) => Promise<T | null>, exists: () => Promise<boolean>, create: (tx: EntityManager) => T,
): Promise<{ value: T; created: boolean }> {
  try {
    return await idempotent(em, key, findByKey, async () => {
      if (await exists()) throw conflict(`The migrant already has a ${what}; edit that one.`);
      return em.transactional(async (tx) => {
        const record = create(tx);
        tx.persist(record);
        await tx.flush();
        await recordAudit(tx, { viewer, action: 'create', entity, entityId: globalId(site.code, record.id) });
        return record;
      });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict(`The migrant already has a ${what}; edit that one.`);
    throw err;
  }
}

export async function openUamCase(em: EntityManager, site: SiteConfig, viewer: Viewer, input: OpenUamCaseInput) {
  const check = new InputCheck();
  const migrantId = safeSiteId(check, 'migrantId', input.migrantId, site.code);
  const today = new Date().toISOString().slice(0, 10);
  const openedOn = check.pastDate('openedOn', input.openedOn ?? today, site.openedOn) ?? today;
  const fields: UamFields = {
    separation: input.separation,
    familyTracingStatus: input.familyTracingStatus ?? 'NOT_STARTED',
    ...(assessment(check, site, input.bestInterestsAssessment) as Pick<UamFields, 'biaAssessedOn' | 'biaFindings' | 'biaAssessedBy'>),
    ...(determination(check, site, input.bestInterestsDetermination) as Pick<UamFields, 'bidDecision' | 'bidDecidedOn' | 'bidPanel'>),
    ...(guardian(check, site, input.guardian) as Pick<UamFields, 'guardianName' | 'guardianRelationship' | 'guardianContact' | 'guardianAppointedOn'>),
    escortNeeds: check.optionalText('escortNeeds', input.escortNeeds, 2000),
  };
  const idempotencyKey = check.optionalText('idempotencyKey', input.idempotencyKey, 100);
  await checkMigrant(em, check, site, migrantId, true);
  check.done();
  const { value, created } = await openCase(
    em, idempotencyKey, 'UamCase', 'UAM case', site, viewer,
    (e) => e.findOne(UamCase, { idempotencyKey }),
    async () => (await em.count(UamCase, { migrantId: migrantId! })) > 0,
    (tx) => tx.create(UamCase, { id: randomUUID(), migrantId: migrantId!, openedOn, ...fields, ...providerOf(viewer), idempotencyKey, recordedAt: new Date(), version: 1 }),
  );
  return { uamCase: value, created };
}

/** Loads a case for an edit at the version the editor saw, applies the changes, records them. */
async function editCase<T extends { id: string; migrantId: string; version: number }>(
  em: EntityManager, entity: typeof UamCase | typeof TraffickingCase, name: 'UamCase' | 'TraffickingCase', what: string,
  site: SiteConfig, viewer: Viewer, id: string, expectedVersion: number, fields: readonly string[],
  changesOf: (record: T, check: InputCheck) => Partial<T>,
): Promise<T> {
  const local = requireSiteId(id, site.code);
  return em.transactional(async (tx) => {
    const record = (await tx.findOne(entity as never, { id: local } as never)) as T | null;
    if (!record) throw notFound(what, id);
    await refuseAnonymisedCase(tx, site, record.migrantId);
    if (record.version !== expectedVersion) throw conflict(`The ${what} was changed by someone else (now version ${record.version}); reload it and edit again.`);
    const check = new InputCheck();
    const next = changesOf(record, check);
    check.done();
    const changes = changedFields(record, next, fields as (keyof T & string)[]);
    if (!changes.length) return record;
    tx.assign(record as never, next as never);
    try {
      await tx.flush();
    } catch (err) {
      if (err instanceof OptimisticLockError) throw conflict(`The ${what} was changed by someone else at the same time; reload it and edit again.`);
      throw err;
    }
    await recordAudit(tx, { viewer, action: 'update', entity: name, entityId: id, changes });
    return record;
  });
}

export async function updateUamCase(em: EntityManager, site: SiteConfig, viewer: Viewer, id: string, expectedVersion: number, input: UpdateUamCaseInput) {
  const record = await editCase<UamCaseRecord>(em, UamCase, 'UamCase', 'UAM case', site, viewer, id, expectedVersion, UAM_FIELDS, (_r, check) => {
    const next: Partial<UamFields> = {};
    if (has(input, 'separation')) {
      if (input.separation == null) check.fail('separation', 'cannot be cleared');
      else next.separation = input.separation;
    }
    if (has(input, 'familyTracingStatus')) {
      if (input.familyTracingStatus == null) check.fail('familyTracingStatus', 'cannot be cleared');
      else next.familyTracingStatus = input.familyTracingStatus;
    }
    if (has(input, 'bestInterestsAssessment')) Object.assign(next, assessment(check, site, input.bestInterestsAssessment));
    if (has(input, 'bestInterestsDetermination')) Object.assign(next, determination(check, site, input.bestInterestsDetermination));
    if (has(input, 'guardian')) Object.assign(next, guardian(check, site, input.guardian));
    if (has(input, 'escortNeeds')) next.escortNeeds = check.optionalText('escortNeeds', input.escortNeeds, 2000);
    return next;
  });
  return { uamCase: record, created: false };
}

function unique<T>(list: readonly T[]): T[] {
  return [...new Set(list)];
}

function identification(check: InputCheck, site: SiteConfig, i: TraffickingIdentificationInput | null | undefined): Pick<VotFields, 'identification' | 'identifiedOn' | 'identifiedBy'> {
  if (!i || i.decision === 'PENDING') {
    if (i && (i.decidedOn != null || i.decidedBy != null)) check.fail('identification.decidedOn', 'is given only with a decision (not PENDING)');
    return { identification: 'PENDING', identifiedOn: null, identifiedBy: null };
  }
  if (i.decidedOn == null) check.fail('identification.decidedOn', 'is required with a decision');
  const identifiedOn = check.pastDate('identification.decidedOn', i.decidedOn, site.openedOn);
  return { identification: i.decision, identifiedOn, identifiedBy: check.requiredText('identification.decidedBy', i.decidedBy, 200) };
}

function plan(check: InputCheck, items: readonly AssistancePlanItemInput[]): AssistancePlanItemRecord[] {
  if (items.length > 50) check.fail('assistancePlan', 'must have at most 50 items');
  return items.map((item, i) => ({
    description: check.requiredText(`assistancePlan.${i}.description`, item.description, 500),
    status: item.status,
    dueOn: item.dueOn ?? null,
  }));
}

function checkPurpose(check: InputCheck, purposes: readonly string[], other: string | null): void {
  if (purposes.includes('OTHER') && !other) check.fail('purposeOther', 'is required when the purpose is OTHER');
  if (!purposes.includes('OTHER') && other) check.fail('purposeOther', 'is given only when the purpose is OTHER');
}

export async function openTraffickingCase(em: EntityManager, site: SiteConfig, viewer: Viewer, input: OpenTraffickingCaseInput) {
  const check = new InputCheck();
  const migrantId = safeSiteId(check, 'migrantId', input.migrantId, site.code);
  const today = new Date().toISOString().slice(0, 10);
  const screenedOn = check.pastDate('screenedOn', input.screenedOn ?? today, site.openedOn) ?? today;
  const purposeOther = check.optionalText('purposeOther', input.purposeOther, 500);
  const fields: VotFields = {
    screenedOn,
    actIndicators: unique(input.actIndicators),
    meansIndicators: unique(input.meansIndicators),
    purposeIndicators: unique(input.purposeIndicators),
    purposeOther,
    screeningNotes: check.optionalText('screeningNotes', input.screeningNotes, 4000),
    ...identification(check, site, input.identification),
    assistancePlan: plan(check, input.assistancePlan ?? []),
  };
  checkPurpose(check, fields.purposeIndicators, purposeOther);
  const idempotencyKey = check.optionalText('idempotencyKey', input.idempotencyKey, 100);
  await checkMigrant(em, check, site, migrantId, false);
  check.done();
  const { value, created } = await openCase(
    em, idempotencyKey, 'TraffickingCase', 'trafficking case', site, viewer,
    (e) => e.findOne(TraffickingCase, { idempotencyKey }),
    async () => (await em.count(TraffickingCase, { migrantId: migrantId! })) > 0,
    (tx) => tx.create(TraffickingCase, { id: randomUUID(), migrantId: migrantId!, openedOn: screenedOn, ...fields, ...providerOf(viewer), idempotencyKey, recordedAt: new Date(), version: 1 }),
  );
  return { traffickingCase: value, created };
}

export async function updateTraffickingCase(em: EntityManager, site: SiteConfig, viewer: Viewer, id: string, expectedVersion: number, input: UpdateTraffickingCaseInput) {
  const record = await editCase<TraffickingCaseRecord>(em, TraffickingCase, 'TraffickingCase', 'trafficking case', site, viewer, id, expectedVersion, VOT_FIELDS, (r, check) => {
    const next: Partial<VotFields> = {};
    if (has(input, 'screenedOn')) {
      if (input.screenedOn == null) check.fail('screenedOn', 'cannot be cleared');
      else next.screenedOn = check.pastDate('screenedOn', input.screenedOn, site.openedOn) ?? r.screenedOn;
    }
    if (has(input, 'actIndicators')) next.actIndicators = unique(input.actIndicators ?? []);
    if (has(input, 'meansIndicators')) next.meansIndicators = unique(input.meansIndicators ?? []);
    if (has(input, 'purposeIndicators')) next.purposeIndicators = unique(input.purposeIndicators ?? []);
    if (has(input, 'purposeOther')) next.purposeOther = check.optionalText('purposeOther', input.purposeOther, 500);
    if (has(input, 'screeningNotes')) next.screeningNotes = check.optionalText('screeningNotes', input.screeningNotes, 4000);
    if (has(input, 'identification')) Object.assign(next, identification(check, site, input.identification));
    if (has(input, 'assistancePlan')) next.assistancePlan = plan(check, input.assistancePlan ?? []);
    if (has(input, 'purposeIndicators') || has(input, 'purposeOther')) {
      checkPurpose(check, next.purposeIndicators ?? r.purposeIndicators, next.purposeOther !== undefined ? next.purposeOther : r.purposeOther);
    }
    return next;
  });
  return { traffickingCase: record, created: false };
}
