/*
 * RFC 7636 (PKCE), the authorization endpoint side.
 *
 * §4.2: "ABNF for "code_challenge" is as follows.
 *          code-challenge = 43*128unreserved"
 *   and S256: code_challenge = BASE64URL-ENCODE(SHA256(ASCII(code_verifier))), which is always 43 characters.
 *
 * §4.3 Client Sends the Code Challenge with the Authorization Request
 *
 *   "code_challenge
 *      REQUIRED.  Code challenge.
 *
 *   code_challenge_method
 *      OPTIONAL, defaults to "plain" if not present in the request.  Code
 *      verifier transformation method is "S256" or "plain"."
 *
 * §4.4 Server Returns the Code
 *
 *   "When the server issues the authorization code in the authorization response, it MUST associate the
 *   "code_challenge" and "code_challenge_method" values with the authorization code so it can be verified later.
 *   [...] The server MUST NOT include the "code_challenge" value in client requests in a form that other entities
 *   can extract."
 *
 * §4.4.1 Error Response
 *
 *   "If the server requires Proof Key for Code Exchange (PKCE) by OAuth public clients and the client does not
 *   send the "code_challenge" in the request, the authorization endpoint MUST return the authorization error
 *   response with the "error" value set to "invalid_request".  The "error_description" or the response of
 *   "error_uri" SHOULD explain the nature of error, e.g., code challenge required.
 *
 *   If the server supporting PKCE does not support the requested transformation, the authorization endpoint MUST
 *   return the authorization error response with "error" value set to "invalid_request".  The
 *   "error_description" or the response of "error_uri" SHOULD explain the nature of error, e.g., transform
 *   algorithm not supported."
 *
 * RFC 9700 §2.1.1 makes S256 the method to use, so `plain` is rejected unless `enablePlainPKCE` is set, and an
 * absent method means S256 when it is (PK-04).
 */
import { describe, expect, it, vi } from 'vitest';
import { s256 } from '../../src/pkce.js';
import {
  expectContract,
  expectErrorRedirect,
  expectRedirect,
  locationOf,
  omit,
  runAuthorize,
} from '../helpers/authorize-tests.js';
import {
  CHALLENGE,
  CONFIDENTIAL,
  PUBLIC,
  VERIFIER,
  authorizeGet,
  authorizeParams,
  consentPost,
  createFixture,
  formRequest,
} from '../helpers/oauth.js';

const REDIRECT = CONFIDENTIAL.redirectUri;
const PUBLIC_PARAMS = { client_id: PUBLIC.id, redirect_uri: PUBLIC.redirectUri };
const UNSUPPORTED_METHOD = 'Invalid parameter: `code_challenge_method` must be one of S256, plain';
const BAD_CHALLENGE = 'Invalid parameter: `code_challenge`';
/** A plain challenge (a verifier) using every unreserved character class. */
const PLAIN_CHALLENGE = `${'aZ09'.repeat(10)}-._~`;

function codeOf(value: unknown): string {
  return (value as { authorizationCode: string }).authorizationCode;
}

