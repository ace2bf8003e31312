/**
 * Model failure behaviour (security checklist §5.1, §5.4): every endpoint, with one Model function at a time
 * throwing, hanging, returning nothing, garbage, an entity for another id, inherited fields, or `false` from a
 * revoke. Whatever happens: no success with tokens, no inner message on the wire, no unhandled rejection, and the
 * status and error §5.1 requires.
 */
import { describe, expect, it, vi } from 'vitest';
import { OAuth2Server, Request, type Response, type ServerOptions } from '../../src/index.js';
import type { ContractOperationId } from '../helpers/contract.js';
import { expectMatchesContract } from '../helpers/contract.js';
import { faulty, withFunctions, type Fault, type FaultPlan } from '../helpers/faults.js';
import {
  CONFIDENTIAL,
  VERIFIER,
  consentPost,
  createFixture,
  obtainCode,
  redeemCode,
  settle,
  tokenRequest,
} from '../helpers/oauth.js';

type Endpoint = 'authorizationCode' | 'refreshToken' | 'clientCredentials' | 'authorize' | 'authenticate';

const OPERATION: Record<Endpoint, ContractOperationId> = {
  authorizationCode: 'token',
  refreshToken: 'token',
  clientCredentials: 'token',
  authorize: 'authorizeForm',
  authenticate: 'getMe',
};

const SERVER_ERROR = 'Server error: the request could not be completed';
const UNAVAILABLE = 'Temporarily unavailable: try again later';
const ACCESS_TOKEN = 'fault-test-access-token';

/** What the client must see: a JSON error, or (authorize, after the redirect URI is verified) an error redirect. */
type Expected =
  { status: number; error: string; description: string } | { redirect: string; description: string };

const serverError: Expected = { status: 500, error: 'server_error', description: SERVER_ERROR };
const unavailable: Expected = { status: 503, error: 'temporarily_unavailable', description: UNAVAILABLE };
const redirectedServerError: Expected = { redirect: 'server_error', description: SERVER_ERROR };

interface Run {
  response: Response;
  value: unknown;
  error: (Error & { name: string }) | undefined;
  saveToken: ReturnType<typeof vi.fn>;
  saveAuthorizationCode: ReturnType<typeof vi.fn>;
}

/** Prepares a healthy store for the endpoint, then runs one request against a server over the faulty Model. */
async function run(
  endpoint: Endpoint,
  plan: FaultPlan,
  options: Partial<ServerOptions> = {},
  hooks: Readonly<Record<string, (...args: never[]) => unknown>> = {},
): Promise<Run> {
  const fixture = await createFixture();
  const { store, user } = fixture;
  let request: Request;
  switch (endpoint) {
    case 'authorizationCode': {
      const code = await obtainCode(fixture.server);
      request = tokenRequest({
        grant_type: 'authorization_code',
        code,
        redirect_uri: CONFIDENTIAL.redirectUri,
        code_verifier: VERIFIER,
      });
      break;
    }
    case 'refreshToken': {
      const issued = await redeemCode(fixture.server, await obtainCode(fixture.server));
      const refreshToken = (issued.body as { refresh_token: string }).refresh_token;
      request = tokenRequest({ grant_type: 'refresh_token', refresh_token: refreshToken });
      break;
    }
    case 'clientCredentials':
      request = tokenRequest({ grant_type: 'client_credentials', scope: 'read' });
      break;
    case 'authorize':
      request = consentPost();
      break;
    case 'authenticate': {
      const client = store.getClient(CONFIDENTIAL.id, null)!;
      const expires = new Date(Date.now() + 3_600_000);
      store.saveToken(
        { accessToken: ACCESS_TOKEN, accessTokenExpiresAt: expires, scope: ['read'] },
        client,
        user,
      );
      request = new Request({
        method: 'GET',
        query: {},
        headers: { authorization: `Bearer ${ACCESS_TOKEN}` },
      });
      break;
    }
  }
  const saveToken = vi.spyOn(store, 'saveToken');
  const saveAuthorizationCode = vi.spyOn(store, 'saveAuthorizationCode');
  const server = new OAuth2Server({
    model: faulty(withFunctions(store, hooks), plan),
    authenticateHandler: { handle: () => user },
    ...options,
  });
  const result = await settle((response): Promise<unknown> => {
    if (endpoint === 'authorize') return server.authorize(request, response);
    if (endpoint === 'authenticate') return server.authenticate(request, response, 'read');
    return server.token(request, response);
  });
  return { ...result, saveToken, saveAuthorizationCode };
}

