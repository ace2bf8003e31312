/**
 * RFC 6750 §3, The WWW-Authenticate Response Header Field (https://www.rfc-editor.org/rfc/rfc6750#section-3):
 *
 *   "If the protected resource request does not include authentication credentials or does not contain an
 *    access token that enables access to the protected resource, the resource server MUST include the HTTP
 *    "WWW-Authenticate" response header field; it MAY include it in response to other conditions as well. [...]
 *    All challenges defined by this specification MUST use the auth-scheme value "Bearer". This scheme MUST be
 *    followed by one or more auth-param values. [...] A "realm" attribute MAY be included to indicate the scope
 *    of protection [...]. The "scope" attribute is defined in Section 3.3 of [RFC6749]. [...] If the protected
 *    resource request included an access token and failed authentication, the resource server SHOULD include the
 *    "error" attribute to provide the client with the reason why the access request was declined. [...] In
 *    addition, the resource server MAY include the "error_description" attribute to provide developers a
 *    human-readable explanation that is not meant to be displayed to end-users."
 *
 * RFC 6750 §3.1, Error Codes:
 *
 *   "If the request lacks any authentication information (e.g., the client was unaware that authentication is
 *    necessary or attempted using an unsupported authentication method), the resource server SHOULD NOT include
 *    an error code or other error information. [...]
 *    invalid_token: The access token provided is expired, revoked, malformed, or invalid for other reasons. The
 *       resource SHOULD respond with the HTTP 401 (Unauthorized) status code. [...]
 *    insufficient_scope: The request requires higher privileges than provided by the access token. The resource
 *       server SHOULD respond with the HTTP 403 (Forbidden) status code and MAY include the "scope" attribute
 *       with the scope necessary to access the protected resource."
 *
 * Checklist: BA-06, BA-07, R01, R18–R21, R24, R25; §5.1 (Model failure: "Resource: 500/503 without invalid_token").
 */
import vm from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import {
  OAuth2Server,
  Request,
  type RequestAuthenticationModel,
  type Response,
  type Token,
} from '../../src/index.js';
import type { MemoryStore } from '../../src/stores/memory.js';
import { expectMatchesContract } from '../helpers/contract.js';
import { SECRET_MESSAGE, faulty, type Fault } from '../helpers/faults.js';
import {
  CONFIDENTIAL,
  createFixture,
  obtainCode,
  redeemCode,
  settle,
  tokenRequest,
  VERIFIER,
} from '../helpers/oauth.js';

const TOKEN = 'mF_9.B5f-4.1JqM';
const SERVER_ERROR = {
  error: 'server_error',
  error_description: 'Server error: the request could not be completed',
};

async function setup(scope: string[] | null = ['read'], lifetimeMs = 3_600_000) {
  const fixture = await createFixture();
  const client = fixture.store.getClient(CONFIDENTIAL.id, null)!;
  const data = scope
    ? { accessToken: TOKEN, accessTokenExpiresAt: new Date(Date.now() + lifetimeMs), scope }
    : { accessToken: TOKEN, accessTokenExpiresAt: new Date(Date.now() + lifetimeMs) };
  fixture.store.saveToken(data, client, fixture.user);
  return { ...fixture, getAccessToken: vi.spyOn(fixture.store, 'getAccessToken') };
}

function bearer(token = TOKEN): Request {
  return new Request({ method: 'GET', query: {}, headers: { authorization: `Bearer ${token}` } });
}

async function getMe(server: OAuth2Server, request: Request, options?: Record<string, unknown> | string) {
  const result = await settle((response) => server.authenticate(request, response, options));
  if (result.value) result.response.body = meBody(result.value);
  return result;
}

function meBody(token: Token): Record<string, string> {
  const username = token.user?.username;
  const body: Record<string, string> = {
    sub: typeof username === 'string' ? username : token.client.id,
    client_id: token.client.id,
  };
  if (token.scope) body.scope = token.scope.join(' ');
  return body;
}

/** A Model for `authenticate()` only, reading from the store, with optional extra functions. */
function resourceModel(
  store: MemoryStore,
  extra: Partial<RequestAuthenticationModel> = {},
): RequestAuthenticationModel {
  return { getAccessToken: (token) => store.getAccessToken(token), ...extra };
}

