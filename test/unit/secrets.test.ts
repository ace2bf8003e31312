import { describe, expect, it } from 'vitest';
import { constantTimeEqual, randomToken, sha256 } from '../../src/secrets.js';

describe('randomToken()', () => {
  it('is 256 bits, hex', () => {
    expect(randomToken()).toMatch(/^[0-9a-f]{64}$/);
  });

  it('never repeats', () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => randomToken()));
    expect(tokens.size).toBe(1000);
  });
});

describe('sha256()', () => {
  it('matches the FIPS 180-2 "abc" vector', () => {
    expect(sha256('abc').toString('hex')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('hashes the UTF-8 bytes', () => {
    expect(sha256('\u00e9')).toEqual(sha256(Buffer.from([0xc3, 0xa9]).toString('utf8')));
    expect(sha256('\u00e9').toString('hex')).not.toBe(sha256('e').toString('hex'));
  });
});

describe('constantTimeEqual()', () => {
  it.each<[string, string, boolean]>([
    ['secret', 'secret', true],
    ['', '', true],
    ['secret', 'secreT', false],
    ['secret', 'secret-longer', false],
    ['', 'x', false],
    ['caf\u00e9', 'cafe\u0301', false],
  ])('%j and %j: %j', (a, b, expected) => {
    expect(constantTimeEqual(a, b)).toBe(expected);
    expect(constantTimeEqual(b, a)).toBe(expected);
  });
});
