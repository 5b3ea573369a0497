// The signed-in session.
// The token lives in sessionStorage: it dies with the tab, and every micro-frontend reads the same one.

/** Who is signed in, as the gateway's login answered. */
export interface SessionUser {
  username: string;
  name: string;
  role: string;
  /** The centre a site user works at; null for cross-site users. */
  site: string | null;
  scopes: string[];
}

export interface Session {
  token: string;
  user: SessionUser;
  /** Epoch milliseconds. */
  expiresAt: number;
}

const KEY = 'mpa.session';
const listeners = new Set<(session: Session | null) => void>();

/** The current session, or null when signed out or expired. */
export function getSession(): Session | null {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return null;
  try {
    const session = JSON.parse(raw) as Session;
    if (typeof session.token === 'string' && session.expiresAt > Date.now()) return session;
  } catch {
    // a damaged entry is a signed-out session
  }
  sessionStorage.removeItem(KEY);
  return null;
}

/** Why signing in failed: `refused` (unknown user or wrong password) or `unavailable`. */
export class LoginError extends Error {
  constructor(
    message: string,
    readonly reason: 'refused' | 'unavailable',
  ) {
    super(message);
  }
}

/** Signs in through the portal's `/auth/login` (the identity provider's login in development). */
export async function login(username: string, password: string, fetchFn: typeof fetch = fetch): Promise<Session> {
  const res = await fetchFn('/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status === 401) throw new LoginError('Unknown user or wrong password.', 'refused');
  if (!res.ok) throw new LoginError('Signing in is not possible at the moment.', 'unavailable');
  const body = (await res.json()) as { token: string; expiresIn: number; user: SessionUser };
  const session: Session = { token: body.token, user: body.user, expiresAt: Date.now() + body.expiresIn * 1000 };
  sessionStorage.setItem(KEY, JSON.stringify(session));
  notify(session);
  return session;
}

export function logout(): void {
  sessionStorage.removeItem(KEY);
  notify(null);
}

/** Calls `listener` on every sign-in and sign-out; returns the unsubscribe function. */
export function onSessionChange(listener: (session: Session | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The `Authorization` header for the gateway, or nothing when signed out. */
export function authorizationHeader(): Record<string, string> {
  const session = getSession();
  return session ? { authorization: `Bearer ${session.token}` } : {};
}

/** Whether the signed-in user holds a scope (the gateway and subgraphs enforce it; this only shapes the UI). */
export function can(scope: string): boolean {
  return getSession()?.user.scopes.includes(scope) ?? false;
}

function notify(session: Session | null): void {
  for (const listener of listeners) listener(session);
}
