/**
 * The client SDK's own unit tests, on a fake `fetch` that records every request (URL, method, headers, body,
 * redirect mode): every method's success and error shapes, the wire format of each grant, client authentication
 * (RFC 6749 §2.3.1), discovery (RFC 8414 §3), PKCE (RFC 7636) and the authorization response checks (RFC 6749
 * §4.1.2, RFC 9207).
 */
import { createHash } from 'node:crypto';
import createClient from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import {
  basicCredentials,
  createOAuth2Client,
  createPkcePair,
  s256Challenge,
  withAccessToken,
  type OAuth2ClientOptions,
  type OAuth2Result,
  type paths,
} from '../../../src/client/index.js';

/** One request as the fake server saw it. */
interface Recorded {
  url: string;
  method: string;
  headers: Headers;
  body: string;
  redirect: RequestRedirect;
}

type Handler = (request: Recorded) => Response | Promise<Response>;

/** A fake `fetch`: records each request, answers with `handler` (a 404 by default). */
function fakeFetch(handler: Handler = () => new Response('Not found', { status: 404 })): {
  fetch: typeof fetch;
  calls: Recorded[];
} {
  const calls: Recorded[] = [];
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const recorded: Recorded = {
      url: request.url,
      method: request.method,
      headers: request.headers,
      body: await request.text(),
      redirect: request.redirect,
    };
    calls.push(recorded);
    return handler(recorded);
  };
  return { fetch: fetchImpl, calls };
}

/** A fake server answering by URL (method-insensitive); anything else is a 404. */
function routes(table: Record<string, () => Response>): Handler {
  return (request) => table[request.url]?.() ?? new Response('Not found', { status: 404 });
}

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** The form body of a request, as name → every value. */
function form(request: Recorded): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of new URLSearchParams(request.body)) (out[name] ??= []).push(value);
  return out;
}

/** Exactly one of `data`, `error`, `transportError` is set. */
function outcome(result: {
  data?: unknown;
  error?: unknown;
  transportError?: unknown;
}): 'data' | 'error' | 'transportError' {
  const set = (['data', 'error', 'transportError'] as const).filter((key) => result[key] !== undefined);
  expect(set).toHaveLength(1);
  return set[0]!;
}

const ISSUER = 'https://as.example';
const METADATA = {
  issuer: ISSUER,
  authorization_endpoint: `${ISSUER}/oauth/authorize`,
  token_endpoint: `${ISSUER}/oauth/token`,
  revocation_endpoint: `${ISSUER}/oauth/revoke`,
  introspection_endpoint: `${ISSUER}/oauth/introspect`,
  response_types_supported: ['code'],
};
const ENDPOINTS = {
  authorization: 'https://as.example/authorize',
  token: 'https://as.example/token',
  revocation: 'https://as.example/revoke',
  introspection: 'https://as.example/introspect',
};
const TOKEN = { access_token: 'at-1', token_type: 'Bearer', expires_in: 3600, refresh_token: 'rt-1' };
const RFC8414 = `${ISSUER}/.well-known/oauth-authorization-server`;
const OIDC = `${ISSUER}/.well-known/openid-configuration`;

/** A client on explicit endpoints, whose fake server answers every token call with `answer`. */
function endpointClient(
  answer: () => Response | Promise<Response> = () => json(TOKEN),
  options: Partial<OAuth2ClientOptions> = {},
): { client: ReturnType<typeof createOAuth2Client>; calls: Recorded[] } {
  const { fetch, calls } = fakeFetch(() => answer());
  const client = createOAuth2Client({
    endpoints: ENDPOINTS,
    clientId: 'app',
    clientSecret: 'app-secret',
    fetch,
    ...options,
  });
  return { client, calls };
}

describe('createOAuth2Client: arguments', () => {
  it('needs an issuer or a token endpoint', () => {
    expect(() => createOAuth2Client({ clientId: 'app' })).toThrow(TypeError);
    expect(() =>
      createOAuth2Client({ clientId: 'app', endpoints: { authorization: ENDPOINTS.authorization } }),
    ).toThrow(/issuer .*endpoints\.token/);
  });

  it.each(['client_secret_basic', 'client_secret_post'] as const)('%s needs a clientSecret', (authMethod) => {
    expect(() => createOAuth2Client({ issuer: ISSUER, clientId: 'app', authMethod })).toThrow(TypeError);
    expect(() =>
      createOAuth2Client({ issuer: ISSUER, clientId: 'app', authMethod, clientSecret: '' }),
    ).toThrow(/needs a clientSecret/);
  });

  it('defaults to client_secret_basic with a secret and none without', async () => {
    const withSecret = endpointClient();
    await withSecret.client.token.clientCredentials();
    expect(withSecret.calls[0]!.headers.get('authorization')).toMatch(/^Basic /);

    const without = endpointClient(undefined, { clientSecret: undefined });
    await without.client.token.clientCredentials();
    expect(without.calls[0]!.headers.get('authorization')).toBeNull();
    expect(form(without.calls[0]!).client_id).toEqual(['app']);
  });

  it('uses the global fetch when none is given', () => {
    expect(() => createOAuth2Client({ issuer: ISSUER, clientId: 'app' })).not.toThrow();
  });

  it.each(['not a url', 'as.example', 'ftp://as.example'])(
    'refuses an issuer that is not an http(s) URL: %j',
    (issuer) => {
      expect(() => createOAuth2Client({ issuer, clientId: 'app' })).toThrow(TypeError);
    },
  );
});

