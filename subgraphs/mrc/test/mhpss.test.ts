import { viewerFor } from '@mpa/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteHarness, type SiteHarness } from './harness.js';
import { addMigrant, rowCount } from './assistance-fixtures.js';

let site: SiteHarness;
const counsellor = viewerFor('mhpss', 'bossaso');

const RECORD_SESSION = /* GraphQL */ `
  mutation Record($input: RecordMhpssSessionInput!) {
    bossaso { recordMhpssSession(input: $input) { created session { id type heldOn notes followUpOn version deliveredBy { subject role } migrant { id } } } }
  }
`;
const UPDATE_SESSION = /* GraphQL */ `
  mutation Update($id: ID!, $v: Int!, $input: UpdateMhpssSessionInput!) {
    bossaso { updateMhpssSession(id: $id, expectedVersion: $v, input: $input) { session { version notes history { action } } } }
  }
`;
const RECORD_GROUP = /* GraphQL */ `
  mutation Group($input: RecordMhpssGroupActivityInput!) {
    bossaso { recordMhpssGroupActivity(input: $input) { created activity { id type heldOn facilitator attendance version attendees { attended migrant { id } } } } }
  }
`;
const UPDATE_GROUP = /* GraphQL */ `
  mutation UpdateGroup($id: ID!, $v: Int!, $input: UpdateMhpssGroupActivityInput!) {
    bossaso { updateMhpssGroupActivity(id: $id, expectedVersion: $v, input: $input) { activity { version attendance facilitator } } }
  }
`;
const SESSIONS = /* GraphQL */ `
  query Sessions($reps: [_Any!]!) { _entities(representations: $reps) { ... on BossasoMigrant { id mhpssSessions(first: 10) { edges { node { id type notes } } } } } }
`;
const GROUPS = /* GraphQL */ `
  query Groups($first: Int, $filter: MhpssGroupActivityFilter) {
    _entities(representations: [{ __typename: "BossasoCentre", code: "bossaso" }]) {
      ... on BossasoCentre { mhpssGroupActivities(first: $first, filter: $filter) { edges { node { type heldOn attendance attendees { migrant { id } } } } pageInfo { hasNextPage } } }
    }
  }
`;

beforeAll(async () => {
  site = await siteHarness();
});
afterAll(() => site.close());

