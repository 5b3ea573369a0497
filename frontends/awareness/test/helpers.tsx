import { logout } from '@mpa/auth';
import { renderWithMocks, signIn, type MockLink } from '@mpa/graphql/testing';
import { ToastProvider } from '@mpa/ui';
import type { ReactNode } from 'react';

/** Signs in as a site's caseworker (the session carries `user.site`). */
export async function signInAt(site: string | null): Promise<void> {
  const user = { username: `caseworker@${site}`, name: `${site} caseworker`, role: 'caseworker', site, scopes: ['cases:read', 'cases:write', 'stats:read'] };
  await signIn(user);
}

export const signOut = logout;

export const renderWith = (mocks: MockLink.MockedResponse[], ui: ReactNode) => renderWithMocks(mocks, <ToastProvider>{ui}</ToastProvider>);

const group = (a: number, b: number, c: number, d: number) => ({ __typename: 'AgeGroupCounts', age0To17: a, age18To29: b, age30To59: c, age60Plus: d, total: a + b + c + d });

/** A session as the site answers it: `female` and `male` are the four age groups' counts. */
export const session = (n: number, { female = [0, 12, 3, 0], male = [2, 20, 5, 1], topic = 'SAFE_MIGRATION', topicOther = null as string | null, heldOn = '2026-03-01' } = {}) => {
  const f = group(female[0]!, female[1]!, female[2]!, female[3]!);
  const m = group(male[0]!, male[1]!, male[2]!, male[3]!);
  return {
    __typename: 'AwarenessSession', id: `bossaso:s${n}`, status: 'HELD', version: 1, topic, topicOther, place: `Village ${n}`, heldOn, facilitator: 'Fadumo Ali', notes: null,
    attendance: { __typename: 'AttendanceBySexAndAge', female: f, male: m, total: f.total + m.total },
  };
};

export const sessions = (nodes: object[], hasNextPage = false, endCursor: string | null = null) => ({
  data: {
    centre: {
      __typename: 'BossasoCentre', code: 'bossaso', name: 'Bossaso',
      awarenessSessions: { __typename: 'AwarenessSessionConnection', pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor }, edges: nodes.map((node) => ({ __typename: 'AwarenessSessionEdge', node })) },
    },
  },
});