describe('metadata() (RFC 8414)', () => {
  it('fetches /.well-known/oauth-authorization-server, without following redirects', async () => {
    const { fetch, calls } = fakeFetch(routes({ [RFC8414]: () => json(METADATA) }));
    const client = createOAuth2Client({ issuer: ISSUER, clientId: 'app', fetch });
    const result = await client.metadata();
    expect(outcome(result)).toBe('data');
    expect(result.data).toEqual(METADATA);
    expect(result.response?.status).toBe(200);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ url: RFC8414, method: 'GET', redirect: 'manual' });
    expect(calls[0]!.headers.get('accept')).toBe('application/json');
  });

  it.each([
    ['https://as.example/tenant/a', 'https://as.example/.well-known/oauth-authorization-server/tenant/a'],
    // "any terminating '/' MUST be removed before inserting '/.well-known/'" (RFC 8414 §3.1)
    ['https://as.example/tenant/a/', 'https://as.example/.well-known/oauth-authorization-server/tenant/a'],
    ['https://as.example/', 'https://as.example/.well-known/oauth-authorization-server'],
    ['https://as.example:8443', 'https://as.example:8443/.well-known/oauth-authorization-server'],
  ])('issuer %s: the suffix goes between the host and the path (%s)', async (issuer, expected) => {
    const { fetch, calls } = fakeFetch(routes({ [expected]: () => json({ ...METADATA, issuer }) }));
    const result = await createOAuth2Client({ issuer, clientId: 'app', fetch }).metadata();
    expect(outcome(result)).toBe('data');
    expect(calls.map((c) => c.url)).toEqual([expected]);
  });

  it('is cached: one request for many calls, concurrent or not, and for the endpoints it yields', async () => {
    const { fetch, calls } = fakeFetch(
      routes({ [RFC8414]: () => json(METADATA), [METADATA.token_endpoint]: () => json(TOKEN) }),
    );
    const client = createOAuth2Client({ issuer: ISSUER, clientId: 'app', clientSecret: 's', fetch });
    const [first, second] = await Promise.all([client.metadata(), client.metadata()]);
    const third = await client.metadata();
    expect(first).toBe(second);
    expect(third).toBe(first);
    const token = await client.token.clientCredentials();
    expect(token.data).toEqual(TOKEN);
    expect(calls.map((c) => c.url)).toEqual([RFC8414, METADATA.token_endpoint]);
  });

  it('an issuer that differs from the configured one is a transportError (RFC 8414 §3.3), not cached', async () => {
    let issuer = 'https://evil.example';
    const { fetch, calls } = fakeFetch(routes({ [RFC8414]: () => json({ ...METADATA, issuer }) }));
    const client = createOAuth2Client({ issuer: ISSUER, clientId: 'app', fetch });
    const result = await client.metadata();
    expect(outcome(result)).toBe('transportError');
    expect(result.transportError?.message).toMatch(/issuer/);
    expect(result.response?.status).toBe(200);
    // The data of such a document is never used: the token endpoint is not taken from it.
    const token = await client.token.clientCredentials();
    expect(outcome(token)).toBe('transportError');
    expect(calls.every((c) => c.url === RFC8414)).toBe(true);

    issuer = ISSUER;
    const retried = await client.metadata();
    expect(outcome(retried)).toBe('data');
  });

  it('an issuer that differs only by a trailing slash after a path is not identical (RFC 8414 §3.3)', async () => {
    const url = 'https://as.example/.well-known/oauth-authorization-server/tenant';
    const { fetch } = fakeFetch(
      routes({ [url]: () => json({ ...METADATA, issuer: 'https://as.example/tenant/' }) }),
    );
    const result = await createOAuth2Client({
      issuer: 'https://as.example/tenant',
      clientId: 'app',
      fetch,
    }).metadata();
    expect(outcome(result)).toBe('transportError');
  });

  it('a 404 falls back to /.well-known/openid-configuration (RFC 8414 §5), appended to the issuer', async () => {
    const issuer = 'https://as.example/realms/x';
    const oidc = `${issuer}/.well-known/openid-configuration`;
    const { fetch, calls } = fakeFetch(routes({ [oidc]: () => json({ ...METADATA, issuer }) }));
    const result = await createOAuth2Client({ issuer, clientId: 'app', fetch }).metadata();
    expect(outcome(result)).toBe('data');
    expect(result.data?.issuer).toBe(issuer);
    expect(calls.map((c) => c.url)).toEqual([
      'https://as.example/.well-known/oauth-authorization-server/realms/x',
      oidc,
    ]);
  });

  it('neither document: a transportError', async () => {
    const { fetch, calls } = fakeFetch();
    const result = await createOAuth2Client({ issuer: ISSUER, clientId: 'app', fetch }).metadata();
    expect(outcome(result)).toBe('transportError');
    expect(result.transportError?.message).toMatch(/publishes none/);
    expect(calls.map((c) => c.url)).toEqual([RFC8414, OIDC]);
  });

  it('an error other than 404 is a transportError without falling back', async () => {
    const { fetch, calls } = fakeFetch(() => json({ error: 'server_error' }, 500));
    const result = await createOAuth2Client({ issuer: ISSUER, clientId: 'app', fetch }).metadata();
    expect(outcome(result)).toBe('transportError');
    expect(result.response?.status).toBe(500);
    expect(calls).toHaveLength(1);
  });

  it('a redirect is not followed: a transportError', async () => {
    const { fetch, calls } = fakeFetch(
      () => new Response(null, { status: 301, headers: { location: 'https://evil.example/' } }),
    );
    const result = await createOAuth2Client({ issuer: ISSUER, clientId: 'app', fetch }).metadata();
    expect(outcome(result)).toBe('transportError');
    expect(result.response?.status).toBe(301);
    expect(calls).toHaveLength(1);
  });

  it('a body that is not JSON is a transportError, and the failure is not cached', async () => {
    let body = '<html>maintenance</html>';
    const { fetch, calls } = fakeFetch(
      routes({ [RFC8414]: () => new Response(body, { headers: { 'content-type': 'text/html' } }) }),
    );
    const client = createOAuth2Client({ issuer: ISSUER, clientId: 'app', fetch });
    const result = await client.metadata();
    expect(outcome(result)).toBe('transportError');
    expect(result.transportError?.message).toMatch(/not JSON/);
    expect(result.response?.status).toBe(200);

    body = JSON.stringify(METADATA);
    const retried = await client.metadata();
    expect(outcome(retried)).toBe('data');
    expect(calls).toHaveLength(2);
  });

  it.each([
    ['an array', []],
    ['no issuer', { token_endpoint: METADATA.token_endpoint }],
    ['a numeric issuer', { issuer: 42 }],
  ])('JSON that is not a metadata document (%s) is a transportError', async (_label, document) => {
    const { fetch } = fakeFetch(routes({ [RFC8414]: () => json(document) }));
    const result = await createOAuth2Client({ issuer: ISSUER, clientId: 'app', fetch }).metadata();
    expect(outcome(result)).toBe('transportError');
  });

  it('a network failure is a transportError with no response, and is retried', async () => {
    let fail = true;
    const { fetch, calls } = fakeFetch(() => {
      if (fail) throw new TypeError('fetch failed');
      return json(METADATA);
    });
    const client = createOAuth2Client({ issuer: ISSUER, clientId: 'app', fetch });
    const result = await client.metadata();
    expect(outcome(result)).toBe('transportError');
    expect(result.response).toBeUndefined();
    expect(result.transportError?.cause).toBeInstanceOf(TypeError);
    fail = false;
    expect(outcome(await client.metadata())).toBe('data');
    expect(calls).toHaveLength(2);
  });

  it('without an issuer: a transportError and no request', async () => {
    const { client, calls } = endpointClient();
    const result = await client.metadata();
    expect(outcome(result)).toBe('transportError');
    expect(result.response).toBeUndefined();
    expect(calls).toHaveLength(0);
  });

  it('configured endpoints override discovered ones', async () => {
    const override = 'https://token.example/t';
    const { fetch, calls } = fakeFetch(
      routes({ [RFC8414]: () => json(METADATA), [override]: () => json(TOKEN) }),
    );
    const client = createOAuth2Client({
      issuer: ISSUER,
      endpoints: { token: override },
      clientId: 'app',
      clientSecret: 's',
      fetch,
    });
    expect((await client.token.clientCredentials()).data).toEqual(TOKEN);
    const url = new URL(await client.authorizationUrl({ state: 's' }));
    expect(`${url.origin}${url.pathname}`).toBe(METADATA.authorization_endpoint);
    expect(calls.map((c) => c.url)).toEqual([override, RFC8414]);
  });

  it('an endpoint the server does not advertise: a transportError for the call', async () => {
    const { revocation_endpoint: _r, ...document } = METADATA;
    const { fetch, calls } = fakeFetch(routes({ [RFC8414]: () => json(document) }));
    const client = createOAuth2Client({ issuer: ISSUER, clientId: 'app', clientSecret: 's', fetch });
    const result = await client.revoke('at-1');
    expect(outcome(result)).toBe('transportError');
    expect(result.transportError?.message).toMatch(/advertises no revocation endpoint/);
    expect(result.response).toBeUndefined();
    expect(calls).toHaveLength(1);
  });
});

