/*
 * RFC 7009 §2.2 Revocation Response (https://www.rfc-editor.org/rfc/rfc7009#section-2.2)
 *
 *   "The authorization server responds with HTTP status code 200 if the token has been revoked successfully or if
 *    the client submitted an invalid token.
 *
 *    Note: invalid tokens do not cause an error response since the client cannot handle such an error in a
 *    reasonable way.  Moreover, the purpose of the revocation request, invalidating the particular token, is
 *    already achieved.
 *
 *    The content of the response body is ignored by the client as all necessary information is conveyed in the
 *    response code.
 *
 *    An invalid token type hint value is ignored by the authorization server and does not influence the
 *    revocation response."
 *
 * RFC 7009 §2.2.1 Error Response
 *
 *   "The error presentation conforms to the definition in Section 5.2 of [RFC6749].  The following additional
 *    error code is defined for the token revocation endpoint:
 *
 *    unsupported_token_type:  The authorization server does not support the revocation of the presented token
 *       type.  That is, the client tried to revoke an access token on a server not supporting this feature.
 *
 *    If the server responds with HTTP status code 503, the client must assume the token still exists and may
 *    retry after a reasonable delay.  The server may include a "Retry-After" header in the response to indicate
 *    how long the service is expected to be unavailable to the requesting client."
 *
 * RFC 7009 §2.1, on what a revocation takes with it:
 *
 *   "If the particular token is a refresh token and the authorization server supports the revocation of access
 *    tokens, then the authorization server SHOULD also invalidate all access tokens based on the same
 *    authorization grant (see Implementation Note).  If the token passed to the request is an access token, the
 *    server MAY revoke the respective refresh token as well."
 *
 * Run through the core, the Express adapter and the node adapter; every answer is held to the contract
 * (operationId `revoke`, and `getMe` / `token` / `introspect` for what the tokens do afterwards).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { OAuth2Server, type Client, type Token } from '../../src/index.js';
import { createFixture, formRequest, settle, type Fixture } from '../helpers/oauth.js';
import {
  CONFIDENTIAL_BASIC,
  createLifecycleTransport,
  endpointRequest,
  expectEndpointError,
  expectInactive,
  expectMeInvalidToken,
  expectMeOk,
  expectRefreshed,
  expectRefreshRefused,
  expectRevoked,
  issueClientCredentials,
  issueConfidential,
  issuePublic,
  limitedFixture,
  meRequest,
  observed,
  PUBLIC_ID,
  refreshForm,
  type LifecycleTransport,
} from '../helpers/lifecycle-tests.js';
import { TRANSPORTS, type Params } from '../helpers/transports.js';

describe.each(TRANSPORTS)('RFC 7009 §2.2 revocation response through the %s transport', (name) => {
  let t: LifecycleTransport;

  beforeAll(async () => {
    t = await createLifecycleTransport(name);
  });
  afterAll(async () => {
    await t.close();
  });

  const revoke = (form: Params, headers?: Readonly<Record<string, string>>) =>
    t.request(endpointRequest('/revoke', form, headers));
  const introspect = (token: string) => t.request(endpointRequest('/introspect', { token }));
  const me = (accessToken: string) => t.request(meRequest(accessToken));
  const refresh = (refreshToken: string) => t.request(refreshForm(refreshToken));

  describe('200 with an empty body and Cache-Control: no-store', () => {
    it('for a revoked access token', async () => {
      const tokens = await issueConfidential(t.fixture.server);
      expectRevoked(await revoke({ token: tokens.accessToken }));
    });

    it('for a revoked refresh token', async () => {
      const tokens = await issueConfidential(t.fixture.server);
      expectRevoked(await revoke({ token: tokens.refreshToken }));
    });

    it.each([
      ['a token the server never issued', 'never-issued-token'],
      ['a token-shaped random value', 'mF_9.B5f-4.1JqM'],
    ])('for %s ("invalid tokens do not cause an error response")', async (_what, token) => {
      expectRevoked(await revoke({ token }));
      expectRevoked(await revoke({ token, token_type_hint: 'refresh_token' }));
      expectRevoked(await revoke({ token, ...PUBLIC_ID }, {}));
    });

    it('for a token revoked already (the second request has nothing left to do)', async () => {
      const tokens = await issueConfidential(t.fixture.server);
      expectRevoked(await revoke({ token: tokens.refreshToken }));
      expectRevoked(await revoke({ token: tokens.refreshToken }));
      expectRevoked(await revoke({ token: tokens.accessToken }));
    });

    it('for an expired access token, which is then revoked too', async () => {
      const { store } = t.fixture;
      const client = store.getClient('confidential-client', null)!;
      const expired = 'expired-access-token';
      store.saveToken(
        { accessToken: expired, accessTokenExpiresAt: new Date(Date.now() - 60_000), scope: ['read'] },
        client,
        t.fixture.user,
      );
      expectRevoked(await revoke({ token: expired }));
      expect(store.getAccessToken(expired)).toBeUndefined();
    });

    it("for a public client's own token", async () => {
      const tokens = await issuePublic(t.fixture.server);
      expectRevoked(await revoke({ token: tokens.accessToken, ...PUBLIC_ID }, {}));
      expectMeInvalidToken(await me(tokens.accessToken));
    });
  });

  describe('revoking a refresh token revokes the access tokens of its grant', () => {
    it('the access tokens get 401 invalid_token, the refresh token invalid_grant, introspection inactive', async () => {
      const tokens = await issueConfidential(t.fixture.server);
      // A second access token (and a rotated refresh token) in the same grant.
      const refreshed = expectRefreshed(await refresh(tokens.refreshToken));
      expectMeOk(await me(refreshed.access_token));

      expectRevoked(await revoke({ token: refreshed.refresh_token!, token_type_hint: 'refresh_token' }));

      expectMeInvalidToken(await me(tokens.accessToken));
      expectMeInvalidToken(await me(refreshed.access_token));
      expectRefreshRefused(await refresh(refreshed.refresh_token!));
      expectInactive(await introspect(refreshed.refresh_token!));
      expectInactive(await introspect(refreshed.access_token));
    });

    it('other grants of the same client and user are untouched', async () => {
      const revoked = await issueConfidential(t.fixture.server);
      const kept = await issueConfidential(t.fixture.server);
      expectRevoked(await revoke({ token: revoked.refreshToken }));
      expectMeInvalidToken(await me(revoked.accessToken));
      expectMeOk(await me(kept.accessToken));
      expectRefreshed(await refresh(kept.refreshToken));
    });
  });

  describe('revoking an access token', () => {
    it('leaves its refresh token usable (the Model has revokeAccessToken)', async () => {
      expect(typeof t.fixture.store.revokeAccessToken).toBe('function');
      const tokens = await issueConfidential(t.fixture.server);
      expectRevoked(await revoke({ token: tokens.accessToken, token_type_hint: 'access_token' }));
      expectMeInvalidToken(await me(tokens.accessToken));
      expectInactive(await introspect(tokens.accessToken));
      const refreshed = expectRefreshed(await refresh(tokens.refreshToken));
      expectMeOk(await me(refreshed.access_token));
    });

    it('revokes only that access token, not another one of the same grant', async () => {
      const tokens = await issueConfidential(t.fixture.server);
      const refreshed = expectRefreshed(await refresh(tokens.refreshToken));
      expectRevoked(await revoke({ token: tokens.accessToken }));
      expectMeInvalidToken(await me(tokens.accessToken));
      expectMeOk(await me(refreshed.access_token));
    });

    it('a client_credentials token (no refresh token, no user) is revoked', async () => {
      const { accessToken } = await issueClientCredentials(t.fixture.server, { scope: 'read' });
      expectMeOk(await me(accessToken));
      expectRevoked(await revoke({ token: accessToken }));
      expectMeInvalidToken(await me(accessToken));
    });
  });

  /**
   * RFC 7009 §2.2: "An invalid token type hint value is ignored by the authorization server and does not
   * influence the revocation response."
   */
  it.each(['access token', 'x'.repeat(65), 'refresh_token\t', 'caf\u00e9', ''])(
    'an invalid token_type_hint value (%j) is ignored and does not influence the response',
    async (hint) => {
      const tokens = await issueConfidential(t.fixture.server);
      expectRevoked(await revoke({ token: tokens.accessToken, token_type_hint: hint }));
      expectMeInvalidToken(await me(tokens.accessToken));
    },
  );
});

