/**
 * Helpers for the compliance tests of issue 5's endpoints: revocation (RFC 7009), introspection (RFC 7662) and the
 * metadata documents (RFC 8414, RFC 9728).
 *
 * - `createLifecycleTransport(name, options)`: the transports of `transports.ts`, plus `/revoke`, `/introspect` and
 *   the well-known documents on the core one, and (`withIssuer`) a server whose issuer is the transport's own base
 *   URL, so the URLs its metadata advertises can be requested as they are.
 * - `expectRevoked`, `expectActive`, `expectInactive`, `expectEndpointError`: the exact wire answer (status,
 *   headers, body), and the contract of the operation.
 */
import { expect } from 'vitest';
import { parseBody } from '../../src/adapters/http.js';
import { createHttpServer } from '../../src/adapters/node.js';
import type { IntrospectionResponse } from '../../src/contract.js';
import {
  OAuth2Server,
  Request,
  Response,
  type AuthorizationCodeModel,
  type RefreshTokenModel,
  type RequestAuthenticationModel,
  type ServerOptions,
  type Token,
} from '../../src/index.js';
import { expectMatchesContract, type ContractOperationId } from './contract.js';
import { basic, CONFIDENTIAL, createFixture, obtainCode, PUBLIC, type Fixture } from './oauth.js';
import {
  codeParams,
  expectTokenSuccess,
  NQSCHAR_TEXT,
  obtainPublicCode,
  OTHER,
  postToken,
  publicCodeRequest,
  tokenPost,
} from './token-tests.js';
import {
  closeServer,
  createTransport,
  expressApp,
  httpRequest,
  listen,
  nodeListener,
  type AdapterOptions,
  type Params,
  type Transport,
  type TransportName,
  type TransportRequest,
  type TransportResponse,
} from './transports.js';

/** The issuer the core transport's server gets with `withIssuer` (the HTTP ones get their own base URL). */
export const CORE_ISSUER = 'https://as.example';

/** `Authorization: Basic` of the fixture's confidential client. */
export const CONFIDENTIAL_BASIC = { authorization: basic(CONFIDENTIAL.id, CONFIDENTIAL.secret) } as const;
/** `Authorization: Basic` of {@link OTHER} (register it with `addOtherClient`). */
export const OTHER_BASIC = { authorization: basic(OTHER.id, OTHER.secret) } as const;
/** The body credentials of the fixture's confidential client (`client_secret_post`). */
export const CONFIDENTIAL_POST = { client_id: CONFIDENTIAL.id, client_secret: CONFIDENTIAL.secret } as const;
/** The public client's identification (`none`). */
export const PUBLIC_ID = { client_id: PUBLIC.id } as const;

/** `WWW-Authenticate` of a failed `client_secret_basic` authentication (RFC 6749 §5.2). */
export const BASIC_CHALLENGE = 'Basic realm="Service"';

export interface LifecycleOptions {
  /** Server options for the fixture. */
  server?: Partial<ServerOptions>;
  /** Sets `issuer` to the transport's base URL ({@link CORE_ISSUER} for the core). */
  withIssuer?: boolean;
  /** The route-table options of the HTTP adapters. */
  adapter?: AdapterOptions;
  /** Builds the fixture from the server options (default: `createFixture`). */
  fixture?: (options: Partial<ServerOptions>) => Promise<Fixture>;
}

export interface LifecycleTransport extends Transport {
  /** The base URL of an HTTP transport; {@link CORE_ISSUER} for the core. */
  readonly baseUrl: string;
  /** The issuer the server was built with, if any. */
  readonly issuer: string | undefined;
  /** Requests an absolute URL the server advertised (its origin must be the transport's own). */
  requestUrl(url: string, request: Omit<TransportRequest, 'path' | 'query'>): Promise<TransportResponse>;
}

function coreParams(params: Params | undefined): Record<string, unknown> {
  const out = Object.create(null) as Record<string, unknown>;
  for (const [name, value] of Object.entries(params ?? {}))
    out[name] = typeof value === 'string' ? value : [...value];
  return out;
}

