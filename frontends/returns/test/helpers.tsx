import { logout } from '@mpa/auth';
import { renderWithMocks, signIn, type MockLink } from '@mpa/graphql/testing';
import { ToastProvider } from '@mpa/ui';
import type { ReactNode } from 'react';
import type { ReturnsViewer } from '../src/viewer.js';

/** An AVRR officer (changes cases, sees names) and a regional coordinator (reads, no names). */
export const officer: ReturnsViewer = { canWrite: true, withNames: true, withSafeguards: true };
export const coordinator: ReturnsViewer = { canWrite: false, withNames: false, withSafeguards: false };

/** Signs in with the given scopes (the session @mpa/auth keeps). */
export async function signInWith(role: string, scopes: string[]): Promise<void> {
  const user = { username: role, name: role, role, site: null, scopes };
  await signIn(user);
}
export const signOut = logout;

export const renderWith = (mocks: MockLink.MockedResponse[], ui: ReactNode) => renderWithMocks(mocks, <ToastProvider>{ui}</ToastProvider>);

/** A GraphQL refusal as the gateway passes it on. */
export const refusal = (message: string, extensions: Record<string, unknown>) => ({ errors: [{ message, extensions }] });
