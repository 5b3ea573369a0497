import { OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  changedFields, conflict, decodeCursor, globalId, InputCheck, notFound, pageSize, recordAudit, requireSiteId, toConnection,
  type Connection, type FieldChange, type SiteConfig, type Viewer,
} from '@mpa/platform';
import { randomUUID } from 'node:crypto';
import type {
  MhpssAttendanceInput, MhpssGroupActivityFilter, RecordMhpssGroupActivityInput, RecordMhpssSessionInput, UpdateMhpssGroupActivityInput, UpdateMhpssSessionInput,
} from '../__generated__/resolvers.js';
import { has, providerOf } from '../assistance/service-delivery.js';
import { idempotent } from '../assistance/stock.js';
import { safeSiteId } from '../medical/medical-consultations.js';
import { refuseAnonymised } from '../migrants/case-helpers.js';
import { Migrant } from '../migrants/migrant.entity.js';
import { migrantForRecord, refuseAnonymisedCase } from '../migrants/update-migrant.js';
import { MhpssAttendance, MhpssGroupActivity, MhpssSession, type MhpssGroupActivityRecord, type MhpssSessionRecord } from './mhpss.entity.js';

const today = () => new Date().toISOString().slice(0, 10);

async function checkFollowUp(check: InputCheck, heldOn: string | null, followUpOn: string | null): Promise<void> {
  if (heldOn && followUpOn && followUpOn < heldOn) check.fail('followUpOn', 'must not be before the session');
}

export async function recordSession(em: EntityManager, site: SiteConfig, viewer: Viewer, input: RecordMhpssSessionInput) {
  const check = new InputCheck();
  const migrantId = safeSiteId(check, 'migrantId', input.migrantId, site.code);
  const heldOn = check.pastDate('heldOn', input.heldOn ?? today(), site.openedOn) ?? today();
  const notes = check.optionalText('notes', input.notes, 8000);
  const followUpOn = input.followUpOn ?? null;
  await checkFollowUp(check, heldOn, followUpOn);
  const idempotencyKey = check.optionalText('idempotencyKey', input.idempotencyKey, 100);
  await migrantForRecord(em, check, site, migrantId);
  check.done();
  const { value, created } = await idempotent(em, idempotencyKey, (e) => e.findOne(MhpssSession, { idempotencyKey }), () =>
    em.transactional(async (tx) => {
      const session = tx.create(MhpssSession, {
        id: randomUUID(), migrantId: migrantId!, type: input.type, heldOn, notes, followUpOn, idempotencyKey, ...providerOf(viewer), recordedAt: new Date(), version: 1,
      });
      tx.persist(session);
      await tx.flush();
      await recordAudit(tx, { viewer, action: 'create', entity: 'MhpssSession', entityId: globalId(site.code, session.id) });
      return session;
    }));
  return { session: value, created };
}

export async function updateSession(em: EntityManager, site: SiteConfig, viewer: Viewer, id: string, expectedVersion: number, input: UpdateMhpssSessionInput) {
  const local = requireSiteId(id, site.code);
  const session = await em.transactional(async (tx) => {
    const record = await tx.findOne(MhpssSession, { id: local });
    if (!record) throw notFound('MHPSS session', id);
    await refuseAnonymisedCase(tx, site, record.migrantId);
    if (record.version !== expectedVersion) throw conflict(`The session was changed by someone else (now version ${record.version}); reload it and edit again.`);
    const check = new InputCheck();
    const next: Partial<MhpssSessionRecord> = {};
    if (has(input, 'type')) {
      if (input.type == null) check.fail('type', 'cannot be cleared');
      else next.type = input.type;
    }
    if (has(input, 'heldOn')) {
      if (input.heldOn == null) check.fail('heldOn', 'cannot be cleared');
      else next.heldOn = check.pastDate('heldOn', input.heldOn, site.openedOn) ?? record.heldOn;
    }
    if (has(input, 'notes')) next.notes = check.optionalText('notes', input.notes, 8000);
    if (has(input, 'followUpOn')) next.followUpOn = input.followUpOn ?? null;
    await checkFollowUp(check, next.heldOn ?? record.heldOn, next.followUpOn !== undefined ? next.followUpOn : record.followUpOn);
    check.done();
    const changes = changedFields(record, next, ['type', 'heldOn', 'notes', 'followUpOn']);
    if (!changes.length) return record;
    tx.assign(record, next);
    try {
      await tx.flush();
    } catch (err) {
      if (err instanceof OptimisticLockError) throw conflict('The session was changed by someone else at the same time; reload it and edit again.');
      throw err;
    }
    await recordAudit(tx, { viewer, action: 'update', entity: 'MhpssSession', entityId: id, changes });
    return record;
  });
  return { session, created: false };
}