/** The core request an adapter would build for a transport request. */
function coreRequest(request: TransportRequest): Request {
  const headers: Record<string, string> = {};
  if (request.form !== undefined) headers['content-type'] = 'application/x-www-form-urlencoded';
  for (const [name, value] of Object.entries(request.headers ?? {})) headers[name.toLowerCase()] = value;
  const body =
    request.form !== undefined
      ? coreParams(request.form)
      : request.body !== undefined
        ? parseBody(headers['content-type'], Buffer.from(request.body))
        : coreParams(undefined);
  return new Request({ method: request.method, headers, query: coreParams(request.query), body });
}

/** A core `Response` as the transports report it: an empty body is `undefined`. */
export function observed(response: Response): TransportResponse {
  const raw = response.body;
  const empty =
    raw === undefined || raw === null || (typeof raw === 'object' && Object.keys(raw).length === 0);
  return { status: response.status, headers: { ...response.headers }, body: empty ? undefined : raw };
}

/** What the adapters answer at a well-known path when there is no document (no issuer configured). */
const NOT_CONFIGURED: TransportResponse = {
  status: 404,
  headers: { 'content-type': 'text/plain; charset=utf-8' },
  body: 'Not configured: the server has no issuer identifier.\n',
};

function coreLifecycleTransport(fixture: Fixture, issuer: string | undefined): LifecycleTransport {
  const core = createTransport('core', fixture);
  const { server } = fixture;
  const request = async (req: TransportRequest): Promise<TransportResponse> => {
    const { endpoints } = server.resolvedOptions.metadata;
    const { capabilities } = server.resolvedOptions;
    if (req.path === '/.well-known/oauth-authorization-server' && req.method === 'GET') {
      const document = server.metadata();
      if (!document) return NOT_CONFIGURED;
      return { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, body: document };
    }
    const revoke = req.path === endpoints.revocation && capabilities.revocation;
    const introspect = req.path === endpoints.introspection && capabilities.introspection;
    if (!revoke && !introspect) return (await core).request(req);
    const response = new Response();
    try {
      if (revoke) await server.revoke(coreRequest(req), response);
      else await server.introspect(coreRequest(req), response);
    } catch {
      // The error is on the response, as the core wrote it.
    }
    return observed(response);
  };
  return {
    name: 'core',
    fixture,
    baseUrl: CORE_ISSUER,
    issuer,
    request,
    requestUrl(url, req) {
      const target = new URL(url);
      expect(target.origin).toBe(CORE_ISSUER);
      return request({ ...req, path: target.pathname });
    },
    close: () => Promise.resolve(),
  };
}

/**
 * A transport whose server may have its own base URL as issuer: for HTTP, the server listens first, then the
 * fixture is built with the issuer, then the adapter takes the requests.
 */
