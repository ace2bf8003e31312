/**
 * Proof Key for Code Exchange (RFC 7636).
 */
import { constantTimeEqual, sha256 } from './secrets.js';

/** The code_verifier grammar: 43*128unreserved (RFC 7636 §4.1). */
const VERIFIER = /^[A-Za-z0-9._~-]{43,128}$/;
/** An S256 challenge: BASE64URL(SHA256(verifier)) without padding, always 43 characters (RFC 7636 §4.2). */
const S256_CHALLENGE = /^[A-Za-z0-9_-]{43}$/;

export type ChallengeMethod = 'S256' | 'plain';

/** Whether a code_verifier matches the RFC 7636 §4.1 grammar. */
export function isValidVerifier(verifier: string): boolean {
  return VERIFIER.test(verifier);
}

/** Whether a challenge is well-formed for its method (the generic 43–128 grammar is checked by the contract). */
export function isValidChallenge(challenge: string, method: ChallengeMethod): boolean {
  return method === 'plain' || S256_CHALLENGE.test(challenge);
}

/** BASE64URL(SHA256(ASCII(verifier))) (RFC 7636 §4.2). */
export function s256(verifier: string): string {
  return sha256(verifier).toString('base64url');
}

/** Whether `verifier` proves possession of `challenge` (RFC 7636 §4.6), compared in constant time. */
export function verifyChallenge(verifier: string, challenge: string, method: ChallengeMethod): boolean {
  const derived = method === 'S256' ? s256(verifier) : verifier;
  return constantTimeEqual(derived, challenge);
}
