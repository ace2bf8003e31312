/*
 * RFC 7009 §2.1 Revocation Request (https://www.rfc-editor.org/rfc/rfc7009#section-2.1)
 *
 *   "The client constructs the request by including the following parameters using the
 *    "application/x-www-form-urlencoded" format in the HTTP request entity-body:
 *
 *    token   REQUIRED.  The token that the client wants to get revoked.
 *
 *    token_type_hint  OPTIONAL.  A hint about the type of the token submitted for revocation.  Clients MAY pass
 *       this parameter in order to help the authorization server to optimize the token lookup.  If the server is
 *       unable to locate the token using the given hint, it MUST extend its search across all of its supported
 *       token types.  An authorization server MAY ignore this parameter, particularly if it is able to detect the
 *       token type automatically."
 *
 *   "The client also includes its authentication credentials as described in Section 2.3. of [RFC6749]."
 *
 *   "The authorization server first validates the client credentials (in case of a confidential client) and then
 *    verifies whether the token was issued to the client making the revocation request.  If this validation
 *    fails, the request is refused and the client is informed of the error by the authorization server as
 *    described below."
 *
 *   "In the next step, the authorization server invalidates the token.  The invalidation takes place immediately,
 *    and the token cannot be used again after the revocation."
 *
 * RFC 7009 §2 ("The client requests the revocation of a particular token by making an HTTP POST request to the
 * token revocation endpoint URL."), and RFC 6749 §5.2 for failed client authentication: "If the client attempted
 * to authenticate via the "Authorization" request header field, the authorization server MUST respond with an
 * HTTP 401 (Unauthorized) status code and include the "WWW-Authenticate" response header field matching the
 * authentication scheme used by the client."
 *
 * Run through the core, the Express adapter and the node adapter; every answer is held to the contract
 * (operationId `revoke`).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { basic, CONFIDENTIAL, PUBLIC } from '../helpers/oauth.js';
import {
  CONFIDENTIAL_BASIC,
  CONFIDENTIAL_POST,
  createLifecycleTransport,
  endpointRequest,
  expectEndpointError,
  expectMeInvalidToken,
  expectMeOk,
  expectRefreshed,
  expectRefreshRefused,
  expectRevoked,
  issueConfidential,
  issueOther,
  issuePublic,
  meRequest,
  OTHER_BASIC,
  PUBLIC_ID,
  refreshForm,
  type LifecycleTransport,
} from '../helpers/lifecycle-tests.js';
import { addOtherClient, OTHER } from '../helpers/token-tests.js';
import { TRANSPORTS, type Params } from '../helpers/transports.js';

describe.each(TRANSPORTS)('RFC 7009 §2.1 revocation request through the %s transport', (name) => {
  let t: LifecycleTransport;

  beforeAll(async () => {
    t = await createLifecycleTransport(name);
    addOtherClient(t.fixture.store);
  });
  afterAll(async () => {
    await t.close();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const revoke = (form: Params, headers?: Readonly<Record<string, string>>) =>
    t.request(endpointRequest('/revoke', form, headers));
  const me = (accessToken: string) => t.request(meRequest(accessToken));
  const refresh = (refreshToken: string) => t.request(refreshForm(refreshToken));

  describe('the client authenticates as at the token endpoint (RFC 6749 §2.3)', () => {
    it('client_secret_basic: the access token is revoked at once', async () => {
      const tokens = await issueConfidential(t.fixture.server);
      expectMeOk(await me(tokens.accessToken));
      expectRevoked(await revoke({ token: tokens.accessToken }, CONFIDENTIAL_BASIC));
      expectMeInvalidToken(await me(tokens.accessToken));
    });

    it('client_secret_post: the credentials in the body work the same', async () => {
      const tokens = await issueConfidential(t.fixture.server);
      expectRevoked(await revoke({ token: tokens.accessToken, ...CONFIDENTIAL_POST }, {}));
      expectMeInvalidToken(await me(tokens.accessToken));
    });

    it('a public client identifies itself with client_id and revokes its own refresh token', async () => {
      const tokens = await issuePublic(t.fixture.server);
      expectRevoked(await revoke({ token: tokens.refreshToken, ...PUBLIC_ID }, {}));
      const attempt = await t.request({
        method: 'POST',
        path: '/token',
        form: { grant_type: 'refresh_token', refresh_token: tokens.refreshToken, client_id: PUBLIC.id },
      });
      expectRefreshRefused(attempt);
      expectMeInvalidToken(await me(tokens.accessToken));
    });

    it('a wrong secret in the Authorization header → 401 invalid_client with a Basic challenge; nothing revoked', async () => {
      const tokens = await issueConfidential(t.fixture.server);
      const response = await revoke(
        { token: tokens.accessToken },
        { authorization: basic(CONFIDENTIAL.id, 'wrong-secret') },
      );
      expectEndpointError(response, 'revoke', {
        status: 401,
        error: 'invalid_client',
        description: 'Invalid client: client is invalid',
      });
      expectMeOk(await me(tokens.accessToken));
    });

    it('an unknown client in the Authorization header → 401 invalid_client with a Basic challenge', async () => {
      const tokens = await issueConfidential(t.fixture.server);
      const response = await revoke(
        { token: tokens.accessToken },
        { authorization: basic('nobody', 'secret') },
      );
      expectEndpointError(response, 'revoke', {
        status: 401,
        error: 'invalid_client',
        description: 'Invalid client: client is invalid',
      });
      expectMeOk(await me(tokens.accessToken));
    });

    it('a wrong secret in the body → 400 invalid_client, no challenge; nothing revoked', async () => {
      const tokens = await issueConfidential(t.fixture.server);
      const response = await revoke(
        { token: tokens.accessToken, client_id: CONFIDENTIAL.id, client_secret: 'wrong-secret' },
        {},
      );
      expectEndpointError(response, 'revoke', {
        status: 400,
        error: 'invalid_client',
        description: 'Invalid client: client is invalid',
      });
      expectMeOk(await me(tokens.accessToken));
    });

    it('no credentials at all → 400 invalid_client; nothing revoked', async () => {
      const tokens = await issueConfidential(t.fixture.server);
      expectEndpointError(await revoke({ token: tokens.accessToken }, {}), 'revoke', {
        status: 400,
        error: 'invalid_client',
        description: 'Invalid client: cannot retrieve client credentials',
      });
      expectMeOk(await me(tokens.accessToken));
    });

    it('a confidential client that sends only its client_id → 400 invalid_client; nothing revoked', async () => {
      const tokens = await issueConfidential(t.fixture.server);
      const response = await revoke({ token: tokens.refreshToken, client_id: CONFIDENTIAL.id }, {});
      expectEndpointError(response, 'revoke', {
        status: 400,
        error: 'invalid_client',
        description: 'Invalid client: client authentication is required',
      });
      expectRefreshed(await refresh(tokens.refreshToken));
    });

    it('two authentication methods in one request (Basic and client_secret) → 400 invalid_request', async () => {
      const tokens = await issueConfidential(t.fixture.server);
      const response = await revoke(
        { token: tokens.accessToken, client_secret: CONFIDENTIAL.secret },
        CONFIDENTIAL_BASIC,
      );
      expectEndpointError(response, 'revoke', {
        status: 400,
        error: 'invalid_request',
        description: 'Invalid request: only one client authentication method is allowed',
      });
      expectMeOk(await me(tokens.accessToken));
    });

    it('another authentication scheme (a bearer token) → 401 invalid_client with a Basic challenge', async () => {
      const tokens = await issueConfidential(t.fixture.server);
      const response = await revoke(
        { token: tokens.accessToken },
        { authorization: `Bearer ${tokens.accessToken}` },
      );
      expectEndpointError(response, 'revoke', {
        status: 401,
        error: 'invalid_client',
        description: 'Invalid client: unsupported authentication scheme',
      });
      expectMeOk(await me(tokens.accessToken));
    });
  });

  describe('token_type_hint is honoured but not trusted', () => {
    it('a refresh token sent with token_type_hint=access_token is still revoked (with its grant)', async () => {
      const tokens = await issueConfidential(t.fixture.server);
      expectRevoked(await revoke({ token: tokens.refreshToken, token_type_hint: 'access_token' }));
      expectRefreshRefused(await refresh(tokens.refreshToken));
      expectMeInvalidToken(await me(tokens.accessToken));
    });

    it('an access token sent with token_type_hint=refresh_token is still revoked; its refresh token is not', async () => {
      const tokens = await issueConfidential(t.fixture.server);
      expectRevoked(await revoke({ token: tokens.accessToken, token_type_hint: 'refresh_token' }));
      expectMeInvalidToken(await me(tokens.accessToken));
      expectRefreshed(await refresh(tokens.refreshToken));
    });

    it.each(['id_token', 'urn:example:token-type:custom', 'ACCESS_TOKEN', 'refresh'])(
      'an unknown hint (%s) is ignored: both token types are still revoked',
      async (hint) => {
        const first = await issueConfidential(t.fixture.server);
        expectRevoked(await revoke({ token: first.accessToken, token_type_hint: hint }));
        expectMeInvalidToken(await me(first.accessToken));
        const second = await issueConfidential(t.fixture.server);
        expectRevoked(await revoke({ token: second.refreshToken, token_type_hint: hint }));
        expectRefreshRefused(await refresh(second.refreshToken));
      },
    );

    it('an empty hint counts as no hint', async () => {
      const tokens = await issueConfidential(t.fixture.server);
      expectRevoked(await revoke({ token: tokens.refreshToken, token_type_hint: '' }));
      expectRefreshRefused(await refresh(tokens.refreshToken));
    });

    it('the hint is honoured: with token_type_hint=refresh_token the refresh tokens are searched first', async () => {
      const tokens = await issueConfidential(t.fixture.server);
      const { store } = t.fixture;
      const getAccessToken = vi.spyOn(store, 'getAccessToken');
      const getRefreshToken = vi.spyOn(store, 'getRefreshToken');
      expectRevoked(await revoke({ token: tokens.refreshToken, token_type_hint: 'refresh_token' }));
      expect(getRefreshToken).toHaveBeenCalledWith(tokens.refreshToken);
      // Found as a refresh token: never looked up as an access token.
      expect(getAccessToken).not.toHaveBeenCalled();
    });

    it('the hint is honoured: with token_type_hint=access_token the access tokens are searched first', async () => {
      const tokens = await issueConfidential(t.fixture.server);
      const { store } = t.fixture;
      const getAccessToken = vi.spyOn(store, 'getAccessToken');
      const getRefreshToken = vi.spyOn(store, 'getRefreshToken');
      expectRevoked(await revoke({ token: tokens.refreshToken, token_type_hint: 'access_token' }));
      // Not found as an access token, so the search is extended to refresh tokens (§2.1 "MUST extend its search").
      expect(getAccessToken).toHaveBeenCalledWith(tokens.refreshToken);
      expect(getRefreshToken).toHaveBeenCalledWith(tokens.refreshToken);
      expect(getAccessToken.mock.invocationCallOrder[0]).toBeLessThan(
        getRefreshToken.mock.invocationCallOrder[0]!,
      );
    });
  });

  describe('only the client the token was issued to may revoke it', () => {
    const ANOTHER_CLIENT = {
      status: 400,
      error: 'invalid_request',
      description: 'Invalid request: the token was issued to another client',
    } as const;

    it('another confidential client presenting the access token → 400 invalid_request; the token still works', async () => {
      const tokens = await issueConfidential(t.fixture.server);
      expectEndpointError(await revoke({ token: tokens.accessToken }, OTHER_BASIC), 'revoke', ANOTHER_CLIENT);
      expectMeOk(await me(tokens.accessToken));
      expectRefreshed(await refresh(tokens.refreshToken));
    });

    it('another confidential client presenting the refresh token → 400 invalid_request; the grant still works', async () => {
      const tokens = await issueConfidential(t.fixture.server);
      expectEndpointError(
        await revoke({ token: tokens.refreshToken, token_type_hint: 'refresh_token' }, OTHER_BASIC),
        'revoke',
        ANOTHER_CLIENT,
      );
      expectMeOk(await me(tokens.accessToken));
      expectRefreshed(await refresh(tokens.refreshToken));
    });

    it("a public client presenting a confidential client's token → 400 invalid_request; the token still works", async () => {
      const tokens = await issueConfidential(t.fixture.server);
      expectEndpointError(
        await revoke({ token: tokens.accessToken, ...PUBLIC_ID }, {}),
        'revoke',
        ANOTHER_CLIENT,
      );
      expectMeOk(await me(tokens.accessToken));
    });

    it('the owner may revoke what another client could not', async () => {
      const tokens = await issueOther(t.fixture.server);
      expectEndpointError(
        await revoke({ token: tokens.refreshToken }, CONFIDENTIAL_BASIC),
        'revoke',
        ANOTHER_CLIENT,
      );
      expectMeOk(await me(tokens.accessToken));
      expectRevoked(await revoke({ token: tokens.refreshToken }, OTHER_BASIC));
      expectMeInvalidToken(await me(tokens.accessToken));
    });
  });

  describe('the request: an HTTP POST with a form-encoded body and a token', () => {
    it('GET → 400 invalid_request; nothing revoked', async () => {
      const tokens = await issueConfidential(t.fixture.server);
      const response = await t.request({
        method: 'GET',
        path: '/revoke',
        query: { token: tokens.accessToken },
        headers: CONFIDENTIAL_BASIC,
      });
      expectEndpointError(response, 'revoke', {
        status: 400,
        error: 'invalid_request',
        description: 'Invalid request: method must be POST',
      });
      expectMeOk(await me(tokens.accessToken));
    });

    it('a JSON body → 400 invalid_request; nothing revoked', async () => {
      const tokens = await issueConfidential(t.fixture.server);
      const response = await t.request({
        method: 'POST',
        path: '/revoke',
        body: JSON.stringify({ token: tokens.accessToken }),
        headers: { ...CONFIDENTIAL_BASIC, 'content-type': 'application/json' },
      });
      expectEndpointError(response, 'revoke', {
        status: 400,
        error: 'invalid_request',
        description: 'Invalid request: content must be application/x-www-form-urlencoded',
      });
      expectMeOk(await me(tokens.accessToken));
    });

    it('no token → 400 invalid_request "Missing parameter: `token`"', async () => {
      expectEndpointError(await revoke({ token_type_hint: 'access_token' }), 'revoke', {
        status: 400,
        error: 'invalid_request',
        description: 'Missing parameter: `token`',
      });
    });

    it('an empty token counts as missing', async () => {
      expectEndpointError(await revoke({ token: '' }), 'revoke', {
        status: 400,
        error: 'invalid_request',
        description: 'Missing parameter: `token`',
      });
    });

    it('the token twice → 400 invalid_request; nothing revoked', async () => {
      const tokens = await issueConfidential(t.fixture.server);
      const response = await revoke({ token: [tokens.accessToken, tokens.accessToken] });
      expectEndpointError(response, 'revoke', {
        status: 400,
        error: 'invalid_request',
        description: 'Invalid request: `token` is included more than once',
      });
      expectMeOk(await me(tokens.accessToken));
    });

    it('client authentication is checked before the token: a bad client learns nothing about it', async () => {
      const response = await revoke({ token: 'unknown-token' }, { authorization: basic(OTHER.id, 'wrong') });
      expectEndpointError(response, 'revoke', {
        status: 401,
        error: 'invalid_client',
        description: 'Invalid client: client is invalid',
      });
    });
  });
});
