/**
 * What a case works with: the target, an HTTP client that records every exchange, OAuth helpers (token requests,
 * the authorization step, the resource, revocation, introspection) and the verdicts (`fail`, `warn`, `skip`).
 */
import { createHash, randomBytes } from 'node:crypto';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { TokenResponse } from '../contract.js';
import { contractViolations, type ContractOperationId } from '../validation/responses.js';
import type { ClientConfig, FormFields, PublicClientConfig } from './config.js';
import { formValues, readForms, type HtmlForm } from './forms.js';
import {
  type CookieJar,
  redactBody,
  redactHeader,
  send,
  sendRaw,
  type KitRequest,
  type KitResponse,
} from './http.js';
import type { Target } from './target.js';
import type { Exchange } from './types.js';

/** A verdict thrown out of a case. */
export class Verdict extends Error {
  constructor(
    readonly outcome: 'fail' | 'warn' | 'skip',
    message: string,
  ) {
    super(message);
  }
}

type Params = Readonly<Record<string, string | readonly string[] | undefined>>;

/** Which of the configured clients to use. */
export type ClientKind = 'client' | 'secondClient' | 'publicClient';

/** A client as the helpers use it: confidential ones carry a secret. */
export type AnyClient =
  | (ClientConfig & { kind: ClientKind })
  | (PublicClientConfig & { kind: 'publicClient'; secret?: undefined; authMethod?: undefined });

export interface AuthorizationOptions {
  client?: ClientKind | undefined;
  /** Approve (default) or deny on the consent page. */
  decision?: 'approve' | 'deny' | undefined;
  /** Send the request as a form POST instead of a GET. */
  method?: 'GET' | 'POST' | undefined;
}

export interface AuthorizationOutcome {
  /** Where the browser was sent: the client's redirect URI with the response parameters. */
  url: URL;
  /** The response parameters (query, or fragment for an implicit response). */
  params: URLSearchParams;
  /** The answer that redirected to the client. */
  response: KitResponse | undefined;
}

export interface CodeOptions {
  client?: ClientKind | undefined;
  /** PKCE: `S256` (default), `plain`, or none. */
  pkce?: 'S256' | 'plain' | false | undefined;
  scope?: string | undefined;
  /** Leave `redirect_uri` out of the authorization request. */
  omitRedirectUri?: boolean | undefined;
  extra?: Params | undefined;
}

/** A code and what redeeming it takes. */
export interface IssuedCode {
  code: string;
  client: AnyClient;
  redirectUri: string;
  /** Whether the authorization request carried `redirect_uri`. */
  redirectUriSent: boolean;
  verifier: string | undefined;
  challenge: string | undefined;
}

const exec = promisify(execFile);

function base64url(buffer: Buffer): string {
  return buffer.toString('base64url');
}

/** A PKCE verifier (43 characters) and its S256 challenge. */
export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = base64url(randomBytes(32));
  return { verifier, challenge: base64url(createHash('sha256').update(verifier).digest()) };
}

/** `Authorization: Basic` with both parts form-encoded first (RFC 6749 §2.3.1). */
export function basicHeader(id: string, secret: string): string {
  const encode = (v: string): string => new URLSearchParams({ v }).toString().slice(2);
  return `Basic ${Buffer.from(`${encode(id)}:${encode(secret)}`).toString('base64')}`;
}

function sameEndpoint(url: URL, target: string): boolean {
  const other = new URL(target);
  return url.origin === other.origin && url.pathname === other.pathname;
}

export class CaseContext {
  readonly exchanges: Exchange[] = [];

  constructor(
    readonly target: Target,
    /** The browser session shared by the run (a login in `form` mode lasts for every case). */
    readonly jar: CookieJar,
  ) {}

  get config(): Target['config'] {
    return this.target.config;
  }

  get endpoints(): Target['endpoints'] {
    return this.target.endpoints;
  }

  // --- Verdicts ---------------------------------------------------------------------------------------------

  fail(message: string): never {
    throw new Verdict('fail', message);
  }