describe('individual psychosocial support', () => {
  it('records a session, edits it at the version seen, and refuses a stale version', async () => {
    const migrant = await addMigrant(site);
    const res = await site.exec(RECORD_SESSION, { input: { migrantId: migrant, type: 'PSYCHOLOGICAL_FIRST_AID', heldOn: '2026-05-01', notes: 'Distressed after sea crossing', followUpOn: '2026-05-04' } }, counsellor);
    expect(res.errors).toBeUndefined();
    const session = res.data!.bossaso.recordMhpssSession.session;
    expect(session).toMatchObject({ type: 'PSYCHOLOGICAL_FIRST_AID', heldOn: '2026-05-01', version: 1, migrant: { id: migrant }, deliveredBy: { subject: 'mhpss@bossaso', role: 'mhpss' } });
    const edit = await site.exec(UPDATE_SESSION, { id: session.id, v: 1, input: { notes: 'Calmer; sleeping better' } }, counsellor);
    expect(edit.data!.bossaso.updateMhpssSession.session).toMatchObject({ version: 2, notes: 'Calmer; sleeping better', history: [{ action: 'create' }, { action: 'update' }] });
    const stale = await site.exec(UPDATE_SESSION, { id: session.id, v: 1, input: { notes: 'x' } }, counsellor);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('refuses bad input and other staff, writing nothing', async () => {
    const before = await rowCount(site, 'mhpss_session');
    const migrant = await addMigrant(site);
    const bad = await site.exec(RECORD_SESSION, { input: { migrantId: 'x', type: 'COUNSELLING', heldOn: '2026-05-10', followUpOn: '2026-05-01' } }, counsellor);
    expect(bad.errors?.[0]?.extensions?.fields.map((f: { field: string }) => f.field)).toEqual(['input.migrantId', 'input.followUpOn']);
    for (const viewer of [viewerFor('caseworker', 'bossaso'), viewerFor('medical', 'bossaso'), viewerFor('mhpss', 'hargeisa')]) {
      const res = await site.exec(RECORD_SESSION, { input: { migrantId: migrant, type: 'COUNSELLING' } }, viewer);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await rowCount(site, 'mhpss_session')).toBe(before);
  });

  it('shows sessions only to MHPSS staff, logs every read, in a constant number of SQL statements', async () => {
    const migrants: string[] = [];
    for (let i = 0; i < 8; i++) {
      const m = await addMigrant(site);
      migrants.push(m);
      await site.exec(RECORD_SESSION, { input: { migrantId: m, type: 'COUNSELLING', notes: `Session ${i}`, idempotencyKey: `s-${i}` } }, counsellor);
      await site.exec(RECORD_SESSION, { input: { migrantId: m, type: 'COUNSELLING', notes: `Session ${i}`, idempotencyKey: `s-${i}` } }, counsellor);
    }
    const measure = async (ids: string[]) => {
      const before = site.database.statements.count;
      const res = await site.exec(SESSIONS, { reps: ids.map((id) => ({ __typename: 'BossasoMigrant', id })) }, counsellor);
      expect(res.data!._entities.every((m: any) => m.mhpssSessions.edges.length === 1)).toBe(true);
      return site.database.statements.count - before;
    };
    expect(await measure(migrants)).toBe(await measure(migrants.slice(0, 2)));
    const sessionId = (await site.sql<{ id: string }>('SELECT id FROM mhpss_session WHERE migrant_id = ?', [migrants[0]!.split(':')[1]]))[0]!.id;
    const reads = await site.sql(`SELECT actor FROM audit_event WHERE entity_id = ? AND action = 'read'`, [`bossaso:${sessionId}`]);
    expect(reads).toEqual([{ actor: 'mhpss@bossaso' }, { actor: 'mhpss@bossaso' }]);
    const caseworker = await site.exec(SESSIONS, { reps: [{ __typename: 'BossasoMigrant', id: migrants[0] }] }, viewerFor('caseworker', 'bossaso'));
    expect(caseworker.data!._entities[0].mhpssSessions).toBeNull();
    expect(caseworker.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('group activities', () => {
  it('records an activity with its attendance list and counts who came', async () => {
    const [a, b, c] = [await addMigrant(site), await addMigrant(site), await addMigrant(site)];
    const res = await site.exec(RECORD_GROUP, { input: {
      type: 'SUPPORT_GROUP', heldOn: '2026-05-02', facilitator: 'Amina Yusuf',
      attendees: [{ migrantId: a }, { migrantId: b, attended: false }, { migrantId: c, attended: true }],
    } }, counsellor);
    expect(res.errors).toBeUndefined();
    const activity = res.data!.bossaso.recordMhpssGroupActivity.activity;
    expect(activity).toMatchObject({ type: 'SUPPORT_GROUP', facilitator: 'Amina Yusuf', attendance: 2, version: 1 });
    expect(activity.attendees).toHaveLength(3);

    const edit = await site.exec(UPDATE_GROUP, { id: activity.id, v: 1, input: { attendees: [{ migrantId: a }, { migrantId: b }, { migrantId: c }] } }, counsellor);
    expect(edit.data!.bossaso.updateMhpssGroupActivity.activity).toMatchObject({ version: 2, attendance: 3 });
    const stale = await site.exec(UPDATE_GROUP, { id: activity.id, v: 1, input: { facilitator: 'Someone' } }, counsellor);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const [audit] = await site.sql<{ changes: { field: string }[] }>(`SELECT changes FROM audit_event WHERE entity_id = ? AND action = 'update'`, [activity.id]);
    expect(audit!.changes.map((ch) => ch.field)).toEqual(['attendees']);
  });

  it('refuses attendees who are not migrants of the centre, or listed twice, writing nothing', async () => {
    const before = await rowCount(site, 'mhpss_group_activity');
    const a = await addMigrant(site);
    const res = await site.exec(RECORD_GROUP, { input: {
      type: 'SPORTS', facilitator: ' ', attendees: [{ migrantId: a }, { migrantId: a }, { migrantId: 'bossaso:00000000-0000-4000-8000-000000000000' }],
    } }, counsellor);
    expect(res.errors?.[0]?.extensions?.fields.map((f: { field: string }) => f.field)).toEqual(['input.facilitator', 'input.attendees.1.migrantId', 'input.attendees.2.migrantId']);
    expect(await rowCount(site, 'mhpss_group_activity')).toBe(before);
  });

  it('lists activities by date and type, with attendees, in a constant number of SQL statements', async () => {
    const people = [await addMigrant(site), await addMigrant(site)];
    for (let i = 0; i < 6; i++) {
      await site.exec(RECORD_GROUP, { input: { type: 'RECREATIONAL', heldOn: `2026-06-0${i + 1}`, facilitator: 'F', attendees: people.map((migrantId) => ({ migrantId })) } }, counsellor);
    }
    const measure = async (first: number) => {
      const before = site.database.statements.count;
      const res = await site.exec(GROUPS, { first, filter: { type: 'RECREATIONAL' } }, counsellor);
      expect(res.data!._entities[0].mhpssGroupActivities.edges).toHaveLength(first);
      return site.database.statements.count - before;
    };
    expect(await measure(6)).toBe(await measure(2));
    const june = await site.exec(GROUPS, { filter: { from: '2026-06-02', to: '2026-06-03' } }, counsellor);
    expect(june.data!._entities[0].mhpssGroupActivities.edges.map((e: any) => e.node.heldOn)).toEqual(['2026-06-03', '2026-06-02']);
  });
});
