/**
 * The OAuth flows end to end, run three times: against the core (`Request`/`Response` objects), through the
 * Express adapter and through the native `node:http` adapter (issue 4: "the integration suite runs three times",
 * as oidc-provider runs its suite once per framework). Every response is held to the contract, and the three
 * transports must give the same status, error and description.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectMatchesContract, type ContractOperationId } from '../helpers/contract.js';
import { ALICE, CHALLENGE, CONFIDENTIAL, PUBLIC, VERIFIER, basic } from '../helpers/oauth.js';
import {
  TRANSPORTS,
  createTransport,
  type Params,
  type Transport,
  type TransportResponse,
} from '../helpers/transports.js';

const BASIC = basic(CONFIDENTIAL.id, CONFIDENTIAL.secret);

/** The authorization request of the confidential client (PKCE S256, scope `read`, state `xyz`). */
function authorization(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    response_type: 'code',
    client_id: CONFIDENTIAL.id,
    redirect_uri: CONFIDENTIAL.redirectUri,
    state: 'xyz',
    scope: 'read',
    code_challenge: CHALLENGE,
    code_challenge_method: 'S256',
    ...overrides,
  };
}

interface TokenBody {
  access_token: string;
  token_type: string;
  expires_in?: number;
  refresh_token?: string;
  scope?: string;
}

function checked(response: TransportResponse, operationId: ContractOperationId): TransportResponse {
  expectMatchesContract(response, operationId);
  return response;
}

function location(response: TransportResponse): URL {
  const value = response.headers.location;
  expect(value, 'Location header').toBeTypeOf('string');
  return new URL(value!);
}

function expectTokenResponse(response: TransportResponse, scope: string, withRefresh: boolean): TokenBody {
  checked(response, 'token');
  expect(response.status).toBe(200);
  expect(response.headers['cache-control']).toBe('no-store');
  expect(response.headers.pragma).toBe('no-cache');
  const body = response.body as TokenBody;
  expect(body.token_type).toBe('Bearer');
  expect(body.access_token).toMatch(/^[A-Za-z0-9\-._~+/]+=*$/);
  expect(body.expires_in).toBeGreaterThanOrEqual(3599);
  expect(body.expires_in).toBeLessThanOrEqual(3600);
  expect(body.scope).toBe(scope);
  if (withRefresh) expect(body.refresh_token).toBeTypeOf('string');
  else expect(body).not.toHaveProperty('refresh_token');
  return body;
}

function expectError(
  response: TransportResponse,
  operationId: ContractOperationId,
  status: number,
  error: string,
  description: string,
): void {
  checked(response, operationId);
  expect(response.status).toBe(status);
  expect(response.body).toEqual({ error, error_description: description });
}

