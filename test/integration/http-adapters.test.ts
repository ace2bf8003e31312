/**
 * What only HTTP can show, for both adapters (Express and native `node:http`), which share one request parser
 * and one response writer (`src/adapters/http.ts`) and one route table (`src/adapters/routes.ts`): body and
 * parameter caps, repeated headers, media types and charsets, `qs`-style keys, chunked bodies, the authorization
 * endpoint's security headers, the served contract and docs, and the server's slowloris timeouts.
 *
 * Security checklist §1.A (GEN-03, GEN-04, GEN-05, GEN-08, GEN-11, GEN-12), §4.1 (T01–T11), §4.2 (A43), §5.3.
 */
import express, {
  type Express,
  type NextFunction,
  type Request as ExpressRequest,
  type RequestHandler,
  type Response as ExpressResponse,
} from 'express';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { expressOAuth } from '../../src/adapters/express.js';
import { BODY_LIMIT, PARAMETER_LIMIT } from '../../src/adapters/http.js';
import { SERVER_TIMEOUTS, createHttpServer } from '../../src/adapters/node.js';
import { OAuthError } from '../../src/index.js';
import { OAuth2Server } from '../../src/server.js';
import type { Token } from '../../src/model.js';
import { expectMatchesContract, type ContractOperationId } from '../helpers/contract.js';
import { CHALLENGE, CONFIDENTIAL, VERIFIER, basic, createFixture, type Fixture } from '../helpers/oauth.js';
import {
  HTTP_TRANSPORTS,
  closeServer,
  createHttpTransport,
  encodeForm,
  expressApp,
  httpRequest,
  listen,
  meRoutes,
  nodeListener,
  rawHttp,
  type HttpTransport,
  type Params,
  type RawResponse,
  type TransportRequest,
  type TransportResponse,
} from '../helpers/transports.js';

const BASIC = basic(CONFIDENTIAL.id, CONFIDENTIAL.secret);
const FORM = 'application/x-www-form-urlencoded';
const TOO_LARGE = `Invalid request: the body exceeds ${BODY_LIMIT} bytes`;
const MALFORMED = 'Invalid request: malformed form encoding (not UTF-8)';
const CONTRACT = JSON.parse(
  readFileSync(new URL('../../generated/openapi.json', import.meta.url), 'utf8'),
) as {
  openapi: string;
  paths: Record<string, unknown>;
};

const AUTHORIZATION = {
  response_type: 'code',
  client_id: CONFIDENTIAL.id,
  redirect_uri: CONFIDENTIAL.redirectUri,
  state: 'xyz',
  scope: 'read',
  code_challenge: CHALLENGE,
  code_challenge_method: 'S256',
} as const;

