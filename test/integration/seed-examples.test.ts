/**
 * The seed's examples: the three Express middleware wrappers exactly as the `oauth2-server` v3 documentation
 * shows them (`new Request(req)`, `new Response(res)`, `oauth.authenticate/authorize/token(request, response,
 * options)`, `res.locals.oauth = ...`, `next()`), plus an error handler that copies the core's Response to `res`.
 * Mounted on an Express 5 app with `express.urlencoded({ extended: false })` and driven over real HTTP; every
 * answer is held to the contract.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express, {
  type NextFunction,
  type Request as ExpressRequest,
  type Response as ExpressResponse,
} from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import OAuth2Server, {
  type AuthorizationCode,
  type RequestOptions,
  type ResponseOptions,
  type Token,
  type User,
} from '../../src/index.js';
import { s256 } from '../../src/pkce.js';
import { expectMatchesContract, observe, type ContractOperationId } from '../helpers/contract.js';
import { ALICE, CONFIDENTIAL, PUBLIC, VERIFIER, basic, createFixture } from '../helpers/oauth.js';

const { Request, Response } = OAuth2Server;

type Oauth2Request = InstanceType<typeof Request>;
type Oauth2Response = InstanceType<typeof Response>;

interface Session {
  user?: User;
}

// BUG (types): `new Request(req)` / `new Response(res)` with Express's typed `req` / `res` do not compile, because
// `RequestOptions` / `ResponseOptions` declare a string index signature that Express's interfaces lack (TS2345
// "Index signature for type 'string' is missing"). The runtime accepts them; TypeScript users of the documented
// wrappers need a cast. Likely place: src/request.ts RequestOptions, src/response.ts ResponseOptions.
const asRequestOptions = (req: ExpressRequest): RequestOptions => req;
const asResponseOptions = (res: ExpressResponse): ResponseOptions => res as unknown as ResponseOptions;

/** The error handler: the core has written status, headers and body on its Response; send them. */
function handleError(res: ExpressResponse, response: Oauth2Response): void {
  res.status(response.status).set(response.headers);
  if (response.body === undefined) res.end();
  else res.json(response.body);
}

/** The `oauth2-server` v3 docs' wrappers, around one server. */
function middleware(oauth: OAuth2Server) {
  function authenticateHandler(options?: Record<string, unknown>) {
    return function (req: ExpressRequest, res: ExpressResponse, next: NextFunction) {
      const request = new Request(asRequestOptions(req));
      const response = new Response(asResponseOptions(res));
      return oauth
        .authenticate(request, response, options)
        .then(function (token) {
          res.locals.oauth = { token: token };
          next();
        })
        .catch(function () {
          handleError(res, response);
        });
    };
  }

  function authorizeHandler(options?: Record<string, unknown>) {
    return function (req: ExpressRequest, res: ExpressResponse, next: NextFunction) {
      const request = new Request(asRequestOptions(req));
      const response = new Response(asResponseOptions(res));
      return oauth
        .authorize(request, response, options)
        .then(function (code) {
          res.locals.oauth = { code: code };
          next();
        })
        .catch(function () {
          handleError(res, response);
        });
    };
  }

  function tokenHandler(options?: Record<string, unknown>) {
    return function (req: ExpressRequest, res: ExpressResponse, next: NextFunction) {
      const request = new Request(asRequestOptions(req));
      const response = new Response(asResponseOptions(res));
      return oauth
        .token(request, response, options)
        .then(function (token) {
          res.locals.oauth = { token: token };
          next();
        })
        .catch(function () {
          handleError(res, response);
        });
    };
  }

  return { authenticateHandler, authorizeHandler, tokenHandler };
}

/** RFC 6749 §5.1, as the application's /token route writes it from the saved token. */
function tokenResponse(token: Token): Record<string, unknown> {
  const body: Record<string, unknown> = { access_token: token.accessToken, token_type: 'Bearer' };
  if (token.accessTokenExpiresAt) {
    body.expires_in = Math.floor((token.accessTokenExpiresAt.getTime() - Date.now()) / 1000);
  }
  if (token.refreshToken) body.refresh_token = token.refreshToken;
  if (token.scope) body.scope = token.scope.join(' ');
  return body;
}

interface App {
  base: string;
  sessions: Map<string, Session>;
  server: http.Server;
  seenByAuthenticateHandler: Oauth2Request[];
}