describe.each(TRANSPORTS)('OAuth flows through the %s transport', (name) => {
  let t: Transport;

  beforeAll(async () => {
    t = await createTransport(name);
  });
  afterAll(async () => {
    await t.close();
  });

  /** Consent by form post (`allowed=true`): the code from the 303's Location. */
  async function approve(params: Record<string, string> = authorization()): Promise<string> {
    const response = checked(
      await t.request({ method: 'POST', path: '/authorize', form: { ...params, allowed: 'true' } }),
      'authorizeForm',
    );
    expect(response.status).toBe(303);
    const url = location(response);
    expect(`${url.origin}${url.pathname}`).toBe(params.redirect_uri);
    expect(url.searchParams.get('state')).toBe(params.state ?? null);
    expect(url.searchParams.has('error')).toBe(false);
    const code = url.searchParams.get('code');
    expect(code).toBeTypeOf('string');
    return code!;
  }

  function token(form: Params, headers: Record<string, string> = { authorization: BASIC }) {
    return t.request({ method: 'POST', path: '/token', form, headers });
  }

  function redeem(code: string, headers?: Record<string, string>, extra: Params = {}) {
    return token(
      {
        grant_type: 'authorization_code',
        code,
        redirect_uri: CONFIDENTIAL.redirectUri,
        code_verifier: VERIFIER,
        ...extra,
      },
      headers,
    );
  }

  function me(accessToken: string) {
    return t.request({ method: 'GET', path: '/me', headers: { authorization: `Bearer ${accessToken}` } });
  }

  describe('authorization code with PKCE', () => {
    it('issues a code on consent, exchanges it with client_secret_basic, and the token reads /me', async () => {
      const code = await approve();
      const tokens = expectTokenResponse(await redeem(code), 'read', true);

      const resource = checked(await me(tokens.access_token), 'getMe');
      expect(resource.status).toBe(200);
      expect(resource.body).toEqual({
        sub: ALICE.username,
        username: ALICE.username,
        client_id: CONFIDENTIAL.id,
        scope: 'read',
      });
    });

    it('exchanges the code with client_secret_post', async () => {
      const code = await approve();
      const tokens = expectTokenResponse(
        await redeem(code, {}, { client_id: CONFIDENTIAL.id, client_secret: CONFIDENTIAL.secret }),
        'read',
        true,
      );
      expect((await me(tokens.access_token)).status).toBe(200);
    });

    it('lets the public client (token_endpoint_auth_method none) exchange its code with only client_id', async () => {
      const code = await approve(
        authorization({ client_id: PUBLIC.id, redirect_uri: PUBLIC.redirectUri, state: 'public-state' }),
      );
      const response = await token(
        {
          grant_type: 'authorization_code',
          code,
          redirect_uri: PUBLIC.redirectUri,
          code_verifier: VERIFIER,
          client_id: PUBLIC.id,
        },
        {},
      );
      const tokens = expectTokenResponse(response, 'read', true);
      const resource = checked(await me(tokens.access_token), 'getMe');
      expect(resource.body).toEqual({
        sub: ALICE.username,
        username: ALICE.username,
        client_id: PUBLIC.id,
        scope: 'read',
      });
    });

    it('answers invalid_grant when the code is used a second time', async () => {
      const code = await approve();
      expectTokenResponse(await redeem(code), 'read', true);
      expectError(
        await redeem(code),
        'token',
        400,
        'invalid_grant',
        'Invalid grant: authorization code is invalid',
      );
    });

    it('answers invalid_grant for a wrong code_verifier', async () => {
      const code = await approve();
      expectError(
        await redeem(code, undefined, { code_verifier: 'x'.repeat(43) }),
        'token',
        400,
        'invalid_grant',
        'Invalid grant: code verifier is invalid',
      );
    });
  });

  describe('the authorization endpoint', () => {
    it('redirects access_denied (303) with the state when the resource owner denies', async () => {
      const response = checked(
        await t.request({
          method: 'POST',
          path: '/authorize',
          form: { ...authorization(), allowed: 'false' },
        }),
        'authorizeForm',
      );
      expect(response.status).toBe(303);
      const url = location(response);
      expect(`${url.origin}${url.pathname}`).toBe(CONFIDENTIAL.redirectUri);
      expect(Object.fromEntries(url.searchParams)).toEqual({
        error: 'access_denied',
        error_description: 'Access denied: user denied access to application',
        state: 'xyz',
      });
    });

    it('issues no code for a GET without an explicit approval: 302 access_denied', async () => {
      const response = checked(
        await t.request({ method: 'GET', path: '/authorize', query: authorization() }),
        'authorize',
      );
      expect(response.status).toBe(302);
      expect(Object.fromEntries(location(response).searchParams)).toEqual({
        error: 'access_denied',
        error_description: 'Access denied: the resource owner has not approved the request',
        state: 'xyz',
      });
    });

    it('answers a redirect_uri mismatch itself with 400 and no Location', async () => {
      const response = await t.request({
        method: 'GET',
        path: '/authorize',
        query: authorization({ redirect_uri: 'https://attacker.example/cb' }),
      });
      expectError(
        response,
        'authorize',
        400,
        'invalid_client',
        'Invalid client: `redirect_uri` does not match client value',
      );
      expect(response.headers).not.toHaveProperty('location');
      expect(response.headers['cache-control']).toBe('no-store');
    });

    it('answers an unknown client itself with 400 and no Location', async () => {
      const response = await t.request({
        method: 'POST',
        path: '/authorize',
        form: { ...authorization({ client_id: 'no-such-client' }), allowed: 'true' },
      });
      expectError(
        response,
        'authorizeForm',
        400,
        'invalid_client',
        'Invalid client: client credentials are invalid',
      );
      expect(response.headers).not.toHaveProperty('location');
    });
  });

  describe('the protected resource', () => {
    let accessToken: string;

    beforeAll(async () => {
      accessToken = expectTokenResponse(await redeem(await approve()), 'read', true).access_token;
    });

    it('accepts the token in the Authorization header (RFC 6750 §2.1)', async () => {
      const response = checked(await me(accessToken), 'getMe');
      expect(response.status).toBe(200);
      expect((response.body as { sub: string }).sub).toBe(ALICE.username);
    });

    it('accepts the token in a form body with POST (RFC 6750 §2.2)', async () => {
      const response = checked(
        await t.request({ method: 'POST', path: '/me', form: { access_token: accessToken } }),
        'postMe',
      );
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        sub: ALICE.username,
        username: ALICE.username,
        client_id: CONFIDENTIAL.id,
        scope: 'read',
      });
    });

    it('rejects the token in the query (RFC 6750 §2.3, not enabled) with 400 invalid_request', async () => {
      const response = await t.request({ method: 'GET', path: '/me', query: { access_token: accessToken } });
      const description = 'Invalid request: do not send bearer tokens in query URLs';
      expectError(response, 'getMe', 400, 'invalid_request', description);
      expect(response.headers['www-authenticate']).toBe(
        `Bearer realm="Service", error="invalid_request", error_description="${description}"`,
      );
    });

    it('answers a request without credentials with a bare 401 challenge (RFC 6750 §3.1)', async () => {
      const response = checked(await t.request({ method: 'GET', path: '/me' }), 'getMe');
      expect(response.status).toBe(401);
      expect(response.headers['www-authenticate']).toBe('Bearer realm="Service"');
      expect(response.body).toBeUndefined();
    });

    it('answers an unknown token with 401 invalid_token', async () => {
      const response = await me('unknown-token');
      expectError(response, 'getMe', 401, 'invalid_token', 'Invalid token: access token is invalid');
      expect(response.headers['www-authenticate']).toBe(
        'Bearer realm="Service", error="invalid_token", error_description="Invalid token: access token is invalid"',
      );
    });
  });

  describe('client credentials', () => {
    it('issues an access token without a refresh token, which reads /me as the client', async () => {
      const tokens = expectTokenResponse(
        await token({ grant_type: 'client_credentials', scope: 'read' }),
        'read',
        false,
      );
      const resource = checked(await me(tokens.access_token), 'getMe');
      expect(resource.status).toBe(200);
      expect(resource.body).toEqual({ sub: CONFIDENTIAL.id, client_id: CONFIDENTIAL.id, scope: 'read' });
    });

    it('answers a token without the `read` scope at /me with 403 insufficient_scope', async () => {
      const tokens = expectTokenResponse(
        await token({ grant_type: 'client_credentials', scope: 'write' }),
        'write',
        false,
      );
      const response = await me(tokens.access_token);
      const description = 'Insufficient scope: authorized scope is insufficient';
      expectError(response, 'getMe', 403, 'insufficient_scope', description);
      expect(response.headers['www-authenticate']).toBe(
        `Bearer realm="Service", error="insufficient_scope", error_description="${description}", scope="read"`,
      );
      expect(response.headers['x-accepted-oauth-scopes']).toBe('read');
    });
  });

  describe('refresh with rotation', () => {
    it('issues a new access and refresh token, and the rotated refresh token is then invalid_grant', async () => {
      const first = expectTokenResponse(await redeem(await approve()), 'read', true);
      const second = expectTokenResponse(
        await token({ grant_type: 'refresh_token', refresh_token: first.refresh_token! }),
        'read',
        true,
      );
      expect(second.access_token).not.toBe(first.access_token);
      expect(second.refresh_token).not.toBe(first.refresh_token);
      expect((await me(second.access_token)).status).toBe(200);

      expectError(
        await token({ grant_type: 'refresh_token', refresh_token: first.refresh_token! }),
        'token',
        400,
        'invalid_grant',
        'Invalid grant: refresh token was already used; its grant is revoked',
      );
    });
  });

  describe('token endpoint errors', () => {
    it('answers an unknown grant_type with unsupported_grant_type', async () => {
      expectError(
        await token({ grant_type: 'urn:example:unknown' }),
        'token',
        400,
        'unsupported_grant_type',
        'Unsupported grant type: `grant_type` is invalid',
      );
    });

    it('answers a wrong Basic secret with 401 invalid_client and WWW-Authenticate: Basic', async () => {
      const response = await token(
        { grant_type: 'client_credentials' },
        { authorization: basic(CONFIDENTIAL.id, 'wrong-secret') },
      );
      expectError(response, 'token', 401, 'invalid_client', 'Invalid client: client is invalid');
      expect(response.headers['www-authenticate']).toBe('Basic realm="Service"');
      expect(response.headers['cache-control']).toBe('no-store');
    });

    it('answers an unknown code with invalid_grant', async () => {
      expectError(
        await redeem('no-such-code'),
        'token',
        400,
        'invalid_grant',
        'Invalid grant: authorization code is invalid',
      );
    });
  });
});
