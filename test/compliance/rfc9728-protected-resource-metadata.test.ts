/*
 * RFC 9728 OAuth 2.0 Protected Resource Metadata (https://www.rfc-editor.org/rfc/rfc9728)
 *
 * §2: "resource: REQUIRED. The protected resource's resource identifier [...]"
 *     "authorization_servers: OPTIONAL. JSON array containing a list of OAuth authorization server issuer
 *      identifiers, as defined in [RFC8414], for authorization servers that can be used with this protected
 *      resource."
 *
 * §3: "Protected resources supporting metadata MUST make a JSON document containing metadata as specified in
 *      Section 2 available at a URL formed by inserting a well-known URI string into the protected resource's
 *      resource identifier between the host component and the path and/or query components, if any.  By default,
 *      the well-known URI string used is /.well-known/oauth-protected-resource."
 *
 * §3.1: "If the resource identifier value contains a path or query component, any terminating slash (/)
 *      following the host component MUST be removed before inserting /.well-known/ and the well-known URI path
 *      suffix between the host component and the path and/or query components."
 *
 * §3.2: "A successful response MUST use the 200 OK HTTP status code and return a JSON object using the
 *      application/json content type that contains a set of metadata parameters as its members that are a subset
 *      of the metadata parameters defined in Section 2."
 *
 * §3.3: "If the protected resource metadata was retrieved from a URL returned by the protected resource via the
 *      WWW-Authenticate resource_metadata parameter, then the resource value returned MUST be identical to the URL
 *      that the client used to make the request to the resource server."
 *
 * §5.1: "This specification introduces a new parameter in the WWW-Authenticate HTTP response header field to
 *      indicate the protected resource metadata URL: resource_metadata: The URL of the protected resource
 *      metadata."
 *
 * §7.4: "If a client expects to interact with multiple resource servers, the client SHOULD request
 *      audience-restricted access tokens using [RFC8707], and the authorization server SHOULD support
 *      audience-restricted access tokens."
 *
 * Tested through the runnable server (`serve()`: memory store, both adapters) and its example resource `/me`;
 * every answer is held to the contract (operationIds `protectedResourceMetadata`, `metadata`, `getMe`, `postMe`,
 * `token`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type RunningServer } from '../../src/cli/serve.js';
import { expectMatchesContract, type ContractOperationId } from '../helpers/contract.js';
import { basic } from '../helpers/oauth.js';
import {
  HTTP_TRANSPORTS,
  httpRequest,
  type TransportRequest,
  type TransportResponse,
} from '../helpers/transports.js';

/** The document of the resource `<issuer>/me` (§3.1: the well-known string between the host and the path). */
const WELL_KNOWN = '/.well-known/oauth-protected-resource/me';

