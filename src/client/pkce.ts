/**
 * PKCE for clients (RFC 7636), on WebCrypto: the same code in browsers and Node 20.
 */
import { base64url } from './encoding.js';

/** A code verifier and its S256 challenge. */
export interface PkcePair {
  /** 43 to 128 unreserved characters (RFC 7636 §4.1): send it with the token request. */
  verifier: string;
  /** BASE64URL(SHA256(verifier)) (§4.2): send it with the authorization request. */
  challenge: string;
  method: 'S256';
}

/** The S256 challenge of a verifier. */
export async function s256Challenge(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

/**
 * A new verifier from 32 random bytes (43 base64url characters: 256 bits, RFC 7636 §7.1 recommends 32 octets),
 * with its S256 challenge.
 */
export async function createPkcePair(byteLength = 32): Promise<PkcePair> {
  if (!Number.isInteger(byteLength) || byteLength < 32 || byteLength > 96) {
    throw new RangeError('PKCE: the verifier needs 32 to 96 random bytes (43 to 128 characters)');
  }
  const verifier = base64url(crypto.getRandomValues(new Uint8Array(byteLength)));
  return { verifier, challenge: await s256Challenge(verifier), method: 'S256' };
}
