import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as library from '../../src/index.js';
import OAuth2ServerDefault, {
  AbstractGrantType,
  AccessDeniedError,
  InvalidArgumentError,
  InvalidClientError,
  InvalidGrantError,
  InvalidTokenError,
  OAuth2Server,
  OAuthError,
  Request,
  Response,
  type AuthorizationCode,
  type Callback,
  type Client,
  type Token,
} from '../../src/index.js';
import { OAuth2Server as ServerClass } from '../../src/server.js';
import { expectMatchesContract } from '../helpers/contract.js';
import { faulty } from '../helpers/faults.js';
import {
  CONFIDENTIAL,
  authorizeParams,
  consentPost,
  createFixture,
  tokenRequest,
  type Fixture,
} from '../helpers/oauth.js';

const TOKEN = 'server-test-token';

/** Fails the test on any unhandled rejection, on top of the suite-wide handler. */
const unhandled = vi.fn();
beforeEach(() => {
  unhandled.mockClear();
  process.on('unhandledRejection', unhandled);
});
afterEach(async () => {
  await new Promise((resolve) => setTimeout(resolve, 10));
  process.off('unhandledRejection', unhandled);
  expect(unhandled).not.toHaveBeenCalled();
});

async function setup(options: Parameters<typeof createFixture>[0] = {}): Promise<Fixture> {
  const fixture = await createFixture(options);
  const client = fixture.store.getClient(CONFIDENTIAL.id, null)!;
  fixture.store.saveToken(
    { accessToken: TOKEN, accessTokenExpiresAt: new Date(Date.now() + 3_600_000), scope: ['read'] },
    client,
    fixture.user,
  );
  return fixture;
}

function bearer(token = TOKEN): Request {
  return new Request({ method: 'GET', query: {}, headers: { authorization: `Bearer ${token}` } });
}

const clientCredentials = (): Request => tokenRequest({ grant_type: 'client_credentials', scope: 'read' });

/** Waits until every callback scheduled with process.nextTick / setImmediate has run, and a little more. */
const settled = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

/** A callback that records its calls. */
function recorder<T>() {
  const calls: unknown[][] = [];
  const callback: Callback<T> = (...args) => {
    calls.push(args);
  };
  return { calls, callback };
}

describe('promise style', () => {
  it('authenticate resolves with the token, and rejects with the OAuthError', async () => {
    const { server, user } = await setup();
    const ok = new Response();
    await expect(server.authenticate(bearer(), ok)).resolves.toMatchObject({ accessToken: TOKEN, user });
    const bad = new Response();
    const rejection = server.authenticate(bearer('nope'), bad);
    await expect(rejection).rejects.toBeInstanceOf(InvalidTokenError);
    await expect(rejection).rejects.toThrow('Invalid token: access token is invalid');
    expect(bad.status).toBe(401);
  });

  it('authorize resolves with the saved code, and rejects with the OAuthError', async () => {
    const { server } = await setup();
    const ok = new Response();
    const code = await server.authorize(consentPost(), ok);
    expect(code).toMatchObject({
      authorizationCode: expect.any(String) as unknown,
      client: { id: CONFIDENTIAL.id },
    });
    expect(ok.status).toBe(303);
    const bad = new Response();
    await expect(server.authorize(consentPost({ client_id: 'unknown' }), bad)).rejects.toBeInstanceOf(
      InvalidClientError,
    );
    expect(bad.status).toBe(400);
  });

  it('authorize rejects with the error it redirected, once the redirect URI is verified', async () => {
    const { server } = await setup();
    const response = new Response();
    const get = new Request({ method: 'GET', headers: {}, query: authorizeParams() });
    await expect(server.authorize(get, response)).rejects.toBeInstanceOf(AccessDeniedError);
    expect(response.status).toBe(302);
    expect(new URL(response.headers.location!).searchParams.get('error')).toBe('access_denied');
    expectMatchesContract(response, 'authorize');
  });

  it('token resolves with the saved token, and rejects with the OAuthError', async () => {
    const { server } = await setup();
    const ok = new Response();
    const token = await server.token(clientCredentials(), ok);
    expect(token).toMatchObject({
      accessToken: expect.any(String) as unknown,
      client: { id: CONFIDENTIAL.id },
    });
    expect(ok.body).toMatchObject({ access_token: token.accessToken, token_type: 'Bearer' });
    expectMatchesContract(ok, 'token');
    const bad = new Response();
    await expect(
      server.token(tokenRequest({ grant_type: 'authorization_code', code: 'nope' }), bad),
    ).rejects.toBeInstanceOf(InvalidGrantError);
    expect(bad.status).toBe(400);
    expectMatchesContract(bad, 'token');
  });
});

