/**
 * RFC 6750 §2.1, Authorization Request Header Field
 * (https://www.rfc-editor.org/rfc/rfc6750#section-2.1):
 *
 *   "When sending the access token in the "Authorization" request header field defined by HTTP/1.1 [RFC2617],
 *    the client uses the "Bearer" authentication scheme to transmit the access token. [...]
 *
 *      b64token    = 1*( ALPHA / DIGIT /
 *                        "-" / "." / "_" / "~" / "+" / "/" ) *"="
 *      credentials = "Bearer" 1*SP b64token
 *
 *    [...] Resource servers MUST support this method."
 *
 * RFC 6750 §2: "Clients MUST NOT use more than one method to transmit the token in each request."
 *
 * RFC 6750 §3.1, invalid_request: "The request is missing a required parameter, includes an unsupported
 * parameter or parameter value, repeats the same parameter, uses more than one method for including an access
 * token, or is otherwise malformed. The resource server SHOULD respond with the HTTP 400 (Bad Request) status
 * code."
 *
 * Checklist: BA-01, BA-03, BA-08, R02, R06, R10, R11.
 */
import { describe, expect, it, vi } from 'vitest';
import { Request, type OAuth2Server, type Token } from '../../src/index.js';
import { expectMatchesContract } from '../helpers/contract.js';
import { CONFIDENTIAL, createFixture, settle, type Fixture } from '../helpers/oauth.js';

/** The access token of the RFC 6750 examples. */
const TOKEN = 'mF_9.B5f-4.1JqM';
const MALFORMED = 'Invalid request: malformed authorization header';
const TWO_METHODS = 'Invalid request: only one authentication method is allowed';

async function setup(options: Parameters<typeof createFixture>[0] = {}) {
  const fixture: Fixture = await createFixture(options);
  const client = fixture.store.getClient(CONFIDENTIAL.id, null)!;
  const expires = new Date(Date.now() + 3_600_000);
  for (const accessToken of [TOKEN, 'aZ09-._~+/==']) {
    fixture.store.saveToken(
      { accessToken, accessTokenExpiresAt: expires, scope: ['read'] },
      client,
      fixture.user,
    );
  }
  const getAccessToken = vi.spyOn(fixture.store, 'getAccessToken');
  return { ...fixture, getAccessToken };
}

/** The example resource (`GET /me`): `authenticate()`, then the body the route writes on success. */
async function getMe(server: OAuth2Server, request: Request, options?: Record<string, unknown>) {
  const result = await settle((response) => server.authenticate(request, response, options));
  if (result.value) result.response.body = meBody(result.value);
  return result;
}

function meBody(token: Token): Record<string, string> {
  const username = token.user?.username;
  const body: Record<string, string> = {
    sub: typeof username === 'string' ? username : token.client.id,
    client_id: token.client.id,
  };
  if (token.scope) body.scope = token.scope.join(' ');
  return body;
}

function withHeaders(headers: Record<string, string>, extra: Partial<Record<string, unknown>> = {}): Request {
  return new Request({ method: 'GET', query: {}, headers, ...extra });
}

function challenge(description: string): string {
  return `Bearer realm="Service", error="invalid_request", error_description="${description}"`;
}

describe('RFC 6750 §2.1: the Authorization request header (BA-01)', () => {
  it('authenticates `Authorization: Bearer <token>` and resolves with the Model token', async () => {
    const { server, user, getAccessToken } = await setup();
    const { response, value, error } = await getMe(server, withHeaders({ Authorization: `Bearer ${TOKEN}` }));
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(value).toMatchObject({
      accessToken: TOKEN,
      user,
      client: { id: CONFIDENTIAL.id },
      scope: ['read'],
    });
    expect(getAccessToken).toHaveBeenCalledExactlyOnceWith(TOKEN);
    expect(response.headers['www-authenticate']).toBeUndefined();
    expectMatchesContract(response, 'getMe');
  });

  it('accepts every b64token character, with trailing "=" padding', async () => {
    const { server, getAccessToken } = await setup();
    const { response, value } = await getMe(server, withHeaders({ authorization: 'Bearer aZ09-._~+/==' }));
    expect(response.status).toBe(200);
    expect(value?.accessToken).toBe('aZ09-._~+/==');
    expect(getAccessToken).toHaveBeenCalledExactlyOnceWith('aZ09-._~+/==');
    expectMatchesContract(response, 'getMe');
  });

  it('accepts 1*SP: several spaces between the scheme and the token', async () => {
    const { server, getAccessToken } = await setup();
    const { response } = await getMe(server, withHeaders({ authorization: `Bearer   ${TOKEN}` }));
    expect(response.status).toBe(200);
    expect(getAccessToken).toHaveBeenCalledExactlyOnceWith(TOKEN);
    expectMatchesContract(response, 'getMe');
  });

  it('finds the header whatever the case of its name', async () => {
    const { server } = await setup();
    const { response } = await getMe(server, withHeaders({ AUTHORIZATION: `Bearer ${TOKEN}` }));
    expect(response.status).toBe(200);
    expectMatchesContract(response, 'getMe');
  });
});

