/**
 * The OAuth error classes and the one function that turns any error into an HTTP answer.
 *
 * Class names, constructors and fields follow `oauth2-server`: `name` is the RFC error code, `code`, `status` and
 * `statusCode` the HTTP status, `inner` (and the standard `cause`) the wrapped error. What reaches the wire is short
 * and safe: a `server_error` never shows an inner message, and `error_description` only ever holds the characters
 * RFC 6749 §5.2 allows.
 */
import { ERROR_CODES, type ErrorCode, type OAuthErrorBody } from './contract.js';

/** The `name` of an error: a wire code, or one of the two codes that never reach the wire as such. */
export type OAuthErrorName = ErrorCode | 'invalid_argument' | 'unauthorized_request';

/** Extra properties copied onto the error, as in `oauth2-server`; `code` sets the HTTP status. */
export interface OAuthErrorProperties {
  code?: number;
  name?: string;
  [key: string]: unknown;
}

const BRAND = Symbol.for('oauth2-contract.OAuthError');

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  413: 'Payload Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/**
 * The base class of every OAuth error.
 *
 * `instanceof` works across copies of this package (an adapter bundling its own copy, say): classes are matched by
 * a registered brand, not by identity.
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-5.2
 */
export class OAuthError extends Error {
  /** The HTTP status (`oauth2-server` name). */
  code: number;
  /** The HTTP status. */
  status: number;
  /** The HTTP status. */
  statusCode: number;
  /** The wrapped error, if any. */
  inner?: Error;
  /** The `WWW-Authenticate` challenge to send with this error, set by the handler that knows the scheme. */
  wwwAuthenticate?: string;
  declare [BRAND]: readonly string[];

  constructor(messageOrError?: string | Error, properties: OAuthErrorProperties = {}) {
    const inner = messageOrError instanceof Error ? messageOrError : undefined;
    const code = properties.code ?? 500;
    const message =
      (inner ? inner.message : (messageOrError as string | undefined)) || STATUS_TEXT[code] || 'Error';
    super(message, inner ? { cause: inner } : undefined);
    if (inner) this.inner = inner;
    this.code = this.status = this.statusCode = code;
    for (const key of Object.keys(properties)) {
      if (key !== 'code' && key !== '__proto__') (this as Record<string, unknown>)[key] = properties[key];
    }
    const brands = new.target.brands;
    Object.defineProperty(this, BRAND, { value: brands, enumerable: false });
  }

  /** The class names this error is an instance of, most general first. */
  static get brands(): readonly string[] {
    return ['OAuthError'];
  }

  static override [Symbol.hasInstance](instance: unknown): boolean {
    if (Function.prototype[Symbol.hasInstance].call(this, instance)) return true;
    const brands = (instance as { [BRAND]?: unknown } | null)?.[BRAND];
    return Array.isArray(brands) && brands.includes(this.brands.at(-1));
  }
}

function defineError(className: string, name: OAuthErrorName, code: number) {
  const ErrorClass = class extends OAuthError {
    constructor(messageOrError?: string | Error, properties: OAuthErrorProperties = {}) {
      super(messageOrError, { code, name, ...properties });
    }
    static override get brands(): readonly string[] {
      return ['OAuthError', className];
    }
  };
  Object.defineProperty(ErrorClass, 'name', { value: className });
  return ErrorClass;
}

