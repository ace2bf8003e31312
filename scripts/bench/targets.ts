/**
 * One benchmark target per process (scripts/bench/http.ts forks this file with the target's name): it starts the
 * server on a free loopback port and tells the parent, over IPC, where it listens and which two requests to send —
 * a token request (client_credentials, Basic) and a resource request (GET /me, Bearer). On `stats` it answers with
 * its memory use; on `stop` it exits.
 *
 * Targets:
 * - `bare-node`, `bare-express`: the floor — read the form body and answer a JSON object of a token response's size,
 *   without OAuth. What a request costs before any OAuth work, on each stack;
 * - `node`, `express`: this project's runnable server (the app's routes, memory store) behind each adapter;
 * - `node-oauth`: `@node-oauth/oauth2-server` 5.x behind Express with an in-memory model (the wrapper the interop
 *   tests use), the library this project replaces.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { handlerFor } from '../../src/adapters/node.js';
import { expressHandler } from '../../src/adapters/express.js';
import { createApp } from '../../src/app/app.js';
import { seedDemo } from '../../src/app/seed.js';
import { MemoryStore } from '../../src/stores/memory.js';
import { startNodeOAuthServer } from '../../test/helpers/node-oauth-server.js';

export const TARGETS = ['bare-node', 'bare-express', 'node', 'express', 'node-oauth'] as const;
export type TargetName = (typeof TARGETS)[number];

/** A request the driver sends, as given to `http.request` (plus the body). */
export interface BenchRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface TargetReady {
  port: number;
  /** A token request; a 200 answer carries `access_token` (a fixed one for the bare targets). */
  token: BenchRequest;
  /** The resource request, without its Authorization header (the driver adds the token it got). */
  resource: BenchRequest;
}

export interface TargetStats {
  rss: number;
  heapUsed: number;
}

const FORM = 'application/x-www-form-urlencoded';

function basic(id: string, secret: string): string {
  const encode = (value: string) => encodeURIComponent(value).replace(/%20/g, '+');
  return `Basic ${Buffer.from(`${encode(id)}:${encode(secret)}`).toString('base64')}`;
}

function tokenRequest(id: string, secret: string): BenchRequest {
  return {
    method: 'POST',
    path: '/token',
    headers: { authorization: basic(id, secret), 'content-type': FORM },
    body: 'grant_type=client_credentials&scope=read',
  };
}

const RESOURCE: BenchRequest = { method: 'GET', path: '/me', headers: {} };

/** A body the size of this server's token response, for the bare targets. */
const BARE_TOKEN = JSON.stringify({
  access_token: 'a'.repeat(64),
  token_type: 'Bearer',
  expires_in: 3600,
  scope: 'read',
});

/** Reads the body, parses the form, answers JSON: what any token endpoint does at least. */
function bareListener(req: IncomingMessage, res: ServerResponse): void {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const params = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
    const body = req.url === '/token' && params.get('grant_type') ? BARE_TOKEN : '{"sub":"demo"}';
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(body);
  });
}

async function listen(listener: (req: IncomingMessage, res: ServerResponse) => void): Promise<number> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

async function start(name: TargetName): Promise<TargetReady> {
  switch (name) {
    case 'bare-node': {
      const port = await listen(bareListener);
      return { port, token: tokenRequest('bare', 'bare'), resource: RESOURCE };
    }
    case 'bare-express': {
      const app = express();
      app.disable('x-powered-by');
      app.use(express.urlencoded({ extended: false }));
      app.post('/token', (req, res) => {
        const body = req.body as Record<string, unknown>;
        res.set('cache-control', 'no-store');
        res.type('application/json').send(body['grant_type'] ? BARE_TOKEN : '{}');
      });
      app.get('/me', (_req, res) => {
        res.json({ sub: 'demo' });
      });
      const port = await listen(app);
      return { port, token: tokenRequest('bare', 'bare'), resource: RESOURCE };
    }
    case 'node':
    case 'express': {
      // The port is chosen first, so the issuer (and the demo client's redirect URI) can name it.
      const server = createServer();
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const port = (server.address() as AddressInfo).port;
      const issuer = `http://localhost:${port}`;
      const store = new MemoryStore();
      const demo = await seedDemo(store, issuer);
      const app = createApp({ issuer, store });
      if (name === 'node') server.on('request', handlerFor(app.routes));
      else {
        const ex = express();
        ex.disable('x-powered-by');
        ex.use(expressHandler(app.routes));
        server.on('request', ex);
      }
      const { id, secret } = demo.confidentialClient;
      return { port, token: tokenRequest(id, secret), resource: RESOURCE };
    }
    case 'node-oauth': {
      const peer = await startNodeOAuthServer();
      const { id, secret } = peer.clients.confidential;
      return {
        port: Number(new URL(peer.baseUrl).port),
        token: tokenRequest(id, secret),
        resource: RESOURCE,
      };
    }
  }
}

// Run as a child of the driver: start the named target and talk over IPC.
const name = process.argv[2] as TargetName | undefined;
if (name && process.send) {
  if (!TARGETS.includes(name)) throw new Error(`unknown target ${name}`);
  const ready = await start(name);
  process.on('message', (message: unknown) => {
    if (message === 'stats') {
      const { rss, heapUsed } = process.memoryUsage();
      process.send?.({ stats: { rss, heapUsed } satisfies TargetStats });
    } else if (message === 'stop') process.exit(0);
  });
  process.send({ ready });
}
