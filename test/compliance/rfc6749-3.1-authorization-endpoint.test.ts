/*
 * RFC 6749 §3.1 Authorization Endpoint
 *
 *   "The authorization endpoint is used to interact with the resource owner and obtain an authorization grant.
 *   The authorization server MUST first verify the identity of the resource owner."
 *
 *   "The authorization server MUST support the use of the HTTP "GET" method [RFC2616] for the authorization
 *   endpoint and MAY support the use of the "POST" method as well.
 *
 *   Parameters sent without a value MUST be treated as if they were omitted from the request. The authorization
 *   server MUST ignore unrecognized request parameters. Request and response parameters MUST NOT be included
 *   more than once."
 *
 * Errata 5708 (verified) narrows the last sentence to "Request and response parameters defined by this
 * specification", so an unrecognized parameter may repeat.
 */
import { describe, expect, it, vi } from 'vitest';
import { OAuth2Server, Request } from '../../src/index.js';
import {
  expectContract,
  expectErrorRedirect,
  expectNotRedirected,
  expectRedirect,
  omit,
  runAuthorize,
} from '../helpers/authorize-tests.js';
import {
  ALICE,
  CONFIDENTIAL,
  authorizeGet,
  authorizeParams,
  consentPost,
  createFixture,
  formRequest,
  type Fixture,
} from '../helpers/oauth.js';

const REDIRECT = CONFIDENTIAL.redirectUri;
const approve = { handle: (): boolean => true };

describe('RFC 6749 §3.1: GET and POST', () => {
  it('serves GET: the parameters in the query, answered with a 302 carrying the code (A34)', async () => {
    const { server } = await createFixture({ consentHandler: approve });
    const outcome = await runAuthorize(server, authorizeGet(authorizeParams()));
    expect(outcome.response.status).toBe(302);
    expect(outcome.error).toBeUndefined();
    expectRedirect(outcome, REDIRECT, [
      ['code', (outcome.value as { authorizationCode: string }).authorizationCode],
      ['state', 'xyz'],
    ]);
    expectContract(outcome);
  });

  it('serves POST: the parameters in the form body, answered with a 303 (A34)', async () => {
    const { server } = await createFixture();
    const outcome = await runAuthorize(server, consentPost());
    expect(outcome.response.status).toBe(303);
    expect(outcome.error).toBeUndefined();
    expectRedirect(outcome, REDIRECT, [
      ['code', (outcome.value as { authorizationCode: string }).authorizationCode],
      ['state', 'xyz'],
    ]);
    expectContract(outcome);
  });

  it('serves a POST to a URL carrying the request in its query, with allowed=true in the body', async () => {
    const { server, store } = await createFixture();
    const save = vi.spyOn(store, 'saveAuthorizationCode');
    const outcome = await runAuthorize(
      server,
      formRequest({ allowed: 'true' }, {}, { query: authorizeParams() }),
    );
    expect(save).toHaveBeenCalledOnce();
    expectRedirect(outcome, REDIRECT, [
      ['code', (outcome.value as { authorizationCode: string }).authorizationCode],
      ['state', 'xyz'],
    ]);
    expectContract(outcome);
  });
});