/**
 * Checks an attendance list: migrants of this centre, each once; an anonymised case may stay on the
 * list it was on (`onList`) but not be added (CASE_ANONYMISED).
 */
async function attendees(em: EntityManager, check: InputCheck, site: SiteConfig, list: readonly MhpssAttendanceInput[], onList: ReadonlySet<string> = new Set()) {
  const out: { migrantId: string; attended: boolean }[] = [];
  if (list.length > 500) check.fail('attendees', 'must have at most 500 migrants');
  const seen = new Map<string, number>();
  list.forEach((a, i) => {
    const migrantId = safeSiteId(check, `attendees.${i}.migrantId`, a.migrantId, site.code);
    if (!migrantId) return;
    if (seen.has(migrantId)) check.fail(`attendees.${i}.migrantId`, 'is listed twice');
    else {
      seen.set(migrantId, i);
      out.push({ migrantId, attended: a.attended ?? true });
    }
  });
  if (out.length) {
    const found = await em.find(Migrant, { id: { $in: out.map((a) => a.migrantId) } }, { fields: ['id', 'anonymisedAt'] });
    for (const m of found) if (!onList.has(m.id)) refuseAnonymised(m, globalId(site.code, m.id));
    for (const a of out) if (!found.some((m) => m.id === a.migrantId)) check.fail(`attendees.${seen.get(a.migrantId)}.migrantId`, 'is not a migrant of this centre');
  }
  return out;
}

async function writeAttendance(tx: EntityManager, activityId: string, list: { migrantId: string; attended: boolean }[]): Promise<void> {
  await tx.nativeDelete(MhpssAttendance, { activityId });
  if (list.length) await tx.insertMany(MhpssAttendance, list.map((a) => ({ activityId, ...a })));
}

export async function recordGroupActivity(em: EntityManager, site: SiteConfig, viewer: Viewer, input: RecordMhpssGroupActivityInput) {
  const check = new InputCheck();
  const heldOn = check.pastDate('heldOn', input.heldOn ?? today(), site.openedOn) ?? today();
  const facilitator = check.requiredText('facilitator', input.facilitator, 200);
  const notes = check.optionalText('notes', input.notes, 4000);
  const idempotencyKey = check.optionalText('idempotencyKey', input.idempotencyKey, 100);
  const list = await attendees(em, check, site, input.attendees);
  check.done();
  const { value, created } = await idempotent(em, idempotencyKey, (e) => e.findOne(MhpssGroupActivity, { idempotencyKey }), () =>
    em.transactional(async (tx) => {
      const activity = tx.create(MhpssGroupActivity, {
        id: randomUUID(), type: input.type, heldOn, facilitator, notes, idempotencyKey, ...providerOf(viewer), recordedAt: new Date(), version: 1,
      });
      tx.persist(activity);
      await tx.flush();
      await writeAttendance(tx, activity.id, list);
      await recordAudit(tx, { viewer, action: 'create', entity: 'MhpssGroupActivity', entityId: globalId(site.code, activity.id) });
      return activity;
    }));
  return { activity: value, created };
}

