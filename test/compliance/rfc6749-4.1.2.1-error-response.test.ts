/*
 * RFC 6749 §4.1.2.1 Error Response
 *
 *   "If the resource owner denies the access request or if the request fails for reasons other than a missing or
 *   invalid redirection URI, the authorization server informs the client by adding the following parameters to
 *   the query component of the redirection URI using the "application/x-www-form-urlencoded" format, per
 *   Appendix B:
 *
 *   error
 *         REQUIRED.  A single ASCII [USASCII] error code from the following:
 *         invalid_request, unauthorized_client, access_denied, unsupported_response_type, invalid_scope,
 *         server_error, temporarily_unavailable [...]
 *
 *   error_description
 *         OPTIONAL. [...] Values for the "error_description" parameter MUST NOT include
 *         characters outside the set %x20-21 / %x23-5B / %x5D-7E.
 *
 *   state
 *         REQUIRED if a "state" parameter was present in the client
 *         authorization request.  The exact value received from the
 *         client."
 *
 *   server_error: "(This error code is needed because a 500 Internal Server Error HTTP status code cannot be
 *   returned to the client via an HTTP redirect.)"
 *   temporarily_unavailable: "(This error code is needed because a 503 Service Unavailable HTTP status code
 *   cannot be returned to the client via an HTTP redirect.)"
 *
 * §3.1.2: the redirection URI's query component "MUST be retained when adding additional query parameters"
 * (AZ-04). Once the client and its redirect URI are verified, errors go there (AZ-14); the promise of
 * `authorize()` rejects with the error while the response holds the redirect.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  AccessDeniedError,
  InvalidRequestError,
  InvalidScopeError,
  type OAuthError,
  ServerError,
  UnauthorizedClientError,
  UnsupportedResponseTypeError,
} from '../../src/errors.js';
import { Response, type Request } from '../../src/index.js';
import {
  expectContract,
  expectErrorRedirect,
  locationOf,
  omit,
  runAuthorize,
} from '../helpers/authorize-tests.js';
import {
  authorizeGet,
  authorizeParams,
  consentPost,
  createFixture,
  formRequest,
  type Fixture,
} from '../helpers/oauth.js';

const REGISTERED = 'https://client.example/cb?x=1';
const SERVER_ERROR = 'Server error: the request could not be completed';

/** A fixture whose client `query-client` is registered with a query, and may use `grants`. */
async function queryClientFixture(
  grants: string[] = ['authorization_code'],
  options: Parameters<typeof createFixture>[0] = {},
): Promise<Fixture> {
  const fixture = await createFixture(options);
  fixture.store.addClient({ id: 'query-client', grants, redirectUris: [REGISTERED] });
  return fixture;
}

function request(overrides: Record<string, unknown> = {}, allowed = 'true'): Request {
  return formRequest({
    ...authorizeParams({ client_id: 'query-client', redirect_uri: REGISTERED }),
    allowed,
    ...overrides,
  });
}

interface ErrorCase {
  name: string;
  error: string;
  description: string;
  errorClass: new (message: string) => OAuthError;
  request: () => Request;
  setup?: (fixture: Fixture) => void;
  grants?: string[];
}

