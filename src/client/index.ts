/**
 * The typed client SDK (`oauth2-contract/client`): talks to any OAuth 2.0 authorization server through
 * openapi-fetch over the types generated from the contract. It has no `node:` imports: the same module runs in
 * Node 20 and in browsers (WebCrypto for PKCE).
 *
 * ```ts
 * const client = createOAuth2Client({ issuer: 'https://as.example', clientId: 'app', clientSecret: 's3cret' });
 * const { data, error } = await client.token.clientCredentials({ scope: 'read' });
 * ```
 *
 * Results are values, never exceptions: `{ data, response }` on success, `{ error, response }` for an OAuth
 * error (typed by the contract's `OAuthError`), `{ transportError, response? }` when the network failed or the
 * server answered something the contract does not allow.
 */
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from '../../generated/openapi.js';
import { basicCredentials, formBody } from './encoding.js';
import { createPkcePair, s256Challenge, type PkcePair } from './pkce.js';

type Schemas = components['schemas'];

export type TokenResponse = Schemas['TokenResponse'];
/**
 * An OAuth error response. `error` is one of the contract's codes, or another string: other servers send codes
 * of their own or of extensions (`authorization_pending`, `invalid_dpop_proof`, ...), and the type says so.
 */
export type OAuthErrorBody = Omit<Schemas['OAuthError'], 'error'> & { error: ErrorCode | (string & {}) };
export type ErrorCode = Schemas['ErrorCode'];
export type IntrospectionResponse = Schemas['IntrospectionResponse'];
export type AuthorizationServerMetadata = Schemas['AuthorizationServerMetadata'];
export type AuthorizationSuccess = Schemas['AuthorizationSuccessRedirect'];
export type AuthorizationError = Schemas['AuthorizationErrorRedirect'];
export type { PkcePair };
/** The contract's paths, for an openapi-fetch client of the resource (`createClient<paths>`). */
export type { paths, components };

/** How the client authenticates at the token endpoint (RFC 6749 §2.3, RFC 7591 §2). */
export type AuthMethod = 'client_secret_basic' | 'client_secret_post' | 'none';

/** The authorization server's endpoints, when they are not discovered (or to override discovery). */
export interface Endpoints {
  authorization?: string | undefined;
  token: string;
  revocation?: string | undefined;
  introspection?: string | undefined;
}

export interface OAuth2ClientOptions {
  /** The issuer identifier: its metadata (RFC 8414) is discovered on first use. */
  issuer?: string | undefined;
  /** Endpoint URLs: the whole set without an issuer, or overrides of the discovered ones. */
  endpoints?: Partial<Endpoints> | undefined;
  clientId: string;
  /** A confidential client's secret. */
  clientSecret?: string | undefined;
  /** Default: `client_secret_basic` with a secret, `none` without. */
  authMethod?: AuthMethod | undefined;
  /** A fetch implementation (default: the global one). */
  fetch?: typeof fetch | undefined;
}

/** The outcome of every call: exactly one of `data`, `error` and `transportError` is set. */
export type OAuth2Result<T> =
  | { data: T; error?: undefined; transportError?: undefined; response: Response }
  | { data?: undefined; error: OAuthErrorBody; transportError?: undefined; response: Response }
  | { data?: undefined; error?: undefined; transportError: Error; response: Response | undefined };

/** The outcome of reading an authorization response (no HTTP exchange of its own). */
export type AuthorizationResult =
  | { data: AuthorizationSuccess; error?: undefined; transportError?: undefined }
  | { data?: undefined; error: AuthorizationError; transportError?: undefined }
  | { data?: undefined; error?: undefined; transportError: Error };

export interface AuthorizationUrlParams {
  redirectUri?: string | undefined;
  scope?: string | undefined;
  state?: string | undefined;
  /** The S256 challenge from `pkce()` (RFC 7636 §4.3). */
  codeChallenge?: string | undefined;
  codeChallengeMethod?: 'S256' | 'plain' | undefined;
  /** Resource indicators (RFC 8707). */
  resource?: string | readonly string[] | undefined;
  /** Extra parameters, sent as given. */
  extra?: Readonly<Record<string, string>> | undefined;
}