function expectNoSecrets(response: Response): void {
  const wire = JSON.stringify({ headers: response.headers, body: response.body });
  for (const fragment of ['ECONNREFUSED', 'hunter2', '10.0.0.5', 'SELECT', 'stack']) {
    expect(wire).not.toContain(fragment);
  }
}

function expectOutcome(endpoint: Endpoint, outcome: Run, expected: Expected): void {
  const { response, value } = outcome;
  expect(value).toBeUndefined();
  expect(JSON.stringify(response.body ?? {})).not.toContain('access_token');
  expectNoSecrets(response);
  if ('redirect' in expected) {
    expect(response.status).toBe(303);
    const location = new URL(response.headers.location!);
    expect(location.origin + location.pathname).toBe(CONFIDENTIAL.redirectUri);
    expect(Object.fromEntries(location.searchParams)).toEqual({
      error: expected.redirect,
      error_description: expected.description,
      state: 'xyz',
    });
  } else {
    expect(response.status).toBe(expected.status);
    expect(response.body).toEqual({ error: expected.error, error_description: expected.description });
    if (expected.status >= 500) {
      expect(response.headers['www-authenticate'] ?? '').not.toMatch(/error=/);
      expect(response.headers['cache-control']).toBe('no-store');
    }
    if (expected.status === 503) expect(response.headers['retry-after']).toBe('5');
  }
  expectMatchesContract(response, OPERATION[endpoint]);
}

const throws: Fault[] = ['throw', 'throwString', 'throwUndefined', 'rejectNull'];

/** [endpoint, Model function, fault, expected] */
type Row = [Endpoint, string, Fault, Expected];

const invalidClientBasic: Expected = {
  status: 401,
  error: 'invalid_client',
  description: 'Invalid client: client is invalid',
};
const invalidCode: Expected = {
  status: 400,
  error: 'invalid_grant',
  description: 'Invalid grant: authorization code is invalid',
};
const invalidRefresh: Expected = {
  status: 400,
  error: 'invalid_grant',
  description: 'Invalid grant: refresh token is invalid',
};
const invalidScope: Expected = {
  status: 400,
  error: 'invalid_scope',
  description: 'Invalid scope: Requested scope is invalid',
};

const tokenEndpoints: Endpoint[] = ['authorizationCode', 'refreshToken', 'clientCredentials'];

