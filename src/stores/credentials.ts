/**
 * How the ready-made stores keep credentials: client secrets as SHA-256 digests compared in constant time (they
 * are machine-generated with 256 bits of entropy, so a slow hash adds nothing but a CPU cost per token request),
 * user passwords with scrypt (they are chosen by people). Codes and tokens are stored by their SHA-256 digest,
 * so a copy of the store leaks no usable credential (RFC 6819 §5.1.4.1.3).
 */
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { sha256 } from '../secrets.js';

/** The lookup key of a code or token: its SHA-256 digest, base64url. */
export function digest(value: string): string {
  return sha256(value).toString('base64url');
}

/** A client secret: 256 random bits from the unreserved character set, so every Basic encoding agrees on it. */
export function generateClientSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Whether a presented secret matches a stored digest, in constant time. */
export function verifyClientSecret(presented: string, storedDigest: string): boolean {
  const a = sha256(presented);
  const b = Buffer.from(storedDigest, 'base64url');
  return a.length === b.length && timingSafeEqual(a, b);
}

const SCRYPT = { N: 16384, r: 8, p: 1, keylen: 32 } as const;

function scrypt(password: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCallback(password.normalize('NFC'), salt, keylen, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** Hashes a password: `scrypt$N$r$p$salt$hash` (base64url parts). Asynchronous: never blocks the event loop. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, SCRYPT.keylen, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p });
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64url'), key.toString('base64url')].join(
    '$',
  );
}

/** Verifies a password against `hashPassword`'s output, in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await scrypt(password, Buffer.from(salt, 'base64url'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return timingSafeEqual(key, expected);
}

/** A hash no password matches, verified for unknown users so they cost the same time as known ones. */
export const DUMMY_PASSWORD_HASH = [
  'scrypt',
  SCRYPT.N,
  SCRYPT.r,
  SCRYPT.p,
  'AAAAAAAAAAAAAAAAAAAAAA',
  'A'.repeat(43),
].join('$');