describe.each(TRANSPORTS)('RFC 7009 §2.2.1 error responses through the %s transport', (name) => {
  describe('unsupported_token_type: a Model without revokeAccessToken and without revokeGrant', () => {
    let t: LifecycleTransport;

    beforeAll(async () => {
      t = await createLifecycleTransport(name, { fixture: limitedFixture });
    });
    afterAll(async () => {
      await t.close();
    });

    it('an access token → 400 unsupported_token_type, and it still works', async () => {
      const tokens = await issueConfidential(t.fixture.server);
      for (const hint of [undefined, 'access_token', 'refresh_token']) {
        const form: Params = hint
          ? { token: tokens.accessToken, token_type_hint: hint }
          : { token: tokens.accessToken };
        expectEndpointError(await t.request(endpointRequest('/revoke', form)), 'revoke', {
          status: 400,
          error: 'unsupported_token_type',
          description: 'Unsupported token type: access tokens cannot be revoked',
        });
      }
      expectMeOk(await t.request(meRequest(tokens.accessToken)));
    });

    it('a refresh token is still revoked (revokeToken), and an unknown token still gets 200', async () => {
      const tokens = await issueConfidential(t.fixture.server);
      expectRevoked(await t.request(endpointRequest('/revoke', { token: tokens.refreshToken })));
      expectRefreshRefused(await t.request(refreshForm(tokens.refreshToken)));
      expectRevoked(await t.request(endpointRequest('/revoke', { token: 'never-issued-token' })));
    });
  });

  describe('503 temporarily_unavailable with Retry-After when the Model does not answer in time', () => {
    let t: LifecycleTransport;
    let stalled = false;

    beforeAll(async () => {
      t = await createLifecycleTransport(name, {
        server: { modelTimeout: 50 },
        fixture: async (options) => {
          const fixture = await createFixture(options);
          const { store } = fixture;
          const getAccessToken = store.getAccessToken.bind(store);
          // Stalls the lookup when asked to; the rest of the Model answers.
          vi.spyOn(store, 'getAccessToken').mockImplementation((token: string) =>
            stalled ? (new Promise<never>(() => {}) as unknown as Token) : getAccessToken(token),
          );
          return fixture;
        },
      });
    });
    afterAll(async () => {
      vi.restoreAllMocks();
      await t.close();
    });

    it('the client is told to retry, and the token was not revoked', async () => {
      const tokens = await issueConfidential(t.fixture.server);
      stalled = true;
      const response = await t.request(endpointRequest('/revoke', { token: tokens.accessToken }));
      stalled = false;
      expectEndpointError(response, 'revoke', {
        status: 503,
        error: 'temporarily_unavailable',
        description: 'Temporarily unavailable: try again later',
      });
      expectMeOk(await t.request(meRequest(tokens.accessToken)));
    });
  });
});