const rows: Row[] = [
  // A Model function that throws (anything) is a generic server_error (§5.1 rows 1–2).
  ...tokenEndpoints.flatMap((e) => throws.map((f): Row => [e, 'getClient', f, serverError])),
  ...tokenEndpoints.flatMap((e) => throws.map((f): Row => [e, 'saveToken', f, serverError])),
  ...throws.map((f): Row => ['authorizationCode', 'getAuthorizationCode', f, serverError]),
  ...throws.map((f): Row => ['authorizationCode', 'revokeAuthorizationCode', f, serverError]),
  ...throws.map((f): Row => ['authorizationCode', 'validateScope', f, serverError]),
  ...throws.map((f): Row => ['clientCredentials', 'validateScope', f, serverError]),
  ...throws.map((f): Row => ['refreshToken', 'getRefreshToken', f, serverError]),
  ...throws.map((f): Row => ['refreshToken', 'revokeToken', f, serverError]),
  ...throws.map((f): Row => ['authorize', 'getClient', f, serverError]),
  ...throws.map((f): Row => ['authorize', 'validateScope', f, redirectedServerError]),
  ...throws.map((f): Row => ['authorize', 'saveAuthorizationCode', f, redirectedServerError]),
  ...throws.map((f): Row => ['authenticate', 'getAccessToken', f, serverError]),

  // null where an entity is expected is "not found" (§5.1 row 4).
  ...tokenEndpoints.map((e): Row => [e, 'getClient', 'null', invalidClientBasic]),
  ['authorizationCode', 'getAuthorizationCode', 'null', invalidCode],
  ['refreshToken', 'getRefreshToken', 'null', invalidRefresh],
  ['authorizationCode', 'validateScope', 'null', invalidScope],
  ['clientCredentials', 'validateScope', 'null', invalidScope],
  [
    'authorize',
    'getClient',
    'null',
    { status: 400, error: 'invalid_client', description: 'Invalid client: client credentials are invalid' },
  ],
  [
    'authorize',
    'validateScope',
    'null',
    { redirect: 'invalid_scope', description: 'Invalid scope: Requested scope is invalid' },
  ],
  [
    'authenticate',
    'getAccessToken',
    'null',
    { status: 401, error: 'invalid_token', description: 'Invalid token: access token is invalid' },
  ],
  // ... but saveToken / saveAuthorizationCode returning nothing is the server's failure.
  ...tokenEndpoints.map((e): Row => [e, 'saveToken', 'null', serverError]),
  ['authorize', 'saveAuthorizationCode', 'null', redirectedServerError],

  // A lost compare-and-set (§5.1: revoke returns false) is invalid_grant; never proceed to issue tokens.
  ['authorizationCode', 'revokeAuthorizationCode', 'false', invalidCode],
  ['authorizationCode', 'revokeAuthorizationCode', 'null', invalidCode],
  [
    'refreshToken',
    'revokeToken',
    'false',
    {
      status: 400,
      error: 'invalid_grant',
      description: 'Invalid grant: refresh token is invalid or could not be revoked',
    },
  ],

  // Wrong types are a server_error, fail closed (§5.1 row 5).
  ...tokenEndpoints.map((e): Row => [
    e,
    'getClient',
    { patch: { grants: 'authorization_code' } },
    serverError,
  ]),
  ...tokenEndpoints.map((e): Row => [e, 'getClient', { patch: { accessTokenLifetime: -1 } }, serverError]),
  ['authorize', 'getClient', { patch: { grants: 'authorization_code' } }, serverError],
  ['authorize', 'getClient', { patch: { redirectUris: CONFIDENTIAL.redirectUri } }, serverError],
  ['authorizationCode', 'getAuthorizationCode', { patch: { expiresAt: new Date('x') } }, serverError],
  ['authorizationCode', 'getAuthorizationCode', { patch: { expiresAt: '2999-01-01' } }, serverError],
  ['authorizationCode', 'getAuthorizationCode', { patch: { scope: 'read' } }, serverError],
  ['authorizationCode', 'getAuthorizationCode', { patch: { user: undefined } }, serverError],
  ['authorizationCode', 'getAuthorizationCode', { patch: { client: { id: CONFIDENTIAL.id } } }, serverError],
  ['refreshToken', 'getRefreshToken', { patch: { refreshTokenExpiresAt: new Date('x') } }, serverError],
  ['refreshToken', 'getRefreshToken', { patch: { scope: 'read' } }, serverError],
  ['refreshToken', 'getRefreshToken', { patch: { user: 'alice' } }, serverError],
  ['authorizationCode', 'validateScope', { returns: 'read' }, serverError],
  ['clientCredentials', 'validateScope', { returns: ['read write'] }, serverError],
  ['authorize', 'validateScope', { returns: 'admin_read' }, redirectedServerError],
  ...tokenEndpoints.map((e): Row => [
    e,
    'saveToken',
    { patch: { accessTokenExpiresAt: new Date('x') } },
    serverError,
  ]),
  ...tokenEndpoints.map((e): Row => [e, 'saveToken', { patch: { scope: 'read' } }, serverError]),
  ...tokenEndpoints.map((e): Row => [e, 'saveToken', { patch: { accessToken: '' } }, serverError]),
  ...tokenEndpoints.map((e): Row => [
    e,
    'saveToken',
    { patch: { client: { id: 'other', grants: [] } } },
    serverError,
  ]),
  ...tokenEndpoints.map((e): Row => [e, 'saveToken', { returns: true }, serverError]),
  ['authorize', 'saveAuthorizationCode', { returns: 'code' }, redirectedServerError],
  ['authenticate', 'getAccessToken', { patch: { accessTokenExpiresAt: new Date('x') } }, serverError],
  ['authenticate', 'getAccessToken', { patch: { scope: 'read' } }, serverError],
  ['authenticate', 'getAccessToken', { patch: { user: undefined, client: undefined } }, serverError],

  // A code or refresh token of another client is invalid_grant (RFC 6749 §4.1.3, §6).
  [
    'authorizationCode',
    'getAuthorizationCode',
    { patch: { client: { id: 'other-client', grants: ['authorization_code'] } } },
    invalidCode,
  ],
  [
    'refreshToken',
    'getRefreshToken',
    { patch: { client: { id: 'other-client', grants: ['refresh_token'] } } },
    {
      status: 400,
      error: 'invalid_grant',
      description: 'Invalid grant: refresh token was issued to another client',
    },
  ],

  // Only own properties count (§5.1 row 7): an object whose fields are all inherited is malformed.
  ...tokenEndpoints.map((e): Row => [e, 'getClient', 'inherited', serverError]),
  ...tokenEndpoints.map((e): Row => [e, 'saveToken', 'inherited', serverError]),
  ['authorizationCode', 'getAuthorizationCode', 'inherited', serverError],
  ['refreshToken', 'getRefreshToken', 'inherited', serverError],
  ['authorize', 'getClient', 'inherited', serverError],
  ['authorize', 'saveAuthorizationCode', 'inherited', redirectedServerError],
  ['authenticate', 'getAccessToken', 'inherited', serverError],
];