export interface AuthorizationCodeParams {
  code: string;
  /** Required when the authorization request had one (RFC 6749 §4.1.3). */
  redirectUri?: string | undefined;
  /** The PKCE verifier (RFC 7636 §4.5). */
  codeVerifier?: string | undefined;
  resource?: string | readonly string[] | undefined;
}

export interface ClientCredentialsParams {
  scope?: string | undefined;
  resource?: string | readonly string[] | undefined;
}

export interface PasswordParams {
  username: string;
  password: string;
  scope?: string | undefined;
  resource?: string | readonly string[] | undefined;
}

export interface RefreshParams {
  refreshToken: string;
  scope?: string | undefined;
  resource?: string | readonly string[] | undefined;
}

export interface OAuth2Client {
  /** The server's metadata (RFC 8414), fetched once; its `issuer` must equal the configured one (§3.3). */
  metadata(): Promise<OAuth2Result<AuthorizationServerMetadata>>;
  /** A PKCE verifier of 43 unreserved characters and its S256 challenge. */
  pkce(): Promise<PkcePair>;
  /** The authorization request URL (RFC 6749 §4.1.1, RFC 7636 §4.3). */
  authorizationUrl(params: AuthorizationUrlParams): Promise<string>;
  /**
   * Reads the authorization response the browser was redirected with: checks `state`, and `iss` (RFC 9207)
   * whenever the server advertises it or sends one.
   */
  parseAuthorizationResponse(
    url: string | URL,
    expected: { state?: string | undefined; iss?: string | undefined },
  ): Promise<AuthorizationResult>;
  token: {
    authorizationCode(params: AuthorizationCodeParams): Promise<OAuth2Result<TokenResponse>>;
    clientCredentials(params?: ClientCredentialsParams): Promise<OAuth2Result<TokenResponse>>;
    password(params: PasswordParams): Promise<OAuth2Result<TokenResponse>>;
    refresh(params: RefreshParams): Promise<OAuth2Result<TokenResponse>>;
    /** An extension grant (RFC 6749 §4.5): the grant type is an absolute URI. */
    extension(
      grantType: `${string}:${string}`,
      params?: Readonly<Record<string, string | readonly string[] | undefined>>,
    ): Promise<OAuth2Result<TokenResponse>>;
  };
  /** Revokes a token (RFC 7009); `data` is `true` when the server answered 200. */
  revoke(token: string, hint?: 'access_token' | 'refresh_token'): Promise<OAuth2Result<true>>;
  /** Introspects a token (RFC 7662). */
  introspect(
    token: string,
    hint?: 'access_token' | 'refresh_token',
  ): Promise<OAuth2Result<IntrospectionResponse>>;
}

/** An openapi-fetch middleware that sends `Authorization: Bearer <token>` (RFC 6750 §2.1) with every request. */
export function withAccessToken(
  token: string | (() => string | undefined | Promise<string | undefined>),
): Middleware {
  return {
    async onRequest({ request }) {
      const value = typeof token === 'function' ? await token() : token;
      if (value) request.headers.set('Authorization', `Bearer ${value}`);
      return request;
    },
  };
}

/** A placeholder origin: openapi-fetch builds URLs from it, and `send` swaps in the real endpoint. */
const PLACEHOLDER = 'https://oauth2-contract.invalid';

const TOKEN_PATHS = {
  '/token': 'token',
  '/revoke': 'revocation',
  '/introspect': 'introspection',
} as const satisfies Record<string, keyof Endpoints>;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isOAuthError(value: unknown): value is OAuthErrorBody {
  return isObject(value) && typeof value.error === 'string' && value.error !== '';
}

/** A transport failure: no OAuth answer to give. */
type Failure = { data?: undefined; error?: undefined; transportError: Error; response: Response | undefined };

function failure(message: string, response?: Response, cause?: unknown): Failure {
  return { transportError: new Error(message, cause === undefined ? undefined : { cause }), response };
}

