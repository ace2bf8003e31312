import { describe, expect, it } from 'vitest';
import * as errors from '../../src/errors.js';
import {
  AccessDeniedError,
  InvalidArgumentError,
  InvalidClientError,
  InvalidGrantError,
  InvalidRequestError,
  InvalidTokenError,
  OAuthError,
  ServerError,
  TemporarilyUnavailableError,
  UnauthorizedRequestError,
  toErrorDescription,
  toErrorResponse,
  toOAuthError,
} from '../../src/errors.js';

const classes: [string, string, number][] = [
  ['AccessDeniedError', 'access_denied', 400],
  ['InsufficientScopeError', 'insufficient_scope', 403],
  ['InvalidArgumentError', 'invalid_argument', 500],
  ['InvalidClientError', 'invalid_client', 400],
  ['InvalidGrantError', 'invalid_grant', 400],
  ['InvalidRequestError', 'invalid_request', 400],
  ['InvalidScopeError', 'invalid_scope', 400],
  ['InvalidTargetError', 'invalid_target', 400],
  ['InvalidTokenError', 'invalid_token', 401],
  ['ServerError', 'server_error', 500],
  ['TemporarilyUnavailableError', 'temporarily_unavailable', 503],
  ['UnauthorizedClientError', 'unauthorized_client', 400],
  ['UnauthorizedRequestError', 'unauthorized_request', 401],
  ['UnsupportedGrantTypeError', 'unsupported_grant_type', 400],
  ['UnsupportedResponseTypeError', 'unsupported_response_type', 400],
  ['UnsupportedTokenTypeError', 'unsupported_token_type', 400],
];