  /** The behaviour is allowed but not recommended: the case passes with a warning. */
  warn(message: string): never {
    throw new Verdict('warn', message);
  }

  skip(reason: string): never {
    throw new Verdict('skip', reason);
  }

  check(condition: unknown, message: string): asserts condition {
    if (!condition) this.fail(message);
  }

  // --- HTTP ---------------------------------------------------------------------------------------------------

  /** Sends a request; the exchange is recorded and, with an operation, checked against the contract. */
  async request(request: KitRequest): Promise<KitResponse> {
    try {
      const response = await send(request, this.target.timeoutMs);
      this.exchanges.push(response.exchange);
      return response;
    } catch (error) {
      const exchange = (error as { exchange?: Exchange }).exchange;
      if (exchange) this.exchanges.push(exchange);
      return this.fail(error instanceof Error ? error.message : 'network error');
    }
  }

  /** Checks a response against an operation of the contract after the fact (the redirect it turned out to be). */
  checkContract(response: KitResponse, operation: ContractOperationId): void {
    response.exchange.operationId = operation;
    response.exchange.violations = contractViolations(operation, {
      status: response.status,
      headers: response.headers,
      body: response.json ?? response.text,
    });
  }

  /** A request over a raw socket (a header sent twice); plain http targets only. */
  async raw(url: string, head: string, body: string): Promise<{ status: number; text: string }> {
    if (!url.startsWith('http:')) this.skip('raw requests need a plain http target');
    const result = await sendRaw(url, head, body, this.target.timeoutMs).catch((error: unknown) =>
      this.fail(`raw request failed: ${error instanceof Error ? error.message : String(error)}`),
    );
    this.exchanges.push({
      request: {
        method: head.split(' ')[0] ?? 'GET',
        url,
        headers: {
          raw: head
            .replace('{host}', new URL(url).host)
            .trim()
            .split('\r\n')
            .slice(1)
            .map((line) => {
              const colon = line.indexOf(':');
              const name = line.slice(0, colon).trim().toLowerCase();
              return colon > 0
                ? `${line.slice(0, colon)}: ${redactHeader(name, line.slice(colon + 1).trim())}`
                : line;
            })
            .join(' | '),
        },
        body: redactBody(body),
      },
      response: { status: result.status, headers: {}, body: result.text, durationMs: 0 },
      violations: [],
    });
    return result;
  }

  /** N requests at once (released together), for the concurrency cases. */
  async concurrently<T>(count: number, run: (index: number) => Promise<T>): Promise<T[]> {
    return Promise.all(Array.from({ length: count }, (_, index) => run(index)));
  }

  // --- Clients --------------------------------------------------------------------------------------------------

  client(kind: ClientKind = 'client'): AnyClient {
    if (kind === 'client') return { ...this.config.client, kind };
    if (kind === 'secondClient') {
      if (!this.config.secondClient) this.skip('no second confidential client configured');
      return { ...this.config.secondClient, kind };
    }
    if (!this.config.publicClient) this.skip('no public client configured');
    return { ...this.config.publicClient, kind };
  }

  /** The headers and body parameters that authenticate a client (its configured method, or the one asked). */
  credentials(
    client: AnyClient,
    method: 'basic' | 'post' | 'none' | undefined = undefined,
  ): { headers: Record<string, string>; form: Record<string, string> } {
    const how =
      method ??
      (client.secret === undefined ? 'none' : client.authMethod === 'client_secret_post' ? 'post' : 'basic');
    if (how === 'basic')
      return { headers: { authorization: basicHeader(client.id, client.secret ?? '') }, form: {} };
    if (how === 'post')
      return { headers: {}, form: { client_id: client.id, client_secret: client.secret ?? '' } };
    return { headers: {}, form: { client_id: client.id } };
  }

  // --- Token endpoint ---------------------------------------------------------------------------------------------

