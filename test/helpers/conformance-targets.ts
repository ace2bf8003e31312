/**
 * The servers the conformance kit is proven on, each started on an ephemeral loopback port with the
 * configuration the kit needs to test it:
 *
 * - this project's runnable server (login and consent pages, `/me`) behind the node or the Express adapter;
 * - `@node-oauth/oauth2-server` 5.x behind Express (see node-oauth-server.ts);
 * - `oidc-provider` 9.x (see oidc-provider.ts).
 */
import express from 'express';
import { createHttpServer, handlerFor } from '../../src/adapters/node.js';
import { expressHandler } from '../../src/adapters/express.js';
import { createApp, type AppStore } from '../../src/app/app.js';
import { seedDemo, type SeedableStore } from '../../src/app/seed.js';
import type { TargetConfig } from '../../src/conformance/config.js';
import { MemoryStore } from '../../src/stores/memory.js';
import { startNodeOAuthServer } from './node-oauth-server.js';
import { startOidcProvider } from './oidc-provider.js';
import { closeServer, listen } from './transports.js';

export interface ConformanceTarget {
  name: string;
  config: TargetConfig;
  close(): Promise<void>;
}

/** The second confidential client's secret: characters Basic must form-encode (RFC 6749 §2.3.1, Appendix A.2). */
export const SECOND_CLIENT_SECRET = 'second secret+%:/&=';

/**
 * The query in each target's second redirect URI: the kit checks that redirects keep it (RFC 6749 §3.1.2, cases
 * AZ-04 and AZ-04b), which a redirect URI without one cannot show.
 */
const KIT_CALLBACK_QUERY = '?kit=query';

/** This project's runnable server on a store (memory by default), with the demo data and a second confidential client. */
/** A store the runnable server can run on, closed with the target. */
export type OwnStore = AppStore & SeedableStore & { close?(): void | Promise<void> };

export async function startOwnServer(
  adapter: 'node' | 'express',
  openStore: () => Promise<OwnStore> = () => Promise.resolve(new MemoryStore()),
): Promise<ConformanceTarget> {
  const http = createHttpServer(() => undefined);
  const { port } = await listen(http);
  // `localhost`, as `npm start` says: a loopback IP literal would make redirect URIs match on any port (RFC 8252
  // §7.3), and the kit's redirect URI cases vary the port.
  const issuer = `http://localhost:${port}`;
  const store = await openStore();
  const demo = await seedDemo(store, issuer);
  const second = {
    id: 'kit-second-client',
    secret: SECOND_CLIENT_SECRET,
    redirectUri: `${issuer}/callback${KIT_CALLBACK_QUERY}`,
  };
  await store.addClient({
    id: second.id,
    name: 'Second confidential client',
    secret: second.secret,
    grants: ['authorization_code', 'refresh_token', 'client_credentials'],
    redirectUris: [second.redirectUri],
    scopes: ['read', 'write'],
  });
  const app = createApp({ issuer, store });
  http.removeAllListeners('request');
  if (adapter === 'node') {
    http.on('request', handlerFor(app.routes));
  } else {
    const ex = express();
    ex.disable('x-powered-by');
    ex.use(expressHandler(app.routes));
    http.on('request', ex);
  }
  return {
    name: `oauth2-contract (${adapter} adapter)`,
    config: {
      issuer,
      client: { ...demo.confidentialClient, authMethod: 'client_secret_basic' },
      secondClient: { ...second, authMethod: 'client_secret_post' },
      publicClient: demo.publicClient,
      user: demo.user,
      authorization: { mode: 'form' },
      resource: { url: `${issuer}/me`, scope: 'read' },
      scope: 'read',
    },
    close: async () => {
      await closeServer(http);
      await store.close?.();
    },
  };
}

/** `@node-oauth/oauth2-server` 5.x behind Express: no discovery, so explicit endpoints. */
export async function startNodeOAuthTarget(): Promise<ConformanceTarget> {
  const peer = await startNodeOAuthServer({ secondCallbackQuery: KIT_CALLBACK_QUERY });
  return {
    name: '@node-oauth/oauth2-server 5.x (Express)',
    config: {
      endpoints: peer.endpoints,
      client: { ...peer.clients.confidential, authMethod: 'client_secret_basic' },
      secondClient: { ...peer.clients.second, authMethod: 'client_secret_post' },
      publicClient: peer.clients.public,
      user: { username: peer.user.username, password: peer.user.password },
      authorization: { mode: 'auto' },
      resource: { url: peer.resource, scope: 'read' },
      scope: 'read',
    },
    close: () => peer.close(),
  };
}

/** `oidc-provider` 9.x at the root of its origin (RFC 8414 discovery works there). */
export async function startOidcProviderTarget(): Promise<ConformanceTarget> {
  const peer = await startOidcProvider();
  return {
    name: 'oidc-provider 9.x',
    config: {
      issuer: peer.issuer,
      client: { ...peer.clients.confidential, authMethod: 'client_secret_basic' },
      secondClient: { ...peer.clients.second, authMethod: 'client_secret_post' },
      publicClient: peer.clients.public,
      authorization: { mode: 'auto' },
      scope: peer.scope,
    },
    close: () => peer.close(),
  };
}