describe('Node-style callback', () => {
  it.each(['authenticate', 'token', 'authorize'] as const)(
    '%s: success calls back once with (null, result); the promise resolves with it',
    async (method) => {
      const { server } = await setup();
      const { calls, callback } = recorder<AuthorizationCode | Token>();
      const response = new Response();
      let returned: unknown;
      if (method === 'authenticate') returned = await server.authenticate(bearer(), response, callback);
      if (method === 'token') returned = await server.token(clientCredentials(), response, callback);
      if (method === 'authorize') returned = await server.authorize(consentPost(), response, callback);
      await settled();
      expect(calls).toHaveLength(1);
      expect(calls[0]).toHaveLength(2);
      expect(calls[0]![0]).toBeNull();
      expect(calls[0]![1]).toBe(returned);
      expect(returned).toBeTypeOf('object');
    },
  );

  it.each(['authenticate', 'token', 'authorize'] as const)(
    '%s: failure calls back once with the OAuthError; the promise never rejects',
    async (method) => {
      const { server } = await setup();
      const { calls, callback } = recorder<AuthorizationCode | Token>();
      const response = new Response();
      let returned: Promise<unknown>;
      if (method === 'authenticate') returned = server.authenticate(bearer('nope'), response, callback);
      else if (method === 'token') {
        returned = server.token(
          tokenRequest({ grant_type: 'authorization_code', code: 'x' }),
          response,
          callback,
        );
      } else returned = server.authorize(consentPost({ client_id: 'unknown' }), response, callback);
      await expect(returned).resolves.toBeUndefined();
      await settled();
      expect(calls).toHaveLength(1);
      expect(calls[0]).toHaveLength(1);
      const error = calls[0]![0] as OAuthError;
      expect(error).toBeInstanceOf(OAuthError);
      expect(error.name).toBe(
        { authenticate: 'invalid_token', token: 'invalid_grant', authorize: 'invalid_client' }[method],
      );
    },
  );

  it('calls back asynchronously, after the promise settles', async () => {
    const { server } = await setup();
    const order: string[] = [];
    const promise = server.token(clientCredentials(), new Response(), () => order.push('callback'));
    await promise.then(() => order.push('promise'));
    await settled();
    expect(order).toEqual(['promise', 'callback']);
  });

  it('wraps a Model failure into a ServerError for the callback', async () => {
    const { store } = await setup();
    const server = new OAuth2Server({ model: faulty(store, { getClient: 'throwString' }) });
    const { calls, callback } = recorder<AuthorizationCode | Token>();
    await expect(server.token(clientCredentials(), new Response(), callback)).resolves.toBeUndefined();
    await settled();
    expect(calls).toHaveLength(1);
    expect((calls[0]![0] as OAuthError).name).toBe('server_error');
  });

  it('passes misuse (an invalid request object) to the callback too', async () => {
    const { server } = await setup();
    const { calls, callback } = recorder<AuthorizationCode | Token>();
    await expect(server.token('not a request', new Response(), callback)).resolves.toBeUndefined();
    await settled();
    expect(calls).toHaveLength(1);
    expect(calls[0]![0]).toBeInstanceOf(InvalidArgumentError);
    expect((calls[0]![0] as Error).message).toBe(
      'Invalid argument: `request` must be an instance of Request',
    );
  });

  it('takes the callback in the options position or after options', async () => {
    const { server } = await setup();
    const first = recorder<AuthorizationCode | Token>();
    const second = recorder<AuthorizationCode | Token>();
    await server.authenticate(bearer(), new Response(), 'read', first.callback);
    await server.token(clientCredentials(), new Response(), { accessTokenLifetime: 60 }, second.callback);
    await settled();
    expect(first.calls).toHaveLength(1);
    expect(first.calls[0]![0]).toBeNull();
    expect(second.calls).toHaveLength(1);
    expect((second.calls[0]![1] as Token).accessTokenExpiresAt!.getTime() - Date.now()).toBeLessThanOrEqual(
      60_000,
    );
  });
});

