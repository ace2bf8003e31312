/*
 * RFC 9207 §2 Response Parameter iss (https://www.rfc-editor.org/rfc/rfc9207#section-2)
 *
 *   "In authorization responses to the client, including error responses, an authorization server supporting
 *    this specification MUST indicate its identity by including the iss parameter in the response.
 *
 *    The iss parameter value is the issuer identifier of the authorization server that created the authorization
 *    response, as defined in [RFC8414]."
 *
 * RFC 9207 §3: "authorization_response_iss_parameter_supported: Boolean parameter indicating whether the
 * authorization server provides the iss parameter in the authorization response as defined in Section 2."
 *
 * Checklist AZ-12 (RFC 9207; RFC 9700 §4.4.2.1): "`iss` added to authorization responses (success and error) if
 * advertised." Issue 5: "`iss` on every authorization response (success and error) when an issuer is configured".
 *
 * An authorization response is what reaches the client through its redirect URI: success (query, or fragment for
 * the implicit grant) and every redirected error. The 400 the server answers itself for an unknown client or an
 * unregistered redirect URI is not one (RFC 6749 §4.1.2.1: the server "MUST NOT automatically redirect"), so it
 * carries no `iss`. Run through the core, the Express adapter and the node adapter; every answer is held to the
 * contract (operationIds `authorize`, `authorizeForm`).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { expectMatchesContract, type ContractOperationId } from '../helpers/contract.js';
import { authorizeParams } from '../helpers/oauth.js';
import { createLifecycleTransport, type LifecycleTransport } from '../helpers/lifecycle-tests.js';
import { TRANSPORTS, type Params, type TransportResponse } from '../helpers/transports.js';

const IMPLICIT = { id: 'implicit-client', redirectUri: 'https://client.example/implicit' } as const;
const WITH_QUERY = { id: 'query-client', redirectUri: 'https://client.example/cb?tenant=7' } as const;

/** Authorization request parameters as strings (the confidential client, PKCE S256, state `xyz`, scope `read`). */
function params(overrides: Record<string, string | undefined> = {}): Record<string, string> {
  const merged: Record<string, unknown> = { ...authorizeParams(), ...overrides };
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(merged)) if (typeof value === 'string') out[name] = value;
  return out;
}

/** The response parameters of a redirect: from the fragment when there is one, else from the query. */
function responseParameters(response: TransportResponse): URLSearchParams {
  const location = response.headers.location;
  expect(location, `a redirect, got ${response.status} ${JSON.stringify(response.body)}`).toBeTypeOf(
    'string',
  );
  const url = new URL(location!);
  return url.hash.length > 1 ? new URLSearchParams(url.hash.slice(1)) : url.searchParams;
}

function redirected(
  response: TransportResponse,
  operationId: Extract<ContractOperationId, 'authorize' | 'authorizeForm'>,
): URLSearchParams {
  expectMatchesContract(response, operationId);
  expect(response.status).toBe(operationId === 'authorize' ? 302 : 303);
  return responseParameters(response);
}