describe('Model faults (§5.1)', () => {
  it.each(rows)('%s: %s fault %j', async (endpoint, fn, fault, expected) => {
    const outcome = await run(endpoint, { [fn]: fault });
    expectOutcome(endpoint, outcome, expected);
    if (fn !== 'saveToken' && endpoint !== 'authenticate') {
      expect(outcome.saveToken).not.toHaveBeenCalled();
    }
  });

  it('a client whose grants are inherited (prototype pollution) is a server_error', async () => {
    const polluted = Object.assign(Object.create({ grants: ['client_credentials'] }) as object, {
      id: CONFIDENTIAL.id,
    });
    const outcome = await run('clientCredentials', { getClient: { returns: polluted } });
    expectOutcome('clientCredentials', outcome, serverError);
  });
});

describe('An entity that does not match the lookup (§5.1 row 6)', () => {
  const mismatches: [Endpoint, string, Record<string, unknown>][] = [
    ['authorizationCode', 'getClient', { id: 'other-client' }],
    ['clientCredentials', 'getClient', { id: 'other-client' }],
    ['authorizationCode', 'getAuthorizationCode', { authorizationCode: 'another-code' }],
    ['refreshToken', 'getRefreshToken', { refreshToken: 'another-refresh-token' }],
    ['authorize', 'getClient', { id: 'other-client' }],
    ['authenticate', 'getAccessToken', { accessToken: 'another-token' }],
  ];

  it.each(mismatches)('%s: %s returning %j never succeeds', async (endpoint, fn, patch) => {
    const outcome = await run(endpoint, { [fn]: { patch } });
    expect(outcome.value).toBeUndefined();
    expect(outcome.error).toBeDefined();
    expect(outcome.response.status).toBeGreaterThanOrEqual(400);
    expect(JSON.stringify(outcome.response.body ?? {})).not.toContain('access_token');
    expect(outcome.saveToken).not.toHaveBeenCalled();
    expect(outcome.saveAuthorizationCode).not.toHaveBeenCalled();
    expectNoSecrets(outcome.response);
    expectMatchesContract(outcome.response, OPERATION[endpoint]);
  });

  // The checklist (§5.1) allows rejecting like "not found"; the project's issue 3 makes a lookup that returns
  // another entity a server_error (a buggy or injected query is the server's fault, and must never succeed).
  it.each<[Endpoint, string, Record<string, unknown>]>([
    ['authorizationCode', 'getClient', { id: 'other-client' }],
    ['clientCredentials', 'getClient', { id: 'other-client' }],
    ['authorizationCode', 'getAuthorizationCode', { authorizationCode: 'another-code' }],
    ['refreshToken', 'getRefreshToken', { refreshToken: 'another-refresh-token' }],
    ['authorize', 'getClient', { id: 'other-client' }],
  ])('%s: %s returning %j is a server_error', async (endpoint, fn, patch) => {
    const outcome = await run(endpoint, { [fn]: { patch } });
    expectOutcome(endpoint, outcome, serverError);
  });
});

