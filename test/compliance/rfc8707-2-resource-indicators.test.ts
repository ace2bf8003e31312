/*
 * RFC 8707 (Resource Indicators for OAuth 2.0) §2 (https://www.rfc-editor.org/rfc/rfc8707#section-2):
 *
 *   "resource
 *      Indicates the target service or resource to which access is being requested. Its value MUST be an absolute
 *      URI, as specified by Section 4.3 of [RFC3986]. The URI MUST NOT include a fragment component. [...]
 *      Multiple "resource" parameters MAY be used to indicate that the requested token is intended to be used at
 *      multiple resources."
 *
 *   "invalid_target
 *      The requested resource is invalid, missing, unknown, or malformed."
 *
 *   "The authorization server SHOULD audience-restrict issued access tokens to the resource(s) indicated by the
 *   "resource" parameter. Audience restrictions can be communicated in JSON Web Tokens [RFC7519] with the "aud"
 *   claim and the top-level member of the same name provides the audience restriction information in a Token
 *   Introspection [RFC7662] response."
 *
 * §2.1: "In the code flow [...] the requested resource is applicable to the full authorization grant." — "If the
 * authorization server fails to parse the provided value(s) or does not consider the resource(s) acceptable, it
 * should reject the request with an error response using the error code "invalid_target" [...]".
 *
 * §2.2: "In the case of a "refresh_token" or "authorization_code" grant type request, such policy may limit the
 * acceptable resources to those that were originally granted by the resource owner or a subset thereof. In the
 * "authorization_code" case where the requested resources are a subset of the set of resources originally
 * granted, the authorization server will issue an access token based on that subset of requested resources,
 * whereas any refresh token that is returned is bound to the full original grant."
 *
 * RFC 9207 §2: with an issuer identifier, the error redirect carries `iss` too. Every case runs against both
 * ready-made stores.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OAuth2Server, type TokenResponse } from '../../src/index.js';
import {
  expectContract,
  expectRedirect,
  runAuthorize,
  type AuthorizeOutcome,
} from '../helpers/authorize-tests.js';
import {
  CONFIDENTIAL_AUTH,
  expectInvalidToken,
  expectTokenAccepted,
  introspect,
  lifecycleFixture,
  modelWithout,
  STORES,
  type LifecycleFixture,
} from '../helpers/grant-lifecycle.js';
import {
  authorizeGet,
  authorizeParams,
  basic,
  CONFIDENTIAL,
  consentPost,
  obtainCode,
} from '../helpers/oauth.js';
import {
  codeParams,
  expectTokenError,
  expectTokenSuccess,
  postToken,
  refreshRequest,
  tokenPost,
  type ExpectedError,
  type Outcome,
  type Params,
} from '../helpers/token-tests.js';

const CAL = 'https://cal.example/';
const CONTACTS = 'https://contacts.example/';
const API = 'https://api.example/app/';
const ISSUER = 'https://as.example';

const malformed = 'Invalid parameter: `resource`';
const notAllowed = 'Invalid target: the requested resource is not allowed';
const notGranted: ExpectedError = {
  status: 400,
  error: 'invalid_target',
  description: 'Invalid target: the resource was not part of the authorization',
};
const notForThisResource = 'Invalid token: the token is not for this resource';

describe.each(STORES)('RFC 8707 resource indicators on $name', (kind) => {
  let f: LifecycleFixture;
  beforeEach(async () => {
    f = await lifecycleFixture(kind);
    f.store.addClient({
      id: 'restricted',
      secret: 'restricted-secret',
      grants: ['authorization_code', 'refresh_token', 'client_credentials'],
      redirectUris: [CONFIDENTIAL.redirectUri],
      resources: [CAL, CONTACTS],
    });
  });
  afterEach(() => {
    f.dispose();
  });

  /** A code for the confidential client, authorized for `resource` (a string, or several values). */
  const codeFor = (resource?: string | string[], server: OAuth2Server = f.server): Promise<string> =>
    obtainCode(server, resource === undefined ? {} : { resource });

  const redeem = (code: string, extra: Params = {}, server: OAuth2Server = f.server): Promise<Outcome> =>
    postToken(server, tokenPost(codeParams(code, extra)));

  const refresh = (refreshToken: string, extra: Params = {}): Promise<Outcome> =>
    postToken(f.server, refreshRequest(refreshToken, extra));

  /** Runs the code flow for `resource` and returns the token response. */
  async function tokensFor(resource?: string | string[], extra: Params = {}): Promise<TokenResponse> {
    return expectTokenSuccess(await redeem(await codeFor(resource), extra));
  }

  /** The audience introspection shows for a token (`undefined` for none). */
  const audienceOf = async (token: string): Promise<unknown> => {
    const body = await introspect(f.server, token);
    expect(body.active).toBe(true);
    return body.aud;
  };

  describe('§2.1: resource at the authorization endpoint is bound to the code, then to the tokens', () => {
    it('one resource: the code carries it, both tokens carry it, introspection shows aud as a string', async () => {
      const code = await codeFor(CAL);
      expect(f.store.getAuthorizationCode(code)?.resource).toEqual([CAL]);
      const tokens = expectTokenSuccess(await redeem(code));
      expect(f.store.getAccessToken(tokens.access_token)?.resource).toEqual([CAL]);
      expect(await audienceOf(tokens.access_token)).toBe(CAL);
      expect(await audienceOf(tokens.refresh_token!)).toBe(CAL);
      // The token response itself is the RFC 6749 §5.1 one: the audience is not echoed in it.
      expect(Object.keys(tokens).sort()).toEqual([
        'access_token',
        'expires_in',
        'refresh_token',
        'scope',
        'token_type',
      ]);
    });

    it('several resource parameters: all of them, in order; introspection shows aud as an array', async () => {
      const code = await codeFor([CAL, CONTACTS]);
      expect(f.store.getAuthorizationCode(code)?.resource).toEqual([CAL, CONTACTS]);
      const tokens = expectTokenSuccess(await redeem(code));
      expect(await audienceOf(tokens.access_token)).toEqual([CAL, CONTACTS]);
      expect(await audienceOf(tokens.refresh_token!)).toEqual([CAL, CONTACTS]);
    });

    it('several resource parameters in the query of a GET are bound too', async () => {
      const outcome = await runAuthorize(
        f.serverWith({ consentHandler: { handle: () => true } }),
        authorizeGet(authorizeParams({ resource: [CAL, CONTACTS] })),
      );
      expectContract(outcome);
      const code = new URL(outcome.response.headers.location!).searchParams.get('code')!;
      expect(f.store.getAuthorizationCode(code)?.resource).toEqual([CAL, CONTACTS]);
    });

    it('no resource: no audience', async () => {
      const code = await codeFor();
      expect(f.store.getAuthorizationCode(code)?.resource).toBeUndefined();
      const tokens = expectTokenSuccess(await redeem(code));
      expect(f.store.getAccessToken(tokens.access_token)?.resource).toBeUndefined();
      expect(await audienceOf(tokens.access_token)).toBeUndefined();
    });

    it('an empty resource parameter counts as absent', async () => {
      const tokens = await tokensFor('');
      expect(await audienceOf(tokens.access_token)).toBeUndefined();
    });

    it('a resource with a query (SHOULD NOT, but allowed) and a URN are accepted as given', async () => {
      const tokens = await tokensFor(['https://api.example/?tenant=1', 'urn:example:resource']);
      expect(await audienceOf(tokens.access_token)).toEqual([
        'https://api.example/?tenant=1',
        'urn:example:resource',
      ]);
    });
  });

  describe('§2.2: the token request may narrow the audience, never widen it', () => {
    it('a subset at the token request narrows the access token', async () => {
      const tokens = await tokensFor([CAL, CONTACTS], { resource: CAL });
      expect(await audienceOf(tokens.access_token)).toBe(CAL);
      await expectTokenAccepted(f.server, tokens.access_token, { resource: CAL });
      await expectInvalidToken(f.server, tokens.access_token, notForThisResource, { resource: CONTACTS });
    });

    it('the same set, in another order, is allowed', async () => {
      const tokens = await tokensFor([CAL, CONTACTS], { resource: [CONTACTS, CAL] });
      expect(await audienceOf(tokens.access_token)).toEqual([CONTACTS, CAL]);
    });

    // "any refresh token that is returned is bound to the full original grant" (§2.2).
    it('the refresh token issued with a narrowed access token is bound to the full original grant', async () => {
      const tokens = await tokensFor([CAL, CONTACTS], { resource: CAL });
      expect(await audienceOf(tokens.refresh_token!)).toEqual([CAL, CONTACTS]);
      const forContacts = expectTokenSuccess(await refresh(tokens.refresh_token!, { resource: CONTACTS }));
      expect(await audienceOf(forContacts.access_token)).toBe(CONTACTS);
    });

    it.each<[string, string | string[], string | string[]]>([
      ['another resource', CAL, CONTACTS],
      ['a superset', CAL, [CAL, CONTACTS]],
      ['a resource differing by a trailing slash', CAL, 'https://cal.example'],
    ])('%s → 400 invalid_target', async (_what, authorized, requested) => {
      const code = await codeFor(authorized);
      expectTokenError(await redeem(code, { resource: requested }), notGranted);
    });

    it('a resource at the token request for a code authorized without one → 400 invalid_target', async () => {
      const code = await codeFor();
      expectTokenError(await redeem(code, { resource: CAL }), notGranted);
    });

    it.each<[string, string | string[]]>([
      ['a relative reference', '/calendar'],
      ['a fragment', 'https://cal.example/#frag'],
      ['no scheme', 'cal.example'],
      ['one malformed value among good ones', [CAL, '/calendar']],
    ])('a malformed resource (%s) at the token request → 400 invalid_target', async (_what, resource) => {
      const code = await codeFor(CAL);
      expectTokenError(await redeem(code, { resource }), {
        status: 400,
        error: 'invalid_target',
        description: malformed,
      });
    });
  });

  describe('§2.1: a malformed or unacceptable resource at the authorization endpoint is invalid_target', () => {
    const authorize = (
      resource: string | string[],
      server: OAuth2Server = f.server,
    ): Promise<AuthorizeOutcome> => runAuthorize(server, consentPost({ resource }));

    function expectTargetRedirect(outcome: AuthorizeOutcome, description: string, iss?: string): void {
      const params: [string, string][] = [
        ['error', 'invalid_target'],
        ['error_description', description],
        ['state', 'xyz'],
      ];
      if (iss) params.push(['iss', iss]);
      expectRedirect(outcome, CONFIDENTIAL.redirectUri, params);
      expect(outcome.error?.name).toBe('invalid_target');
      expectContract(outcome);
    }

    it.each<[string, string | string[]]>([
      ['a relative reference', '/calendar'],
      ['a fragment', 'https://cal.example/#frag'],
      ['an empty fragment', 'https://cal.example/#'],
      ['no scheme', 'cal.example'],
      ['a space', 'https://cal.example/a b'],
      ['one malformed value among good ones', [CAL, '/calendar']],
    ])('%s → redirected with invalid_target', async (_what, resource) => {
      expectTargetRedirect(await authorize(resource), malformed);
    });

    it('with an issuer configured, the error redirect carries iss (RFC 9207)', async () => {
      const outcome = await authorize('/calendar', f.serverWith({ issuer: ISSUER }));
      expectTargetRedirect(outcome, malformed, ISSUER);
    });

    it('validateResource returning false → redirected with invalid_target; no code saved', async () => {
      const outcome = await runAuthorize(
        f.server,
        consentPost({ client_id: 'restricted', resource: [CAL, API] }),
      );
      expectTargetRedirect(outcome, notAllowed);
      expect(outcome.value).toBeUndefined();
    });

    it('validateResource accepting the resources → a code bound to them', async () => {
      const outcome = await runAuthorize(
        f.server,
        consentPost({ client_id: 'restricted', resource: CONTACTS }),
      );
      const code = new URL(outcome.response.headers.location!).searchParams.get('code');
      expect(code).toEqual(expect.any(String));
      expectContract(outcome);
      expect(f.store.getAuthorizationCode(code!)?.resource).toEqual([CONTACTS]);
    });

    it("the Model's validateResource decides the audience: it may map the requested value", async () => {
      const model = Object.assign(modelWithout(f.store), {
        validateResource: (resource: string[]) => resource.map((r) => `${r}mapped`),
      });
      const server = new OAuth2Server({ model, authenticateHandler: { handle: () => f.user } });
      const tokens = expectTokenSuccess(await redeem(await codeFor(CAL, server), {}, server));
      expect((await introspect(server, tokens.access_token)).aud).toBe(`${CAL}mapped`);
    });

    it('validateResource is not asked when no resource is requested', async () => {
      let calls = 0;
      const model = Object.assign(modelWithout(f.store), {
        validateResource: () => {
          calls += 1;
          return false;
        },
      });
      const server = new OAuth2Server({ model, authenticateHandler: { handle: () => f.user } });
      expectTokenSuccess(await redeem(await codeFor(undefined, server), {}, server));
      expect(calls).toBe(0);
    });
  });

  describe('§2.2: client_credentials', () => {
    const restrictedAuth = { authorization: basic('restricted', 'restricted-secret') };

    it('the requested resources become the audience', async () => {
      const outcome = await postToken(
        f.server,
        tokenPost({ grant_type: 'client_credentials', resource: [CAL, CONTACTS] }, CONFIDENTIAL_AUTH),
      );
      expect(await audienceOf(expectTokenSuccess(outcome).access_token)).toEqual([CAL, CONTACTS]);
    });

    it('validateResource returning false → 400 invalid_target', async () => {
      const outcome = await postToken(
        f.server,
        tokenPost({ grant_type: 'client_credentials', resource: API }, restrictedAuth),
      );
      expectTokenError(outcome, { status: 400, error: 'invalid_target', description: notAllowed });
    });

    it('an allowed resource is granted', async () => {
      const outcome = await postToken(
        f.server,
        tokenPost({ grant_type: 'client_credentials', resource: CAL }, restrictedAuth),
      );
      expect(await audienceOf(expectTokenSuccess(outcome).access_token)).toBe(CAL);
    });
  });

  describe('§2.2: refresh requests may narrow the access token; the refresh token keeps its audience', () => {
    it('narrowing at refresh: the access token for the subset, the new refresh token for the whole', async () => {
      const tokens = await tokensFor([CAL, CONTACTS]);
      const forCal = expectTokenSuccess(await refresh(tokens.refresh_token!, { resource: CAL }));
      expect(await audienceOf(forCal.access_token)).toBe(CAL);
      expect(await audienceOf(forCal.refresh_token!)).toEqual([CAL, CONTACTS]);
      const forContacts = expectTokenSuccess(await refresh(forCal.refresh_token!, { resource: CONTACTS }));
      expect(await audienceOf(forContacts.access_token)).toBe(CONTACTS);
      const whole = expectTokenSuccess(await refresh(forContacts.refresh_token!));
      expect(await audienceOf(whole.access_token)).toEqual([CAL, CONTACTS]);
    });

    it('widening at refresh → 400 invalid_target; the refresh token still works (checked before rotation)', async () => {
      const tokens = await tokensFor([CAL]);
      expectTokenError(await refresh(tokens.refresh_token!, { resource: CONTACTS }), notGranted);
      expectTokenError(await refresh(tokens.refresh_token!, { resource: [CAL, CONTACTS] }), notGranted);
      expectTokenSuccess(await refresh(tokens.refresh_token!));
    });

    it('a resource at refresh for a grant without one → 400 invalid_target', async () => {
      const tokens = await tokensFor();
      expectTokenError(await refresh(tokens.refresh_token!, { resource: CAL }), notGranted);
    });

    it('a malformed resource at refresh → 400 invalid_target, the refresh token untouched', async () => {
      const tokens = await tokensFor([CAL]);
      expectTokenError(await refresh(tokens.refresh_token!, { resource: 'https://cal.example/#x' }), {
        status: 400,
        error: 'invalid_target',
        description: malformed,
      });
      expectTokenSuccess(await refresh(tokens.refresh_token!));
    });
  });

  describe('§2: the resource server checks the audience (authenticate with the resource option)', () => {
    it('a token for the resource is accepted; one for another audience → 401 invalid_token', async () => {
      const tokens = await tokensFor(CAL);
      await expectTokenAccepted(f.server, tokens.access_token, { resource: CAL });
      await expectInvalidToken(f.server, tokens.access_token, notForThisResource, { resource: CONTACTS });
      await expectInvalidToken(f.server, tokens.access_token, notForThisResource, {
        resource: 'https://cal.example',
      });
    });

    it('a token for several audiences is accepted at each of them, and only them', async () => {
      const tokens = await tokensFor([CAL, CONTACTS]);
      await expectTokenAccepted(f.server, tokens.access_token, { resource: CAL });
      await expectTokenAccepted(f.server, tokens.access_token, { resource: CONTACTS });
      await expectInvalidToken(f.server, tokens.access_token, notForThisResource, { resource: API });
    });

    it('a token without an audience is accepted at any resource', async () => {
      const tokens = await tokensFor();
      await expectTokenAccepted(f.server, tokens.access_token, { resource: CAL });
    });

    it('without the resource option, audiences are not checked', async () => {
      const tokens = await tokensFor(CAL);
      await expectTokenAccepted(f.server, tokens.access_token);
    });

    it('the resource option set on the server applies to every authenticate()', async () => {
      const tokens = await tokensFor(CAL);
      const resourceServer = f.serverWith({ resource: CONTACTS });
      await expectInvalidToken(resourceServer, tokens.access_token, notForThisResource);
      await expectTokenAccepted(f.serverWith({ resource: CAL }), tokens.access_token);
    });

    it('the audience check of a narrowed token follows the narrowed audience', async () => {
      const tokens = await tokensFor([CAL, CONTACTS], { resource: CONTACTS });
      await expectInvalidToken(f.server, tokens.access_token, notForThisResource, { resource: CAL });
      await expectTokenAccepted(f.server, tokens.access_token, { resource: CONTACTS });
    });
  });
});
