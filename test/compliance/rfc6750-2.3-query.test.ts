/**
 * RFC 6750 §2.3, URI Query Parameter (https://www.rfc-editor.org/rfc/rfc6750#section-2.3):
 *
 *   "When sending the access token in the HTTP request URI, the client adds the access token to the request URI
 *    query component as defined by "Uniform Resource Identifier (URI): Generic Syntax" [RFC3986], using the
 *    "access_token" parameter. [...]
 *
 *    Clients using the URI Query Parameter method SHOULD also send a Cache-Control header containing the
 *    "no-store" option. Server success (2XX status) responses to these requests SHOULD contain a Cache-Control
 *    header with the "private" option.
 *
 *    Because of the security weaknesses associated with the URI method (see Section 5), including the high
 *    likelihood that the URL containing the access token will be logged, it SHOULD NOT be used unless it is
 *    impossible to transport the access token in the "Authorization" request header field or the HTTP request
 *    entity-body. Resource servers MAY support this method."
 *
 * The server supports it only with `allowBearerTokensInQueryString` (checklist BA-04); otherwise a query token is
 * `invalid_request`, as the contract documents for `getMe`.
 *
 * Checklist: BA-03, BA-04, BA-08, GEN-05, R10, R13, R17.
 */
import { describe, expect, it, vi } from 'vitest';
import { Request, type OAuth2Server, type Token } from '../../src/index.js';
import { expectMatchesContract } from '../helpers/contract.js';
import { CONFIDENTIAL, createFixture, settle } from '../helpers/oauth.js';

const TOKEN = 'mF_9.B5f-4.1JqM';

async function setup(allowBearerTokensInQueryString?: boolean) {
  const fixture = await createFixture(
    allowBearerTokensInQueryString === undefined ? {} : { allowBearerTokensInQueryString },
  );
  const client = fixture.store.getClient(CONFIDENTIAL.id, null)!;
  fixture.store.saveToken(
    { accessToken: TOKEN, accessTokenExpiresAt: new Date(Date.now() + 3_600_000), scope: ['read'] },
    client,
    fixture.user,
  );
  return { ...fixture, getAccessToken: vi.spyOn(fixture.store, 'getAccessToken') };
}

function withQuery(query: Record<string, unknown>, extra: Partial<Record<string, unknown>> = {}): Request {
  return new Request({ method: 'GET', headers: {}, query, ...extra });
}

async function getMe(server: OAuth2Server, request: Request, options?: Record<string, unknown>) {
  const result = await settle((response) => server.authenticate(request, response, options));
  if (result.value) result.response.body = meBody(result.value);
  return result;
}

function meBody(token: Token): Record<string, string> {
  return { sub: String(token.user?.username), client_id: token.client.id, scope: token.scope!.join(' ') };
}

function expectInvalidRequest(
  response: { status: number; body: unknown; headers: Record<string, string> },
  description: string,
): void {
  expect(response.status).toBe(400);
  expect(response.body).toEqual({ error: 'invalid_request', error_description: description });
  expect(response.headers['www-authenticate']).toBe(
    `Bearer realm="Service", error="invalid_request", error_description="${description}"`,
  );
  expect(response.headers['cache-control']).toBe('no-store');
}

describe('RFC 6750 §2.3: query tokens are off by default (BA-04)', () => {
  it('a query token is invalid_request and never reaches the Model', async () => {
    const { server, getAccessToken } = await setup();
    const { response, error } = await getMe(server, withQuery({ access_token: TOKEN }));
    expect(error?.name).toBe('invalid_request');
    expectInvalidRequest(response, 'Invalid request: do not send bearer tokens in query URLs');
    expect(getAccessToken).not.toHaveBeenCalled();
    expectMatchesContract(response, 'getMe');
  });

  it('allowBearerTokensInQueryString: false says the same', async () => {
    const { server, getAccessToken } = await setup(false);
    const { response } = await getMe(server, withQuery({ access_token: TOKEN }));
    expectInvalidRequest(response, 'Invalid request: do not send bearer tokens in query URLs');
    expect(getAccessToken).not.toHaveBeenCalled();
    expectMatchesContract(response, 'getMe');
  });
});

