/*
 * RFC 8414 §2 Authorization Server Metadata (https://www.rfc-editor.org/rfc/rfc8414#section-2)
 *
 *   "issuer
 *       REQUIRED.  The authorization server's issuer identifier, which is a URL that uses the "https" scheme and
 *       has no query or fragment components."
 *
 *   "scopes_supported
 *       RECOMMENDED.  JSON array containing a list of the OAuth 2.0 [RFC6749] "scope" values that this
 *       authorization server supports.  Servers MAY choose not to advertise some supported scope values even when
 *       this parameter is used."
 *
 *   "response_types_supported
 *       REQUIRED.  JSON array containing a list of the OAuth 2.0 "response_type" values that this authorization
 *       server supports."
 *
 *   "grant_types_supported
 *       OPTIONAL.  JSON array containing a list of the OAuth 2.0 grant type values that this authorization server
 *       supports. [...] If omitted, the default value is "["authorization_code", "implicit"]"."
 *
 *   "service_documentation
 *       OPTIONAL.  URL of a page containing human-readable information that developers might want or need to
 *       know when using the authorization server."
 *
 *   "revocation_endpoint
 *       OPTIONAL.  URL of the authorization server's OAuth 2.0 revocation endpoint [RFC7009]."
 *
 *   "introspection_endpoint
 *       OPTIONAL.  URL of the authorization server's OAuth 2.0 introspection endpoint [RFC7662]."
 *
 *   "code_challenge_methods_supported
 *       OPTIONAL.  JSON array containing a list of Proof Key for Code Exchange (PKCE) [RFC7636] code challenge
 *       methods supported by this authorization server. [...] If omitted, the authorization server does not
 *       support PKCE."
 *
 * RFC 9207 §3: "authorization_response_iss_parameter_supported: Boolean parameter indicating whether the
 * authorization server provides the iss parameter in the authorization response as defined in Section 2. If
 * omitted, the default value is false."
 *
 * Issue 5: the metadata is "built from the options, the registered grants and the contract [...]; nothing
 * advertised that the server does not do". Checklist PK-15: "PKCE support discoverable (metadata
 * `code_challenge_methods_supported` RECOMMENDED)".
 *
 * Tested through `server.metadata()`; every document is held to the contract (operationId `metadata`), and what it
 * advertises is checked against what the server does.
 */
import { describe, expect, it } from 'vitest';
import {
  AbstractGrantType,
  InvalidArgumentError,
  OAuth2Server,
  Response,
  type AuthorizationCode,
  type Client,
  type ServerOptions,
  type Token,
} from '../../src/index.js';
import { MemoryStore } from '../../src/stores/memory.js';
import { expectMatchesContract } from '../helpers/contract.js';
import {
  authorizeGet,
  authorizeParams,
  CHALLENGE,
  consentPost,
  createFixture,
  redirectParams,
  type Fixture,
} from '../helpers/oauth.js';
import { postToken, tokenPost } from '../helpers/token-tests.js';

const ISSUER = 'https://as.example';

/** The metadata document of a server, held to the contract as the adapters serve it. */
function documentOf(server: OAuth2Server): Record<string, unknown> {
  const document = server.metadata();
  expect(document, 'a metadata document').toBeDefined();
  expectMatchesContract(
    { status: 200, headers: { 'content-type': 'application/json' }, body: document },
    'metadata',
  );
  return document as Record<string, unknown>;
}

async function fixtureWith(options: Partial<ServerOptions> = {}): Promise<Fixture> {
  return createFixture({ issuer: ISSUER, ...options });
}

/** The default document over the memory store, which implements every Model function. */
const FULL_DOCUMENT = {
  issuer: ISSUER,
  authorization_endpoint: `${ISSUER}/authorize`,
  token_endpoint: `${ISSUER}/token`,
  revocation_endpoint: `${ISSUER}/revoke`,
  introspection_endpoint: `${ISSUER}/introspect`,
  response_types_supported: ['code'],
  response_modes_supported: ['query'],
  grant_types_supported: ['authorization_code', 'client_credentials', 'refresh_token'],
  token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post', 'none'],
  revocation_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post', 'none'],
  introspection_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
  code_challenge_methods_supported: ['S256'],
  authorization_response_iss_parameter_supported: true,
};

