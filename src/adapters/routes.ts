/**
 * The endpoints both adapters mount, framework-independent: `/authorize`, `/token`, `/openapi.json`, `/docs`,
 * and whatever routes the application adds. Each route takes an {@link HttpRequest} and returns an
 * {@link HttpResponse}; the adapters only move bytes.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { contractDocument } from '../contract.js';
import { InteractionRequired, type OAuthError, toOAuthError } from '../errors.js';
import type { ProtectedResourceMetadata } from '../contract.js';
import type { AuthorizeOptions } from '../options.js';
import { Response } from '../response.js';
import { protectedResourceMetadataUrl } from '../handlers/metadata.js';
import type { OAuth2Server } from '../server.js';
import {
  errorResponse,
  fromCoreResponse,
  toCoreRequest,
  toHttpRequest,
  writeHttpResponse,
  type HttpRequest,
  type HttpResponse,
} from './http.js';
import { escapeHtml, page } from './html.js';

export type RouteHandler = (request: HttpRequest) => Promise<HttpResponse>;

/** Headers for every answer of the authorization endpoint and the pages around it (RFC 9700 §4.16, §4.2.4). */
export const PAGE_SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'cache-control': 'no-store',
  'x-frame-options': 'DENY',
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
});

export interface RoutesOptions {
  /** The server whose endpoints are mounted. */
  server: OAuth2Server;
  /** Options for `authorize()` (the `authenticateHandler` and `consentHandler` of the application). */
  authorize?: AuthorizeOptions | undefined;
  /**
   * Renders the page `authorize()` asked for (login or consent) when a handler threw `InteractionRequired`.
   * Without it, such a request is answered 500.
   */
  interaction?:
    ((request: HttpRequest, interaction: InteractionRequired) => Promise<HttpResponse>) | undefined;
  /**
   * Runs before a form post reaches `authorize()`: the application checks its consent form's CSRF token and
   * session here, and returns a response to stop the request (a 403), or `undefined` to go on.
   */
  checkAuthorizePost?: ((request: HttpRequest) => Promise<HttpResponse | undefined>) | undefined;
  /** The docs page (self-contained HTML) served at `/docs`; `undefined` when it has not been built. */
  docs?: (() => Promise<string | undefined>) | undefined;
  /** Called with every error answered with a 5xx status, for logging (the client sees only a generic text). */
  onServerError?: ((error: OAuthError) => void) | undefined;
  /**
   * The protected resource metadata (RFC 9728) of a resource the application serves next to the authorization
   * server, at the well-known URL its identifier gives ({@link protectedResourceMetadataUrl}).
   */
  protectedResource?: ProtectedResourceMetadata | undefined;
  /** Paths, besides `/authorize`, whose every answer (errors included) carries the page security headers. */
  pages?: readonly string[] | undefined;
  /** More routes, by `"METHOD /path"` (`"GET /me"`); `"* /path"` matches any method. */
  routes?: Readonly<Record<string, RouteHandler>> | undefined;
}

/** What a route table answers for one request. */
export interface Routes {
  /** The handler for a method and path, if the table has one. */
  match(method: string, path: string): RouteHandler | undefined;
  /** Whether a path serves pages for the resource owner, whose every answer carries the page security headers. */
  isPage(path: string): boolean;
}

function wantsHtml(request: HttpRequest): boolean {
  const accept = request.headers.accept;
  return typeof accept === 'string' && accept.includes('text/html');
}

function withPageHeaders(response: HttpResponse): HttpResponse {
  return { ...response, headers: { ...response.headers, ...PAGE_SECURITY_HEADERS } };
}

/** An error the server answers itself at the authorization endpoint: JSON, or a page for a browser. */
function authorizationErrorPage(
  request: HttpRequest,
  response: HttpResponse,
  error: OAuthError,
): HttpResponse {
  if (!wantsHtml(request)) return withPageHeaders(response);
  const body = JSON.parse(String(response.body ?? '{}')) as { error?: string; error_description?: string };
  const html = page(
    'Authorization failed',
    `<h1>This authorization request cannot be completed</h1>
<p>The application that sent you here made a request this server cannot accept, so you were not sent back to it.</p>
<p><code>${escapeHtml(body.error ?? error.name)}</code>: ${escapeHtml(body.error_description ?? '')}</p>`,
  );
  return withPageHeaders({
    status: response.status,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: html,
  });
}

/** Hands a 5xx error to the application's logger; returns it as an OAuthError. */
export function reportServerError(
  options: Pick<RoutesOptions, 'onServerError'>,
  thrown: unknown,
): OAuthError {
  const error = toOAuthError(thrown);
  if (error.code >= 500) options.onServerError?.(error);
  return error;
}

function authorizeRoute(options: RoutesOptions): RouteHandler {
  return async (request) => {
    if (request.method === 'POST' && options.checkAuthorizePost) {
      const stop = await options.checkAuthorizePost(request);
      if (stop) return withPageHeaders(stop);
    }
    const response = new Response();
    try {
      await options.server.authorize(toCoreRequest(request), response, options.authorize ?? {});
    } catch (thrown) {
      if (thrown instanceof InteractionRequired) {
        if (!options.interaction) return withPageHeaders(errorResponse(thrown));
        return withPageHeaders(await options.interaction(request, thrown));
      }
      const error = reportServerError(options, thrown);
      // The core writes every error it answers (a redirect, or its status); one it threw before writing anything
      // (a misconfiguration) is answered here, never as the untouched 200.
      const result = response.status === 200 ? errorResponse(error) : fromCoreResponse(response);
      if (result.headers.location) return withPageHeaders(result);
      return authorizationErrorPage(request, result, error);
    }
    return withPageHeaders(fromCoreResponse(response));
  };
}