async function startApp(): Promise<App> {
  const { store } = await createFixture();
  const oauth = new OAuth2Server({ model: store });
  const { authenticateHandler, authorizeHandler, tokenHandler } = middleware(oauth);
  const sessions = new Map<string, Session>();
  const seenByAuthenticateHandler: Oauth2Request[] = [];

  const app = express();
  app.use(express.urlencoded({ extended: false }));
  // A session middleware in miniature: `req.session`, which `new Request(req)` copies.
  app.use((req, _res, next) => {
    const sid = /(?:^|;\s*)sid=([^;]+)/.exec(req.get('cookie') ?? '')?.[1];
    (req as ExpressRequest & { session: Session }).session = (sid && sessions.get(sid)) || {};
    next();
  });

  const authorizeOptions = {
    authenticateHandler: {
      handle(request: Oauth2Request): User | undefined {
        seenByAuthenticateHandler.push(request);
        return (request.session as Session | undefined)?.user;
      },
    },
  };
  const sendCode = (req: ExpressRequest, res: ExpressResponse): void => {
    const { code } = res.locals.oauth as { code: AuthorizationCode };
    const location = new URL(code.redirectUri);
    location.searchParams.set('code', code.authorizationCode);
    const state = (req.method === 'POST' ? (req.body as Record<string, unknown>) : req.query).state;
    if (typeof state === 'string') location.searchParams.set('state', state);
    res
      .status(req.method === 'POST' ? 303 : 302)
      .set({ Location: location.href, 'Cache-Control': 'no-store' })
      .end();
  };
  app.get('/authorize', authorizeHandler(authorizeOptions), sendCode);
  app.post('/authorize', authorizeHandler(authorizeOptions), sendCode);
  app.post('/token', tokenHandler(), (_req, res) => {
    const { token } = res.locals.oauth as { token: Token };
    res.set({ 'Cache-Control': 'no-store', Pragma: 'no-cache' }).json(tokenResponse(token));
  });
  app.get('/me', authenticateHandler({ scope: 'read' }), (_req, res) => {
    const { token } = res.locals.oauth as { token: Token };
    const username = token.user?.username;
    const me: Record<string, string> = {
      sub: typeof username === 'string' ? username : token.client.id,
      client_id: token.client.id,
    };
    if (typeof username === 'string') me.username = username;
    if (token.scope) me.scope = token.scope.join(' ');
    res.json(me);
  });

  const server = app.listen(0);
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, sessions, server, seenByAuthenticateHandler };
}

let app: App;
beforeAll(async () => {
  app = await startApp();
  app.sessions.set('alice-session', { user: { username: ALICE.username } });
});
afterAll(async () => {
  app.server.closeAllConnections();
  await new Promise((resolve) => app.server.close(resolve));
});

const LOGGED_IN = { cookie: 'sid=alice-session' };

/** Fetches, checks the answer against the contract, and returns it parsed. */
async function call(operation: ContractOperationId, path: string, init: RequestInit = {}) {
  const response = await fetch(`${app.base}${path}`, { redirect: 'manual', ...init });
  const observed = await observe(response);
  expectMatchesContract(observed, operation);
  return { ...observed, location: response.headers.get('location'), headers: response.headers };
}

function form(params: Record<string, string | string[]>): URLSearchParams {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const v of ([] as string[]).concat(value)) body.append(name, v);
  }
  return body;
}

function authorizationParams(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    response_type: 'code',
    client_id: CONFIDENTIAL.id,
    redirect_uri: CONFIDENTIAL.redirectUri,
    state: 'af0ifjsldkj',
    scope: 'read',
    code_challenge: s256(VERIFIER),
    code_challenge_method: 'S256',
    ...overrides,
  };
}

async function approve(params: Record<string, string>): Promise<URL> {
  const answer = await call('authorizeForm', '/authorize', {
    method: 'POST',
    headers: LOGGED_IN,
    body: form({ ...params, allowed: 'true' }),
  });
  expect(answer.status).toBe(303);
  return new URL(answer.location!);
}

async function tokenCall(params: Record<string, string | string[]>, headers: Record<string, string> = {}) {
  return call('token', '/token', { method: 'POST', headers, body: form(params) });
}

const confidential = { authorization: basic(CONFIDENTIAL.id, CONFIDENTIAL.secret) };

