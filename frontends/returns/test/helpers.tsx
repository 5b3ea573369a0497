import { login, logout } from '@mpa/auth';
import { createCache } from '@mpa/graphql';
import { MockedProvider, type MockLink } from '@mpa/graphql/testing';
import { ToastProvider } from '@mpa/ui';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { ReturnsViewer } from '../src/viewer.js';

/** An AVRR officer (changes cases, sees names) and a regional coordinator (reads, no names). */
export const officer: ReturnsViewer = { canWrite: true, withNames: true, withSafeguards: true };
export const coordinator: ReturnsViewer = { canWrite: false, withNames: false, withSafeguards: false };

/** Signs in with the given scopes (the session @mpa/auth keeps). */
export async function signInWith(role: string, scopes: string[]): Promise<void> {
  const user = { username: role, name: role, role, site: null, scopes };
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

/** A GraphQL refusal as the gateway passes it on. */
export const refusal = (message: string, extensions: Record<string, unknown>) => ({ errors: [{ message, extensions }] });