  /** A token request from a client (its own authentication unless `auth` says otherwise). */
  token(
    params: Params,
    options: {
      client?: ClientKind | AnyClient | undefined;
      auth?: 'basic' | 'post' | 'none' | undefined;
      headers?: Record<string, string> | undefined;
      query?: Params | undefined;
    } = {},
  ): Promise<KitResponse> {
    const client = typeof options.client === 'object' ? options.client : this.client(options.client);
    const credentials = this.credentials(client, options.auth);
    return this.request({
      method: 'POST',
      url: this.endpoints.token,
      operation: 'token',
      form: { ...params, ...credentials.form },
      headers: { ...credentials.headers, ...options.headers },
      query: options.query,
    });
  }

  clientCredentials(
    extra: Params = {},
    options: Parameters<CaseContext['token']>[1] = {},
  ): Promise<KitResponse> {
    const scope = this.config.scope;
    return this.token({ grant_type: 'client_credentials', ...(scope ? { scope } : {}), ...extra }, options);
  }

  /** The token response of a 200, or a failure naming what came instead. */
  tokens(response: KitResponse): TokenResponse {
    if (response.status !== 200) {
      this.fail(`expected a token response (200), got ${response.status} ${describeError(response)}`);
    }
    const body = response.json as Partial<TokenResponse> | undefined;
    this.check(typeof body?.access_token === 'string', 'the token response has no access_token');
    return body as TokenResponse;
  }

  // --- Authorization endpoint -------------------------------------------------------------------------------------

  /** The authorization request URL of a client. */
  authorizationUrl(params: Params, kind: ClientKind = 'client'): string {
    const endpoint = this.endpoints.authorization;
    if (!endpoint) this.skip('the target has no authorization endpoint');
    const client = this.client(kind);
    const url = new URL(endpoint);
    const query = new URLSearchParams(url.search);
    for (const [name, value] of Object.entries({ client_id: client.id, ...params })) {
      if (value === undefined) continue;
      for (const item of typeof value === 'string' ? [value] : value) query.append(name, item);
    }
    url.search = query.toString();
    return url.href;
  }

  /** The first answer of the authorization endpoint, not followed: for the errors that must not redirect. */
  authorizeFirst(params: Params, kind: ClientKind = 'client'): Promise<KitResponse> {
    if (!this.config.authorization) this.skip('no authorization mode configured');
    return this.request({ method: 'GET', url: this.authorizationUrl(params, kind), jar: this.jar });
  }

  /**
   * Runs an authorization request through the target (its pages, redirects, or the configured callback) until
   * it redirects to the client, and returns that redirect. Fails if it never does.
   */
  async authorize(params: Params, options: AuthorizationOptions = {}): Promise<AuthorizationOutcome> {
    const mode = this.config.authorization;
    if (!mode) this.skip('no authorization mode configured');
    const kind = options.client ?? 'client';
    const client = this.client(kind);
    // An empty redirect_uri counts as omitted (RFC 6749 §3.1): the answer goes to the registered one.
    const redirectUri =
      typeof params.redirect_uri === 'string' && params.redirect_uri !== ''
        ? params.redirect_uri
        : client.redirectUri;
    const decision = options.decision ?? 'approve';
    if (mode.mode === 'callback') {
      const url = this.authorizationUrl(params, kind);
      const final = await this.callback(mode, url, decision);
      return { url: final, params: responseParams(final), response: undefined };
    }
    let response: KitResponse;
    if (options.method === 'POST') {
      const url = new URL(this.authorizationUrl(params, kind));
      const form = Object.fromEntries(url.searchParams);
      response = await this.request({
        method: 'POST',
        url: `${url.origin}${url.pathname}`,
        form,
        jar: this.jar,
      });
    } else {
      response = await this.request({
        method: 'GET',
        url: this.authorizationUrl(params, kind),
        jar: this.jar,
      });
    }
    const operation: ContractOperationId = options.method === 'POST' ? 'authorizeForm' : 'authorize';
    for (let step = 0; step < 12; step++) {
      const { location } = response;
      if (location && sameEndpoint(location, redirectUri)) {
        if (sameEndpoint(new URL(response.exchange.request.url), this.endpoints.authorization!)) {
          this.checkContract(
            response,
            response.exchange.request.method === 'POST' ? 'authorizeForm' : operation,
          );
        }
        return { url: location, params: responseParams(location), response };
      }
      if (location && response.status >= 300 && response.status < 400) {
        if (![302, 303].includes(response.status))
          this.fail(`the target redirected with ${response.status} (AZ-08)`);
        response = await this.request({ method: 'GET', url: location.href, jar: this.jar });
        continue;
      }
      if (response.status === 200 && response.text.includes('<form')) {
        if (mode.mode !== 'form') this.fail('the target showed a page: configure authorization mode "form"');
        response = await this.submitPage(response, mode.fields ?? {}, decision);
        continue;
      }
      this.fail(
        `the authorization request ended with ${response.status} ${describeError(response)} instead of a redirect to the client`,
      );
    }
    return this.fail('the authorization request did not reach the client within 12 steps');
  }