describe('authenticate(request, response, scope) shorthand', () => {
  it('a string is the required scope', async () => {
    const { server } = await setup();
    const ok = new Response();
    await server.authenticate(bearer(), ok, 'read');
    expect(ok.headers['x-accepted-oauth-scopes']).toBe('read');
    const forbidden = new Response();
    await expect(server.authenticate(bearer(), forbidden, 'read write')).rejects.toMatchObject({
      name: 'insufficient_scope',
    });
    expect(forbidden.status).toBe(403);
    expect(forbidden.headers['www-authenticate']).toMatch(/scope="read write"$/);
  });
});

describe('per-call options', () => {
  class CountingGrant extends AbstractGrantType {
    static constructions = 0;
    constructor(...args: ConstructorParameters<typeof AbstractGrantType>) {
      super(...args);
      CountingGrant.constructions += 1;
    }
    handle(_request: Request, client: Client): Token {
      return { accessToken: 'x', client };
    }
  }

  it('override the constructor options for that call only', async () => {
    const { server } = await setup({ accessTokenLifetime: 3600, scope: 'write' });
    const short = new Response();
    await server.token(clientCredentials(), short, { accessTokenLifetime: 60 });
    expect((short.body as { expires_in: number }).expires_in).toBeGreaterThan(55);
    expect((short.body as { expires_in: number }).expires_in).toBeLessThanOrEqual(60);
    const normal = new Response();
    await server.token(clientCredentials(), normal);
    expect((normal.body as { expires_in: number }).expires_in).toBeGreaterThan(3590);
    await expect(server.authenticate(bearer(), new Response())).rejects.toMatchObject({
      name: 'insufficient_scope',
    });
    await expect(server.authenticate(bearer(), new Response(), { scope: 'read' })).resolves.toMatchObject({
      accessToken: TOKEN,
    });
  });

  it('are resolved once per options object, and once per distinct plain values written at the call', async () => {
    CountingGrant.constructions = 0;
    const { server } = await setup({ extendedGrantTypes: { 'urn:example:counting': CountingGrant } });
    expect(CountingGrant.constructions).toBe(1);
    const options = { accessTokenLifetime: 60 };
    await server.token(clientCredentials(), new Response(), options);
    await server.token(clientCredentials(), new Response(), options);
    expect(CountingGrant.constructions).toBe(2);
    // The same values in a new object (the old library's examples write them at each call): no new build.
    await server.token(clientCredentials(), new Response(), { accessTokenLifetime: 60 });
    expect(CountingGrant.constructions).toBe(2);
    await server.token(clientCredentials(), new Response(), { accessTokenLifetime: 61 });
    expect(CountingGrant.constructions).toBe(3);
    await server.token(clientCredentials(), new Response(), {});
    await server.token(clientCredentials(), new Response());
    expect(CountingGrant.constructions).toBe(3);
    // An option holding an object is resolved per options object: its identity may matter.
    const extended = { extendedGrantTypes: { 'urn:example:counting': CountingGrant } };
    await server.token(clientCredentials(), new Response(), extended);
    await server.token(clientCredentials(), new Response(), extended);
    expect(CountingGrant.constructions).toBe(4);
    await server.token(clientCredentials(), new Response(), { ...extended });
    expect(CountingGrant.constructions).toBe(5);
  });

  it('remember at most 64 distinct plain-value option sets, and still serve the ones beyond', async () => {
    CountingGrant.constructions = 0;
    const { server } = await setup({ extendedGrantTypes: { 'urn:example:counting': CountingGrant } });
    for (let i = 0; i < 70; i++) {
      const response = new Response();
      await server.token(clientCredentials(), response, { accessTokenLifetime: 100 + i });
      expect((response.body as { expires_in: number }).expires_in).toBeLessThanOrEqual(100 + i);
    }
    expect(CountingGrant.constructions).toBe(71);
    await server.token(clientCredentials(), new Response(), { accessTokenLifetime: 100 });
    expect(CountingGrant.constructions).toBe(71);
    await server.token(clientCredentials(), new Response(), { accessTokenLifetime: 169 });
    expect(CountingGrant.constructions).toBe(72);
  });

  it('authenticate takes a scope string at every call', async () => {
    const { server } = await setup();
    for (let i = 0; i < 3; i++) {
      await expect(server.authenticate(bearer(), new Response(), 'read')).resolves.toMatchObject({
        accessToken: TOKEN,
      });
    }
  });

  it('an invalid per-call option rejects that call with InvalidArgumentError, writing nothing', async () => {
    const { server } = await setup();
    const response = new Response();
    await expect(server.token(clientCredentials(), response, { accessTokenLifetime: -1 })).rejects.toThrow(
      new InvalidArgumentError(
        'Invalid argument: `accessTokenLifetime` must be a positive number of seconds',
      ),
    );
    expect(response.status).toBe(200);
    expect(response.body).toEqual({});
  });

  it('keeps the options object it was given', async () => {
    const { store } = await setup();
    const options = { model: store, realm: 'x' };
    expect(new OAuth2Server(options).options).toBe(options);
  });
});