/** `access_denied`: the resource owner or the server denied the request. @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1 */
export class AccessDeniedError extends defineError('AccessDeniedError', 'access_denied', 400) {}
/** `insufficient_scope` (403): the token lacks a required scope. @see https://www.rfc-editor.org/rfc/rfc6750#section-3.1 */
export class InsufficientScopeError extends defineError(
  'InsufficientScopeError',
  'insufficient_scope',
  403,
) {}
/** A programming or configuration error; thrown at construction, shown to clients only as `server_error`. */
export class InvalidArgumentError extends defineError('InvalidArgumentError', 'invalid_argument', 500) {}
/** `invalid_client`: client authentication failed. @see https://www.rfc-editor.org/rfc/rfc6749#section-5.2 */
export class InvalidClientError extends defineError('InvalidClientError', 'invalid_client', 400) {}
/** `invalid_grant`: the grant is invalid, expired, revoked or bound to another client. @see https://www.rfc-editor.org/rfc/rfc6749#section-5.2 */
export class InvalidGrantError extends defineError('InvalidGrantError', 'invalid_grant', 400) {}
/** `invalid_request`: a parameter is missing, invalid or repeated. @see https://www.rfc-editor.org/rfc/rfc6749#section-5.2 */
export class InvalidRequestError extends defineError('InvalidRequestError', 'invalid_request', 400) {}
/** `invalid_scope`: the scope is invalid, unknown or exceeds the grant. @see https://www.rfc-editor.org/rfc/rfc6749#section-5.2 */
export class InvalidScopeError extends defineError('InvalidScopeError', 'invalid_scope', 400) {}
/** `invalid_token` (401): the access token is unknown, expired or revoked. @see https://www.rfc-editor.org/rfc/rfc6750#section-3.1 */
export class InvalidTokenError extends defineError('InvalidTokenError', 'invalid_token', 401) {}
/** `server_error` (500). Its description on the wire is always generic. @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1 */
export class ServerError extends defineError('ServerError', 'server_error', 500) {}
/** `temporarily_unavailable` (503): a dependency did not answer in time. @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1 */
export class TemporarilyUnavailableError extends defineError(
  'TemporarilyUnavailableError',
  'temporarily_unavailable',
  503,
) {}
/** `unauthorized_client`: the client may not use this grant or response type. @see https://www.rfc-editor.org/rfc/rfc6749#section-5.2 */
export class UnauthorizedClientError extends defineError(
  'UnauthorizedClientError',
  'unauthorized_client',
  400,
) {}
/** No credentials were presented (401, a challenge without an `error` attribute). @see https://www.rfc-editor.org/rfc/rfc6750#section-3.1 */
export class UnauthorizedRequestError extends defineError(
  'UnauthorizedRequestError',
  'unauthorized_request',
  401,
) {}
/** `unsupported_grant_type`. @see https://www.rfc-editor.org/rfc/rfc6749#section-5.2 */
export class UnsupportedGrantTypeError extends defineError(
  'UnsupportedGrantTypeError',
  'unsupported_grant_type',
  400,
) {}
/** `unsupported_response_type`. @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1 */
export class UnsupportedResponseTypeError extends defineError(
  'UnsupportedResponseTypeError',
  'unsupported_response_type',
  400,
) {}
/** `unsupported_token_type`: the server cannot revoke this type of token. @see https://www.rfc-editor.org/rfc/rfc7009#section-2.2.1 */
export class UnsupportedTokenTypeError extends defineError(
  'UnsupportedTokenTypeError',
  'unsupported_token_type',
  400,
) {}

/** `invalid_target`: a requested resource is invalid, unknown or not allowed. @see https://www.rfc-editor.org/rfc/rfc8707#section-2 */
export class InvalidTargetError extends defineError('InvalidTargetError', 'invalid_target', 400) {}

/**
 * Not an OAuth error: thrown by an `authenticateHandler` (no one is logged in) or a `consentHandler` (the resource
 * owner has not decided yet) to stop `authorize()` so the application can show a page. `authorize()` rejects
 * with it unchanged and writes nothing to the response. It is thrown only after the client and its redirect URI
 * (and, for `consent`, every other parameter) have been verified, so the page can trust `details`.
 */
export class InteractionRequired extends Error {
  constructor(
    /** What the application must ask the resource owner for. */
    readonly kind: 'login' | 'consent',
    /** For `consent`: the client, user and scope the handler was asked about. */
    readonly details?: unknown,
  ) {
    super(`Interaction required: ${kind}`);
    this.name = 'InteractionRequired';
  }
}

