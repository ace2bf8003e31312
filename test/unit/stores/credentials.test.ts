import { describe, expect, it } from 'vitest';
import {
  digest,
  generateClientSecret,
  hashPassword,
  verifyClientSecret,
  verifyPassword,
} from '../../../src/stores/credentials.js';

describe('digest()', () => {
  it('is the SHA-256 of the value, base64url', () => {
    expect(digest('abc')).toBe('ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0');
    expect(digest('abc')).not.toBe(digest('abd'));
  });
});

describe('generateClientSecret()', () => {
  it('is 256 random bits of the unreserved character set', () => {
    const secrets = new Set(Array.from({ length: 100 }, () => generateClientSecret()));
    expect(secrets.size).toBe(100);
    for (const secret of secrets) expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

describe('verifyClientSecret()', () => {
  it('accepts the secret of a digest and nothing else', () => {
    const stored = digest('s3cret');
    expect(verifyClientSecret('s3cret', stored)).toBe(true);
    expect(verifyClientSecret('s3creT', stored)).toBe(false);
    expect(verifyClientSecret('', stored)).toBe(false);
  });

  it('refuses a stored digest of the wrong length without throwing', () => {
    expect(verifyClientSecret('s3cret', 'short')).toBe(false);
    expect(verifyClientSecret('s3cret', '')).toBe(false);
  });
});

describe('hashPassword() and verifyPassword() (scrypt)', () => {
  it('hashes as scrypt$N$r$p$salt$hash with a random salt', async () => {
    const [a, b] = await Promise.all([hashPassword('pw'), hashPassword('pw')]);
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    // The password is no field of it (a random salt may end in "pw", so no substring check).
    expect(a.split('$')).not.toContain('pw');
  });

  it('verifies the password and refuses another', async () => {
    const stored = await hashPassword('correct horse battery staple');
    expect(await verifyPassword('correct horse battery staple', stored)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('normalizes to NFC: both spellings of "é" are the same password', async () => {
    const stored = await hashPassword('caf\u00e9');
    expect(await verifyPassword('cafe\u0301', stored)).toBe(true);
  });

  it.each(['', 'bcrypt$1$2$3$salt$hash', 'scrypt$16384$8$1$$hash', 'scrypt$16384$8$1$salt$', 'plain'])(
    'refuses a stored value it does not understand: %j',
    async (stored) => {
      expect(await verifyPassword('pw', stored)).toBe(false);
    },
  );

  it('rejects when the stored parameters are impossible for scrypt', async () => {
    await expect(verifyPassword('pw', 'scrypt$3$8$1$c2FsdA$aGFzaA')).rejects.toThrow();
  });
});