describe('authorize with the default bearer authentication of the resource owner', () => {
  async function authorizeWithBearer(authorization: string | undefined, plan: FaultPlan = {}) {
    const { store } = await createFixture();
    const client = store.getClient(CONFIDENTIAL.id, null)!;
    const expires = new Date(Date.now() + 3_600_000);
    store.saveToken({ accessToken: 'user-token', accessTokenExpiresAt: expires }, client, {
      username: 'alice',
    });
    store.saveToken({ accessToken: 'client-token', accessTokenExpiresAt: expires }, client, undefined);
    const server = new OAuth2Server({ model: faulty(store, plan) });
    const request = consentPost();
    if (authorization !== undefined) request.headers.authorization = authorization;
    const saveAuthorizationCode = vi.spyOn(store, 'saveAuthorizationCode');
    const outcome = await settle((response) => server.authorize(request, response));
    expectMatchesContract(outcome.response, 'authorizeForm');
    return { ...outcome, saveAuthorizationCode };
  }

  it('a user token authenticates the resource owner', async () => {
    const { response, saveAuthorizationCode } = await authorizeWithBearer('Bearer user-token');
    expect(response.status).toBe(303);
    expect(new URL(response.headers.location!).searchParams.get('code')).toMatch(/^[0-9a-f]{64}$/);
    expect(saveAuthorizationCode).toHaveBeenCalledOnce();
  });

  it('a token without a user (client credentials) is a server_error, not redirected', async () => {
    const { response, saveAuthorizationCode } = await authorizeWithBearer('Bearer client-token');
    expect(response.status).toBe(500);
    expect(response.body).toEqual({ error: 'server_error', error_description: SERVER_ERROR });
    expect(response.headers.location).toBeUndefined();
    expect(saveAuthorizationCode).not.toHaveBeenCalled();
  });

  it('an unknown token is 401 invalid_token with the challenge', async () => {
    const { response } = await authorizeWithBearer('Bearer unknown');
    expect(response.status).toBe(401);
    expect(response.body).toEqual({
      error: 'invalid_token',
      error_description: 'Invalid token: access token is invalid',
    });
    expect(response.headers['www-authenticate']).toBe(
      'Bearer realm="Service", error="invalid_token", error_description="Invalid token: access token is invalid"',
    );
  });

  it('no credentials is a bare 401 challenge', async () => {
    const { response } = await authorizeWithBearer(undefined);
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Bearer realm="Service"');
    expect(response.body).toBeUndefined();
  });

  it.each<Fault>(['throw', 'throwString'])(
    'getAccessToken fault %s is a generic server_error without a challenge error',
    async (fault) => {
      const { response } = await authorizeWithBearer('Bearer user-token', { getAccessToken: fault });
      expect(response.status).toBe(500);
      expect(response.body).toEqual({ error: 'server_error', error_description: SERVER_ERROR });
      expect(response.headers['www-authenticate'] ?? '').not.toMatch(/error=/);
      expectNoSecrets(response);
    },
  );
});

describe('A lookup returning a truthy non-object (§5.1 row 5: wrong types)', () => {
  const rows: [Endpoint, string][] = [
    ['authorizationCode', 'getAuthorizationCode'],
    ['refreshToken', 'getRefreshToken'],
    ['authenticate', 'getAccessToken'],
  ];

  it.each(rows)('%s: %s returning true never succeeds', async (endpoint, fn) => {
    const outcome = await run(endpoint, { [fn]: { returns: true } });
    expect(outcome.value).toBeUndefined();
    expect(outcome.response.status).toBeGreaterThanOrEqual(400);
    expect(outcome.saveToken).not.toHaveBeenCalled();
    expectNoSecrets(outcome.response);
    expectMatchesContract(outcome.response, OPERATION[endpoint]);
  });

  it.each<[Endpoint, string]>([
    ['authorizationCode', 'getClient'],
    ['authorize', 'getClient'],
  ])('%s: %s returning true is a server_error', async (endpoint, fn) => {
    expectOutcome(endpoint, await run(endpoint, { [fn]: { returns: true } }), serverError);
  });

  it.each(rows)('%s: %s returning true is a server_error', async (endpoint, fn) => {
    expectOutcome(endpoint, await run(endpoint, { [fn]: { returns: true } }), serverError);
  });
});

