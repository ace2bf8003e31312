/*
 * RFC 6749 §5.1 Successful Response
 *
 *   "access_token: REQUIRED. The access token issued by the authorization server.
 *    token_type: REQUIRED. The type of the token issued as described in Section 7.1. Value is case insensitive.
 *    expires_in: RECOMMENDED. The lifetime in seconds of the access token. ...
 *    refresh_token: OPTIONAL. The refresh token, which can be used to obtain new access tokens using the same
 *      authorization grant as described in Section 6.
 *    scope: OPTIONAL, if identical to the scope requested by the client; otherwise, REQUIRED. The scope of the
 *      access token as described by Section 3.3."
 *
 *   "The authorization server MUST include the HTTP "Cache-Control" response header field [RFC2616] with a value
 *   of "no-store" in any response containing tokens, credentials, or other sensitive information, as well as the
 *   "Pragma" response header field [RFC2616] with a value of "no-cache"."
 *
 *   "The client MUST ignore unrecognized value names in the response."
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Token } from '../../src/index.js';
import { ALICE, basic, createFixture, obtainCode, type Fixture } from '../helpers/oauth.js';
import {
  codeParams,
  expectTokenSuccess,
  issueTokens,
  obtainPublicCode,
  postToken,
  publicCodeRequest,
  refreshRequest,
  serverOn,
  tokenPost,
} from '../helpers/token-tests.js';

let f: Fixture;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
  f = await createFixture({ enablePasswordGrant: true });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('RFC 6749 §5.1: every successful response (TR-01, TR-02)', () => {
  const grants = {
    authorization_code: async () => postToken(f.server, tokenPost(codeParams(await obtainCode(f.server)))),
    refresh_token: async () =>
      postToken(f.server, refreshRequest((await issueTokens(f.server)).refresh_token!)),
    client_credentials: () =>
      postToken(f.server, tokenPost({ grant_type: 'client_credentials', scope: 'read' })),
    password: () =>
      postToken(
        f.server,
        tokenPost({
          grant_type: 'password',
          username: ALICE.username,
          password: ALICE.password,
          scope: 'read',
        }),
      ),
    'authorization_code (public client)': async () =>
      postToken(f.server, publicCodeRequest(await obtainPublicCode(f.server))),
  };

  it.each(Object.keys(grants) as (keyof typeof grants)[])(
    '%s: 200, Cache-Control: no-store, Pragma: no-cache, token_type Bearer, expires_in, scope',
    async (grant) => {
      const outcome = await grants[grant]();
      const body = expectTokenSuccess(outcome);
      expect(outcome.response.headers['cache-control']).toBe('no-store');
      expect(outcome.response.headers.pragma).toBe('no-cache');
      expect(body.token_type).toBe('Bearer');
      expect(body.access_token).toMatch(/^[\x20-\x7E]+$/);
      expect(body.expires_in).toBe(3600);
      expect(body.scope).toBe('read');
      expect(JSON.parse(JSON.stringify(body))).toEqual(body);
    },
  );
});

describe('RFC 6749 §5.1: expires_in', () => {
  it('follows the accessTokenLifetime option', async () => {
    const server = serverOn(f.store, { accessTokenLifetime: 600 });
    const body = expectTokenSuccess(await postToken(server, tokenPost({ grant_type: 'client_credentials' })));
    expect(body.expires_in).toBe(600);
  });

  it("follows the client's own accessTokenLifetime", async () => {
    f.store.addClient({
      id: 'short',
      secret: 'short-secret',
      grants: ['client_credentials'],
      accessTokenLifetime: 120,
    });
    const request = tokenPost(
      { grant_type: 'client_credentials' },
      { authorization: basic('short', 'short-secret') },
    );
    expect(expectTokenSuccess(await postToken(f.server, request)).expires_in).toBe(120);
  });
});

describe('RFC 6749 §5.1: scope', () => {
  it('is omitted when the token has no scope', async () => {
    const body = expectTokenSuccess(
      await postToken(f.server, tokenPost({ grant_type: 'client_credentials' })),
    );
    expect('scope' in body).toBe(false);
  });

  it('is included when the granted scope differs from the requested one', async () => {
    f.store.addClient({
      id: 'scoped',
      secret: 'scoped-secret',
      grants: ['client_credentials'],
      scopes: ['read', 'profile'],
    });
    const request = tokenPost(
      { grant_type: 'client_credentials' },
      { authorization: basic('scoped', 'scoped-secret') },
    );
    expect(expectTokenSuccess(await postToken(f.server, request)).scope).toBe('read profile');
  });
});

describe('RFC 6749 §5.1: refresh_token only for clients that may use it', () => {
  it('a client allowed refresh_token gets one with its code', async () => {
    const body = await issueTokens(f.server);
    expect(body.refresh_token).toEqual(expect.any(String));
  });

  it('a client not allowed refresh_token gets none', async () => {
    const redirectUri = 'https://no-refresh.example/cb';
    f.store.addClient({
      id: 'no-refresh',
      secret: 'nr-secret',
      grants: ['authorization_code', 'password'],
      redirectUris: [redirectUri],
    });
    const code = await obtainCode(f.server, { client_id: 'no-refresh', redirect_uri: redirectUri });
    const auth = { authorization: basic('no-refresh', 'nr-secret') };
    const outcome = await postToken(
      f.server,
      tokenPost(codeParams(code, { redirect_uri: redirectUri }), auth),
    );
    expect('refresh_token' in expectTokenSuccess(outcome)).toBe(false);
    expect(outcome.value?.refreshToken).toBeUndefined();
    const password = tokenPost(
      { grant_type: 'password', username: ALICE.username, password: ALICE.password },
      auth,
    );
    expect('refresh_token' in expectTokenSuccess(await postToken(f.server, password))).toBe(false);
  });
});

describe('RFC 6749 §5.1: extension attributes (allowExtendedTokenAttributes, GEN-11)', () => {
  /** Makes saveToken return extra own properties, inherited ones, and an own `__proto__` key from JSON.parse. */
  function saveTokenWithExtras(): void {
    const original = f.store.saveToken.bind(f.store);
    vi.spyOn(f.store, 'saveToken').mockImplementation((token, client, user) => {
      const saved = original(token, client, user);
      const extras = JSON.parse(
        '{"__proto__":{"polluted":"yes"},"id_token":"eyJ.e30.sig","custom_number":5,"nested":{"a":[1,2]},' +
          '"access_token":"spoofed","token_type":"mac","expires_in":1,"refresh_token":"spoofed",' +
          '"constructor":"c","prototype":"p"}',
      ) as Record<string, unknown>;
      expect(Object.hasOwn(extras, '__proto__')).toBe(true);
      const result = Object.create({ inherited: 'nope' }) as Record<string, unknown>;
      for (const [key, value] of Object.entries({ ...saved, ...extras, fn: () => 1 })) {
        Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
      }
      return result as Token;
    });
  }

  it('copies only own, non-reserved properties; nothing inherited, no prototype pollution', async () => {
    saveTokenWithExtras();
    const server = serverOn(f.store, { allowExtendedTokenAttributes: true });
    const code = await obtainCode(server);
    const outcome = await postToken(server, tokenPost(codeParams(code)));
    const body = expectTokenSuccess(outcome) as unknown as Record<string, unknown>;
    expect(body).toEqual({
      access_token: outcome.value?.accessToken,
      token_type: 'Bearer',
      expires_in: 3600,
      refresh_token: outcome.value?.refreshToken,
      scope: 'read',
      id_token: 'eyJ.e30.sig',
      custom_number: 5,
      nested: { a: [1, 2] },
    });
    expect(body.access_token).not.toBe('spoofed');
    expect(body.refresh_token).not.toBe('spoofed');
    expect(Object.getPrototypeOf(body)).toBe(Object.prototype);
    expect(Object.hasOwn(body, '__proto__')).toBe(false);
    expect(body.polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(body, 'inherited')).toBe(false);
  });

  it('copies nothing by default', async () => {
    saveTokenWithExtras();
    const code = await obtainCode(f.server);
    const body = expectTokenSuccess(await postToken(f.server, tokenPost(codeParams(code))));
    expect(Object.keys(body).sort()).toEqual([
      'access_token',
      'expires_in',
      'refresh_token',
      'scope',
      'token_type',
    ]);
  });
});
