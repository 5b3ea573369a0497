// For micro-frontends' component tests only (never in the import map): Apollo's mocks, from the
// same Apollo the hooks of @mpa/graphql use, and the sign-in and rendering every section's tests share.
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { login, type SessionUser } from '@mpa/auth';
import { render } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { createCache } from './client.js';

export { MockLink } from '@apollo/client/testing';
export { MockedProvider } from '@apollo/client/testing/react';

/** Signs `user` in through @mpa/auth's own login, its identity provider answering with a token. */
export async function signIn(user: SessionUser): Promise<void> {
  await login('u', 'demo', (async () => new Response(JSON.stringify({ token: 't', expiresIn: 3600, user }))) as typeof fetch);
}

/** Renders `ui` over mocked answers, with the page's own cache (its possible types and policies). */
export function renderWithMocks(mocks: readonly MockLink.MockedResponse[], ui: ReactNode) {
  return render(createElement(MockedProvider, { mocks, cache: createCache() }, ui));
}
