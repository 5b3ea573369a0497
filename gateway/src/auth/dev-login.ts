import { DEMO_PASSWORD, ROLES, type DemoUser, type DevIssuer } from '@mpa/platform';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';

export interface DevLogin {
  issuer: DevIssuer;
  users: readonly DemoUser[];
}

/** `POST /auth/login {username, password}`: the development issuer's login. Never served in production. */
export async function handleDevLogin(login: DevLogin, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const send = (status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
  };
  if (req.method !== 'POST') return send(405, { error: 'Use POST with {"username","password"}' });
  let body: { username?: unknown; password?: unknown };
  try {
    body = JSON.parse(await readSmallBody(req));
  } catch {
    return send(400, { error: 'Send JSON: {"username","password"}' });
  }
  const user = login.users.find((u) => u.username === body.username);
  const password = typeof body.password === 'string' ? Buffer.from(body.password) : Buffer.alloc(0);
  const expected = Buffer.from(DEMO_PASSWORD);
  const ok = password.length === expected.length && timingSafeEqual(password, expected);
  if (!user || !ok) return send(401, { error: 'Unknown user or wrong password' });
  const expiresIn = 8 * 3600;
  send(200, {
    token: await login.issuer.issue(user, expiresIn),
    expiresIn,
    user: { username: user.username, name: user.name, role: user.role, site: user.site, scopes: [...ROLES[user.role].scopes, ...(user.extraScopes ?? [])] },
  });
}

function readSmallBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.on('data', (chunk: Buffer) => {
      data += chunk.toString();
      if (data.length > 10_000) reject(new Error('too large'));
    });
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}
