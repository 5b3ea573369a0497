import { viewerFor } from '@mpa/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteHarness, type SiteHarness } from './harness.js';
import { rowCount } from './assistance-fixtures.js';

let site: SiteHarness;
const caseworker = viewerFor('caseworker', 'bossaso');

const RECORD = /* GraphQL */ `
  mutation Record($input: RecordAwarenessSessionInput!) {
    bossaso { recordAwarenessSession(input: $input) { created session { id topic topicOther place heldOn facilitator version deliveredBy { subject role }
      attendance { total female { age0To17 age18To29 age30To59 age60Plus total } male { age0To17 age18To29 total } } } } }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation Update($id: ID!, $v: Int!, $input: UpdateAwarenessSessionInput!) {
    bossaso { updateAwarenessSession(id: $id, expectedVersion: $v, input: $input) { session { version place attendance { total } } } }
  }
`;
const SESSIONS = /* GraphQL */ `
  query Sessions($first: Int, $after: String, $filter: AwarenessSessionFilter) {
    _entities(representations: [{ __typename: "BossasoCentre", code: "bossaso" }]) {
      ... on BossasoCentre { awarenessSessions(first: $first, after: $after, filter: $filter) { edges { node { topic heldOn attendance { total } } } pageInfo { hasNextPage endCursor } } }
    }
  }
`;
const input = (overrides: Record<string, unknown> = {}) => ({
  topic: 'RISKS_OF_IRREGULAR_MIGRATION', place: 'Bossaso bus station', heldOn: '2026-07-01', facilitator: 'Abdirahman Said',
  attendance: { female: { age18To29: 12, age0To17: 3 }, male: { age18To29: 40, age30To59: 5 } }, ...overrides,
});

beforeAll(async () => {
  site = await siteHarness();
});
afterAll(() => site.close());

describe('awareness-raising sessions', () => {
  it('records a session with attendance counted by sex and age group, no names', async () => {
    const res = await site.exec(RECORD, { input: input() }, viewerFor('government', 'bossaso'));
    expect(res.errors).toBeUndefined();
    expect(res.data!.bossaso.recordAwarenessSession.session).toMatchObject({
      topic: 'RISKS_OF_IRREGULAR_MIGRATION', place: 'Bossaso bus station', version: 1, deliveredBy: { subject: 'government@bossaso', role: 'government' },
      attendance: { total: 60, female: { age0To17: 3, age18To29: 12, age30To59: 0, age60Plus: 0, total: 15 }, male: { age0To17: 0, age18To29: 40, total: 45 } },
    });
  });

  it('refuses bad input naming every field, and writes nothing', async () => {
    const before = await rowCount(site, 'awareness_session');
    const res = await site.exec(RECORD, { input: input({ topic: 'OTHER', place: ' ', heldOn: '2999-01-01', attendance: { female: { age0To17: -1 } } }) }, caseworker);
    expect(res.errors?.[0]?.extensions?.fields.map((f: { field: string }) => f.field)).toEqual([
      'input.place', 'input.heldOn', 'input.attendance.female.age0To17', 'input.topicOther',
    ]);
    const nobody = await site.exec(RECORD, { input: input({ attendance: {} }) }, caseworker);
    expect(nobody.errors?.[0]?.extensions?.fields).toEqual([{ field: 'input.attendance', message: 'must count at least one person' }]);
    const forbidden = await site.exec(RECORD, { input: input() }, viewerFor('medical', 'bossaso'));
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await rowCount(site, 'awareness_session')).toBe(before);
  });

  it('edits at the version seen, refusing a stale one; a retried record makes one session', async () => {
    const first = await site.exec(RECORD, { input: input({ idempotencyKey: 'aw-1' }) }, caseworker);
    const again = await site.exec(RECORD, { input: input({ idempotencyKey: 'aw-1' }) }, caseworker);
    const id = first.data!.bossaso.recordAwarenessSession.session.id;
    expect(again.data!.bossaso.recordAwarenessSession).toMatchObject({ created: false, session: { id } });
    const edit = await site.exec(UPDATE, { id, v: 1, input: { place: 'Village of Qaw', attendance: { male: { age18To29: 20 } } } }, caseworker);
    expect(edit.data!.bossaso.updateAwarenessSession.session).toEqual({ version: 2, place: 'Village of Qaw', attendance: { total: 20 } });
    const stale = await site.exec(UPDATE, { id, v: 1, input: { place: 'x' } }, caseworker);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('lists sessions by date range and topic, page by page, to caseworkers and indicator readers', async () => {
    for (const [topic, heldOn] of [['TRAFFICKING', '2026-08-01'], ['TRAFFICKING', '2026-08-05'], ['HEALTH', '2026-08-03'], ['TRAFFICKING', '2026-09-01']]) {
      await site.exec(RECORD, { input: input({ topic, heldOn }) }, caseworker);
    }
    const august = await site.exec(SESSIONS, { first: 1, filter: { topic: 'TRAFFICKING', from: '2026-08-01', to: '2026-08-31' } }, viewerFor('coordinator'));
    const page1 = august.data!._entities[0].awarenessSessions;
    expect(page1.edges.map((e: any) => e.node.heldOn)).toEqual(['2026-08-05']);
    const page2 = await site.exec(SESSIONS, { first: 1, after: page1.pageInfo.endCursor, filter: { topic: 'TRAFFICKING', from: '2026-08-01', to: '2026-08-31' } }, caseworker);
    expect(page2.data!._entities[0].awarenessSessions).toMatchObject({ edges: [{ node: { heldOn: '2026-08-01' } }], pageInfo: { hasNextPage: false } });
    const other = await site.exec(SESSIONS, {}, viewerFor('caseworker', 'hargeisa'));
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const tooMany = await site.exec(SESSIONS, { first: 101 }, caseworker);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
