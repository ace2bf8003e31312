/**
 * Random values and comparisons for codes, tokens and PKCE.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new random token: 256 bits from the CSPRNG, hex (RFC 6749 §10.10 asks for at least 128). */
export function randomToken(): string {
  return randomBytes(32).toString('hex');
}

/** A new grant identifier: 128 random bits, hex. */
export function newGrantId(): string {
  return randomBytes(16).toString('hex');
}

/** SHA-256 of a UTF-8 string. */
export function sha256(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/**
 * Compares two strings in time independent of where they differ and of their lengths: both sides are hashed to
 * fixed-length digests first, so unequal lengths neither throw nor leak (RFC 6819 §5.1.4.1.3).
 */
export function constantTimeEqual(a: string, b: string): boolean {
  return timingSafeEqual(sha256(a), sha256(b));
}
