import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The client address the gateway saw, as it travels to a subgraph: in the request body next to the
 * forwarded token (`extensions.origin`), with an HMAC over the address and that token under a key
 * only the gateway and the subgraphs hold (`AUTH_ORIGIN_KEY`). A direct caller cannot make one up,
 * and a captured one cannot be moved to another token or address.
 */
export interface SignedOrigin {
  address: string;
  signature: string;
}

export function signOrigin(key: string, address: string, token: string): SignedOrigin {
  return { address, signature: originMac(key, address, token) };
}

/** The address when its signature holds for this token, else null (unsigned, forged, or no key configured). */
export function verifiedOrigin(key: string | undefined, claimed: unknown, token: string): string | null {
  if (!key || typeof claimed !== 'object' || claimed === null) return null;
  const { address, signature } = claimed as Partial<SignedOrigin>;
  if (typeof address !== 'string' || typeof signature !== 'string' || address.length > 100) return null;
  const expected = Buffer.from(originMac(key, address, token));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? address : null;
}

function originMac(key: string, address: string, token: string): string {
  return createHmac('sha256', key).update(`${address}\n${token}`).digest('base64url');
}