describe('pkce() (RFC 7636)', () => {
  it('a verifier of 43 unreserved characters and its S256 challenge', async () => {
    const client = createOAuth2Client({ endpoints: ENDPOINTS, clientId: 'spa' });
    const pair = await client.pkce();
    expect(pair.method).toBe('S256');
    // code-verifier = 43*128unreserved (§4.1)
    expect(pair.verifier).toMatch(/^[A-Za-z0-9\-._~]{43,128}$/);
    expect(pair.verifier).toHaveLength(43);
    // BASE64URL-ENCODE(SHA256(ASCII(code_verifier))) (§4.2), computed independently.
    expect(pair.challenge).toBe(createHash('sha256').update(pair.verifier).digest('base64url'));
    expect(pair.challenge).toBe(await s256Challenge(pair.verifier));
    const other = await client.pkce();
    expect(other.verifier).not.toBe(pair.verifier);
  });

  it('S256 of the RFC 7636 Appendix B example', async () => {
    expect(await s256Challenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });

  it('createPkcePair: 32 to 96 random bytes, 43 to 128 characters', async () => {
    expect((await createPkcePair(96)).verifier).toMatch(/^[A-Za-z0-9_-]{128}$/);
    expect((await createPkcePair(33)).verifier).toHaveLength(44);
    await expect(createPkcePair(31)).rejects.toThrow(RangeError);
    await expect(createPkcePair(97)).rejects.toThrow(RangeError);
    await expect(createPkcePair(32.5)).rejects.toThrow(RangeError);
  });
});

describe('authorizationUrl() (RFC 6749 §4.1.1, RFC 7636 §4.3, RFC 8707)', () => {
  it('carries every parameter, form-encoded, and the S256 method with a challenge', async () => {
    const client = createOAuth2Client({ endpoints: ENDPOINTS, clientId: 'my app' });
    const url = new URL(
      await client.authorizationUrl({
        redirectUri: 'https://app.example/cb?x=1',
        scope: 'read write',
        state: 's&t=a',
        codeChallenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
        resource: 'https://api.example/',
        extra: { prompt: 'login' },
      }),
    );
    expect(`${url.origin}${url.pathname}`).toBe(ENDPOINTS.authorization);
    expect([...url.searchParams]).toEqual([
      ['response_type', 'code'],
      ['client_id', 'my app'],
      ['redirect_uri', 'https://app.example/cb?x=1'],
      ['scope', 'read write'],
      ['state', 's&t=a'],
      ['code_challenge', 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM'],
      ['code_challenge_method', 'S256'],
      ['resource', 'https://api.example/'],
      ['prompt', 'login'],
    ]);
  });

  it('leaves out what is not given, and repeats resource (RFC 8707 §2)', async () => {
    const client = createOAuth2Client({ endpoints: ENDPOINTS, clientId: 'app' });
    const url = new URL(
      await client.authorizationUrl({ resource: ['https://a.example/', 'https://b.example/'] }),
    );
    expect([...url.searchParams.keys()]).toEqual(['response_type', 'client_id', 'resource', 'resource']);
    expect(url.searchParams.getAll('resource')).toEqual(['https://a.example/', 'https://b.example/']);
    expect(url.search).not.toMatch(/undefined/);
  });

  it('sends the given method (plain) only with a challenge', async () => {
    const client = createOAuth2Client({ endpoints: ENDPOINTS, clientId: 'app' });
    const plain = new URL(
      await client.authorizationUrl({ codeChallenge: 'v'.repeat(43), codeChallengeMethod: 'plain' }),
    );
    expect(plain.searchParams.get('code_challenge_method')).toBe('plain');
    const none = new URL(await client.authorizationUrl({ codeChallengeMethod: 'S256' }));
    expect(none.searchParams.has('code_challenge_method')).toBe(false);
  });

  it("keeps the endpoint's own query (RFC 6749 §3.1)", async () => {
    const client = createOAuth2Client({
      endpoints: { ...ENDPOINTS, authorization: 'https://as.example/authorize?tenant=acme&x=a%20b' },
      clientId: 'app',
    });
    const url = new URL(await client.authorizationUrl({ state: 'xyz' }));
    expect(url.searchParams.get('tenant')).toBe('acme');
    expect(url.searchParams.get('x')).toBe('a b');
    expect(url.searchParams.get('state')).toBe('xyz');
    expect(url.search.startsWith('?tenant=acme&x=a%20b&response_type=code')).toBe(true);
  });

  it('uses the discovered authorization endpoint', async () => {
    const { fetch } = fakeFetch(routes({ [RFC8414]: () => json(METADATA) }));
    const client = createOAuth2Client({ issuer: ISSUER, clientId: 'app', fetch });
    const url = new URL(await client.authorizationUrl({ state: 's' }));
    expect(`${url.origin}${url.pathname}`).toBe(METADATA.authorization_endpoint);
  });

  it('rejects when there is no authorization endpoint', async () => {
    const client = createOAuth2Client({ endpoints: { token: ENDPOINTS.token }, clientId: 'app' });
    await expect(client.authorizationUrl({ state: 's' })).rejects.toThrow(/no authorization endpoint/);
  });
});

describe('parseAuthorizationResponse() (RFC 6749 §4.1.2, RFC 9207)', () => {
  const CALLBACK = 'https://app.example/cb';
  /** A client that knows the issuer, whose metadata advertises `iss` or not. */
  function issuerClient(advertised: boolean): ReturnType<typeof createOAuth2Client> {
    const { fetch } = fakeFetch(
      routes({
        [RFC8414]: () => json({ ...METADATA, authorization_response_iss_parameter_supported: advertised }),
      }),
    );
    return createOAuth2Client({ issuer: ISSUER, clientId: 'app', fetch });
  }
  const plain = (): ReturnType<typeof createOAuth2Client> =>
    createOAuth2Client({ endpoints: ENDPOINTS, clientId: 'app' });

  it('a success: the code and the state', async () => {
    const result = await plain().parseAuthorizationResponse(`${CALLBACK}?code=c%2B1&state=xyz`, {
      state: 'xyz',
    });
    expect(outcome(result)).toBe('data');
    expect(result.data).toEqual({ code: 'c+1', state: 'xyz' });
  });

  it('takes a URL object, and a response without state when none was sent', async () => {
    const result = await plain().parseAuthorizationResponse(new URL(`${CALLBACK}?code=abc`), {});
    expect(result.data).toEqual({ code: 'abc' });
  });

  it('an error response (§4.1.2.1) is `error`, with its description, uri and state', async () => {
    const result = await plain().parseAuthorizationResponse(
      `${CALLBACK}?error=access_denied&error_description=The+user+said+no&error_uri=https%3A%2F%2Fas.example%2Fe&state=xyz`,
      { state: 'xyz' },
    );
    expect(outcome(result)).toBe('error');
    expect(result.error).toEqual({
      error: 'access_denied',
      error_description: 'The user said no',
      error_uri: 'https://as.example/e',
      state: 'xyz',
    });
  });

  it.each([
    ['another state', '?code=abc&state=other', 'xyz'],
    ['no state', '?code=abc', 'xyz'],
    ['a state nobody sent', '?code=abc&state=xyz', undefined],
    ['an error without the state', '?error=access_denied', 'xyz'],
  ])('%s: a transportError (state binds the response, §10.12)', async (_label, query, state) => {
    const result = await plain().parseAuthorizationResponse(`${CALLBACK}${query}`, { state });
    expect(outcome(result)).toBe('transportError');
    expect(result.transportError?.message).toMatch(/state/);
  });

  it('neither code nor error: a transportError', async () => {
    const result = await plain().parseAuthorizationResponse(`${CALLBACK}?state=xyz`, { state: 'xyz' });
    expect(outcome(result)).toBe('transportError');
  });

  it.each(['code', 'state', 'iss', 'error'])('a repeated %s: a transportError', async (name) => {
    const query = new URLSearchParams({ code: 'abc', state: 'xyz' });
    query.delete(name);
    query.append(name, 'xyz');
    query.append(name, 'xyz');
    const result = await plain().parseAuthorizationResponse(`${CALLBACK}?${query.toString()}`, {
      state: 'xyz',
    });
    expect(outcome(result)).toBe('transportError');
    expect(result.transportError?.message).toMatch(new RegExp(`${name} repeated`));
  });

  it('a fragment response (code and error) is read from the fragment', async () => {
    const success = await plain().parseAuthorizationResponse(`${CALLBACK}#code=abc&state=xyz`, {
      state: 'xyz',
    });
    expect(success.data).toEqual({ code: 'abc', state: 'xyz' });
    const failure = await plain().parseAuthorizationResponse(`${CALLBACK}#error=access_denied&state=xyz`, {
      state: 'xyz',
    });
    expect(failure.error).toEqual({ error: 'access_denied', state: 'xyz' });
  });

  it('the query wins over a fragment when it holds the response', async () => {
    const result = await plain().parseAuthorizationResponse(`${CALLBACK}?code=q&state=xyz#code=f&state=xyz`, {
      state: 'xyz',
    });
    expect(result.data?.code).toBe('q');
  });

  it('iss is required when the server advertises it (RFC 9207 §2.4)', async () => {
    const client = issuerClient(true);
    const missing = await client.parseAuthorizationResponse(`${CALLBACK}?code=abc&state=xyz`, {
      state: 'xyz',
    });
    expect(outcome(missing)).toBe('transportError');
    expect(missing.transportError?.message).toMatch(/iss/);
    const iss = encodeURIComponent(ISSUER);
    const present = await client.parseAuthorizationResponse(`${CALLBACK}?code=abc&state=xyz&iss=${iss}`, {
      state: 'xyz',
    });
    expect(present.data).toEqual({ code: 'abc', state: 'xyz', iss: ISSUER });
    // Error responses carry it too.
    const error = await client.parseAuthorizationResponse(
      `${CALLBACK}?error=access_denied&state=xyz&iss=${iss}`,
      {
        state: 'xyz',
      },
    );
    expect(error.error).toEqual({ error: 'access_denied', state: 'xyz', iss: ISSUER });
  });

  it('iss is optional when not advertised', async () => {
    const result = await issuerClient(false).parseAuthorizationResponse(`${CALLBACK}?code=abc&state=xyz`, {
      state: 'xyz',
    });
    expect(result.data).toEqual({ code: 'abc', state: 'xyz' });
  });

  it.each([
    ['https://evil.example', false],
    ['https://evil.example', true],
    ['https://as.example/other', true],
  ])(
    'a mismatched iss (%s, advertised: %s) is a transportError, for errors too (mix-up)',
    async (iss, advertised) => {
      const client = issuerClient(advertised);
      const param = encodeURIComponent(iss);
      const success = await client.parseAuthorizationResponse(`${CALLBACK}?code=abc&state=xyz&iss=${param}`, {
        state: 'xyz',
      });
      expect(outcome(success)).toBe('transportError');
      const error = await client.parseAuthorizationResponse(
        `${CALLBACK}?error=access_denied&state=xyz&iss=${param}`,
        {
          state: 'xyz',
        },
      );
      expect(outcome(error)).toBe('transportError');
    },
  );

  it('expected.iss is compared when no issuer is configured; an iss it cannot check is refused', async () => {
    const ok = await plain().parseAuthorizationResponse(`${CALLBACK}?code=abc&iss=https%3A%2F%2Fas.example`, {
      iss: 'https://as.example',
    });
    expect(ok.data?.iss).toBe('https://as.example');
    const unchecked = await plain().parseAuthorizationResponse(
      `${CALLBACK}?code=abc&iss=https%3A%2F%2Fas.example`,
      {},
    );
    expect(outcome(unchecked)).toBe('transportError');
  });

  it('an issuer identifier ending with "/" matches the same iss (RFC 9207 §2.4)', async () => {
    const issuer = 'https://as.example/';
    const { fetch } = fakeFetch(
      routes({
        [RFC8414]: () => json({ ...METADATA, issuer, authorization_response_iss_parameter_supported: true }),
      }),
    );
    const client = createOAuth2Client({ issuer, clientId: 'app', fetch });
    const result = await client.parseAuthorizationResponse(
      `${CALLBACK}?code=abc&state=xyz&iss=${encodeURIComponent(issuer)}`,
      { state: 'xyz' },
    );
    expect(result.data).toEqual({ code: 'abc', state: 'xyz', iss: issuer });
  });
});

describe('token requests (RFC 6749 §4.1.3, §4.3.2, §4.4.2, §4.5, §6)', () => {
  type Call = (client: ReturnType<typeof createOAuth2Client>) => Promise<OAuth2Result<unknown>>;
  const grants: [string, Call, Record<string, string[]>][] = [
    [
      'authorizationCode',
      (c) =>
        c.token.authorizationCode({
          code: 'c0de',
          redirectUri: 'https://app.example/cb',
          codeVerifier: 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk',
          resource: ['https://a.example/', 'https://b.example/'],
        }),
      {
        grant_type: ['authorization_code'],
        code: ['c0de'],
        redirect_uri: ['https://app.example/cb'],
        code_verifier: ['dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'],
        resource: ['https://a.example/', 'https://b.example/'],
      },
    ],
    [
      'authorizationCode (code only)',
      (c) => c.token.authorizationCode({ code: 'c0de' }),
      {
        grant_type: ['authorization_code'],
        code: ['c0de'],
      },
    ],
    [
      'clientCredentials',
      (c) => c.token.clientCredentials({ scope: 'read write', resource: 'https://api.example/' }),
      { grant_type: ['client_credentials'], scope: ['read write'], resource: ['https://api.example/'] },
    ],
    [
      'clientCredentials (no parameters)',
      (c) => c.token.clientCredentials(),
      { grant_type: ['client_credentials'] },
    ],
    [
      'password',
      (c) => c.token.password({ username: 'alice', password: 'p@ss w+rd&=', scope: 'read' }),
      { grant_type: ['password'], username: ['alice'], password: ['p@ss w+rd&='], scope: ['read'] },
    ],
    [
      'refresh',
      (c) => c.token.refresh({ refreshToken: 'rt+/=', scope: 'read', resource: ['https://api.example/'] }),
      {
        grant_type: ['refresh_token'],
        refresh_token: ['rt+/='],
        scope: ['read'],
        resource: ['https://api.example/'],
      },
    ],
    [
      'extension',
      (c) =>
        c.token.extension('urn:ietf:params:oauth:grant-type:token-exchange', {
          subject_token: 'st',
          audience: ['a', 'b'],
          ignored: undefined,
          grant_type: 'password',
        }),
      {
        subject_token: ['st'],
        audience: ['a', 'b'],
        grant_type: ['urn:ietf:params:oauth:grant-type:token-exchange'],
      },
    ],
    [
      'extension (no parameters)',
      (c) => c.token.extension('urn:example:grant'),
      { grant_type: ['urn:example:grant'] },
    ],
  ];

  it.each(grants)(
    '%s: a form POST to the token endpoint, redirects not followed',
    async (_name, run, params) => {
      const { client, calls } = endpointClient();
      const result = await run(client);
      expect(outcome(result)).toBe('data');
      expect(result.data).toEqual(TOKEN);
      expect(result.response?.status).toBe(200);
      expect(calls).toHaveLength(1);
      const [request] = calls as [Recorded];
      expect(request.url).toBe(ENDPOINTS.token);
      expect(request.method).toBe('POST');
      expect(request.redirect).toBe('manual');
      expect(request.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
      expect(request.headers.get('authorization')).toBe(basicCredentials('app', 'app-secret'));
      expect(form(request)).toEqual(params);
    },
  );

  it.each(grants)('%s: a 302 answer is a transportError, never followed', async (_name, run) => {
    const { client, calls } = endpointClient(
      () => new Response(null, { status: 302, headers: { location: 'https://evil.example/steal' } }),
    );
    const result = await run(client);
    expect(outcome(result)).toBe('transportError');
    expect(result.transportError?.message).toMatch(/redirect/);
    expect(result.response?.status).toBe(302);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.redirect).toBe('manual');
  });

  it.each(grants)('%s: an OAuth error body is `error`, never thrown (§5.2)', async (_name, run) => {
    const body = {
      error: 'invalid_grant',
      error_description: 'The code was used',
      error_uri: 'https://e.example/',
    };
    const { client } = endpointClient(() => json(body, 400));
    const result = await run(client);
    expect(outcome(result)).toBe('error');
    expect(result.error).toEqual(body);
    expect(result.response?.status).toBe(400);
  });

  it('invalid_client with 401 and a Basic challenge is `error`, the response kept', async () => {
    const { client } = endpointClient(() =>
      json({ error: 'invalid_client' }, 401, { 'www-authenticate': 'Basic realm="as"' }),
    );
    const result = await client.token.clientCredentials();
    expect(result.error).toEqual({ error: 'invalid_client' });
    expect(result.response?.status).toBe(401);
    expect(result.response?.headers.get('www-authenticate')).toBe('Basic realm="as"');
  });

  it('an error code the contract does not list (an extension, RFC 6749 §8.5) is still `error`', async () => {
    const { client } = endpointClient(() => json({ error: 'authorization_pending' }, 400));
    const result = await client.token.extension('urn:ietf:params:oauth:grant-type:device_code', {
      device_code: 'd',
    });
    expect(outcome(result)).toBe('error');
    expect(result.error?.error).toBe('authorization_pending');
  });

  it.each([
    [
      'a non-JSON 500',
      () =>
        new Response('<h1>Internal error</h1>', { status: 500, headers: { 'content-type': 'text/html' } }),
      500,
    ],
    ['an empty 503', () => new Response(null, { status: 503 }), 503],
    ['a JSON 400 without `error`', () => json({ message: 'bad' }, 400), 400],
    ['a JSON 400 with an empty `error`', () => json({ error: '' }, 400), 400],
    ['a 200 that is not a token response', () => json({ token: 'x' }), 200],
    ['a 200 without token_type', () => json({ access_token: 'x' }), 200],
  ])('%s is a transportError with the response', async (_label, answer, status) => {
    const { client } = endpointClient(answer);
    const result = await client.token.clientCredentials();
    expect(outcome(result)).toBe('transportError');
    expect(result.response?.status).toBe(status);
  });

  it('a 200 whose body is not JSON is a transportError that keeps the response', async () => {
    const { client } = endpointClient(() => new Response('access_token=x', { status: 200 }));
    const result = await client.token.clientCredentials();
    expect(outcome(result)).toBe('transportError');
    expect(result.transportError?.message).toBe('token: the body is not JSON (HTTP 200)');
    expect(result.response?.status).toBe(200);
  });

  it('a network failure is a transportError with no response, the cause kept', async () => {
    const cause = new TypeError('fetch failed');
    const { client } = endpointClient(() => {
      throw cause;
    });
    const result = await client.token.password({ username: 'alice', password: 'x' });
    expect(outcome(result)).toBe('transportError');
    expect(result.response).toBeUndefined();
    expect(result.transportError?.message).toMatch(/fetch failed/);
    expect(result.transportError?.cause).toBe(cause);
  });

  it('a failed discovery is a transportError for the call, with no token request', async () => {
    const { fetch, calls } = fakeFetch();
    const client = createOAuth2Client({ issuer: ISSUER, clientId: 'app', clientSecret: 's', fetch });
    const result = await client.token.clientCredentials();
    expect(outcome(result)).toBe('transportError');
    expect(result.response).toBeUndefined();
    expect(calls.map((c) => c.url)).toEqual([RFC8414, OIDC]);
  });
});

describe('client authentication (RFC 6749 §2.3.1)', () => {
  const ID = 'client id+1';
  const SECRET = 's3cr+t%:é ü';

  it('client_secret_basic form-encodes id and secret before base64 (Appendix B)', async () => {
    const { client, calls } = endpointClient(undefined, { clientId: ID, clientSecret: SECRET });
    await client.token.clientCredentials();
    const header = calls[0]!.headers.get('authorization')!;
    expect(header).toMatch(/^Basic [A-Za-z0-9+/]+=*$/);
    const decoded = Buffer.from(header.slice('Basic '.length), 'base64').toString('latin1');
    // '+' → %2B, '%' → %25, ':' → %3A, ' ' → '+', non-ASCII → its UTF-8 octets percent-encoded.
    expect(decoded).toBe('client+id%2B1:s3cr%2Bt%25%3A%C3%A9+%C3%BC');
    // A conforming server splits at the first ':' and form-decodes each half.
    const colon = decoded.indexOf(':');
    const formDecode = (value: string): string => decodeURIComponent(value.replace(/\+/g, ' '));
    expect(formDecode(decoded.slice(0, colon))).toBe(ID);
    expect(formDecode(decoded.slice(colon + 1))).toBe(SECRET);
    expect(header).toBe(basicCredentials(ID, SECRET));
    expect(form(calls[0]!)).toEqual({ grant_type: ['client_credentials'] });
  });

  it('client_secret_post sends both in the body, no Authorization header', async () => {
    const { client, calls } = endpointClient(undefined, {
      clientId: ID,
      clientSecret: SECRET,
      authMethod: 'client_secret_post',
    });
    await client.token.clientCredentials({ scope: 'read' });
    expect(calls[0]!.headers.get('authorization')).toBeNull();
    expect(calls[0]!.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    expect(form(calls[0]!)).toEqual({
      grant_type: ['client_credentials'],
      scope: ['read'],
      client_id: [ID],
      client_secret: [SECRET],
    });
    expect(calls[0]!.body).toContain('client_secret=s3cr%2Bt%25%3A%C3%A9+%C3%BC');
  });

  it('none sends client_id alone, even when a secret is configured', async () => {
    const { client, calls } = endpointClient(undefined, { clientId: 'spa', authMethod: 'none' });
    await client.token.authorizationCode({ code: 'c', codeVerifier: 'v'.repeat(43) });
    expect(calls[0]!.headers.get('authorization')).toBeNull();
    expect(form(calls[0]!).client_id).toEqual(['spa']);
    expect(form(calls[0]!).client_secret).toBeUndefined();
  });
});

describe('revoke() (RFC 7009)', () => {
  it('POSTs token and hint, authenticated, and gives `data: true` on 200', async () => {
    const { client, calls } = endpointClient(() => new Response(null, { status: 200 }));
    const result = await client.revoke('rt-1', 'refresh_token');
    expect(outcome(result)).toBe('data');
    expect(result.data).toBe(true);
    expect(calls[0]).toMatchObject({ url: ENDPOINTS.revocation, method: 'POST', redirect: 'manual' });
    expect(calls[0]!.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    expect(calls[0]!.headers.get('authorization')).toBe(basicCredentials('app', 'app-secret'));
    expect(form(calls[0]!)).toEqual({ token: ['rt-1'], token_type_hint: ['refresh_token'] });
  });

  it('a 200 with a body (or without a hint) is still `data: true`', async () => {
    const { client, calls } = endpointClient(() => new Response('{}', { status: 200 }));
    expect((await client.revoke('at-1')).data).toBe(true);
    expect(form(calls[0]!)).toEqual({ token: ['at-1'] });
  });

  it('client_secret_post and none put the client in the body', async () => {
    const post = endpointClient(() => new Response(null, { status: 200 }), {
      authMethod: 'client_secret_post',
    });
    await post.client.revoke('at-1', 'access_token');
    expect(form(post.calls[0]!)).toEqual({
      token: ['at-1'],
      token_type_hint: ['access_token'],
      client_id: ['app'],
      client_secret: ['app-secret'],
    });
    const none = endpointClient(() => new Response(null, { status: 200 }), {
      authMethod: 'none',
      clientSecret: undefined,
    });
    await none.client.revoke('at-1');
    expect(form(none.calls[0]!)).toEqual({ token: ['at-1'], client_id: ['app'] });
  });

  it('an OAuth error (unsupported_token_type, §2.2.1) is `error`', async () => {
    const { client } = endpointClient(() => json({ error: 'unsupported_token_type' }, 400));
    const result = await client.revoke('x', 'refresh_token');
    expect(outcome(result)).toBe('error');
    expect(result.error?.error).toBe('unsupported_token_type');
  });

  it('a non-JSON 503, a redirect and a network failure are transportErrors', async () => {
    const busy = endpointClient(() => new Response('busy', { status: 503 }));
    expect((await busy.client.revoke('x')).response?.status).toBe(503);
    expect(outcome(await busy.client.revoke('x'))).toBe('transportError');
    const moved = endpointClient(
      () => new Response(null, { status: 307, headers: { location: '/elsewhere' } }),
    );
    const redirected = await moved.client.revoke('x');
    expect(outcome(redirected)).toBe('transportError');
    expect(moved.calls).toHaveLength(1);
    const down = endpointClient(() => Promise.reject(new TypeError('fetch failed')));
    const failed = await down.client.revoke('x');
    expect(outcome(failed)).toBe('transportError');
    expect(failed.response).toBeUndefined();
  });
});

describe('introspect() (RFC 7662)', () => {
  it('POSTs the token, authenticated, and gives the response as `data`', async () => {
    const body = { active: true, scope: 'read', client_id: 'app', token_type: 'Bearer', exp: 1_900_000_000 };
    const { client, calls } = endpointClient(() => json(body));
    const result = await client.introspect('at-1', 'access_token');
    expect(outcome(result)).toBe('data');
    expect(result.data).toEqual(body);
    expect(calls[0]).toMatchObject({ url: ENDPOINTS.introspection, method: 'POST', redirect: 'manual' });
    expect(calls[0]!.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    expect(calls[0]!.headers.get('authorization')).toBe(basicCredentials('app', 'app-secret'));
    expect(form(calls[0]!)).toEqual({ token: ['at-1'], token_type_hint: ['access_token'] });
  });

  it('an inactive token is `data: { active: false }`', async () => {
    const { client } = endpointClient(() => json({ active: false }));
    expect((await client.introspect('gone')).data).toEqual({ active: false });
  });

  it('a 200 without a boolean `active` is a transportError', async () => {
    const { client } = endpointClient(() => json({ active: 'yes' }));
    const result = await client.introspect('x');
    expect(outcome(result)).toBe('transportError');
    expect(result.response?.status).toBe(200);
  });

  it('an OAuth error (invalid_client, 401) is `error`', async () => {
    const { client } = endpointClient(() => json({ error: 'invalid_client' }, 401));
    const result = await client.introspect('x');
    expect(outcome(result)).toBe('error');
    expect(result.response?.status).toBe(401);
  });

  it('a non-JSON 500 is a transportError', async () => {
    const { client } = endpointClient(() => new Response('oops', { status: 500 }));
    expect(outcome(await client.introspect('x'))).toBe('transportError');
  });
});

describe('withAccessToken (RFC 6750 §2.1) on an openapi-fetch client', () => {
  function resourceClient(): { api: ReturnType<typeof createClient<paths>>; calls: Recorded[] } {
    const { fetch, calls } = fakeFetch(() =>
      json({ client_id: 'app', sub: 'alice', username: 'alice', scope: 'read' }),
    );
    return { api: createClient<paths>({ baseUrl: 'https://rs.example', fetch }), calls };
  }

  it('a static token: Authorization: Bearer on every request', async () => {
    const { api, calls } = resourceClient();
    api.use(withAccessToken('at-static'));
    const { data } = await api.GET('/me');
    expect(data).toMatchObject({ sub: 'alice' });
    await api.GET('/me');
    expect(calls.map((c) => c.headers.get('authorization'))).toEqual([
      'Bearer at-static',
      'Bearer at-static',
    ]);
    expect(calls[0]!.url).toBe('https://rs.example/me');
  });

  it('a function (sync or async) is asked on every request; undefined sends no header', async () => {
    const { api, calls } = resourceClient();
    const tokens = ['at-1', undefined, 'at-3'];
    let n = 0;
    api.use(withAccessToken(async () => Promise.resolve(tokens[n++])));
    await api.GET('/me');
    await api.GET('/me');
    await api.GET('/me');
    expect(calls.map((c) => c.headers.get('authorization'))).toEqual(['Bearer at-1', null, 'Bearer at-3']);

    const sync = resourceClient();
    sync.api.use(withAccessToken(() => 'at-sync'));
    await sync.api.GET('/me');
    expect(sync.calls[0]!.headers.get('authorization')).toBe('Bearer at-sync');
  });

  it('replaces an Authorization header set by the caller', async () => {
    const { api, calls } = resourceClient();
    api.use(withAccessToken('at-new'));
    await api.GET('/me', { headers: { authorization: 'Bearer at-old' } });
    expect(calls[0]!.headers.get('authorization')).toBe('Bearer at-new');
  });
});
