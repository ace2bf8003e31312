/*
 * RFC 6749 §4.1.3 Access Token Request
 *
 *   "grant_type: REQUIRED. Value MUST be set to "authorization_code".
 *    code: REQUIRED. The authorization code received from the authorization server.
 *    redirect_uri: REQUIRED, if the "redirect_uri" parameter was included in the authorization request as
 *      described in Section 4.1.1, and their values MUST be identical.
 *    client_id: REQUIRED, if the client is not authenticating with the authorization server as described in
 *      Section 3.2.1."
 *
 *   "The authorization server MUST:
 *    - require client authentication for confidential clients or for any client that was issued client
 *      credentials (or with other authentication requirements),
 *    - authenticate the client if client authentication is included,
 *    - ensure that the authorization code was issued to the authenticated confidential client, or if the client
 *      is public, ensure that the code was issued to "client_id" in the request,
 *    - verify that the authorization code is valid, and
 *    - ensure that the "redirect_uri" parameter is present if the "redirect_uri" parameter was included in the
 *      initial authorization request as described in Section 4.1.1, and if included ensure that their values are
 *      identical."
 *
 * RFC 6749 §4.1.2: "The authorization code MUST expire shortly after it is issued to mitigate the risk of leaks.
 * ... The client MUST NOT use the authorization code more than once. If an authorization code is used more than
 * once, the authorization server MUST deny the request ... The authorization code is bound to the client
 * identifier and redirection URI."
 *
 * RFC 6749 §5.2 invalid_grant: "The provided authorization grant (e.g., authorization code, resource owner
 * credentials) or refresh token is invalid, expired, revoked, does not match the redirection URI used in the
 * authorization request, or was issued to another client."
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuthorizationCode } from '../../src/index.js';
import { basic, CONFIDENTIAL, createFixture, obtainCode, PUBLIC, type Fixture } from '../helpers/oauth.js';
import {
  addOtherClient,
  codeParams,
  expectTokenError,
  expectTokenSuccess,
  obtainPublicCode,
  OTHER,
  postToken,
  publicCodeRequest,
  tokenPost,
  without,
  type Outcome,
} from '../helpers/token-tests.js';

const invalidCode = {
  status: 400,
  error: 'invalid_grant',
  description: 'Invalid grant: authorization code is invalid',
} as const;
const expired = {
  status: 400,
  error: 'invalid_grant',
  description: 'Invalid grant: authorization code has expired',
} as const;
const redirectRequired = {
  status: 400,
  error: 'invalid_grant',
  description: 'Invalid grant: `redirect_uri` is required, as the authorization request included it',
} as const;
const redirectMismatch = {
  status: 400,
  error: 'invalid_grant',
  description: 'Invalid grant: `redirect_uri` does not match the authorization request',
} as const;

let f: Fixture;
beforeEach(async () => {
  f = await createFixture();
});
afterEach(() => {
  vi.useRealTimers();
});

const redeem = (code: string, overrides: Record<string, unknown> = {}): Promise<Outcome> =>
  postToken(f.server, tokenPost(codeParams(code, overrides)));

describe('RFC 6749 §4.1.3 / §5.1: a valid redemption', () => {
  it('answers 200 with exactly access_token, token_type, expires_in, refresh_token and scope', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const code = await obtainCode(f.server, { scope: 'read write' });
    const outcome = await redeem(code);
    const body = expectTokenSuccess(outcome);
    expect(Object.keys(body).sort()).toEqual([
      'access_token',
      'expires_in',
      'refresh_token',
      'scope',
      'token_type',
    ]);
    expect(body.access_token).toMatch(/^[\x20-\x7E]+$/);
    expect(body.refresh_token).toMatch(/^[\x20-\x7E]+$/);
    expect([body.token_type, body.expires_in, body.scope]).toEqual(['Bearer', 3600, 'read write']);
    expect(body.refresh_token).not.toBe(body.access_token);
    expect(outcome.value).toMatchObject({
      authorizationCode: code,
      client: { id: CONFIDENTIAL.id },
      user: f.user,
    });
  });

  it('T22: code missing → 400 invalid_request', async () => {
    expectTokenError(await postToken(f.server, tokenPost(without(codeParams('x'), 'code'))), {
      status: 400,
      error: 'invalid_request',
      description: 'Missing parameter: `code`',
    });
  });

  it('T23: an unknown code → 400 invalid_grant', async () => {
    expectTokenError(await redeem('SplxlOBeZQQYbYS6WxSbIA'), invalidCode);
  });

  it.each([
    ['a NUL', 'a\u0000b'],
    ['CR LF', 'a\r\nb'],
    ['a right-to-left override', 'a\u202Eb'],
  ])('T24: a code with %s → 400 invalid_request (code = 1*VSCHAR)', async (_what, code) => {
    const getAuthorizationCode = vi.spyOn(f.store, 'getAuthorizationCode');
    expectTokenError(await redeem(code), {
      status: 400,
      error: 'invalid_request',
      description: 'Invalid parameter: `code`',
    });
    expect(getAuthorizationCode).not.toHaveBeenCalled();
  });

  it('T25: a code of 5000 characters → 400 invalid_request before any lookup', async () => {
    const getAuthorizationCode = vi.spyOn(f.store, 'getAuthorizationCode');
    expectTokenError(await redeem('a'.repeat(5000)), {
      status: 400,
      error: 'invalid_request',
      description: 'Invalid parameter: `code` is longer than 2048 characters',
    });
    expect(getAuthorizationCode).not.toHaveBeenCalled();
  });
});

describe('RFC 6749 §4.1.3: the code is bound to the client (AC-04)', () => {
  it('AC-04 / T28: another authenticated client → 400 invalid_grant; the code stays usable by its client', async () => {
    addOtherClient(f.store);
    const code = await obtainCode(f.server);
    const stolen = tokenPost(codeParams(code), { authorization: basic(OTHER.id, OTHER.secret) });
    expectTokenError(await postToken(f.server, stolen), invalidCode);
    expectTokenSuccess(await redeem(code));
  });

  it('a public client redeeming a code issued to another client_id → 400 invalid_grant', async () => {
    f.store.addClient({
      id: 'other-public',
      grants: ['authorization_code'],
      redirectUris: [PUBLIC.redirectUri],
      tokenEndpointAuthMethod: 'none',
    });
    const code = await obtainPublicCode(f.server);
    expectTokenError(
      await postToken(f.server, publicCodeRequest(code, { client_id: 'other-public' })),
      invalidCode,
    );
    expectTokenSuccess(await postToken(f.server, publicCodeRequest(code)));
  });

  it("the confidential client redeeming a public client's code → 400 invalid_grant", async () => {
    const code = await obtainPublicCode(f.server);
    expectTokenError(await redeem(code, { redirect_uri: PUBLIC.redirectUri }), invalidCode);
  });
});

describe('RFC 6749 §4.1.3: redirect_uri (RU-05)', () => {
  it('sent at authorization, repeated identically → 200', async () => {
    const code = await obtainCode(f.server);
    expectTokenSuccess(await redeem(code));
  });

  it('T30: sent at authorization, omitted at the token endpoint → 400 invalid_grant, code consumed', async () => {
    const code = await obtainCode(f.server);
    expectTokenError(
      await postToken(f.server, tokenPost(without(codeParams(code), 'redirect_uri'))),
      redirectRequired,
    );
    expectTokenError(await redeem(code), invalidCode);
  });

  it.each([
    ['a trailing slash', `${CONFIDENTIAL.redirectUri}/`],
    ['a different host case', 'https://CLIENT.example/cb'],
    ['a different path case', 'https://client.example/CB'],
    ['an added query', `${CONFIDENTIAL.redirectUri}?x=1`],
    ['an explicit default port', 'https://client.example:443/cb'],
    ['percent-encoding', 'https://client.example/%63b'],
    ['another scheme', 'http://client.example/cb'],
    ['an unrelated URI', 'https://evil.example/cb'],
  ])('T31: %s → 400 invalid_grant, code consumed', async (_what, redirectUri) => {
    const code = await obtainCode(f.server);
    expectTokenError(await redeem(code, { redirect_uri: redirectUri }), redirectMismatch);
    expectTokenError(await redeem(code), invalidCode);
  });

  it('T31: another URI registered for the same client → 400 invalid_grant', async () => {
    const first = 'https://multi.example/one';
    const second = 'https://multi.example/two';
    f.store.addClient({
      id: 'multi',
      secret: 'multi-secret',
      grants: ['authorization_code'],
      redirectUris: [first, second],
    });
    const code = await obtainCode(f.server, { client_id: 'multi', redirect_uri: first });
    const request = tokenPost(codeParams(code, { redirect_uri: second }), {
      authorization: basic('multi', 'multi-secret'),
    });
    expectTokenError(await postToken(f.server, request), redirectMismatch);
  });

  it('T33: not sent at authorization (single registered URI) and omitted at the token endpoint → 200', async () => {
    const code = await obtainCode(f.server, { redirect_uri: '' });
    expectTokenSuccess(await postToken(f.server, tokenPost(without(codeParams(code), 'redirect_uri'))));
  });

  it('not sent at authorization, but sent identically at the token endpoint → 200', async () => {
    const code = await obtainCode(f.server, { redirect_uri: '' });
    expectTokenSuccess(await redeem(code));
  });

  it('not sent at authorization, and a different one sent at the token endpoint → 400 invalid_grant', async () => {
    const code = await obtainCode(f.server, { redirect_uri: '' });
    expectTokenError(await redeem(code, { redirect_uri: 'https://evil.example/cb' }), redirectMismatch);
  });

  it('a malformed redirect_uri → 400 invalid_request before any lookup', async () => {
    const code = await obtainCode(f.server);
    const getAuthorizationCode = vi.spyOn(f.store, 'getAuthorizationCode');
    expectTokenError(await redeem(code, { redirect_uri: 'https://client.example/cb#fragment' }), {
      status: 400,
      error: 'invalid_request',
      description: 'Invalid parameter: `redirect_uri`',
    });
    expect(getAuthorizationCode).not.toHaveBeenCalled();
    expectTokenSuccess(await redeem(code));
  });
});

describe('RFC 6749 §4.1.2: single use (AC-01, AC-02)', () => {
  it('AC-01 / T29: a second redemption → 400 invalid_grant', async () => {
    const code = await obtainCode(f.server);
    expectTokenSuccess(await redeem(code));
    expectTokenError(await redeem(code), invalidCode);
  });

  it('AC-02: of 20 concurrent redemptions exactly one succeeds; the rest are invalid_grant, none 5xx', async () => {
    const code = await obtainCode(f.server);
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => redeem(code)));
    const winners = outcomes.filter((o) => o.response.status === 200);
    const losers = outcomes.filter((o) => o.response.status !== 200);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(19);
    expectTokenSuccess(winners[0]!);
    for (const loser of losers) expectTokenError(loser, invalidCode);
    expect(outcomes.filter((o) => o.response.status >= 500)).toEqual([]);
  });

  it('AC-02: the Model is asked to consume the code once per attempt, and grants it once', async () => {
    const code = await obtainCode(f.server);
    const revoke = vi.spyOn(f.store, 'revokeAuthorizationCode');
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => redeem(code)));
    expect(revoke.mock.results.filter((r) => r.value === true)).toHaveLength(1);
    for (const outcome of outcomes) {
      if (outcome.response.status === 200) expectTokenSuccess(outcome);
      else expectTokenError(outcome, invalidCode);
    }
  });
});

describe('RFC 6749 §4.1.2: "The authorization code MUST expire shortly after it is issued" (AC-05)', () => {
  it('T27: a code used after its 300 s lifetime → 400 invalid_grant', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const code = await obtainCode(f.server);
    vi.setSystemTime(Date.now() + 301_000);
    expectTokenError(await redeem(code), expired);
  });

  it('a code used just before its lifetime ends → 200', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const code = await obtainCode(f.server);
    vi.setSystemTime(Date.now() + 299_000);
    expectTokenSuccess(await redeem(code));
  });

  it('a code whose lifetime ends exactly now → 400 invalid_grant', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const code = await obtainCode(f.server);
    vi.setSystemTime(Date.now() + 300_000);
    expectTokenError(await redeem(code), expired);
  });

  it('a Model returning an expiresAt in the past → 400 invalid_grant', async () => {
    const code = await obtainCode(f.server);
    const original = f.store.getAuthorizationCode.bind(f.store);
    vi.spyOn(f.store, 'getAuthorizationCode').mockImplementation((value: string) => {
      const found = original(value);
      return found && { ...found, expiresAt: new Date(Date.now() - 1000) };
    });
    expectTokenError(await redeem(code), expired);
  });

  it('a Model returning an invalid Date fails closed: 500 server_error, never a token', async () => {
    const code = await obtainCode(f.server);
    const original = f.store.getAuthorizationCode.bind(f.store);
    vi.spyOn(f.store, 'getAuthorizationCode').mockImplementation(
      (value: string): AuthorizationCode | undefined => {
        const found = original(value);
        return found && { ...found, expiresAt: new Date('garbage') };
      },
    );
    expectTokenError(await redeem(code), {
      status: 500,
      error: 'server_error',
      description: 'Server error: the request could not be completed',
    });
  });
});

describe('RFC 6749 §4.1.3: the token carries the scope bound to the code (AC-07)', () => {
  it('AC-07: a scope parameter on the redemption cannot widen the scope', async () => {
    const code = await obtainCode(f.server, { scope: 'read' });
    const outcome = await redeem(code, { scope: 'read write admin' });
    const body = expectTokenSuccess(outcome);
    expect(body.scope).toBe('read');
    expect(outcome.value?.scope).toEqual(['read']);
  });

  it('AC-07: a scope parameter on the redemption cannot narrow it either (it is not a parameter of §4.1.3)', async () => {
    const code = await obtainCode(f.server, { scope: 'read write' });
    const body = expectTokenSuccess(await redeem(code, { scope: 'read' }));
    expect(body.scope).toBe('read write');
  });

  it('the refresh token issued with the code carries the same scope', async () => {
    const code = await obtainCode(f.server, { scope: 'read write' });
    const { refresh_token } = expectTokenSuccess(await redeem(code));
    const refreshed = expectTokenSuccess(
      await postToken(f.server, tokenPost({ grant_type: 'refresh_token', refresh_token })),
    );
    expect(refreshed.scope).toBe('read write');
  });
});