describe('RFC 8414 §2: issuer is REQUIRED, so without one there is no document', () => {
  it('server.metadata() is undefined without an issuer', async () => {
    const { server } = await createFixture();
    expect(server.metadata()).toBeUndefined();
  });

  it('with an issuer, the document of the memory store is exactly what the server does', async () => {
    const { server } = await fixtureWith();
    expect(documentOf(server)).toStrictEqual(FULL_DOCUMENT);
  });

  it('a terminating slash is dropped once, and the same issuer is used everywhere', async () => {
    const { server } = await fixtureWith({ issuer: `${ISSUER}/` });
    const document = documentOf(server);
    expect(document.issuer).toBe(ISSUER);
    expect(document.token_endpoint).toBe(`${ISSUER}/token`);
    const response = new Response();
    await server.authorize(consentPost(), response);
    expect(redirectParams(response).get('iss')).toBe(ISSUER);
  });

  it.each([
    ['an issuer with a path', 'https://as.example/tenant-1', 'https://as.example/tenant-1/token'],
    ['http on localhost (development)', 'http://localhost:3000', 'http://localhost:3000/token'],
    ['http on 127.0.0.1', 'http://127.0.0.1:8080', 'http://127.0.0.1:8080/token'],
    ['http on [::1]', 'http://[::1]:8080', 'http://[::1]:8080/token'],
    [
      'a path with upper-case letters (paths are case-sensitive)',
      'https://as.example/Tenant',
      'https://as.example/Tenant/token',
    ],
  ])('accepts %s', async (_what, issuer, token) => {
    const { server } = await fixtureWith({ issuer });
    const document = documentOf(server);
    expect({ issuer: document.issuer, token: document.token_endpoint }).toEqual({ issuer, token });
  });

  it.each([
    ['http on a host that is not loopback', 'http://as.example'],
    ['http on a host that only starts like localhost', 'http://localhost.evil.example'],
    ['a query component', 'https://as.example?tenant=1'],
    ['an empty query component', 'https://as.example/?'],
    ['a fragment component', 'https://as.example#top'],
    ['an empty fragment', 'https://as.example/#'],
    ['another scheme', 'ftp://as.example'],
    ['not a URL', 'as.example'],
    ['an empty string', ''],
    ['not a string', 443],
    ['an upper-case scheme', 'HTTPS://as.example'],
    ['an upper-case host', 'https://AS.example'],
    ['the default port written out', 'https://as.example:443'],
  ])('rejects %s at construction with InvalidArgumentError', (_what, issuer) => {
    const construct = () => new OAuth2Server({ model: new MemoryStore(), issuer: issuer as string });
    expect(construct).toThrow(InvalidArgumentError);
    expect(construct).toThrow(
      'Invalid argument: `issuer` must be an https URL (http only on a loopback host) without query or fragment, with a lower-case scheme and host and no default port',
    );
  });
});

describe('RFC 8414 §2: grant_types_supported lists the grants the server serves', () => {
  it('password only with enablePasswordGrant', async () => {
    const off = documentOf((await fixtureWith()).server);
    expect(off.grant_types_supported).not.toContain('password');
    const on = documentOf((await fixtureWith({ enablePasswordGrant: true })).server);
    expect(on.grant_types_supported).toEqual([
      'authorization_code',
      'client_credentials',
      'password',
      'refresh_token',
    ]);
  });

  it('implicit (with response type token and the fragment mode) only with enableImplicitGrant', async () => {
    const off = documentOf((await fixtureWith()).server);
    expect(off.grant_types_supported).not.toContain('implicit');
    expect(off.response_types_supported).toEqual(['code']);
    const on = documentOf((await fixtureWith({ enableImplicitGrant: true })).server);
    expect(on.grant_types_supported).toContain('implicit');
    expect(on.response_types_supported).toEqual(['code', 'token']);
    expect(on.response_modes_supported).toEqual(['query', 'fragment']);
  });

  it('an extension grant is listed by its URI', async () => {
    class DeviceGrant extends AbstractGrantType {
      handle(): Promise<Token> {
        return Promise.reject(new Error('not used'));
      }
    }
    const document = documentOf(
      (
        await fixtureWith({
          extendedGrantTypes: { 'urn:ietf:params:oauth:grant-type:device_code': DeviceGrant },
        })
      ).server,
    );
    expect(document.grant_types_supported).toContain('urn:ietf:params:oauth:grant-type:device_code');
  });

  it('the oauth21 profile advertises neither password nor implicit, and S256 only', async () => {
    const document = documentOf((await fixtureWith({ profile: 'oauth21' })).server);
    expect(document.grant_types_supported).toEqual([
      'authorization_code',
      'client_credentials',
      'refresh_token',
    ]);
    expect(document.response_types_supported).toEqual(['code']);
    expect(document.code_challenge_methods_supported).toEqual(['S256']);
  });

  it('a Model without the code functions advertises no authorization endpoint and no code grant', () => {
    const store = new MemoryStore();
    const server = new OAuth2Server({
      model: {
        getClient: (id, secret) => store.getClient(id, secret),
        saveToken: (t, c, u) => store.saveToken(t, c, u),
      },
      issuer: ISSUER,
    });
    const document = documentOf(server);
    expect(document.grant_types_supported).toEqual(['client_credentials']);
    expect(document).not.toHaveProperty('authorization_endpoint');
    expect(document).not.toHaveProperty('code_challenge_methods_supported');
    expect(document).not.toHaveProperty('authorization_response_iss_parameter_supported');
  });

  it('every advertised grant type is served, and password is not when it is not advertised', async () => {
    for (const options of [{}, { enablePasswordGrant: true }]) {
      const { server } = await fixtureWith(options);
      const advertised = documentOf(server).grant_types_supported as string[];
      for (const grantType of ['authorization_code', 'client_credentials', 'password', 'refresh_token']) {
        const { response } = await postToken(server, tokenPost({ grant_type: grantType }));
        expectMatchesContract(response, 'token');
        const error = (response.body as { error?: string }).error;
        if (advertised.includes(grantType)) expect(error, grantType).not.toBe('unsupported_grant_type');
        else expect(error, grantType).toBe('unsupported_grant_type');
      }
    }
  });
});

