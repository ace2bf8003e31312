/**
 * The runnable server end to end over HTTP, through both adapters, on SQLite: login and consent pages with their
 * CSRF protection, the code flow with PKCE for the demo public client, `/me`, the server's own routes, the
 * request log, a restart on the same database, and graceful shutdown. Every response is checked against the
 * contract.
 */
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/cli/serve.js';
import {
  CookieJar,
  LogCapture,
  authorizeQuery,
  call,
  hiddenFields,
  pkcePair,
  startServer,
  tempDir,
  type CallOptions,
  type Reply,
} from '../helpers/app-http.js';
import { expectMatchesContract } from '../helpers/contract.js';
import { basic } from '../helpers/oauth.js';

const contract = JSON.parse(
  readFileSync(new URL('../../generated/openapi.json', import.meta.url), 'utf8'),
) as {
  openapi: string;
  paths: Record<string, unknown>;
};
const docsBuilt = (() => {
  try {
    readFileSync(new URL('../../dist/docs/index.html', import.meta.url));
    return true;
  } catch {
    return false;
  }
})();

interface TokenBody {
  access_token: string;
  token_type: string;
  expires_in?: number;
  refresh_token?: string;
  scope?: string;
}

describe.each(['node', 'express'] as const)('the runnable server through the %s adapter', (adapter) => {
  let temp: ReturnType<typeof tempDir>;
  let db: string;
  const logs = new LogCapture();
  let running: RunningServer;
  /** Everything secret the tests saw: none of it may reach the log. */
  const secrets: string[] = [];
  /** Tokens issued before the restart. */
  let issued: TokenBody | undefined;

  beforeAll(async () => {
    temp = tempDir(`oauth2c-app-${adapter}-`);
    db = temp.file('oauth2-contract.db');
    running = await startServer({ db, adapter }, logs);
    secrets.push(running.demo.user.password, running.demo.confidentialClient.secret);
  });

  afterAll(async () => {
    await running.close();
    temp.remove();
  });

  const get = (target: string, options: CallOptions = {}): Promise<Reply> =>
    call(running.url, 'GET', target, options);
  const post = (target: string, options: CallOptions = {}): Promise<Reply> =>
    call(running.url, 'POST', target, options);

  function codeRows(): number {
    const raw = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return raw.prepare<[], { n: number }>('SELECT count(*) AS n FROM authorization_codes').get()!.n;
    } finally {
      raw.close();
    }
  }

  /** The headers of login and consent pages (RFC 9700 §4.16, §4.2.4); no CORS on the authorization endpoint. */
  function expectPageHeaders(reply: Reply, html = true): void {
    expect(reply.headers.get('x-frame-options')).toBe('DENY');
    expect(reply.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(reply.headers.get('referrer-policy')).toBe('no-referrer');
    expect(reply.headers.get('cache-control')).toContain('no-store');
    expect(reply.headers.get('access-control-allow-origin')).toBeNull();
    if (html) expect(reply.headers.get('content-type')).toMatch(/^text\/html/);
  }

  /** Opens the authorization request without a session and signs in on the login page it shows. */
  async function signIn(jar: CookieJar, query: URLSearchParams): Promise<Reply> {
    const page = await get(`/authorize?${query.toString()}`, { jar, operationId: 'authorize' });
    expect(page.status).toBe(200);
    const fields = hiddenFields(page.text);
    const { username, password } = running.demo.user;
    const reply = await post('/login', {
      jar,
      form: { ...fields, username, password },
      operationId: 'login',
    });
    expect(reply.status).toBe(303);
    secrets.push(fields.csrf_token!, jar.get('oauth2c_session')!);
    return reply;
  }

  /** A signed-in browser looking at the consent page of `query`: the form's fields. */
  async function consentFields(jar: CookieJar, query: URLSearchParams): Promise<Record<string, string>> {
    const page = await get(`/authorize?${query.toString()}`, { jar, operationId: 'authorize' });
    expect(page.status).toBe(200);
    expect(page.text).toContain('<form method="post" action="/authorize">');
    const fields = hiddenFields(page.text);
    secrets.push(fields.csrf_token!);
    return fields;
  }

  async function signedInJar(query: URLSearchParams): Promise<CookieJar> {
    const jar = new CookieJar();
    await signIn(jar, query);
    return jar;
  }

  describe('login', () => {
    it('GET /authorize without a session shows the login page with a nonce cookie', async () => {
      const jar = new CookieJar();
      const { challenge } = pkcePair();
      const query = authorizeQuery(challenge);
      const page = await get(`/authorize?${query.toString()}`, { jar, operationId: 'authorize' });
      expect(page.status).toBe(200);
      expectPageHeaders(page);
      expect(page.text).toContain('<form method="post" action="/login">');
      expect(page.text).toContain('<code>demo-spa</code>');
      const setCookie = page.headers.getSetCookie();
      expect(setCookie).toHaveLength(1);
      expect(setCookie[0]).toMatch(/^oauth2c_login=[A-Za-z0-9_-]+; /);
      expect(setCookie[0]).toMatch(/; HttpOnly/);
      expect(setCookie[0]).toMatch(/; SameSite=Lax/);
      const fields = hiddenFields(page.text);
      expect(fields.csrf_token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(fields.return_to).toBe(`/authorize?${query.toString()}`);
      expect(jar.get('oauth2c_session')).toBeUndefined();
    });

    it('POST /login with the demo credentials answers 303 back to the request, with a session cookie', async () => {
      const jar = new CookieJar();
      const query = authorizeQuery(pkcePair().challenge);
      const reply = await signIn(jar, query);
      expectPageHeaders(reply, false);
      expect(reply.location).toBe(`/authorize?${query.toString()}`);
      const session = reply.headers.getSetCookie().find((c) => c.startsWith('oauth2c_session='));
      expect(session).toBeDefined();
      expect(session).toMatch(/; Path=\//);
      expect(session).toMatch(/; HttpOnly/);
      expect(session).toMatch(/; SameSite=Lax/);
      expect(session).not.toMatch(/; Secure/);
      // The login nonce is spent.
      expect(reply.headers.getSetCookie().some((c) => /^oauth2c_login=; .*Max-Age=0/.test(c))).toBe(true);
      expect(jar.get('oauth2c_login')).toBeUndefined();
      expect(jar.get('oauth2c_session')).toBeDefined();
    });

    it('a wrong password shows the login page again with the message, and a new form that works', async () => {
      const jar = new CookieJar();
      const query = authorizeQuery(pkcePair().challenge);
      const page = await get(`/authorize?${query.toString()}`, { jar, operationId: 'authorize' });
      const fields = hiddenFields(page.text);
      const wrong = await post('/login', {
        jar,
        form: { ...fields, username: running.demo.user.username, password: 'not-the-password' },
        operationId: 'login',
      });
      expect(wrong.status).toBe(200);
      expectPageHeaders(wrong);
      expect(wrong.text).toContain('Wrong username or password.');
      expect(wrong.text).not.toContain('not-the-password');
      expect(jar.get('oauth2c_session')).toBeUndefined();
      const retry = hiddenFields(wrong.text);
      expect(retry.return_to).toBe(fields.return_to);
      const ok = await post('/login', {
        jar,
        form: { ...retry, username: running.demo.user.username, password: running.demo.user.password },
        operationId: 'login',
      });
      expect(ok.status).toBe(303);
      expect(jar.get('oauth2c_session')).toBeDefined();
    });

    it('an unknown user gets the same message', async () => {
      const jar = new CookieJar();
      const page = await get(`/authorize?${authorizeQuery(pkcePair().challenge).toString()}`, { jar });
      const reply = await post('/login', {
        jar,
        form: { ...hiddenFields(page.text), username: 'nobody', password: running.demo.user.password },
        operationId: 'login',
      });
      expect(reply.status).toBe(200);
      expect(reply.text).toContain('Wrong username or password.');
    });

    describe('is refused (403) without a valid form', () => {
      async function loginForm(): Promise<{ jar: CookieJar; fields: Record<string, string> }> {
        const jar = new CookieJar();
        const page = await get(`/authorize?${authorizeQuery(pkcePair().challenge).toString()}`, { jar });
        return { jar, fields: hiddenFields(page.text) };
      }
      const credentials = (): Record<string, string> => ({
        username: running.demo.user.username,
        password: running.demo.user.password,
      });

      async function expectRefused(jar: CookieJar, form: Record<string, string>): Promise<void> {
        const reply = await post('/login', { jar, form, operationId: 'login' });
        expect(reply.status).toBe(403);
        expectPageHeaders(reply);
        expect(reply.location).toBeNull();
        expect(reply.headers.getSetCookie().some((c) => c.startsWith('oauth2c_session='))).toBe(false);
        expect(jar.get('oauth2c_session')).toBeUndefined();
      }

      it('missing csrf_token', async () => {
        const { jar, fields } = await loginForm();
        await expectRefused(jar, { return_to: fields.return_to!, ...credentials() });
      });

      it('forged csrf_token', async () => {
        const { jar, fields } = await loginForm();
        await expectRefused(jar, { ...fields, csrf_token: 'A'.repeat(43), ...credentials() });
      });

      it("another browser's csrf_token (no nonce cookie of its own)", async () => {
        const { fields } = await loginForm();
        await expectRefused(new CookieJar(), { ...fields, ...credentials() });
      });

      it('a csrf_token for another nonce', async () => {
        const first = await loginForm();
        const second = await loginForm();
        await expectRefused(first.jar, { ...second.fields, ...credentials() });
      });

      it.each([
        'https://evil.example/authorize?client_id=demo-spa',
        '//evil.example/authorize?client_id=demo-spa',
        '/callback?code=x',
        '/authorize',
        '/authorizex?client_id=demo-spa',
        '',
      ])('return_to %j, which is not an /authorize? path', async (returnTo) => {
        const { jar, fields } = await loginForm();
        await expectRefused(jar, { ...fields, return_to: returnTo, ...credentials() });
      });
    });
  });

  describe('consent', () => {
    it('GET /authorize with a session shows the consent page, whose form carries the request and a token', async () => {
      const query = authorizeQuery(pkcePair().challenge, { scope: 'read write' });
      const jar = await signedInJar(query);
      const page = await get(`/authorize?${query.toString()}`, { jar, operationId: 'authorize' });
      expect(page.status).toBe(200);
      expectPageHeaders(page);
      expect(page.text).toContain('Demo public client (PKCE)');
      expect(page.text).toContain('<li><code>read</code></li><li><code>write</code></li>');
      expect(page.text).toContain(`<strong>${running.demo.user.username}</strong>`);
      expect(page.text).toContain('name="allowed" value="true"');
      expect(page.text).toContain('name="allowed" value="false"');
      const { csrf_token: token, ...parameters } = hiddenFields(page.text);
      expect(parameters).toEqual(Object.fromEntries(query));
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    });

    it('approving redirects (303) to /callback with the code and the state; the code redeems with PKCE', async () => {
      const { verifier, challenge } = pkcePair();
      const query = authorizeQuery(challenge);
      const jar = await signedInJar(query);
      const fields = await consentFields(jar, query);
      const rowsBefore = codeRows();
      const reply = await post('/authorize', {
        jar,
        form: { ...fields, allowed: 'true' },
        operationId: 'authorizeForm',
      });
      expect(reply.status).toBe(303);
      expect(reply.headers.get('cache-control')).toContain('no-store');
      const location = new URL(reply.location!);
      expect(`${location.origin}${location.pathname}`).toBe(running.demo.publicClient.redirectUri);
      expect(location.searchParams.get('state')).toBe(query.get('state'));
      const code = location.searchParams.get('code')!;
      expect(code).toMatch(/^[0-9a-f]{64}$/);
      expect(codeRows()).toBe(rowsBefore + 1);
      secrets.push(code);

      const callback = await get(location.href, { operationId: 'demoCallback' });
      expect(callback.status).toBe(200);
      expect(callback.text).toContain(`<code id="code">${code}</code>`);

      const token = await post('/token', {
        form: { grant_type: 'authorization_code', code, code_verifier: verifier, client_id: 'demo-spa' },
        operationId: 'token',
      });
      expect(token.status).toBe(200);
      const body = token.body as TokenBody;
      expect(body).toMatchObject({ token_type: 'Bearer', scope: 'read' });
      expect(body.refresh_token).toBeDefined();
      secrets.push(body.access_token, body.refresh_token!);
      issued = body;

      const me = await get('/me', {
        headers: { authorization: `Bearer ${body.access_token}` },
        operationId: 'getMe',
      });
      expect(me.status).toBe(200);
      expect(me.body).toEqual({ client_id: 'demo-spa', sub: 'demo', username: 'demo', scope: 'read' });

      // Used once. A replay that could not have succeeded (wrong verifier) revokes nothing (OAuth 2.1 §7.5.2).
      const replay = await post('/token', {
        form: {
          grant_type: 'authorization_code',
          code,
          code_verifier: 'x'.repeat(43),
          client_id: 'demo-spa',
        },
        operationId: 'token',
      });
      expect(replay.status).toBe(400);
      expect(replay.body).toMatchObject({ error: 'invalid_grant' });
      const still = await get('/me', {
        headers: { authorization: `Bearer ${body.access_token}` },
        operationId: 'getMe',
      });
      expect(still.status).toBe(200);
    });

    it('the code does not redeem with another verifier', async () => {
      const { challenge } = pkcePair();
      const query = authorizeQuery(challenge);
      const jar = await signedInJar(query);
      const fields = await consentFields(jar, query);
      const reply = await post('/authorize', { jar, form: { ...fields, allowed: 'true' } });
      const code = new URL(reply.location!).searchParams.get('code')!;
      secrets.push(code);
      const token = await post('/token', {
        form: {
          grant_type: 'authorization_code',
          code,
          code_verifier: pkcePair().verifier,
          client_id: 'demo-spa',
        },
        operationId: 'token',
      });
      expect(token.status).toBe(400);
      expect(token.body).toMatchObject({ error: 'invalid_grant' });
    });

    it('denying redirects (303) with error=access_denied and the state, and issues no code', async () => {
      const query = authorizeQuery(pkcePair().challenge);
      const jar = await signedInJar(query);
      const fields = await consentFields(jar, query);
      const rowsBefore = codeRows();
      const reply = await post('/authorize', {
        jar,
        form: { ...fields, allowed: 'false' },
        operationId: 'authorizeForm',
      });
      expect(reply.status).toBe(303);
      const location = new URL(reply.location!);
      expect(location.searchParams.get('error')).toBe('access_denied');
      expect(location.searchParams.get('state')).toBe(query.get('state'));
      expect(location.searchParams.has('code')).toBe(false);
      expect(codeRows()).toBe(rowsBefore);
      const callback = await get(location.href, { operationId: 'demoCallback' });
      expect(callback.status).toBe(200);
      expect(callback.text).toContain('access_denied');
    });

    describe('a decision is refused (403) and issues no code', () => {
      async function expectRefused(jar: CookieJar, form: Record<string, string>): Promise<void> {
        const rowsBefore = codeRows();
        const reply = await post('/authorize', { jar, form, operationId: 'authorizeForm' });
        expect(reply.status).toBe(403);
        expectPageHeaders(reply);
        expect(reply.location).toBeNull();
        expect(reply.text).not.toMatch(/code=/);
        expect(codeRows()).toBe(rowsBefore);
      }

      it("with a csrf_token from another session's consent page", async () => {
        const query = authorizeQuery(pkcePair().challenge);
        const mine = await signedInJar(query);
        const theirs = await signedInJar(query);
        const theirFields = await consentFields(theirs, query);
        await expectRefused(mine, { ...theirFields, allowed: 'true' });
      });

      it('with a csrf_token for other parameters (another scope)', async () => {
        const query = authorizeQuery(pkcePair().challenge);
        const jar = await signedInJar(query);
        const fields = await consentFields(jar, query);
        await expectRefused(jar, { ...fields, scope: 'read write', allowed: 'true' });
      });

      it("with a csrf_token for another request (an attacker's code_challenge)", async () => {
        const query = authorizeQuery(pkcePair().challenge);
        const jar = await signedInJar(query);
        const fields = await consentFields(jar, query);
        await expectRefused(jar, { ...fields, code_challenge: pkcePair().challenge, allowed: 'true' });
      });

      it('without a csrf_token', async () => {
        const query = authorizeQuery(pkcePair().challenge);
        const jar = await signedInJar(query);
        const { csrf_token: _token, ...fields } = await consentFields(jar, query);
        await expectRefused(jar, { ...fields, allowed: 'true' });
      });

      it('without a session (a cross-site post carries no cookie)', async () => {
        const query = authorizeQuery(pkcePair().challenge);
        const jar = await signedInJar(query);
        const fields = await consentFields(jar, query);
        await expectRefused(new CookieJar(), { ...fields, allowed: 'true' });
      });

      it('with a forged session cookie', async () => {
        const query = authorizeQuery(pkcePair().challenge);
        const jar = await signedInJar(query);
        const fields = await consentFields(jar, query);
        const [payload = '', mac = ''] = jar.get('oauth2c_session')!.split('.');
        const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<
          string,
          unknown
        >;
        const forged = Buffer.from(JSON.stringify({ ...claims, sub: 'someone-else' })).toString('base64url');
        const forger = new CookieJar();
        forger.set('oauth2c_session', `${forged}.${mac}`);
        await expectRefused(forger, { ...fields, allowed: 'true' });
      });

      it('also when denying with a bad token', async () => {
        const query = authorizeQuery(pkcePair().challenge);
        const jar = await signedInJar(query);
        const fields = await consentFields(jar, query);
        await expectRefused(jar, { ...fields, csrf_token: 'forged', allowed: 'false' });
      });
    });

    it('a POST authorization request without `allowed` shows the login page, then the consent page', async () => {
      const query = authorizeQuery(pkcePair().challenge);
      const form = Object.fromEntries(query);
      const anonymous = new CookieJar();
      const login = await post('/authorize', { jar: anonymous, form, operationId: 'authorizeForm' });
      expect(login.status).toBe(200);
      expectPageHeaders(login);
      expect(login.text).toContain('action="/login"');
      expect(hiddenFields(login.text).return_to).toBe(`/authorize?${query.toString()}`);

      const jar = await signedInJar(query);
      const consent = await post('/authorize', { jar, form, operationId: 'authorizeForm' });
      expect(consent.status).toBe(200);
      expectPageHeaders(consent);
      const fields = hiddenFields(consent.text);
      expect(fields).toMatchObject(form);
      secrets.push(fields.csrf_token!);
      const approved = await post('/authorize', {
        jar,
        form: { ...fields, allowed: 'true' },
        operationId: 'authorizeForm',
      });
      expect(approved.status).toBe(303);
      const code = new URL(approved.location!).searchParams.get('code');
      expect(code).toBeTruthy();
      secrets.push(code!);
    });

    it('a repeated parameter survives the login page and is refused after it (invalid_request)', async () => {
      const query = authorizeQuery(pkcePair().challenge);
      query.append('scope', 'write');
      const jar = new CookieJar();
      const back = await signIn(jar, query);
      expect(new URL(back.location!, running.url).searchParams.getAll('scope')).toEqual(['read', 'write']);
      const reply = await get(back.location!, { jar, operationId: 'authorize' });
      expect(reply.status).toBe(302);
      const location = new URL(reply.location!);
      expect(location.searchParams.get('error')).toBe('invalid_request');
      expect(location.searchParams.get('state')).toBe(query.get('state'));
    });

    it('resource (RFC 8707) travels through the login and consent pages into the token audience', async () => {
      const { verifier, challenge } = pkcePair();
      const resource = `${running.issuer}/me`;
      const query = authorizeQuery(challenge, { resource });
      const jar = await signedInJar(query);
      const fields = await consentFields(jar, query);
      expect(fields.resource).toBe(resource);
      const approved = await post('/authorize', {
        jar,
        form: { ...fields, allowed: 'true' },
        operationId: 'authorizeForm',
      });
      const code = new URL(approved.location!).searchParams.get('code')!;
      secrets.push(code);
      const token = await post('/token', {
        form: { grant_type: 'authorization_code', code, code_verifier: verifier, client_id: 'demo-spa' },
        operationId: 'token',
      });
      const { access_token: accessToken } = token.body as TokenBody;
      secrets.push(accessToken);
      const { id, secret } = running.demo.confidentialClient;
      const introspection = await post('/introspect', {
        form: { token: accessToken },
        headers: { authorization: basic(id, secret) },
        operationId: 'introspect',
      });
      expect(introspection.body).toMatchObject({ active: true, aud: resource });
    });

    it('an unknown client is answered by the server itself, never redirected', async () => {
      const query = authorizeQuery(pkcePair().challenge, { client_id: 'no-such-client' });
      const reply = await get(`/authorize?${query.toString()}`, {
        headers: { accept: 'text/html' },
        operationId: 'authorize',
      });
      expect(reply.status).toBe(400);
      expect(reply.location).toBeNull();
      expect(reply.headers.get('content-type')).toMatch(/^text\/html/);
    });
  });

  describe('resource and server routes', () => {
    it('/me without a token is 401 with a Bearer challenge', async () => {
      const reply = await get('/me', { operationId: 'getMe' });
      expect(reply.status).toBe(401);
      expect(reply.headers.get('www-authenticate')).toMatch(/^Bearer realm="/);
    });

    it('/me with an unknown token is 401 invalid_token', async () => {
      const reply = await get('/me', { headers: { authorization: 'Bearer nope' }, operationId: 'getMe' });
      expect(reply.status).toBe(401);
      expect(reply.body).toMatchObject({ error: 'invalid_token' });
    });

    it('/me refuses a token without the read scope (403 insufficient_scope)', async () => {
      const { verifier, challenge } = pkcePair();
      const query = authorizeQuery(challenge, { scope: 'write' });
      const jar = await signedInJar(query);
      const fields = await consentFields(jar, query);
      const approved = await post('/authorize', { jar, form: { ...fields, allowed: 'true' } });
      const code = new URL(approved.location!).searchParams.get('code')!;
      const token = await post('/token', {
        form: { grant_type: 'authorization_code', code, code_verifier: verifier, client_id: 'demo-spa' },
        operationId: 'token',
      });
      expect(token.body).toMatchObject({ scope: 'write' });
      const accessToken = (token.body as TokenBody).access_token;
      secrets.push(code, accessToken, (token.body as TokenBody).refresh_token ?? accessToken);
      const me = await get('/me', {
        headers: { authorization: `Bearer ${accessToken}` },
        operationId: 'getMe',
      });
      expect(me.status).toBe(403);
      expect(me.body).toMatchObject({ error: 'insufficient_scope' });
      expect(me.headers.get('www-authenticate')).toMatch(/error="insufficient_scope"/);
    });

    it('the server has timeouts against slow clients', () => {
      expect(running.http.headersTimeout).toBeGreaterThan(0);
      expect(running.http.headersTimeout).toBeLessThanOrEqual(60_000);
      expect(running.http.requestTimeout).toBeGreaterThan(0);
      expect(running.http.requestTimeout).toBeLessThanOrEqual(120_000);
    });

    it('/health answers 200', async () => {
      const reply = await get('/health', { operationId: 'health' });
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({ status: 'ok' });
      expect(reply.headers.get('cache-control')).toContain('no-store');
    });

    it('/callback with a code answers 200 and shows it, escaped', async () => {
      const reply = await get('/callback?code=abc123&state=%3Cscript%3E', { operationId: 'demoCallback' });
      expect(reply.status).toBe(200);
      expectPageHeaders(reply);
      expect(reply.text).toContain('<code id="code">abc123</code>');
      expect(reply.text).not.toContain('<script>');
      expect(reply.text).toContain('&lt;script&gt;');
    });

    it('/callback without a code or an error answers 400', async () => {
      const reply = await get('/callback', { operationId: 'demoCallback' });
      expect(reply.status).toBe(400);
      const other = await get('/callback?state=x', { operationId: 'demoCallback' });
      expect(other.status).toBe(400);
    });

    it('/openapi.json serves the bundled contract', async () => {
      const reply = await get('/openapi.json', { operationId: 'openapi' });
      expect(reply.status).toBe(200);
      expect(reply.headers.get('content-type')).toMatch(/^application\/json/);
      expect(reply.body).toEqual(contract);
    });

    it(`/docs serves the docs page${docsBuilt ? '' : ' (not built: 404)'}`, async () => {
      const reply = await get('/docs', { operationId: 'docs' });
      if (docsBuilt) {
        expect(reply.status).toBe(200);
        expect(reply.headers.get('content-type')).toMatch(/^text\/html/);
        expect(reply.text).toContain('<redoc');
      } else {
        expect(reply.status).toBe(404);
      }
    });

    it('an unknown path is 404', async () => {
      const reply = await get('/nowhere');
      expect(reply.status).toBe(404);
    });

    it('the confidential demo client gets a token with its printed secret', async () => {
      const { id, secret } = running.demo.confidentialClient;
      const reply = await post('/token', {
        form: { grant_type: 'client_credentials', scope: 'read' },
        headers: { authorization: basic(id, secret) },
        operationId: 'token',
      });
      expect(reply.status).toBe(200);
      secrets.push((reply.body as TokenBody).access_token);
      const wrong = await post('/token', {
        form: { grant_type: 'client_credentials' },
        headers: { authorization: basic(id, `${secret}x`) },
        operationId: 'token',
      });
      expect(wrong.status).toBe(401);
    });
  });

  describe('restart', () => {
    it('keeps the demo credentials, the client, the issued tokens and the session', async () => {
      expect(issued).toBeDefined();
      const before = running.demo;
      const jar = new CookieJar();
      await signIn(jar, authorizeQuery(pkcePair().challenge));
      await running.close();

      running = await startServer({ db, adapter }, logs);
      const after = running.demo;
      expect(after.user).toEqual(before.user);
      expect(after.confidentialClient.id).toBe(before.confidentialClient.id);
      expect(after.confidentialClient.secret).toBe(before.confidentialClient.secret);
      expect(after.publicClient.id).toBe(before.publicClient.id);
      // A new port is a new issuer: the demo clients follow it.
      expect(after.publicClient.redirectUri).toBe(`${running.issuer}/callback`);

      const me = await get('/me', {
        headers: { authorization: `Bearer ${issued!.access_token}` },
        operationId: 'getMe',
      });
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({ client_id: 'demo-spa', username: 'demo' });

      const refreshed = await post('/token', {
        form: { grant_type: 'refresh_token', refresh_token: issued!.refresh_token!, client_id: 'demo-spa' },
        operationId: 'token',
      });
      expect(refreshed.status).toBe(200);
      const body = refreshed.body as TokenBody;
      secrets.push(body.access_token, ...(body.refresh_token ? [body.refresh_token] : []));

      const { id, secret } = after.confidentialClient;
      const token = await post('/token', {
        form: { grant_type: 'client_credentials' },
        headers: { authorization: basic(id, secret) },
        operationId: 'token',
      });
      expect(token.status).toBe(200);
      secrets.push((token.body as TokenBody).access_token);

      // The session key is kept too: the browser is still signed in.
      const consent = await get(`/authorize?${authorizeQuery(pkcePair().challenge).toString()}`, {
        jar,
        operationId: 'authorize',
      });
      expect(consent.status).toBe(200);
      expect(consent.text).toContain('action="/authorize"');
    });
  });

  describe('graceful shutdown', () => {
    it('a request in flight when close() is called still completes; new connections are refused', async () => {
      const { id, secret } = running.demo.confidentialClient;
      const body = new URLSearchParams({ grant_type: 'client_credentials', scope: 'read' }).toString();
      const arrived = new Promise<void>((resolve) => running.http.once('request', () => resolve()));
      const req = httpRequest({
        host: '127.0.0.1',
        port: Number(new URL(running.url).port),
        method: 'POST',
        path: '/token',
        agent: false,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': String(Buffer.byteLength(body)),
          authorization: basic(id, secret),
        },
      });
      const responded = new Promise<{ status: number; headers: IncomingMessage['headers']; text: string }>(
        (resolve, reject) => {
          req.on('error', reject);
          req.on('response', (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () =>
              resolve({
                status: res.statusCode!,
                headers: res.headers,
                text: Buffer.concat(chunks).toString(),
              }),
            );
          });
        },
      );
      // Half the body: the server has the request and waits for the rest.
      req.write(body.slice(0, 10));
      await arrived;

      let closed = false;
      const closing = running.close().then(() => {
        closed = true;
      });
      await expect(fetch(`${running.url}/health`)).rejects.toThrow();
      expect(closed).toBe(false);

      req.end(body.slice(10));
      const reply = await responded;
      expect(reply.status).toBe(200);
      const json = JSON.parse(reply.text) as TokenBody;
      expectMatchesContract({ status: reply.status, headers: reply.headers, body: json }, 'token');
      secrets.push(json.access_token);
      await closing;
      expect(closed).toBe(true);
    });
  });

  describe('request log', () => {
    it('has one JSON line per request with method, path, status and ms, and nothing secret', () => {
      expect(logs.lines.length).toBeGreaterThan(40);
      for (const line of logs.lines) {
        const entry = JSON.parse(line) as Record<string, unknown>;
        expect(entry.level, line).toBeLessThan(50);
        if (entry.msg !== 'request') continue;
        expect(entry).toMatchObject({
          method: expect.stringMatching(/^(GET|POST)$/) as unknown,
          path: expect.stringMatching(/^\/[^?]*$/) as unknown,
          status: expect.any(Number) as unknown,
          ms: expect.any(Number) as unknown,
        });
      }
      const requests = logs.lines.filter((line) => line.includes('"msg":"request"'));
      expect(requests.length).toBeGreaterThan(40);
      expect(requests.some((line) => line.includes('"path":"/authorize"'))).toBe(true);
      expect(requests.some((line) => line.includes('"path":"/login"'))).toBe(true);
      expect(requests.some((line) => line.includes('"path":"/token"'))).toBe(true);

      const text = logs.lines.join('\n');
      expect(secrets.length).toBeGreaterThan(20);
      for (const secret of secrets) expect(text).not.toContain(secret);
      expect(text.toLowerCase()).not.toContain('authorization');
      expect(text.toLowerCase()).not.toContain('cookie');
      expect(text.toLowerCase()).not.toContain('bearer');
      expect(text).not.toContain('?');
      expect(text).not.toContain('state-');
      expect(text).not.toContain('code_challenge');
    });
  });
});
