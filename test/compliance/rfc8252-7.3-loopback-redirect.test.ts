/*
 * RFC 8252 (OAuth 2.0 for Native Apps) §7.3 Loopback Interface Redirection
 * (https://www.rfc-editor.org/rfc/rfc8252#section-7.3):
 *
 *   "The authorization server MUST allow any port to be specified at the time of the request for loopback IP
 *   redirect URIs, to accommodate clients that obtain an available ephemeral port from the operating system at
 *   the time of the request."
 *
 * §8.3 Loopback Redirect Considerations: "While redirect URIs using localhost (i.e.,
 * "http://localhost:{port}/{path}") function similarly to loopback IP redirects described in Section 7.3, the use
 * of localhost is NOT RECOMMENDED."
 *
 * OAuth 2.1 (draft-ietf-oauth-v2-1-16) §4.1.1: "When comparing the two URIs the authorization server MUST ensure
 * that the two URIs are equal, see Section 6.2.1 of [RFC3986], Simple String Comparison, for details. The only
 * exception is native apps using a localhost URI: In this case, the authorization server MUST allow variable port
 * numbers as described in Section 8.4.2."
 *
 * RFC 6749 §4.1.3: the token request's redirect_uri is "REQUIRED, if the "redirect_uri" parameter was included in
 * the authorization request as described in Section 4.1.1, and their values MUST be identical."
 *
 * Checklist: RU-02 (registered http://127.0.0.1/cb or http://[::1]/cb matches any port at request time; scheme,
 * host, path and query still exact; `localhost` is not a loopback IP), RU-01 (simple string comparison
 * otherwise), RU-05 (the token request repeats the exact URI).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  expectContract,
  expectErrorRedirect,
  expectNotRedirected,
  expectRedirect,
  runAuthorize,
  type AuthorizeOutcome,
} from '../helpers/authorize-tests.js';
import { lifecycleFixture, modelWithout, STORES, type LifecycleFixture } from '../helpers/grant-lifecycle.js';
import { authorizeGet, authorizeParams, formRequest } from '../helpers/oauth.js';
import {
  codeParams,
  expectTokenError,
  expectTokenSuccess,
  postToken,
  tokenPost,
  without,
} from '../helpers/token-tests.js';

const NATIVE = 'native-app';
const REGISTERED = [
  'http://127.0.0.1/cb',
  'http://[::1]/cb',
  'http://127.0.0.1/q?app=1',
  'http://127.0.0.1:8080/fixed',
  'http://localhost/cb',
  'https://127.0.0.1/secure',
  'https://app.example/cb',
];
const mismatch = 'Invalid client: `redirect_uri` does not match client value';

describe.each(STORES)('RFC 8252 §7.3 loopback redirect URIs on $name', (kind) => {
  let f: LifecycleFixture;
  beforeEach(async () => {
    f = await lifecycleFixture(kind);
    f.store.addClient({
      id: NATIVE,
      grants: ['authorization_code', 'refresh_token'],
      redirectUris: REGISTERED,
      tokenEndpointAuthMethod: 'none',
    });
  });
  afterEach(() => {
    f.dispose();
  });

  /** An approved authorization request by the native app for `redirectUri`. */
  const authorize = (redirectUri: string, extra: Record<string, unknown> = {}): Promise<AuthorizeOutcome> =>
    runAuthorize(
      f.server,
      formRequest({
        ...authorizeParams({ client_id: NATIVE, redirect_uri: redirectUri }),
        allowed: 'true',
        ...extra,
      }),
    );

  /** The code was delivered to exactly the requested URI, port included. */
  function expectCodeAt(outcome: AuthorizeOutcome, redirectUri: string): string {
    const added = expectRedirect(outcome, redirectUri, [
      ['code', expect.any(String) as string],
      ['state', 'xyz'],
    ]);
    expect(outcome.response.headers.location!.startsWith(`${redirectUri}`)).toBe(true);
    expectContract(outcome);
    return added.get('code')!;
  }

  function expectMismatch(outcome: AuthorizeOutcome): void {
    expectNotRedirected(outcome, 400, 'invalid_client', mismatch);
    expectContract(outcome);
  }

  /** A redemption by the native app (public: client_id and the verifier). */
  const redeem = (code: string, redirectUri: string | undefined) => {
    const params = { ...codeParams(code), client_id: NATIVE };
    return postToken(
      f.server,
      tokenPost(
        redirectUri === undefined
          ? without(params, 'redirect_uri')
          : { ...params, redirect_uri: redirectUri },
        {},
      ),
    );
  };

  describe('RU-02: any port at the request for a registered loopback IP URI', () => {
    it.each([
      'http://127.0.0.1:1/cb',
      'http://127.0.0.1:5555/cb',
      'http://127.0.0.1:49152/cb',
      'http://127.0.0.1:65535/cb',
      'http://[::1]:5555/cb',
      'http://[::1]:65535/cb',
      'http://127.0.0.1:5555/q?app=1',
    ])('%s → a code, delivered to that very URI', async (requested) => {
      expectCodeAt(await authorize(requested), requested);
    });

    it.each(['http://127.0.0.1/cb', 'http://[::1]/cb'])(
      '%s, the registered URI itself → a code',
      async (uri) => {
        expectCodeAt(await authorize(uri), uri);
      },
    );

    it('a URI registered with a port matches any other port, or none', async () => {
      expectCodeAt(await authorize('http://127.0.0.1:9090/fixed'), 'http://127.0.0.1:9090/fixed');
      expectCodeAt(await authorize('http://127.0.0.1/fixed'), 'http://127.0.0.1/fixed');
    });

    it('on a GET too', async () => {
      const requested = 'http://[::1]:61000/cb';
      const outcome = await runAuthorize(
        f.serverWith({ consentHandler: { handle: () => true } }),
        authorizeGet(authorizeParams({ client_id: NATIVE, redirect_uri: requested })),
      );
      expect(outcome.response.status).toBe(302);
      expectCodeAt(outcome, requested);
    });

    it('errors after the match are redirected to the requested URI, port included', async () => {
      const requested = 'http://127.0.0.1:5555/cb';
      const outcome = await authorize(requested, { response_type: 'token' });
      expectErrorRedirect(outcome, requested, {
        error: 'unsupported_response_type',
        description: 'Unsupported response type: `response_type` is not supported',
        state: 'xyz',
      });
      expectContract(outcome);
    });

    // RFC 8252 §7.3: "MUST allow any port to be specified at the time of the request", the default one written out
    // included.
    it.each([
      ['http://127.0.0.1:80/cb', 'http://127.0.0.1/cb'],
      ['http://[::1]:80/cb', 'http://[::1]/cb'],
      ['http://127.0.0.1:80/fixed', 'http://127.0.0.1:8080/fixed'],
    ])('%s (the default port written out) matches %s', async (requested) => {
      expectCodeAt(await authorize(requested), requested);
    });
  });

  describe('RU-02: nothing but the port is relaxed', () => {
    it.each([
      ['another path', 'http://127.0.0.1:5555/cb2'],
      ['a trailing slash', 'http://127.0.0.1:5555/cb/'],
      ['another case in the path', 'http://127.0.0.1:5555/CB'],
      ['a longer path', 'http://127.0.0.1:5555/cb/x'],
      ['a dot segment', 'http://127.0.0.1:5555/x/../cb'],
      ['a percent-encoded path', 'http://127.0.0.1:5555/%63b'],
      ['no path', 'http://127.0.0.1:5555'],
      ['an added empty query', 'http://127.0.0.1:5555/cb?'],
      ['an added query', 'http://127.0.0.1:5555/cb?x=1'],
      ['another query value', 'http://127.0.0.1:5555/q?app=2'],
      ['a missing query', 'http://127.0.0.1:5555/q'],
      ['an extra query parameter', 'http://127.0.0.1:5555/q?app=1&x=1'],
      ['the https scheme', 'https://127.0.0.1:5555/cb'],
      ['another case in the scheme', 'HTTP://127.0.0.1:5555/cb'],
      ['another loopback address', 'http://127.0.0.2:5555/cb'],
      ['a shortened IPv4 literal', 'http://127.1:5555/cb'],
      ['a decimal IPv4 literal', 'http://2130706433:5555/cb'],
      ['a long-form IPv6 literal', 'http://[0:0:0:0:0:0:0:1]:5555/cb'],
      ['userinfo', 'http://user@127.0.0.1:5555/cb'],
      ['a port out of range', 'http://127.0.0.1:65536/cb'],
      ['a zero-padded port', 'http://127.0.0.1:05555/cb'],
    ])('%s (%s) → 400 invalid_client, not redirected', async (_what, requested) => {
      expectMismatch(await authorize(requested));
    });

    it('a fragment is refused before any comparison → 400 invalid_request, not redirected', async () => {
      const outcome = await authorize('http://127.0.0.1:5555/cb#frag');
      expectNotRedirected(outcome, 400, 'invalid_request', 'Invalid parameter: `redirect_uri`');
      expectContract(outcome);
    });

    it('an IPv4 URI does not match the registered IPv6 one, nor the reverse', async () => {
      f.store.setRedirectUris(NATIVE, ['http://[::1]/only6']);
      expectMismatch(await authorize('http://127.0.0.1:5555/only6'));
      f.store.setRedirectUris(NATIVE, ['http://127.0.0.1/only4']);
      expectMismatch(await authorize('http://[::1]:5555/only4'));
    });

    it('§8.3: localhost is not a loopback IP literal; its port is not relaxed', async () => {
      expectMismatch(await authorize('http://localhost:5555/cb'));
      // Registered as localhost, it matches only exactly.
      expectCodeAt(await authorize('http://localhost/cb'), 'http://localhost/cb');
      // Nor does localhost stand for 127.0.0.1.
      expectMismatch(await authorize('http://localhost:5555/fixed'));
    });

    it('https URIs are never port-relaxed, loopback or not', async () => {
      expectMismatch(await authorize('https://127.0.0.1:8443/secure'));
      expectMismatch(await authorize('https://app.example:8443/cb'));
      expectMismatch(await authorize('http://app.example:8080/cb'));
      expectCodeAt(await authorize('https://127.0.0.1/secure'), 'https://127.0.0.1/secure');
    });

    it('a Model validateRedirectUri replaces the comparison: the server adds no relaxation of its own', async () => {
      const model = Object.assign(modelWithout(f.store), {
        validateRedirectUri: (uri: string) => uri === 'http://127.0.0.1/cb',
      });
      const server = f.serverWith({ model });
      const outcome = await runAuthorize(
        server,
        formRequest({
          ...authorizeParams({ client_id: NATIVE, redirect_uri: 'http://127.0.0.1:5555/cb' }),
          allowed: 'true',
        }),
      );
      expectMismatch(outcome);
    });
  });

  describe('RFC 6749 §4.1.3: the token request repeats the exact URI, port included (RU-05)', () => {
    const requested = 'http://127.0.0.1:5555/cb';
    const notMatching = {
      status: 400,
      error: 'invalid_grant',
      description: 'Invalid grant: `redirect_uri` does not match the authorization request',
    } as const;

    it('the same URI with the same port → 200', async () => {
      const code = expectCodeAt(await authorize(requested), requested);
      expectTokenSuccess(await redeem(code, requested));
    });

    it.each([
      ['the registered URI without the port', 'http://127.0.0.1/cb'],
      ['another port', 'http://127.0.0.1:6666/cb'],
      ['the IPv6 loopback with the same port', 'http://[::1]:5555/cb'],
    ])('%s → 400 invalid_grant', async (_what, other) => {
      const code = expectCodeAt(await authorize(requested), requested);
      expectTokenError(await redeem(code, other), notMatching);
    });

    it('omitted → 400 invalid_grant, as the authorization request included it', async () => {
      const code = expectCodeAt(await authorize(requested), requested);
      expectTokenError(await redeem(code, undefined), {
        status: 400,
        error: 'invalid_grant',
        description: 'Invalid grant: `redirect_uri` is required, as the authorization request included it',
      });
    });

    it('a code issued for the registered URI (no port) is not redeemed with a port added', async () => {
      const code = expectCodeAt(await authorize('http://[::1]/cb'), 'http://[::1]/cb');
      expectTokenError(await redeem(code, 'http://[::1]:5555/cb'), notMatching);
    });
  });
});
