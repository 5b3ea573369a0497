// The section's own addresses, under /registration: a plain link can be opened in a new tab,
// and the browser's back button goes back through them.
import { useSyncExternalStore } from 'react';

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

const subscribe = (onChange: () => void) => {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
};
const href = () => window.location.href;

/** The route of the current address, re-rendered on every navigation. */
export function useRoute(): Route {
  useSyncExternalStore(subscribe, href, href);
  return routeOf(window.location);
}

/** Goes to an address of the portal (single-spa sees history changes and routes with them). */
export function navigate(path: string): void {
  window.history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/** A click that should route in place: a plain left click, no modifier (new tab etc. stay the browser's). */
export function routeClick(event: { button: number; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean; preventDefault(): void }, path: string): void {
  if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(path);
}