describe('RFC 8414 §2: code_challenge_methods_supported (PK-15)', () => {
  it('S256 by default, and plain is refused at the authorization endpoint', async () => {
    const { server } = await fixtureWith();
    expect(documentOf(server).code_challenge_methods_supported).toEqual(['S256']);
    const response = new Response();
    await server
      .authorize(consentPost({ code_challenge_method: 'plain', code_challenge: CHALLENGE }), response)
      .catch(() => undefined);
    expect(redirectParams(response).get('error_description')).toBe(
      'Invalid request: `code_challenge_method` plain is not allowed; use S256',
    );
  });

  it('S256 and plain with enablePlainPKCE, and plain is then accepted', async () => {
    const { server } = await fixtureWith({ enablePlainPKCE: true });
    expect(documentOf(server).code_challenge_methods_supported).toEqual(['S256', 'plain']);
    const response = new Response();
    await server.authorize(
      consentPost({ code_challenge_method: 'plain', code_challenge: CHALLENGE }),
      response,
    );
    expect(redirectParams(response).get('code')).toBeTypeOf('string');
  });

  // "If omitted, the authorization server does not support PKCE": an implicit-only server has no codes.
  it('an implicit-only server (no code flow) advertises no PKCE methods', () => {
    const store = new MemoryStore();
    const server = new OAuth2Server({
      model: {
        getClient: (id, secret) => store.getClient(id, secret),
        saveToken: (t, c, u) => store.saveToken(t, c, u),
      },
      issuer: ISSUER,
      enableImplicitGrant: true,
      authenticateHandler: { handle: () => ({ username: 'alice' }) },
    });
    const document = documentOf(server);
    expect(document.response_types_supported).toEqual(['token']);
    expect(document).not.toHaveProperty('code_challenge_methods_supported');
  });
});

describe('RFC 8414 §2: revocation_endpoint and introspection_endpoint only when the Model supports them', () => {
  const store = new MemoryStore();
  const base = {
    getClient: (id: string, secret: string | null) => store.getClient(id, secret),
    saveToken: (
      t: Parameters<MemoryStore['saveToken']>[0],
      c: Client,
      u: Record<string, unknown> | undefined,
    ) => store.saveToken(t, c, u),
  };

  it('a Model that cannot look tokens up advertises neither', () => {
    const document = documentOf(new OAuth2Server({ model: base, issuer: ISSUER }));
    for (const key of [
      'revocation_endpoint',
      'revocation_endpoint_auth_methods_supported',
      'introspection_endpoint',
      'introspection_endpoint_auth_methods_supported',
    ]) {
      expect(document).not.toHaveProperty(key);
    }
  });

  it('a Model that can look tokens up but revoke none advertises introspection only', () => {
    const model = { ...base, getAccessToken: (token: string) => store.getAccessToken(token) };
    const server = new OAuth2Server({ model, issuer: ISSUER });
    const document = documentOf(server);
    expect(document.introspection_endpoint).toBe(`${ISSUER}/introspect`);
    expect(document).not.toHaveProperty('revocation_endpoint');
    expect(server.resolvedOptions.capabilities).toMatchObject({ revocation: false, introspection: true });
  });

  it('revokeAccessToken alone is enough for a revocation endpoint', () => {
    const model = {
      ...base,
      getAccessToken: (token: string) => store.getAccessToken(token),
      revokeAccessToken: (token: Token) => store.revokeAccessToken(token),
    };
    const document = documentOf(new OAuth2Server({ model, issuer: ISSUER }));
    expect(document.revocation_endpoint).toBe(`${ISSUER}/revoke`);
  });

  it('the refresh token grant (revokeToken) is enough for a revocation endpoint', () => {
    const model = {
      ...base,
      getRefreshToken: (token: string) => store.getRefreshToken(token),
      revokeToken: (token: Parameters<MemoryStore['revokeToken']>[0]) => store.revokeToken(token),
    };
    const document = documentOf(new OAuth2Server({ model, issuer: ISSUER }));
    expect(document.revocation_endpoint).toBe(`${ISSUER}/revoke`);
    expect(document.grant_types_supported).toEqual(['client_credentials', 'refresh_token']);
  });

  // A Model that can only check access tokens is a resource server: no token endpoint, so no document (and no
  // claim with zero elements, §3.2).
  it('a Model that cannot issue tokens publishes no document', () => {
    const server = new OAuth2Server({
      model: { getAccessToken: (token: string) => store.getAccessToken(token) },
      issuer: ISSUER,
    });
    expect(server.metadata()).toBeUndefined();
  });
});

