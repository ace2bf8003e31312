import { describe, expect, it } from 'vitest';
import { isValidChallenge, isValidVerifier, s256, verifyChallenge } from '../../src/pkce.js';

/** RFC 7636 Appendix B: "Example for the S256 code_challenge_method". */
const APPENDIX_B_VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const APPENDIX_B_CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';

describe('s256() (RFC 7636 §4.2)', () => {
  it('matches the RFC 7636 Appendix B vector', () => {
    expect(s256(APPENDIX_B_VERIFIER)).toBe(APPENDIX_B_CHALLENGE);
  });

  it('is base64url without padding, always 43 characters', () => {
    for (const verifier of ['a'.repeat(43), 'Z'.repeat(128), '-._~'.repeat(11)]) {
      expect(s256(verifier)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    }
  });
});

describe('isValidVerifier() (RFC 7636 §4.1: 43*128unreserved)', () => {
  it.each([
    ['43 characters', 'a'.repeat(43)],
    ['128 characters', 'a'.repeat(128)],
    ['every unreserved character', `${'AZaz09'.repeat(7)}-._~`],
    ['the Appendix B verifier', APPENDIX_B_VERIFIER],
  ])('accepts %s', (_name, verifier) => {
    expect(isValidVerifier(verifier)).toBe(true);
  });

  it.each([
    ['42 characters', 'a'.repeat(42)],
    ['129 characters', 'a'.repeat(129)],
    ['a "+"', `${'a'.repeat(42)}+`],
    ['a "/"', `${'a'.repeat(42)}/`],
    ['a "="', `${'a'.repeat(42)}=`],
    ['a space', `${'a'.repeat(42)} `],
    ['a non-ASCII letter', `${'a'.repeat(42)}\u00e9`],
    ['a trailing newline', `${'a'.repeat(43)}\n`],
    ['empty', ''],
  ])('refuses %s', (_name, verifier) => {
    expect(isValidVerifier(verifier)).toBe(false);
  });
});

describe('isValidChallenge()', () => {
  it('an S256 challenge is 43 base64url characters', () => {
    expect(isValidChallenge(APPENDIX_B_CHALLENGE, 'S256')).toBe(true);
    expect(isValidChallenge(`${APPENDIX_B_CHALLENGE}=`, 'S256')).toBe(false);
    expect(isValidChallenge(APPENDIX_B_CHALLENGE.slice(1), 'S256')).toBe(false);
    expect(isValidChallenge(`${APPENDIX_B_CHALLENGE}A`, 'S256')).toBe(false);
    expect(isValidChallenge(APPENDIX_B_CHALLENGE.replace('-', '+'), 'S256')).toBe(false);
  });

  it('a plain challenge is left to the contract grammar', () => {
    expect(isValidChallenge('a'.repeat(43), 'plain')).toBe(true);
    expect(isValidChallenge('a'.repeat(100), 'plain')).toBe(true);
  });
});

describe('verifyChallenge() (RFC 7636 §4.6)', () => {
  it('S256: the Appendix B verifier proves the Appendix B challenge', () => {
    expect(verifyChallenge(APPENDIX_B_VERIFIER, APPENDIX_B_CHALLENGE, 'S256')).toBe(true);
  });

  it('S256: any other verifier fails, including the challenge itself', () => {
    expect(verifyChallenge(`${APPENDIX_B_VERIFIER.slice(0, -1)}h`, APPENDIX_B_CHALLENGE, 'S256')).toBe(false);
    expect(verifyChallenge(APPENDIX_B_CHALLENGE, APPENDIX_B_CHALLENGE, 'S256')).toBe(false);
  });

  it('plain: the verifier is the challenge', () => {
    expect(verifyChallenge(APPENDIX_B_VERIFIER, APPENDIX_B_VERIFIER, 'plain')).toBe(true);
    expect(verifyChallenge(APPENDIX_B_VERIFIER, APPENDIX_B_CHALLENGE, 'plain')).toBe(false);
  });

  it('compares strings of different lengths without throwing', () => {
    expect(verifyChallenge('short', APPENDIX_B_CHALLENGE, 'plain')).toBe(false);
  });
});
