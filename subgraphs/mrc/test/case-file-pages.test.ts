import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTER, siteHarness, validInput, type SiteHarness } from './harness.js';

let site: SiteHarness;
beforeAll(async () => {
  site = await siteHarness();
});
afterAll(() => site.close());

const SCREEN = /* GraphQL */ `
  mutation Screen($input: RecordScreeningInput!) { bossaso { recordScreening(input: $input) { screening { id } } } }
`;
const COUNSEL = /* GraphQL */ `
  mutation Counsel($input: RecordCounsellingInput!) { bossaso { recordCounselling(input: $input) { session { id } } } }
`;
const PAGES = /* GraphQL */ `
  query Pages($reps: [_Any!]!, $first: Int, $after: String) {
    _entities(representations: $reps) { ... on BossasoMigrant {
      id
      screenings(first: $first, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } }
      counsellingSessions(first: $first, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } }
    } }
  }
`;

const reps = (...ids: string[]) => ids.map((id) => ({ __typename: 'BossasoMigrant', id }));
const cursorOf = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');
const tick = () => new Promise((resolve) => setTimeout(resolve, 3));

/** A migrant with `n` screenings and `n` counselling sessions, oldest first (the IDs they got). */
async function migrantWith(n: number, name: string): Promise<{ id: string; screenings: string[]; sessions: string[] }> {
  const id = (await site.exec(REGISTER, { input: validInput({ givenName: name, familyName: 'Paged' }) })).data!.bossaso.registerMigrant.migrant.id as string;
  const screenings: string[] = [];
  const sessions: string[] = [];
  for (let i = 0; i < n; i++) {
    // A millisecond apart at least, so "newest first" has one right answer.
    await tick();
    const s = await site.exec(SCREEN, { input: { migrantId: id, factors: [], assessment: 'LOW', needs: [] } });
    screenings.push(s.data!.bossaso.recordScreening.screening.id);
    const c = await site.exec(COUNSEL, { input: { migrantId: id, topics: ['OPTIONS'] } });
    sessions.push(c.data!.bossaso.recordCounselling.session.id);
  }
  return { id, screenings, sessions };
}

describe("a migrant's screenings and counselling sessions, page by page", () => {
  it('give the newest first, say when more follow, and page on from a cursor to the rest in order', async () => {
    const m = await migrantWith(4, 'Four');
    const first = await site.exec(PAGES, { reps: reps(m.id), first: 1 });
    expect(first.errors).toBeUndefined();
    const file = first.data!._entities[0];
    expect(file.screenings.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([m.screenings[3]]);
    expect(file.screenings.pageInfo.hasNextPage).toBe(true);
    expect(file.counsellingSessions.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([m.sessions[3]]);
    expect(file.counsellingSessions.pageInfo.hasNextPage).toBe(true);

    const rest = await site.exec(PAGES, { reps: reps(m.id), first: 10, after: file.screenings.pageInfo.endCursor });
    expect(rest.errors).toBeUndefined();
    const next = rest.data!._entities[0];
    expect(next.screenings.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([m.screenings[2], m.screenings[1], m.screenings[0]]);
    expect(next.screenings.pageInfo.hasNextPage).toBe(false);

    const middle = await site.exec(PAGES, { reps: reps(m.id), first: 2, after: file.counsellingSessions.pageInfo.endCursor });
    expect(middle.data!._entities[0].counsellingSessions.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([m.sessions[2], m.sessions[1]]);
    expect(middle.data!._entities[0].counsellingSessions.pageInfo.hasNextPage).toBe(true);
  });

  it('give every migrant of one request their own newest records, the same as asked one by one', async () => {
    const a = await migrantWith(3, 'Alpha');
    const b = await migrantWith(2, 'Beta');
    const none = (await site.exec(REGISTER, { input: validInput({ givenName: 'Nobody', familyName: 'Screened' }) })).data!.bossaso.registerMigrant.migrant.id as string;
    const res = await site.exec(PAGES, { reps: reps(a.id, none, b.id), first: 2 });
    expect(res.errors).toBeUndefined();
    const [fa, fn, fb] = res.data!._entities;
    expect(fa.screenings.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([a.screenings[2], a.screenings[1]]);
    expect(fa.screenings.pageInfo.hasNextPage).toBe(true);
    expect(fn.screenings).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
    expect(fb.screenings.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([b.screenings[1], b.screenings[0]]);
    expect(fb.screenings.pageInfo.hasNextPage).toBe(false);
    for (const [m, page] of [[a, fa], [b, fb]] as const) {
      const alone = await site.exec(PAGES, { reps: reps(m.id), first: 2 });
      expect(alone.data!._entities[0]).toEqual(page);
    }
  });

  it('refuse a cursor they did not produce and a page size out of bounds, as the client’s error', async () => {
    const m = await migrantWith(1, 'Cursor');
    for (const after of ['not-a-cursor', cursorOf(['yesterday', 'someone']), cursorOf(['2026-01-01T00:00:00.000Z', 'not-a-uuid']), cursorOf(['2026-02-30', '00000000-0000-4000-8000-000000000000']), cursorOf([1, 2])]) {
      const res = await site.exec(PAGES, { reps: reps(m.id), first: 1, after });
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
    }
    const tooMany = await site.exec(PAGES, { reps: reps(m.id), first: 101 });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