/** A raw HTTP/1.1 request; `Connection: close` so the server ends the exchange. */
function rawRequest(
  method: string,
  path: string,
  headers: readonly (readonly [string, string])[],
  body = '',
): string {
  const lines = [`${method} ${path} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close'];
  for (const [name, value] of headers) lines.push(`${name}: ${value}`);
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}

/** A raw answer as the contract checker takes it. */
function observed(response: RawResponse): TransportResponse {
  const type = response.headers['content-type'] ?? '';
  const body: unknown =
    response.body === '' ? undefined : type.includes('json') ? JSON.parse(response.body) : response.body;
  return { status: response.status, headers: response.headers, body };
}

function expectError(
  response: TransportResponse,
  operationId: ContractOperationId,
  status: number,
  description: string,
  error = 'invalid_request',
): void {
  expectMatchesContract(response, operationId);
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
  expect(response.headers['cache-control']).toBe('no-store');
  expect(response.body).toEqual({ error, error_description: description });
}

function expectPageHeaders(response: TransportResponse): void {
  expect(response.headers['x-frame-options']).toBe('DENY');
  expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(response.headers['referrer-policy']).toBe('no-referrer');
  expect(response.headers['cache-control']).toBe('no-store');
  expect(Object.keys(response.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
}

describe.each(HTTP_TRANSPORTS)('the %s adapter', (name) => {
  let t: HttpTransport;

  beforeAll(async () => {
    t = await createHttpTransport(name);
  });
  afterAll(async () => {
    await t.close();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  function postToken(body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string> = {}) {
    return t.request({
      method: 'POST',
      path: '/token',
      body,
      headers: { 'content-type': FORM, authorization: BASIC, ...headers },
    });
  }

  describe('body and parameter caps (GEN-12, T07, T08)', () => {
    it('answers a 1 MiB body with 413 invalid_request in JSON, Connection: close, and no Model call', async () => {
      const getClient = vi.spyOn(t.fixture.store, 'getClient');
      const response = await postToken(`grant_type=client_credentials&pad=${'a'.repeat(1024 * 1024)}`);
      expectError(response, 'token', 413, TOO_LARGE);
      expect(response.headers.connection).toBe('close');
      expect(getClient).not.toHaveBeenCalled();
    });

    it('answers 413 at every endpoint that reads a body', async () => {
      const body = `access_token=x&pad=${'a'.repeat(BODY_LIMIT)}`;
      const me = await t.request({ method: 'POST', path: '/me', body, headers: { 'content-type': FORM } });
      expectError(me, 'postMe', 413, TOO_LARGE);
      const authorize = await t.request({
        method: 'POST',
        path: '/authorize',
        body,
        headers: { 'content-type': FORM },
      });
      expectError(authorize, 'authorizeForm', 413, TOO_LARGE);
    });

    it('refuses a declared Content-Length above the cap before reading the body', async () => {
      const getClient = vi.spyOn(t.fixture.store, 'getClient');
      // Only the headers are sent: an answer proves the server did not wait for the 1 MiB.
      const { response, closed } = await rawHttp(t.port, [
        rawRequest('POST', '/token', [
          ['Authorization', BASIC],
          ['Content-Type', FORM],
          ['Content-Length', String(1024 * 1024)],
        ]),
      ]);
      expect(closed).toBe(true);
      expectError(observed(response), 'token', 413, TOO_LARGE);
      expect(response.headers.connection).toBe('close');
      expect(getClient).not.toHaveBeenCalled();
    });

    it('stops reading a chunked body (no Content-Length) once it passes the cap', async () => {
      const chunk = 'a'.repeat(16 * 1024);
      const chunks = [
        rawRequest('POST', '/token', [
          ['Authorization', BASIC],
          ['Content-Type', FORM],
          ['Transfer-Encoding', 'chunked'],
        ]),
        ...Array.from({ length: 8 }, () => `${chunk.length.toString(16)}\r\n${chunk}\r\n`),
        '0\r\n\r\n',
      ];
      const { response } = await rawHttp(t.port, chunks);
      expectError(observed(response), 'token', 413, TOO_LARGE);
    });

    it(`accepts ${PARAMETER_LIMIT} parameters and answers 413 above`, async () => {
      const extra = (count: number): string => Array.from({ length: count }, (_, i) => `p${i}=1`).join('&');
      const atLimit = await postToken(`grant_type=client_credentials&${extra(PARAMETER_LIMIT - 1)}`);
      expectMatchesContract(atLimit, 'token');
      expect(atLimit.status).toBe(200);

      const getClient = vi.spyOn(t.fixture.store, 'getClient');
      const over = await postToken(`grant_type=client_credentials&${extra(300)}`);
      expectError(over, 'token', 413, `Invalid request: more than ${PARAMETER_LIMIT} parameters`);
      expect(getClient).not.toHaveBeenCalled();
    });
  });

  describe('repeated headers (GEN-03, GEN-05): raw bytes, since fetch cannot send them', () => {
    const body = 'grant_type=client_credentials';

    it('answers two Authorization headers at /token with 400 invalid_request', async () => {
      const getClient = vi.spyOn(t.fixture.store, 'getClient');
      const { response } = await rawHttp(t.port, [
        rawRequest(
          'POST',
          '/token',
          [
            ['Authorization', BASIC],
            ['Authorization', basic('public-client', 'x')],
            ['Content-Type', FORM],
            ['Content-Length', String(body.length)],
          ],
          body,
        ),
      ]);
      expectError(
        observed(response),
        'token',
        400,
        'Invalid request: the `Authorization` header is included more than once',
      );
      expect(getClient).not.toHaveBeenCalled();
    });

    it('answers two Content-Type headers at /token with 400 invalid_request', async () => {
      const { response } = await rawHttp(t.port, [
        rawRequest(
          'POST',
          '/token',
          [
            ['Authorization', BASIC],
            ['Content-Type', FORM],
            ['Content-Type', 'application/json'],
            ['Content-Length', String(body.length)],
          ],
          body,
        ),
      ]);
      expectError(
        observed(response),
        'token',
        400,
        'Invalid request: the `Content-Type` header is included more than once',
      );
    });

    it('answers two Authorization headers at the protected resource with 400 invalid_request', async () => {
      const { response } = await rawHttp(t.port, [
        rawRequest('GET', '/me', [
          ['Authorization', 'Bearer a'],
          ['Authorization', 'Bearer b'],
        ]),
      ]);
      expectError(
        observed(response),
        'getMe',
        400,
        'Invalid request: the `Authorization` header is included more than once',
      );
    });
  });

  describe('media type and encoding (GEN-03, GEN-04, T02)', () => {
    it('answers a JSON body at /token with 400 invalid_request and no Model call', async () => {
      const getClient = vi.spyOn(t.fixture.store, 'getClient');
      const response = await postToken(JSON.stringify({ grant_type: 'client_credentials' }), {
        'content-type': 'application/json',
      });
      expectError(
        response,
        'token',
        400,
        'Invalid request: content must be application/x-www-form-urlencoded',
      );
      expect(getClient).not.toHaveBeenCalled();
    });

    it('answers a form in charset=iso-8859-1 with 400 invalid_request', async () => {
      const response = await postToken('grant_type=client_credentials', {
        'content-type': `${FORM}; charset=iso-8859-1`,
      });
      expectError(response, 'token', 400, 'Invalid request: the form must be encoded in UTF-8');
    });

    it('accepts charset=UTF-8 as sent by browsers', async () => {
      const response = await postToken('grant_type=client_credentials', {
        'content-type': `${FORM};charset=UTF-8`,
      });
      expectMatchesContract(response, 'token');
      expect(response.status).toBe(200);
    });

    it('answers invalid UTF-8 bytes in the body with 400 invalid_request', async () => {
      const bytes = Buffer.concat([
        Buffer.from('grant_type=client_credentials&x='),
        Buffer.from([0xc3, 0x28]),
      ]);
      const response = await postToken(new Uint8Array(bytes));
      expectError(response, 'token', 400, 'Invalid request: the body is not UTF-8');
    });

    it.each([
      ['a malformed percent escape', 'x=%ZZ'],
      ['a truncated percent escape', 'x=%E2%82'],
      ['percent-encoded invalid UTF-8', 'x=%C3%28'],
      ['a malformed escape in a name', '%ZZ=1'],
    ])('answers %s with 400 invalid_request', async (_label, pair) => {
      const response = await postToken(`grant_type=client_credentials&${pair}`);
      expectError(response, 'token', 400, MALFORMED);
    });

    it('accepts a valid Transfer-Encoding: chunked body (T10)', async () => {
      const { response } = await rawHttp(
        t.port,
        [
          rawRequest('POST', '/token', [
            ['Authorization', BASIC],
            ['Content-Type', FORM],
            ['Transfer-Encoding', 'chunked'],
          ]),
          '5\r\ngrant\r\n',
          '18\r\n_type=client_credentials\r\n',
          '0\r\n\r\n',
        ],
        { delayMs: 10 },
      );
      const answer = observed(response);
      expectMatchesContract(answer, 'token');
      expect(answer.status).toBe(200);
      expect((answer.body as { token_type: string }).token_type).toBe('Bearer');
    });
  });

  describe('parameter names are plain strings (GEN-05, GEN-08, GEN-11, T19)', () => {
    it.each([
      ['code[$ne]=x', 'an operator key'],
      ['code[]=x', 'a bracketed array key'],
      ['code[0]=x', 'an indexed key'],
    ])('does not turn %s (%s) into `code`', async (pair) => {
      const getAuthorizationCode = vi.spyOn(t.fixture.store, 'getAuthorizationCode');
      const response = await postToken(
        `grant_type=authorization_code&${pair}&code_verifier=${'a'.repeat(43)}`,
      );
      expectError(response, 'token', 400, 'Missing parameter: `code`');
      expect(getAuthorizationCode).not.toHaveBeenCalled();
    });

    it('keeps a repeated parameter so validation rejects it, before any code lookup', async () => {
      const getAuthorizationCode = vi.spyOn(t.fixture.store, 'getAuthorizationCode');
      const response = await postToken(`grant_type=authorization_code&code=A&code=A`);
      expectError(response, 'token', 400, 'Invalid request: `code` is included more than once');
      expect(getAuthorizationCode).not.toHaveBeenCalled();
    });

    it('treats __proto__, constructor and prototype as ordinary (ignored) names', async () => {
      const response = await postToken(
        'grant_type=client_credentials&__proto__=x&__proto__[admin]=1&constructor=y&constructor[prototype][admin]=1&prototype=z',
      );
      expectMatchesContract(response, 'token');
      expect(response.status).toBe(200);
      const probe: Record<string, unknown> = {};
      expect(probe.admin).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('admin');

      const authorize = await t.request({
        method: 'GET',
        path: `/authorize?__proto__=x&__proto__[admin]=1&${encodeForm(AUTHORIZATION)}`,
      });
      expectMatchesContract(authorize, 'authorize');
      expect(authorize.status).toBe(302);
      expect(Object.prototype).not.toHaveProperty('admin');
    });
  });

  describe('the token endpoint method (GEN-02, T01)', () => {
    it('answers GET /token with 400 invalid_request in JSON', async () => {
      const response = await t.request({
        method: 'GET',
        path: '/token',
        query: { grant_type: 'client_credentials' },
        headers: { authorization: BASIC },
      });
      expectError(response, 'token', 400, 'Invalid request: method must be POST');
    });
  });

  describe('the authorization endpoint (A43)', () => {
    const origin = { origin: 'https://attacker.example' };

    it('sends the page security headers and no CORS headers on a 302 redirect', async () => {
      const response = await t.request({
        method: 'GET',
        path: '/authorize',
        query: AUTHORIZATION,
        headers: origin,
      });
      expectMatchesContract(response, 'authorize');
      expect(response.status).toBe(302);
      expectPageHeaders(response);
    });

    it('sends them on a 400 the server answers itself', async () => {
      const response = await t.request({
        method: 'GET',
        path: '/authorize',
        query: { ...AUTHORIZATION, redirect_uri: 'https://attacker.example/cb' },
        headers: origin,
      });
      expectMatchesContract(response, 'authorize');
      expect(response.status).toBe(400);
      expect(response.headers).not.toHaveProperty('location');
      expectPageHeaders(response);
    });

    it('redirects a POST with 303 and a GET with 302, never 307', async () => {
      const post = await t.request({
        method: 'POST',
        path: '/authorize',
        form: { ...AUTHORIZATION, allowed: 'true' },
        headers: origin,
      });
      expectMatchesContract(post, 'authorizeForm');
      expect(post.status).toBe(303);
      expect(new URL(post.headers.location!).searchParams.get('code')).toBeTypeOf('string');
      expectPageHeaders(post);

      const get = await t.request({ method: 'GET', path: '/authorize', query: AUTHORIZATION });
      expectMatchesContract(get, 'authorize');
      expect(get.status).toBe(302);
    });

    it('answers a client error in JSON by default', async () => {
      const response = await t.request({
        method: 'GET',
        path: '/authorize',
        query: { ...AUTHORIZATION, client_id: 'no-such-client' },
        headers: { accept: 'application/json' },
      });
      expectError(
        response,
        'authorize',
        400,
        'Invalid client: client credentials are invalid',
        'invalid_client',
      );
      expectPageHeaders(response);
    });

    it('answers a client error with an HTML page for a browser (Accept: text/html)', async () => {
      const response = await t.request({
        method: 'GET',
        path: '/authorize',
        query: { ...AUTHORIZATION, client_id: '<script>alert(1)</script>' },
        headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
      });
      expectMatchesContract(response, 'authorize');
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.headers).not.toHaveProperty('location');
      expectPageHeaders(response);
      const html = response.body as string;
      expect(html).toMatch(/^<!doctype html>/);
      expect(html).toContain('<code>invalid_client</code>');
      expect(html).not.toContain('<script>');
    });

    it('sends the page security headers when the shared parser rejects an /authorize request', async () => {
      const query = await t.request({ method: 'GET', path: '/authorize?client_id=%E0%A4&state=%ZZ' });
      expectError(query, 'authorize', 400, MALFORMED);
      expectPageHeaders(query);

      const body = await t.request({
        method: 'POST',
        path: '/authorize',
        body: `${encodeForm(AUTHORIZATION)}&pad=${'a'.repeat(BODY_LIMIT)}`,
        headers: { 'content-type': FORM },
      });
      expectError(body, 'authorizeForm', 413, TOO_LARGE);
      expectPageHeaders(body);
    });

    it('answers too many query parameters at GET /authorize per the contract', async () => {
      const query = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`p${i}`, '1']));
      const response = await t.request({ method: 'GET', path: '/authorize', query });
      expectError(response, 'authorize', 400, `Invalid request: more than ${PARAMETER_LIMIT} parameters`);
      expectPageHeaders(response);
    });
  });

  describe('the contract and the docs', () => {
    it('serves the bundled contract at /openapi.json', async () => {
      const response = await t.request({ method: 'GET', path: '/openapi.json' });
      expectMatchesContract(response, 'openapi');
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(response.body).toEqual(CONTRACT);
      expect(CONTRACT.openapi).toBe('3.1.0');
    });

    it('answers /docs with 404 text when the docs are not built', async () => {
      const response = await t.request({ method: 'GET', path: '/docs' });
      expectMatchesContract(response, 'docs');
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(response.body).toBe('The docs are not built: run `npm run docs`.\n');
    });

    it('serves the docs page given by the docs loader', async () => {
      const page = '<!doctype html><html><head><title>Docs</title></head><body>redoc</body></html>';
      const withDocs = await createHttpTransport(name, t.fixture, { docs: () => Promise.resolve(page) });
      try {
        const response = await withDocs.request({ method: 'GET', path: '/docs' });
        expectMatchesContract(response, 'docs');
        expect(response.status).toBe(200);
        expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
        expect(response.body).toBe(page);
      } finally {
        await withDocs.close();
      }
    });

    it.each([
      ['GET', '/nope'],
      ['GET', '/token/extra'],
      ['PUT', '/authorize'],
      ['DELETE', '/openapi.json'],
    ] as const)('answers %s %s with 404', async (method, path) => {
      const response = await t.request({ method, path });
      expect(response.status).toBe(404);
    });
  });

  describe('server timeouts against slow clients (§5.3, T11)', () => {
    it('sets headersTimeout, requestTimeout and keepAliveTimeout', () => {
      expect(t.server.headersTimeout).toBe(SERVER_TIMEOUTS.headersTimeout);
      expect(t.server.requestTimeout).toBe(SERVER_TIMEOUTS.requestTimeout);
      expect(t.server.keepAliveTimeout).toBe(SERVER_TIMEOUTS.keepAliveTimeout);
      expect(SERVER_TIMEOUTS.headersTimeout).toBeGreaterThan(0);
      expect(SERVER_TIMEOUTS.headersTimeout).toBeLessThanOrEqual(SERVER_TIMEOUTS.requestTimeout);
      expect(SERVER_TIMEOUTS.keepAliveTimeout).toBeGreaterThan(0);
    });

    it('cuts off a client that never finishes its headers (test-only server with small timeouts)', async () => {
      const listener = name === 'express' ? expressApp(t.fixture) : nodeListener(t.fixture);
      const server = createServer(
        { headersTimeout: 200, requestTimeout: 400, connectionsCheckingInterval: 50 },
        listener,
      );
      const { port } = await listen(server);
      try {
        const { response, closed, elapsedMs } = await rawHttp(
          port,
          ['GET /authorize HTTP/1.1\r\n', 'Host: 127.0.0.1\r\n', 'X-Slow: 1\r\n', 'X-Slow: 2\r\n'],
          { delayMs: 100, timeoutMs: 3_000 },
        );
        expect(closed).toBe(true);
        expect(elapsedMs).toBeLessThan(2_000);
        expect(response.status).toBe(408);
      } finally {
        await closeServer(server);
      }
    });

    it('closes an idle keep-alive connection after keepAliveTimeout', async () => {
      const listener = name === 'express' ? expressApp(t.fixture) : nodeListener(t.fixture);
      const server = createHttpServer(listener);
      server.keepAliveTimeout = 200;
      const { port } = await listen(server);
      try {
        const { response, closed, elapsedMs } = await rawHttp(
          port,
          ['GET /openapi.json HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'],
          { timeoutMs: 4_000 },
        );
        expect(response.status).toBe(200);
        expect(closed).toBe(true);
        expect(elapsedMs).toBeLessThan(3_000);
      } finally {
        await closeServer(server);
      }
    });

    it('enforces headersTimeout promptly on the production server', async () => {
      const server = createHttpServer(name === 'express' ? expressApp(t.fixture) : nodeListener(t.fixture));
      server.headersTimeout = 200;
      server.requestTimeout = 400;
      const { port } = await listen(server);
      try {
        const { closed, elapsedMs } = await rawHttp(
          port,
          ['GET /authorize HTTP/1.1\r\nHost: 127.0.0.1\r\n'],
          {
            timeoutMs: 3_000,
          },
        );
        expect(closed).toBe(true);
        expect(elapsedMs).toBeLessThan(1_500);
      } finally {
        await closeServer(server);
      }
    });
  });
});

describe('after an over-limit request', () => {
  it.each(HTTP_TRANSPORTS)('%s: the next request on a new connection succeeds', async (name) => {
    const t = await createHttpTransport(name, await createFixture());
    try {
      const big = await t.request({
        method: 'POST',
        path: '/token',
        body: 'a'.repeat(BODY_LIMIT + 1),
        headers: { 'content-type': FORM, authorization: BASIC },
      });
      expect(big.status).toBe(413);
      const ok = await t.request({
        method: 'POST',
        path: '/token',
        form: { grant_type: 'client_credentials' },
        headers: { authorization: BASIC },
      });
      expectMatchesContract(ok, 'token');
      expect(ok.status).toBe(200);
    } finally {
      await t.close();
    }
  });
});

describe('Express only', () => {
  let fixture: Fixture;
  const servers: Server[] = [];

  beforeAll(async () => {
    fixture = await createFixture();
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => closeServer(server)));
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  async function start(app: Express): Promise<(request: TransportRequest) => Promise<TransportResponse>> {
    const server = createHttpServer(app);
    servers.push(server);
    const { baseUrl } = await listen(server);
    return (request) => httpRequest(baseUrl, request);
  }

  const token = (
    form: Params,
    headers: Record<string, string> = { authorization: BASIC },
  ): TransportRequest => ({
    method: 'POST',
    path: '/token',
    form,
    headers,
  });
  const rawToken = (body: string): TransportRequest => ({
    method: 'POST',
    path: '/token',
    body,
    headers: { 'content-type': FORM, authorization: BASIC },
  });

  describe('the router', () => {
    let send: (request: TransportRequest) => Promise<TransportResponse>;

    beforeAll(async () => {
      const app = express();
      app.use(expressOAuth(fixture.server).router());
      app.get('/custom', (_req, res) => {
        res.type('text/plain').send('next middleware');
      });
      app.post('/echo', express.urlencoded({ extended: false }), (req, res) => {
        res.json(req.body);
      });
      send = await start(app);
    });

    it('passes requests it has no route for to the next middleware', async () => {
      const response = await send({ method: 'GET', path: '/custom' });
      expect(response.status).toBe(200);
      expect(response.body).toBe('next middleware');
    });

    it('leaves the body of a request it does not handle unread', async () => {
      const response = await send({ method: 'POST', path: '/echo', form: { a: '1', b: 'two words' } });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ a: '1', b: 'two words' });
    });

    it("ends in Express's own 404 when nothing handles the request", async () => {
      expect((await send({ method: 'GET', path: '/nope' })).status).toBe(404);
    });
  });

  describe('behind express.urlencoded({ extended: false })', () => {
    let send: (request: TransportRequest) => Promise<TransportResponse>;

    beforeAll(async () => {
      const app = express();
      app.use(express.urlencoded({ extended: false }));
      app.use(expressOAuth(fixture.server).router({ routes: meRoutes(fixture.server) }));
      send = await start(app);
    });

    it('uses the body parsed upstream: the code flow and the protected resource work', async () => {
      const authorized = await send({
        method: 'POST',
        path: '/authorize',
        form: { ...AUTHORIZATION, allowed: 'true' },
      });
      expectMatchesContract(authorized, 'authorizeForm');
      expect(authorized.status).toBe(303);
      const code = new URL(authorized.headers.location!).searchParams.get('code')!;

      const issued = await send(
        token({
          grant_type: 'authorization_code',
          code,
          redirect_uri: CONFIDENTIAL.redirectUri,
          code_verifier: VERIFIER,
        }),
      );
      expectMatchesContract(issued, 'token');
      expect(issued.status).toBe(200);
      const { access_token: accessToken } = issued.body as { access_token: string };

      const me = await send({ method: 'POST', path: '/me', form: { access_token: accessToken } });
      expectMatchesContract(me, 'postMe');
      expect(me.status).toBe(200);
      expect((me.body as { sub: string }).sub).toBe('alice');
    });

    it('still sees a repeated parameter as repeated', async () => {
      const response = await send(rawToken('grant_type=client_credentials&grant_type=client_credentials'));
      expectError(response, 'token', 400, 'Invalid request: `grant_type` is included more than once');
    });

    it('keeps bracketed keys as plain names', async () => {
      const getAuthorizationCode = vi.spyOn(fixture.store, 'getAuthorizationCode');
      const response = await send(rawToken('grant_type=authorization_code&code[$ne]=x'));
      expectError(response, 'token', 400, 'Missing parameter: `code`');
      expect(getAuthorizationCode).not.toHaveBeenCalled();
    });
  });

  describe('behind express.urlencoded({ extended: true }) (qs objects, GEN-08)', () => {
    let send: (request: TransportRequest) => Promise<TransportResponse>;

    beforeAll(async () => {
      const app = express();
      app.use(express.urlencoded({ extended: true }));
      app.use(expressOAuth(fixture.server).router());
      send = await start(app);
    });

    it.each([
      ['code[$ne]=x', 'code', 'getAuthorizationCode', 'grant_type=authorization_code'],
      ['code[]=x', 'code', 'getAuthorizationCode', 'grant_type=authorization_code'],
      ['refresh_token[$ne]=x', 'refresh_token', 'getRefreshToken', 'grant_type=refresh_token'],
    ] as const)(
      'rejects %s with invalid_request before %s reaches the Model',
      async (pair, param, fn, grant) => {
        const spy = vi.spyOn(fixture.store, fn);
        const response = await send(rawToken(`${grant}&${pair}`));
        expectError(response, 'token', 400, `Invalid parameter: \`${param}\` must be a string`);
        expect(spy).not.toHaveBeenCalled();
      },
    );

    it('rejects an object grant_type with invalid_request', async () => {
      const response = await send(rawToken('grant_type[$ne]=x'));
      expectMatchesContract(response, 'token');
      expect(response.status).toBe(400);
      expect((response.body as { error: string }).error).toBe('invalid_request');
    });

    it('rejects an object client_id at /authorize without redirecting', async () => {
      const getClient = vi.spyOn(fixture.store, 'getClient');
      const response = await send({
        method: 'POST',
        path: '/authorize',
        body: `${encodeForm({ ...AUTHORIZATION, client_id: [] })}&client_id[$ne]=x&allowed=true`,
        headers: { 'content-type': FORM },
      });
      expectError(response, 'authorizeForm', 400, 'Invalid parameter: `client_id` must be a string');
      expect(response.headers).not.toHaveProperty('location');
      expect(getClient).not.toHaveBeenCalled();
    });
  });

  it('rejects a JSON body at /token even when express.json() parsed it upstream', async () => {
    const app = express();
    app.use(express.json());
    app.use(expressOAuth(fixture.server).router());
    const send = await start(app);
    const getClient = vi.spyOn(fixture.store, 'getClient');
    const response = await send({
      method: 'POST',
      path: '/token',
      body: JSON.stringify({ grant_type: 'client_credentials' }),
      headers: { 'content-type': 'application/json', authorization: BASIC },
    });
    expectError(response, 'token', 400, 'Invalid request: content must be application/x-www-form-urlencoded');
    expect(getClient).not.toHaveBeenCalled();
  });

  describe('the middleware factories', () => {
    let send: (request: TransportRequest) => Promise<TransportResponse>;
    let locals: unknown[];

    beforeAll(async () => {
      const oauth = expressOAuth(fixture.server);
      const capture: RequestHandler = (_req, res, next) => {
        res.on('finish', () => locals.push(res.locals.oauth));
        next();
      };
      const app = express();
      app.post('/token', capture, oauth.token());
      app.post('/authorize', capture, oauth.authorize());
      app.get('/me', oauth.authenticate({ scope: 'read' }), (_req, res) => {
        const { token } = res.locals.oauth as { token: Token };
        res.json({ accessToken: token.accessToken, username: token.user?.username });
      });
      app.post('/revoke', oauth.revoke());
      app.post('/introspect', capture, oauth.introspect());
      // A server whose Model cannot issue tokens: token() throws before it writes anything.
      const resourceOnly = expressOAuth(
        new OAuth2Server({ model: { getAccessToken: (t: string) => fixture.store.getAccessToken(t) } }),
      );
      app.post('/misconfigured/token', resourceOnly.token());
      app.post('/strict/token', oauth.token({ useErrorHandler: true }));
      app.post('/strict/authorize', oauth.authorize({ useErrorHandler: true }));
      app.get('/strict/me', oauth.authenticate({ scope: 'read', useErrorHandler: true }), (_req, res) => {
        res.json({ reached: true });
      });
      app.use((error: unknown, _req: ExpressRequest, res: ExpressResponse, _next: NextFunction) => {
        const oauthError = error as OAuthError;
        res.status(418).json({
          handledBy: 'error handler',
          isOAuthError: error instanceof OAuthError,
          name: oauthError.name,
          code: oauthError.code,
        });
      });
      send = await start(app);
    });

    beforeEach(() => {
      locals = [];
    });

    it('token() answers the token response and sets res.locals.oauth = { token }', async () => {
      const response = await send(token({ grant_type: 'client_credentials', scope: 'read' }));
      expectMatchesContract(response, 'token');
      expect(response.status).toBe(200);
      const body = response.body as { access_token: string };
      await vi.waitFor(() => expect(locals).toHaveLength(1));
      const { token: saved } = locals[0] as { token: Token };
      expect(saved.accessToken).toBe(body.access_token);
      expect(saved.client.id).toBe(CONFIDENTIAL.id);
    });

    it('token() answers an error itself by default', async () => {
      const response = await send(
        token({ grant_type: 'client_credentials' }, { authorization: basic(CONFIDENTIAL.id, 'wrong') }),
      );
      expectError(response, 'token', 401, 'Invalid client: client is invalid', 'invalid_client');
      expect(response.headers['www-authenticate']).toBe('Basic realm="Service"');
    });

    it('authorize() redirects (303 after a POST) and sets res.locals.oauth = { code }', async () => {
      const response = await send({
        method: 'POST',
        path: '/authorize',
        form: { ...AUTHORIZATION, allowed: 'true' },
      });
      expectMatchesContract(response, 'authorizeForm');
      expect(response.status).toBe(303);
      expectPageHeaders(response);
      const code = new URL(response.headers.location!).searchParams.get('code');
      await vi.waitFor(() => expect(locals).toHaveLength(1));
      const { code: saved } = locals[0] as { code: { authorizationCode: string } };
      expect(saved.authorizationCode).toBe(code);
    });

    it('authenticate() sets res.locals.oauth = { token } and calls next()', async () => {
      const issued = await send(token({ grant_type: 'client_credentials', scope: 'read' }));
      const { access_token: accessToken } = issued.body as { access_token: string };
      const response = await send({
        method: 'GET',
        path: '/me',
        headers: { authorization: `Bearer ${accessToken}` },
      });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ accessToken });
    });

    it('introspect() answers the introspection and sets res.locals.oauth = { introspection }', async () => {
      const issued = await send(token({ grant_type: 'client_credentials', scope: 'read' }));
      const { access_token: accessToken } = issued.body as { access_token: string };
      locals = [];
      const response = await send({
        method: 'POST',
        path: '/introspect',
        form: { token: accessToken },
        headers: { authorization: basic(CONFIDENTIAL.id, CONFIDENTIAL.secret) },
      });
      expectMatchesContract(response, 'introspect');
      expect(response.body).toMatchObject({ active: true, client_id: CONFIDENTIAL.id, scope: 'read' });
      await vi.waitFor(() => expect(locals).toHaveLength(1));
      expect(locals[0]).toEqual({ introspection: response.body });
    });

    it('revoke() answers 200 and the token is then inactive', async () => {
      const issued = await send(token({ grant_type: 'client_credentials', scope: 'read' }));
      const { access_token: accessToken } = issued.body as { access_token: string };
      const headers = { authorization: basic(CONFIDENTIAL.id, CONFIDENTIAL.secret) };
      const revoked = await send({ method: 'POST', path: '/revoke', form: { token: accessToken }, headers });
      expectMatchesContract(revoked, 'revoke');
      expect(revoked.status).toBe(200);
      const after = await send({
        method: 'POST',
        path: '/introspect',
        form: { token: accessToken },
        headers,
      });
      expect(after.body).toEqual({ active: false });
    });

    it('a core method that throws before writing (a Model that cannot issue tokens) is a 500, never a 200', async () => {
      const response = await send({
        ...token({ grant_type: 'client_credentials' }),
        path: '/misconfigured/token',
      });
      expectMatchesContract(response, 'token');
      expect(response.status).toBe(500);
      expect((response.body as { error: string }).error).toBe('server_error');
    });

    it('token({ useErrorHandler: true }) passes the OAuthError to next(err)', async () => {
      const response = await send({
        ...token({ grant_type: 'client_credentials' }, { authorization: basic(CONFIDENTIAL.id, 'wrong') }),
        path: '/strict/token',
      });
      expect(response.status).toBe(418);
      expect(response.body).toEqual({
        handledBy: 'error handler',
        isOAuthError: true,
        name: 'invalid_client',
        code: 401,
      });
      expect(response.headers['www-authenticate']).toBe('Basic realm="Service"');
    });

    it('authorize({ useErrorHandler: true }) passes the OAuthError to next(err)', async () => {
      const response = await send({
        method: 'POST',
        path: '/strict/authorize',
        form: { ...AUTHORIZATION, client_id: 'no-such-client', allowed: 'true' },
      });
      expect(response.status).toBe(418);
      expect(response.body).toEqual({
        handledBy: 'error handler',
        isOAuthError: true,
        name: 'invalid_client',
        code: 400,
      });
      expect(response.headers).not.toHaveProperty('location');
    });

    it('authenticate({ useErrorHandler: true }) passes the error to next(err), challenge header set', async () => {
      const response = await send({
        method: 'GET',
        path: '/strict/me',
        headers: { authorization: 'Bearer nope' },
      });
      expect(response.status).toBe(418);
      expect(response.body).toEqual({
        handledBy: 'error handler',
        isOAuthError: true,
        name: 'invalid_token',
        code: 401,
      });
      expect(response.headers['www-authenticate']).toBe(
        'Bearer realm="Service", error="invalid_token", error_description="Invalid token: access token is invalid"',
      );
    });
  });
});
