/*
 * RFC 8414 §3 Obtaining Authorization Server Metadata (https://www.rfc-editor.org/rfc/rfc8414#section-3)
 *
 *   "Authorization servers supporting metadata MUST make a JSON document containing metadata as specified in
 *    Section 2 available at a path formed by inserting a well-known URI string into the authorization server's
 *    issuer identifier between the host component and the path component, if any.  By default, the well-known
 *    URI string used is "/.well-known/oauth-authorization-server"."
 *
 * §3.1 Authorization Server Metadata Request
 *
 *   "An authorization server metadata document MUST be queried using an HTTP "GET" request at the previously
 *    specified path."
 *
 * §3.2 Authorization Server Metadata Response
 *
 *   "A successful response MUST use the 200 OK HTTP status code and return a JSON object using the
 *    "application/json" content type that contains a set of claims as its members that are a subset of the
 *    metadata values defined in Section 2."
 *
 * §3.3 Authorization Server Metadata Validation
 *
 *   "The "issuer" value returned MUST be identical to the authorization server's issuer identifier value into
 *    which the well-known URI string was inserted to create the URL used to retrieve the metadata.  If these
 *    values are not identical, the data contained in the response MUST NOT be used."
 *
 * Issue 5: "served at `/.well-known/oauth-authorization-server`; nothing advertised that the server does not
 * do", and "Both adapters serve every feature". So through the core, the Express adapter and the node adapter the
 * document is served with the server's own base URL as issuer, and every endpoint it advertises is requested at
 * the advertised URL and must answer as that endpoint (never 404). Every answer is held to the contract.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthorizationServerMetadata } from '../../src/contract.js';
import { OAuth2Server } from '../../src/index.js';
import { expectMatchesContract } from '../helpers/contract.js';
import { createFixture, type Fixture } from '../helpers/oauth.js';
import {
  CONFIDENTIAL_BASIC,
  createLifecycleTransport,
  expectActive,
  expectEndpointError,
  expectRevoked,
  issueConfidential,
  type LifecycleTransport,
} from '../helpers/lifecycle-tests.js';
import { HTTP_TRANSPORTS, TRANSPORTS, type TransportResponse } from '../helpers/transports.js';

const WELL_KNOWN = '/.well-known/oauth-authorization-server';

/** The document as served: 200, JSON, documented; returns it. */
function expectDocument(response: TransportResponse): AuthorizationServerMetadata {
  expectMatchesContract(response, 'metadata');
  expect(response.status).toBe(200);
  expect(response.headers['content-type']).toMatch(/^application\/json(;|$)/);
  return response.body as AuthorizationServerMetadata;
}

/** The advertised endpoints each answer as themselves (a request missing its parameters gets that endpoint's 400). */
async function expectEndpointsAnswer(
  t: LifecycleTransport,
  document: AuthorizationServerMetadata,
): Promise<void> {
  const authorize = await t.requestUrl(document.authorization_endpoint!, { method: 'GET' });
  expectMatchesContract(authorize, 'authorize');
  expect({ status: authorize.status, body: authorize.body }).toEqual({
    status: 400,
    body: { error: 'invalid_request', error_description: 'Missing parameter: `client_id`' },
  });

  const token = await t.requestUrl(document.token_endpoint, {
    method: 'POST',
    form: {},
    headers: CONFIDENTIAL_BASIC,
  });
  expectMatchesContract(token, 'token');
  expect({ status: token.status, body: token.body }).toEqual({
    status: 400,
    body: { error: 'invalid_request', error_description: 'Missing parameter: `grant_type`' },
  });

  const missingToken = {
    status: 400,
    error: 'invalid_request',
    description: 'Missing parameter: `token`',
  } as const;
  const revoke = await t.requestUrl(document.revocation_endpoint!, {
    method: 'POST',
    form: {},
    headers: CONFIDENTIAL_BASIC,
  });
  expectEndpointError(revoke, 'revoke', missingToken);
  const introspect = await t.requestUrl(document.introspection_endpoint!, {
    method: 'POST',
    form: {},
    headers: CONFIDENTIAL_BASIC,
  });
  expectEndpointError(introspect, 'introspect', missingToken);

  // And they do their work at those URLs.
  const tokens = await issueConfidential(t.fixture.server);
  const active = await t.requestUrl(document.introspection_endpoint!, {
    method: 'POST',
    form: { token: tokens.accessToken },
    headers: CONFIDENTIAL_BASIC,
  });
  expectActive(active);
  expectRevoked(
    await t.requestUrl(document.revocation_endpoint!, {
      method: 'POST',
      form: { token: tokens.refreshToken },
      headers: CONFIDENTIAL_BASIC,
    }),
  );
}

