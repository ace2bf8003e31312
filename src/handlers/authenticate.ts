/**
 * Protected-resource access with a bearer token (RFC 6750).
 */
import { callModel, hasModelFunction, type RequestContext } from '../context.js';
import {
  InsufficientScopeError,
  InvalidRequestError,
  InvalidTokenError,
  type OAuthError,
  ServerError,
  UnauthorizedRequestError,
  toErrorDescription,
  toErrorResponse,
} from '../errors.js';
import {
  checkClient,
  checkResource,
  checkScope,
  checkUser,
  own,
  requireDate,
  requireMatch,
  type Token,
} from '../model.js';
import type { ResolvedAuthenticateOptions } from '../options.js';
import type { ResponseParts } from '../response.js';
import { formatScope, isSubset } from '../scope.js';
import { checkValue } from '../validation/index.js';
import { singleHeader } from './request-checks.js';

const FN = 'getAccessToken';

/** b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"=" (RFC 6750 §2.1). */
const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;
/** `auth-scheme [ 1*SP token ]` (RFC 9110 §11.6.2); the scheme is matched case-insensitively (§11.1). */
const CREDENTIALS = /^([A-Za-z0-9!#$%&'*+.^_`|~-]+)(?: +(.*))?$/;

/** Where the token came from. */
type TokenSource = 'header' | 'query' | 'body';

function stringParam(params: Record<string, unknown>, name: string): string | undefined {
  if (!Object.hasOwn(params, name)) return undefined;
  const value = params[name];
  if (value === '') return undefined;
  if (Array.isArray(value) && value.length > 1) {
    throw new InvalidRequestError(`Invalid request: \`${name}\` is included more than once`);
  }
  if (typeof value !== 'string')
    throw new InvalidRequestError(`Invalid parameter: \`${name}\` must be a string`);
  return value;
}

/**
 * Finds the one bearer token of the request (RFC 6750 §2): "Clients MUST NOT use more than one method to
 * transmit the token in each request." No credentials, or credentials of another scheme, is a bare 401 challenge.
 */
export function readBearerToken(
  ctx: RequestContext,
  options: ResolvedAuthenticateOptions,
): { token: string; source: TokenSource } {
  const { request } = ctx;
  const header = singleHeader(request, 'authorization');
  const query = stringParam(request.query, 'access_token');
  const body = stringParam(request.body, 'access_token');
  const found: [TokenSource, string][] = [];
  if (header !== undefined) {
    const match = CREDENTIALS.exec(header.trim());
    if (match && match[1]!.toLowerCase() === 'bearer') {
      const token = match[2]?.trim();
      if (!token || !B64TOKEN.test(token))
        throw new InvalidRequestError('Invalid request: malformed authorization header');
      found.push(['header', token]);
    } else if (!match) {
      throw new InvalidRequestError('Invalid request: malformed authorization header');
    }
    // Another scheme (Basic, DPoP, ...) is not a bearer credential: answered like no credentials (RFC 6750 §3.1).
  }
  if (query !== undefined) found.push(['query', query]);
  if (body !== undefined) found.push(['body', body]);
  if (found.length > 1)
    throw new InvalidRequestError('Invalid request: only one authentication method is allowed');
  const [first] = found;
  if (!first) throw new UnauthorizedRequestError('Unauthorized request: no authentication given');
  const [source, token] = first;
  if (source === 'query' && !options.allowBearerTokensInQueryString) {
    throw new InvalidRequestError('Invalid request: do not send bearer tokens in query URLs');
  }
  if (source === 'body') {
    // RFC 6750 §2.2: form-encoded, and "The HTTP request method is one for which the request-body has defined semantics".
    if (request.method === 'GET' || request.method === 'HEAD') {
      throw new InvalidRequestError(
        'Invalid request: token may not be passed in the body when using the GET verb',
      );
    }
    if (!request.is('application/x-www-form-urlencoded')) {
      throw new InvalidRequestError('Invalid request: content must be application/x-www-form-urlencoded');
    }
  }
  checkValue('AccessToken', 'access_token', token);
  // The token grammar holds wherever the token travels; nothing else reaches the Model (BA-08).
  if (source !== 'header' && !B64TOKEN.test(token))
    throw new InvalidRequestError('Invalid parameter: `access_token`');
  return { token, source };
}

/** Looks the token up and checks what the Model returned, fail-closed. */
async function loadAccessToken(ctx: RequestContext, value: string): Promise<Token> {
  const token = await callModel(ctx, 'getAccessToken', value);
  if (!token) throw new InvalidTokenError('Invalid token: access token is invalid');
  if (typeof token !== 'object') throw new ServerError(`Server error: \`${FN}()\` did not return an object`);
  requireMatch(own(token, 'accessToken'), value, 'access token', FN);
  const expiresAt = requireDate(token, 'accessTokenExpiresAt', FN);
  const user = own(token, 'user');
  const client = own(token, 'client');
  // A token belongs to a user, or (client credentials without a user) to its client.
  if (user !== undefined && user !== null) checkUser(user, FN);
  else checkClient(client, FN);
  if (client !== undefined && client !== null) checkClient(client, FN);
  checkScope(own(token, 'scope'), FN);
  if (expiresAt.getTime() <= Date.now())
    throw new InvalidTokenError('Invalid token: access token has expired');
  return token;
}

async function verifyScope(ctx: RequestContext, token: Token, required: string[]): Promise<void> {
  const granted = hasModelFunction(ctx, 'verifyScope')
    ? await callModel(ctx, 'verifyScope', token, required)
    : isSubset(required, token.scope);
  if (granted !== true)
    throw new InsufficientScopeError('Insufficient scope: authorized scope is insufficient');
}

/**
 * The `WWW-Authenticate` challenge for an error (RFC 6750 §3): the realm, then `error` and `error_description`
 * when credentials were presented, and `scope` for `insufficient_scope`.
 */
export function bearerChallenge(
  realm: string,
  error?: OAuthError,
  scope?: string[],
  resourceMetadata?: string,
): string {
  let challenge = `Bearer realm="${realm}"`;
  const body =
    error && !(error instanceof UnauthorizedRequestError) ? toErrorResponse(error).body : undefined;
  if (body) {
    challenge += `, error="${body.error}"`;
    if (body.error_description) {
      challenge += `, error_description="${toErrorDescription(body.error_description)}"`;
    }
    if (body.error === 'insufficient_scope' && scope) challenge += `, scope="${formatScope(scope)}"`;
  }
  // RFC 9728 §5.1: where a client finds the resource's metadata (and so its authorization servers).
  if (resourceMetadata) challenge += `, resource_metadata="${toErrorDescription(resourceMetadata)}"`;
  return challenge;
}

/** A token with an audience must be for this resource (RFC 8707 §2; RFC 9068 §4 does the same for JWTs). */
function verifyAudience(token: Token, resource: string | undefined): void {
  const audience = checkResource(own(token, 'resource'), FN);
  if (resource && audience && audience.length > 0 && !audience.includes(resource)) {
    throw new InvalidTokenError('Invalid token: the token is not for this resource');
  }
}

export interface AuthenticateHandler {
  handle(
    ctx: RequestContext,
    options: ResolvedAuthenticateOptions,
  ): Promise<{ value: Token; parts: ResponseParts }>;
  /** Adds the bearer challenge to an error. */
  challenge(error: OAuthError, options: ResolvedAuthenticateOptions): OAuthError;
}

export const authenticateHandler: AuthenticateHandler = {
  async handle(ctx, options) {
    const { token: value, source } = readBearerToken(ctx, options);
    const token = await loadAccessToken(ctx, value);
    verifyAudience(token, options.resource);
    if (options.scope) await verifyScope(ctx, token, options.scope);
    const headers: Record<string, string> = {};
    if (options.scope && options.addAcceptedScopesHeader)
      headers['x-accepted-oauth-scopes'] = formatScope(options.scope);
    if (options.scope && options.addAuthorizedScopesHeader && token.scope) {
      headers['x-oauth-scopes'] = formatScope(token.scope);
    }
    // RFC 6750 §2.3: responses to requests with the token in the URI should be marked private.
    if (source === 'query') headers['cache-control'] = 'private';
    return { value: token, parts: { status: 200, headers, body: undefined } };
  },

  challenge(error, options) {
    // A server failure is not the client's fault: no challenge, so a good token is not thrown away (BA-07).
    if (error.code >= 500) return error;
    error.wwwAuthenticate = bearerChallenge(options.realm, error, options.scope, options.resourceMetadata);
    return error;
  },
};
