import { createRemoteJwksSigningKeyProvider, extractFromHeader, useJWT, type GetSigningKeyFunction } from '@graphql-mesh/plugin-jwt-auth';
import { ALGORITHMS, type AuthConfig } from '@mpa/platform';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';

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
const NOBODY_S_KEY = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'pem' }).toString();

function signingKeys(auth: AuthConfig): GetSigningKeyFunction {
  if (auth.jwks instanceof URL) {
    const remote = createRemoteJwksSigningKeyProvider({ jwksUri: auth.jwks.toString(), cache: true, rateLimit: true });
    return async (kid) => {
      try {
        return await remote(kid);
      } catch (err) {
        if ((err as Error).name === 'SigningKeyNotFoundError') return NOBODY_S_KEY;
        throw err;
      }
    };
  }
  const pems = new Map(
    auth.jwks.keys.map((jwk) => [jwk.kid, createPublicKey({ key: jwk as never, format: 'jwk' }).export({ type: 'spki', format: 'pem' }).toString()]),
  );
  return (kid) => {
    return (kid ? pems.get(kid) : pems.values().next().value) ?? NOBODY_S_KEY;
  };
}
