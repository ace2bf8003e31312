import { describe, expect, it } from 'vitest';
import {
  InsufficientScopeError,
  InvalidRequestError,
  InvalidTokenError,
  ServerError,
  UnauthorizedRequestError,
} from '../../../src/errors.js';
import { authenticateHandler, bearerChallenge } from '../../../src/handlers/authenticate.js';
import { resolveOptions } from '../../../src/options.js';

describe('bearerChallenge() (RFC 6750 §3)', () => {
  it('is the bare realm without an error, or for a request without credentials', () => {
    expect(bearerChallenge('Service')).toBe('Bearer realm="Service"');
    expect(bearerChallenge('Service', new UnauthorizedRequestError('none'))).toBe('Bearer realm="Service"');
  });

  it('names the error and its description', () => {
    expect(bearerChallenge('api', new InvalidTokenError('Invalid token: access token is invalid'))).toBe(
      'Bearer realm="api", error="invalid_token", error_description="Invalid token: access token is invalid"',
    );
  });

  it('adds the scope only to insufficient_scope, and only when there is one', () => {
    const error = new InsufficientScopeError('Insufficient scope: authorized scope is insufficient');
    expect(bearerChallenge('api', error, ['read', 'write'])).toBe(
      'Bearer realm="api", error="insufficient_scope", ' +
        'error_description="Insufficient scope: authorized scope is insufficient", scope="read write"',
    );
    expect(bearerChallenge('api', error)).toBe(
      'Bearer realm="api", error="insufficient_scope", ' +
        'error_description="Insufficient scope: authorized scope is insufficient"',
    );
    expect(bearerChallenge('api', new InvalidRequestError('x'), ['read'])).toBe(
      'Bearer realm="api", error="invalid_request", error_description="x"',
    );
  });

  it('keeps quotes, backslashes and line breaks of a description out of the header', () => {
    const challenge = bearerChallenge('api', new InvalidRequestError('bad "value"\\\r\nX-Injected: 1'));
    expect(challenge).toBe(
      `Bearer realm="api", error="invalid_request", error_description="bad 'value'???X-Injected: 1"`,
    );
  });

  it('leaves error_description out when the error has none', () => {
    const error = new InvalidTokenError('x');
    error.message = '';
    expect(bearerChallenge('api', error)).toBe('Bearer realm="api", error="invalid_token"');
  });

  it('gives a server failure the generic description', () => {
    expect(bearerChallenge('api', new ServerError('ECONNREFUSED 10.0.0.5'))).toBe(
      'Bearer realm="api", error="server_error", error_description="Server error: the request could not be completed"',
    );
  });
});

describe('authenticateHandler.challenge()', () => {
  const options = resolveOptions({ model: { getAccessToken: () => undefined }, realm: 'api' }).authenticate;

  it('puts the challenge on a client error', () => {
    const error = authenticateHandler.challenge(new InvalidTokenError('Invalid token: expired'), options);
    expect(error.wwwAuthenticate).toBe(
      'Bearer realm="api", error="invalid_token", error_description="Invalid token: expired"',
    );
  });

  it('puts no challenge on a server failure, so a good token is not discarded (R25)', () => {
    expect(
      authenticateHandler.challenge(new ServerError('db down'), options).wwwAuthenticate,
    ).toBeUndefined();
  });
});