describe('error classes', () => {
  it.each(classes)('%s has name %s and status %i', (className, name, status) => {
    const ErrorClass = (errors as unknown as Record<string, typeof OAuthError>)[className]!;
    const error = new ErrorClass('message');
    expect(ErrorClass.name).toBe(className);
    expect(error).toBeInstanceOf(OAuthError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe(name);
    expect([error.code, error.status, error.statusCode]).toEqual([status, status, status]);
    expect(error.message).toBe('message');
    expect(error.stack).toContain('message');
  });

  it('takes the HTTP status text as message when given none', () => {
    expect(new InvalidGrantError().message).toBe('Bad Request');
    expect(new OAuthError().message).toBe('Internal Server Error');
    expect(new OAuthError(undefined, { code: 418 }).message).toBe('Error');
  });

  it('wraps an Error as inner and cause, reusing its message', () => {
    const cause = new Error('db down');
    const error = new OAuthError(cause, { code: 400, name: 'invalid_request' });
    expect(error.inner).toBe(cause);
    expect(error.cause).toBe(cause);
    expect(error.message).toBe('db down');
    expect(error.name).toBe('invalid_request');
  });

  it('copies extra properties, and lets code override the status', () => {
    const error = new InvalidClientError('Invalid client', { code: 401, hint: 'basic' });
    expect(error.code).toBe(401);
    expect((error as unknown as { hint: string }).hint).toBe('basic');
  });

  it('does not let a __proto__ property change the prototype', () => {
    const properties = JSON.parse('{"__proto__": {"polluted": true}}') as errors.OAuthErrorProperties;
    const error = new InvalidRequestError('x', properties);
    expect(Object.getPrototypeOf(error)).toBe(InvalidRequestError.prototype);
  });

  it('matches instanceof across copies of the package by brand', () => {
    // An error from another copy: a different class with the same registered brand.
    const foreign = Object.create(Error.prototype) as Record<symbol, unknown>;
    Object.defineProperty(foreign, Symbol.for('oauth2-contract.OAuthError'), {
      value: ['OAuthError', 'InvalidGrantError'],
    });
    expect(foreign).toBeInstanceOf(OAuthError);
    expect(foreign).toBeInstanceOf(InvalidGrantError);
    expect(foreign).not.toBeInstanceOf(InvalidClientError);
    expect(new InvalidGrantError()).not.toBeInstanceOf(InvalidClientError);
    expect(null).not.toBeInstanceOf(OAuthError);
    expect(new Error('x')).not.toBeInstanceOf(OAuthError);
  });
});

describe('toErrorDescription', () => {
  it('keeps the RFC 6749 §5.2 characters', () => {
    const allowed =
      " !#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~";
    expect(toErrorDescription(allowed)).toBe(allowed);
  });

  it('replaces quotes, backslashes, control and non-ASCII characters', () => {
    expect(toErrorDescription('say "hi"\\\r\n\tcaf\u00e9')).toBe("say 'hi'????caf?");
  });

  it('caps the length', () => {
    expect(toErrorDescription('a'.repeat(5000))).toHaveLength(1024);
  });
});

describe('toOAuthError', () => {
  it('keeps OAuth errors', () => {
    const error = new InvalidGrantError('x');
    expect(toOAuthError(error)).toBe(error);
  });

  it('wraps other errors in a server_error that keeps them as inner', () => {
    const cause = new Error('ECONNREFUSED 10.0.0.5:5432 "secret"');
    const error = toOAuthError(cause);
    expect(error).toBeInstanceOf(ServerError);
    expect(error.inner).toBe(cause);
    expect(error.message).not.toContain('ECONNREFUSED');
  });

  it.each([
    ['a string', 'boom'],
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
  ])('wraps %s thrown in a server_error', (_label, thrown) => {
    const error = toOAuthError(thrown);
    expect(error).toBeInstanceOf(ServerError);
    expect(error.inner).toBeInstanceOf(Error);
  });
});

describe('toErrorResponse (the one serializer)', () => {
  const noStore = { 'cache-control': 'no-store', pragma: 'no-cache' };

  it('renders a client error with its code and description', () => {
    expect(toErrorResponse(new InvalidGrantError('Invalid grant: authorization code is invalid'))).toEqual({
      status: 400,
      headers: noStore,
      body: { error: 'invalid_grant', error_description: 'Invalid grant: authorization code is invalid' },
    });
  });

  it('sanitizes the description (TR-04)', () => {
    const body = toErrorResponse(new AccessDeniedError('no "way"\n')).body;
    expect(body?.error_description).toBe("no 'way'?");
  });

  it('renders the challenge a handler attached', () => {
    const error = new InvalidClientError('Invalid client: client is invalid', { code: 401 });
    error.wwwAuthenticate = 'Basic realm="oauth2-contract"';
    expect(toErrorResponse(error)).toEqual({
      status: 401,
      headers: { ...noStore, 'www-authenticate': 'Basic realm="oauth2-contract"' },
      body: { error: 'invalid_client', error_description: 'Invalid client: client is invalid' },
    });
  });

  it('renders a request without credentials as a bare 401 challenge (RFC 6750 §3.1)', () => {
    const error = new UnauthorizedRequestError('Unauthorized request: no authentication given');
    error.wwwAuthenticate = 'Bearer realm="oauth2-contract"';
    expect(toErrorResponse(error)).toEqual({
      status: 401,
      headers: { ...noStore, 'www-authenticate': 'Bearer realm="oauth2-contract"' },
      body: undefined,
    });
  });

  it.each([
    ['a thrown Error', new Error('ECONNREFUSED 10.0.0.5:5432 "x"')],
    [
      'a ServerError with a message of its own',
      new ServerError('Server error: `getClient()` returned garbage'),
    ],
    ['a programmer error', new InvalidArgumentError('Missing parameter: `model`')],
    ['an OAuth error with a 5xx status', new InvalidTokenError('x', { code: 502 })],
    ['an unknown error name', new OAuthError('secret detail', { code: 400, name: 'made_up' })],
    ['a thrown string', 'boom'],
  ])('renders %s as a generic server_error (TR-05)', (_label, thrown) => {
    expect(toErrorResponse(thrown)).toEqual({
      status: 500,
      headers: noStore,
      body: { error: 'server_error', error_description: 'Server error: the request could not be completed' },
    });
  });

  it('renders temporarily_unavailable as 503 with Retry-After', () => {
    expect(toErrorResponse(new TemporarilyUnavailableError('store timed out at 10.0.0.5'))).toEqual({
      status: 503,
      headers: { ...noStore, 'retry-after': '5' },
      body: {
        error: 'temporarily_unavailable',
        error_description: 'Temporarily unavailable: try again later',
      },
    });
  });

  it('keeps a 401 invalid_token', () => {
    expect(toErrorResponse(new InvalidTokenError('Invalid token: access token has expired')).status).toBe(
      401,
    );
  });
});