describe('RFC 7636 §4.4.1: public clients must send code_challenge (PK-02, A26)', () => {
  it('a public client (tokenEndpointAuthMethod none) without code_challenge: invalid_request, redirected', async () => {
    const { server, store } = await createFixture();
    const save = vi.spyOn(store, 'saveAuthorizationCode');
    const outcome = await runAuthorize(
      server,
      formRequest({
        ...omit(authorizeParams(PUBLIC_PARAMS), 'code_challenge', 'code_challenge_method'),
        allowed: 'true',
      }),
    );
    expectErrorRedirect(outcome, PUBLIC.redirectUri, {
      error: 'invalid_request',
      description: 'Invalid request: public clients must send `code_challenge` (PKCE)',
      state: 'xyz',
    });
    expect(save).not.toHaveBeenCalled();
    expectContract(outcome);
  });

  it('on a GET, before any consent is asked', async () => {
    const handle = vi.fn(() => true);
    const { server } = await createFixture({ consentHandler: { handle } });
    const outcome = await runAuthorize(
      server,
      authorizeGet(omit(authorizeParams(PUBLIC_PARAMS), 'code_challenge', 'code_challenge_method')),
    );
    expectErrorRedirect(outcome, PUBLIC.redirectUri, {
      error: 'invalid_request',
      description: 'Invalid request: public clients must send `code_challenge` (PKCE)',
      state: 'xyz',
    });
    expect(outcome.response.status).toBe(302);
    expect(handle).not.toHaveBeenCalled();
    expectContract(outcome);
  });

  it('a client declared clientType public, without code_challenge: invalid_request', async () => {
    const { server, store } = await createFixture();
    store.addClient({
      id: 'native',
      grants: ['authorization_code'],
      redirectUris: ['https://native.example/cb'],
      clientType: 'public',
    });
    const outcome = await runAuthorize(
      server,
      formRequest({
        ...omit(
          authorizeParams({ client_id: 'native', redirect_uri: 'https://native.example/cb' }),
          'code_challenge',
          'code_challenge_method',
        ),
        allowed: 'true',
      }),
    );
    expectErrorRedirect(outcome, 'https://native.example/cb', {
      error: 'invalid_request',
      description: 'Invalid request: public clients must send `code_challenge` (PKCE)',
      state: 'xyz',
    });
    expectContract(outcome);
  });

  it('a client of no declared type while requireClientAuthentication is off for the code grant is public', async () => {
    const { server, store } = await createFixture({
      requireClientAuthentication: { authorization_code: false },
    });
    store.addClient({
      id: 'legacy',
      grants: ['authorization_code'],
      redirectUris: ['https://legacy.example/cb'],
    });
    const outcome = await runAuthorize(
      server,
      formRequest({
        ...omit(
          authorizeParams({ client_id: 'legacy', redirect_uri: 'https://legacy.example/cb' }),
          'code_challenge',
          'code_challenge_method',
        ),
        allowed: 'true',
      }),
    );
    expectErrorRedirect(outcome, 'https://legacy.example/cb', {
      error: 'invalid_request',
      description: 'Invalid request: public clients must send `code_challenge` (PKCE)',
      state: 'xyz',
    });
    expectContract(outcome);
  });

  it('a public client with an S256 challenge: the code is issued', async () => {
    const { server } = await createFixture();
    const outcome = await runAuthorize(server, consentPost(PUBLIC_PARAMS));
    expectRedirect(outcome, PUBLIC.redirectUri, [
      ['code', codeOf(outcome.value)],
      ['state', 'xyz'],
    ]);
    expectContract(outcome);
  });

  it('a confidential client without PKCE: a code without a challenge (PKCE optional for it here)', async () => {
    const { server, store } = await createFixture();
    const save = vi.spyOn(store, 'saveAuthorizationCode');
    const outcome = await runAuthorize(
      server,
      formRequest({ ...omit(authorizeParams(), 'code_challenge', 'code_challenge_method'), allowed: 'true' }),
    );
    expect(outcome.error).toBeUndefined();
    const [data] = save.mock.calls[0]!;
    expect(data.codeChallenge).toBeUndefined();
    expect(data.codeChallengeMethod).toBeUndefined();
    expectContract(outcome);
  });

  // Checklist PK-03 (OAuth 2.1 §7.5.1.1 MUST, RFC 9700 §2.1.1 RECOMMENDED): PKCE of confidential clients too is
  // `requirePKCE` (on in the oauth21 profile); off by default, as in oauth2-server (the test above).
  it('PK-03: with requirePKCE, a confidential client without code_challenge is refused with invalid_request', async () => {
    const { server } = await createFixture({ requirePKCE: true });
    const outcome = await runAuthorize(
      server,
      formRequest({ ...omit(authorizeParams(), 'code_challenge', 'code_challenge_method'), allowed: 'true' }),
    );
    expect(outcome.response.status).toBe(303);
    expect(new URL(locationOf(outcome.response)).searchParams.get('error')).toBe('invalid_request');
    expectContract(outcome);
  });
});

