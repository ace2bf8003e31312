/*
 * RFC 6749 §4.2.2 Access Token Response (implicit grant)
 *
 *   "If the resource owner grants the access request, the authorization server issues an access token and
 *   delivers it to the client by adding the following parameters to the fragment component of the redirection
 *   URI using the "application/x-www-form-urlencoded" format, per Appendix B:
 *
 *   access_token  REQUIRED.  The access token issued by the authorization server.
 *   token_type    REQUIRED.  The type of the token issued as described in Section 7.1.  Value is case insensitive.
 *   expires_in    RECOMMENDED.  The lifetime in seconds of the access token. [...]
 *   scope         OPTIONAL, if identical to the scope requested by the client; otherwise, REQUIRED. [...]
 *   state         REQUIRED if the "state" parameter was present in the client authorization request.  The exact
 *                 value received from the client.
 *
 *   The authorization server MUST NOT issue a refresh token."
 *
 * §4.2.2.1 Error Response: "If the resource owner denies the access request or if the request fails for reasons
 * other than a missing or invalid redirection URI, the authorization server informs the client by adding the
 * following parameters to the fragment component of the redirection URI using the
 * "application/x-www-form-urlencoded" format, per Appendix B".
 *
 * RFC 9700 §2.1.2 says clients SHOULD NOT use the implicit grant, so it is off unless `enableImplicitGrant` is set
 * and the client is allowed the `implicit` grant (AZ-07).
 *
 * The contract check of fragment responses is the skipped test at the end of this file: the contract's
 * x-redirect-parameters only describe parameters added to the query.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Request } from '../../src/index.js';
import {
  expectContract,
  expectErrorRedirect,
  expectRedirect,
  locationOf,
  omit,
  runAuthorize,
} from '../helpers/authorize-tests.js';
import { authorizeGet, authorizeParams, createFixture, formRequest, type Fixture } from '../helpers/oauth.js';

const REDIRECT = 'https://spa.example/cb';

async function implicitFixture(
  options: Parameters<typeof createFixture>[0] = { enableImplicitGrant: true },
): Promise<Fixture> {
  const fixture = await createFixture(options);
  fixture.store.addClient({
    id: 'spa',
    grants: ['implicit', 'refresh_token'],
    redirectUris: [REDIRECT],
    tokenEndpointAuthMethod: 'none',
  });
  fixture.store.addClient({
    id: 'spa-query',
    grants: ['implicit'],
    redirectUris: [`${REDIRECT}?x=1`],
    tokenEndpointAuthMethod: 'none',
  });
  fixture.store.addClient({
    id: 'code-only',
    grants: ['authorization_code'],
    redirectUris: [REDIRECT],
    tokenEndpointAuthMethod: 'none',
  });
  return fixture;
}

function tokenParams(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return omit(
    authorizeParams({ response_type: 'token', client_id: 'spa', redirect_uri: REDIRECT, ...overrides }),
    'code_challenge',
    'code_challenge_method',
  );
}

function tokenPost(overrides: Record<string, unknown> = {}, allowed = 'true'): Request {
  return formRequest({ ...tokenParams(overrides), allowed });
}

describe('RFC 6749 §4.2 implicit grant: disabled by default (AZ-07, A19)', () => {
  it('response_type=token from a client allowed the implicit grant: unsupported_response_type, no token', async () => {
    const fixture = await implicitFixture({});
    const saveToken = vi.spyOn(fixture.store, 'saveToken');
    const outcome = await runAuthorize(fixture.server, tokenPost());
    expectErrorRedirect(outcome, REDIRECT, {
      error: 'unsupported_response_type',
      description: 'Unsupported response type: `response_type` is not supported',
      state: 'xyz',
    });
    expect(saveToken).not.toHaveBeenCalled();
    expectContract(outcome);
  });
});

describe('RFC 6749 §4.2.2: with enableImplicitGrant, the token is delivered in the fragment', () => {
  it('access_token, token_type, expires_in, scope and state in the fragment; no refresh token', async () => {
    const fixture = await implicitFixture();
    const saveToken = vi.spyOn(fixture.store, 'saveToken');
    const saveCode = vi.spyOn(fixture.store, 'saveAuthorizationCode');
    const outcome = await runAuthorize(fixture.server, tokenPost());
    expect(outcome.error).toBeUndefined();
    const token = outcome.value as { accessToken: string; refreshToken?: string };
    const params = expectRedirect(
      outcome,
      REDIRECT,
      [
        ['access_token', token.accessToken],
        ['token_type', 'Bearer'],
        ['expires_in', expect.stringMatching(/^(3599|3600)$/)],
        ['scope', 'read'],
        ['state', 'xyz'],
      ],
      'fragment',
    );
    expect(params.has('refresh_token')).toBe(false);
    expect(params.has('code')).toBe(false);
    expect(token.refreshToken).toBeUndefined();
    expect(saveToken.mock.calls[0]![0].refreshToken).toBeUndefined();
    expect(saveCode).not.toHaveBeenCalled();
    expect(new URL(locationOf(outcome.response)).search).toBe('');
    expect(outcome.response.status).toBe(303);
  });

  it('a GET approved by the consentHandler: 302 with the token in the fragment', async () => {
    const fixture = await implicitFixture({
      enableImplicitGrant: true,
      consentHandler: { handle: () => true },
    });
    const outcome = await runAuthorize(fixture.server, authorizeGet(tokenParams()));
    expect(outcome.response.status).toBe(302);
    const fragment = new URLSearchParams(new URL(locationOf(outcome.response)).hash.slice(1));
    expect(fragment.get('access_token')).toBe((outcome.value as { accessToken: string }).accessToken);
    expect(fragment.get('state')).toBe('xyz');
  });

  it('keeps the registered query in front of the fragment', async () => {
    const fixture = await implicitFixture();
    const outcome = await runAuthorize(
      fixture.server,
      tokenPost({ client_id: 'spa-query', redirect_uri: `${REDIRECT}?x=1` }),
    );
    expect(locationOf(outcome.response).startsWith(`${REDIRECT}?x=1#access_token=`)).toBe(true);
  });

  it('the state is the exact value received', async () => {
    const state = ' a+b&c=d%20e/f?g#h ';
    const fixture = await implicitFixture();
    const outcome = await runAuthorize(fixture.server, tokenPost({ state }));
    const fragment = new URLSearchParams(new URL(locationOf(outcome.response)).hash.slice(1));
    expect(fragment.get('state')).toBe(state);
  });

  it('the token is saved for the client and the user, and the promise resolves with it', async () => {
    const fixture = await implicitFixture();
    const saveToken = vi.spyOn(fixture.store, 'saveToken');
    const outcome = await runAuthorize(fixture.server, tokenPost());
    const [, client, user] = saveToken.mock.calls[0]!;
    expect(client.id).toBe('spa');
    expect(user).toEqual(fixture.user);
    expect(outcome.value).toBe(saveToken.mock.results[0]!.value);
  });
});

describe('RFC 6749 §4.2.2.1: errors after the response type is known go in the fragment', () => {
  it('a client not allowed the implicit grant: unauthorized_client in the fragment', async () => {
    const fixture = await implicitFixture();
    const outcome = await runAuthorize(fixture.server, tokenPost({ client_id: 'code-only' }));
    expectErrorRedirect(
      outcome,
      REDIRECT,
      {
        error: 'unauthorized_client',
        description: 'Unauthorized client: `grant_type` is invalid',
        state: 'xyz',
      },
      'fragment',
    );
  });

  it('denied (allowed=false): access_denied in the fragment', async () => {
    const fixture = await implicitFixture();
    const saveToken = vi.spyOn(fixture.store, 'saveToken');
    const outcome = await runAuthorize(fixture.server, tokenPost({}, 'false'));
    expectErrorRedirect(
      outcome,
      REDIRECT,
      {
        error: 'access_denied',
        description: 'Access denied: user denied access to application',
        state: 'xyz',
      },
      'fragment',
    );
    expect(saveToken).not.toHaveBeenCalled();
  });

  it('a GET without consent: access_denied in the fragment, no token issued (AZ-02)', async () => {
    const fixture = await implicitFixture();
    const saveToken = vi.spyOn(fixture.store, 'saveToken');
    const outcome = await runAuthorize(fixture.server, authorizeGet({ ...tokenParams(), allowed: 'true' }));
    expectErrorRedirect(
      outcome,
      REDIRECT,
      {
        error: 'access_denied',
        description: 'Access denied: the resource owner has not approved the request',
        state: 'xyz',
      },
      'fragment',
    );
    expect(outcome.response.status).toBe(302);
    expect(saveToken).not.toHaveBeenCalled();
  });

  it('validateScope returns false: invalid_scope in the fragment', async () => {
    const fixture = await implicitFixture();
    vi.spyOn(fixture.store, 'validateScope').mockReturnValue(false);
    const outcome = await runAuthorize(fixture.server, tokenPost());
    expectErrorRedirect(
      outcome,
      REDIRECT,
      { error: 'invalid_scope', description: 'Invalid scope: Requested scope is invalid', state: 'xyz' },
      'fragment',
    );
  });

  it('saveToken throws: server_error in the fragment, with a generic description', async () => {
    const fixture = await implicitFixture();
    vi.spyOn(fixture.store, 'saveToken').mockImplementation(() => {
      throw new Error('db down "tokens"');
    });
    const outcome = await runAuthorize(fixture.server, tokenPost());
    expectErrorRedirect(
      outcome,
      REDIRECT,
      {
        error: 'server_error',
        description: 'Server error: the request could not be completed',
        state: 'xyz',
      },
      'fragment',
    );
  });

  it('client and redirect URI errors are still not redirected', async () => {
    const fixture = await implicitFixture();
    const outcome = await runAuthorize(
      fixture.server,
      tokenPost({ redirect_uri: 'https://evil.example/cb' }),
    );
    expect(outcome.response.status).toBe(400);
    expect(outcome.response.headers.location).toBeUndefined();
    expect(outcome.response.body).toEqual({
      error: 'invalid_client',
      error_description: 'Invalid client: `redirect_uri` does not match client value',
    });
    expectContract(outcome);
  });

  it.each([
    [
      'a malformed scope',
      { scope: 'read\\write' },
      { error: 'invalid_scope', description: 'Invalid parameter: `scope`', state: 'xyz' },
    ],
    [
      'a repeated state',
      { state: ['a', 'b'] },
      { error: 'invalid_request', description: 'Invalid request: `state` is included more than once' },
    ],
  ])('%s with response_type=token: the error is in the fragment', async (_name, overrides, expected) => {
    const fixture = await implicitFixture();
    const outcome = await runAuthorize(fixture.server, tokenPost(overrides));
    expectErrorRedirect(outcome, REDIRECT, expected, 'fragment');
  });

  it('implicit-grant redirects match the contract', async () => {
    const fixture = await implicitFixture();
    expectContract(await runAuthorize(fixture.server, tokenPost()));
    expectContract(await runAuthorize(fixture.server, tokenPost({}, 'false')));
  });
});
