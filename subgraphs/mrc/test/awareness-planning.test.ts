import { viewerFor } from '@mpa/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteHarness, type SiteHarness } from './harness.js';
import { rowCount } from './assistance-fixtures.js';

let site: SiteHarness;
const caseworker = viewerFor('caseworker', 'bossaso');
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const PLAN = /* GraphQL */ `
  mutation Plan($input: PlanAwarenessSessionInput!) {
    bossaso { planAwarenessSession(input: $input) { created session { id status topic place heldOn facilitator notes version attendance { total } } } }
  }
`;
const HOLD = /* GraphQL */ `
  mutation Hold($id: ID!, $v: Int!, $input: HoldAwarenessSessionInput!) {
    bossaso { holdAwarenessSession(id: $id, expectedVersion: $v, input: $input) { session { id status heldOn notes version attendance { total female { age18To29 } male { age0To17 } } } } }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation Update($id: ID!, $v: Int!, $input: UpdateAwarenessSessionInput!) {
    bossaso { updateAwarenessSession(id: $id, expectedVersion: $v, input: $input) { session { status place version attendance { total } } } }
  }
`;
const SESSIONS = /* GraphQL */ `
  query Sessions($filter: AwarenessSessionFilter) {
    _entities(representations: [{ __typename: "BossasoCentre", code: "bossaso" }]) {
      ... on BossasoCentre { awarenessSessions(first: 20, filter: $filter) { edges { node { id status place } } } }
    }
  }
`;
const STATS = /* GraphQL */ `
  query Stats($from: Date, $to: Date) {
    _entities(representations: [{ __typename: "BossasoCentre", code: "bossaso" }]) {
      ... on BossasoCentre { stats(from: $from, to: $to) { services { awarenessSessions awarenessAttendance { total } } } }
    }
  }
`;
const plan = (overrides: Record<string, unknown> = {}) => ({ topic: 'SAFE_MIGRATION', place: 'Village of Qaw', plannedOn: day(7), facilitator: 'Fadumo Ali', notes: 'Bring the leaflets', ...overrides });
const sessionsOf = async (status: string) =>
  ((await site.exec(SESSIONS, { filter: { status } }, caseworker)).data!._entities[0].awarenessSessions.edges as { node: { id: string; status: string } }[]).map((e) => e.node.id);
const stats = async () => (await site.exec(STATS, { from: day(-400), to: day(400) }, viewerFor('coordinator'))).data!._entities[0].stats.services;

beforeAll(async () => {
  site = await siteHarness();
});
afterAll(() => site.close());

