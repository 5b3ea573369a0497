import type { EntityManager } from '@mikro-orm/postgresql';
import {
  changedFields, conflict, decodeCursor, globalId, InputCheck, notFound, pageSize, recordAudit, requireSiteId, toConnection,
  type Connection, type SiteConfig, type Viewer,
} from '@mpa/platform';
import { OptimisticLockError } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type {
  AgeGroupCountsInput, AttendanceInput, AwarenessSessionFilter, HoldAwarenessSessionInput, PlanAwarenessSessionInput, RecordAwarenessSessionInput, UpdateAwarenessSessionInput,
} from '../__generated__/resolvers.js';
import { invalidTransition } from '../migrants/case-helpers.js';
import { has, providerOf } from '../assistance/service-delivery.js';
import { idempotent } from '../assistance/stock.js';
import { ATTENDANCE_COLUMNS, AwarenessSession, type AttendanceCounts, type AwarenessSessionRecord } from './awareness.entity.js';

const MAX_COUNT = 100_000;
type Editable = Omit<AwarenessSessionRecord, 'id' | 'status' | 'idempotencyKey' | 'recordedAt' | 'version' | 'deliveredBy' | 'deliveredByName' | 'deliveredByRole'>;
const EDITABLE: readonly (keyof Editable)[] = ['topic', 'topicOther', 'place', 'heldOn', 'facilitator', 'notes', ...ATTENDANCE_COLUMNS];

function group(check: InputCheck, sex: 'female' | 'male', counts: AgeGroupCountsInput | null | undefined) {
  const out = { '0To17': counts?.age0To17 ?? 0, '18To29': counts?.age18To29 ?? 0, '30To59': counts?.age30To59 ?? 0, '60Plus': counts?.age60Plus ?? 0 };
  for (const [band, n] of Object.entries(out)) {
    if (!Number.isInteger(n) || n < 0 || n > MAX_COUNT) check.fail(`attendance.${sex}.age${band}`, `must be a whole number from 0 to ${MAX_COUNT}`);
  }
  return out;
}

/** The eight counts of an attendance input; at least one person must have come. */
export function attendanceCounts(check: InputCheck, input: AttendanceInput): AttendanceCounts {
  const f = group(check, 'female', input.female);
  const m = group(check, 'male', input.male);
  const counts: AttendanceCounts = {
    female0To17: f['0To17'], female18To29: f['18To29'], female30To59: f['30To59'], female60Plus: f['60Plus'],
    male0To17: m['0To17'], male18To29: m['18To29'], male30To59: m['30To59'], male60Plus: m['60Plus'],
  };
  if (Object.values(counts).every((n) => n === 0)) check.fail('attendance', 'must count at least one person');
  return counts;
}

function checkTopic(check: InputCheck, topic: string, other: string | null): void {
  if (topic === 'OTHER' && !other) check.fail('topicOther', 'is required when the topic is OTHER');
  if (topic !== 'OTHER' && other) check.fail('topicOther', 'is given only when the topic is OTHER');
}

export async function recordAwarenessSession(em: EntityManager, site: SiteConfig, viewer: Viewer, input: RecordAwarenessSessionInput) {
  const check = new InputCheck();
  const today = new Date().toISOString().slice(0, 10);
  const fields: Editable = {
    topic: input.topic,
    topicOther: check.optionalText('topicOther', input.topicOther, 200),
    place: check.requiredText('place', input.place, 200),
    heldOn: check.pastDate('heldOn', input.heldOn ?? today, site.openedOn) ?? today,
    facilitator: check.requiredText('facilitator', input.facilitator, 200),
    notes: check.optionalText('notes', input.notes, 4000),
    ...attendanceCounts(check, input.attendance),
  };
  checkTopic(check, fields.topic, fields.topicOther);
  const idempotencyKey = check.optionalText('idempotencyKey', input.idempotencyKey, 100);
  check.done();
  return createSession(em, site, viewer, 'HELD', fields, idempotencyKey);
}