describe('RFC 6749 §3.1: a parameter included more than once is invalid_request (GEN-05)', () => {
  it.each([
    [
      'client_id, twice in the body with the same value (A03)',
      { client_id: [CONFIDENTIAL.id, CONFIDENTIAL.id] },
    ],
    ['client_id, twice with different values (A03)', { client_id: [CONFIDENTIAL.id, 'public-client'] }],
  ])('%s: 400, not redirected', async (_name, overrides) => {
    const { server, store } = await createFixture();
    const getClient = vi.spyOn(store, 'getClient');
    const outcome = await runAuthorize(server, consentPost(overrides));
    expectNotRedirected(
      outcome,
      400,
      'invalid_request',
      'Invalid request: `client_id` is included more than once',
    );
    expect(getClient).not.toHaveBeenCalled();
    expectContract(outcome);
  });

  it('client_id once in the query and once in the body of a POST: 400, not redirected (A03)', async () => {
    const { server } = await createFixture();
    const outcome = await runAuthorize(
      server,
      formRequest({ ...authorizeParams(), allowed: 'true' }, {}, { query: { client_id: CONFIDENTIAL.id } }),
    );
    expectNotRedirected(
      outcome,
      400,
      'invalid_request',
      'Invalid request: `client_id` is included more than once',
    );
    expectContract(outcome);
  });

  it('client_id twice in the query of a GET: 400, not redirected (A03)', async () => {
    const { server } = await createFixture();
    const outcome = await runAuthorize(
      server,
      authorizeGet(authorizeParams({ client_id: [CONFIDENTIAL.id, CONFIDENTIAL.id] })),
    );
    expectNotRedirected(
      outcome,
      400,
      'invalid_request',
      'Invalid request: `client_id` is included more than once',
    );
    expectContract(outcome);
  });

  it.each([
    ['twice in the body', (): Request => consentPost({ redirect_uri: [REDIRECT, REDIRECT] })],
    [
      'once in the query and once in the body',
      (): Request =>
        formRequest({ ...authorizeParams(), allowed: 'true' }, {}, { query: { redirect_uri: REDIRECT } }),
    ],
    [
      'twice in the query of a GET',
      (): Request => authorizeGet(authorizeParams({ redirect_uri: [REDIRECT, REDIRECT] })),
    ],
  ])('redirect_uri %s: 400, not redirected (A16)', async (_name, request) => {
    const { server, store } = await createFixture();
    const save = vi.spyOn(store, 'saveAuthorizationCode');
    const outcome = await runAuthorize(server, request());
    expectNotRedirected(
      outcome,
      400,
      'invalid_request',
      'Invalid request: `redirect_uri` is included more than once',
    );
    expect(save).not.toHaveBeenCalled();
    expectContract(outcome);
  });

  it.each([
    ['twice in the body', (): Request => consentPost({ state: ['xyz', 'xyz'] })],
    [
      'once in the query and once in the body',
      (): Request => formRequest({ ...authorizeParams(), allowed: 'true' }, {}, { query: { state: 'xyz' } }),
    ],
    ['twice in the query of a GET', (): Request => authorizeGet(authorizeParams({ state: ['a', 'b'] }))],
  ])('state %s: redirected with invalid_request and no state echoed (A25)', async (_name, request) => {
    const { server, store } = await createFixture({ consentHandler: approve });
    const save = vi.spyOn(store, 'saveAuthorizationCode');
    const outcome = await runAuthorize(server, request());
    expectErrorRedirect(outcome, REDIRECT, {
      error: 'invalid_request',
      description: 'Invalid request: `state` is included more than once',
    });
    expect(save).not.toHaveBeenCalled();
    expectContract(outcome);
  });

  it.each([
    ['twice in the body', (): Request => consentPost({ response_type: ['code', 'code'] })],
    [
      'once in the query and once in the body',
      (): Request =>
        formRequest({ ...authorizeParams(), allowed: 'true' }, {}, { query: { response_type: 'code' } }),
    ],
  ])('response_type %s: redirected with invalid_request (A21)', async (_name, request) => {
    const { server, store } = await createFixture();
    const save = vi.spyOn(store, 'saveAuthorizationCode');
    const outcome = await runAuthorize(server, request());
    // The single, valid state is still "the exact value received from the client" (§4.1.2.1).
    expectErrorRedirect(outcome, REDIRECT, {
      error: 'invalid_request',
      description: 'Invalid request: `response_type` is included more than once',
      state: 'xyz',
    });
    expect(save).not.toHaveBeenCalled();
    expectContract(outcome);
  });

  it.each(['scope', 'code_challenge', 'code_challenge_method', 'allowed'])(
    '%s twice: redirected with invalid_request (never invalid_scope for scope)',
    async (name) => {
      const { server, store } = await createFixture();
      const save = vi.spyOn(store, 'saveAuthorizationCode');
      const value = consentPost().body[name] as string;
      const outcome = await runAuthorize(server, consentPost({ [name]: [value, value] }));
      expectErrorRedirect(outcome, REDIRECT, {
        error: 'invalid_request',
        description: `Invalid request: \`${name}\` is included more than once`,
        state: 'xyz',
      });
      expect(save).not.toHaveBeenCalled();
      expectContract(outcome);
    },
  );

  it('an unrecognized parameter may repeat (errata 5708): the request succeeds', async () => {
    const { server } = await createFixture();
    const outcome = await runAuthorize(server, consentPost({ nonce: ['a', 'b'] }));
    expect(outcome.error).toBeUndefined();
    expect(outcome.response.status).toBe(303);
    expectContract(outcome);
  });
});

