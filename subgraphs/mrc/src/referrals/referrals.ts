import type { EntityManager } from '@mikro-orm/postgresql';
import {
  changedFields, decodeCursor, globalId, InputCheck, notFound, pageSize, recordAudit, requireSiteId, toConnection,
  type Connection, type SiteConfig, type Viewer,
} from '@mpa/platform';
import { randomUUID } from 'node:crypto';
import type { CreatePartnerInput, ReferralFilter, RequestReferralInput, SetReferralStatusInput, TransferCaseInput, UpdatePartnerInput } from '../__generated__/resolvers.js';
import { checkOverride, requireConsent } from '../consent/consent.js';
import { checkVersion, createOnce, invalidTransition, withOptimisticLock } from '../migrants/case-helpers.js';
import type { MigrantRecord } from '../migrants/migrant.entity.js';
import { applyMigrantPatch, migrantForEdit, refuseAnonymisedCase } from '../migrants/update-migrant.js';
import { PartnerOrganisation, Referral, type PartnerOrganisationRecord, type ReferralRecord, type ReferralStatus } from './referral.entity.js';

/** The moves each referral status allows. */
export const REFERRAL_TRANSITIONS: Record<ReferralStatus, readonly ReferralStatus[]> = {
  REQUESTED: ['ACCEPTED', 'REJECTED', 'REVOKED'],
  ACCEPTED: ['COMPLETED', 'REVOKED'],
  REJECTED: [],
  COMPLETED: [],
  REVOKED: [],
};

export async function createPartner(em: EntityManager, site: SiteConfig, viewer: Viewer, input: CreatePartnerInput): Promise<{ partner: PartnerOrganisationRecord; created: boolean }> {
  const check = new InputCheck();
  const name = check.requiredText('name', input.name, 200);
  if (!input.services.length) check.fail('services', 'name at least one service');
  const contact = check.optionalText('contact', input.contact, 300);
  const idempotencyKey = check.optionalText('idempotencyKey', input.idempotencyKey, 100);
  check.done();
  const { record, created } = await createOnce(
    idempotencyKey,
    (key) => em.fork().findOne(PartnerOrganisation, { idempotencyKey: key }),
    () =>
      em.transactional(async (tx) => {
        const partner = tx.create(PartnerOrganisation, {
          id: randomUUID(), name, services: [...new Set(input.services)], contact, createdAt: new Date(), idempotencyKey, version: 1,
        });
        await tx.flush();
        await recordAudit(tx, { viewer, action: 'create', entity: 'PartnerOrganisation', entityId: globalId(site.code, partner.id) });
        return partner;
      }),
  );
  return { partner: record, created };
}

export async function updatePartner(em: EntityManager, site: SiteConfig, viewer: Viewer, input: UpdatePartnerInput): Promise<{ partner: PartnerOrganisationRecord; created: boolean }> {
  const check = new InputCheck();
  const id = requireSiteId(input.id, site.code, 'input.id');
  const patch: Partial<PartnerOrganisationRecord> = {};
  if (input.name !== undefined) patch.name = check.requiredText('name', input.name, 200);
  if (input.services !== undefined) {
    if (!input.services?.length) check.fail('services', 'name at least one service');
    patch.services = [...new Set(input.services ?? [])];
  }
  if (input.contact !== undefined) patch.contact = check.optionalText('contact', input.contact, 300);
  check.done();
  const partner = await withOptimisticLock('partner', () =>
    em.transactional(async (tx) => {
      const found = await tx.findOne(PartnerOrganisation, { id });
      if (!found) throw notFound('Partner', input.id);
      checkVersion(found, input.expectedVersion, 'partner');
      const changes = changedFields(found, patch, ['name', 'services', 'contact']);
      if (changes.length) {
        tx.assign(found, patch);
        await tx.flush();
        await recordAudit(tx, { viewer, action: 'update', entity: 'PartnerOrganisation', entityId: globalId(site.code, found.id), changes });
      }
      return found;
    }),
  );
  return { partner, created: false };
}

export async function requestReferral(em: EntityManager, site: SiteConfig, viewer: Viewer, input: RequestReferralInput): Promise<{ referral: ReferralRecord; created: boolean }> {
  const check = new InputCheck();
  const migrantId = requireSiteId(input.migrantId, site.code, 'input.migrantId');
  const partnerId = requireSiteId(input.partnerId, site.code, 'input.partnerId');
  const note = check.optionalText('note', input.note, 2000);
  const overrideReason = checkOverride(check, input.consentOverride);
  const idempotencyKey = check.optionalText('idempotencyKey', input.idempotencyKey, 100);
  check.done();
  const { record, created } = await createOnce(
      idempotencyKey,
      (key) => em.fork().findOne(Referral, { idempotencyKey: key }),
      () =>
        em.transactional(async (tx) => {
          const migrant = await migrantForEdit(tx, site, migrantId);
          const partner = await tx.findOne(PartnerOrganisation, { id: partnerId });
          if (!partner) throw notFound('Partner', input.partnerId);
          const offer = new InputCheck();
          if (!partner.services.includes(input.service)) offer.fail('service', `${partner.name} does not offer ${input.service}`);
          offer.done();
          if (migrant.caseStatus !== 'OPEN') throw invalidTransition(`The case is ${migrant.caseStatus}; only an open case can be referred.`, migrant.caseStatus, 'REFERRED');
          const basis = await requireConsent(tx, migrantId, 'DATA_SHARING_WITH_PARTNERS', overrideReason ? { site, viewer, reason: overrideReason } : null);
          const now = new Date();
          const referral = tx.create(Referral, {
            id: randomUUID(), migrantId, partnerId, service: input.service, need: input.need ?? null, note, status: 'REQUESTED', statusReason: null,
            requestedBy: viewer.subject, requestedAt: now, updatedAt: now, consentOverridden: basis.overridden, idempotencyKey, version: 1,
          });
          await tx.flush();
          await recordAudit(tx, {
            viewer, action: 'create', entity: 'Referral', entityId: globalId(site.code, migrantId),
            changes: [{ field: 'referral', from: null, to: { partner: partner.name, service: input.service, status: 'REQUESTED' } }],
          });
          return referral;
        }),
    );
  return { referral: record, created };
}

