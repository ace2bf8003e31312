/**
 * The Express adapter: middleware shaped like `oauth2-server`'s examples, and a router mounting the endpoints.
 * Request parsing and response writing are the node adapter's (`./http.ts`); only the glue is Express's.
 *
 * ```js
 * import express from 'express';
 * import { expressOAuth } from 'oauth2-contract/express';
 * const oauth = expressOAuth(server);
 * const app = express();
 * app.use(oauth.router());                                   // /authorize, /token, /openapi.json, /docs
 * app.get('/me', oauth.authenticate({ scope: 'read' }), (req, res) => res.json(res.locals.oauth.token.user));
 * ```
 */
import type {
  NextFunction,
  Request as ExpressRequest,
  RequestHandler,
  Response as ExpressResponse,
} from 'express';
import type { IncomingMessage } from 'node:http';
import { toOAuthError } from '../errors.js';
import type { AuthenticateOptions, AuthorizeOptions, TokenOptions } from '../options.js';
import type { RequestParams } from '../request.js';
import { Response } from '../response.js';
import type { OAuth2Server } from '../server.js';
import { errorResponse, fromCoreResponse, toCoreRequest, toHttpRequest, writeHttpResponse } from './http.js';
import {
  PAGE_SECURITY_HEADERS,
  createRoutes,
  serve,
  type Exchange,
  type Routes,
  type RoutesOptions,
} from './routes.js';

/** A body an upstream parser already read (`express.urlencoded()`): used as is, validation rejects `qs` shapes. */
function upstreamBody(req: ExpressRequest): RequestParams | undefined {
  const body: unknown = req.body;
  return typeof body === 'object' &&
    body !== null &&
    !Array.isArray(body) &&
    !(req as IncomingMessage).readable
    ? (body as RequestParams)
    : undefined;
}

export interface MiddlewareOptions {
  /** Pass errors to Express's error handler (`next(err)`) instead of answering them. Default: `false`. */
  useErrorHandler?: boolean;
}

export interface ExpressOAuth {
  /** Protects a route: sets `res.locals.oauth = { token }` and calls `next()`, or answers the error (RFC 6750). */
  authenticate(options?: AuthenticateOptions & MiddlewareOptions): RequestHandler;
  /** The authorization endpoint: sets `res.locals.oauth = { code }` and sends the redirect, or answers the error. */
  authorize(options?: AuthorizeOptions & MiddlewareOptions): RequestHandler;
  /** The token endpoint: sets `res.locals.oauth = { token }` and sends the token response, or the error. */
  token(options?: TokenOptions & MiddlewareOptions): RequestHandler;
  /** The revocation endpoint (RFC 7009): sends the empty 200, or the error. */
  revoke(options?: MiddlewareOptions): RequestHandler;
  /** The introspection endpoint (RFC 7662): sets `res.locals.oauth = { introspection }` and sends it, or the error. */
  introspect(options?: MiddlewareOptions): RequestHandler;
  /** A router serving `/authorize`, `/token`, `/openapi.json`, `/docs` and the routes given. */
  router(
    options?: Omit<RoutesOptions, 'server'> & { onExchange?: (exchange: Exchange) => void },
  ): RequestHandler;
}

function split<T extends MiddlewareOptions>(options: T | undefined): [T | undefined, boolean] {
  if (!options) return [undefined, false];
  const { useErrorHandler, ...rest } = options;
  return [rest as T, useErrorHandler === true];
}

/** Runs a core method for an Express request, then answers (or passes on) as the method needs. */
function middleware(
  useErrorHandler: boolean,
  run: (request: ReturnType<typeof toCoreRequest>, response: Response) => Promise<unknown>,
  onSuccess: (
    value: unknown,
    response: Response,
    req: ExpressRequest,
    res: ExpressResponse,
    next: NextFunction,
  ) => void,
  pageHeaders = false,
): RequestHandler {
  return (req, res, next) => {
    const handle = async (): Promise<void> => {
      const http = await toHttpRequest(req, req.url, upstreamBody(req));
      if (req.body === undefined) req.body = http.body;
      const response = new Response();
      let value: unknown;
      try {
        value = await run(toCoreRequest(http), response);
      } catch (thrown) {
        // The core writes every error it answers; one thrown before anything was written (a misconfiguration)
        // is answered here, never as the untouched 200.
        const answer = response.status === 200 ? errorResponse(thrown) : fromCoreResponse(response);
        if (useErrorHandler) {
          for (const [name, header] of Object.entries(answer.headers)) res.setHeader(name, header);
          next(toOAuthError(thrown));
          return;
        }
        writeHttpResponse(
          res,
          pageHeaders ? { ...answer, headers: { ...answer.headers, ...PAGE_SECURITY_HEADERS } } : answer,
        );
        return;
      }
      onSuccess(value, response, req, res, next);
    };
    handle().catch((error: unknown) => {
      if (useErrorHandler) next(toOAuthError(error));
      else if (!res.headersSent) {
        const answer = errorResponse(error);
        // A refused oversized body is not read to the end: close the connection rather than drain it.
        if (answer.status === 413) answer.headers.connection = 'close';
        writeHttpResponse(res, answer);
      }
    });
  };
}

/** Express middleware for a server. */
export function expressOAuth(server: OAuth2Server): ExpressOAuth {
  return {
    authenticate(options) {
      const [coreOptions, useErrorHandler] = split(options);
      return middleware(
        useErrorHandler,
        (request, response) => server.authenticate(request, response, coreOptions ?? {}),
        (token, response, _req, res, next) => {
          for (const [name, header] of Object.entries(response.headers)) res.setHeader(name, header);
          res.locals.oauth = { token };
          next();
        },
      );
    },
    authorize(options) {
      const [coreOptions, useErrorHandler] = split(options);
      return middleware(
        useErrorHandler,
        (request, response) => server.authorize(request, response, coreOptions ?? {}),
        (code, response, _req, res) => {
          res.locals.oauth = { code };
          const answer = fromCoreResponse(response);
          writeHttpResponse(res, { ...answer, headers: { ...answer.headers, ...PAGE_SECURITY_HEADERS } });
        },
        true,
      );
    },
    token(options) {
      const [coreOptions, useErrorHandler] = split(options);
      return middleware(
        useErrorHandler,
        (request, response) => server.token(request, response, coreOptions ?? {}),
        (token, response, _req, res) => {
          res.locals.oauth = { token };
          writeHttpResponse(res, fromCoreResponse(response));
        },
      );
    },
    revoke(options) {
      const [, useErrorHandler] = split(options);
      return middleware(
        useErrorHandler,
        (request, response) => server.revoke(request, response),
        (_value, response, _req, res) => writeHttpResponse(res, fromCoreResponse(response)),
      );
    },
    introspect(options) {
      const [, useErrorHandler] = split(options);
      return middleware(
        useErrorHandler,
        (request, response) => server.introspect(request, response),
        (introspection, response, _req, res) => {
          res.locals.oauth = { introspection };
          writeHttpResponse(res, fromCoreResponse(response));
        },
      );
    },
    router(options = {}) {
      const { onExchange, ...routesOptions } = options;
      return expressHandler(createRoutes({ ...routesOptions, server }), onExchange);
    },
  };
}

/** Express middleware serving a route table; requests it has no route for go on to `next()`. */
export function expressHandler(routes: Routes, onExchange?: (exchange: Exchange) => void): RequestHandler {
  return (req, res, next) => {
    serve(routes, req, res, req.url, { body: upstreamBody(req), next: () => next(), onExchange }).catch(
      (error: unknown) => next(error),
    );
  };
}

export type { Exchange, RoutesOptions } from './routes.js';