/** Writes a new session once per idempotency key, with its creation in the audit log. */
async function createSession(em: EntityManager, site: SiteConfig, viewer: Viewer, status: AwarenessSessionRecord['status'], fields: Editable, idempotencyKey: string | null) {
  const { value, created } = await idempotent(em, idempotencyKey, (e) => e.findOne(AwarenessSession, { idempotencyKey }), () =>
    em.transactional(async (tx) => {
      const session = tx.create(AwarenessSession, { id: randomUUID(), status, ...fields, idempotencyKey, ...providerOf(viewer), recordedAt: new Date(), version: 1 });
      tx.persist(session);
      await tx.flush();
      await recordAudit(tx, { viewer, action: 'create', entity: 'AwarenessSession', entityId: globalId(site.code, session.id) });
      return session;
    }));
  return { session: value, created };
}

const noAttendance: AttendanceCounts = Object.fromEntries(ATTENDANCE_COLUMNS.map((c) => [c, 0])) as AttendanceCounts;

/** Plans a session: PLANNED for a day from today to a year ahead, nobody counted yet. */
export async function planAwarenessSession(em: EntityManager, site: SiteConfig, viewer: Viewer, input: PlanAwarenessSessionInput) {
  const check = new InputCheck();
  const today = new Date().toISOString().slice(0, 10);
  const yearAhead = new Date(Date.now() + 366 * 86_400_000).toISOString().slice(0, 10);
  // The Date scalar has checked it is a calendar date.
  if (input.plannedOn < today) check.fail('plannedOn', 'cannot be in the past');
  else if (input.plannedOn > yearAhead) check.fail('plannedOn', 'must be at most a year ahead');
  const fields: Editable = {
    topic: input.topic,
    topicOther: check.optionalText('topicOther', input.topicOther, 200),
    place: check.requiredText('place', input.place, 200),
    heldOn: input.plannedOn,
    facilitator: check.requiredText('facilitator', input.facilitator, 200),
    notes: check.optionalText('notes', input.notes, 4000),
    ...noAttendance,
  };
  checkTopic(check, fields.topic, fields.topicOther);
  const idempotencyKey = check.optionalText('idempotencyKey', input.idempotencyKey, 100);
  check.done();
  return createSession(em, site, viewer, 'PLANNED', fields, idempotencyKey);
}

/** Records a planned session's attendance: it becomes HELD, on the day it was held. */
export async function holdAwarenessSession(em: EntityManager, site: SiteConfig, viewer: Viewer, id: string, expectedVersion: number, input: HoldAwarenessSessionInput) {
  const local = requireSiteId(id, site.code);
  const session = await em.transactional(async (tx) => {
    const record = await tx.findOne(AwarenessSession, { id: local });
    if (!record) throw notFound('Awareness session', id);
    if (record.status !== 'PLANNED') throw invalidTransition('The session has already been held: edit it instead.', record.status, 'HELD');
    if (record.version !== expectedVersion) throw conflict(`The session was changed by someone else (now version ${record.version}); reload it and try again.`);
    const check = new InputCheck();
    const today = new Date().toISOString().slice(0, 10);
    const next: Partial<Editable> = {
      heldOn: check.pastDate('heldOn', input.heldOn ?? today, site.openedOn) ?? today,
      ...attendanceCounts(check, input.attendance),
      ...(has(input, 'notes') ? { notes: check.optionalText('notes', input.notes, 4000) } : {}),
    };
    check.done();
    const changes = [{ field: 'status', from: 'PLANNED', to: 'HELD' }, ...changedFields<Editable>(record, next, EDITABLE)];
    tx.assign(record, { ...next, status: 'HELD' });
    try {
      await tx.flush();
    } catch (err) {
      if (err instanceof OptimisticLockError) throw conflict('The session was changed by someone else at the same time; reload it and try again.');
      throw err;
    }
    await recordAudit(tx, { viewer, action: 'update', entity: 'AwarenessSession', entityId: id, changes });
    return record;
  });
  return { session, created: false };
}