describe.each(HTTP_TRANSPORTS)('RFC 9728 through the runnable server (%s adapter)', (adapter) => {
  let app: RunningServer;
  /** The resource identifier of `/me`. */
  let resource: string;
  /** Where the challenges point. */
  let metadataUrl: string;

  beforeAll(async () => {
    app = await serve({
      port: 0,
      host: '127.0.0.1',
      store: 'memory',
      db: ':memory:',
      adapter,
      logLevel: 'silent',
      print: () => {},
    });
    resource = `${app.issuer}/me`;
    metadataUrl = `${app.issuer}${WELL_KNOWN}`;
  });
  afterAll(async () => {
    await app.close();
  });

  async function call(
    request: TransportRequest,
    operationId: ContractOperationId,
  ): Promise<TransportResponse> {
    const response = await httpRequest(app.url, request);
    expectMatchesContract(response, operationId);
    return response;
  }

  /** Requests a URL the server advertised under its issuer (`localhost`) at the address it listens on. */
  function callAdvertised(url: string, operationId: ContractOperationId): Promise<TransportResponse> {
    const target = new URL(url);
    expect(target.origin).toBe(app.issuer);
    return call({ method: 'GET', path: target.pathname }, operationId);
  }

  /** A client_credentials token of the demo confidential client. */
  async function clientToken(form: Record<string, string | string[]> = {}): Promise<string> {
    const { id, secret } = app.demo.confidentialClient;
    const response = await call(
      {
        method: 'POST',
        path: '/token',
        form: { grant_type: 'client_credentials', scope: 'read', ...form },
        headers: { authorization: basic(id, secret) },
      },
      'token',
    );
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return (response.body as { access_token: string }).access_token;
  }

  const me = (headers: Record<string, string> = {}) => call({ method: 'GET', path: '/me', headers }, 'getMe');
  const challenge = (extra = '') => `Bearer realm="Service"${extra}, resource_metadata="${metadataUrl}"`;

  describe('§3 the metadata document of /me', () => {
    it('GET /.well-known/oauth-protected-resource/me → 200 application/json', async () => {
      const response = await call({ method: 'GET', path: WELL_KNOWN }, 'protectedResourceMetadata');
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^application\/json(;|$)/);
      expect(response.body).toStrictEqual({
        resource,
        authorization_servers: [app.issuer],
        scopes_supported: ['read', 'write'],
        bearer_methods_supported: ['header', 'body'],
        resource_name: 'The example resource: who the token was issued to',
        resource_documentation: `${app.issuer}/docs`,
      });
    });

    it('its authorization server publishes RFC 8414 metadata with the identical issuer and the same scopes', async () => {
      const document = (await call({ method: 'GET', path: WELL_KNOWN }, 'protectedResourceMetadata'))
        .body as {
        authorization_servers: string[];
        scopes_supported: string[];
      };
      for (const issuer of document.authorization_servers) {
        const metadata = await callAdvertised(`${issuer}/.well-known/oauth-authorization-server`, 'metadata');
        expect(metadata.status).toBe(200);
        const body = metadata.body as { issuer: string; scopes_supported: string[] };
        expect(body.issuer).toBe(issuer);
        expect(body.scopes_supported).toEqual(document.scopes_supported);
      }
    });

    it('§3.3: the resource_metadata URL of a challenge serves the document of the URL the client requested', async () => {
      const response = await me();
      const advertised = /resource_metadata="([^"]+)"/.exec(response.headers['www-authenticate'] ?? '')?.[1];
      expect(advertised).toBe(metadataUrl);
      const document = await callAdvertised(advertised!, 'protectedResourceMetadata');
      expect((document.body as { resource: string }).resource).toBe(resource);
    });

    it('§3 / §3.1: the document is at the well-known URL derived from the resource identifier', async () => {
      const derived = new URL(resource);
      const url = `${derived.origin}/.well-known/oauth-protected-resource${derived.pathname}`;
      const response = await callAdvertised(url, 'protectedResourceMetadata');
      expect(response.status).toBe(200);
      expect((response.body as { resource: string }).resource).toBe(resource);
    });

    it('§3.3: nothing is served for the identifier <issuer> itself, which is not a resource here', async () => {
      const response = await callAdvertised(
        `${app.issuer}/.well-known/oauth-protected-resource`,
        'protectedResourceMetadata',
      );
      expect(response.status).toBe(404);
    });
  });

  describe('§5.1 the challenges of /me carry resource_metadata', () => {
    it('no credentials → 401, no error, resource_metadata', async () => {
      const response = await me();
      expect({ status: response.status, body: response.body }).toEqual({ status: 401, body: undefined });
      expect(response.headers['www-authenticate']).toBe(challenge());
    });

    it('another authentication scheme is answered like no credentials', async () => {
      const response = await me({ authorization: basic('demo-client', 'secret') });
      expect({ status: response.status, body: response.body }).toEqual({ status: 401, body: undefined });
      expect(response.headers['www-authenticate']).toBe(challenge());
    });

    it('an unknown token → 401 invalid_token, resource_metadata', async () => {
      const response = await me({ authorization: 'Bearer never-issued-token' });
      expect({ status: response.status, body: response.body }).toEqual({
        status: 401,
        body: { error: 'invalid_token', error_description: 'Invalid token: access token is invalid' },
      });
      expect(response.headers['www-authenticate']).toBe(
        challenge(', error="invalid_token", error_description="Invalid token: access token is invalid"'),
      );
    });

    it('a token without the read scope → 403 insufficient_scope, resource_metadata', async () => {
      const token = await clientToken({ scope: 'write', resource });
      const response = await me({ authorization: `Bearer ${token}` });
      expect({ status: response.status, body: response.body }).toEqual({
        status: 403,
        body: {
          error: 'insufficient_scope',
          error_description: 'Insufficient scope: authorized scope is insufficient',
        },
      });
      expect(response.headers['www-authenticate']).toBe(
        challenge(
          ', error="insufficient_scope", error_description="Insufficient scope: authorized scope is insufficient", scope="read"',
        ),
      );
    });
  });

  describe('§7.4 audience-restricted tokens (RFC 8707): /me accepts only tokens for itself', () => {
    it('a token issued for another resource → 401 invalid_token "the token is not for this resource"', async () => {
      const token = await clientToken({ resource: 'https://other.example/' });
      const response = await me({ authorization: `Bearer ${token}` });
      expect({ status: response.status, body: response.body }).toEqual({
        status: 401,
        body: {
          error: 'invalid_token',
          error_description: 'Invalid token: the token is not for this resource',
        },
      });
      expect(response.headers['www-authenticate']).toBe(
        challenge(
          ', error="invalid_token", error_description="Invalid token: the token is not for this resource"',
        ),
      );
    });

    it('a token issued for <issuer>/me works', async () => {
      const token = await clientToken({ resource });
      const response = await me({ authorization: `Bearer ${token}` });
      expect({ status: response.status, body: response.body }).toEqual({
        status: 200,
        body: { client_id: 'demo-client', sub: 'demo-client', scope: 'read' },
      });
    });

    it('a token for two resources, one of them /me, works', async () => {
      const token = await clientToken({ resource: ['https://other.example/', resource] });
      expect((await me({ authorization: `Bearer ${token}` })).status).toBe(200);
    });

    it('a token without an audience works', async () => {
      const token = await clientToken();
      expect((await me({ authorization: `Bearer ${token}` })).status).toBe(200);
    });
  });

  describe('bearer_methods_supported is what /me accepts', () => {
    it('header: yes (above); body: yes', async () => {
      const token = await clientToken({ resource });
      const response = await call({ method: 'POST', path: '/me', form: { access_token: token } }, 'postMe');
      expect(response.status, JSON.stringify(response.body)).toBe(200);
    });

    it('query: not advertised, and refused', async () => {
      const token = await clientToken({ resource });
      const response = await call({ method: 'GET', path: '/me', query: { access_token: token } }, 'getMe');
      expect({ status: response.status, body: response.body }).toEqual({
        status: 400,
        body: {
          error: 'invalid_request',
          error_description: 'Invalid request: do not send bearer tokens in query URLs',
        },
      });
    });
  });
});
