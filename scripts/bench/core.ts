/**
 * In-process benchmark of the two hot paths without HTTP: `server.token()` (client_credentials, Basic) and
 * `server.authenticate()` (Bearer, scope `read`), this project's OAuth2Server on its memory store against
 * `@node-oauth/oauth2-server` 5.x on an equivalent in-memory model (secrets compared as given, tokens in a Map).
 * What it shows is the CPU cost of the OAuth work itself, which the HTTP benchmark mixes with sockets and parsing.
 *
 *   npx tsx scripts/bench/core.ts [--iterations 30000] [--rounds 5] [--json]
 *
 * Rounds alternate between the two servers; each side's median round counts. Compare within a run only.
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import NodeOAuthServer from '@node-oauth/oauth2-server';
import { OAuth2Server, Request, Response } from '../../src/index.js';
import { MemoryStore } from '../../src/stores/memory.js';

interface Side {
  token(): Promise<string>;
  authenticate(accessToken: string): Promise<unknown>;
}

const CLIENT_ID = 'bench-client';
const CLIENT_SECRET = 'bench-client-secret';
const BASIC = `Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64')}`;
const FORM = 'application/x-www-form-urlencoded';

function ours(): Side {
  const store = new MemoryStore();
  store.addClient({ id: CLIENT_ID, secret: CLIENT_SECRET, grants: ['client_credentials'], scopes: ['read'] });
  const server = new OAuth2Server({ model: store });
  return {
    async token() {
      const request = new Request({
        method: 'POST',
        headers: { authorization: BASIC, 'content-type': FORM },
        query: {},
        body: { grant_type: 'client_credentials', scope: 'read' },
      });
      return (await server.token(request, new Response())).accessToken;
    },
    authenticate(accessToken) {
      const request = new Request({
        method: 'GET',
        headers: { authorization: `Bearer ${accessToken}` },
        query: {},
        body: {},
      });
      return server.authenticate(request, new Response(), { scope: 'read' });
    },
  };
}

function nodeOAuth(): Side {
  const client = { id: CLIENT_ID, grants: ['client_credentials'] };
  const tokens = new Map<string, NodeOAuthServer.Token>();
  const server = new NodeOAuthServer({
    // The library's typings want promises; answering at once with resolved ones keeps the comparison fair.
    model: {
      getClient: (id: string, secret: string) =>
        Promise.resolve(id === CLIENT_ID && secret === CLIENT_SECRET ? client : false),
      getUserFromClient: () => Promise.resolve({ id: 'service' }),
      validateScope: (_user: unknown, _client: unknown, scope?: string[]) =>
        Promise.resolve(scope?.every((s) => s === 'read') ? scope : false),
      saveToken: (token: NodeOAuthServer.Token, c: NodeOAuthServer.Client, user: NodeOAuthServer.User) => {
        const saved = { ...token, client: c, user };
        tokens.set(token.accessToken, saved);
        return Promise.resolve(saved);
      },
      getAccessToken: (accessToken: string) => Promise.resolve(tokens.get(accessToken) ?? false),
      verifyScope: (token: NodeOAuthServer.Token, scope: string[]) =>
        Promise.resolve(scope.every((s) => token.scope?.includes(s) ?? false)),
    },
  });
  return {
    async token() {
      const request = new NodeOAuthServer.Request({
        method: 'POST',
        headers: { authorization: BASIC, 'content-type': FORM, 'content-length': '40' },
        query: {},
        body: { grant_type: 'client_credentials', scope: 'read' },
      });
      return (await server.token(request, new NodeOAuthServer.Response())).accessToken;
    },
    authenticate(accessToken) {
      const request = new NodeOAuthServer.Request({
        method: 'GET',
        headers: { authorization: `Bearer ${accessToken}` },
        query: {},
        body: {},
      });
      return server.authenticate(request, new NodeOAuthServer.Response(), { scope: ['read'] });
    },
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** µs per call of `run`, `iterations` sequential calls. */
async function time(iterations: number, run: () => Promise<unknown>): Promise<number> {
  const begin = performance.now();
  for (let i = 0; i < iterations; i++) await run();
  return ((performance.now() - begin) * 1000) / iterations;
}

export interface CoreReport {
  iterations: number;
  rounds: number;
  /** Median µs per call. */
  results: Record<'oauth2-contract' | '@node-oauth/oauth2-server', { token: number; authenticate: number }>;
  /** @node-oauth's cost over ours. */
  ratio: { token: number; authenticate: number };
}

export async function runCoreBench(iterations: number, rounds: number): Promise<CoreReport> {
  const sides = { 'oauth2-contract': ours(), '@node-oauth/oauth2-server': nodeOAuth() } as const;
  const times = {
    'oauth2-contract': { token: [] as number[], authenticate: [] as number[] },
    '@node-oauth/oauth2-server': { token: [] as number[], authenticate: [] as number[] },
  };
  const names = Object.keys(sides) as (keyof typeof sides)[];
  // Warm-up, and a token for authenticate.
  const accessTokens = {} as Record<keyof typeof sides, string>;
  for (const name of names) {
    const side = sides[name];
    await time(Math.ceil(iterations / 10), () => side.token());
    accessTokens[name] = await side.token();
    await time(Math.ceil(iterations / 10), () => side.authenticate(accessTokens[name]));
  }
  for (let round = 0; round < rounds; round++) {
    for (const name of round % 2 ? [...names].reverse() : names) {
      const side = sides[name];
      times[name].token.push(await time(iterations, () => side.token()));
      times[name].authenticate.push(await time(iterations, () => side.authenticate(accessTokens[name])));
    }
  }
  const results = Object.fromEntries(
    names.map((name) => [
      name,
      { token: median(times[name].token), authenticate: median(times[name].authenticate) },
    ]),
  ) as CoreReport['results'];
  const a = results['oauth2-contract'];
  const b = results['@node-oauth/oauth2-server'];
  return {
    iterations,
    rounds,
    results,
    ratio: { token: b.token / a.token, authenticate: b.authenticate / a.authenticate },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({
    options: {
      iterations: { type: 'string', default: '30000' },
      rounds: { type: 'string', default: '5' },
      json: { type: 'boolean', default: false },
    },
  });
  const report = await runCoreBench(Number(values.iterations), Number(values.rounds));
  if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else {
    process.stdout.write(
      `${report.iterations} calls × ${report.rounds} rounds, in process, median round (µs per call)\n\n` +
        'server                       token   authenticate\n' +
        Object.entries(report.results)
          .map(
            ([name, r]) =>
              `${name.padEnd(27)} ${r.token.toFixed(1).padStart(6)} ${r.authenticate.toFixed(1).padStart(14)}`,
          )
          .join('\n') +
        `\n\n@node-oauth / oauth2-contract: token ${report.ratio.token.toFixed(2)}×, authenticate ${report.ratio.authenticate.toFixed(2)}×\n`,
    );
  }
}