describe('RFC 6750 §2.3: with allowBearerTokensInQueryString', () => {
  it('a query token is accepted and the 2xx answer is Cache-Control: private (R13)', async () => {
    const { server, user, getAccessToken } = await setup(true);
    const { response, value } = await getMe(server, withQuery({ access_token: TOKEN, p: 'q' }));
    expect(response.status).toBe(200);
    expect(value?.user).toEqual(user);
    expect(response.headers['cache-control']).toBe('private');
    expect(getAccessToken).toHaveBeenCalledExactlyOnceWith(TOKEN);
    expectMatchesContract(response, 'getMe');
  });

  it('the per-call option enables it too', async () => {
    const { server } = await setup();
    const { response } = await getMe(server, withQuery({ access_token: TOKEN }), {
      allowBearerTokensInQueryString: true,
    });
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('private');
    expectMatchesContract(response, 'getMe');
  });

  it('a failed query-token request is not marked private, but no-store', async () => {
    const { server } = await setup(true);
    const { response } = await getMe(server, withQuery({ access_token: 'unknown' }));
    expect(response.status).toBe(401);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body).toEqual({
      error: 'invalid_token',
      error_description: 'Invalid token: access token is invalid',
    });
    expectMatchesContract(response, 'getMe');
  });

  it('a header token is not marked private', async () => {
    const { server } = await setup(true);
    const request = new Request({ method: 'GET', query: {}, headers: { authorization: `Bearer ${TOKEN}` } });
    const { response } = await getMe(server, request);
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBeUndefined();
    expectMatchesContract(response, 'getMe');
  });

  it.each([
    ['repeated (R17)', ['a', 'b'], 'Invalid request: `access_token` is included more than once'],
    ['a one-element array', [TOKEN], 'Invalid parameter: `access_token` must be a string'],
    ['an object', { $gt: '' }, 'Invalid parameter: `access_token` must be a string'],
    ['non-ASCII', 't\u00f6k', 'Invalid parameter: `access_token`'],
  ])('%s is invalid_request before any Model call', async (_name, accessToken, description) => {
    const { server, getAccessToken } = await setup(true);
    const { response } = await getMe(server, withQuery({ access_token: accessToken }));
    expectInvalidRequest(response, description);
    expect(getAccessToken).not.toHaveBeenCalled();
    expectMatchesContract(response, 'getMe');
  });

  it('a repeated query token is invalid_request even when query tokens are off', async () => {
    const { server, getAccessToken } = await setup();
    const { response } = await getMe(server, withQuery({ access_token: ['a', 'b'] }));
    expectInvalidRequest(response, 'Invalid request: `access_token` is included more than once');
    expect(getAccessToken).not.toHaveBeenCalled();
    expectMatchesContract(response, 'getMe');
  });

  it('a query token with a space is invalid_request before any Model call', async () => {
    const { server, getAccessToken } = await setup(true);
    const { response } = await getMe(server, withQuery({ access_token: 'a b' }));
    expectInvalidRequest(response, 'Invalid parameter: `access_token`');
    expect(getAccessToken).not.toHaveBeenCalled();
    expectMatchesContract(response, 'getMe');
  });

  it('an empty ?access_token= counts as absent: a bare 401 challenge', async () => {
    const { server, getAccessToken } = await setup(true);
    const { response } = await getMe(server, withQuery({ access_token: '' }));
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Bearer realm="Service"');
    expect(response.body).toBeUndefined();
    expect(getAccessToken).not.toHaveBeenCalled();
    expectMatchesContract(response, 'getMe');
  });
});

describe('RFC 6750 §2: one method per request (BA-03)', () => {
  it('query and body is invalid_request', async () => {
    const { server, getAccessToken } = await setup(true);
    const request = withQuery(
      { access_token: TOKEN },
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: { access_token: TOKEN },
      },
    );
    const { response } = await getMe(server, request);
    expectInvalidRequest(response, 'Invalid request: only one authentication method is allowed');
    expect(getAccessToken).not.toHaveBeenCalled();
    expectMatchesContract(response, 'postMe');
  });

  it('header and query is invalid_request (R10)', async () => {
    const { server, getAccessToken } = await setup(true);
    const request = withQuery({ access_token: TOKEN }, { headers: { authorization: `Bearer ${TOKEN}` } });
    const { response } = await getMe(server, request);
    expectInvalidRequest(response, 'Invalid request: only one authentication method is allowed');
    expect(getAccessToken).not.toHaveBeenCalled();
    expectMatchesContract(response, 'getMe');
  });
});
