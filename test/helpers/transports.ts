/**
 * One request API over three transports, so an integration suite runs once per transport (as oidc-provider runs
 * its suite once per framework):
 *
 * - `core`: `server.authorize/token/authenticate` called directly with core `Request`/`Response` objects;
 * - `express`: an Express 5 app with `expressOAuth(server).router()` and `.authenticate()` on `/me`;
 * - `node`: the native `node:http` handler (`createHandler`) on `createHttpServer`.
 *
 * The HTTP transports listen on port 0 and are reached with `fetch` (`redirect: 'manual'`). `rawHttp` sends bytes
 * `fetch` cannot (repeated headers, truncated requests) over `node:net`.
 */
import express, {
  type Express,
  type Request as ExpressRequest,
  type Response as ExpressResponse,
} from 'express';
import type { Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { expressOAuth } from '../../src/adapters/express.js';
import { fromCoreResponse, json, parseBody, toCoreRequest } from '../../src/adapters/http.js';
import { createHandler, createHttpServer } from '../../src/adapters/node.js';
import type { RouteHandler, RoutesOptions } from '../../src/adapters/routes.js';
import { type OAuth2Server, Request, Response } from '../../src/index.js';
import type { Token } from '../../src/model.js';
import { createFixture, type Fixture } from './oauth.js';

export type TransportName = 'core' | 'express' | 'node';
export const TRANSPORTS: readonly TransportName[] = ['core', 'express', 'node'];
export const HTTP_TRANSPORTS: readonly ('express' | 'node')[] = ['express', 'node'];

/** Form or query parameters; an array repeats the parameter. */
export type Params = Readonly<Record<string, string | readonly string[]>>;

export interface TransportRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'HEAD';
  /** The path, without the query. */
  path: string;
  query?: Params;
  /** A form body, sent as `application/x-www-form-urlencoded` (UTF-8). */
  form?: Params;
  /** A raw body, sent as is (set `content-type` in `headers`). */
  body?: string | Uint8Array<ArrayBuffer>;
  headers?: Readonly<Record<string, string>>;
}

export interface TransportResponse {
  status: number;
  /** Header values by lower-case name. */
  headers: Record<string, string>;
  /** JSON parsed when the answer is JSON (or an object from the core), text otherwise; `undefined` when empty. */
  body: unknown;
}

export interface Transport {
  readonly name: TransportName;
  readonly fixture: Fixture;
  request(request: TransportRequest): Promise<TransportResponse>;
  close(): Promise<void>;
}

export interface HttpTransport extends Transport {
  readonly name: 'express' | 'node';
  readonly server: Server;
  /** `http://127.0.0.1:<port>` */
  readonly baseUrl: string;
  readonly port: number;
}

/** The scope `/me` requires (as the runnable server's `/me`). */
export const ME_SCOPE = 'read';

/** What `/me` answers for a token: `{ sub, username?, client_id, scope }` (contract `MeResponse`). */
export function meBody(token: Token): Record<string, string> {
  const body: Record<string, string> = {
    sub: token.user ? String(token.user.username) : token.client.id,
    client_id: token.client.id,
  };
  if (token.user) body.username = String(token.user.username);
  if (token.scope && token.scope.length > 0) body.scope = token.scope.join(' ');
  return body;
}

/** The `/me` route for the route table (both adapters): authenticates with scope `read`. */
export function meRoute(server: OAuth2Server): RouteHandler {
  return async (request) => {
    const response = new Response();
    try {
      const token = await server.authenticate(toCoreRequest(request), response, { scope: ME_SCOPE });
      return json(200, meBody(token), { ...response.headers });
    } catch {
      return fromCoreResponse(response);
    }
  };
}

function pairs(params: Params | undefined): [string, string][] {
  const out: [string, string][] = [];
  for (const [name, value] of Object.entries(params ?? {})) {
    if (typeof value === 'string') out.push([name, value]);
    else for (const item of value) out.push([name, item]);
  }
  return out;
}