describe.each(TRANSPORTS)('RFC 8414 §3 the metadata endpoint through the %s transport', (name) => {
  describe('with an issuer: its own base URL', () => {
    let t: LifecycleTransport;

    beforeAll(async () => {
      t = await createLifecycleTransport(name, {
        withIssuer: true,
        server: { scopesSupported: ['read', 'write'] },
      });
    });
    afterAll(async () => {
      await t.close();
    });

    it('GET /.well-known/oauth-authorization-server → 200 application/json, the server’s document', async () => {
      const document = expectDocument(await t.request({ method: 'GET', path: WELL_KNOWN }));
      expect(document).toStrictEqual(t.fixture.server.metadata());
    });

    it('§3.3: the issuer in the document is the one the well-known URL was built from', async () => {
      const document = expectDocument(await t.request({ method: 'GET', path: WELL_KNOWN }));
      expect(document.issuer).toBe(t.issuer);
      expect(document.issuer).toBe(t.baseUrl);
      expect(`${new URL(document.issuer).origin}${WELL_KNOWN}`).toBe(`${t.baseUrl}${WELL_KNOWN}`);
    });

    it('every advertised endpoint answers at its advertised URL (never 404)', async () => {
      const document = expectDocument(await t.request({ method: 'GET', path: WELL_KNOWN }));
      for (const key of [
        'authorization_endpoint',
        'token_endpoint',
        'revocation_endpoint',
        'introspection_endpoint',
      ]) {
        expect(document, key).toHaveProperty(key);
      }
      await expectEndpointsAnswer(t, document);
    });
  });

  describe('without an issuer', () => {
    let t: LifecycleTransport;

    beforeAll(async () => {
      t = await createLifecycleTransport(name);
    });
    afterAll(async () => {
      await t.close();
    });

    it('404 with a text explanation (issuer is REQUIRED, so there is no document)', async () => {
      const response = await t.request({ method: 'GET', path: WELL_KNOWN });
      expectMatchesContract(response, 'metadata');
      expect(response).toMatchObject({
        status: 404,
        body: 'Not configured: the server has no issuer identifier.\n',
      });
      expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
    });
  });
});

describe.each(HTTP_TRANSPORTS)('RFC 8414 §3 what the %s adapter mounts follows the document', (name) => {
  describe('the endpoints option', () => {
    let t: LifecycleTransport;
    const endpoints = {
      authorization: '/oauth/authorize',
      token: '/oauth/token',
      revocation: '/oauth/revoke',
      introspection: '/oauth/introspect',
    };

    beforeAll(async () => {
      t = await createLifecycleTransport(name, { withIssuer: true, server: { endpoints } });
    });
    afterAll(async () => {
      await t.close();
    });

    it('the advertised endpoints are where the adapter serves them', async () => {
      const document = expectDocument(await t.request({ method: 'GET', path: WELL_KNOWN }));
      expect(document.token_endpoint).toBe(`${t.baseUrl}/oauth/token`);
      await expectEndpointsAnswer(t, document);
    });

    it('the default paths are not served', async () => {
      for (const path of ['/revoke', '/introspect', '/token']) {
        const response = await t.request({
          method: 'POST',
          path,
          form: { token: 'x' },
          headers: CONFIDENTIAL_BASIC,
        });
        expect(response.status, path).toBe(404);
      }
    });
  });

  describe('a Model that can introspect but not revoke', () => {
    let t: LifecycleTransport;

    beforeAll(async () => {
      const fixture = async (options: Parameters<typeof createFixture>[0]): Promise<Fixture> => {
        const base = await createFixture();
        const { store } = base;
        const server = new OAuth2Server({
          ...options,
          authenticateHandler: { handle: () => base.user },
          model: {
            getClient: (id, secret) => store.getClient(id, secret),
            saveToken: (token, client, user) => store.saveToken(token, client, user),
            getAccessToken: (token) => store.getAccessToken(token),
            getAuthorizationCode: (code) => store.getAuthorizationCode(code),
            saveAuthorizationCode: (code, client, user) => store.saveAuthorizationCode(code, client, user),
            revokeAuthorizationCode: (code) => store.revokeAuthorizationCode(code),
          },
        });
        return { ...base, server };
      };
      t = await createLifecycleTransport(name, { withIssuer: true, fixture });
    });
    afterAll(async () => {
      await t.close();
    });

    it('advertises no revocation endpoint and mounts none; introspection is advertised and answers', async () => {
      const document = expectDocument(await t.request({ method: 'GET', path: WELL_KNOWN }));
      expect(document).not.toHaveProperty('revocation_endpoint');
      expect(document.grant_types_supported).toEqual(['authorization_code', 'client_credentials']);
      const revoke = await t.request({
        method: 'POST',
        path: '/revoke',
        form: { token: 'x' },
        headers: CONFIDENTIAL_BASIC,
      });
      expect(revoke.status).toBe(404);
      const introspect = await t.requestUrl(document.introspection_endpoint!, {
        method: 'POST',
        form: { token: 'never-issued-token' },
        headers: CONFIDENTIAL_BASIC,
      });
      expectMatchesContract(introspect, 'introspect');
      expect(introspect.body).toEqual({ active: false });
    });
  });

  describe('a Model that cannot issue tokens (a resource server)', () => {
    let t: LifecycleTransport;

    beforeAll(async () => {
      const fixture = async (options: Parameters<typeof createFixture>[0]): Promise<Fixture> => {
        const base = await createFixture();
        const { store } = base;
        const server = new OAuth2Server({
          ...options,
          model: { getAccessToken: (token) => store.getAccessToken(token) },
        });
        return { ...base, server };
      };
      t = await createLifecycleTransport(name, { withIssuer: true, fixture });
    });
    afterAll(async () => {
      await t.close();
    });

    it('publishes no document, and mounts neither a token nor an authorization endpoint', async () => {
      const document = await t.request({ method: 'GET', path: WELL_KNOWN });
      expectMatchesContract(document, 'metadata');
      expect(document.status).toBe(404);
      for (const path of ['/token', '/authorize']) {
        const response = await t.request({
          method: 'POST',
          path,
          form: { grant_type: 'client_credentials' },
          headers: CONFIDENTIAL_BASIC,
        });
        expect(response.status, path).toBe(404);
      }
    });
  });
});
