/**
 * RFC 9110 §11.1, Authentication Scheme (https://www.rfc-editor.org/rfc/rfc9110#section-11.1):
 *
 *   "It uses a case-insensitive token to identify the authentication scheme:
 *
 *      auth-scheme    = token"
 *
 * RFC 6750 §2.1 defines `credentials = "Bearer" 1*SP b64token`; ABNF string literals are case-insensitive too
 * (RFC 5234 §2.3), so `bearer` and `BEARER` are the same scheme. The mirror matched `/^Bearer /` and answered
 * `400` to them (checklist BA-02, R04).
 */
import { describe, expect, it, vi } from 'vitest';
import { Request, type OAuth2Server, type Token } from '../../src/index.js';
import { expectMatchesContract } from '../helpers/contract.js';
import { CONFIDENTIAL, createFixture, settle } from '../helpers/oauth.js';

const TOKEN = 'mF_9.B5f-4.1JqM';

async function setup() {
  const fixture = await createFixture();
  const client = fixture.store.getClient(CONFIDENTIAL.id, null)!;
  fixture.store.saveToken(
    { accessToken: TOKEN, accessTokenExpiresAt: new Date(Date.now() + 3_600_000), scope: ['read'] },
    client,
    fixture.user,
  );
  return { ...fixture, getAccessToken: vi.spyOn(fixture.store, 'getAccessToken') };
}

async function getMe(server: OAuth2Server, authorization: string) {
  const request = new Request({ method: 'GET', query: {}, headers: { authorization } });
  const result = await settle((response) => server.authenticate(request, response, 'read'));
  if (result.value) result.response.body = meBody(result.value);
  return result;
}

function meBody(token: Token): Record<string, string> {
  return { sub: String(token.user?.username), client_id: token.client.id, scope: token.scope!.join(' ') };
}

describe('RFC 9110 §11.1: the auth-scheme is case-insensitive (BA-02)', () => {
  it.each(['Bearer', 'bearer', 'BEARER', 'BeArEr'])('%s <token> is accepted (R04)', async (scheme) => {
    const { server, user, getAccessToken } = await setup();
    const { response, value, error } = await getMe(server, `${scheme} ${TOKEN}`);
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(value?.user).toEqual(user);
    expect(getAccessToken).toHaveBeenCalledExactlyOnceWith(TOKEN);
    expect(response.headers['x-oauth-scopes']).toBe('read');
    expectMatchesContract(response, 'getMe');
  });

  it.each(['bearer', 'BEARER'])(
    '%s with a malformed token is still a Bearer credential: 400',
    async (scheme) => {
      const { server, getAccessToken } = await setup();
      const { response } = await getMe(server, `${scheme} a b`);
      const description = 'Invalid request: malformed authorization header';
      expect(response.status).toBe(400);
      expect(response.body).toEqual({ error: 'invalid_request', error_description: description });
      expect(response.headers['www-authenticate']).toBe(
        `Bearer realm="Service", error="invalid_request", error_description="${description}"`,
      );
      expect(getAccessToken).not.toHaveBeenCalled();
      expectMatchesContract(response, 'getMe');
    },
  );

  it.each(['Bearerx', 'Bear', 'XBearer'])(
    '%s is another scheme, not Bearer: a bare 401 challenge',
    async (scheme) => {
      const { server, getAccessToken } = await setup();
      const { response, error } = await getMe(server, `${scheme} ${TOKEN}`);
      expect(error?.name).toBe('unauthorized_request');
      expect(response.status).toBe(401);
      expect(response.headers['www-authenticate']).toBe('Bearer realm="Service"');
      expect(response.body).toBeUndefined();
      expect(getAccessToken).not.toHaveBeenCalled();
      expectMatchesContract(response, 'getMe');
    },
  );
});
