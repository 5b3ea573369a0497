import { logout } from '@mpa/auth';
import { renderWithMocks, signIn, type MockLink } from '@mpa/graphql/testing';
import { ToastProvider } from '@mpa/ui';
import type { ReactNode } from 'react';
import type { StockCategory } from '../src/__generated__/graphql.js';

/** The scopes of the site roles this section serves (subgraphs/platform roles.ts). */
export const roleScopes = {
  caseworker: ['cases:read', 'cases:write', 'stats:read', 'avr:read'],
  medical: ['cases:read', 'medical:read', 'medical:write', 'stats:read'],
} as const;

/** Signs in as a site user of a role (the session carries `user.site` and the role's scopes). */
export async function signInAs(role: keyof typeof roleScopes, site: string | null = 'bossaso', scopes: readonly string[] = roleScopes[role]): Promise<void> {
  const user = { username: `${role}@${site}`, name: `${site} ${role}`, role, site, scopes: [...scopes] };
  await signIn(user);
}

export const signOut = logout;

export const renderWith = (mocks: MockLink.MockedResponse[], ui: ReactNode) => renderWithMocks(mocks, <ToastProvider>{ui}</ToastProvider>);

export const pageInfo = (hasNextPage = false, endCursor: string | null = null) => ({ __typename: 'PageInfo', hasNextPage, endCursor });

/** A connection of nodes as the site answers it. */
export const connection = (type: string, nodes: readonly object[], info = pageInfo()) => ({
  __typename: `${type}Connection`,
  pageInfo: info,
  edges: nodes.map((node) => ({ __typename: `${type}Edge`, node })),
});

export const provider = (name: string) => ({ __typename: 'ServiceProvider', name });

export const stockItem = (id: string, name: string, level: number, { unit = 'piece', lowStockThreshold = 5, category = 'NFI' as StockCategory } = {}) => ({
  __typename: 'StockItem',
  id: `bossaso:${id}`,
  name,
  category,
  unit,
  lowStockThreshold,
  level,
  isLow: level <= lowStockThreshold,
});

export const centre = (fields: object) => ({ __typename: 'BossasoCentre', code: 'bossaso', ...fields });

export const refusal = (code: string, message: string, extensions: object = {}) => ({ errors: [{ message, extensions: { code, ...extensions } }] });