/** A route for a token-endpoint-like method of the server: the core writes the answer on its Response. */
function coreRoute(
  options: RoutesOptions,
  run: (request: ReturnType<typeof toCoreRequest>, response: Response) => Promise<unknown>,
): RouteHandler {
  return async (request) => {
    const response = new Response();
    try {
      await run(toCoreRequest(request), response);
    } catch (thrown) {
      const error = reportServerError(options, thrown);
      // The core writes every error it answers; one it threw before writing anything (a misconfiguration) is
      // answered here, never as the untouched 200.
      if (response.status === 200) return errorResponse(error);
    }
    return fromCoreResponse(response);
  };
}

const NOT_CONFIGURED: HttpResponse = {
  status: 404,
  headers: { 'content-type': 'text/plain; charset=utf-8' },
  body: 'Not configured: the server has no issuer identifier.\n',
};

function jsonDocument(body: unknown): HttpResponse {
  return {
    status: 200,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'public, max-age=300' },
    body: JSON.stringify(body),
  };
}

const openapiBody = JSON.stringify(contractDocument);

/** Builds the route table. */
export function createRoutes(options: RoutesOptions): Routes {
  const table = new Map<string, RouteHandler>();
  const { server } = options;
  const { capabilities, metadata } = server.resolvedOptions;
  const { authorization, token } = metadata.endpoints;
  // Each endpoint is mounted only when the Model supports it, so nothing is advertised that is not there.
  if (capabilities.authorizationCode || server.resolvedOptions.authorize.enableImplicitGrant) {
    const authorize = authorizeRoute(options);
    table.set(`GET ${authorization}`, authorize);
    table.set(`POST ${authorization}`, authorize);
  }
  if (capabilities.token) {
    table.set(
      `* ${token}`,
      coreRoute(options, (request, response) => server.token(request, response)),
    );
  }
  if (capabilities.revocation) {
    table.set(
      `* ${metadata.endpoints.revocation}`,
      coreRoute(options, (request, response) => server.revoke(request, response)),
    );
  }
  if (capabilities.introspection) {
    table.set(
      `* ${metadata.endpoints.introspection}`,
      coreRoute(options, (request, response) => server.introspect(request, response)),
    );
  }
  table.set('GET /.well-known/oauth-authorization-server', () => {
    const document = server.metadata();
    return Promise.resolve(document ? jsonDocument(document) : NOT_CONFIGURED);
  });
  const { protectedResource } = options;
  if (protectedResource) {
    const document = jsonDocument(protectedResource);
    table.set(`GET ${new URL(protectedResourceMetadataUrl(protectedResource.resource)).pathname}`, () =>
      Promise.resolve(document),
    );
  }
  table.set('GET /openapi.json', () =>
    Promise.resolve({
      status: 200,
      headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'public, max-age=300' },
      body: openapiBody,
    }),
  );
  table.set('GET /docs', async () => {
    const html = await options.docs?.();
    if (html === undefined) {
      return {
        status: 404,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
        body: 'The docs are not built: run `npm run docs`.\n',
      };
    }
    return {
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=300' },
      body: html,
    };
  });
  for (const [key, handler] of Object.entries(options.routes ?? {})) table.set(key, handler);
  const pages = new Set([authorization, ...(options.pages ?? [])]);
  return {
    isPage: (path) => pages.has(path),
    match(method, path) {
      return (
        table.get(`${method} ${path}`) ??
        table.get(`* ${path}`) ??
        (method === 'HEAD' ? table.get(`GET ${path}`) : undefined)
      );
    },
  };
}

/** What {@link serve} reports about each request, for logging. */
export interface Exchange {
  method: string;
  path: string;
  status: number;
  durationMs: number;
  request: IncomingMessage;
}

/**
 * Serves one native request from a route table: parse (errors answered in the OAuth format), route, write.
 * `next` runs when no route matches (Express passes the request on; the node adapter answers 404).
 */
export async function serve(
  routes: Routes,
  req: IncomingMessage,
  res: ServerResponse,
  url: string | undefined,
  options: {
    body?: HttpRequest['body'] | undefined;
    next?: (() => void) | undefined;
    onExchange?: ((exchange: Exchange) => void) | undefined;
  } = {},
): Promise<void> {
  const started = performance.now();
  const method = (req.method ?? 'GET').toUpperCase();
  const path = (url ?? '/').split('?', 1)[0] || '/';
  const handler = routes.match(method, path);
  if (!handler && options.next) {
    options.next();
    return;
  }
  let response: HttpResponse;
  try {
    if (!handler) {
      response = {
        status: 404,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
        body: 'Not found\n',
      };
    } else {
      response = await handler(await toHttpRequest(req, url, options.body));
    }
  } catch (error) {
    response = errorResponse(error);
    // A refused oversized body is not read to the end: close the connection rather than drain it.
    if (response.status === 413) response.headers.connection = 'close';
    if (routes.isPage(path)) response = withPageHeaders(response);
  }
  writeHttpResponse(res, response);
  options.onExchange?.({
    method,
    path,
    status: response.status,
    durationMs: performance.now() - started,
    request: req,
  });
}
