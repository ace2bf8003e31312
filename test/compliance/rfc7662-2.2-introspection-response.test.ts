/*
 * RFC 7662 §2.2 Introspection Response (https://www.rfc-editor.org/rfc/rfc7662#section-2.2)
 *
 *   "The server responds with a JSON object [RFC7159] in "application/json" format with the following top-level
 *    members.
 *
 *    active
 *       REQUIRED.  Boolean indicator of whether or not the presented token is currently active.  The specifics of
 *       a token's "active" state will vary depending on the implementation of the authorization server and the
 *       information it keeps about its tokens, but a "true" value return for the "active" property will
 *       generally indicate that a given token has been issued by this authorization server, has not been revoked
 *       by the resource owner, and is within its given time window of validity (e.g., after its issuance time and
 *       before its expiration time).
 *
 *    scope      OPTIONAL.  A JSON string containing a space-separated list of scopes associated with this token,
 *               in the format described in Section 3.3 of OAuth 2.0 [RFC6749].
 *    client_id  OPTIONAL.  Client identifier for the OAuth 2.0 client that requested this token.
 *    username   OPTIONAL.  Human-readable identifier for the resource owner who authorized this token.
 *    token_type OPTIONAL.  Type of the token as defined in Section 5.1 of OAuth 2.0 [RFC6749].
 *    exp        OPTIONAL.  Integer timestamp, measured in the number of seconds since January 1 1970 UTC,
 *               indicating when this token will expire, as defined in JWT [RFC7519].
 *    iat        OPTIONAL.  Integer timestamp, measured in the number of seconds since January 1 1970 UTC,
 *               indicating when this token was originally issued, as defined in JWT [RFC7519].
 *    sub        OPTIONAL.  Subject of the token, as defined in JWT [RFC7519].  Usually a machine-readable
 *               identifier of the resource owner who authorized this token.
 *    aud        OPTIONAL.  Service-specific string identifier or list of string identifiers representing the
 *               intended audience for this token, as defined in JWT [RFC7519].
 *    iss        OPTIONAL.  String representing the issuer of this token, as defined in JWT [RFC7519]."
 *
 *   "If the introspection call is properly authorized but the token is not active, does not exist on this server,
 *    or the protected resource is not allowed to introspect this particular token, then the authorization server
 *    MUST return an introspection response with the "active" field set to "false".  Note that to avoid
 *    disclosing too much of the authorization server's state to a third party, the authorization server SHOULD
 *    NOT include any additional information about an inactive token, including why the token is inactive."
 *
 * Run through the core, the Express adapter and the node adapter; every answer is held to the contract
 * (operationId `introspect`). Inactive tokens must be answered with exactly `{ "active": false }`.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ALICE, CONFIDENTIAL, PUBLIC } from '../helpers/oauth.js';
import {
  CONFIDENTIAL_BASIC,
  createLifecycleTransport,
  endpointRequest,
  epochSeconds,
  expectActive,
  expectInactive,
  expectRefreshed,
  expectRevoked,
  issueClientCredentials,
  issueConfidential,
  issuePublic,
  OTHER_BASIC,
  refreshForm,
  type LifecycleTransport,
} from '../helpers/lifecycle-tests.js';
import { addOtherClient, serverOn } from '../helpers/token-tests.js';
import { TRANSPORTS, type Params } from '../helpers/transports.js';

const HOUR = 3600;
const TWO_WEEKS = 1_209_600;

describe.each(TRANSPORTS)('RFC 7662 §2.2 introspection response through the %s transport', (name) => {
  let t: LifecycleTransport;

  beforeAll(async () => {
    t = await createLifecycleTransport(name);
    addOtherClient(t.fixture.store);
  });
  afterAll(async () => {
    await t.close();
  });

  const introspect = (form: Params, headers?: Readonly<Record<string, string>>) =>
    t.request(endpointRequest('/introspect', form, headers));

  describe('an active token: active, scope, client_id, username, sub, exp, iat, token_type', () => {
    it('an access token of the code flow', async () => {
      const { accessToken, token } = await issueConfidential(t.fixture.server);
      const body = expectActive(await introspect({ token: accessToken }));
      expect(body).toStrictEqual({
        active: true,
        scope: 'read',
        client_id: CONFIDENTIAL.id,
        username: ALICE.username,
        sub: ALICE.username,
        exp: epochSeconds(token.accessTokenExpiresAt),
        iat: epochSeconds(token.issuedAt),
        token_type: 'Bearer',
      });
      // exp and iat are taken a moment apart: within a second of the lifetime.
      expect(body.exp! - body.iat!).toBeGreaterThanOrEqual(HOUR - 1);
      expect(body.exp! - body.iat!).toBeLessThanOrEqual(HOUR);
      expect(body.iat).toBeLessThanOrEqual(Math.floor(Date.now() / 1000));
    });

    it('its refresh token: token_type refresh_token and the refresh token’s own expiry', async () => {
      const { refreshToken, token } = await issueConfidential(t.fixture.server);
      const body = expectActive(await introspect({ token: refreshToken }));
      expect(body).toStrictEqual({
        active: true,
        scope: 'read',
        client_id: CONFIDENTIAL.id,
        username: ALICE.username,
        sub: ALICE.username,
        exp: epochSeconds(token.refreshTokenExpiresAt),
        iat: epochSeconds(token.issuedAt),
        token_type: 'refresh_token',
      });
      expect(body.exp! - body.iat!).toBeGreaterThanOrEqual(TWO_WEEKS - 1);
      expect(body.exp! - body.iat!).toBeLessThanOrEqual(TWO_WEEKS);
    });

    it("a public client's token names that client", async () => {
      const { accessToken } = await issuePublic(t.fixture.server);
      const body = expectActive(await introspect({ token: accessToken }));
      expect(body.client_id).toBe(PUBLIC.id);
      expect(body.sub).toBe(ALICE.username);
    });

    it('a client_credentials token has no username, and its subject is the client', async () => {
      const { accessToken, token } = await issueClientCredentials(t.fixture.server, { scope: 'read write' });
      expect(expectActive(await introspect({ token: accessToken }))).toStrictEqual({
        active: true,
        scope: 'read write',
        client_id: CONFIDENTIAL.id,
        sub: CONFIDENTIAL.id,
        exp: epochSeconds(token.accessTokenExpiresAt),
        iat: epochSeconds(token.issuedAt),
        token_type: 'Bearer',
      });
    });

    it("sub is the user's machine-readable identifier when it has one; username stays the username", async () => {
      const server = serverOn(t.fixture.store, {
        authenticateHandler: { handle: () => ({ id: 'user-42', username: ALICE.username }) },
      });
      const { accessToken } = await issueConfidential(server);
      const body = expectActive(await introspect({ token: accessToken }));
      expect({ sub: body.sub, username: body.username }).toEqual({
        sub: 'user-42',
        username: ALICE.username,
      });
    });

    it('the narrowed scope of a refreshed access token', async () => {
      const { refreshToken } = await issueConfidential(t.fixture.server, { scope: 'read write' });
      const refreshed = await t.request({
        method: 'POST',
        path: '/token',
        form: { grant_type: 'refresh_token', refresh_token: refreshToken, scope: 'read' },
        headers: CONFIDENTIAL_BASIC,
      });
      expect(refreshed.status, JSON.stringify(refreshed.body)).toBe(200);
      const { access_token: accessToken, refresh_token: rotated } = refreshed.body as {
        access_token: string;
        refresh_token: string;
      };
      expect(expectActive(await introspect({ token: accessToken })).scope).toBe('read');
      // The refresh token keeps the scope of the grant (RFC 6749 §6).
      expect(expectActive(await introspect({ token: rotated })).scope).toBe('read write');
    });
  });

  describe('aud: the resources the token was issued for (RFC 8707)', () => {
    it('one resource → a string', async () => {
      const { accessToken } = await issueClientCredentials(t.fixture.server, {
        resource: 'https://rs.example/api',
      });
      expect(expectActive(await introspect({ token: accessToken })).aud).toBe('https://rs.example/api');
    });

    it('two resources → an array', async () => {
      const { accessToken } = await issueClientCredentials(t.fixture.server, {
        resource: ['https://rs.example/api', 'https://rs2.example/'],
      });
      expect(expectActive(await introspect({ token: accessToken })).aud).toEqual([
        'https://rs.example/api',
        'https://rs2.example/',
      ]);
    });

    it('a resource requested at the authorization endpoint is the audience of both tokens of the grant', async () => {
      const { accessToken, refreshToken } = await issueConfidential(t.fixture.server, {
        resource: 'https://rs.example/api',
      });
      expect(expectActive(await introspect({ token: accessToken })).aud).toBe('https://rs.example/api');
      expect(expectActive(await introspect({ token: refreshToken })).aud).toBe('https://rs.example/api');
    });

    it('no resource requested → no aud, and no iss without an issuer', async () => {
      const { accessToken } = await issueConfidential(t.fixture.server);
      const body = expectActive(await introspect({ token: accessToken }));
      expect(body).not.toHaveProperty('aud');
      expect(body).not.toHaveProperty('iss');
    });
  });

  describe('an inactive token is answered with exactly { "active": false }', () => {
    it('a token the server never issued', async () => {
      expectInactive(await introspect({ token: 'never-issued-token' }));
      expectInactive(await introspect({ token: 'never-issued-token', token_type_hint: 'refresh_token' }));
    });

    it('a revoked access token (its refresh token stays active)', async () => {
      const { accessToken, refreshToken } = await issueConfidential(t.fixture.server);
      expectRevoked(await t.request(endpointRequest('/revoke', { token: accessToken })));
      expectInactive(await introspect({ token: accessToken }));
      expectActive(await introspect({ token: refreshToken }));
    });

    it('a revoked refresh token, and the access token of its grant', async () => {
      const { accessToken, refreshToken } = await issueConfidential(t.fixture.server);
      expectRevoked(await t.request(endpointRequest('/revoke', { token: refreshToken })));
      expectInactive(await introspect({ token: refreshToken }));
      expectInactive(await introspect({ token: accessToken }));
    });

    it('a refresh token that was rotated', async () => {
      const { refreshToken } = await issueConfidential(t.fixture.server);
      expectRefreshed(await t.request(refreshForm(refreshToken)));
      expectInactive(await introspect({ token: refreshToken }));
    });

    it('an access token whose Model record expired', async () => {
      const { store } = t.fixture;
      const client = store.getClient(CONFIDENTIAL.id, null)!;
      const past = new Date(Date.now() - 1000);
      store.saveToken(
        { accessToken: 'expired-at', accessTokenExpiresAt: past, scope: ['read'] },
        client,
        t.fixture.user,
      );
      expectInactive(await introspect({ token: 'expired-at' }));
    });

    it('a refresh token whose Model record expired', async () => {
      const { store } = t.fixture;
      const client = store.getClient(CONFIDENTIAL.id, null)!;
      const future = new Date(Date.now() + 3_600_000);
      const past = new Date(Date.now() - 1000);
      store.saveToken(
        {
          accessToken: 'live-at',
          accessTokenExpiresAt: future,
          refreshToken: 'expired-rt',
          refreshTokenExpiresAt: past,
          scope: ['read'],
        },
        client,
        t.fixture.user,
      );
      expectInactive(await introspect({ token: 'expired-rt' }));
      expectActive(await introspect({ token: 'live-at' }));
    });

    it('the answer is the same whoever asks', async () => {
      const { accessToken } = await issueConfidential(t.fixture.server);
      expectRevoked(await t.request(endpointRequest('/revoke', { token: accessToken })));
      expectInactive(await introspect({ token: accessToken }, OTHER_BASIC));
    });
  });

  describe('expiry as time passes (fake clock)', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('the access token is active until its exp, the refresh token until its own', async () => {
      const { accessToken, refreshToken, token } = await issueConfidential(t.fixture.server);
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(token.accessTokenExpiresAt!.getTime() - 1000);
      expectActive(await introspect({ token: accessToken }));
      vi.setSystemTime(token.accessTokenExpiresAt!.getTime());
      expectInactive(await introspect({ token: accessToken }));
      expectActive(await introspect({ token: refreshToken }));
      vi.setSystemTime(token.refreshTokenExpiresAt!.getTime() + 1000);
      expectInactive(await introspect({ token: refreshToken }));
    });
  });
});

describe.each(TRANSPORTS)('RFC 7662 §2.2 iss through the %s transport', (name) => {
  let t: LifecycleTransport;

  beforeAll(async () => {
    t = await createLifecycleTransport(name, { withIssuer: true });
  });
  afterAll(async () => {
    await t.close();
  });

  it('an active token carries the server’s issuer identifier as iss', async () => {
    expect(t.issuer).toBeTypeOf('string');
    const { accessToken, refreshToken } = await issueConfidential(t.fixture.server);
    expect(expectActive(await t.request(endpointRequest('/introspect', { token: accessToken }))).iss).toBe(
      t.issuer,
    );
    expect(expectActive(await t.request(endpointRequest('/introspect', { token: refreshToken }))).iss).toBe(
      t.issuer,
    );
  });

  it('an inactive one still carries nothing but active', async () => {
    expectInactive(await t.request(endpointRequest('/introspect', { token: 'never-issued-token' })));
  });
});
