import { createRemoteJwksSigningKeyProvider, extractFromHeader, useJWT, type GetSigningKeyFunction } from '@graphql-mesh/plugin-jwt-auth';
import { ALGORITHMS, type AuthConfig } from '@mpa/platform';
import { createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';

/**
 * Verifies the bearer token (signature, issuer, audience, expiry) and forwards the token itself to
 * the subgraphs in `extensions.jwt`, where each verifies it again. Forwarding the token (not claims)
 * means a replayed request with altered claims fails, and since it travels in the request body, the
 * gateway's in-flight deduplication never shares one user's answer with another.
 */
export function jwtPlugin(auth: AuthConfig) {
  return useJWT({
    signingKeyProviders: [signingKeys(auth)],
    tokenLookupLocations: [extractFromHeader({ name: 'authorization', prefix: 'Bearer' })],
    tokenVerification: { issuer: auth.issuer, audience: auth.audience, algorithms: ALGORITHMS as never },
    reject: { missingToken: true, invalidToken: true },
    forward: { payload: false, token: true, extensionsFieldName: 'jwt' },
  });
}

/**
 * A token naming a key the provider does not have cannot be valid. Answering with a key nobody holds
 * makes it fail verification like any bad signature (401), instead of an internal error.
 */
const NOBODY_S_KEY = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey;

/**
 * Keys as parsed `KeyObject`s: given a PEM string, jsonwebtoken parses it again on every request
 * (7.6% of the gateway's CPU under load). The plugin's type says string; jsonwebtoken takes either.
 */
function signingKeys(auth: AuthConfig): GetSigningKeyFunction {
  const asPluginKey = (key: KeyObject) => key as unknown as string;
  if (auth.jwks instanceof URL) {
    const remote = createRemoteJwksSigningKeyProvider({ jwksUri: auth.jwks.toString(), cache: true, rateLimit: true });
    const parsed = new Map<string, KeyObject>();
    return async (kid) => {
      try {
        const pem = await remote(kid);
        let key = parsed.get(pem);
        if (!key) parsed.set(pem, (key = createPublicKey(pem)));
        return asPluginKey(key);
      } catch (err) {
        if ((err as Error).name === 'SigningKeyNotFoundError') return asPluginKey(NOBODY_S_KEY);
        throw err;
      }
    };
  }
  const keys = new Map(auth.jwks.keys.map((jwk) => [jwk.kid, createPublicKey({ key: jwk as never, format: 'jwk' })]));
  return (kid) => asPluginKey((kid ? keys.get(kid) : keys.values().next().value) ?? NOBODY_S_KEY);
}