const CASES: ErrorCase[] = [
  {
    name: 'invalid_request: response_type missing',
    error: 'invalid_request',
    description: 'Missing parameter: `response_type`',
    errorClass: InvalidRequestError,
    request: () => formRequest({ ...omit(request().body, 'response_type') }),
  },
  {
    name: 'invalid_request: a parameter outside its grammar',
    error: 'invalid_request',
    description: 'Invalid parameter: `code_challenge`',
    errorClass: InvalidRequestError,
    request: () => request({ code_challenge: 'x'.repeat(42) + '+' }),
  },
  {
    name: 'invalid_request: a parameter included twice',
    error: 'invalid_request',
    description: 'Invalid request: `scope` is included more than once',
    errorClass: InvalidRequestError,
    request: () => request({ scope: ['read', 'write'] }),
  },
  {
    name: 'unauthorized_client: the client may not use the authorization_code grant',
    error: 'unauthorized_client',
    description: 'Unauthorized client: `grant_type` is invalid',
    errorClass: UnauthorizedClientError,
    grants: ['refresh_token', 'client_credentials'],
    request: () => request(),
  },
  {
    name: 'access_denied: the resource owner denied (allowed=false, A38)',
    error: 'access_denied',
    description: 'Access denied: user denied access to application',
    errorClass: AccessDeniedError,
    request: () => request({}, 'false'),
  },
  {
    name: 'access_denied: no approval was given',
    error: 'access_denied',
    description: 'Access denied: the resource owner has not approved the request',
    errorClass: AccessDeniedError,
    request: () => formRequest(omit(request().body, 'allowed')),
  },
  {
    name: 'unsupported_response_type',
    error: 'unsupported_response_type',
    description: 'Unsupported response type: `response_type` is not supported',
    errorClass: UnsupportedResponseTypeError,
    request: () => request({ response_type: 'foo' }),
  },
  {
    name: 'invalid_scope: a malformed scope (backslash is not an NQCHAR, A31)',
    error: 'invalid_scope',
    description: 'Invalid parameter: `scope`',
    errorClass: InvalidScopeError,
    request: () => request({ scope: 'read\\write' }),
  },
  {
    name: 'invalid_scope: a malformed scope (double quote)',
    error: 'invalid_scope',
    description: 'Invalid parameter: `scope`',
    errorClass: InvalidScopeError,
    request: () => request({ scope: 'read "write"' }),
  },
  {
    name: 'invalid_scope: two spaces between scope tokens',
    error: 'invalid_scope',
    description: 'Invalid parameter: `scope`',
    errorClass: InvalidScopeError,
    request: () => request({ scope: 'read  write' }),
  },
  {
    name: 'invalid_scope: validateScope returns false (A31)',
    error: 'invalid_scope',
    description: 'Invalid scope: Requested scope is invalid',
    errorClass: InvalidScopeError,
    request: () => request({ scope: 'admin' }),
    setup: ({ store }) => {
      vi.spyOn(store, 'validateScope').mockReturnValue(false);
    },
  },
  {
    name: 'server_error: saveAuthorizationCode throws after validation (AZ-14, A42)',
    error: 'server_error',
    description: SERVER_ERROR,
    errorClass: ServerError,
    request: () => request(),
    setup: ({ store }) => {
      vi.spyOn(store, 'saveAuthorizationCode').mockImplementation(() => {
        throw new Error('ECONNREFUSED 10.0.0.5:5432 "codes"');
      });
    },
  },
  {
    name: 'server_error: saveAuthorizationCode returns nothing',
    error: 'server_error',
    description: SERVER_ERROR,
    errorClass: ServerError,
    request: () => request(),
    setup: ({ store }) => {
      vi.spyOn(store, 'saveAuthorizationCode').mockReturnValue(undefined as never);
    },
  },
  {
    name: 'server_error: validateScope throws',
    error: 'server_error',
    description: SERVER_ERROR,
    errorClass: ServerError,
    request: () => request(),
    setup: ({ store }) => {
      vi.spyOn(store, 'validateScope').mockImplementation(() => {
        throw new Error('scope service down');
      });
    },
  },
  {
    name: 'server_error: validateScope returns something that is not a scope',
    error: 'server_error',
    description: SERVER_ERROR,
    errorClass: ServerError,
    request: () => request(),
    setup: ({ store }) => {
      vi.spyOn(store, 'validateScope').mockReturnValue('read' as never);
    },
  },
];