describe('RFC 7636 §4.3 / §4.4: the method, and what is stored with the code', () => {
  it('S256: challenge and method are stored with the code (§4.4)', async () => {
    const { server, store } = await createFixture();
    const save = vi.spyOn(store, 'saveAuthorizationCode');
    const outcome = await runAuthorize(server, consentPost());
    const [data] = save.mock.calls[0]!;
    expect(data.codeChallenge).toBe(CHALLENGE);
    expect(data.codeChallenge).toBe(s256(VERIFIER));
    expect(data.codeChallengeMethod).toBe('S256');
    expect(outcome.value).toMatchObject({ codeChallenge: CHALLENGE, codeChallengeMethod: 'S256' });
    expectContract(outcome);
  });

  it('the challenge never appears in the response (§4.4, PK-14)', async () => {
    const { server } = await createFixture();
    const outcome = await runAuthorize(server, consentPost());
    expect(locationOf(outcome.response)).not.toContain(CHALLENGE);
    expect(locationOf(outcome.response)).not.toContain('code_challenge');
    expectContract(outcome);
  });

  it('method omitted, plain disabled (the default): S256 is stored (PK-04)', async () => {
    const { server, store } = await createFixture();
    const save = vi.spyOn(store, 'saveAuthorizationCode');
    const outcome = await runAuthorize(server, consentPost({ code_challenge_method: '' }));
    expect(outcome.error).toBeUndefined();
    expect(save.mock.calls[0]![0]).toMatchObject({ codeChallenge: CHALLENGE, codeChallengeMethod: 'S256' });
    expectContract(outcome);
  });

  it('method omitted, plain disabled: a challenge that is not an S256 value is refused', async () => {
    const { server } = await createFixture();
    const outcome = await runAuthorize(
      server,
      formRequest({
        ...omit(authorizeParams({ code_challenge: PLAIN_CHALLENGE }), 'code_challenge_method'),
        allowed: 'true',
      }),
    );
    expectErrorRedirect(outcome, REDIRECT, {
      error: 'invalid_request',
      description: BAD_CHALLENGE,
      state: 'xyz',
    });
    expectContract(outcome);
  });

  it('method omitted with enablePlainPKCE: plain is stored, as §4.3 defines', async () => {
    const { server, store } = await createFixture({ enablePlainPKCE: true });
    const save = vi.spyOn(store, 'saveAuthorizationCode');
    const outcome = await runAuthorize(
      server,
      formRequest({
        ...omit(authorizeParams({ code_challenge: PLAIN_CHALLENGE }), 'code_challenge_method'),
        allowed: 'true',
      }),
    );
    expect(outcome.error).toBeUndefined();
    expect(save.mock.calls[0]![0]).toMatchObject({
      codeChallenge: PLAIN_CHALLENGE,
      codeChallengeMethod: 'plain',
    });
    expectContract(outcome);
  });

  it('plain, by default: invalid_request, no code (PK-04, A27)', async () => {
    const { server, store } = await createFixture();
    const save = vi.spyOn(store, 'saveAuthorizationCode');
    const outcome = await runAuthorize(
      server,
      consentPost({ code_challenge: PLAIN_CHALLENGE, code_challenge_method: 'plain' }),
    );
    expectErrorRedirect(outcome, REDIRECT, {
      error: 'invalid_request',
      description: 'Invalid request: `code_challenge_method` plain is not allowed; use S256',
      state: 'xyz',
    });
    expect(save).not.toHaveBeenCalled();
    expectContract(outcome);
  });

  it('plain, with enablePlainPKCE: accepted and stored as plain', async () => {
    const { server, store } = await createFixture({ enablePlainPKCE: true });
    const save = vi.spyOn(store, 'saveAuthorizationCode');
    const challenge = `${PLAIN_CHALLENGE}${'x'.repeat(128 - PLAIN_CHALLENGE.length)}`;
    const outcome = await runAuthorize(
      server,
      consentPost({ code_challenge: challenge, code_challenge_method: 'plain' }),
    );
    expect(outcome.error).toBeUndefined();
    expect(save.mock.calls[0]![0]).toMatchObject({ codeChallenge: challenge, codeChallengeMethod: 'plain' });
    expectContract(outcome);
  });

  it('S256 with enablePlainPKCE: still S256, still exactly 43 base64url characters', async () => {
    const { server, store } = await createFixture({ enablePlainPKCE: true });
    const save = vi.spyOn(store, 'saveAuthorizationCode');
    const good = await runAuthorize(server, consentPost());
    expect(save.mock.calls[0]![0].codeChallengeMethod).toBe('S256');
    const bad = await runAuthorize(server, consentPost({ code_challenge: PLAIN_CHALLENGE }));
    expectErrorRedirect(bad, REDIRECT, {
      error: 'invalid_request',
      description: BAD_CHALLENGE,
      state: 'xyz',
    });
    expectContract(good);
    expectContract(bad);
  });

  it.each(['S512', 's256', 'PLAIN', 'sha256', 'S256 '])(
    'an unsupported method %j: invalid_request (PK-05, A28)',
    async (method) => {
      const { server, store } = await createFixture();
      const save = vi.spyOn(store, 'saveAuthorizationCode');
      const outcome = await runAuthorize(server, consentPost({ code_challenge_method: method }));
      expectErrorRedirect(outcome, REDIRECT, {
        error: 'invalid_request',
        description: UNSUPPORTED_METHOD,
        state: 'xyz',
      });
      expect(save).not.toHaveBeenCalled();
      expectContract(outcome);
    },
  );

  it('a method without a challenge: invalid_request, not a code without PKCE (PK-07, A29)', async () => {
    const { server, store } = await createFixture();
    const save = vi.spyOn(store, 'saveAuthorizationCode');
    const outcome = await runAuthorize(
      server,
      formRequest({ ...omit(authorizeParams(), 'code_challenge'), allowed: 'true' }),
    );
    expectErrorRedirect(outcome, REDIRECT, {
      error: 'invalid_request',
      description: 'Missing parameter: `code_challenge`',
      state: 'xyz',
    });
    expect(save).not.toHaveBeenCalled();
    expectContract(outcome);
  });

  it('plain without a challenge (plain enabled): invalid_request too (PK-07)', async () => {
    const { server } = await createFixture({ enablePlainPKCE: true });
    const outcome = await runAuthorize(
      server,
      formRequest({
        ...omit(authorizeParams({ code_challenge_method: 'plain' }), 'code_challenge'),
        allowed: 'true',
      }),
    );
    expectErrorRedirect(outcome, REDIRECT, {
      error: 'invalid_request',
      description: 'Missing parameter: `code_challenge`',
      state: 'xyz',
    });
    expectContract(outcome);
  });
});

