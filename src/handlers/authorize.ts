/**
 * The authorization endpoint (RFC 6749 §3.1, §4.1.1, §4.2.1; RFC 7636 §4.3).
 *
 * Errors about the client or its redirect URI are answered directly and never redirected (§4.1.2.1: the server
 * "MUST NOT automatically redirect the user-agent to the invalid redirection URI"). Once both are verified, every
 * other error goes back to the client through the redirect URI, keeping the query it was registered with, with
 * the exact `state`.
 */
import { callModel, hasModelFunction, type RequestContext } from '../context.js';
import type { AuthorizationRequest } from '../contract.js';
import {
  AccessDeniedError,
  InteractionRequired,
  InvalidClientError,
  InvalidRequestError,
  OAuthError,
  ServerError,
  UnauthorizedClientError,
  UnsupportedResponseTypeError,
  toErrorResponse,
  toOAuthError,
} from '../errors.js';
import { expiresAt, newTokens, saveToken, validateResource, validateScope } from '../grants/issue.js';
import {
  checkClient,
  checkGenerated,
  checkUser,
  own,
  requireString,
  type AuthorizationCode,
  type AuthorizationCodeData,
  type Client,
  type Token,
  type User,
} from '../model.js';
import type { ResolvedAuthenticateOptions, ResolvedAuthorizeOptions } from '../options.js';
import { isValidChallenge, type ChallengeMethod } from '../pkce.js';
import type { Request } from '../request.js';
import type { ResponseParts } from '../response.js';
import { formatScope, parseScope } from '../scope.js';
import { newGrantId, randomToken } from '../secrets.js';
import { checkParams, checkValue, normalizeParams, parameterMeta } from '../validation/index.js';
import { isPublicClient } from './client-authentication.js';
import { authenticateHandler as bearerAuthentication } from './authenticate.js';

/** The result of `authorize()`: a code (code flow) or a token (implicit grant), or the error sent to the client. */
export type AuthorizeOutcome =
  | { value: AuthorizationCode | Token; error?: undefined; parts: ResponseParts }
  | { value?: undefined; error: OAuthError; parts: ResponseParts };

/** Where the authorization response goes: the query (code flow) or the fragment (implicit grant, §4.2.2). */
type ResponseMode = 'query' | 'fragment';

const REDIRECT_HEADERS = { 'cache-control': 'no-store' };

/** The request's parameters: the query, plus the form body of a POST. One given in both counts as repeated. */
function requestParameters(request: Request): Record<string, unknown> {
  const merged: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const source of request.method === 'POST' ? [request.query, request.body] : [request.query]) {
    for (const [key, value] of Object.entries(source)) {
      merged[key] = Object.hasOwn(merged, key) ? ([] as unknown[]).concat(merged[key], value) : value;
    }
  }
  return merged;
}

/** One parameter read on its own (phase 1): repeated or not a string is `invalid_request`, empty is absent. */
function single(params: Record<string, unknown>, name: string): string | undefined {
  const value = params[name];
  if (value === undefined || value === '') return undefined;
  if (Array.isArray(value)) {
    if (value.length > 1)
      throw new InvalidRequestError(`Invalid request: \`${name}\` is included more than once`);
    throw new InvalidRequestError(`Invalid parameter: \`${name}\` must be a string`);
  }
  if (typeof value !== 'string')
    throw new InvalidRequestError(`Invalid parameter: \`${name}\` must be a string`);
  return value;
}

/** Adds response parameters to a redirect URI, keeping its own query byte for byte. */
export function buildRedirect(
  redirectUri: string,
  params: Readonly<Record<string, string | undefined>>,
  mode: ResponseMode,
): string {
  const encoded = Object.entries(params)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
    .join('&');
  const hashAt = redirectUri.indexOf('#');
  const base = hashAt < 0 ? redirectUri : redirectUri.slice(0, hashAt);
  if (mode === 'fragment') return `${base}#${encoded}`;
  const separator = !base.includes('?') ? '?' : base.endsWith('?') || base.endsWith('&') ? '' : '&';
  return `${base}${separator}${encoded}`;
}

/** A loopback IP literal (RFC 8252 §7.3): `localhost` is not one (§8.3). */
const LOOPBACK_IPS = new Set(['127.0.0.1', '[::1]']);

/**
 * Simple string comparison (RFC 9700 §4.1.3), with the one exception RFC 8252 §7.3 makes for native apps: "The
 * authorization server MUST allow any port to be specified at the time of the request for loopback IP redirect
 * URIs". Only the port may differ; scheme, host, path and query still match exactly.
 */
