/**
 * The runnable server in a real browser (playwright-core driving Debian chromium, never a downloaded one): the
 * code flow as a user does it, a denial, and the docs page rendered with the network cut. Every response the
 * browser receives from the server is checked against the contract.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/cli/serve.js';
import { contractViolations, type ContractOperationId } from '../../src/validation/responses.js';
import { authorizeQuery, call, pkcePair, startServer, tempDir } from '../helpers/app-http.js';

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
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DOCS = `${ROOT}dist/docs/index.html`;
const CONTRACT_SOURCE = `${ROOT}openapi/oauth2.yaml`;
const SCREENSHOT = `${ROOT}test-results/docs.png`;

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(
    `test/e2e/browser.test.ts: skipping the browser tests: ${CHROMIUM} does not exist (install Debian's chromium package; these tests never download a browser)`,
  );
}

interface Operation {
  method: string;
  path: string;
  operationId: ContractOperationId;
  summary: string;
  tag: string;
}

/** The operations of the bundled contract, as the docs should show them. */
function contractOperations(): Operation[] {
  const document = JSON.parse(readFileSync(`${ROOT}generated/openapi.json`, 'utf8')) as {
    paths: Record<
      string,
      Record<string, { operationId: ContractOperationId; summary: string; tags: string[] }>
    >;
  };
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({
      method,
      path,
      operationId: operation.operationId,
      summary: operation.summary,
      tag: operation.tags[0]!,
    })),
  );
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.skipIf(!hasChromium)('in a real browser (Debian chromium)', () => {
  const operations = contractOperations();
  let temp: ReturnType<typeof tempDir>;
  let running: RunningServer;
  let browser: Browser;
  let docsBuilt = false;

  beforeAll(async () => {
    // The docs page is a build output: build it when it is missing or older than the contract.
    if (!existsSync(DOCS) || statSync(DOCS).mtimeMs < statSync(CONTRACT_SOURCE).mtimeMs) {
      execFileSync('npm', ['run', 'docs'], { cwd: ROOT, stdio: 'ignore', timeout: 60_000 });
    }
    docsBuilt = existsSync(DOCS);
    temp = tempDir('oauth2c-e2e-');
    running = await startServer({ db: temp.file('oauth2-contract.db'), adapter: 'node' });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await running?.close();
    temp?.remove();
  });

  /** The contract operation a request to this server is for. */
  function operationOf(method: string, url: URL): ContractOperationId | undefined {
    const path = url.pathname === '/' ? '/' : url.pathname.replace(/\/$/, '');
    return operations.find((op) => op.path === path && op.method === method.toLowerCase())?.operationId;
  }

  interface Session {
    context: BrowserContext;
    page: Page;
    /** Requests the browser tried to send anywhere but this server (all refused). */
    offsite: string[];
    /** The operations whose responses were checked against the contract, and what departed from it. */
    checked: ContractOperationId[];
    violations: string[];
    /** Uncaught errors of the pages' scripts. */
    errors: string[];
    /** Settles the contract checks still reading a body. */
    settle(): Promise<void>;
  }

  /** A fresh browser profile with the network cut to everything but the server (localhost / 127.0.0.1). */
  async function openSession(): Promise<Session> {
    const context = await browser.newContext();
    const pending: Promise<void>[] = [];
    const session: Session = {
      context,
      page: undefined as never,
      offsite: [],
      checked: [],
      violations: [],
      errors: [],
      settle: async () => {
        await Promise.all(pending);
      },
    };
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') {
        await route.continue();
      } else {
        session.offsite.push(url.href);
        await route.abort('blockedbyclient');
      }
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => session.errors.push(error.message));
    page.on('response', (response) => {
      const url = new URL(response.url());
      const operationId = operationOf(response.request().method(), url);
      if (!operationId || !['127.0.0.1', 'localhost'].includes(url.hostname)) return;
      const check = async (): Promise<void> => {
        const status = response.status();
        const headers = await response.allHeaders();
        const body = status >= 300 && status < 400 ? '' : await response.text();
        session.checked.push(operationId);
        for (const violation of contractViolations(operationId, { status, headers, body })) {
          session.violations.push(`${response.request().method()} ${url.pathname} ${status}: ${violation}`);
        }
      };
      pending.push(check());
    });
    session.page = page;
    return session;
  }

  /** Opens an authorization request, signs in as the demo user, and waits for the consent page. */
  async function throughLogin(page: Page, query: URLSearchParams): Promise<void> {
    await page.goto(`${running.url}/authorize?${query.toString()}`);
    expect(await page.title()).toBe('Sign in');
    await page.fill('#username', running.demo.user.username);
    await page.fill('#password', running.demo.user.password);
    await page.click('button[type="submit"]');
    await page.waitForSelector('button[name="allowed"][value="true"]');
    expect(await page.title()).toBe('Authorize access');
    expect(await page.textContent('h1')).toContain('Demo public client (PKCE)');
  }

  it('(a) a user signs in and approves; the client redeems the code with PKCE and calls /me', async () => {
    const session = await openSession();
    try {
      const { page } = session;
      const { verifier, challenge } = pkcePair();
      const query = authorizeQuery(challenge);
      await throughLogin(page, query);
      await page.click('button[name="allowed"][value="true"]');
      await page.waitForURL((url) => url.pathname === '/callback');

      const landed = new URL(page.url());
      expect(`${landed.origin}${landed.pathname}`).toBe(running.demo.publicClient.redirectUri);
      expect(landed.searchParams.get('state')).toBe(query.get('state'));
      const code = landed.searchParams.get('code');
      expect(code).toMatch(/^[0-9a-f]{64}$/);
      expect(await page.textContent('#code')).toBe(code);

      const token = await call(running.url, 'POST', '/token', {
        form: {
          grant_type: 'authorization_code',
          code: code!,
          code_verifier: verifier,
          client_id: 'demo-spa',
        },
        operationId: 'token',
      });
      expect(token.status).toBe(200);
      const { access_token: accessToken } = token.body as { access_token: string };
      const me = await call(running.url, 'GET', '/me', {
        headers: { authorization: `Bearer ${accessToken}` },
        operationId: 'getMe',
      });
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({ client_id: 'demo-spa', sub: 'demo', username: 'demo', scope: 'read' });

      // The session cookie is out of reach of scripts.
      const cookies = await session.context.cookies();
      const sessionCookie = cookies.find((cookie) => cookie.name === 'oauth2c_session');
      expect(sessionCookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
      expect(await page.evaluate(() => document.cookie)).toBe('');

      await session.settle();
      expect(new Set(session.checked)).toEqual(
        new Set(['authorize', 'login', 'authorizeForm', 'demoCallback']),
      );
      expect(session.violations).toEqual([]);
      expect(session.offsite).toEqual([]);
      expect(session.errors).toEqual([]);
    } finally {
      await session.context.close();
    }
  });

  it('(b) a user denies: the client gets error=access_denied and no code', async () => {
    const session = await openSession();
    try {
      const { page } = session;
      const query = authorizeQuery(pkcePair().challenge);
      await throughLogin(page, query);
      await page.click('button[name="allowed"][value="false"]');
      await page.waitForURL((url) => url.pathname === '/callback');
      const landed = new URL(page.url());
      expect(landed.searchParams.get('error')).toBe('access_denied');
      expect(landed.searchParams.get('state')).toBe(query.get('state'));
      expect(landed.searchParams.has('code')).toBe(false);
      expect(await page.textContent('#error')).toBe('access_denied');
      await session.settle();
      expect(session.checked).toContain('authorizeForm');
      expect(session.violations).toEqual([]);
      expect(session.offsite).toEqual([]);
      expect(session.errors).toEqual([]);
    } finally {
      await session.context.close();
    }
  });

  it('(c) /docs renders every operation of the contract with the network cut', async (context) => {
    if (!docsBuilt) context.skip('dist/docs/index.html could not be built (`npm run docs`)');
    const session = await openSession();
    try {
      const { page } = session;
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${running.url}/docs`);
      const menu = page.locator('[data-component-name="Menu/MenuItem"]');
      await menu.first().waitFor();
      const seen: string[] = [];
      for (const operation of operations) {
        const item = menu.filter({
          hasText: new RegExp(`^${escapeRegExp(operation.summary)}${operation.method}$`, 'i'),
        });
        if (!(await item.first().isVisible())) {
          await menu
            .filter({ hasText: new RegExp(`^${escapeRegExp(operation.tag)}`) })
            .first()
            .click();
        }
        await item.first().click();
        // The operation's own heading (its accessible name also holds the anchor link's label, so match the text).
        const heading = page
          .locator('h2')
          .filter({ hasText: new RegExp(`^${escapeRegExp(operation.summary)}$`) });
        await heading.first().waitFor({ state: 'visible', timeout: 5_000 });
        seen.push(operation.summary);
      }
      expect(seen).toEqual(operations.map((op) => op.summary));
      expect(operations.length).toBeGreaterThanOrEqual(13);

      mkdirSync(`${ROOT}test-results`, { recursive: true });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: SCREENSHOT });
      expect(existsSync(SCREENSHOT)).toBe(true);
      await session.settle();
      expect(session.checked).toContain('docs');
      expect(session.violations).toEqual([]);
      expect(session.errors).toEqual([]);
    } finally {
      await session.context.close();
    }
  });

  it('(c) /docs requests nothing from any other host', async () => {
    const session = await openSession();
    try {
      const { page } = session;
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${running.url}/docs`, { waitUntil: 'networkidle' });
      await page.locator('[data-component-name="Menu/MenuItem"]').first().waitFor();
      // Give late requests (images of the rendered sidebar) a moment to start.
      await page
        .waitForRequest((request) => !new URL(request.url()).hostname.match(/^(127\.0\.0\.1|localhost)$/), {
          timeout: 2_000,
        })
        .catch(() => undefined);
      expect(session.offsite).toEqual([]);
    } finally {
      await session.context.close();
    }
  });
});