describe('RFC 6749 §3.1 / §10.14: arrays and objects are not parameter values (GEN-08)', () => {
  it.each([
    ['a one-element array', [CONFIDENTIAL.id]],
    ['an operator object', { $ne: 'x' }],
    ['a nested object', { id: CONFIDENTIAL.id }],
  ])('client_id as %s: 400 invalid_request, not redirected, Model not called', async (_name, value) => {
    const { server, store } = await createFixture();
    const getClient = vi.spyOn(store, 'getClient');
    const outcome = await runAuthorize(server, consentPost({ client_id: value }));
    expectNotRedirected(outcome, 400, 'invalid_request', 'Invalid parameter: `client_id` must be a string');
    expect(getClient).not.toHaveBeenCalled();
    expectContract(outcome);
  });

  it('redirect_uri as an object: 400 invalid_request, not redirected', async () => {
    const { server } = await createFixture();
    const outcome = await runAuthorize(server, consentPost({ redirect_uri: { href: REDIRECT } }));
    expectNotRedirected(
      outcome,
      400,
      'invalid_request',
      'Invalid parameter: `redirect_uri` must be a string',
    );
    expectContract(outcome);
  });

  it('state as an object: redirected with invalid_request and no state echoed', async () => {
    const { server } = await createFixture();
    const outcome = await runAuthorize(server, consentPost({ state: { a: 'b' } }));
    expectErrorRedirect(outcome, REDIRECT, {
      error: 'invalid_request',
      description: 'Invalid parameter: `state` must be a string',
    });
    expectContract(outcome);
  });

  it.each([
    ['scope', { $ne: 'x' }],
    ['response_type', ['code']],
    ['code_challenge', { $gt: '' }],
    ['allowed', ['true']],
  ])('%s as an array or object: redirected with invalid_request', async (name, value) => {
    const { server, store } = await createFixture();
    const validateScope = vi.spyOn(store, 'validateScope');
    const save = vi.spyOn(store, 'saveAuthorizationCode');
    const outcome = await runAuthorize(server, consentPost({ [name]: value }));
    expectErrorRedirect(outcome, REDIRECT, {
      error: 'invalid_request',
      description: `Invalid parameter: \`${name}\` must be a string`,
      state: 'xyz',
    });
    expect(validateScope).not.toHaveBeenCalled();
    expect(save).not.toHaveBeenCalled();
    expectContract(outcome);
  });
});

describe('RFC 6749 §3.1: unrecognized parameters are ignored (A32, GEN-07)', () => {
  it('extra parameters do not change the outcome and never reach the Model', async () => {
    const { server, store } = await createFixture();
    const save = vi.spyOn(store, 'saveAuthorizationCode');
    const outcome = await runAuthorize(
      server,
      consentPost({
        foo: 'bar',
        response_mode: 'query',
        nonce: 'n-0S6_WzA2Mj',
        ['__proto__']: 'x',
        toString: 'y',
      }),
    );
    expect(outcome.error).toBeUndefined();
    expectRedirect(outcome, REDIRECT, [
      ['code', (outcome.value as { authorizationCode: string }).authorizationCode],
      ['state', 'xyz'],
    ]);
    const [data] = save.mock.calls[0]!;
    expect(Object.keys(data).sort()).toEqual(
      [
        'authorizationCode',
        'codeChallenge',
        'codeChallengeMethod',
        'expiresAt',
        'grantId',
        'redirectUri',
        'redirectUriSent',
        'scope',
      ].sort(),
    );
    expect(Object.prototype).not.toHaveProperty('x');
    expectContract(outcome);
  });

  it('an extra parameter on a GET is ignored too', async () => {
    const { server } = await createFixture({ consentHandler: approve });
    const outcome = await runAuthorize(server, authorizeGet(authorizeParams({ foo: 'bar' })));
    expect(outcome.error).toBeUndefined();
    expect(outcome.response.status).toBe(302);
    expectContract(outcome);
  });
});

