/**
 * The native `node:http` adapter: the same routes as the Express adapter, no framework.
 *
 * ```js
 * import { createServer } from 'node:http';
 * import { createHandler } from 'oauth2-contract/node';
 * createServer(createHandler({ server })).listen(3000);
 * ```
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRoutes, serve, type Exchange, type Routes, type RoutesOptions } from './routes.js';

export interface NodeHandlerOptions extends RoutesOptions {
  /** Called after each response is written (for request logs). */
  onExchange?: ((exchange: Exchange) => void) | undefined;
}

/** A `(req, res)` request listener serving the OAuth endpoints (and the application's routes). */
export function createHandler(
  options: NodeHandlerOptions,
): (req: IncomingMessage, res: ServerResponse) => void {
  return handlerFor(createRoutes(options), options.onExchange);
}

/** A request listener for an already built route table. */
export function handlerFor(
  routes: Routes,
  onExchange?: (exchange: Exchange) => void,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    serve(routes, req, res, req.url, { onExchange }).catch(() => {
      // Writing failed (the client went away): nothing left to answer.
      res.destroy();
    });
  };
}

/** Limits against slow clients (slowloris): the whole request must arrive in time. */
export const SERVER_TIMEOUTS = {
  /** Time to receive the complete headers. */
  headersTimeout: 10_000,
  /** Time to receive the complete request. */
  requestTimeout: 30_000,
  /** How long an idle keep-alive connection stays open. */
  keepAliveTimeout: 5_000,
  /** How often the timeouts are checked. */
  connectionsCheckingInterval: 1_000,
} as const;

/** An HTTP server with the timeouts set, serving `listener`. */
export function createHttpServer(listener: (req: IncomingMessage, res: ServerResponse) => void): Server {
  const server = createServer(
    {
      headersTimeout: SERVER_TIMEOUTS.headersTimeout,
      requestTimeout: SERVER_TIMEOUTS.requestTimeout,
      // Node enforces the two timeouts above only when it checks, by default every 30 s.
      connectionsCheckingInterval: SERVER_TIMEOUTS.connectionsCheckingInterval,
    },
    listener,
  );
  server.keepAliveTimeout = SERVER_TIMEOUTS.keepAliveTimeout;
  return server;
}

export { createRoutes, type Exchange, type Routes, type RoutesOptions } from './routes.js';
export { PAGE_SECURITY_HEADERS } from './routes.js';
