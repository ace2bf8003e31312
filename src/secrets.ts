/**
 * Random values and comparisons for codes, tokens and PKCE.
 */
import { hash, randomFillSync, timingSafeEqual } from 'node:crypto';

/**
 * CSPRNG output drawn in blocks: one `randomFillSync` call serves 128 tokens, where a `randomBytes` call per token
 * costs about 20 times as much on the token path (Node's `randomUUID` keeps such a cache too). Every byte is handed
 * out once.
 */
const POOL_SIZE = 4096;
const pool = Buffer.alloc(POOL_SIZE);
let poolOffset = POOL_SIZE;

/** `bytes` fresh random bytes, as hex. */
function randomHex(bytes: number): string {
  if (poolOffset + bytes > POOL_SIZE) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const text = pool.toString('hex', poolOffset, poolOffset + bytes);
  poolOffset += bytes;
  return text;
}

/** A new random token: 256 bits from the CSPRNG, hex (RFC 6749 §10.10 asks for at least 128). */
export function randomToken(): string {
  return randomHex(32);
}

/** A new grant identifier: 128 random bits, hex. */
export function newGrantId(): string {
  return randomHex(16);
}

/** SHA-256 of a UTF-8 string (one-shot `crypto.hash`: a third of `createHash`'s cost for short inputs). */
export function sha256(value: string): Buffer {
  return hash('sha256', value, 'buffer');
}

/**
 * Compares two strings in time independent of where they differ and of their lengths: both sides are hashed to
 * fixed-length digests first, so unequal lengths neither throw nor leak (RFC 6819 §5.1.4.1.3).
 */
export function constantTimeEqual(a: string, b: string): boolean {
  return timingSafeEqual(sha256(a), sha256(b));
}
