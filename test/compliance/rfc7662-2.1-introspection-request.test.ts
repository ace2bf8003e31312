/*
 * RFC 7662 §2.1 Introspection Request (https://www.rfc-editor.org/rfc/rfc7662#section-2.1)
 *
 *   "token
 *       REQUIRED.  The string value of the token.  For access tokens, this is the "access_token" value returned
 *       from the token endpoint defined in OAuth 2.0 [RFC6749], Section 5.1.  For refresh tokens, this is the
 *       "refresh_token" value returned from the token endpoint as defined in OAuth 2.0 [RFC6749], Section 5.1.
 *
 *    token_type_hint
 *       OPTIONAL.  A hint about the type of the token submitted for introspection.  The protected resource MAY
 *       pass this parameter to help the authorization server optimize the token lookup.  If the server is unable
 *       to locate the token using the given hint, it MUST extend its search across all of its supported token
 *       types.  An authorization server MAY ignore this parameter, particularly if it is able to detect the token
 *       type automatically."
 *
 *   "To prevent token scanning attacks, the endpoint MUST also require some form of authorization to access this
 *    endpoint, such as client authentication as described in OAuth 2.0 [RFC6749] or a separate OAuth 2.0 access
 *    token such as the bearer token described in OAuth 2.0 Bearer Token Usage [RFC6750]."
 *
 * RFC 7662 §2.3 Error Response
 *
 *   "If the protected resource uses OAuth 2.0 client credentials to authenticate to the introspection endpoint
 *    and its credentials are invalid, the authorization server responds with an HTTP 401 (Unauthorized) as
 *    described in Section 5.2 of OAuth 2.0 [RFC6749]."
 *
 * This server authorizes introspection by client authentication: a confidential client's credentials, never a
 * public client's bare client_id. Every failure is 401 with a `Basic` challenge, however the credentials came. Run through the core, the Express adapter and the node adapter; every answer
 * is held to the contract (operationId `introspect`).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { basic, CONFIDENTIAL } from '../helpers/oauth.js';
import {
  CONFIDENTIAL_BASIC,
  CONFIDENTIAL_POST,
  createLifecycleTransport,
  endpointRequest,
  expectActive,
  expectEndpointError,
  expectInactive,
  issueConfidential,
  issuePublic,
  OTHER_BASIC,
  PUBLIC_ID,
  type LifecycleTransport,
} from '../helpers/lifecycle-tests.js';
import { addOtherClient } from '../helpers/token-tests.js';
import { TRANSPORTS, type Params } from '../helpers/transports.js';

describe.each(TRANSPORTS)('RFC 7662 §2.1 introspection request through the %s transport', (name) => {
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

  const introspect = (form: Params, headers?: Readonly<Record<string, string>>) =>
    t.request(endpointRequest('/introspect', form, headers));

  describe('"the endpoint MUST also require some form of authorization": client authentication', () => {
    it('client_secret_basic → 200, the token described', async () => {
      const tokens = await issueConfidential(t.fixture.server);
      const body = expectActive(await introspect({ token: tokens.accessToken }, CONFIDENTIAL_BASIC));
      expect(body.client_id).toBe(CONFIDENTIAL.id);
    });

    it('client_secret_post → 200, the token described', async () => {
      const tokens = await issueConfidential(t.fixture.server);
      const body = expectActive(await introspect({ token: tokens.accessToken, ...CONFIDENTIAL_POST }, {}));
      expect(body.client_id).toBe(CONFIDENTIAL.id);
    });

    it('a resource server (another confidential client) may introspect a token it did not get itself', async () => {
      const tokens = await issueConfidential(t.fixture.server);
      const body = expectActive(await introspect({ token: tokens.accessToken }, OTHER_BASIC));
      expect(body.client_id).toBe(CONFIDENTIAL.id);
    });

    it('a public client (client_id only) → 401 invalid_client, even for its own token', async () => {
      const tokens = await issuePublic(t.fixture.server);
      for (const token of [tokens.accessToken, tokens.refreshToken, 'never-issued-token']) {
        expectEndpointError(await introspect({ token, ...PUBLIC_ID }, {}), 'introspect', {
          status: 401,
          error: 'invalid_client',
          description: 'Invalid client: introspection requires client authentication',
        });
      }
    });

    it('no credentials → 401 invalid_client (no token scanning without authorization)', async () => {
      const tokens = await issueConfidential(t.fixture.server);
      for (const token of [tokens.accessToken, 'never-issued-token']) {
        expectEndpointError(await introspect({ token }, {}), 'introspect', {
          status: 401,
          error: 'invalid_client',
          description: 'Invalid client: cannot retrieve client credentials',
        });
      }
    });

    it('a wrong secret in the Authorization header → 401 invalid_client with a Basic challenge', async () => {
      const tokens = await issueConfidential(t.fixture.server);
      const response = await introspect(
        { token: tokens.accessToken },
        { authorization: basic(CONFIDENTIAL.id, 'wrong-secret') },
      );
      expectEndpointError(response, 'introspect', {
        status: 401,
        error: 'invalid_client',
        description: 'Invalid client: client is invalid',
      });
    });

    it('a wrong secret in the body → 401 invalid_client (RFC 7662 §2.3)', async () => {
      const tokens = await issueConfidential(t.fixture.server);
      const response = await introspect(
        { token: tokens.accessToken, client_id: CONFIDENTIAL.id, client_secret: 'wrong-secret' },
        {},
      );
      expectEndpointError(response, 'introspect', {
        status: 401,
        error: 'invalid_client',
        description: 'Invalid client: client is invalid',
      });
    });

    it('a confidential client that sends only its client_id → 401 invalid_client', async () => {
      const tokens = await issueConfidential(t.fixture.server);
      expectEndpointError(
        await introspect({ token: tokens.accessToken, client_id: CONFIDENTIAL.id }, {}),
        'introspect',
        {
          status: 401,
          error: 'invalid_client',
          description: 'Invalid client: client authentication is required',
        },
      );
    });

    it('a bearer token instead of client credentials → 401 invalid_client with a Basic challenge', async () => {
      const tokens = await issueConfidential(t.fixture.server);
      const response = await introspect(
        { token: tokens.accessToken },
        { authorization: `Bearer ${tokens.accessToken}` },
      );
      expectEndpointError(response, 'introspect', {
        status: 401,
        error: 'invalid_client',
        description: 'Invalid client: unsupported authentication scheme',
      });
    });
  });

  describe('token_type_hint is honoured but not trusted', () => {
    it('a refresh token sent with token_type_hint=access_token is still found', async () => {
      const tokens = await issueConfidential(t.fixture.server);
      const body = expectActive(
        await introspect({ token: tokens.refreshToken, token_type_hint: 'access_token' }),
      );
      expect(body.token_type).toBe('refresh_token');
    });

    it('an access token sent with token_type_hint=refresh_token is still found', async () => {
      const tokens = await issueConfidential(t.fixture.server);
      const body = expectActive(
        await introspect({ token: tokens.accessToken, token_type_hint: 'refresh_token' }),
      );
      expect(body.token_type).toBe('Bearer');
    });

    it.each(['id_token', 'urn:example:token-type:custom', 'Refresh_Token'])(
      'an unknown hint (%s) is ignored',
      async (hint) => {
        const tokens = await issueConfidential(t.fixture.server);
        expect(
          expectActive(await introspect({ token: tokens.accessToken, token_type_hint: hint })).token_type,
        ).toBe('Bearer');
        expect(
          expectActive(await introspect({ token: tokens.refreshToken, token_type_hint: hint })).token_type,
        ).toBe('refresh_token');
        expectInactive(await introspect({ token: 'never-issued-token', token_type_hint: hint }));
      },
    );

    it('the hint is honoured: token_type_hint=refresh_token searches the refresh tokens first', async () => {
      const tokens = await issueConfidential(t.fixture.server);
      const getAccessToken = vi.spyOn(t.fixture.store, 'getAccessToken');
      const getRefreshToken = vi.spyOn(t.fixture.store, 'getRefreshToken');
      expectActive(await introspect({ token: tokens.refreshToken, token_type_hint: 'refresh_token' }));
      expect(getRefreshToken).toHaveBeenCalledWith(tokens.refreshToken);
      expect(getAccessToken).not.toHaveBeenCalled();
    });

    it('a wrong hint only costs a second lookup: the search extends to the other type', async () => {
      const tokens = await issueConfidential(t.fixture.server);
      const getAccessToken = vi.spyOn(t.fixture.store, 'getAccessToken');
      const getRefreshToken = vi.spyOn(t.fixture.store, 'getRefreshToken');
      expectActive(await introspect({ token: tokens.accessToken, token_type_hint: 'refresh_token' }));
      expect(getRefreshToken).toHaveBeenCalledWith(tokens.accessToken);
      expect(getAccessToken).toHaveBeenCalledWith(tokens.accessToken);
      expect(getRefreshToken.mock.invocationCallOrder[0]).toBeLessThan(
        getAccessToken.mock.invocationCallOrder[0]!,
      );
    });
  });

  describe('the request: an HTTP POST with a form-encoded body and a token', () => {
    it('GET → 400 invalid_request', async () => {
      const tokens = await issueConfidential(t.fixture.server);
      const response = await t.request({
        method: 'GET',
        path: '/introspect',
        query: { token: tokens.accessToken },
        headers: CONFIDENTIAL_BASIC,
      });
      expectEndpointError(response, 'introspect', {
        status: 400,
        error: 'invalid_request',
        description: 'Invalid request: method must be POST',
      });
    });

    it('a JSON body → 400 invalid_request', async () => {
      const tokens = await issueConfidential(t.fixture.server);
      const response = await t.request({
        method: 'POST',
        path: '/introspect',
        body: JSON.stringify({ token: tokens.accessToken }),
        headers: { ...CONFIDENTIAL_BASIC, 'content-type': 'application/json' },
      });
      expectEndpointError(response, 'introspect', {
        status: 400,
        error: 'invalid_request',
        description: 'Invalid request: content must be application/x-www-form-urlencoded',
      });
    });

    it.each([
      ['no token', {}],
      ['an empty token', { token: '' }],
    ])('%s → 400 invalid_request "Missing parameter: `token`"', async (_what, form) => {
      expectEndpointError(await introspect(form), 'introspect', {
        status: 400,
        error: 'invalid_request',
        description: 'Missing parameter: `token`',
      });
    });

    it('the token twice → 400 invalid_request', async () => {
      const tokens = await issueConfidential(t.fixture.server);
      expectEndpointError(
        await introspect({ token: [tokens.accessToken, tokens.refreshToken] }),
        'introspect',
        {
          status: 400,
          error: 'invalid_request',
          description: 'Invalid request: `token` is included more than once',
        },
      );
    });
  });
});