describe('RFC 6749 §3.1: a parameter sent without a value is treated as omitted (A33, GEN-06)', () => {
  it('client_id= is a missing client_id: 400 invalid_request, not redirected (A01)', async () => {
    const { server } = await createFixture();
    const outcome = await runAuthorize(server, consentPost({ client_id: '' }));
    expectNotRedirected(outcome, 400, 'invalid_request', 'Missing parameter: `client_id`');
    expectContract(outcome);
  });

  it('redirect_uri= is an omitted redirect_uri: the single registered URI is used, redirectUriSent false', async () => {
    const { server, store } = await createFixture();
    const save = vi.spyOn(store, 'saveAuthorizationCode');
    const outcome = await runAuthorize(server, consentPost({ redirect_uri: '' }));
    expect(outcome.error).toBeUndefined();
    expect(save.mock.calls[0]![0]).toMatchObject({ redirectUri: REDIRECT, redirectUriSent: false });
    expectContract(outcome);
  });

  it('scope= reaches the Model exactly as an omitted scope does', async () => {
    const { server, store } = await createFixture();
    const validateScope = vi.spyOn(store, 'validateScope');
    const empty = await runAuthorize(server, consentPost({ scope: '' }));
    const omitted = await runAuthorize(
      server,
      formRequest({ ...omit(authorizeParams(), 'scope'), allowed: 'true' }),
    );
    expect(empty.error).toBeUndefined();
    expect(omitted.error).toBeUndefined();
    expect(validateScope.mock.calls[0]![2]).toBeUndefined();
    expect(validateScope.mock.calls[1]![2]).toBeUndefined();
    expectContract(empty);
    expectContract(omitted);
  });

  it('state= is a missing state: redirected with invalid_request and no state', async () => {
    const { server } = await createFixture();
    const outcome = await runAuthorize(server, consentPost({ state: '' }));
    expectErrorRedirect(outcome, REDIRECT, {
      error: 'invalid_request',
      description: 'Missing parameter: `state`',
    });
    expectContract(outcome);
  });

  it('response_type= is a missing response_type: redirected with invalid_request', async () => {
    const { server } = await createFixture();
    const outcome = await runAuthorize(server, consentPost({ response_type: '' }));
    expectErrorRedirect(outcome, REDIRECT, {
      error: 'invalid_request',
      description: 'Missing parameter: `response_type`',
      state: 'xyz',
    });
    expectContract(outcome);
  });

  it('code_challenge_method= is an omitted method: S256 is stored', async () => {
    const { server, store } = await createFixture();
    const save = vi.spyOn(store, 'saveAuthorizationCode');
    const outcome = await runAuthorize(server, consentPost({ code_challenge_method: '' }));
    expect(outcome.error).toBeUndefined();
    expect(save.mock.calls[0]![0].codeChallengeMethod).toBe('S256');
    expectContract(outcome);
  });

  it('code_challenge= with a method is a method without a challenge: invalid_request (PK-07)', async () => {
    const { server } = await createFixture();
    const outcome = await runAuthorize(server, consentPost({ code_challenge: '' }));
    expectErrorRedirect(outcome, REDIRECT, {
      error: 'invalid_request',
      description: 'Missing parameter: `code_challenge`',
      state: 'xyz',
    });
    expectContract(outcome);
  });

  it('allowed= is no decision: a POST without approval is denied', async () => {
    const { server } = await createFixture();
    const outcome = await runAuthorize(server, consentPost({ allowed: '' }));
    expectErrorRedirect(outcome, REDIRECT, {
      error: 'access_denied',
      description: 'Access denied: the resource owner has not approved the request',
      state: 'xyz',
    });
    expectContract(outcome);
  });
});