describe('RFC 6749 §4.1.2.1: errors are redirected with error, error_description and state (AZ-04)', () => {
  it.each(CASES)('$name', async (testCase) => {
    const fixture = await queryClientFixture(testCase.grants);
    testCase.setup?.(fixture);
    const outcome = await runAuthorize(fixture.server, testCase.request());
    expectErrorRedirect(outcome, REGISTERED, {
      error: testCase.error,
      description: testCase.description,
      state: 'xyz',
    });
    expect(outcome.response.status).toBe(303);
    expect(outcome.error).toBeInstanceOf(testCase.errorClass);
    expectContract(outcome);
  });

  it.each(CASES)('$name, on a GET: 302', async (testCase) => {
    const body = testCase.request().body;
    // On a GET nothing in the request approves; where the case needs an approval, the consent handler gives it.
    const approve = body.allowed === 'true';
    const fixture = await queryClientFixture(testCase.grants, {
      consentHandler: { handle: () => (approve ? true : undefined) },
    });
    testCase.setup?.(fixture);
    const outcome = await runAuthorize(fixture.server, authorizeGet(approve ? omit(body, 'allowed') : body));
    expectErrorRedirect(outcome, REGISTERED, {
      error: testCase.error,
      description: testCase.description,
      state: 'xyz',
    });
    expect(outcome.response.status).toBe(302);
    expectContract(outcome);
  });

  it('the exact Location: the registered query, then error, error_description and state', async () => {
    const { server } = await queryClientFixture();
    const outcome = await runAuthorize(server, request({}, 'false'));
    expect(locationOf(outcome.response)).toBe(
      `${REGISTERED}&error=access_denied&error_description=Access%20denied%3A%20user%20denied%20access%20to%20application&state=xyz`,
    );
    expectContract(outcome);
  });

  it('to a redirect URI without a query, the parameters start the query', async () => {
    const { server } = await createFixture();
    const outcome = await runAuthorize(server, consentPost({ allowed: 'false' }));
    expect(locationOf(outcome.response)).toBe(
      'https://client.example/cb?error=access_denied&error_description=Access%20denied%3A%20user%20denied%20access%20to%20application&state=xyz',
    );
    expectContract(outcome);
  });

  it('the state of an error redirect is the exact value received, spaces and punctuation included', async () => {
    const state = ' a+b&c=d%20e/f?g#h ';
    const { server } = await queryClientFixture();
    const outcome = await runAuthorize(server, request({ state, response_type: 'foo' }));
    expectErrorRedirect(outcome, REGISTERED, {
      error: 'unsupported_response_type',
      description: 'Unsupported response type: `response_type` is not supported',
      state,
    });
    expectContract(outcome);
  });

  it('server_error never carries the inner message, and no code is issued', async () => {
    const { server, store } = await queryClientFixture();
    vi.spyOn(store, 'saveAuthorizationCode').mockImplementation(() => {
      throw new Error('ECONNREFUSED 10.0.0.5:5432 "codes"');
    });
    const outcome = await runAuthorize(server, request());
    const location = decodeURIComponent(locationOf(outcome.response));
    expect(location).not.toContain('ECONNREFUSED');
    expect(location).not.toContain('code=');
    expect(outcome.error?.message).toBe(SERVER_ERROR);
    expectContract(outcome);
  });

  it('the promise rejects with the error while the response holds the redirect', async () => {
    const { server } = await queryClientFixture();
    const response = new Response();
    await expect(server.authorize(request({}, 'false'), response)).rejects.toMatchObject({
      name: 'access_denied',
      message: 'Access denied: user denied access to application',
    });
    expect(response.status).toBe(303);
    expect(response.headers.location).toContain('error=access_denied');
  });

  it('a Node-style callback receives the same error', async () => {
    const { server } = await queryClientFixture();
    const response = new Response();
    const error = await new Promise<unknown>((resolve) => {
      void server.authorize(request({}, 'false'), response, (err) => resolve(err));
    });
    expect(error).toBeInstanceOf(AccessDeniedError);
    expect(response.status).toBe(303);
  });

  it('temporarily_unavailable: a Model timeout after validation is redirected with the state', async () => {
    const { server, store } = await queryClientFixture(['authorization_code'], { modelTimeout: 50 });
    vi.spyOn(store, 'saveAuthorizationCode').mockImplementation(
      () => new Promise<never>(() => undefined) as never,
    );
    const outcome = await runAuthorize(server, request());
    expectErrorRedirect(outcome, REGISTERED, {
      error: 'temporarily_unavailable',
      description: 'Temporarily unavailable: try again later',
      state: 'xyz',
    });
    expectContract(outcome);
  });
});
