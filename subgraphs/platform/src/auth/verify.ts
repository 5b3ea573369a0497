import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';
import { verifiedOrigin } from './origin.js';
import { viewerFromClaims, type Viewer } from './viewer.js';

/** How access tokens are checked: the identity provider's issuer, the hub's audience, its keys. */
export interface AuthConfig {
  issuer: string;
  audience: string;
  /** The provider's JWKS URL (any OIDC provider), or the keys themselves. */
  jwks: URL | JSONWebKeySet;
  /** The key the gateway signs the client's address with for the subgraphs (`AUTH_ORIGIN_KEY`); without it no origin is recorded. */
  originKey?: string;
}

export const DEV_ISSUER = 'mpa-hub-dev';
export const AUDIENCE = 'mpa-hub';
export const ALGORITHMS = ['RS256', 'ES256'];

/** `AUTH_ISSUER`, `AUTH_AUDIENCE`, and `AUTH_JWKS_URL` or `AUTH_JWKS` (the key set as JSON). */
export function authConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const jwks = env.AUTH_JWKS_URL ? new URL(env.AUTH_JWKS_URL) : env.AUTH_JWKS ? (JSON.parse(env.AUTH_JWKS) as JSONWebKeySet) : null;
  if (!jwks) throw new Error('No token keys configured: set AUTH_JWKS_URL (or AUTH_JWKS). npm start configures a development issuer.');
  return { issuer: env.AUTH_ISSUER ?? DEV_ISSUER, audience: env.AUTH_AUDIENCE ?? AUDIENCE, jwks, ...(env.AUTH_ORIGIN_KEY ? { originKey: env.AUTH_ORIGIN_KEY } : {}) };
}

/** Checks the forwarded token, and the client address signed for it (`extensions.origin`), when given. */
export type TokenVerifier = (token: string, origin?: unknown) => Promise<Viewer>;

/** Verifies signature, issuer, audience and expiry; the subgraph trusts the identity provider, not the network. */
export function createTokenVerifier(config: AuthConfig): TokenVerifier {
  const keys: JWTVerifyGetKey = config.jwks instanceof URL ? createRemoteJWKSet(config.jwks) : createLocalJWKSet(config.jwks);
  return async (token, origin) => {
    const { payload } = await jwtVerify(token, keys, { issuer: config.issuer, audience: config.audience, algorithms: ALGORITHMS });
    return { ...viewerFromClaims(payload), origin: verifiedOrigin(config.originKey, origin, token) };
  };
}