/** Encodes parameters as `application/x-www-form-urlencoded`. */
export function encodeForm(params: Params | undefined): string {
  return new URLSearchParams(pairs(params)).toString();
}

function lowerCaseHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name.toLowerCase()] = value;
  });
  return out;
}

/** Reads a fetch response: JSON parsed by content type, text otherwise, `undefined` when empty. */
export async function readFetchResponse(response: globalThis.Response): Promise<TransportResponse> {
  const headers = lowerCaseHeaders(response.headers);
  const text = await response.text();
  let body: unknown = text === '' ? undefined : text;
  if (text !== '' && (headers['content-type'] ?? '').includes('json')) body = JSON.parse(text) as unknown;
  return { status: response.status, headers, body };
}

/** Sends a request to an HTTP server with `fetch`, never following redirects. */
export async function httpRequest(baseUrl: string, request: TransportRequest): Promise<TransportResponse> {
  const query = encodeForm(request.query);
  const url = `${baseUrl}${request.path}${query ? `?${query}` : ''}`;
  const headers: Record<string, string> = {};
  let body: string | Uint8Array<ArrayBuffer> | undefined = request.body;
  if (request.form !== undefined) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = encodeForm(request.form);
  }
  Object.assign(headers, request.headers);
  const response = await fetch(url, {
    method: request.method,
    headers,
    ...(body === undefined ? {} : { body }),
    redirect: 'manual',
  });
  return readFetchResponse(response);
}

/** Starts listening on an ephemeral port of the loopback interface. */
export async function listen(server: Server): Promise<{ port: number; baseUrl: string }> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return { port, baseUrl: `http://127.0.0.1:${port}` };
}

/** Stops a server: no new connections, idle and active ones closed. */
export async function closeServer(server: Server): Promise<void> {
  const closed = new Promise<void>((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
  });
  server.closeAllConnections();
  await closed;
}

async function httpTransport(
  name: 'express' | 'node',
  fixture: Fixture,
  server: Server,
): Promise<HttpTransport> {
  const { port, baseUrl } = await listen(server);
  return {
    name,
    fixture,
    server,
    port,
    baseUrl,
    request: (request) => httpRequest(baseUrl, request),
    close: () => closeServer(server),
  };
}

/** The route-table options both adapters get (`/me` added); tests may add their own. */
export type AdapterOptions = Omit<RoutesOptions, 'server'>;

/** `/me` by the route table, for a server. */
export function meRoutes(server: OAuth2Server): Record<string, RouteHandler> {
  const me = meRoute(server);
  return { 'GET /me': me, 'POST /me': me };
}

/** An Express 5 app: the router, then `/me` through `.authenticate({ scope: 'read' })`. */
export function expressApp(fixture: Fixture, options: AdapterOptions = {}): Express {
  const app = express();
  const oauth = expressOAuth(fixture.server);
  app.use(oauth.router(options));
  const me = (_req: ExpressRequest, res: ExpressResponse): void => {
    const { token } = res.locals.oauth as { token: Token };
    res.json(meBody(token));
  };
  app.get('/me', oauth.authenticate({ scope: ME_SCOPE }), me);
  app.post('/me', oauth.authenticate({ scope: ME_SCOPE }), me);
  return app;
}

/** The node adapter's listener with `/me` in its route table. */
export function nodeListener(
  fixture: Fixture,
  options: AdapterOptions = {},
): ReturnType<typeof createHandler> {
  return createHandler({
    ...options,
    server: fixture.server,
    routes: { ...meRoutes(fixture.server), ...options.routes },
  });
}

/** Starts an HTTP transport on a fixture. */
export async function createHttpTransport(
  name: 'express' | 'node',
  fixture?: Fixture,
  options: AdapterOptions = {},
): Promise<HttpTransport> {
  const f = fixture ?? (await createFixture());
  const listener = name === 'express' ? expressApp(f, options) : nodeListener(f, options);
  return httpTransport(name, f, createHttpServer(listener));
}