function expectServerFailure(response: Response, status = 500): void {
  expect(response.status).toBe(status);
  expect(response.body).toEqual(
    status === 503
      ? {
          error: 'temporarily_unavailable',
          error_description: 'Temporarily unavailable: try again later',
        }
      : SERVER_ERROR,
  );
  // The client must not discard a good token because the server failed (R25).
  expect(response.headers['www-authenticate'] ?? '').not.toMatch(/error=/);
  expect(JSON.stringify(response)).not.toContain('hunter2');
  expect(JSON.stringify(response)).not.toContain('ECONNREFUSED');
  expectMatchesContract(response, 'getMe');
}

describe('RFC 6750 §3.1: no authentication information is a bare challenge (R01, BA-06)', () => {
  it('no credentials: 401, `WWW-Authenticate: Bearer realm="Service"`, no error, no body', async () => {
    const { server, getAccessToken } = await setup();
    const request = new Request({ method: 'GET', query: {}, headers: {} });
    const { response, error } = await getMe(server, request);
    expect(error?.name).toBe('unauthorized_request');
    expect(error?.message).toBe('Unauthorized request: no authentication given');
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Bearer realm="Service"');
    expect(response.body).toBeUndefined();
    expect(getAccessToken).not.toHaveBeenCalled();
    expectMatchesContract(response, 'getMe');
  });

  it.each(['Basic Y2xpZW50OnNlY3JldA==', 'DPoP eyJhbGciOiJFUzI1NiJ9', 'Digest username="x"', 'Negotiate'])(
    'an unsupported scheme (%s) is answered like no credentials (BA-06)',
    async (authorization) => {
      const { server, getAccessToken } = await setup();
      const request = new Request({ method: 'GET', query: {}, headers: { authorization } });
      const { response } = await getMe(server, request);
      expect(response.status).toBe(401);
      expect(response.headers['www-authenticate']).toBe('Bearer realm="Service"');
      expect(response.body).toBeUndefined();
      expect(getAccessToken).not.toHaveBeenCalled();
      expectMatchesContract(response, 'getMe');
    },
  );

  it('the realm option names the realm of every challenge', async () => {
    const { store } = await setup();
    const server = new OAuth2Server({ model: store, realm: 'example api' });
    const bare = await getMe(server, new Request({ method: 'GET', query: {}, headers: {} }));
    expect(bare.response.headers['www-authenticate']).toBe('Bearer realm="example api"');
    expectMatchesContract(bare.response, 'getMe');
    const unknown = await getMe(server, bearer('unknown'));
    expect(unknown.response.headers['www-authenticate']).toBe(
      'Bearer realm="example api", error="invalid_token", error_description="Invalid token: access token is invalid"',
    );
    expectMatchesContract(unknown.response, 'getMe');
  });
});

