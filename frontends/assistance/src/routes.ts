// The section's own addresses, under /assistance: a plain link can be opened in a new tab, and the
// browser's back button goes back through them.
import { useLocation } from '@mpa/ui';

export const basePath = '/assistance';

export type Route =
  | { page: 'find'; query: string }
  | { page: 'migrant'; id: string }
  | { page: 'stock' };

export const paths = {
  find: (query = '') => (query === '' ? basePath : `${basePath}?q=${encodeURIComponent(query)}`),
  migrant: (id: string) => `${basePath}/migrants/${encodeURIComponent(id)}`,
  stock: () => `${basePath}/stock`,
};

export function routeOf(location: { pathname: string; search: string }): Route {
  const rest = location.pathname.slice(basePath.length).replace(/\/+$/, '');
  if (rest === '/stock') return { page: 'stock' };
  const migrant = /^\/migrants\/([^/]+)$/.exec(rest);
  if (migrant?.[1] !== undefined) return { page: 'migrant', id: decodeURIComponent(migrant[1]) };
  return { page: 'find', query: new URLSearchParams(location.search).get('q') ?? '' };
}

/** The route of the current address, re-rendered on every navigation. */
export function useRoute(): Route {
  return routeOf(useLocation());
}