function coreParams(params: Params | undefined): Record<string, unknown> {
  const out = Object.create(null) as Record<string, unknown>;
  for (const [name, value] of Object.entries(params ?? {}))
    out[name] = typeof value === 'string' ? value : [...value];
  return out;
}

/** Calls the core directly, with the request an adapter would build. */
function coreTransport(fixture: Fixture): Transport {
  const { server } = fixture;
  return {
    name: 'core',
    fixture,
    async request(request) {
      const headers: Record<string, string> = {};
      if (request.form !== undefined) headers['content-type'] = 'application/x-www-form-urlencoded';
      for (const [name, value] of Object.entries(request.headers ?? {})) headers[name.toLowerCase()] = value;
      const body =
        request.form !== undefined
          ? coreParams(request.form)
          : request.body !== undefined
            ? parseBody(headers['content-type'], Buffer.from(request.body))
            : coreParams(undefined);
      const coreRequest = new Request({
        method: request.method,
        headers,
        query: coreParams(request.query),
        body,
      });
      const response = new Response();
      let result: Record<string, string> | undefined;
      try {
        switch (request.path) {
          case '/authorize':
            await server.authorize(coreRequest, response);
            break;
          case '/token':
            await server.token(coreRequest, response);
            break;
          case '/me':
            result = meBody(await server.authenticate(coreRequest, response, { scope: ME_SCOPE }));
            break;
          default:
            return { status: 404, headers: {}, body: undefined };
        }
      } catch {
        // The error is on the response, as the core wrote it.
      }
      const raw: unknown = result ?? response.body;
      const empty =
        raw === undefined || raw === null || (typeof raw === 'object' && Object.keys(raw).length === 0);
      return { status: response.status, headers: { ...response.headers }, body: empty ? undefined : raw };
    },
    close: () => Promise.resolve(),
  };
}

/** Creates a transport on a fresh fixture (or the one given). */
export async function createTransport(name: TransportName, fixture?: Fixture): Promise<Transport> {
  const f = fixture ?? (await createFixture());
  return name === 'core' ? coreTransport(f) : createHttpTransport(name, f);
}

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Everything the server sent. */
  raw: string;
}

/** Parses the first HTTP/1.1 response in `raw` (a body by `Content-Length`, else the rest). */
export function parseRawResponse(raw: string): RawResponse {
  const end = raw.indexOf('\r\n\r\n');
  const head = end < 0 ? raw : raw.slice(0, end);
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  let body = end < 0 ? '' : raw.slice(end + 4);
  const length = headers['content-length'];
  if (length !== undefined) body = Buffer.from(body).subarray(0, Number(length)).toString();
  return { status: Number(statusLine.split(' ')[1]), headers, body, raw };
}

/**
 * Writes raw bytes to a server and collects what it sends until it closes the connection (send
 * `Connection: close`) or `timeoutMs` passes. `chunks` are written in turn, `delayMs` apart.
 */
export function rawHttp(
  port: number,
  chunks: readonly (string | Buffer)[],
  { timeoutMs = 5_000, delayMs = 0 }: { timeoutMs?: number; delayMs?: number } = {},
): Promise<{ response: RawResponse; closed: boolean; elapsedMs: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const socket = connect(port, '127.0.0.1');
    const received: Buffer[] = [];
    let settled = false;
    const finish = (closed: boolean): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({
        response: parseRawResponse(Buffer.concat(received).toString('latin1')),
        closed,
        elapsedMs: performance.now() - started,
      });
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    socket.on('data', (chunk: Buffer) => received.push(chunk));
    socket.on('close', () => finish(true));
    socket.on('error', (error) => {
      // A server that answers and closes while the client still writes resets the connection: keep what arrived.
      if (received.length > 0) finish(true);
      else if (!settled) {
        settled = true;
        clearTimeout(timer);
        reject(error);
      }
    });
    socket.on('connect', () => {
      const write = async (): Promise<void> => {
        for (const chunk of chunks) {
          if (socket.destroyed) return;
          socket.write(chunk);
          if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
        }
      };
      void write();
    });
  });
}