/** Generic descriptions for the codes whose own message must not reach the client. */
const GENERIC_DESCRIPTION: Readonly<Partial<Record<ErrorCode, string>>> = {
  server_error: 'Server error: the request could not be completed',
  temporarily_unavailable: 'Temporarily unavailable: try again later',
};

/** Seconds a client should wait after `temporarily_unavailable`. */
const RETRY_AFTER_SECONDS = '5';

/** Anything outside `%x20-21 / %x23-5B / %x5D-7E` (RFC 6749 §5.2). */

const NOT_NQSCHAR = /[^\x20\x21\x23-\x5B\x5D-\x7E]/g;
const MAX_DESCRIPTION = 1024;

/** Makes a text fit for `error_description`: disallowed characters become `?`, and it is capped in length. */
export function toErrorDescription(text: string): string {
  const cleaned = text.replace(NOT_NQSCHAR, (ch) => (ch === '"' ? "'" : '?'));
  return cleaned.length > MAX_DESCRIPTION ? cleaned.slice(0, MAX_DESCRIPTION) : cleaned;
}

/** Wraps anything thrown into an `OAuthError`; what is not one already becomes a `ServerError` keeping it as `inner`. */
export function toOAuthError(error: unknown): OAuthError {
  if (error instanceof OAuthError) return error;
  if (error instanceof Error) return new ServerError(error, { message: GENERIC_DESCRIPTION.server_error });
  const wrapped = new ServerError(GENERIC_DESCRIPTION.server_error);
  wrapped.inner = new Error(`Non-error thrown: ${typeof error}`);
  return wrapped;
}

/** An HTTP answer for an error: what adapters write, and what the core puts on its `Response`. */
export interface ErrorResponse {
  status: number;
  headers: Record<string, string>;
  /** `undefined` when the answer has no body (a bearer challenge without credentials). */
  body: OAuthErrorBody | undefined;
}

/**
 * The one serializer: turns any error into status, headers and body.
 *
 * - Statuses below 500 keep the error's own code and description (sanitized to the RFC 6749 §5.2 set).
 * - `server_error` and `temporarily_unavailable` get a generic description; programmer errors
 *   (`invalid_argument`) and anything that is not an `OAuthError` are `server_error`. No inner message, stack or
 *   driver text is ever sent.
 * - A request without credentials at a protected resource is a bare `401` with the challenge and no body
 *   (RFC 6750 §3.1).
 * - Every error answer carries `Cache-Control: no-store`; `503` carries `Retry-After`.
 */
export function toErrorResponse(error: unknown): ErrorResponse {
  const oauthError = toOAuthError(error);
  const headers: Record<string, string> = { 'cache-control': 'no-store', pragma: 'no-cache' };
  if (oauthError.wwwAuthenticate) headers['www-authenticate'] = oauthError.wwwAuthenticate;
  const name = oauthError.name as OAuthErrorName;
  if (name === 'unauthorized_request') return { status: 401, headers, body: undefined };

  let code: ErrorCode;
  let status = oauthError.code;
  if (name === 'invalid_argument' || !isWireCode(name) || status >= 500) {
    code = name === 'temporarily_unavailable' ? name : 'server_error';
    status = code === 'temporarily_unavailable' ? 503 : 500;
  } else {
    code = name;
  }
  if (code === 'temporarily_unavailable') headers['retry-after'] = RETRY_AFTER_SECONDS;
  const description = GENERIC_DESCRIPTION[code] ?? toErrorDescription(oauthError.message);
  return { status, headers, body: { error: code, error_description: description } };
}

const WIRE_CODES: ReadonlySet<string> = new Set(ERROR_CODES);

function isWireCode(name: string): name is ErrorCode {
  return WIRE_CODES.has(name);
}