/**
 * `http://host:port/…` without `:port` (the host may be an IPv6 literal; the port written canonically, so `:05555`
 * is not a port here); anything else unchanged.
 */
const AUTHORITY_PORT = /^(http:\/\/(?:\[[^\]]*\]|[^/?#:@]*))(?::[1-9]\d{0,4})?(?=[/?#]|$)/;
const withoutPort = (uri: string): string => uri.replace(AUTHORITY_PORT, '$1');

export function redirectUriMatches(registered: string, requested: string): boolean {
  if (registered === requested) return true;
  if (!registered.startsWith('http://') || !requested.startsWith('http://')) return false;
  const a = URL.canParse(registered) ? new URL(registered) : undefined;
  const b = URL.canParse(requested) ? new URL(requested) : undefined;
  if (!a || !b || !LOOPBACK_IPS.has(a.hostname) || a.hostname !== b.hostname) return false;
  // Compare the strings without their ports (an explicit `:80` too, which the URL parser hides), so nothing else
  // is normalized by the parser.
  return withoutPort(registered) === withoutPort(requested);
}

/** Phase 1: the client (`getClient(id, null)`), checked fail-closed. Not redirected. */
async function loadClient(ctx: RequestContext, clientId: string): Promise<Client> {
  const found = await callModel(ctx, 'getClient', clientId, null);
  if (!found) throw new InvalidClientError('Invalid client: client credentials are invalid');
  const client = checkClient(found, 'getClient', clientId);
  if (!client.redirectUris || client.redirectUris.length === 0) {
    throw new InvalidClientError('Invalid client: missing client `redirectUri`');
  }
  return client;
}

/**
 * Phase 1: the redirect URI. Compared with the registered ones by simple string comparison (RFC 9700 §4.1.3), or
 * by the Model's `validateRedirectUri`. Omitted, it is the client's only registered URI; a client with several
 * must send one (§3.1.2.3). Not redirected.
 */
async function resolveRedirectUri(
  ctx: RequestContext,
  client: Client,
  requested: string | undefined,
): Promise<string> {
  const registered = client.redirectUris!;
  if (requested === undefined) {
    if (registered.length > 1) {
      throw new InvalidRequestError(
        'Invalid request: `redirect_uri` is required when the client has several',
      );
    }
    return registered[0]!;
  }
  const valid = hasModelFunction(ctx, 'validateRedirectUri')
    ? (await callModel(ctx, 'validateRedirectUri', requested, client)) === true
    : registered.some((uri) => redirectUriMatches(uri, requested));
  if (!valid) throw new InvalidClientError('Invalid client: `redirect_uri` does not match client value');
  return requested;
}

/** Phase 2: the resource owner, from the `authenticateHandler` (or a bearer token). Not redirected. */
async function authenticateUser(
  ctx: RequestContext,
  options: ResolvedAuthorizeOptions,
  authenticateOptions: ResolvedAuthenticateOptions,
): Promise<User> {
  if (options.authenticateHandler) {
    const user = await options.authenticateHandler.handle(ctx.request, ctx.response as never);
    if (!user) throw new ServerError('Server error: `handle()` did not return a `user` object');
    return checkUser(user, 'handle');
  }
  try {
    const { value: token } = await bearerAuthentication.handle(ctx, {
      ...authenticateOptions,
      scope: undefined,
    });
    if (!token.user) throw new ServerError('Server error: `getAccessToken()` did not return a `user` object');
    return checkUser(token.user, 'getAccessToken');
  } catch (error) {
    throw error instanceof OAuthError ? bearerAuthentication.challenge(error, authenticateOptions) : error;
  }
}

/** PKCE parameters of a code request (RFC 7636 §4.3, §4.4.1). */
function pkceParameters(
  query: AuthorizationRequest,
  options: ResolvedAuthorizeOptions,
  isPublic: boolean,
): Pick<AuthorizationCodeData, 'codeChallenge' | 'codeChallengeMethod'> {
  const { code_challenge: challenge, code_challenge_method: requestedMethod } = query;
  if (challenge === undefined) {
    // A method alone would silently produce a code without PKCE (PK-07).
    if (requestedMethod !== undefined) throw new InvalidRequestError('Missing parameter: `code_challenge`');
    // "The authorization server MUST reject requests without a code_challenge from public clients" (OAuth 2.1
    // §4.1.2.1), and from every client under `requirePKCE` (§7.5.1.1).
    if (isPublic) {
      throw new InvalidRequestError('Invalid request: public clients must send `code_challenge` (PKCE)');
    }
    if (options.requirePKCE)
      throw new InvalidRequestError('Invalid request: `code_challenge` is required (PKCE)');
    return {};
  }
  // `plain` only where enabled, and never for a public client: it must use a method that does not expose the
  // verifier, "Currently, S256 is the only such method" (OAuth 2.1 §4.1.1). Without a method the challenge is
  // taken as S256 wherever plain is not allowed (RFC 7636 §4.3 defaults to plain, which would be refused).
  const plainAllowed = options.enablePlainPKCE && !isPublic;
  const method: ChallengeMethod = requestedMethod ?? (plainAllowed ? 'plain' : 'S256');
  if (method === 'plain' && !plainAllowed) {
    throw new InvalidRequestError('Invalid request: `code_challenge_method` plain is not allowed; use S256');
  }
  if (!isValidChallenge(challenge, method))
    throw new InvalidRequestError('Invalid parameter: `code_challenge`');
  return { codeChallenge: challenge, codeChallengeMethod: method };
}

/**
 * The resource owner's decision. Only an explicit approval issues a code (RFC 6749 §10.12): the consent handler's
 * `true`, or `allowed=true` in the body of a POST (a consent form; its CSRF protection is the application's).
 * `allowed=false` anywhere, or the handler's `false`, denies.
 */
async function decideConsent(
  ctx: RequestContext,
  options: ResolvedAuthorizeOptions,
  client: Client,
  user: User,
  scope: string[] | undefined,
): Promise<void> {
  const { request } = ctx;
  const decision = options.consentHandler
    ? await options.consentHandler.handle(request, ctx.response as never, { client, user, scope })
    : undefined;
  if (decision === true) return;
  if (decision === false) throw new AccessDeniedError('Access denied: user denied access to application');
  if (request.method === 'POST' && request.body.allowed === 'true') return;
  throw new AccessDeniedError('Access denied: the resource owner has not approved the request');
}

/** What a code is issued for. */
interface CodeIssuance {
  client: Client;
  user: User;
  scope: string[] | undefined;
  resource: string[] | undefined;
  redirectUri: string;
  redirectUriSent: boolean;
  pkce: Pick<AuthorizationCodeData, 'codeChallenge' | 'codeChallengeMethod'>;
}

async function issueCode(
  ctx: RequestContext,
  options: ResolvedAuthorizeOptions,
  issuance: CodeIssuance,
): Promise<AuthorizationCode> {
  const { client, user, scope, resource, redirectUri, redirectUriSent, pkce } = issuance;
  const authorizationCode = hasModelFunction(ctx, 'generateAuthorizationCode')
    ? checkGenerated(
        await callModel(ctx, 'generateAuthorizationCode', client, user, scope),
        'generateAuthorizationCode',
      )
    : randomToken();
  const data: AuthorizationCodeData = {
    authorizationCode,
    expiresAt: expiresAt(options.authorizationCodeLifetime),
    redirectUri,
    redirectUriSent,
    // Every token issued from this code, refreshed ones included, will carry this grant id.
    grantId: newGrantId(),
    ...pkce,
  };
  if (scope) data.scope = scope;
  if (resource) data.resource = resource;
  const saved = await callModel(ctx, 'saveAuthorizationCode', data, client, user);
  if (!saved || typeof saved !== 'object') {
    throw new ServerError('Server error: `saveAuthorizationCode()` did not return the code');
  }
  requireString(saved, 'authorizationCode', 'saveAuthorizationCode');
  return saved;
}

export interface AuthorizeHandler {
  handle(
    ctx: RequestContext,
    options: ResolvedAuthorizeOptions,
    authenticateOptions: ResolvedAuthenticateOptions,
  ): Promise<AuthorizeOutcome>;
}

export const authorizeHandler: AuthorizeHandler = {
  async handle(ctx, options, authenticateOptions) {
    const { request } = ctx;
    const raw = requestParameters(request);

    // Phase 1: errors are answered here, never redirected.
    const clientId = single(raw, 'client_id');
    if (clientId === undefined) throw new InvalidRequestError('Missing parameter: `client_id`');
    checkValue('ClientId', 'client_id', clientId);
    const requestedRedirectUri = single(raw, 'redirect_uri');
    if (requestedRedirectUri !== undefined) checkValue('RedirectUri', 'redirect_uri', requestedRedirectUri);
    const client = await loadClient(ctx, clientId);
    const redirectUri = await resolveRedirectUri(ctx, client, requestedRedirectUri);

    // Phase 2: the resource owner.
    const user = await authenticateUser(ctx, options, authenticateOptions);

    // Phase 3: errors are redirected to the verified redirect URI.
    // The implicit grant answers in the fragment, errors included (§4.2.2.1), as soon as it is what was asked for.
    const mode: ResponseMode =
      options.enableImplicitGrant && raw.response_type === 'token' ? 'fragment' : 'query';
    let state: string | undefined;
    try {
      // `state` first, and echoed only once it is known to be one valid value.
      const candidate = single(raw, 'state');
      if (candidate !== undefined) checkValue('State', 'state', candidate);
      state = candidate;
      if (state === undefined && !options.allowEmptyState)
        throw new InvalidRequestError('Missing parameter: `state`');
      const query = checkParams(
        'AuthorizationRequest',
        normalizeParams(raw, parameterMeta('AuthorizationRequest')),
      );

      const responseType = query.response_type;
      const implicit = responseType === 'token' && options.enableImplicitGrant;
      if (responseType !== 'code' && !implicit) {
        throw new UnsupportedResponseTypeError('Unsupported response type: `response_type` is not supported');
      }
      if (!client.grants.includes(implicit ? 'implicit' : 'authorization_code')) {
        throw new UnauthorizedClientError('Unauthorized client: `grant_type` is invalid');
      }
      if (raw.allowed === 'false' || (Array.isArray(raw.allowed) && raw.allowed.includes('false'))) {
        throw new AccessDeniedError('Access denied: user denied access to application');
      }
      const scope = await validateScope(ctx, user, client, parseScope(query.scope));
      const resource = await validateResource(ctx, client, user, query.resource);
      const isPublic = isPublicClient(client, 'authorization_code', options.requireClientAuthentication);
      const pkce = implicit ? {} : pkceParameters(query, options, isPublic);
      await decideConsent(ctx, options, client, user, scope);

      if (implicit) {
        const grantCtx = { ...ctx, client, isPublicClient: isPublic };
        const issuance = { user, scope, refresh: false, grantId: newGrantId(), resource };
        const token = await saveToken(grantCtx, await newTokens(grantCtx, issuance), user);
        const params: Record<string, string | undefined> = {
          access_token: token.accessToken,
          token_type: 'Bearer',
          expires_in: token.accessTokenExpiresAt
            ? String(Math.max(0, Math.floor((token.accessTokenExpiresAt.getTime() - Date.now()) / 1000)))
            : undefined,
          scope: token.scope ? formatScope(token.scope) : undefined,
          state,
          iss: options.issuer,
        };
        return {
          value: token,
          parts: redirectParts(request, buildRedirect(redirectUri, params, 'fragment')),
        };
      }

      const code = await issueCode(ctx, options, {
        client,
        user,
        scope,
        resource,
        redirectUri,
        redirectUriSent: requestedRedirectUri !== undefined,
        pkce,
      });
      // RFC 9207 §2: "iss" in every authorization response, when the server has an issuer identifier.
      const params = { code: own(code, 'authorizationCode') as string, state, iss: options.issuer };
      return { value: code, parts: redirectParts(request, buildRedirect(redirectUri, params, 'query')) };
    } catch (thrown) {
      if (thrown instanceof InteractionRequired) throw thrown;
      const error = toOAuthError(thrown);
      const { body } = toErrorResponse(error);
      // Only the codes §4.1.2.1 defines travel in a redirect; anything else the client sees as server_error.
      const redirected =
        body && AUTHORIZATION_ERRORS.has(body.error) ? body : toErrorResponse(new ServerError()).body!;
      const params = {
        error: redirected.error,
        error_description: redirected.error_description,
        state,
        iss: options.issuer,
      };
      return { error, parts: redirectParts(request, buildRedirect(redirectUri, params, mode)) };
    }
  },
};

/** The error codes of an authorization response (RFC 6749 §4.1.2.1, §4.2.2.1). */
const AUTHORIZATION_ERRORS: ReadonlySet<string> = new Set([
  'invalid_target',
  'invalid_request',
  'unauthorized_client',
  'access_denied',
  'unsupported_response_type',
  'invalid_scope',
  'server_error',
  'temporarily_unavailable',
]);

/** 302 for a GET; 303 after a POST, so the browser does not re-post the form to the client (RFC 9700 §4.12). */
function redirectParts(request: Request, location: string): ResponseParts {
  const status = request.method === 'POST' ? 303 : 302;
  return { status, headers: { ...REDIRECT_HEADERS, location }, body: undefined };
}