describe('what the server accepts as request and response', () => {
  it('wraps a plain request object, and writes to a plain response object', async () => {
    const { server } = await setup();
    const response: { status?: unknown; headers?: unknown; body?: unknown } = {};
    await expect(
      server.authenticate({ method: 'GET', headers: { Authorization: `Bearer ${TOKEN}` } }, response, 'read'),
    ).resolves.toMatchObject({ accessToken: TOKEN });
    expect(response.headers).toEqual({ 'x-accepted-oauth-scopes': 'read', 'x-oauth-scopes': 'read' });
  });

  it('writes through set() when the response has one (an Express response)', async () => {
    const { server } = await setup();
    const set = vi.fn();
    const response = { set, status: 0 as unknown, body: undefined as unknown };
    await server.token(clientCredentials(), response);
    expect(response.status).toBe(200);
    expect(set).toHaveBeenCalledWith('cache-control', 'no-store');
    expect(set).toHaveBeenCalledWith('pragma', 'no-cache');
  });

  it.each(['authenticate', 'authorize', 'token'] as const)(
    '%s rejects a request that is not one, and a response that is not an object',
    async (method) => {
      const { server } = await setup();
      await expect(server[method]('GET /', new Response())).rejects.toThrow(
        'Invalid argument: `request` must be an instance of Request',
      );
      await expect(server[method](bearer(), null)).rejects.toThrow(
        'Invalid argument: `response` must be an instance of Response',
      );
    },
  );
});

