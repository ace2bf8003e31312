/*
 * The `profile: 'oauth21'` option: OAuth 2.1's rules in one switch (draft-ietf-oauth-v2-1-16).
 *
 *   §4.1.1: "Clients MUST use code_challenge and code_verifier and authorization servers MUST enforce their use
 *   except under the conditions described in Section 7.5.1." — "The plain transformation method defined in
 *   [RFC7636] is removed and explicitly prohibited in this specification."
 *   §7.5.1.1: "To prevent injection of authorization codes into the client, using code_challenge and
 *   code_verifier is REQUIRED for clients, and authorization servers MUST enforce their use, unless both of the
 *   following criteria are met: The client is a confidential client. In the specific deployment and the specific
 *   request, there is reasonable assurance by the authorization server that the client implements the OpenID
 *   Connect nonce mechanism properly."
 *   §4.1.2.1: "If the server does not support the requested code_challenge_method transformation, the
 *   authorization endpoint MUST return the authorization error response with error value set to
 *   invalid_request."
 *   §5.1: "In particular, clients MUST NOT send the access token in a URI query parameter, and resource servers
 *   MUST ignore access tokens in a URI query parameter."
 *   §10.1: the implicit grant is removed (the table of contents: "Removal of the OAuth 2.0 Implicit grant"); the
 *   password grant is not part of OAuth 2.1 (§1.3 lists the authorization code, refresh token and client
 *   credentials grants).
 *
 * RFC 8414 §2: the metadata advertises what the server supports, so under the profile it lists neither the
 * implicit nor the password grant, nor the plain PKCE method.
 *
 * The option fixes `requirePKCE: true`, `enablePlainPKCE: false`, `enableImplicitGrant: false`,
 * `enablePasswordGrant: false` and `allowBearerTokensInQueryString: false`; setting one of them the other way is
 * an InvalidArgumentError at construction (README, "The oauth21 profile").
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InvalidArgumentError, OAuth2Server, Request, type ServerOptions } from '../../src/index.js';
import {
  expectContract,
  expectErrorRedirect,
  omit,
  runAuthorize,
  type AuthorizeOutcome,
} from '../helpers/authorize-tests.js';
import { expectMatchesContract } from '../helpers/contract.js';
import {
  authenticateBearer,
  expectTokenAccepted,
  lifecycleFixture,
  STORES,
  type LifecycleFixture,
} from '../helpers/grant-lifecycle.js';
import {
  ALICE,
  authorizeParams,
  CONFIDENTIAL,
  formRequest,
  obtainCode,
  PUBLIC,
  settle,
  VERIFIER,
} from '../helpers/oauth.js';
import {
  codeParams,
  expectTokenError,
  expectTokenSuccess,
  issueTokens,
  postToken,
  tokenPost,
} from '../helpers/token-tests.js';

const ISSUER = 'https://as.example';
const OAUTH21 = { profile: 'oauth21' } as const;

/** The message for an option set against the profile. */
const contrary = (option: string, required: boolean): string =>
  `Invalid argument: \`profile: 'oauth21'\` requires \`${option}: ${String(required)}\``;

