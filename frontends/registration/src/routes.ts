// The section's own addresses, under /registration: a plain link can be opened in a new tab,
// and the browser's back button goes back through them.
import { useLocation } from '@mpa/ui';

export const basePath = '/registration';

export type Route =
  | { page: 'find'; query: string }
  | { page: 'register' }
  | { page: 'case'; id: string };

export const paths = {
  find: (query = '') => (query === '' ? basePath : `${basePath}?q=${encodeURIComponent(query)}`),
  register: () => `${basePath}/new`,
  case: (id: string) => `${basePath}/migrants/${encodeURIComponent(id)}`,
};

export function routeOf(location: { pathname: string; search: string }): Route {
  const rest = location.pathname.slice(basePath.length).replace(/\/+$/, '');
  if (rest === '/new') return { page: 'register' };
  const migrant = /^\/migrants\/([^/]+)$/.exec(rest);
  if (migrant?.[1] !== undefined) return { page: 'case', id: decodeURIComponent(migrant[1]) };
  return { page: 'find', query: new URLSearchParams(location.search).get('q') ?? '' };
}

/** The route of the current address, re-rendered on every navigation. */
export function useRoute(): Route {
  return routeOf(useLocation());
}