  async #callbackUrl(
    mode: {
      callback?: ((url: string, decision: 'approve' | 'deny') => Promise<string>) | undefined;
      command?: string | undefined;
    },
    url: string,
    decision: 'approve' | 'deny',
  ): Promise<string> {
    if (mode.callback) return mode.callback(url, decision);
    const { stdout } = await exec('/bin/sh', ['-c', mode.command!], {
      env: { ...process.env, AUTHORIZATION_URL: url, DECISION: decision },
      timeout: this.target.timeoutMs * 3,
    });
    return stdout.trim().split('\n').at(-1) ?? '';
  }

  private async callback(
    mode: {
      callback?: ((url: string, decision: 'approve' | 'deny') => Promise<string>) | undefined;
      command?: string | undefined;
    },
    url: string,
    decision: 'approve' | 'deny',
  ): Promise<URL> {
    const final = await this.#callbackUrl(mode, url, decision).catch((error: unknown) =>
      this.fail(
        `the authorization callback failed: ${error instanceof Error ? error.message : String(error)}`,
      ),
    );
    if (!URL.canParse(final)) this.fail(`the authorization callback did not return a URL: ${final}`);
    this.exchanges.push({
      request: { method: 'GET', url, headers: {} },
      response: { status: 302, headers: { location: final }, body: '', durationMs: 0 },
      operationId: 'authorize',
      violations: contractViolations('authorize', {
        status: 302,
        headers: { location: final, 'cache-control': 'no-store' },
      }),
    });
    return new URL(final);
  }

  /** Fills and submits a login or consent page. */
  private async submitPage(
    page: KitResponse,
    fields: FormFields,
    decision: 'approve' | 'deny',
  ): Promise<KitResponse> {
    const pageUrl = page.exchange.request.url;
    const forms = readForms(page.text, pageUrl);
    const usernameField = fields.username ?? 'username';
    const passwordField = fields.password ?? 'password';
    const login = forms.find((form) => form.inputs.some((input) => input.type === 'password'));
    if (login) {
      const user = this.config.user;
      if (!user) this.skip('the target asks for a login, and no user is configured');
      const values = formValues(login, login.buttons[0]);
      values[usernameField] = user.username;
      values[passwordField] = user.password;
      return this.submit(login, values);
    }
    const choice =
      decision === 'approve'
        ? (fields.approve ?? { name: 'allowed', value: 'true' })
        : (fields.deny ?? { name: 'allowed', value: 'false' });
    for (const form of forms) {
      const button = form.buttons.find((b) => b.name === choice.name && b.value === choice.value);
      if (button) return this.submit(form, formValues(form, button));
    }
    if (decision === 'deny')
      this.skip(`the consent page has no deny button (${choice.name}=${choice.value})`);
    return this.fail(
      `the page has neither a login form nor an approve button (${choice.name}=${choice.value})`,
    );
  }

  private submit(form: HtmlForm, values: Record<string, string | string[]>): Promise<KitResponse> {
    if (form.method === 'GET')
      return this.request({ method: 'GET', url: form.action, query: values, jar: this.jar });
    return this.request({ method: 'POST', url: form.action, form: values, jar: this.jar });
  }

  /** Gets a code through the authorization endpoint (PKCE S256 by default). */
  async code(options: CodeOptions = {}): Promise<IssuedCode> {
    const kind = options.client ?? 'client';
    const client = this.client(kind);
    const pkce = options.pkce ?? 'S256';
    const pair = pkce ? pkcePair() : undefined;
    const challenge = pkce === 'plain' ? pair?.verifier : pair?.challenge;
    const scope = options.scope ?? this.config.scope;
    const state = base64url(randomBytes(12));
    const outcome = await this.authorize(
      {
        response_type: 'code',
        redirect_uri: options.omitRedirectUri ? undefined : client.redirectUri,
        scope,
        state,
        code_challenge: challenge,
        code_challenge_method: pkce || undefined,
        ...options.extra,
      },
      { client: kind },
    );
    const error = outcome.params.get('error');
    if (error)
      this.fail(
        `the authorization request was refused: ${error} ${outcome.params.get('error_description') ?? ''}`,
      );
    const code = outcome.params.get('code');
    if (!code) this.fail('the redirect to the client has no code');
    if (outcome.params.get('state') !== state) this.fail('the redirect did not return the state unchanged');
    return {
      code,
      client,
      redirectUri: client.redirectUri,
      redirectUriSent: !options.omitRedirectUri,
      verifier: pair?.verifier,
      challenge,
    };
  }

  /** Redeems a code (with its verifier and redirect URI unless overridden). */
  redeem(
    issued: IssuedCode,
    overrides: Params = {},
    options: {
      client?: ClientKind | AnyClient | undefined;
      auth?: 'basic' | 'post' | 'none' | undefined;
    } = {},
  ): Promise<KitResponse> {
    return this.token(
      {
        grant_type: 'authorization_code',
        code: issued.code,
        redirect_uri: issued.redirectUriSent ? issued.redirectUri : undefined,
        code_verifier: issued.verifier,
        ...overrides,
      },
      { client: options.client ?? issued.client, auth: options.auth },
    );
  }

  /** Tokens from a full authorization code flow. */
  async tokensFromCode(options: CodeOptions = {}): Promise<TokenResponse & { issued: IssuedCode }> {
    const issued = await this.code(options);
    return { ...this.tokens(await this.redeem(issued)), issued };
  }

  /** A refresh token of the configured client (skips when the target issues none). */
  async refreshToken(
    options: CodeOptions = {},
  ): Promise<TokenResponse & { issued: IssuedCode; refresh_token: string }> {
    const tokens = await this.tokensFromCode(options);
    if (!tokens.refresh_token) this.skip('the target issued no refresh token with the authorization code');
    return tokens as TokenResponse & { issued: IssuedCode; refresh_token: string };
  }

  refresh(
    refreshToken: string,
    extra: Params = {},
    options: Parameters<CaseContext['token']>[1] = {},
  ): Promise<KitResponse> {
    return this.token({ grant_type: 'refresh_token', refresh_token: refreshToken, ...extra }, options);
  }

  // --- Resource, revocation, introspection ------------------------------------------------------------------------

  /** A request to the configured protected resource. */
  resource(
    options: {
      authorization?: string | undefined;
      query?: Params | undefined;
      form?: Params | undefined;
      method?: string | undefined;
    } = {},
  ): Promise<KitResponse> {
    const resource = this.config.resource;
    if (!resource) this.skip('no protected resource configured');
    return this.request({
      method: options.method ?? (options.form ? 'POST' : 'GET'),
      url: resource.url,
      headers: options.authorization ? { authorization: options.authorization } : {},
      query: options.query,
      form: options.form,
    });
  }

  /** A token the resource accepts: client credentials with the resource's scope. */
  async resourceToken(): Promise<string> {
    const scope = this.config.resource?.scope ?? this.config.scope;
    return this.tokens(await this.clientCredentials(scope ? { scope } : {})).access_token;
  }

  revoke(
    token: string,
    hint?: string,
    client: ClientKind = 'client',
    auth?: 'basic' | 'post' | 'none',
  ): Promise<KitResponse> {
    const endpoint = this.endpoints.revocation;
    if (!endpoint) this.skip('the target has no revocation endpoint');
    const credentials = this.credentials(this.client(client), auth);
    return this.request({
      method: 'POST',
      url: endpoint,
      operation: 'revoke',
      form: { token, token_type_hint: hint, ...credentials.form },
      headers: credentials.headers,
    });
  }

  introspect(
    token: string,
    hint?: string,
    client: ClientKind = 'client',
    auth?: 'basic' | 'post' | 'none',
  ): Promise<KitResponse> {
    const endpoint = this.endpoints.introspection;
    if (!endpoint) this.skip('the target has no introspection endpoint');
    const credentials = this.credentials(this.client(client), auth);
    return this.request({
      method: 'POST',
      url: endpoint,
      operation: 'introspect',
      form: { token, token_type_hint: hint, ...credentials.form },
      headers: credentials.headers,
    });
  }

  // --- Expectations -----------------------------------------------------------------------------------------------

  /** The response has one of the statuses. */
  expectStatus(response: KitResponse | { status: number }, ...allowed: number[]): void {
    if (!allowed.includes(response.status)) {
      const detail = 'exchange' in response ? ` ${describeError(response)}` : '';
      this.fail(`expected status ${allowed.join(' or ')}, got ${response.status}${detail}`);
    }
  }

  /** The response is an OAuth error with one of the codes, and one of the statuses (default 400). */
  expectError(
    response: KitResponse,
    codes: string | readonly string[],
    statuses: readonly number[] = [400],
  ): void {
    const allowed = typeof codes === 'string' ? [codes] : codes;
    const error = (response.json as { error?: unknown } | undefined)?.error;
    if (!statuses.includes(response.status) || typeof error !== 'string' || !allowed.includes(error)) {
      this.fail(
        `expected ${statuses.join('/')} ${allowed.join(' or ')}, got ${response.status} ${describeError(response)}`,
      );
    }
  }

  /** The authorization endpoint answered itself: no redirect to anywhere. */
  expectNoRedirect(response: KitResponse): void {
    if (response.location || (response.status >= 300 && response.status < 400)) {
      this.fail(
        `the target redirected (${response.status} to ${response.location?.href ?? '?'}) instead of answering itself`,
      );
    }
    this.check(
      response.status >= 400 && response.status < 500,
      `expected a 4xx answer, got ${response.status}`,
    );
  }

  /** An authorization error redirect with one of the codes. */
  expectRedirectError(outcome: AuthorizationOutcome, codes: string | readonly string[]): void {
    const allowed = typeof codes === 'string' ? [codes] : codes;
    const error = outcome.params.get('error');
    if (!error || !allowed.includes(error)) {
      this.fail(
        `expected a redirect with error=${allowed.join(' or ')}, got ${error ? `error=${error}` : 'no error'}`,
      );
    }
  }
}

/** The parameters of an authorization response: the query, or the fragment of an implicit response. */
export function responseParams(url: URL): URLSearchParams {
  if (url.hash.length > 1 && !url.searchParams.has('code') && !url.searchParams.has('error')) {
    return new URLSearchParams(url.hash.slice(1));
  }
  return url.searchParams;
}

/** A short description of an answer for failure messages: its OAuth error, or the start of its body. */
export function describeError(response: KitResponse): string {
  const body = response.json as { error?: unknown; error_description?: unknown } | undefined;
  if (body && typeof body.error === 'string') {
    return `${body.error}${typeof body.error_description === 'string' ? ` (${body.error_description})` : ''}`;
  }
  const text = response.text.replace(/\s+/g, ' ').trim();
  return text ? `"${text.slice(0, 80)}${text.length > 80 ? '…' : ''}"` : '(empty body)';
}