describe('planning awareness sessions', () => {
  it('plans a session for a coming day: PLANNED, nobody counted, not in the indicators', async () => {
    const before = await stats();
    const res = await site.exec(PLAN, { input: plan() }, caseworker);
    expect(res.errors).toBeUndefined();
    const session = res.data!.bossaso.planAwarenessSession.session;
    expect(session).toMatchObject({ status: 'PLANNED', place: 'Village of Qaw', heldOn: day(7), attendance: { total: 0 }, version: 1 });
    expect(await sessionsOf('PLANNED')).toContain(session.id);
    expect(await sessionsOf('HELD')).not.toContain(session.id);
    expect(await stats()).toEqual(before);
  });

  it('refuses a plan in the past or too far ahead, naming each field, and writes nothing', async () => {
    const rows = await rowCount(site, 'awareness_session');
    const past = await site.exec(PLAN, { input: plan({ plannedOn: day(-1), place: ' ', topic: 'OTHER' }) }, caseworker);
    expect(past.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'input.plannedOn', message: 'cannot be in the past' },
        { field: 'input.place', message: 'is required' },
        { field: 'input.topicOther', message: 'is required when the topic is OTHER' },
      ],
    });
    const far = await site.exec(PLAN, { input: plan({ plannedOn: day(400) }) }, caseworker);
    expect(far.errors?.[0]?.extensions?.fields).toEqual([{ field: 'input.plannedOn', message: 'must be at most a year ahead' }]);
    const medical = await site.exec(PLAN, { input: plan() }, viewerFor('medical', 'bossaso'));
    expect(medical.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await rowCount(site, 'awareness_session')).toBe(rows);
  });

  it('records the attendance once held: HELD, counted in the indicators, and only once', async () => {
    const planned = (await site.exec(PLAN, { input: plan({ plannedOn: day(0), idempotencyKey: 'plan-1' }) }, caseworker)).data!.bossaso.planAwarenessSession.session;
    const again = await site.exec(PLAN, { input: plan({ plannedOn: day(0), idempotencyKey: 'plan-1' }) }, caseworker);
    expect(again.data!.bossaso.planAwarenessSession).toMatchObject({ created: false, session: { id: planned.id } });
    const before = await stats();

    const nobody = await site.exec(HOLD, { id: planned.id, v: 1, input: { attendance: {} } }, caseworker);
    expect(nobody.errors?.[0]?.extensions?.fields).toEqual([{ field: 'input.attendance', message: 'must count at least one person' }]);
    const stale = await site.exec(HOLD, { id: planned.id, v: 7, input: { attendance: { male: { age0To17: 1 } } } }, caseworker);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const held = await site.exec(HOLD, { id: planned.id, v: 1, input: { attendance: { female: { age18To29: 9 }, male: { age0To17: 4 } }, notes: 'Leaflets ran out' } }, caseworker);
    expect(held.errors).toBeUndefined();
    expect(held.data!.bossaso.holdAwarenessSession.session).toEqual({
      id: planned.id, status: 'HELD', heldOn: day(0), notes: 'Leaflets ran out', version: 2, attendance: { total: 13, female: { age18To29: 9 }, male: { age0To17: 4 } },
    });
    expect(await stats()).toEqual({ awarenessSessions: before.awarenessSessions + 1, awarenessAttendance: { total: before.awarenessAttendance.total + 13 } });

    const twice = await site.exec(HOLD, { id: planned.id, v: 2, input: { attendance: { male: { age0To17: 1 } } } }, caseworker);
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'HELD', to: 'HELD' });
  });

  it('takes no attendance in an edit of a planned session (it would never count): holding it does', async () => {
    const planned = (await site.exec(PLAN, { input: plan() }, caseworker)).data!.bossaso.planAwarenessSession.session;
    const counted = await site.exec(UPDATE, { id: planned.id, v: 1, input: { place: 'Village of Dhahar', attendance: { female: { age18To29: 5 } } } }, caseworker);
    expect(counted.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT', fields: [{ field: 'input.attendance', message: 'can be recorded only when the session is held: record it with holdAwarenessSession' }],
    });
    const [row] = await site.sql<{ version: number; place: string }>('SELECT version, place FROM awareness_session WHERE id = ?', [planned.id.split(':')[1]]);
    expect(row).toEqual({ version: 1, place: 'Village of Qaw' });
    // The plan itself stays editable.
    const moved = await site.exec(UPDATE, { id: planned.id, v: 1, input: { place: 'Village of Dhahar' } }, caseworker);
    expect(moved.data!.bossaso.updateAwarenessSession.session).toEqual({ status: 'PLANNED', place: 'Village of Dhahar', version: 2, attendance: { total: 0 } });
  });

  it('will not hold a planned session on a day still to come', async () => {
    const planned = (await site.exec(PLAN, { input: plan({ plannedOn: day(3) }) }, caseworker)).data!.bossaso.planAwarenessSession.session;
    const early = await site.exec(HOLD, { id: planned.id, v: 1, input: { heldOn: day(3), attendance: { male: { age0To17: 1 } } } }, caseworker);
    expect(early.errors?.[0]?.extensions?.fields).toEqual([{ field: 'input.heldOn', message: 'cannot be in the future' }]);
    const other = await site.exec(HOLD, { id: planned.id, v: 1, input: { attendance: { male: { age0To17: 1 } } } }, viewerFor('caseworker', 'hargeisa'));
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