describe.each(STORES)("profile: 'oauth21' on $name", (kind) => {
  let f: LifecycleFixture;
  beforeEach(async () => {
    f = await lifecycleFixture(kind, OAUTH21);
  });
  afterEach(() => {
    f.dispose();
  });

  const approved = (params: Record<string, unknown>): Request => formRequest({ ...params, allowed: 'true' });

  describe('construction', () => {
    it('the profile alone, or with the options it fixes set its way, is accepted', () => {
      expect(() => f.serverWith(OAUTH21)).not.toThrow();
      expect(() =>
        f.serverWith({
          ...OAUTH21,
          requirePKCE: true,
          enablePlainPKCE: false,
          enableImplicitGrant: false,
          enablePasswordGrant: false,
          allowBearerTokensInQueryString: false,
        }),
      ).not.toThrow();
    });

    it.each<[keyof ServerOptions, boolean, boolean]>([
      ['enablePasswordGrant', true, false],
      ['enableImplicitGrant', true, false],
      ['allowBearerTokensInQueryString', true, false],
      ['enablePlainPKCE', true, false],
      ['requirePKCE', false, true],
    ])('%s: %s is refused with InvalidArgumentError', (option, value, required) => {
      const build = (): OAuth2Server => new OAuth2Server({ model: f.store, ...OAUTH21, [option]: value });
      expect(build).toThrow(InvalidArgumentError);
      expect(build).toThrow(contrary(option, required));
    });

    it.each<[string, unknown]>([
      ['another profile name', 'oauth20'],
      ['another case', 'OAuth21'],
      ['an empty string', ''],
      ['a boolean', true],
      ['null', null],
    ])('an unknown profile (%s) is refused with InvalidArgumentError', (_what, profile) => {
      const build = (): OAuth2Server =>
        new OAuth2Server({ model: f.store, profile: profile as ServerOptions['profile'] });
      expect(build).toThrow(InvalidArgumentError);
      expect(build).toThrow("Invalid argument: `profile` must be 'oauth21'");
    });

    it("the caller's options object is not changed", () => {
      const options: ServerOptions = { model: f.store, ...OAUTH21 };
      const before = { ...options };
      new OAuth2Server(options);
      expect(options).toEqual(before);
    });

    it('the resolved options carry what the profile fixes', () => {
      const resolved = f.server.resolvedOptions;
      expect(resolved.authorize.requirePKCE).toBe(true);
      expect(resolved.authorize.enablePlainPKCE).toBe(false);
      expect(resolved.authorize.enableImplicitGrant).toBe(false);
      expect(resolved.token.enablePasswordGrant).toBe(false);
      expect(resolved.token.enablePlainPKCE).toBe(false);
      expect(resolved.authenticate.allowBearerTokensInQueryString).toBe(false);
    });

    it('a per-call option set against the profile is refused too', async () => {
      const request = new Request({ method: 'GET', headers: {}, query: { access_token: 'x' } });
      const { error } = await settle((response) =>
        f.server.authenticate(request, response, { allowBearerTokensInQueryString: true }),
      );
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(error?.message).toBe(contrary('allowBearerTokensInQueryString', false));
    });
  });

  describe('§4.1.1, §7.5.1.1: PKCE is required from every client', () => {
    it('a confidential client without code_challenge → invalid_request, redirected', async () => {
      const outcome = await runAuthorize(
        f.server,
        approved(omit(authorizeParams(), 'code_challenge', 'code_challenge_method')),
      );
      expectErrorRedirect(outcome, CONFIDENTIAL.redirectUri, {
        error: 'invalid_request',
        description: 'Invalid request: `code_challenge` is required (PKCE)',
        state: 'xyz',
      });
      expectContract(outcome);
    });

    it('a public client without code_challenge → invalid_request, redirected', async () => {
      const outcome = await runAuthorize(
        f.server,
        approved(
          omit(
            authorizeParams({ client_id: PUBLIC.id, redirect_uri: PUBLIC.redirectUri }),
            'code_challenge',
            'code_challenge_method',
          ),
        ),
      );
      expectErrorRedirect(outcome, PUBLIC.redirectUri, {
        error: 'invalid_request',
        description: 'Invalid request: public clients must send `code_challenge` (PKCE)',
        state: 'xyz',
      });
      expectContract(outcome);
    });

    it('with S256 the flow works, and the confidential client still authenticates', async () => {
      const code = await obtainCode(f.server);
      expectTokenSuccess(await postToken(f.server, tokenPost(codeParams(code))));
    });
  });

  describe('§4.1.1: the plain method is refused', () => {
    it('code_challenge_method=plain → invalid_request, redirected', async () => {
      const outcome: AuthorizeOutcome = await runAuthorize(
        f.server,
        approved(authorizeParams({ code_challenge: VERIFIER, code_challenge_method: 'plain' })),
      );
      expectErrorRedirect(outcome, CONFIDENTIAL.redirectUri, {
        error: 'invalid_request',
        description: 'Invalid request: `code_challenge_method` plain is not allowed; use S256',
        state: 'xyz',
      });
      expectContract(outcome);
    });

    it('a challenge without a method is taken as S256', async () => {
      const outcome = await runAuthorize(
        f.server,
        approved(omit(authorizeParams(), 'code_challenge_method')),
      );
      expectContract(outcome);
      const code = new URL(outcome.response.headers.location!).searchParams.get('code')!;
      expect(f.store.getAuthorizationCode(code)?.codeChallengeMethod).toBe('S256');
    });
  });

  describe('§10.1: no implicit grant; no password grant', () => {
    it('response_type=token → unsupported_response_type, redirected in the query', async () => {
      const outcome = await runAuthorize(f.server, approved(authorizeParams({ response_type: 'token' })));
      expectErrorRedirect(outcome, CONFIDENTIAL.redirectUri, {
        error: 'unsupported_response_type',
        description: 'Unsupported response type: `response_type` is not supported',
        state: 'xyz',
      });
      expectContract(outcome);
    });

    it('grant_type=password, from a client allowed it → 400 unsupported_grant_type', async () => {
      const outcome = await postToken(
        f.server,
        tokenPost({ grant_type: 'password', username: ALICE.username, password: ALICE.password }),
      );
      expectTokenError(outcome, {
        status: 400,
        error: 'unsupported_grant_type',
        description: 'Unsupported grant type: `grant_type` is invalid',
      });
    });
  });

  describe('§5.1: no bearer tokens in the query', () => {
    it('?access_token= → 400 invalid_request; the same token in the header is accepted', async () => {
      const { access_token } = await issueTokens(f.server);
      const request = new Request({ method: 'GET', headers: {}, query: { access_token } });
      const { response, error } = await authenticateBearer(f.server, request);
      expect(error?.name).toBe('invalid_request');
      const description = 'Invalid request: do not send bearer tokens in query URLs';
      expect({ status: response.status, body: response.body }).toEqual({
        status: 400,
        body: { error: 'invalid_request', error_description: description },
      });
      expect(response.headers['www-authenticate']).toBe(
        `Bearer realm="Service", error="invalid_request", error_description="${description}"`,
      );
      await expectTokenAccepted(f.server, access_token);
    });
  });

  describe('what stays as it is', () => {
    it('loopback redirect URIs still match any port (RFC 8252 §7.3)', async () => {
      const requested = 'http://127.0.0.1:5555/callback';
      const outcome = await runAuthorize(
        f.server,
        approved(authorizeParams({ client_id: PUBLIC.id, redirect_uri: requested })),
      );
      expect(outcome.response.status).toBe(303);
      expect(outcome.response.headers.location!.startsWith(`${requested}?code=`)).toBe(true);
      expectContract(outcome);
    });

    it('client_credentials for a confidential client is served', async () => {
      expectTokenSuccess(await postToken(f.server, tokenPost({ grant_type: 'client_credentials' })));
    });
  });

  describe('RFC 8414: the metadata advertises no implicit, password or plain', () => {
    it('response types, grant types and PKCE methods under the profile', () => {
      const metadata = f.serverWith({ ...OAUTH21, issuer: ISSUER }).metadata();
      expect(metadata).toBeDefined();
      expect(metadata!.response_types_supported).toEqual(['code']);
      expect(metadata!.grant_types_supported).not.toContain('implicit');
      expect(metadata!.grant_types_supported).not.toContain('password');
      expect([...metadata!.grant_types_supported!].sort()).toEqual([
        'authorization_code',
        'client_credentials',
        'refresh_token',
      ]);
      expect(metadata!.code_challenge_methods_supported).toEqual(['S256']);
      expect(metadata!.response_modes_supported).toEqual(['query']);
      expectMatchesContract(
        { status: 200, headers: { 'content-type': 'application/json' }, body: metadata },
        'metadata',
      );
    });
  });
});