describe('a Model without a feature (InvalidArgumentError at call time)', () => {
  const noop = (): undefined => undefined;

  it('authenticate needs getAccessToken', async () => {
    const server = new OAuth2Server({ model: { getClient: noop, saveToken: noop } });
    const response = new Response();
    await expect(server.authenticate(bearer(), response)).rejects.toThrow(
      new InvalidArgumentError('Invalid argument: model does not implement `getAccessToken()`'),
    );
    expect(response.status).toBe(200);
  });

  it('token needs getClient and saveToken', async () => {
    const server = new OAuth2Server({ model: { getAccessToken: noop } });
    await expect(server.token(clientCredentials(), new Response())).rejects.toThrow(
      'Invalid argument: model does not implement `getClient()` and `saveToken()`',
    );
  });

  it('authorize needs the authorization code functions', async () => {
    const server = new OAuth2Server({ model: { getAccessToken: noop } });
    await expect(server.authorize(consentPost(), new Response())).rejects.toThrow(
      'Invalid argument: model does not implement `saveAuthorizationCode()`',
    );
  });

  it('authorize needs an authenticateHandler when the Model cannot authenticate', async () => {
    const model = {
      getClient: noop,
      saveToken: noop,
      getAuthorizationCode: noop,
      saveAuthorizationCode: noop,
      revokeAuthorizationCode: () => false,
    };
    const server = new OAuth2Server({ model });
    await expect(server.authorize(consentPost(), new Response())).rejects.toThrow(
      'Invalid argument: an `authenticateHandler` is needed when the model does not implement `getAccessToken()`',
    );
  });
});

describe('modelTimeout', () => {
  it('0 waits for a slow Model', async () => {
    const { store } = await setup();
    const server = new OAuth2Server({
      model: faulty(store, { getAccessToken: { delay: 30 } }),
      modelTimeout: 0,
    });
    await expect(server.authenticate(bearer(), new Response())).resolves.toMatchObject({
      accessToken: TOKEN,
    });
  });

  it('a Model answering within the deadline is served normally', async () => {
    const { store } = await setup();
    const server = new OAuth2Server({
      model: faulty(store, { getClient: { delay: 5 } }),
      modelTimeout: 1000,
    });
    const response = new Response();
    await server.token(clientCredentials(), response);
    expect(response.status).toBe(200);
    expectMatchesContract(response, 'token');
  });
});

describe('exports (require compatibility)', () => {
  it('the default export is the class, carrying the other exports as statics', () => {
    expect(OAuth2ServerDefault).toBe(ServerClass);
    expect(OAuth2Server).toBe(ServerClass);
    expect(OAuth2ServerDefault.OAuth2Server).toBe(ServerClass);
    expect(OAuth2ServerDefault.Request).toBe(Request);
    expect(OAuth2ServerDefault.Response).toBe(Response);
    expect(OAuth2ServerDefault.AbstractGrantType).toBe(AbstractGrantType);
    expect(OAuth2ServerDefault.InvalidGrantError).toBe(InvalidGrantError);
  });

  it('require() gets the class itself (the "module.exports" export)', () => {
    expect(library['module.exports']).toBe(OAuth2ServerDefault);
  });

  it('every error class is a static and a named export', () => {
    const names = [
      'OAuthError',
      'AccessDeniedError',
      'InsufficientScopeError',
      'InvalidArgumentError',
      'InvalidClientError',
      'InvalidGrantError',
      'InvalidRequestError',
      'InvalidScopeError',
      'InvalidTokenError',
      'ServerError',
      'TemporarilyUnavailableError',
      'UnauthorizedClientError',
      'UnauthorizedRequestError',
      'UnsupportedGrantTypeError',
      'UnsupportedResponseTypeError',
      'UnsupportedTokenTypeError',
    ] as const;
    for (const name of names) {
      expect(OAuth2ServerDefault[name]).toBe(library[name]);
      expect(OAuth2ServerDefault[name].prototype).toBeInstanceOf(Error);
    }
  });

  it('`new OAuth2Server.OAuth2Server()` builds a working server', async () => {
    const { store } = await setup();
    const server = new OAuth2ServerDefault.OAuth2Server({ model: store });
    const request = new OAuth2ServerDefault.Request({
      method: 'POST',
      query: {},
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: {
        grant_type: 'client_credentials',
        client_id: CONFIDENTIAL.id,
        client_secret: CONFIDENTIAL.secret,
      },
    });
    const response = new OAuth2ServerDefault.Response();
    await server.token(request, response);
    expect(response.status).toBe(200);
    expectMatchesContract(response, 'token');
  });
});
