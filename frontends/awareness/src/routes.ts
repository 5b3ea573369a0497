// The section's own addresses, under /awareness: the sessions (the history's filters in the
// address, so back returns to them) and the forms to record a session held or plan one.
import { useLocation } from '@mpa/ui';
import type { AwarenessTopic } from './__generated__/graphql.js';

export const basePath = '/awareness';

/** The history's filters as the address holds them ('' for none). */
export interface HistoryFilters {
  topic: AwarenessTopic | '';
  from: string;
  to: string;
}

export type Route = { page: 'history'; filters: HistoryFilters } | { page: 'record' } | { page: 'plan' };

export const topics = ['SAFE_MIGRATION', 'RISKS_OF_IRREGULAR_MIGRATION', 'TRAFFICKING', 'AVR', 'HEALTH', 'RIGHTS', 'GBV', 'OTHER'] as const satisfies readonly AwarenessTopic[];
const isTopic = (value: string | null): value is AwarenessTopic => (topics as readonly string[]).includes(value ?? '');

export const paths = {
  history: (filters: HistoryFilters = { topic: '', from: '', to: '' }) => {
    const query = new URLSearchParams(Object.entries(filters).filter(([, value]) => value !== '')).toString();
    return query === '' ? basePath : `${basePath}?${query}`;
  },
  record: () => `${basePath}/new`,
  plan: () => `${basePath}/plan`,
};

export function routeOf(location: { pathname: string; search: string }): Route {
  const rest = location.pathname.slice(basePath.length).replace(/\/+$/, '');
  if (rest === '/new') return { page: 'record' };
  if (rest === '/plan') return { page: 'plan' };
  const search = new URLSearchParams(location.search);
  const topic = search.get('topic');
  return { page: 'history', filters: { topic: isTopic(topic) ? topic : '', from: search.get('from') ?? '', to: search.get('to') ?? '' } };
}

/** The route of the current address, re-rendered on every navigation. */
export function useRoute(): Route {
  return routeOf(useLocation());
}