describe('RFC 7009 §2.2 through the core API: server.revoke(request, response, [callback])', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture();
  });

  it('resolves with what was revoked, and writes 200 with no body', async () => {
    const tokens = await issueConfidential(f.server);
    const { response, value, error } = await settle((res) =>
      f.server.revoke(formRequest({ token: tokens.refreshToken }, CONFIDENTIAL_BASIC), res),
    );
    expect(error).toBeUndefined();
    expect(value).toMatchObject({ client: { id: 'confidential-client' } });
    expectRevoked(observed(response));
  });

  it('resolves with undefined for an unknown token', async () => {
    const { response, value, error } = await settle((res) =>
      f.server.revoke(formRequest({ token: 'never-issued-token' }, CONFIDENTIAL_BASIC), res),
    );
    expect({ value, error }).toEqual({ value: undefined, error: undefined });
    expectRevoked(observed(response));
  });

  it('rejects with the OAuth error it wrote to the response', async () => {
    const tokens = await issueConfidential(f.server);
    const { response, error } = await settle((res) =>
      f.server.revoke(formRequest({ token: tokens.accessToken }), res),
    );
    expect(error?.name).toBe('invalid_client');
    expect(error?.message).toBe('Invalid client: cannot retrieve client credentials');
    expectEndpointError(observed(response), 'revoke', {
      status: 400,
      error: 'invalid_client',
      description: 'Invalid client: cannot retrieve client credentials',
    });
  });

  it('calls a Node-style callback: (null, token) on success, (error) on failure', async () => {
    const tokens = await issueConfidential(f.server);
    const success = await new Promise<unknown[]>((resolve) => {
      void f.server.revoke(
        formRequest({ token: tokens.accessToken }, CONFIDENTIAL_BASIC),
        plainTarget(),
        (...args) => resolve(args),
      );
    });
    expect(success[0]).toBeNull();
    expect(success[1]).toMatchObject({ client: { id: 'confidential-client' } });
    const failure = await new Promise<unknown[]>((resolve) => {
      void f.server.revoke(formRequest({}, CONFIDENTIAL_BASIC), plainTarget(), (...args) => resolve(args));
    });
    expect(failure).toHaveLength(1);
    expect(failure[0]).toMatchObject({ name: 'invalid_request', message: 'Missing parameter: `token`' });
  });

  it('a Model that can revoke nothing has no revoke(): calling it is an InvalidArgumentError', async () => {
    const client: Client = { id: 'c', grants: ['client_credentials'] };
    const server = new OAuth2Server({
      model: { getClient: () => client, saveToken: (token: Token) => token },
    });
    expect(server.resolvedOptions.capabilities.revocation).toBe(false);
    const { error } = await settle((res) => server.revoke(formRequest({ token: 'x' }), res));
    expect(error?.name).toBe('invalid_argument');
    expect(error?.message).toBe('Invalid argument: the model does not support token revocation');
  });
});

/** A plain response target for the callback API. */
function plainTarget(): { headers: Record<string, string> } {
  return { headers: {} };
}