describe('RFC 6750 §3.1: invalid_token (R18, R19, BA-07)', () => {
  it('an unknown token: 401 invalid_token, with error and error_description in the challenge (R18)', async () => {
    const { server, getAccessToken } = await setup();
    const { response, error } = await getMe(server, bearer('unknown-token'));
    expect(error?.name).toBe('invalid_token');
    expect(response.status).toBe(401);
    expect(response.body).toEqual({
      error: 'invalid_token',
      error_description: 'Invalid token: access token is invalid',
    });
    expect(response.headers['www-authenticate']).toBe(
      'Bearer realm="Service", error="invalid_token", error_description="Invalid token: access token is invalid"',
    );
    expect(response.headers['cache-control']).toBe('no-store');
    expect(getAccessToken).toHaveBeenCalledExactlyOnceWith('unknown-token');
    expectMatchesContract(response, 'getMe');
  });

  it('an expired token: 401 invalid_token "access token has expired" (R19)', async () => {
    const { server } = await setup(['read'], -1000);
    const { response } = await getMe(server, bearer());
    expect(response.status).toBe(401);
    expect(response.body).toEqual({
      error: 'invalid_token',
      error_description: 'Invalid token: access token has expired',
    });
    expect(response.headers['www-authenticate']).toBe(
      'Bearer realm="Service", error="invalid_token", error_description="Invalid token: access token has expired"',
    );
    expectMatchesContract(response, 'getMe');
  });

  it('a token expiring exactly now is expired', async () => {
    const { store } = await setup();
    const now = new Date();
    vi.useFakeTimers({ now, toFake: ['Date'] });
    try {
      const client = store.getClient(CONFIDENTIAL.id, null)!;
      store.saveToken({ accessToken: 'edge', accessTokenExpiresAt: new Date(now) }, client, {
        username: 'a',
      });
      const server = new OAuth2Server({ model: store });
      const { response } = await getMe(server, bearer('edge'));
      expect(response.status).toBe(401);
      expect(response.body).toEqual({
        error: 'invalid_token',
        error_description: 'Invalid token: access token has expired',
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it('a token the Model returns as a falsy value is invalid_token', async () => {
    for (const result of [null, undefined, false, 0, '']) {
      const server = new OAuth2Server({ model: { getAccessToken: () => result as null } });
      const { response } = await getMe(server, bearer());
      expect(response.status).toBe(401);
      expect(response.body).toEqual({
        error: 'invalid_token',
        error_description: 'Invalid token: access token is invalid',
      });
      expectMatchesContract(response, 'getMe');
    }
  });

  it.each([true, 'token'])('a Model returning %j is a server_error, not invalid_token', async (result) => {
    const server = new OAuth2Server({ model: { getAccessToken: () => result as unknown as Token } });
    const { response } = await getMe(server, bearer());
    expectServerFailure(response);
  });
});

describe('RFC 6750 §3.1: revoked tokens (R20)', () => {
  // Checklist AC-03 / RT-07, R20: "Token revoked by code replay / RT reuse → 401 invalid_token".
  it('an access token issued from a replayed code is invalid_token afterwards', async () => {
    const { server } = await createFixture();
    const code = await obtainCode(server);
    const first = await redeemCode(server, code);
    const accessToken = (first.body as { access_token: string }).access_token;
    const replay = await settle((response) =>
      server.token(
        tokenRequest({
          grant_type: 'authorization_code',
          code,
          redirect_uri: CONFIDENTIAL.redirectUri,
          code_verifier: VERIFIER,
        }),
        response,
      ),
    );
    expect(replay.response.status).toBe(400);
    const { response } = await getMe(server, bearer(accessToken));
    expect(response.status).toBe(401);
    expect(response.body).toEqual({
      error: 'invalid_token',
      error_description: 'Invalid token: access token is invalid',
    });
  });

  it('an access token of a refresh-token family is invalid_token after the old refresh token is reused', async () => {
    const { server } = await createFixture();
    const first = await redeemCode(server, await obtainCode(server));
    const refreshToken = (first.body as { refresh_token: string }).refresh_token;
    const refresh = () =>
      settle((response) =>
        server.token(tokenRequest({ grant_type: 'refresh_token', refresh_token: refreshToken }), response),
      );
    const rotated = await refresh();
    expect(rotated.response.status).toBe(200);
    const reuse = await refresh();
    expect(reuse.response.status).toBe(400);
    const accessToken = (rotated.response.body as { access_token: string }).access_token;
    const { response } = await getMe(server, bearer(accessToken));
    expect(response.status).toBe(401);
    expect(response.body).toEqual({
      error: 'invalid_token',
      error_description: 'Invalid token: access token is invalid',
    });
  });
});

describe('RFC 6750 §3.1: insufficient_scope (R21)', () => {
  it('403 insufficient_scope, the scope attribute and X-Accepted-OAuth-Scopes', async () => {
    const { server } = await setup(['read']);
    const { response, error } = await getMe(server, bearer(), { scope: 'write' });
    expect(error?.name).toBe('insufficient_scope');
    expect(response.status).toBe(403);
    expect(response.body).toEqual({
      error: 'insufficient_scope',
      error_description: 'Insufficient scope: authorized scope is insufficient',
    });
    expect(response.headers['www-authenticate']).toBe(
      'Bearer realm="Service", error="insufficient_scope", ' +
        'error_description="Insufficient scope: authorized scope is insufficient", scope="write"',
    );
    expect(response.headers['x-accepted-oauth-scopes']).toBe('write');
    expectMatchesContract(response, 'getMe');
  });

  it('names every required scope when one of several is missing (R21: scope="read write")', async () => {
    const { server } = await setup(['read']);
    const { response } = await getMe(server, bearer(), { scope: ['read', 'write'] });
    expect(response.status).toBe(403);
    expect(response.headers['www-authenticate']).toMatch(/, scope="read write"$/);
    expect(response.headers['x-accepted-oauth-scopes']).toBe('read write');
    expectMatchesContract(response, 'getMe');
  });

  it('a token without scope lacks every required scope', async () => {
    const { server } = await setup(null);
    const { response } = await getMe(server, bearer(), 'read');
    expect(response.status).toBe(403);
    expect(response.body).toEqual({
      error: 'insufficient_scope',
      error_description: 'Insufficient scope: authorized scope is insufficient',
    });
    expectMatchesContract(response, 'getMe');
  });

  it('matches scope tokens exactly, never as substrings', async () => {
    const { server } = await setup(['admin_read']);
    const { response } = await getMe(server, bearer(), 'admin');
    expect(response.status).toBe(403);
    expectMatchesContract(response, 'getMe');
  });

  it('addAcceptedScopesHeader: false leaves X-Accepted-OAuth-Scopes out of the 403 too', async () => {
    const { server } = await setup(['read']);
    const { response } = await getMe(server, bearer(), { scope: 'write', addAcceptedScopesHeader: false });
    expect(response.status).toBe(403);
    expect(response.headers['x-accepted-oauth-scopes']).toBeUndefined();
    expectMatchesContract(response, 'getMe');
  });
});

describe('X-OAuth-Scopes and X-Accepted-OAuth-Scopes on success', () => {
  it('sends the token scope and the accepted scope when the resource requires one', async () => {
    const { server } = await setup(['read', 'write']);
    const { response } = await getMe(server, bearer(), 'read');
    expect(response.status).toBe(200);
    expect(response.headers['x-oauth-scopes']).toBe('read write');
    expect(response.headers['x-accepted-oauth-scopes']).toBe('read');
    expectMatchesContract(response, 'getMe');
  });

  it('sends neither header when the resource requires no scope', async () => {
    const { server } = await setup(['read']);
    const { response } = await getMe(server, bearer());
    expect(response.status).toBe(200);
    expect(response.headers['x-oauth-scopes']).toBeUndefined();
    expect(response.headers['x-accepted-oauth-scopes']).toBeUndefined();
    expectMatchesContract(response, 'getMe');
  });

  it.each([
    [{ addAuthorizedScopesHeader: false }, undefined, 'read'],
    [{ addAcceptedScopesHeader: false }, 'read', undefined],
    [{ addAcceptedScopesHeader: false, addAuthorizedScopesHeader: false }, undefined, undefined],
  ])('%j', async (flags, authorized, accepted) => {
    const { server } = await setup(['read']);
    const { response } = await getMe(server, bearer(), { scope: 'read', ...flags });
    expect(response.status).toBe(200);
    expect(response.headers['x-oauth-scopes']).toBe(authorized);
    expect(response.headers['x-accepted-oauth-scopes']).toBe(accepted);
    expectMatchesContract(response, 'getMe');
  });
});

describe('verifyScope: the Model decides the scope', () => {
  it.each([
    [true, 200],
    [false, 403],
    ['yes', 403],
    [1, 403],
  ])('verifyScope returning %j gives %i', async (result, status) => {
    const { store } = await setup(['read']);
    const verifyScope = vi.fn(() => result as boolean);
    const server = new OAuth2Server({ model: resourceModel(store, { verifyScope }) });
    const { response } = await getMe(server, bearer(), 'read write');
    expect(response.status).toBe(status);
    expect(verifyScope).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ accessToken: TOKEN }), [
      'read',
      'write',
    ]);
    expectMatchesContract(response, 'getMe');
  });

  it('a verifyScope that throws is a server_error without an error attribute', async () => {
    const { store } = await setup(['read']);
    const server = new OAuth2Server({
      model: resourceModel(store, {
        verifyScope: () => {
          throw new Error(SECRET_MESSAGE);
        },
      }),
    });
    const { response } = await getMe(server, bearer(), 'read');
    expectServerFailure(response);
  });
});

describe('A Model that returns a broken token is a server_error, never invalid_token (R24, BA-07)', () => {
  it.each<[string, Record<string, unknown>]>([
    ['without user and client', { user: undefined, client: undefined }],
    ['with scope as a string', { scope: 'read' }],
    ['with scope "admin_read" as a string (substring matching)', { scope: 'admin_read' }],
    ['with scope holding a non-string', { scope: ['read', 7] }],
    ['with an invalid Date', { accessTokenExpiresAt: new Date('x') }],
    ['with accessTokenExpiresAt as a string', { accessTokenExpiresAt: '2999-01-01T00:00:00Z' }],
    ['with accessTokenExpiresAt as a number', { accessTokenExpiresAt: Date.now() + 3_600_000 }],
    ['without accessTokenExpiresAt', { accessTokenExpiresAt: undefined }],
    ['with user not an object', { user: 'alice' }],
    ['with a client whose grants is a string', { user: undefined, client: { id: 'c', grants: 'password' } }],
    ['with a client without id', { client: { grants: [] } }],
    ['for another token value', { accessToken: 'another-token' }],
  ])('a token %s', async (_name, patch) => {
    const { store } = await setup(['read']);
    const server = new OAuth2Server({ model: faulty(store, { getAccessToken: { patch } }) });
    const { response, value } = await getMe(server, bearer(), 'read');
    expect(value).toBeUndefined();
    expectServerFailure(response);
  });

  it('a token whose fields are all inherited (Object.create)', async () => {
    const { store } = await setup(['read']);
    const server = new OAuth2Server({ model: faulty(store, { getAccessToken: 'inherited' }) });
    const { response } = await getMe(server, bearer(), 'read');
    expectServerFailure(response);
  });

  it('a valid Date from another realm is a Date', async () => {
    const { store } = await setup(['read']);
    const foreign = vm.runInNewContext(`new Date(${Date.now() + 3_600_000})`) as Date;
    expect(foreign).not.toBeInstanceOf(Date);
    const server = new OAuth2Server({
      model: faulty(store, { getAccessToken: { patch: { accessTokenExpiresAt: foreign } } }),
    });
    const { response } = await getMe(server, bearer(), 'read');
    expect(response.status).toBe(200);
    expectMatchesContract(response, 'getMe');
  });

  it('a client credentials token (client, no user) is accepted', async () => {
    const { store } = await setup(['read']);
    const server = new OAuth2Server({
      model: faulty(store, { getAccessToken: { patch: { user: undefined } } }),
    });
    const { response, value } = await getMe(server, bearer(), 'read');
    expect(response.status).toBe(200);
    expect(value?.user).toBeUndefined();
    expect(response.body).toEqual({ sub: CONFIDENTIAL.id, client_id: CONFIDENTIAL.id, scope: 'read' });
    expectMatchesContract(response, 'getMe');
  });
});

describe('A Model that fails is not the token’s fault (R25, §5.1)', () => {
  it.each<Fault>(['throw', 'throwString', 'throwUndefined', 'rejectNull'])(
    'getAccessToken fault %s: 500 server_error, generic, without an error attribute',
    async (fault) => {
      const { store } = await setup();
      const server = new OAuth2Server({ model: faulty(store, { getAccessToken: fault }) });
      const { response, error } = await getMe(server, bearer(), 'read');
      expect(error?.name).toBe('server_error');
      expectServerFailure(response);
    },
  );

  it('a Model that never answers: 503 temporarily_unavailable with Retry-After (modelTimeout)', async () => {
    const { store } = await setup();
    const server = new OAuth2Server({ model: faulty(store, { getAccessToken: 'hang' }), modelTimeout: 50 });
    const started = Date.now();
    const { response, error } = await getMe(server, bearer(), 'read');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(error?.name).toBe('temporarily_unavailable');
    expect(response.headers['retry-after']).toBe('5');
    expectServerFailure(response, 503);
  });
});
