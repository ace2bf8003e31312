/**
 * The client SDK in a real browser (playwright-core driving Debian chromium, never a downloaded one): the entry
 * point bundled by esbuild for the browser platform (the build fails if a Node-only module slipped in), loaded in a
 * page, completing a client_credentials call against the local server.
 *
 * The page and the bundle come from a small node:http server that proxies every other path to the project's
 * server, so the SDK's requests are same-origin (no CORS involved).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type RunningServer } from '../../src/cli/serve.js';
import type * as Sdk from '../../src/client/index.js';
import { basicCredentials, createOAuth2Client } from '../../src/client/index.js';
import { closeServer, listen } from '../helpers/transports.js';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const ENTRY = fileURLToPath(new URL('../../src/client/index.ts', import.meta.url));
const SRC_CLIENT = fileURLToPath(new URL('../../src/client/', import.meta.url));

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(
    `test/e2e/client-browser.test.ts: skipping the SDK browser tests: ${CHROMIUM} does not exist (install Debian's chromium package; these tests never download a browser)`,
  );
}

/** The browser bundle: ESM for the browser platform, in memory. */
async function bundle(entry: { file: string } | { contents: string }): Promise<string> {
  const result = await build({
    ...('file' in entry
      ? { entryPoints: [entry.file] }
      : { stdin: { contents: entry.contents, resolveDir: SRC_CLIENT, loader: 'ts' as const } }),
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>SDK</title></head>
<body>
<script type="module">
import * as sdk from '/sdk.js';
window.sdk = sdk;
document.title = 'SDK ready';
</script>
</body>
</html>
`;

/** What the page hands back from a call: plain data (an Error does not cross into Node). */
interface PageResult {
  data: unknown;
  error: unknown;
  transportError: string | undefined;
  status: number | undefined;
}

type SdkWindow = Window & { sdk: typeof Sdk };

describe.skipIf(!hasChromium)('the client SDK in a real browser (Debian chromium)', () => {
  let running: RunningServer;
  let code: string;
  const pageServer = createServer();
  let origin: string;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  /** Serves the page and the bundle; proxies everything else to the project's server. */
  function handle(req: IncomingMessage, res: ServerResponse): void {
    const path = req.url ?? '/';
    if (path === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
      return;
    }
    if (path === '/sdk.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(code);
      return;
    }
    if (path === '/redirecting-token') {
      res.writeHead(302, { location: '/token' }).end();
      return;
    }
    const target = new URL(path, running.url);
    const { host: _host, ...headers } = req.headers;
    const upstream = httpRequest(target, { method: req.method, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  }

  beforeAll(async () => {
    code = await bundle({ file: ENTRY });
    running = await serve({
      port: 0,
      host: '127.0.0.1',
      store: 'memory',
      db: '',
      adapter: 'node',
      logLevel: 'silent',
      print: () => {},
    });
    pageServer.on('request', handle);
    origin = (await listen(pageServer)).baseUrl;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    page = await browser.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => document.title === 'SDK ready');
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await closeServer(pageServer);
    await running?.close();
  });

  /** Runs a client_credentials call in the page, against `tokenPath` on the page's origin. */
  function clientCredentialsInPage(
    clientId: string,
    clientSecret: string,
    tokenPath = '/token',
    authMethod: Sdk.AuthMethod = 'client_secret_basic',
  ): Promise<PageResult> {
    return page.evaluate(
      async ({ clientId, clientSecret, tokenPath, authMethod }) => {
        const { createOAuth2Client } = (window as unknown as SdkWindow).sdk;
        const tokenUrl = tokenPath.startsWith('http') ? tokenPath : `${location.origin}${tokenPath}`;
        const client = createOAuth2Client({
          endpoints: { token: tokenUrl },
          clientId,
          clientSecret,
          authMethod,
        });
        const result = await client.token.clientCredentials({ scope: 'read' });
        return {
          data: result.data,
          error: result.error,
          transportError: result.transportError?.message,
          status: result.response?.status,
        };
      },
      { clientId, clientSecret, tokenPath, authMethod },
    );
  }

  it('the bundle builds for the browser platform, with no node: module in it', () => {
    expect(code.length).toBeGreaterThan(1000);
    expect(code).not.toMatch(/from\s*["']node:/);
    expect(code).not.toMatch(/\brequire\(/);
  });

  it('the build fails when a Node-only module slips in (the guard works)', async () => {
    await expect(
      bundle({
        contents:
          "export { createOAuth2Client } from './index.js';\nexport { createHash } from 'node:crypto';",
      }),
    ).rejects.toThrow(/node:crypto/);
  });

  it('completes a client_credentials call from the page (client_secret_basic, btoa)', async () => {
    const { id, secret } = running.demo.confidentialClient;
    const result = await clientCredentialsInPage(id, secret);
    expect(result.error).toBeUndefined();
    expect(result.transportError).toBeUndefined();
    expect(result.status).toBe(200);
    expect(result.data).toMatchObject({ token_type: 'Bearer', scope: 'read' });
    const accessToken = (result.data as { access_token: string }).access_token;
    expect(accessToken).toEqual(expect.any(String));

    // The token the browser got is a real one.
    const introspection = await createOAuth2Client({
      issuer: running.issuer,
      clientId: id,
      clientSecret: secret,
    }).introspect(accessToken);
    expect(introspection.data).toMatchObject({ active: true, client_id: id, scope: 'read' });
    expect(pageErrors).toEqual([]);
  });

  it('client_secret_post from the page', async () => {
    const { id, secret } = running.demo.confidentialClient;
    const result = await clientCredentialsInPage(id, secret, '/token', 'client_secret_post');
    expect(result.data).toMatchObject({ token_type: 'Bearer' });
  });

  // With client_secret_basic, a wrong secret is answered 401 with `WWW-Authenticate: Basic` (RFC 6749 §5.2 requires
  // it), which makes a browser open its own credentials prompt for a same-origin fetch: the call never settles in a
  // headless browser. Confidential clients do not belong in browsers anyway; the error shape is checked with
  // client_secret_post, where no Basic challenge is sent.
  it('an OAuth error in the browser is `error` (invalid_client)', async () => {
    const result = await clientCredentialsInPage(
      running.demo.confidentialClient.id,
      'wrong-secret',
      '/token',
      'client_secret_post',
    );
    expect(result.data).toBeUndefined();
    expect(result.transportError).toBeUndefined();
    expect(result.error).toMatchObject({ error: 'invalid_client' });
    expect(result.status).toBe(400);
  });

  it('a redirect is not followed in the browser either: a transportError', async () => {
    const { id, secret } = running.demo.confidentialClient;
    const result = await clientCredentialsInPage(id, secret, '/redirecting-token');
    expect(result.data).toBeUndefined();
    expect(result.error).toBeUndefined();
    expect(result.transportError).toEqual(expect.any(String));
  });

  it('a network failure in the browser is a transportError with no response', async () => {
    const result = await clientCredentialsInPage('x', 'y', 'http://127.0.0.1:9/token');
    expect(result.transportError).toEqual(expect.any(String));
    expect(result.status).toBeUndefined();
  });

  it('PKCE (WebCrypto) and the Basic encoding give what they give in Node', async () => {
    const inPage = await page.evaluate(async () => {
      const sdk = (window as unknown as SdkWindow).sdk;
      const pair = await sdk.createPkcePair();
      return {
        vector: await sdk.s256Challenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'),
        verifier: pair.verifier,
        challenge: pair.challenge,
        basic: sdk.basicCredentials('client id+1', 's3cr+t%:é ü'),
      };
    });
    expect(inPage.vector).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
    expect(inPage.verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(inPage.challenge).toBe(createHash('sha256').update(inPage.verifier).digest('base64url'));
    expect(inPage.basic).toBe(basicCredentials('client id+1', 's3cr+t%:é ü'));
  });
});