describe.each(TRANSPORTS)('RFC 9207 §2 iss through the %s transport', (name) => {
  let t: LifecycleTransport;
  let issuer: string;

  beforeAll(async () => {
    t = await createLifecycleTransport(name, { withIssuer: true, server: { enableImplicitGrant: true } });
    issuer = t.issuer!;
    t.fixture.store.addClient({
      id: IMPLICIT.id,
      grants: ['implicit'],
      redirectUris: [IMPLICIT.redirectUri],
    });
    t.fixture.store.addClient({
      id: WITH_QUERY.id,
      secret: 'query-secret',
      grants: ['authorization_code'],
      redirectUris: [WITH_QUERY.redirectUri],
    });
  });
  afterAll(async () => {
    await t.close();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const get = (query: Params) => t.request({ method: 'GET', path: '/authorize', query });
  const post = (form: Params) => t.request({ method: 'POST', path: '/authorize', form });

  /** `iss` is there exactly once, and is the issuer. */
  function expectIss(parameters: URLSearchParams): void {
    expect(parameters.getAll('iss')).toEqual([issuer]);
  }

  it('the metadata says so', () => {
    expect(t.fixture.server.metadata()?.authorization_response_iss_parameter_supported).toBe(true);
    expect(t.fixture.server.metadata()?.issuer).toBe(issuer);
  });

  describe('success responses', () => {
    it('the code response carries iss, with code and state', async () => {
      const parameters = redirected(await post({ ...params(), allowed: 'true' }), 'authorizeForm');
      expect(parameters.get('code')).toBeTypeOf('string');
      expect(parameters.get('state')).toBe('xyz');
      expectIss(parameters);
    });

    it('iss is added after the query the redirect URI was registered with', async () => {
      const response = await post({
        ...params({ client_id: WITH_QUERY.id, redirect_uri: WITH_QUERY.redirectUri }),
        allowed: 'true',
      });
      const parameters = redirected(response, 'authorizeForm');
      expect(parameters.get('tenant')).toBe('7');
      expectIss(parameters);
      expect(response.headers.location!.startsWith(`${WITH_QUERY.redirectUri}&code=`)).toBe(true);
    });

    it('the implicit grant response carries iss in the fragment', async () => {
      const response = await post({
        response_type: 'token',
        client_id: IMPLICIT.id,
        redirect_uri: IMPLICIT.redirectUri,
        state: 'xyz',
        scope: 'read',
        allowed: 'true',
      });
      const parameters = redirected(response, 'authorizeForm');
      expect(new URL(response.headers.location!).search).toBe('');
      expect(parameters.get('access_token')).toBeTypeOf('string');
      expect(parameters.get('token_type')).toBe('Bearer');
      expect(parameters.get('state')).toBe('xyz');
      expectIss(parameters);
    });
  });

  describe('error responses', () => {
    it('access_denied: the resource owner denied the request', async () => {
      const parameters = redirected(await post({ ...params(), allowed: 'false' }), 'authorizeForm');
      expect(Object.fromEntries(parameters)).toEqual({
        error: 'access_denied',
        error_description: 'Access denied: user denied access to application',
        state: 'xyz',
        iss: issuer,
      });
    });

    it('access_denied: no approval was given', async () => {
      const parameters = redirected(await get(params()), 'authorize');
      expect(Object.fromEntries(parameters)).toEqual({
        error: 'access_denied',
        error_description: 'Access denied: the resource owner has not approved the request',
        state: 'xyz',
        iss: issuer,
      });
    });

    it('invalid_scope', async () => {
      const parameters = redirected(await get(params({ scope: 'read "admin"' })), 'authorize');
      expect(Object.fromEntries(parameters)).toEqual({
        error: 'invalid_scope',
        error_description: 'Invalid parameter: `scope`',
        state: 'xyz',
        iss: issuer,
      });
    });

    it('unsupported_response_type', async () => {
      const parameters = redirected(await get(params({ response_type: 'code id_token' })), 'authorize');
      expect(parameters.get('error')).toBe('unsupported_response_type');
      expectIss(parameters);
    });

    it('invalid_request without state: iss is there although state cannot be', async () => {
      const parameters = redirected(await get(params({ state: undefined })), 'authorize');
      expect(Object.fromEntries(parameters)).toEqual({
        error: 'invalid_request',
        error_description: 'Missing parameter: `state`',
        iss: issuer,
      });
    });

    it('server_error after the client and redirect URI were validated (the Model fails to save the code)', async () => {
      vi.spyOn(t.fixture.store, 'saveAuthorizationCode').mockImplementation(() => {
        throw new Error('ECONNREFUSED 10.0.0.5:5432');
      });
      const parameters = redirected(await post({ ...params(), allowed: 'true' }), 'authorizeForm');
      expect(Object.fromEntries(parameters)).toEqual({
        error: 'server_error',
        error_description: 'Server error: the request could not be completed',
        state: 'xyz',
        iss: issuer,
      });
    });

    it('an implicit grant error carries iss in the fragment', async () => {
      const response = await post({
        response_type: 'token',
        client_id: IMPLICIT.id,
        redirect_uri: IMPLICIT.redirectUri,
        state: 'xyz',
        scope: 'read',
        allowed: 'false',
      });
      const parameters = redirected(response, 'authorizeForm');
      expect(new URL(response.headers.location!).hash).not.toBe('');
      expect(Object.fromEntries(parameters)).toEqual({
        error: 'access_denied',
        error_description: 'Access denied: user denied access to application',
        state: 'xyz',
        iss: issuer,
      });
    });
  });

  describe('never on the 400 the server answers itself (nothing is redirected)', () => {
    it.each([
      ['no client_id', { client_id: undefined }, 'invalid_request', 'Missing parameter: `client_id`'],
      [
        'an unknown client',
        { client_id: 'nobody' },
        'invalid_client',
        'Invalid client: client credentials are invalid',
      ],
      [
        'an unregistered redirect URI',
        { redirect_uri: 'https://attacker.example/cb' },
        'invalid_client',
        'Invalid client: `redirect_uri` does not match client value',
      ],
    ])('%s → 400 with no Location and no iss', async (_what, overrides, error, description) => {
      const response = await get(params(overrides));
      expectMatchesContract(response, 'authorize');
      expect(response.headers.location).toBeUndefined();
      expect({ status: response.status, body: response.body }).toEqual({
        status: 400,
        body: { error, error_description: description },
      });
      expect(JSON.stringify(response.body)).not.toContain(issuer);
    });
  });
});

describe.each(TRANSPORTS)('RFC 9207 §2 without an issuer, through the %s transport', (name) => {
  let t: LifecycleTransport;

  beforeAll(async () => {
    t = await createLifecycleTransport(name);
  });
  afterAll(async () => {
    await t.close();
  });

  it('neither success nor error responses carry iss', async () => {
    const success = redirected(
      await t.request({ method: 'POST', path: '/authorize', form: { ...params(), allowed: 'true' } }),
      'authorizeForm',
    );
    expect(success.get('code')).toBeTypeOf('string');
    expect(success.has('iss')).toBe(false);
    const error = redirected(
      await t.request({ method: 'GET', path: '/authorize', query: params() }),
      'authorize',
    );
    expect(error.get('error')).toBe('access_denied');
    expect(error.has('iss')).toBe(false);
    expect(t.fixture.server.metadata()).toBeUndefined();
  });
});