describe('A Model that never answers (§5.1 row 3, modelTimeout)', () => {
  const hangs: [Endpoint, string][] = [
    ['authorizationCode', 'getClient'],
    ['authorizationCode', 'getAuthorizationCode'],
    ['authorizationCode', 'revokeAuthorizationCode'],
    ['authorizationCode', 'saveToken'],
    ['refreshToken', 'getRefreshToken'],
    ['refreshToken', 'revokeToken'],
    ['clientCredentials', 'validateScope'],
    ['clientCredentials', 'saveToken'],
    ['authenticate', 'getAccessToken'],
  ];

  it.each(hangs)(
    '%s: %s hangs → 503 temporarily_unavailable with Retry-After, within the deadline',
    async (endpoint, fn) => {
      const started = Date.now();
      const outcome = await run(endpoint, { [fn]: 'hang' }, { modelTimeout: 50 });
      expect(Date.now() - started).toBeLessThan(2000);
      expect(outcome.error?.name).toBe('temporarily_unavailable');
      expectOutcome(endpoint, outcome, unavailable);
    },
  );

  it.each<[Endpoint, string]>([
    ['authorizationCode', 'revokeAuthorizationCode'],
    ['authorizationCode', 'getAuthorizationCode'],
    ['refreshToken', 'revokeToken'],
    ['clientCredentials', 'validateScope'],
  ])('%s: a late %s answer issues no token after the deadline', async (endpoint, fn) => {
    const outcome = await run(endpoint, { [fn]: { delay: 150 } }, { modelTimeout: 50 });
    expectOutcome(endpoint, outcome, unavailable);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(outcome.saveToken).not.toHaveBeenCalled();
  });

  it('authorize: getClient hangs → 503 temporarily_unavailable with Retry-After, no redirect', async () => {
    const outcome = await run('authorize', { getClient: 'hang' }, { modelTimeout: 50 });
    expect(outcome.response.status).toBe(503);
    expect(outcome.response.body).toEqual({
      error: 'temporarily_unavailable',
      error_description: UNAVAILABLE,
    });
    expect(outcome.response.headers['retry-after']).toBe('5');
    expect(outcome.response.headers.location).toBeUndefined();
    expect(outcome.saveAuthorizationCode).not.toHaveBeenCalled();
    expectMatchesContract(outcome.response, 'authorizeForm');
  });

  // Once the redirect URI is verified, errors go back to the client by redirect (RFC 6749 §4.1.2.1:
  // temporarily_unavailable exists "because a 503 Service Unavailable HTTP status code cannot be returned to the
  // client via an HTTP redirect").
  it('authorize: saveAuthorizationCode hangs → redirect with temporarily_unavailable', async () => {
    const outcome = await run('authorize', { saveAuthorizationCode: 'hang' }, { modelTimeout: 50 });
    expectOutcome('authorize', outcome, { redirect: 'temporarily_unavailable', description: UNAVAILABLE });
  });

  it('authorize: a late validateScope is not followed by any other Model call', async () => {
    const fixture = await createFixture();
    const generate = vi.fn(() => 'generated-code-value');
    const model = new Proxy(faulty(fixture.store, { validateScope: { delay: 150 } }), {
      get(target, key, receiver): unknown {
        return key === 'generateAuthorizationCode' ? generate : Reflect.get(target, key, receiver);
      },
    });
    const save = vi.spyOn(fixture.store, 'saveAuthorizationCode');
    const server = new OAuth2Server({
      model,
      authenticateHandler: { handle: () => fixture.user },
      modelTimeout: 50,
    });
    const outcome = await settle((res) => server.authorize(consentPost(), res));
    expectOutcome(
      'authorize',
      { ...outcome, saveToken: vi.fn(), saveAuthorizationCode: vi.fn() },
      { redirect: 'temporarily_unavailable', description: UNAVAILABLE },
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(generate).not.toHaveBeenCalled();
    expect(save).not.toHaveBeenCalled();
  });
});

describe('Optional generate* hooks (§5.1: wrong types are a server_error)', () => {
  const hooks = {
    generateAccessToken: () => 'custom-access-token',
    generateRefreshToken: () => 'custom-refresh-token',
    generateAuthorizationCode: () => 'custom-authorization-code',
  };

  it('their values are used when well-formed', async () => {
    const token = await run('authorizationCode', {}, {}, hooks);
    expect(token.response.status).toBe(200);
    expect(token.response.body).toMatchObject({
      access_token: 'custom-access-token',
      refresh_token: 'custom-refresh-token',
    });
    expectMatchesContract(token.response, 'token');
    const code = await run('authorize', {}, {}, hooks);
    expect(code.response.status).toBe(303);
    expect(new URL(code.response.headers.location!).searchParams.get('code')).toBe(
      'custom-authorization-code',
    );
    expectMatchesContract(code.response, 'authorizeForm');
  });

  it.each<[Endpoint, string, Fault, Expected]>([
    ['authorizationCode', 'generateAccessToken', { returns: '' }, serverError],
    ['clientCredentials', 'generateAccessToken', { returns: 't\u00f6k' }, serverError],
    ['refreshToken', 'generateAccessToken', { returns: 42 }, serverError],
    ['authorizationCode', 'generateAccessToken', 'throw', serverError],
    ['authorizationCode', 'generateRefreshToken', { returns: 'a\nb' }, serverError],
    ['refreshToken', 'generateRefreshToken', 'throwString', serverError],
    ['authorize', 'generateAuthorizationCode', { returns: '' }, redirectedServerError],
    ['authorize', 'generateAuthorizationCode', 'throw', redirectedServerError],
    ['authorize', 'generateAuthorizationCode', { returns: null }, redirectedServerError],
  ])('%s: %s fault %j', async (endpoint, fn, fault, expected) => {
    const outcome = await run(endpoint, { [fn]: fault }, {}, hooks);
    expectOutcome(endpoint, outcome, expected);
    expect(outcome.saveToken).not.toHaveBeenCalled();
    expect(outcome.saveAuthorizationCode).not.toHaveBeenCalled();
  });

  it('a hanging generateAccessToken is 503 temporarily_unavailable', async () => {
    const outcome = await run(
      'clientCredentials',
      { generateAccessToken: 'hang' },
      { modelTimeout: 50 },
      hooks,
    );
    expectOutcome('clientCredentials', outcome, unavailable);
  });
});

describe('A Model call that would start after the deadline', () => {
  it('is answered 503 temporarily_unavailable: a slow synchronous getClient, then an asynchronous saveToken', async () => {
    const { store } = await createFixture();
    const model = {
      getClient(id: string, secret: string | null) {
        const until = performance.now() + 80;
        while (performance.now() < until) {
          // Blocks past the 50 ms deadline.
        }
        return store.getClient(id, secret);
      },
      saveToken: (...args: Parameters<typeof store.saveToken>) => Promise.resolve(store.saveToken(...args)),
    };
    const server = new OAuth2Server({ model, modelTimeout: 50 });
    const outcome = await settle((response) =>
      server.token(tokenRequest({ grant_type: 'client_credentials' }), response),
    );
    expectOutcome(
      'clientCredentials',
      { ...outcome, saveToken: vi.fn(), saveAuthorizationCode: vi.fn() },
      unavailable,
    );
  });

  it('is not made: a slow synchronous getClient, then no saveToken', async () => {
    const { store } = await createFixture();
    const saveToken = vi.fn((...args: Parameters<typeof store.saveToken>) =>
      Promise.resolve(store.saveToken(...args)),
    );
    const model = {
      getClient(id: string, secret: string | null) {
        const until = performance.now() + 80;
        while (performance.now() < until) {
          // A synchronous Model cannot be pre-empted: it blocks past the 50 ms deadline.
        }
        return store.getClient(id, secret);
      },
      saveToken,
    };
    const server = new OAuth2Server({ model, modelTimeout: 50 });
    const outcome = await settle((response) =>
      server.token(tokenRequest({ grant_type: 'client_credentials' }), response),
    );
    expectOutcome(
      'clientCredentials',
      { ...outcome, saveToken, saveAuthorizationCode: vi.fn() },
      unavailable,
    );
    expect(saveToken).not.toHaveBeenCalled();
  });
});

describe('Partial failure: the code is consumed, then saveToken throws (§5.1 row 8)', () => {
  it('fails closed: 500, and the code stays consumed', async () => {
    const fixture = await createFixture();
    const code = await obtainCode(fixture.server);
    const server = new OAuth2Server({ model: faulty(fixture.store, { saveToken: 'throw' }) });
    const request = () =>
      tokenRequest({
        grant_type: 'authorization_code',
        code,
        redirect_uri: CONFIDENTIAL.redirectUri,
        code_verifier: VERIFIER,
      });
    const failed = await settle((response) => server.token(request(), response));
    expectOutcome(
      'authorizationCode',
      { ...failed, saveToken: vi.fn(), saveAuthorizationCode: vi.fn() },
      serverError,
    );
    const retry = await settle((response) => fixture.server.token(request(), response));
    expect(retry.response.status).toBe(400);
    expect(retry.response.body).toEqual({
      error: 'invalid_grant',
      error_description: 'Invalid grant: authorization code is invalid',
    });
    expectMatchesContract(retry.response, 'token');
  });
});
