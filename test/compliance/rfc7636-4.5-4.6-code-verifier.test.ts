/*
 * RFC 7636 §4.1 Client Creates a Code Verifier
 *
 *   "code_verifier = high-entropy cryptographic random STRING using the unreserved characters [A-Z] / [a-z] /
 *   [0-9] / "-" / "." / "_" / "~" from Section 2.3 of [RFC3986], with a minimum length of 43 characters and a
 *   maximum length of 128 characters."
 *
 *     code-verifier = 43*128unreserved
 *
 * RFC 7636 §4.5 Client Sends the Authorization Code and the Code Verifier to the Token Endpoint
 *
 *   "code_verifier: REQUIRED. Code verifier"
 *
 * RFC 7636 §4.6 Server Verifies code_verifier before Returning the Tokens
 *
 *   "Upon receipt of the request at the token endpoint, the server verifies it by calculating the code challenge
 *   from the received "code_verifier" and comparing it with the previously associated "code_challenge", after
 *   first transforming it according to the "code_challenge_method" method specified by the client."
 *
 *   "If the values are equal, the token endpoint MUST continue processing as normal (as defined by OAuth 2.0
 *   [RFC6749]). If the values are not equal, an error response indicating "invalid_grant" as described in
 *   Section 5.2 of [RFC6749] MUST be returned."
 *
 * RFC 9700 §2.1.1: "Authorization servers MUST mitigate PKCE Downgrade Attacks by ensuring that a token request
 * containing a code_verifier parameter is accepted only if a code_challenge parameter was present in the
 * authorization request".
 *
 * GHSA-jhm7-29pj-4xvf (PK-11): any failed verification consumes the code, so a stolen code cannot be tried
 * against many verifiers.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHALLENGE, createFixture, obtainCode, VERIFIER, type Fixture } from '../helpers/oauth.js';
import {
  codeParams,
  expectTokenError,
  expectTokenSuccess,
  obtainPublicCode,
  pkcePair,
  postToken,
  publicCodeRequest,
  serverOn,
  tokenPost,
  without,
  type Outcome,
} from '../helpers/token-tests.js';

const invalidCode = {
  status: 400,
  error: 'invalid_grant',
  description: 'Invalid grant: authorization code is invalid',
} as const;
const wrongVerifier = {
  status: 400,
  error: 'invalid_grant',
  description: 'Invalid grant: code verifier is invalid',
} as const;
const malformedVerifier = {
  status: 400,
  error: 'invalid_request',
  description: 'Invalid parameter: `code_verifier`',
} as const;

let f: Fixture;
beforeEach(async () => {
  f = await createFixture();
});

const redeem = (code: string, overrides: Record<string, unknown> = {}): Promise<Outcome> =>
  postToken(f.server, tokenPost(codeParams(code, overrides)));

describe('RFC 7636 §4.6: the verifier must match the stored challenge', () => {
  it('PK-01: the verifier of an S256 challenge → 200', async () => {
    const code = await obtainCode(f.server);
    expectTokenSuccess(await redeem(code));
  });

  it.each([43, 128])('a verifier of %i characters (the ABNF bounds) → 200', async (length) => {
    const { verifier, challenge } = pkcePair(length);
    const code = await obtainCode(f.server, { code_challenge: challenge });
    expectTokenSuccess(await redeem(code, { code_verifier: verifier }));
  });

  it('a public client proves possession with the verifier alone → 200', async () => {
    const code = await obtainPublicCode(f.server);
    expectTokenSuccess(await postToken(f.server, publicCodeRequest(code)));
  });

  it('PK-08 / T34: code_verifier missing → 400 invalid_grant, and the code is consumed', async () => {
    const code = await obtainCode(f.server);
    expectTokenError(await postToken(f.server, tokenPost(without(codeParams(code), 'code_verifier'))), {
      status: 400,
      error: 'invalid_grant',
      description: 'Missing parameter: `code_verifier`',
    });
    expectTokenError(await redeem(code), invalidCode);
  });

  it('PK-08: a public client without code_verifier → 400 invalid_grant, and the code is consumed', async () => {
    const code = await obtainPublicCode(f.server);
    const request = publicCodeRequest(code, { code_verifier: '' });
    expectTokenError(await postToken(f.server, request), {
      status: 400,
      error: 'invalid_grant',
      description: 'Missing parameter: `code_verifier`',
    });
    expectTokenError(await postToken(f.server, publicCodeRequest(code)), invalidCode);
  });

  it('PK-11 / T35: a wrong (well-formed) verifier, then the correct one → invalid_grant both times', async () => {
    const code = await obtainCode(f.server);
    expectTokenError(await redeem(code, { code_verifier: pkcePair(43).verifier }), wrongVerifier);
    expectTokenError(await redeem(code), invalidCode);
  });

  it('PK-11: a verifier differing only in case → invalid_grant, code consumed', async () => {
    const code = await obtainCode(f.server);
    expectTokenError(await redeem(code, { code_verifier: VERIFIER.toUpperCase() }), wrongVerifier);
    expectTokenError(await redeem(code), invalidCode);
  });

  it('PK-13: verifiers of other lengths are compared without throwing', async () => {
    const code = await obtainCode(f.server);
    expectTokenError(await redeem(code, { code_verifier: pkcePair(128).verifier }), wrongVerifier);
  });
});

describe('RFC 7636 §4.1: a verifier outside 43*128unreserved is rejected and burns the code (PK-10, T36)', () => {
  it.each([
    ['42 characters', VERIFIER.slice(0, 42)],
    ['a "+"', `${VERIFIER.slice(0, 42)}+`],
    ['a "/"', `${VERIFIER.slice(0, 42)}/`],
    ['a "="', `${VERIFIER.slice(0, 42)}=`],
    ['a space', `${VERIFIER.slice(0, 21)} ${VERIFIER.slice(22)}`],
    ['an "é"', `${VERIFIER.slice(0, 42)}é`],
    ['a single character', 'a'],
  ])('%s → 400 invalid_request, and the code is consumed', async (_what, verifier) => {
    const code = await obtainCode(f.server);
    expectTokenError(await redeem(code, { code_verifier: verifier }), malformedVerifier);
    expectTokenError(await redeem(code), invalidCode);
  });

  it('129 characters → 400 invalid_request at the length cap, before any Model call (GEN-10)', async () => {
    const code = await obtainCode(f.server);
    const getAuthorizationCode = vi.spyOn(f.store, 'getAuthorizationCode');
    expectTokenError(await redeem(code, { code_verifier: 'a'.repeat(129) }), {
      status: 400,
      error: 'invalid_request',
      description: 'Invalid parameter: `code_verifier` is longer than 128 characters',
    });
    expect(getAuthorizationCode).not.toHaveBeenCalled();
  });
});

describe('RFC 9700 §2.1.1 / §4.8.2: PKCE downgrade', () => {
  it('PK-09 / T37: a code_verifier for a code issued without code_challenge → 400 invalid_request, code consumed', async () => {
    const code = await obtainCode(f.server, { code_challenge: '', code_challenge_method: '' });
    expectTokenError(await redeem(code), {
      status: 400,
      error: 'invalid_request',
      description: 'Invalid request: `code_verifier` was sent for a code issued without `code_challenge`',
    });
    expectTokenError(
      await postToken(f.server, tokenPost(without(codeParams(code), 'code_verifier'))),
      invalidCode,
    );
  });

  it('a code issued without code_challenge, redeemed without code_verifier → 200 (confidential client)', async () => {
    const code = await obtainCode(f.server, { code_challenge: '', code_challenge_method: '' });
    expectTokenSuccess(await postToken(f.server, tokenPost(without(codeParams(code), 'code_verifier'))));
  });

  it('PK-12: code_challenge_method=plain at the token endpoint cannot downgrade an S256 code', async () => {
    const code = await obtainCode(f.server);
    // With "plain", the challenge itself would be the verifier.
    expectTokenError(
      await redeem(code, { code_verifier: CHALLENGE, code_challenge_method: 'plain' }),
      wrongVerifier,
    );
    expectTokenError(await redeem(code), invalidCode);
  });

  it('PK-12: not even when the server accepts plain: the method is the one stored with the code', async () => {
    const server = serverOn(f.store, { enablePlainPKCE: true });
    const code = await obtainCode(server, { code_challenge_method: 'S256' });
    const request = tokenPost(codeParams(code, { code_verifier: CHALLENGE, code_challenge_method: 'plain' }));
    expectTokenError(await postToken(server, request), wrongVerifier);
  });

  it('PK-04: a plain code is refused by a server that no longer accepts plain', async () => {
    const plainServer = serverOn(f.store, { enablePlainPKCE: true });
    const { verifier } = pkcePair(50);
    const code = await obtainCode(plainServer, { code_challenge: verifier, code_challenge_method: 'plain' });
    expectTokenError(await redeem(code, { code_verifier: verifier }), wrongVerifier);
  });

  it('a plain code on a server that accepts plain → 200 with the verifier equal to the challenge', async () => {
    const plainServer = serverOn(f.store, { enablePlainPKCE: true });
    const { verifier } = pkcePair(50);
    const code = await obtainCode(plainServer, { code_challenge: verifier, code_challenge_method: 'plain' });
    expectTokenSuccess(
      await postToken(plainServer, tokenPost(codeParams(code, { code_verifier: verifier }))),
    );
  });
});