describe('RFC 6750 §2.1: malformed credentials are invalid_request, before any Model call (R02, R06, BA-08)', () => {
  it.each([
    ['no token (R02)', 'Bearer'],
    ['only spaces after the scheme', 'Bearer    '],
    ['a space inside the token (R06)', 'Bearer a b'],
    ['an "@" (R06)', 'Bearer a@b'],
    ['a non-ASCII character (R06)', 'Bearer t\u00f6k'],
    ['padding before the token characters', 'Bearer =abc'],
    ['characters after the padding', 'Bearer abc=d'],
    ['a quoted token', 'Bearer "abc"'],
    ['a comma-separated second credential', `Bearer ${TOKEN}, Basic Zm9vOmJhcg==`],
    ['a tab instead of SP', `Bearer\t${TOKEN}`],
    ['an empty header', ''],
    ['a scheme that is not a token', `Bear(er ${TOKEN}`],
  ])('%s: %j', async (_name, authorization) => {
    const { server, getAccessToken } = await setup();
    const { response, error } = await getMe(server, withHeaders({ authorization }));
    expect(error?.name).toBe('invalid_request');
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: 'invalid_request', error_description: MALFORMED });
    expect(response.headers['www-authenticate']).toBe(challenge(MALFORMED));
    expect(getAccessToken).not.toHaveBeenCalled();
    expectMatchesContract(response, 'getMe');
  });

  it('rejects an Authorization header sent twice (headersDistinct)', async () => {
    const { server, getAccessToken } = await setup();
    const request = withHeaders(
      { authorization: `Bearer ${TOKEN}` },
      { headersDistinct: { Authorization: [`Bearer ${TOKEN}`, 'Bearer other'] } },
    );
    const { response } = await getMe(server, request);
    const description = 'Invalid request: the `Authorization` header is included more than once';
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: 'invalid_request', error_description: description });
    expect(response.headers['www-authenticate']).toBe(challenge(description));
    expect(getAccessToken).not.toHaveBeenCalled();
    expectMatchesContract(response, 'getMe');
  });
});

describe('RFC 6750 §2: one method per request (BA-03)', () => {
  it.each([
    ['the query (R10), query tokens disabled', { query: { access_token: TOKEN } }, false],
    ['the query (R10), query tokens enabled', { query: { access_token: TOKEN } }, true],
    [
      'a form body (R11)',
      {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/x-www-form-urlencoded' },
        body: { access_token: TOKEN },
      },
      false,
    ],
  ])('header and %s is invalid_request', async (_name, extra, allowBearerTokensInQueryString) => {
    const { server, getAccessToken } = await setup({ allowBearerTokensInQueryString });
    const request = new Request({
      method: 'GET',
      query: {},
      headers: { authorization: `Bearer ${TOKEN}` },
      ...extra,
    });
    const { response, error } = await getMe(server, request);
    expect(error?.name).toBe('invalid_request');
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: 'invalid_request', error_description: TWO_METHODS });
    expect(response.headers['www-authenticate']).toBe(challenge(TWO_METHODS));
    expect(getAccessToken).not.toHaveBeenCalled();
    expectMatchesContract(response, request.method === 'POST' ? 'postMe' : 'getMe');
  });
});
