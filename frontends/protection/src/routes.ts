// The section's own addresses, under /protection: a plain link opens in a new tab, and the
// browser's back button goes back through them.
import { useLocation } from '@mpa/ui';
import type { ProtectionCaseKind, ReferralStatus } from './__generated__/graphql.js';

export const basePath = '/protection';

export type Route =
  | { page: 'home' }
  | { page: 'cases'; kind: ProtectionCaseKind }
  | { page: 'open-case'; kind: ProtectionCaseKind; migrant: string | null }
  | { page: 'find' }
  | { page: 'migrant'; id: string }
  | { page: 'psychosocial' }
  | { page: 'record-activity' }
  | { page: 'referrals'; status: ReferralStatus | null }
  | { page: 'request-referral'; migrant: string | null }
  | { page: 'partners' };

const withQuery = (path: string, query: Record<string, string | null | undefined>) => {
  const search = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '')).toString();
  return search === '' ? path : `${path}?${search}`;
};

export const paths = {
  home: () => basePath,
  cases: (kind: ProtectionCaseKind) => withQuery(`${basePath}/cases`, { kind }),
  openCase: (kind: ProtectionCaseKind, migrant?: string) => withQuery(`${basePath}/cases/new`, { kind, migrant }),
  find: () => `${basePath}/migrants`,
  migrant: (id: string) => `${basePath}/migrants/${encodeURIComponent(id)}`,
  psychosocial: () => `${basePath}/psychosocial`,
  recordActivity: () => `${basePath}/psychosocial/new`,
  referrals: (status?: ReferralStatus) => withQuery(`${basePath}/referrals`, { status }),
  requestReferral: (migrant?: string) => withQuery(`${basePath}/referrals/new`, { migrant }),
  partners: () => `${basePath}/partners`,
};

const referralStatuses: readonly ReferralStatus[] = ['REQUESTED', 'ACCEPTED', 'REJECTED', 'COMPLETED', 'REVOKED'];
const kindOf = (value: string | null): ProtectionCaseKind => (value === 'VOT' ? 'VOT' : 'UAM');

export function routeOf(location: { pathname: string; search: string }): Route {
  const rest = location.pathname.slice(basePath.length).replace(/\/+$/, '');
  const query = new URLSearchParams(location.search);
  const migrant = /^\/migrants\/([^/]+)$/.exec(rest);
  if (migrant?.[1] !== undefined) return { page: 'migrant', id: decodeURIComponent(migrant[1]) };
  switch (rest) {
    case '/cases':
      return { page: 'cases', kind: kindOf(query.get('kind')) };
    case '/cases/new':
      return { page: 'open-case', kind: kindOf(query.get('kind')), migrant: query.get('migrant') };
    case '/migrants':
      return { page: 'find' };
    case '/psychosocial':
      return { page: 'psychosocial' };
    case '/psychosocial/new':
      return { page: 'record-activity' };
    case '/referrals': {
      const status = referralStatuses.find((s) => s === query.get('status')) ?? null;
      return { page: 'referrals', status };
    }
    case '/referrals/new':
      return { page: 'request-referral', migrant: query.get('migrant') };
    case '/partners':
      return { page: 'partners' };
    default:
      return { page: 'home' };
  }
}

/** The route of the current address, re-rendered on every navigation. */
export function useRoute(): Route {
  return routeOf(useLocation());
}