describe('RFC 7636 §4.2: the code_challenge grammar, checked at authorization (PK-06, A30)', () => {
  it.each([
    [
      '42 characters',
      CHALLENGE.slice(0, 42),
      'Invalid parameter: `code_challenge` is shorter than 43 characters',
    ],
    ['129 characters', 'a'.repeat(129), 'Invalid parameter: `code_challenge` is longer than 128 characters'],
    ['a "+" (base64, not base64url)', `${CHALLENGE.slice(0, 42)}+`, BAD_CHALLENGE],
    ['a "/"', `${CHALLENGE.slice(0, 42)}/`, BAD_CHALLENGE],
    ['"=" padding', `${CHALLENGE}=`, BAD_CHALLENGE],
    ['a space', `${CHALLENGE.slice(0, 21)} ${CHALLENGE.slice(22)}`, BAD_CHALLENGE],
    ['a non-ASCII letter', `${CHALLENGE.slice(0, 42)}\u00e9`, BAD_CHALLENGE],
  ])('%s: invalid_request with any method', async (_name, challenge, description) => {
    for (const method of ['S256', 'plain']) {
      const { server, store } = await createFixture({ enablePlainPKCE: true });
      const save = vi.spyOn(store, 'saveAuthorizationCode');
      const outcome = await runAuthorize(
        server,
        consentPost({ code_challenge: challenge, code_challenge_method: method }),
      );
      expectErrorRedirect(outcome, REDIRECT, { error: 'invalid_request', description, state: 'xyz' });
      expect(save).not.toHaveBeenCalled();
      expectContract(outcome);
    }
  });

  it.each([
    ['44 characters', `${CHALLENGE}A`],
    ['128 characters', 'A'.repeat(128)],
    ['43 characters with a "."', `${CHALLENGE.slice(0, 42)}.`],
    ['43 characters with a "~"', `${CHALLENGE.slice(0, 42)}~`],
  ])('S256 with %s (not exactly 43 base64url characters): invalid_request', async (_name, challenge) => {
    const { server, store } = await createFixture();
    const save = vi.spyOn(store, 'saveAuthorizationCode');
    const outcome = await runAuthorize(server, consentPost({ code_challenge: challenge }));
    expectErrorRedirect(outcome, REDIRECT, {
      error: 'invalid_request',
      description: BAD_CHALLENGE,
      state: 'xyz',
    });
    expect(save).not.toHaveBeenCalled();
    expectContract(outcome);
  });

  it.each([
    ['43 characters', 'A'.repeat(43)],
    [
      '128 characters with every unreserved class',
      `${PLAIN_CHALLENGE}${'z'.repeat(128 - PLAIN_CHALLENGE.length)}`,
    ],
  ])('plain with %s: accepted', async (_name, challenge) => {
    const { server } = await createFixture({ enablePlainPKCE: true });
    const outcome = await runAuthorize(
      server,
      consentPost({ code_challenge: challenge, code_challenge_method: 'plain' }),
    );
    expect(outcome.error).toBeUndefined();
    expectContract(outcome);
  });

  it('the errors keep the registered query and the state', async () => {
    const { server, store } = await createFixture();
    store.addClient({
      id: 'query-client',
      grants: ['authorization_code'],
      redirectUris: ['https://client.example/cb?x=1'],
      tokenEndpointAuthMethod: 'none',
    });
    const outcome = await runAuthorize(
      server,
      consentPost({
        client_id: 'query-client',
        redirect_uri: 'https://client.example/cb?x=1',
        code_challenge: CHALLENGE.slice(0, 42),
      }),
    );
    expectErrorRedirect(outcome, 'https://client.example/cb?x=1', {
      error: 'invalid_request',
      description: 'Invalid parameter: `code_challenge` is shorter than 43 characters',
      state: 'xyz',
    });
    expectContract(outcome);
  });
});