export async function setReferralStatus(em: EntityManager, site: SiteConfig, viewer: Viewer, input: SetReferralStatusInput): Promise<{ referral: ReferralRecord; created: boolean }> {
  const check = new InputCheck();
  const id = requireSiteId(input.id, site.code, 'input.id');
  const reason = check.optionalText('reason', input.reason, 1000);
  if (input.status === 'REJECTED' && !reason) check.fail('reason', 'is required to reject a referral');
  check.done();
  const referral = await withOptimisticLock('referral', () =>
    em.transactional(async (tx) => {
      const found = await tx.findOne(Referral, { id });
      if (!found) throw notFound('Referral', input.id);
      await refuseAnonymisedCase(tx, site, found.migrantId);
      checkVersion(found, input.expectedVersion, 'referral');
      if (!REFERRAL_TRANSITIONS[found.status].includes(input.status)) {
        throw invalidTransition(`A ${found.status} referral cannot become ${input.status}.`, found.status, input.status);
      }
      const changes = [{ field: 'referral.status', from: found.status, to: input.status }];
      tx.assign(found, { status: input.status, statusReason: reason ?? found.statusReason, updatedAt: new Date() });
      await tx.flush();
      await recordAudit(tx, { viewer, action: 'update', entity: 'Referral', entityId: globalId(site.code, found.migrantId), changes, reason });
      return found;
    }),
  );
  return { referral, created: false };
}

/** Hands the case over to another organisation: the case becomes TRANSFERRED. Needs data-sharing consent. */
export async function transferCase(em: EntityManager, site: SiteConfig, viewer: Viewer, input: TransferCaseInput): Promise<MigrantRecord> {
  const check = new InputCheck();
  const id = requireSiteId(input.id, site.code, 'input.id');
  const organisation = check.requiredText('organisation', input.organisation, 200);
  const reason = check.optionalText('reason', input.reason, 1000);
  const overrideReason = checkOverride(check, input.consentOverride);
  check.done();
  return withOptimisticLock('case file', () =>
    em.transactional(async (tx) => {
      const migrant = await migrantForEdit(tx, site, id);
      checkVersion(migrant, input.expectedVersion, 'case file');
      if (migrant.caseStatus !== 'OPEN') throw invalidTransition(`The case is ${migrant.caseStatus}; only an open case can be transferred.`, migrant.caseStatus, 'TRANSFERRED');
      await requireConsent(tx, id, 'DATA_SHARING_WITH_PARTNERS', overrideReason ? { site, viewer, reason: overrideReason } : null);
      await applyMigrantPatch(tx, site, viewer, migrant, { caseStatus: 'TRANSFERRED', transferredTo: organisation, closedAt: new Date() }, reason);
      return migrant;
    }),
  );
}

export async function listPartners(em: EntityManager, args: { first?: number | null; after?: string | null }): Promise<Connection<PartnerOrganisationRecord>> {
  const size = pageSize(args.first);
  const after = decodeCursor(args.after, 2);
  const qb = em.createQueryBuilder(PartnerOrganisation, 'p').select('*');
  if (after) qb.andWhere('(p.name, p.id) > (?, ?::uuid)', [after[0], after[1]]);
  const rows = await qb.orderBy({ name: 'asc', id: 'asc' }).limit(size + 1).getResultList();
  return toConnection(rows, size, (p) => [p.name, p.id]);
}

export async function listReferrals(em: EntityManager, args: { first?: number | null; after?: string | null; filter?: ReferralFilter | null }): Promise<Connection<ReferralRecord>> {
  const size = pageSize(args.first);
  const after = decodeCursor(args.after, 2);
  const qb = em.createQueryBuilder(Referral, 'r').select('*');
  if (args.filter?.status) qb.andWhere({ status: args.filter.status });
  if (after) qb.andWhere('(r.requested_at, r.id) < (?::timestamptz, ?::uuid)', [after[0], after[1]]);
  const rows = await qb.orderBy({ requestedAt: 'desc', id: 'desc' }).limit(size + 1).getResultList();
  return toConnection(rows, size, (r) => [r.requestedAt.toISOString(), r.id]);
}