describe('the authorization code flow with PKCE, over HTTP through the docs wrappers', () => {
  it('runs authorize → token → protected resource → refresh', async () => {
    const redirect = await approve(authorizationParams());
    expect(redirect.origin + redirect.pathname).toBe(CONFIDENTIAL.redirectUri);
    expect(redirect.searchParams.get('state')).toBe('af0ifjsldkj');
    const code = redirect.searchParams.get('code')!;
    expect(code).toMatch(/^[0-9a-f]{64}$/);

    const issued = await tokenCall(
      {
        grant_type: 'authorization_code',
        code,
        redirect_uri: CONFIDENTIAL.redirectUri,
        code_verifier: VERIFIER,
      },
      confidential,
    );
    expect(issued.status).toBe(200);
    expect(issued.headers.get('cache-control')).toBe('no-store');
    const tokens = issued.body as {
      access_token: string;
      refresh_token: string;
      scope: string;
      expires_in: number;
    };
    expect(tokens).toMatchObject({ token_type: 'Bearer', scope: 'read' });
    expect(tokens.expires_in).toBeGreaterThan(3590);

    const me = await call('getMe', '/me', { headers: { authorization: `Bearer ${tokens.access_token}` } });
    expect(me.status).toBe(200);
    expect(me.body).toEqual({
      sub: ALICE.username,
      username: ALICE.username,
      client_id: CONFIDENTIAL.id,
      scope: 'read',
    });

    const refreshed = await tokenCall(
      { grant_type: 'refresh_token', refresh_token: tokens.refresh_token },
      confidential,
    );
    expect(refreshed.status).toBe(200);
    const rotated = refreshed.body as { access_token: string; refresh_token: string };
    expect(rotated.refresh_token).not.toBe(tokens.refresh_token);
    const again = await call('getMe', '/me', {
      headers: { authorization: `bearer ${rotated.access_token}` },
    });
    expect(again.status).toBe(200);

    const reuse = await tokenCall(
      { grant_type: 'refresh_token', refresh_token: tokens.refresh_token },
      confidential,
    );
    expect(reuse.status).toBe(400);
    expect(reuse.body).toEqual({
      error: 'invalid_grant',
      error_description: 'Invalid grant: refresh token was already used; its grant is revoked',
    });

    const replay = await tokenCall(
      {
        grant_type: 'authorization_code',
        code,
        redirect_uri: CONFIDENTIAL.redirectUri,
        code_verifier: VERIFIER,
      },
      confidential,
    );
    expect(replay.status).toBe(400);
    expect(replay.body).toEqual({
      error: 'invalid_grant',
      error_description: 'Invalid grant: authorization code is invalid',
    });
  });

  it('serves a public client: client_id only, PKCE required', async () => {
    const redirect = await approve(
      authorizationParams({ client_id: PUBLIC.id, redirect_uri: PUBLIC.redirectUri, state: 's1' }),
    );
    const code = redirect.searchParams.get('code')!;
    const wrongVerifier = await tokenCall({
      grant_type: 'authorization_code',
      client_id: PUBLIC.id,
      code,
      redirect_uri: PUBLIC.redirectUri,
      code_verifier: 'x'.repeat(43),
    });
    expect(wrongVerifier.status).toBe(400);
    expect(wrongVerifier.body).toEqual({
      error: 'invalid_grant',
      error_description: 'Invalid grant: code verifier is invalid',
    });

    const second = (
      await approve(authorizationParams({ client_id: PUBLIC.id, redirect_uri: PUBLIC.redirectUri }))
    ).searchParams.get('code')!;
    const issued = await tokenCall({
      grant_type: 'authorization_code',
      client_id: PUBLIC.id,
      code: second,
      redirect_uri: PUBLIC.redirectUri,
      code_verifier: VERIFIER,
    });
    expect(issued.status).toBe(200);
    expect(issued.body).toMatchObject({ token_type: 'Bearer', refresh_token: expect.any(String) as unknown });
  });

  it('the authenticateHandler reads the session copied from req onto the Request', async () => {
    app.seenByAuthenticateHandler.length = 0;
    await approve(authorizationParams());
    expect(app.seenByAuthenticateHandler).toHaveLength(1);
    const request = app.seenByAuthenticateHandler[0]!;
    expect(request).toBeInstanceOf(Request);
    expect(request.session).toEqual({ user: { username: ALICE.username } });
    expect(request.body).toMatchObject({ client_id: CONFIDENTIAL.id, allowed: 'true' });
  });

  it('without approval the GET is redirected back with access_denied (by the error handler)', async () => {
    const query = new URLSearchParams(authorizationParams());
    const answer = await call('authorize', `/authorize?${query}`, { headers: LOGGED_IN });
    expect(answer.status).toBe(302);
    const location = new URL(answer.location!);
    expect(Object.fromEntries(location.searchParams)).toEqual({
      error: 'access_denied',
      error_description: 'Access denied: the resource owner has not approved the request',
      state: 'af0ifjsldkj',
    });
  });

  it('an unknown client is answered directly, never redirected', async () => {
    const query = new URLSearchParams(authorizationParams({ client_id: 'unknown-client' }));
    const answer = await call('authorize', `/authorize?${query}`, { headers: LOGGED_IN });
    expect(answer.status).toBe(400);
    expect(answer.location).toBeNull();
    expect(answer.body).toEqual({
      error: 'invalid_client',
      error_description: 'Invalid client: client credentials are invalid',
    });
  });

  it('without a logged-in user the authorize request fails (the authenticateHandler returned nothing)', async () => {
    const answer = await call('authorizeForm', '/authorize', {
      method: 'POST',
      body: form({ ...authorizationParams(), allowed: 'true' }),
    });
    expect(answer.status).toBe(500);
    expect(answer.body).toEqual({
      error: 'server_error',
      error_description: 'Server error: the request could not be completed',
    });
  });

  it('a repeated parameter in the form body is invalid_request (urlencoded keeps duplicates)', async () => {
    const answer = await tokenCall(
      { grant_type: ['client_credentials', 'client_credentials'] },
      confidential,
    );
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      error: 'invalid_request',
      error_description: 'Invalid request: `grant_type` is included more than once',
    });
  });
});