describe('RFC 9207 §3: authorization_response_iss_parameter_supported', () => {
  it('is true, and the authorization responses do carry iss', async () => {
    const { server } = await fixtureWith();
    expect(documentOf(server).authorization_response_iss_parameter_supported).toBe(true);
    const success = new Response();
    const code: AuthorizationCode | Token = await server.authorize(consentPost(), success);
    expect(code).toBeDefined();
    expect(redirectParams(success).get('iss')).toBe(ISSUER);
    const error = new Response();
    await server
      .authorize(authorizeGet(authorizeParams({ response_type: 'token' })), error)
      .catch(() => undefined);
    expect(redirectParams(error).get('iss')).toBe(ISSUER);
  });
});

describe('RFC 8414 §2: endpoints, scopes_supported and service_documentation follow the options', () => {
  it('the endpoints option moves the advertised endpoints', async () => {
    const endpoints = {
      authorization: '/oauth/authorize',
      token: '/oauth/token',
      revocation: '/oauth/revoke',
      introspection: '/oauth/introspect',
    };
    const document = documentOf((await fixtureWith({ endpoints })).server);
    expect({
      authorization: document.authorization_endpoint,
      token: document.token_endpoint,
      revocation: document.revocation_endpoint,
      introspection: document.introspection_endpoint,
    }).toEqual({
      authorization: `${ISSUER}/oauth/authorize`,
      token: `${ISSUER}/oauth/token`,
      revocation: `${ISSUER}/oauth/revoke`,
      introspection: `${ISSUER}/oauth/introspect`,
    });
  });

  it('a partial endpoints option keeps the other defaults', async () => {
    const document = documentOf((await fixtureWith({ endpoints: { token: '/oauth2/token' } })).server);
    expect(document.token_endpoint).toBe(`${ISSUER}/oauth2/token`);
    expect(document.authorization_endpoint).toBe(`${ISSUER}/authorize`);
  });

  it.each([
    ['a path without a leading slash', { token: 'token' }],
    ['an unknown endpoint', { userinfo: '/userinfo' }],
    ['not a string', { token: 42 }],
  ])('rejects %s at construction', (_what, endpoints) => {
    expect(
      () => new OAuth2Server({ model: new MemoryStore(), issuer: ISSUER, endpoints: endpoints as never }),
    ).toThrow(InvalidArgumentError);
  });

  it('scopes_supported and service_documentation are advertised only when configured', async () => {
    const plain = documentOf((await fixtureWith()).server);
    expect(plain).not.toHaveProperty('scopes_supported');
    expect(plain).not.toHaveProperty('service_documentation');
    const document = documentOf(
      (await fixtureWith({ scopesSupported: ['read', 'write'], serviceDocumentation: `${ISSUER}/docs` }))
        .server,
    );
    expect(document.scopes_supported).toEqual(['read', 'write']);
    expect(document.service_documentation).toBe(`${ISSUER}/docs`);
  });

  it.each([
    ['scopesSupported with a space in a scope', { scopesSupported: ['read write'] }],
    ['scopesSupported with a value that is not a string', { scopesSupported: [42] as unknown as string[] }],
    ['serviceDocumentation not a URL', { serviceDocumentation: 'docs' }],
  ])('rejects %s at construction', (_what, options) => {
    expect(() => new OAuth2Server({ model: new MemoryStore(), issuer: ISSUER, ...options })).toThrow(
      InvalidArgumentError,
    );
  });

  it('the document is a fresh copy: changing it changes nothing for the next caller', async () => {
    const { server } = await fixtureWith({ scopesSupported: ['read'] });
    const first = server.metadata()!;
    first.scopes_supported!.push('admin');
    first.grant_types_supported!.push('password');
    const second = documentOf(server);
    expect(second.scopes_supported).toEqual(['read']);
    expect(second.grant_types_supported).not.toContain('password');
  });
});
