import { login, logout } from '@mpa/auth';
import { createCache } from '@mpa/graphql';
import { MockedProvider, type MockLink } from '@mpa/graphql/testing';
import { ToastProvider } from '@mpa/ui';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';

/** Signs in as a site's caseworker (the session carries `user.site`). */
export async function signInAt(site: string | null): Promise<void> {
  const user = { username: `caseworker@${site}`, name: `${site} caseworker`, role: 'caseworker', site, scopes: ['cases:read', 'cases:write'] };
  await login('u', 'demo', (async () => new Response(JSON.stringify({ token: 't', expiresIn: 3600, user }))) as typeof fetch);
}

export const signOut = logout;

export function renderWith(mocks: MockLink.MockedResponse[], ui: ReactNode) {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <ToastProvider>{ui}</ToastProvider>
    </MockedProvider>,
  );
}

export const migrantNode = (n: number, name = `Migrant ${n}`) => ({
  __typename: 'BossasoMigrant',
  id: `bossaso:${n}`,
  registrationNumber: `BOS-2026-${String(n).padStart(6, '0')}`,
  fullName: name,
  sex: 'MALE' as const,
  age: 24,
  nationality: 'ETH',
  arrivalDate: '2026-03-01',
  caseStatus: 'OPEN' as const,
});
