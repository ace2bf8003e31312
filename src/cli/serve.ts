/**
 * `oauth2-contract serve`: the runnable server on SQLite (or memory, PostgreSQL, Redis), behind the node or
 * Express adapter.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino, type DestinationStream, type Logger } from 'pino';
import { createHttpServer, handlerFor } from '../adapters/node.js';
import type { Exchange } from '../adapters/routes.js';
import { createApp, type AppStore } from '../app/app.js';
import { docsLoader } from '../app/docs.js';
import { seedDemo, type DemoCredentials, type SeedableStore } from '../app/seed.js';
import { openStore, type StoreKind } from './stores.js';

export interface ServeOptions {
  port: number;
  host: string;
  /** Defaults to `http://localhost:<port>`. */
  issuer?: string | undefined;
  store: StoreKind;
  /** The SQLite file, or the PostgreSQL or Redis URL. */
  db: string;
  adapter: 'node' | 'express';
  logLevel: string;
  /** Where the banner goes (stdout by default). */
  print?: ((line: string) => void) | undefined;
  /** Where the JSON logs go (stdout by default). */
  logDestination?: DestinationStream | undefined;
}

/** A store the server runs on. */
type ServedStore = AppStore & SeedableStore & { close?(): void | Promise<void>; purgeExpired?(): unknown };

export interface RunningServer {
  url: string;
  issuer: string;
  demo: DemoCredentials;
  http: Server;
  /** Stops accepting, lets requests in flight finish, closes the store. */
  close(): Promise<void>;
}

/** Request log fields: never the query (codes, tokens), headers (credentials) or bodies. */
function logExchange(logger: Logger): (exchange: Exchange) => void {
  return ({ method, path, status, durationMs, request }) =>
    logger.info(
      { method, path, status, ms: Math.round(durationMs * 10) / 10, ip: request.socket.remoteAddress },
      'request',
    );
}

async function listener(
  adapter: ServeOptions['adapter'],
  routes: ReturnType<typeof createApp>['routes'],
  onExchange: (exchange: Exchange) => void,
): Promise<Parameters<typeof createHttpServer>[0]> {
  if (adapter === 'node') return handlerFor(routes, onExchange);
  const [{ default: express }, { expressHandler }] = await Promise.all([
    import('express'),
    import('../adapters/express.js'),
  ]);
  const app = express();
  app.disable('x-powered-by');
  app.use(expressHandler(routes, onExchange));
  app.use((_req, res) => res.status(404).type('text/plain').send('Not found\n'));
  return app;
}

export async function serve(options: ServeOptions): Promise<RunningServer> {
  const logger = pino({ level: options.logLevel, base: null }, options.logDestination ?? process.stdout);
  const store: ServedStore = await openStore({ kind: options.store, location: options.db });
  const http = createHttpServer(() => undefined);
  try {
    await new Promise<void>((resolve, reject) => {
      http.once('error', reject);
      http.listen(options.port, options.host, () => resolve());
    });
  } catch (error) {
    await store.close?.();
    throw error;
  }
  const port = (http.address() as AddressInfo).port;
  const issuer = (options.issuer ?? `http://localhost:${port}`).replace(/\/$/, '');
  const demo = await seedDemo(store, issuer);
  await store.purgeExpired?.();
  const app = createApp({
    issuer,
    store,
    docs: docsLoader(),
    onServerError: (error) =>
      logger.error(
        { error: error.name, cause: error.inner?.name, detail: error.inner?.message },
        'server error',
      ),
  });
  http.removeAllListeners('request');
  http.on('request', await listener(options.adapter, app.routes, logExchange(logger)));

  const print = options.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  print(`oauth2-contract listening on ${issuer} (${options.adapter} adapter, ${options.store} store)`);
  print(`  docs:     ${issuer}/docs`);
  print(`  contract: ${issuer}/openapi.json`);
  print(`  demo confidential client: ${demo.confidentialClient.id} / ${demo.confidentialClient.secret}`);
  print(
    `  demo public client:       ${demo.publicClient.id} (PKCE), redirect URI ${demo.publicClient.redirectUri}`,
  );
  print(`  demo user:                ${demo.user.username} / ${demo.user.password}`);

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closing ??= new Promise<void>((resolve) => {
      const force = setTimeout(() => http.closeAllConnections(), 10_000);
      http.close(() => {
        clearTimeout(force);
        void Promise.resolve(store.close?.())
          .catch(() => undefined)
          .then(resolve);
      });
      http.closeIdleConnections();
    }));
  return {
    url: `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`,
    issuer,
    demo,
    http,
    close,
  };
}