/** The RFC 8414 §3 metadata URL: the well-known suffix goes between the host and the issuer's path. */
function metadataUrl(issuer: string, suffix: string): string {
  const url = new URL(issuer);
  const path = url.pathname === '/' ? '' : url.pathname.replace(/\/$/, '');
  return `${url.origin}/.well-known/${suffix}${path}`;
}

function list(value: string | readonly string[] | undefined): readonly string[] | undefined {
  return value === undefined ? undefined : typeof value === 'string' ? [value] : value;
}

/** Creates a client for one authorization server and one registered client. */
export function createOAuth2Client(options: OAuth2ClientOptions): OAuth2Client {
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const authMethod: AuthMethod =
    options.authMethod ?? (options.clientSecret ? 'client_secret_basic' : 'none');
  if (authMethod !== 'none' && !options.clientSecret) {
    throw new TypeError(`oauth2-contract client: ${authMethod} needs a clientSecret`);
  }
  if (!options.issuer && !options.endpoints?.token) {
    throw new TypeError('oauth2-contract client: give an issuer (for discovery) or endpoints.token');
  }
  // The issuer identifier as given: RFC 8414 §3.3 and RFC 9207 §2.4 compare it by simple string comparison.
  const issuer = options.issuer;
  if (issuer !== undefined && !/^https?:$/.test(URL.canParse(issuer) ? new URL(issuer).protocol : '')) {
    throw new TypeError('oauth2-contract client: the issuer must be an http(s) URL');
  }

  let metadataPromise: Promise<OAuth2Result<AuthorizationServerMetadata>> | undefined;

  /** Fetches a metadata document; `undefined` for a 404 (try the next well-known name). */
  async function fetchMetadata(url: string): Promise<OAuth2Result<AuthorizationServerMetadata> | undefined> {
    let response: Response;
    try {
      response = await fetchImpl(url, { headers: { accept: 'application/json' }, redirect: 'manual' });
    } catch (error) {
      return failure(`metadata: network error (${url})`, undefined, error);
    }
    if (response.status === 404) return undefined;
    if (response.status !== 200) return failure(`metadata: HTTP ${response.status} (${url})`, response);
    let document: unknown;
    try {
      document = await response.json();
    } catch (error) {
      return failure('metadata: the body is not JSON', response, error);
    }
    if (!isObject(document) || typeof document.issuer !== 'string') {
      return failure('metadata: not an authorization server metadata document', response);
    }
    // "The issuer value returned MUST be identical to the authorization server's issuer identifier" (RFC 8414 §3.3).
    if (document.issuer !== issuer) {
      return failure(`metadata: issuer ${document.issuer} is not the configured ${issuer}`, response);
    }
    return { data: document as unknown as AuthorizationServerMetadata, response };
  }

  function metadata(): Promise<OAuth2Result<AuthorizationServerMetadata>> {
    if (!issuer) {
      return Promise.resolve(failure('metadata: no issuer configured'));
    }
    metadataPromise ??= (async () => {
      // RFC 8414 first; servers that only publish OpenID Connect discovery are found too (RFC 8414 §5).
      const result: OAuth2Result<AuthorizationServerMetadata> =
        (await fetchMetadata(metadataUrl(issuer, 'oauth-authorization-server'))) ??
        (await fetchMetadata(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`)) ??
        failure('metadata: the server publishes none');
      // A failure is not cached, so a later call can retry.
      if (!result.data) metadataPromise = undefined;
      return result;
    })();
    return metadataPromise;
  }

  /** An endpoint URL: configured, else discovered. */
  async function endpoint(name: keyof Endpoints): Promise<{ url: string } | { failure: Error }> {
    const configured = options.endpoints?.[name];
    if (configured) return { url: configured };
    if (!issuer) return { failure: new Error(`no ${name} endpoint configured`) };
    const discovered = await metadata();
    if (!discovered.data) return { failure: discovered.transportError ?? new Error('metadata unavailable') };
    const key = `${name === 'authorization' ? 'authorization' : name}_endpoint` as const;
    const url = discovered.data[key as keyof AuthorizationServerMetadata];
    return typeof url === 'string'
      ? { url }
      : { failure: new Error(`the server advertises no ${name} endpoint`) };
  }

  /** Sends what openapi-fetch built to the real endpoint, never following redirects. */
  async function send(request: Request): Promise<Response> {
    const path = new URL(request.url).pathname as keyof typeof TOKEN_PATHS;
    const resolved = await endpoint(TOKEN_PATHS[path]);
    if ('failure' in resolved) throw resolved.failure;
    return fetchImpl(resolved.url, {
      method: request.method,
      headers: request.headers,
      body: await request.text(),
      redirect: 'manual',
    });
  }

  const api = createClient<paths>({ baseUrl: PLACEHOLDER, fetch: send });

  /** Client authentication plus the grant's parameters, as a form (RFC 6749 §2.3.1). */
  function authenticated(params: Record<string, string | readonly string[] | undefined>): {
    body: string;
    headers: Record<string, string>;
  } {
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
    const form: Record<string, string | readonly string[] | undefined> = { ...params };
    if (authMethod === 'client_secret_basic')
      headers.authorization = basicCredentials(options.clientId, options.clientSecret!);
    else form.client_id = options.clientId;
    if (authMethod === 'client_secret_post') form.client_secret = options.clientSecret;
    return { body: formBody(form), headers };
  }

  /** Runs a call and turns its outcome into a result: OAuth errors are values, network errors too. */
  async function call<T>(
    run: () => Promise<{ data?: unknown; error?: unknown; response: Response }>,
    read: (data: unknown) => T | undefined,
    what: string,
  ): Promise<OAuth2Result<T>> {
    let outcome: { data?: unknown; error?: unknown; response: Response };
    try {
      outcome = await run();
    } catch (error) {
      return failure(
        `${what}: ${error instanceof Error ? error.message : 'network error'}`,
        undefined,
        error,
      );
    }
    const { response } = outcome;
    if (response.status >= 300 && response.status < 400) {
      return failure(`${what}: unexpected redirect (HTTP ${response.status})`, response);
    }
    if (response.ok) {
      // Bodies are read as text (`parseAs: 'text'`), so a body that is not JSON still comes with its response.
      const parsed = typeof outcome.data === 'string' ? safeJson(outcome.data) : outcome.data;
      const data = read(parsed);
      if (data !== undefined) return { data, response };
      const problem =
        typeof outcome.data === 'string' && parsed === undefined
          ? 'the body is not JSON'
          : 'unexpected response';
      return failure(`${what}: ${problem} (HTTP ${response.status})`, response);
    }
    const error = typeof outcome.error === 'string' ? safeJson(outcome.error) : outcome.error;
    return isOAuthError(error)
      ? { error, response }
      : failure(`${what}: HTTP ${response.status} without an OAuth error body`, response);
  }

  const readToken = (data: unknown): TokenResponse | undefined =>
    isObject(data) && typeof data.access_token === 'string' && typeof data.token_type === 'string'
      ? (data as TokenResponse)
      : undefined;

  function tokenRequest(
    params: Record<string, string | readonly string[] | undefined>,
  ): Promise<OAuth2Result<TokenResponse>> {
    const { body, headers } = authenticated(params);
    return call(
      () =>
        api.POST('/token', {
          body: body as never,
          headers,
          bodySerializer: (b: unknown) => b,
          parseAs: 'text',
        }),
      readToken,
      'token',
    );
  }

  return {
    metadata,
    pkce: () => createPkcePair(),

    async authorizationUrl(params) {
      const resolved = await endpoint('authorization');
      if ('failure' in resolved) throw resolved.failure;
      const url = new URL(resolved.url);
      const query: Record<string, string | readonly string[] | undefined> = {
        response_type: 'code',
        client_id: options.clientId,
        redirect_uri: params.redirectUri,
        scope: params.scope,
        state: params.state,
        code_challenge: params.codeChallenge,
        code_challenge_method: params.codeChallenge ? (params.codeChallengeMethod ?? 'S256') : undefined,
        resource: list(params.resource),
        ...params.extra,
      };
      const encoded = formBody(query);
      url.search = url.search ? `${url.search.slice(1)}&${encoded}` : encoded;
      return url.toString();
    },

    async parseAuthorizationResponse(input, expected) {
      const url = new URL(input);
      const params =
        url.hash.length > 1 && !url.searchParams.has('code') && !url.searchParams.has('error')
          ? new URLSearchParams(url.hash.slice(1))
          : url.searchParams;
      for (const name of ['code', 'state', 'iss', 'error']) {
        if (params.getAll(name).length > 1)
          return { transportError: new Error(`authorization response: ${name} repeated`) };
      }
      // State binds the response to this browser's request (RFC 6749 §10.12): it must come back unchanged.
      const state = params.get('state') ?? undefined;
      if (state !== expected.state)
        return { transportError: new Error('authorization response: state does not match') };
      // RFC 9207 §2.4: compare `iss` whenever the server advertises it, or sends it.
      const iss = params.get('iss') ?? undefined;
      const expectedIss = expected.iss ?? issuer;
      let advertised = false;
      if (issuer) {
        const discovered = await metadata();
        advertised = discovered.data?.authorization_response_iss_parameter_supported === true;
      }
      if ((advertised || iss !== undefined) && iss !== expectedIss) {
        return {
          transportError: new Error('authorization response: iss does not match the issuer (RFC 9207)'),
        };
      }
      const error = params.get('error');
      if (error) {
        const result: AuthorizationError = { error: error as AuthorizationError['error'] };
        const description = params.get('error_description');
        const uri = params.get('error_uri');
        if (description !== null) result.error_description = description;
        if (uri !== null) result.error_uri = uri;
        if (state !== undefined) result.state = state;
        if (iss !== undefined) result.iss = iss;
        return { error: result };
      }
      const code = params.get('code');
      if (!code) return { transportError: new Error('authorization response: neither code nor error') };
      const data: AuthorizationSuccess = { code };
      if (state !== undefined) data.state = state;
      if (iss !== undefined) data.iss = iss;
      return { data };
    },

    token: {
      authorizationCode: (params) =>
        tokenRequest({
          grant_type: 'authorization_code',
          code: params.code,
          redirect_uri: params.redirectUri,
          code_verifier: params.codeVerifier,
          resource: list(params.resource),
        }),
      clientCredentials: (params = {}) =>
        tokenRequest({
          grant_type: 'client_credentials',
          scope: params.scope,
          resource: list(params.resource),
        }),
      password: (params) =>
        tokenRequest({
          grant_type: 'password',
          username: params.username,
          password: params.password,
          scope: params.scope,
          resource: list(params.resource),
        }),
      refresh: (params) =>
        tokenRequest({
          grant_type: 'refresh_token',
          refresh_token: params.refreshToken,
          scope: params.scope,
          resource: list(params.resource),
        }),
      extension: (grantType, params = {}) => tokenRequest({ ...params, grant_type: grantType }),
    },

    revoke(token, hint) {
      const { body, headers } = authenticated({ token, token_type_hint: hint });
      return call(
        () =>
          api.POST('/revoke', {
            body: body as never,
            headers,
            bodySerializer: (b: unknown) => b,
            parseAs: 'text',
          }),
        () => true as const,
        'revoke',
      );
    },

    introspect(token, hint) {
      const { body, headers } = authenticated({ token, token_type_hint: hint });
      return call(
        () =>
          api.POST('/introspect', {
            body: body as never,
            headers,
            bodySerializer: (b: unknown) => b,
            parseAs: 'text',
          }),
        (data) =>
          isObject(data) && typeof data.active === 'boolean' ? (data as IntrospectionResponse) : undefined,
        'introspect',
      );
    },
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export { createPkcePair, s256Challenge };
export { basicCredentials } from './encoding.js';