describe('RFC 6749 §3.1: the resource owner is authenticated first (AZ-01)', () => {
  it('a custom authenticateHandler returning a user: the code is issued to that user', async () => {
    const bob = { username: 'bob', id: 42 };
    const handle = vi.fn(() => bob);
    const { server, store } = await createFixture({ authenticateHandler: { handle } });
    const save = vi.spyOn(store, 'saveAuthorizationCode');
    const request = consentPost();
    const outcome = await runAuthorize(server, request);
    expect(outcome.error).toBeUndefined();
    expect(handle).toHaveBeenCalledOnce();
    expect(handle.mock.calls[0]).toEqual([request, outcome.response]);
    expect(save.mock.calls[0]![2]).toEqual(bob);
    expect((outcome.value as { user: unknown }).user).toEqual(bob);
    expectContract(outcome);
  });

  it('an async authenticateHandler works the same', async () => {
    const { server } = await createFixture({
      authenticateHandler: { handle: () => Promise.resolve({ username: 'carol' }) },
    });
    const outcome = await runAuthorize(server, consentPost());
    expect(outcome.error).toBeUndefined();
    expect((outcome.value as { user: unknown }).user).toEqual({ username: 'carol' });
    expectContract(outcome);
  });

  it.each<[string, '' | false | null | undefined]>([
    ['null', null],
    ['undefined', undefined],
    ['false', false],
    ['an empty string', ''],
  ])(
    'an authenticateHandler returning %s: 500 server_error, not redirected, no code saved',
    async (_name, returned) => {
      const { server, store } = await createFixture({ authenticateHandler: { handle: () => returned } });
      const save = vi.spyOn(store, 'saveAuthorizationCode');
      const outcome = await runAuthorize(server, consentPost());
      expectNotRedirected(outcome, 500, 'server_error', 'Server error: the request could not be completed');
      expect(outcome.error?.message).toBe('Server error: `handle()` did not return a `user` object');
      expect(save).not.toHaveBeenCalled();
      expectContract(outcome);
    },
  );

  it('an authenticateHandler that throws: 500 server_error, not redirected, no inner message', async () => {
    const { server } = await createFixture({
      authenticateHandler: {
        handle: () => {
          throw new Error('session store down at 10.0.0.5 "secret"');
        },
      },
    });
    const outcome = await runAuthorize(server, consentPost());
    expectNotRedirected(outcome, 500, 'server_error', 'Server error: the request could not be completed');
    expect(JSON.stringify(outcome.response.body)).not.toContain('10.0.0.5');
    expectContract(outcome);
  });

  it('the client and redirect URI are checked before the user: an unknown client is 400, not a login failure', async () => {
    const handle = vi.fn(() => null);
    const { server } = await createFixture({ authenticateHandler: { handle } });
    const outcome = await runAuthorize(server, consentPost({ client_id: 'unknown-client' }));
    expectNotRedirected(outcome, 400, 'invalid_client', 'Invalid client: client credentials are invalid');
    expect(handle).not.toHaveBeenCalled();
    expectContract(outcome);
  });

  describe('without an authenticateHandler: the bearer access token of the user (RFC 6750 §2.1)', () => {
    async function bearerFixture(): Promise<Fixture & { token: string }> {
      const fixture = await createFixture({ authenticateHandler: undefined });
      const client = fixture.store.getClient(CONFIDENTIAL.id, null)!;
      const token = 'alice-access-token-0123456789';
      fixture.store.saveToken(
        { accessToken: token, accessTokenExpiresAt: new Date(Date.now() + 3_600_000), scope: ['read'] },
        client,
        { username: ALICE.username },
      );
      return { ...fixture, token };
    }

    it('a valid access token in Authorization: Bearer authenticates its user', async () => {
      const { server, store, token } = await bearerFixture();
      const save = vi.spyOn(store, 'saveAuthorizationCode');
      const outcome = await runAuthorize(
        server,
        formRequest({ ...authorizeParams(), allowed: 'true' }, { authorization: `Bearer ${token}` }),
      );
      expect(outcome.error).toBeUndefined();
      expect(save.mock.calls[0]![2]).toEqual({ username: ALICE.username });
      expectRedirect(outcome, REDIRECT, [
        ['code', (outcome.value as { authorizationCode: string }).authorizationCode],
        ['state', 'xyz'],
      ]);
      expectContract(outcome);
    });

    it('a GET with a valid bearer token and the consentHandler approving', async () => {
      const fixture = await bearerFixture();
      const server = new OAuth2Server({ model: fixture.store, consentHandler: approve });
      const outcome = await runAuthorize(
        server,
        new Request({
          method: 'GET',
          headers: { authorization: `Bearer ${fixture.token}` },
          query: authorizeParams(),
        }),
      );
      expect(outcome.error).toBeUndefined();
      expect(outcome.response.status).toBe(302);
      expectContract(outcome);
    });

    it('no token: 401 with a Bearer challenge and no error attribute, not redirected (RFC 6750 §3.1)', async () => {
      const { server, store } = await bearerFixture();
      const save = vi.spyOn(store, 'saveAuthorizationCode');
      const outcome = await runAuthorize(server, consentPost());
      expect(outcome.response.status).toBe(401);
      expect(outcome.response.headers['www-authenticate']).toBe('Bearer realm="Service"');
      expect(outcome.response.headers.location).toBeUndefined();
      expect(outcome.response.body).toBeUndefined();
      expect(outcome.error?.name).toBe('unauthorized_request');
      expect(save).not.toHaveBeenCalled();
      // The contract check of this answer is the skipped test below.
    });

    it('an unknown token: 401 invalid_token with its challenge, not redirected', async () => {
      const { server } = await bearerFixture();
      const outcome = await runAuthorize(
        server,
        formRequest({ ...authorizeParams(), allowed: 'true' }, { authorization: 'Bearer not-a-token' }),
      );
      expect(outcome.response.status).toBe(401);
      expect(outcome.response.headers.location).toBeUndefined();
      expect(outcome.response.headers['www-authenticate']).toBe(
        'Bearer realm="Service", error="invalid_token", error_description="Invalid token: access token is invalid"',
      );
      expect(outcome.response.body).toEqual({
        error: 'invalid_token',
        error_description: 'Invalid token: access token is invalid',
      });
    });

    it('the answer to a failed bearer authentication is documented in the contract', async () => {
      const { server } = await bearerFixture();
      expectContract(await runAuthorize(server, consentPost()));
      expectContract(await runAuthorize(server, authorizeGet(authorizeParams())));
    });
  });
});