describe('client credentials and the protected route', () => {
  it('issues a client token that the protected route accepts', async () => {
    const issued = await tokenCall({ grant_type: 'client_credentials', scope: 'read' }, confidential);
    expect(issued.status).toBe(200);
    const { access_token: accessToken } = issued.body as { access_token: string };
    expect(issued.body).not.toHaveProperty('refresh_token');
    const me = await call('getMe', '/me', { headers: { authorization: `Bearer ${accessToken}` } });
    expect(me.status).toBe(200);
    expect(me.body).toEqual({ sub: CONFIDENTIAL.id, client_id: CONFIDENTIAL.id, scope: 'read' });
  });

  it('a wrong client secret is 401 invalid_client with a Basic challenge', async () => {
    const answer = await tokenCall(
      { grant_type: 'client_credentials' },
      { authorization: basic(CONFIDENTIAL.id, 'wrong') },
    );
    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toBe('Basic realm="Service"');
    expect(answer.body).toEqual({
      error: 'invalid_client',
      error_description: 'Invalid client: client is invalid',
    });
  });

  it('no token: 401 with a bare Bearer challenge and an empty body', async () => {
    const me = await call('getMe', '/me');
    expect(me.status).toBe(401);
    expect(me.headers.get('www-authenticate')).toBe('Bearer realm="Service"');
    expect(me.body).toBe('');
  });

  it('an unknown token: 401 invalid_token', async () => {
    const me = await call('getMe', '/me', { headers: { authorization: 'Bearer unknown' } });
    expect(me.status).toBe(401);
    expect(me.headers.get('www-authenticate')).toBe(
      'Bearer realm="Service", error="invalid_token", error_description="Invalid token: access token is invalid"',
    );
    expect(me.body).toEqual({
      error: 'invalid_token',
      error_description: 'Invalid token: access token is invalid',
    });
  });

  it('a token lacking the route scope: 403 insufficient_scope', async () => {
    const issued = await tokenCall({ grant_type: 'client_credentials', scope: 'write' }, confidential);
    const { access_token: accessToken } = issued.body as { access_token: string };
    const me = await call('getMe', '/me', { headers: { authorization: `Bearer ${accessToken}` } });
    expect(me.status).toBe(403);
    expect(me.headers.get('x-accepted-oauth-scopes')).toBe('read');
    expect(me.body).toEqual({
      error: 'insufficient_scope',
      error_description: 'Insufficient scope: authorized scope is insufficient',
    });
  });

  it('a repeated ?access_token= is invalid_request (the query parser keeps duplicates)', async () => {
    const me = await call('getMe', '/me?access_token=a&access_token=b');
    expect(me.status).toBe(400);
    expect(me.body).toEqual({
      error: 'invalid_request',
      error_description: 'Invalid request: `access_token` is included more than once',
    });
  });

  it('two Authorization headers are invalid_request (headersDistinct reaches the core)', async () => {
    const { port } = app.server.address() as AddressInfo;
    const answer = await new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>(
      (resolve, reject) => {
        const req = http.request({ port, host: '127.0.0.1', path: '/me' }, (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
        });
        // Two header lines, as a proxy that appends its own credentials would send them.
        req.setHeader('Authorization', ['Bearer a', 'Bearer b']);
        req.on('error', reject);
        req.end();
      },
    );
    expect(answer.status).toBe(400);
    const parsed = JSON.parse(answer.body) as unknown;
    expect(parsed).toEqual({
      error: 'invalid_request',
      error_description: 'Invalid request: the `Authorization` header is included more than once',
    });
    expectMatchesContract({ status: answer.status, headers: answer.headers, body: parsed }, 'getMe');
  });
});