export async function updateGroupActivity(em: EntityManager, site: SiteConfig, viewer: Viewer, id: string, expectedVersion: number, input: UpdateMhpssGroupActivityInput) {
  const local = requireSiteId(id, site.code);
  const activity = await em.transactional(async (tx) => {
    const record = await tx.findOne(MhpssGroupActivity, { id: local });
    if (!record) throw notFound('Group activity', id);
    if (record.version !== expectedVersion) throw conflict(`The activity was changed by someone else (now version ${record.version}); reload it and edit again.`);
    const check = new InputCheck();
    const next: Partial<MhpssGroupActivityRecord> = {};
    if (has(input, 'type')) {
      if (input.type == null) check.fail('type', 'cannot be cleared');
      else next.type = input.type;
    }
    if (has(input, 'heldOn')) {
      if (input.heldOn == null) check.fail('heldOn', 'cannot be cleared');
      else next.heldOn = check.pastDate('heldOn', input.heldOn, site.openedOn) ?? record.heldOn;
    }
    if (has(input, 'facilitator')) next.facilitator = check.requiredText('facilitator', input.facilitator, 200);
    if (has(input, 'notes')) next.notes = check.optionalText('notes', input.notes, 4000);
    const onList = async () => new Set((await tx.find(MhpssAttendance, { activityId: local }, { fields: ['migrantId'] })).map((a) => a.migrantId));
    const list = has(input, 'attendees') ? await attendees(tx, check, site, input.attendees ?? [], await onList()) : null;
    check.done();
    const changes: FieldChange[] = changedFields(record, next, ['type', 'heldOn', 'facilitator', 'notes']);
    if (list) {
      const before = (await tx.find(MhpssAttendance, { activityId: local }, { orderBy: { migrantId: 'asc' } })).map((a) => ({ migrantId: globalId(site.code, a.migrantId), attended: a.attended }));
      const after = [...list].sort((a, b) => (a.migrantId < b.migrantId ? -1 : 1)).map((a) => ({ migrantId: globalId(site.code, a.migrantId), attended: a.attended }));
      if (JSON.stringify(before) !== JSON.stringify(after)) changes.push({ field: 'attendees', from: before, to: after });
    }
    if (!changes.length) return record;
    // The version moves with every change, the attendance list included.
    const merged = { ...record, ...next };
    const [row] = await tx.getConnection().execute<{ version: number }[]>(
      'UPDATE mhpss_group_activity SET type = ?, held_on = ?, facilitator = ?, notes = ?, version = version + 1 WHERE id = ? AND version = ? RETURNING version',
      [merged.type, merged.heldOn, merged.facilitator, merged.notes, local, record.version], 'all', tx.getTransactionContext(),
    );
    if (!row) throw conflict('The activity was changed by someone else at the same time; reload it and edit again.');
    if (list) await writeAttendance(tx, local, list);
    await recordAudit(tx, { viewer, action: 'update', entity: 'MhpssGroupActivity', entityId: id, changes });
    return { ...merged, version: row.version };
  });
  return { activity, created: false };
}

export async function listGroupActivities(
  em: EntityManager, args: { first?: number | null; after?: string | null; filter?: MhpssGroupActivityFilter | null },
): Promise<Connection<MhpssGroupActivityRecord>> {
  const size = pageSize(args.first);
  const after = decodeCursor(args.after, 2);
  const f = args.filter ?? {};
  const check = new InputCheck('filter');
  if (f.from && f.to && f.from > f.to) check.fail('to', 'must not be before from');
  check.done();
  const qb = em.createQueryBuilder(MhpssGroupActivity, 'a').select('*');
  if (f.type) qb.andWhere({ type: f.type });
  if (f.from) qb.andWhere('a.held_on >= ?', [f.from]);
  if (f.to) qb.andWhere('a.held_on <= ?', [f.to]);
  if (after) qb.andWhere('(a.held_on, a.id) < (?::date, ?::uuid)', [after[0], after[1]]);
  qb.orderBy({ heldOn: 'desc', id: 'desc' }).limit(size + 1);
  return toConnection(await qb.getResultList(), size, (a) => [a.heldOn, a.id]);
}