export async function createLifecycleTransport(
  name: TransportName,
  options: LifecycleOptions = {},
): Promise<LifecycleTransport> {
  const build = options.fixture ?? createFixture;
  if (name === 'core') {
    const issuer = options.withIssuer ? CORE_ISSUER : undefined;
    const fixture = await build({ ...options.server, ...(issuer ? { issuer } : {}) });
    return coreLifecycleTransport(fixture, issuer);
  }
  const http = createHttpServer(() => undefined);
  const { baseUrl } = await listen(http);
  const issuer = options.withIssuer ? baseUrl : undefined;
  const fixture = await build({ ...options.server, ...(issuer ? { issuer } : {}) });
  http.removeAllListeners('request');
  http.on(
    'request',
    name === 'express' ? expressApp(fixture, options.adapter) : nodeListener(fixture, options.adapter),
  );
  return {
    name,
    fixture,
    baseUrl,
    issuer,
    request: (request) => httpRequest(baseUrl, request),
    requestUrl(url, request) {
      const target = new URL(url);
      expect(target.origin).toBe(baseUrl);
      return httpRequest(baseUrl, { ...request, path: target.pathname });
    },
    close: () => closeServer(http),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Requests

/** A revocation or introspection request: a form POST with the given client credentials. */
export function endpointRequest(
  path: '/revoke' | '/introspect',
  form: Params,
  headers: Readonly<Record<string, string>> = CONFIDENTIAL_BASIC,
): TransportRequest {
  return { method: 'POST', path, form, headers };
}

/** `GET /me` with a bearer token (the transports' `/me` requires scope `read`). */
export function meRequest(accessToken: string): TransportRequest {
  return { method: 'GET', path: '/me', headers: { authorization: `Bearer ${accessToken}` } };
}

/** A refresh request by the confidential client (Basic). */
export function refreshForm(refreshToken: string): TransportRequest {
  return {
    method: 'POST',
    path: '/token',
    form: { grant_type: 'refresh_token', refresh_token: refreshToken },
    headers: CONFIDENTIAL_BASIC,
  };
}

/** Tokens issued through the core, and the Model's token they were saved as. */
export interface Issued {
  accessToken: string;
  refreshToken: string;
  token: Token;
}

function issued(outcome: Awaited<ReturnType<typeof postToken>>): Issued {
  const body = expectTokenSuccess(outcome);
  expect(body.refresh_token, 'refresh token').toBeTypeOf('string');
  return { accessToken: body.access_token, refreshToken: body.refresh_token!, token: outcome.value! };
}

/** Runs the code flow (PKCE, scope `read`) for the confidential client, through the core. */
export async function issueConfidential(
  server: OAuth2Server,
  authorize: Record<string, unknown> = {},
  token: Record<string, unknown> = {},
): Promise<Issued> {
  const code = await obtainCode(server, authorize);
  return issued(await postToken(server, tokenPost(codeParams(code, token))));
}

/** Runs the code flow (PKCE) for the public client, through the core. */
export async function issuePublic(server: OAuth2Server): Promise<Issued> {
  const code = await obtainPublicCode(server);
  return issued(await postToken(server, publicCodeRequest(code)));
}

/** Runs the code flow for {@link OTHER} (register it with `addOtherClient` first), through the core. */
export async function issueOther(server: OAuth2Server): Promise<Issued> {
  const code = await obtainCode(server, { client_id: OTHER.id });
  return issued(await postToken(server, tokenPost(codeParams(code), OTHER_BASIC)));
}

/** A client_credentials token for the confidential client, through the core. */
export async function issueClientCredentials(
  server: OAuth2Server,
  extra: Record<string, unknown> = {},
): Promise<{ accessToken: string; token: Token }> {
  const outcome = await postToken(server, tokenPost({ grant_type: 'client_credentials', ...extra }));
  const body = expectTokenSuccess(outcome);
  return { accessToken: body.access_token, token: outcome.value! };
}

// ---------------------------------------------------------------------------------------------------------------
// Expectations

export interface ExpectedError {
  status: 400 | 401 | 500 | 503;
  error: string;
  description: string;
}

/** No-store, as every answer of these endpoints (RFC 6749 §5.1, RFC 7662 §2.2 responses carry token data). */
function expectNoStore(response: TransportResponse): void {
  expect(response.headers['cache-control']).toBe('no-store');
  expect(response.headers.pragma).toBe('no-cache');
}

/** The revocation succeeded (RFC 7009 §2.2): 200, nothing in the body, not cached, documented. */
export function expectRevoked(response: TransportResponse): void {
  expect({ status: response.status, body: response.body }).toEqual({ status: 200, body: undefined });
  expectNoStore(response);
  expect(response.headers['content-type']).toBeUndefined();
  expect(response.headers['www-authenticate']).toBeUndefined();
  expectMatchesContract(response, 'revoke');
}

/**
 * The request failed with exactly this status, `error` and `error_description` (RFC 6749 §5.2, RFC 7009 §2.2.1):
 * nothing else in the body, a description in the NQSCHAR set, not cached, the `Basic` challenge on a 401 (and on
 * nothing else), `Retry-After` on a 503, and the contract documents it.
 */
export function expectEndpointError(
  response: TransportResponse,
  operationId: Extract<ContractOperationId, 'revoke' | 'introspect'>,
  expected: ExpectedError,
): void {
  expect({ status: response.status, body: response.body }).toEqual({
    status: expected.status,
    body: { error: expected.error, error_description: expected.description },
  });
  expect(expected.description).toMatch(NQSCHAR_TEXT);
  expectNoStore(response);
  if (expected.status === 401) expect(response.headers['www-authenticate']).toBe(BASIC_CHALLENGE);
  else expect(response.headers['www-authenticate']).toBeUndefined();
  if (expected.status === 503) expect(response.headers['retry-after']).toBe('5');
  expectMatchesContract(response, operationId);
}

/** An introspection answer (RFC 7662 §2.2): 200, JSON, not cached, documented; returns the body. */
export function expectIntrospection(response: TransportResponse): IntrospectionResponse {
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  expectNoStore(response);
  const type = response.headers['content-type'];
  // The core leaves the body as an object (no Content-Type); the adapters send it as JSON.
  if (type !== undefined) expect(type).toMatch(/^application\/json(;|$)/);
  expectMatchesContract(response, 'introspect');
  return response.body as IntrospectionResponse;
}

/** "{ "active": false }" and nothing else (RFC 7662 §2.2). */
export function expectInactive(response: TransportResponse): void {
  expect(expectIntrospection(response)).toStrictEqual({ active: false });
}

/** An active token's description; returns the body. */
export function expectActive(response: TransportResponse): IntrospectionResponse {
  const body = expectIntrospection(response);
  expect(body.active).toBe(true);
  return body;
}

/** Seconds since the epoch, as `exp` and `iat` carry them. */
export function epochSeconds(date: Date | undefined): number {
  expect(date, 'a date').toBeInstanceOf(Date);
  return Math.floor(date!.getTime() / 1000);
}

/** `/me` accepted the token. */
export function expectMeOk(response: TransportResponse): void {
  expectMatchesContract(response, 'getMe');
  expect(response.status, JSON.stringify(response.body)).toBe(200);
}

/** `/me` refused the token as `invalid_token` with the given description (RFC 6750 §3.1). */
export function expectMeInvalidToken(
  response: TransportResponse,
  description = 'Invalid token: access token is invalid',
): void {
  expectMatchesContract(response, 'getMe');
  expect({ status: response.status, body: response.body }).toEqual({
    status: 401,
    body: { error: 'invalid_token', error_description: description },
  });
  expect(response.headers['www-authenticate']).toBe(
    `Bearer realm="Service", error="invalid_token", error_description="${description}"`,
  );
}

/** The refresh token is refused (RFC 6749 §5.2 `invalid_grant`). */
export function expectRefreshRefused(response: TransportResponse): void {
  expectMatchesContract(response, 'token');
  expect({ status: response.status, body: response.body }).toEqual({
    status: 400,
    body: { error: 'invalid_grant', error_description: 'Invalid grant: refresh token is invalid' },
  });
}

/** The refresh token still works: a new access token that `/me` accepts. Returns the new token response. */
export function expectRefreshed(response: TransportResponse): {
  access_token: string;
  refresh_token?: string;
} {
  expectMatchesContract(response, 'token');
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body as { access_token: string; refresh_token?: string };
}

// ---------------------------------------------------------------------------------------------------------------
// Models

/** The store's functions a Model needs for the code flow, refresh and `authenticate()`, bound to the store. */
export type LimitedModel = AuthorizationCodeModel & RefreshTokenModel & RequestAuthenticationModel;

/**
 * A Model over a fixture's store with the code flow, refresh tokens and `getAccessToken`, but none of the grant
 * lifecycle functions (`revokeGrant`, `revokeAccessToken`, reuse detection): only refresh tokens can be revoked.
 */
export function withoutLifecycle(store: Fixture['store']): LimitedModel {
  return {
    getClient: (id, secret) => store.getClient(id, secret),
    saveToken: (token, client, user) => store.saveToken(token, client, user),
    getAccessToken: (token) => store.getAccessToken(token),
    getRefreshToken: (token) => store.getRefreshToken(token),
    revokeToken: (token) => store.revokeToken(token),
    getAuthorizationCode: (code) => store.getAuthorizationCode(code),
    saveAuthorizationCode: (code, client, user) => store.saveAuthorizationCode(code, client, user),
    revokeAuthorizationCode: (code) => store.revokeAuthorizationCode(code),
  };
}

/** A fixture factory whose server runs on {@link withoutLifecycle} over a fresh store. */
export async function limitedFixture(options: Partial<ServerOptions>): Promise<Fixture> {
  const fixture = await createFixture();
  const server = new OAuth2Server({
    model: withoutLifecycle(fixture.store),
    authenticateHandler: { handle: () => fixture.user },
    ...options,
  });
  return { ...fixture, server };
}
