// The section's own addresses, under /returns: a link opens in a new tab, the back button goes
// back through them, and the board's filters are in the address (shareable).
import { useLocation } from '@mpa/ui';
import type { ReturnDirection } from './__generated__/graphql.js';

export const basePath = '/returns';

export interface BoardFilters {
  /** A centre's code; `all` for every centre; null when the address names none (the header's centre applies). */
  centre: string | null;
  direction: ReturnDirection | null;
}

export type Route =
  | { page: 'board'; filters: BoardFilters }
  | { page: 'open' }
  | { page: 'case'; id: string }
  | { page: 'movements' }
  | { page: 'plan-movement' }
  | { page: 'movement'; id: string };

const directions: readonly ReturnDirection[] = ['TO_COUNTRY_OF_ORIGIN', 'TO_SOMALIA'];
const isDirection = (value: string | null): value is ReturnDirection => directions.includes(value as ReturnDirection);

export const paths = {
  board: ({ centre, direction }: BoardFilters = { centre: null, direction: null }) => {
    const query = new URLSearchParams();
    if (centre !== null) query.set('centre', centre);
    if (direction !== null) query.set('direction', direction);
    const search = query.toString();
    return search === '' ? basePath : `${basePath}?${search}`;
  },
  open: () => `${basePath}/new`,
  case: (id: string) => `${basePath}/cases/${encodeURIComponent(id)}`,
  movements: () => `${basePath}/movements`,
  planMovement: () => `${basePath}/movements/new`,
  movement: (id: string) => `${basePath}/movements/${encodeURIComponent(id)}`,
};

export function routeOf(location: { pathname: string; search: string }): Route {
  const rest = location.pathname.slice(basePath.length).replace(/\/+$/, '');
  if (rest === '/new') return { page: 'open' };
  if (rest === '/movements') return { page: 'movements' };
  if (rest === '/movements/new') return { page: 'plan-movement' };
  const found = /^\/(cases|movements)\/([^/]+)$/.exec(rest);
  if (found?.[2] !== undefined) return { page: found[1] === 'cases' ? 'case' : 'movement', id: decodeURIComponent(found[2]) };
  const query = new URLSearchParams(location.search);
  const direction = query.get('direction');
  return { page: 'board', filters: { centre: query.get('centre') || null, direction: isDirection(direction) ? direction : null } };
}

/** The route of the current address, re-rendered on every navigation. */
export function useRoute(): Route {
  return routeOf(useLocation());
}