export async function updateAwarenessSession(em: EntityManager, site: SiteConfig, viewer: Viewer, id: string, expectedVersion: number, input: UpdateAwarenessSessionInput) {
  const local = requireSiteId(id, site.code);
  const session = await em.transactional(async (tx) => {
    const record = await tx.findOne(AwarenessSession, { id: local });
    if (!record) throw notFound('Awareness session', id);
    if (record.version !== expectedVersion) throw conflict(`The session was changed by someone else (now version ${record.version}); reload it and edit again.`);
    const check = new InputCheck();
    const next: Partial<Editable> = {};
    if (has(input, 'topic')) {
      if (input.topic == null) check.fail('topic', 'cannot be cleared');
      else next.topic = input.topic;
    }
    if (has(input, 'topicOther')) next.topicOther = check.optionalText('topicOther', input.topicOther, 200);
    if (has(input, 'place')) next.place = check.requiredText('place', input.place, 200);
    if (has(input, 'heldOn')) {
      if (input.heldOn == null) check.fail('heldOn', 'cannot be cleared');
      else next.heldOn = check.pastDate('heldOn', input.heldOn, site.openedOn) ?? record.heldOn;
    }
    if (has(input, 'facilitator')) next.facilitator = check.requiredText('facilitator', input.facilitator, 200);
    if (has(input, 'notes')) next.notes = check.optionalText('notes', input.notes, 4000);
    if (has(input, 'attendance')) {
      if (input.attendance == null) check.fail('attendance', 'cannot be cleared');
      // A planned session's counts would never be counted: holding it records them and makes it HELD.
      else if (record.status !== 'HELD') check.fail('attendance', 'can be recorded only when the session is held: record it with holdAwarenessSession');
      else Object.assign(next, attendanceCounts(check, input.attendance));
    }
    if (has(input, 'topic') || has(input, 'topicOther')) checkTopic(check, next.topic ?? record.topic, next.topicOther !== undefined ? next.topicOther : record.topicOther);
    check.done();
    const changes = changedFields<Editable>(record, next, EDITABLE);
    if (!changes.length) return record;
    tx.assign(record, next);
    try {
      await tx.flush();
    } catch (err) {
      if (err instanceof OptimisticLockError) throw conflict('The session was changed by someone else at the same time; reload it and edit again.');
      throw err;
    }
    await recordAudit(tx, { viewer, action: 'update', entity: 'AwarenessSession', entityId: id, changes });
    return record;
  });
  return { session, created: false };
}

export async function listAwarenessSessions(
  em: EntityManager, args: { first?: number | null; after?: string | null; filter?: AwarenessSessionFilter | null },
): Promise<Connection<AwarenessSessionRecord>> {
  const size = pageSize(args.first);
  const after = decodeCursor(args.after, 2);
  const f = args.filter ?? {};
  const check = new InputCheck('filter');
  if (f.from && f.to && f.from > f.to) check.fail('to', 'must not be before from');
  check.done();
  const qb = em.createQueryBuilder(AwarenessSession, 's').select('*');
  if (f.topic) qb.andWhere({ topic: f.topic });
  if (f.status) qb.andWhere({ status: f.status });
  if (f.from) qb.andWhere('s.held_on >= ?', [f.from]);
  if (f.to) qb.andWhere('s.held_on <= ?', [f.to]);
  if (after) qb.andWhere('(s.held_on, s.id) < (?::date, ?::uuid)', [after[0], after[1]]);
  qb.orderBy({ heldOn: 'desc', id: 'desc' }).limit(size + 1);
  return toConnection(await qb.getResultList(), size, (s) => [s.heldOn, s.id]);
}

/** The GraphQL `AttendanceBySexAndAge` of eight counts. */
export function attendanceBySexAndAge(c: AttendanceCounts) {
  const female = { age0To17: c.female0To17, age18To29: c.female18To29, age30To59: c.female30To59, age60Plus: c.female60Plus };
  const male = { age0To17: c.male0To17, age18To29: c.male18To29, age30To59: c.male30To59, age60Plus: c.male60Plus };
  const sum = (g: typeof female) => g.age0To17 + g.age18To29 + g.age30To59 + g.age60Plus;
  return { female: { ...female, total: sum(female) }, male: { ...male, total: sum(male) }, total: sum(female) + sum(male) };
}
