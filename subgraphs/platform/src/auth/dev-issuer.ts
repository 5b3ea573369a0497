import { exportJWK, generateKeyPair, importJWK, SignJWT, type JSONWebKeySet, type JWK } from 'jose';
import { randomBytes, randomUUID } from 'node:crypto';
import { ROLES, Scope, type Role } from './roles.js';
import { AUDIENCE, DEV_ISSUER, type AuthConfig } from './verify.js';

/** A seeded user of the development issuer. */
export interface DemoUser {
  username: string;
  name: string;
  role: Role;
  /** The centre a site user works at; null for cross-site users. */
  site: string | null;
  /** Scopes granted beyond the role's (e.g. a coordinator allowed to see names). */
  extraScopes?: readonly string[];
}

/** The one password of every demo user. The development issuer exists only outside production. */
export const DEMO_PASSWORD = 'demo';

const SITE_ROLES: readonly Role[] = ['caseworker', 'medical', 'protection', 'mhpss', 'government'];

/** One demo user per site role and site, plus the cross-site roles. */
export function demoUsers(sites: readonly { code: string; name: string }[]): DemoUser[] {
  return [
    ...sites.flatMap((site) =>
      SITE_ROLES.map((role) => ({ username: `${role}@${site.code}`, name: `${site.name} ${role}`, role, site: site.code })),
    ),
    ...sites.map((site) => ({ username: `service@${site.code}`, name: `${site.name} subgraph`, role: 'site-service' as const, site: site.code })),
    { username: 'avrr-officer', name: 'AVRR officer', role: 'avrr-officer', site: null },
    { username: 'coordinator', name: 'Regional coordinator', role: 'coordinator', site: null },
    { username: 'coordinator-names', name: 'Regional coordinator (case access)', role: 'coordinator', site: null, extraScopes: [Scope.CasesRead] },
    { username: 'integrator', name: 'Integrator service account', role: 'integrator', site: null },
    { username: 'admin', name: 'Administrator', role: 'admin', site: null },
  ];
}

export interface DevIssuer {
  /** Public keys, as any OIDC provider publishes them. */
  jwks: JSONWebKeySet;
  /** The private signing key, to hand to another process of the same development hub. */
  privateJwk: JWK;
  auth: AuthConfig;
  /** Signs an access token for a user, valid for `ttlSeconds`. */
  issue(user: DemoUser, ttlSeconds?: number): Promise<string>;
}

/** A development identity provider: an RS256 key pair (new, or the one given) that signs demo users' tokens. */
export async function createDevIssuer(privateJwk?: JWK): Promise<DevIssuer> {
  const jwk = privateJwk ?? { ...(await exportJWK((await generateKeyPair('RS256', { extractable: true })).privateKey)), kid: randomUUID(), alg: 'RS256' };
  const key = await importJWK(jwk, 'RS256');
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicJwk } = jwk;
  const jwks = { keys: [{ ...publicJwk, use: 'sig' }] };
  return {
    jwks,
    privateJwk: jwk,
    // A fresh origin key: every process given this issuer's `auth` shares it.
    auth: { issuer: DEV_ISSUER, audience: AUDIENCE, jwks, originKey: randomBytes(32).toString('base64url') },
    issue: (user, ttlSeconds = 8 * 3600) =>
      new SignJWT({
        name: user.name,
        roles: [user.role],
        scope: [...ROLES[user.role].scopes, ...(user.extraScopes ?? [])].join(' '),
        ...(user.site ? { mpa_site: user.site } : {}),
      })
        .setProtectedHeader({ alg: 'RS256', kid: jwk.kid })
        .setSubject(user.username)
        .setIssuer(DEV_ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(`${ttlSeconds}s`)
        .sign(key),
  };
}
