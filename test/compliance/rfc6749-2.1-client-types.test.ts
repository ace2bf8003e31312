/*
 * RFC 6749 §2.1 Client Types (https://www.rfc-editor.org/rfc/rfc6749#section-2.1):
 *
 *   "OAuth defines two client types, based on their ability to authenticate securely with the authorization
 *   server (i.e., ability to maintain the confidentiality of their client credentials):
 *
 *   confidential
 *      Clients capable of maintaining the confidentiality of their credentials (e.g., client implemented on a
 *      secure server with restricted access to the client credentials), or capable of secure client
 *      authentication using other means.
 *
 *   public
 *      Clients incapable of maintaining the confidentiality of their credentials (e.g., clients executing on the
 *      device used by the resource owner, such as an installed native application or a web browser-based
 *      application), and incapable of secure client authentication via any other means."
 *
 * OAuth 2.1 (draft-ietf-oauth-v2-1-16):
 *
 *   §3.2.1: "Confidential clients MUST authenticate with the authorization server as described in Section 2.4
 *   when making requests to the token endpoint."
 *   §4.2: "The client credentials grant type MUST only be used by confidential clients."
 *   §4.1.2.1: "An authorization server MUST reject requests without a code_challenge from public clients, and MUST
 *   reject such requests from other clients unless there is reasonable assurance that the client mitigates
 *   authorization code injection in other ways."
 *   §4.1.1: "Clients MUST use code challenge methods that do not expose the code_verifier in the authorization
 *   request. [...] Currently, S256 is the only such method."
 *
 * RFC 9700 §4.14.2: "Authorization servers MUST utilize one of these methods to detect refresh token replay by
 * malicious actors for public clients: [...] Refresh token rotation [...]"
 *
 * Checklist: CA-01 (a confidential client authenticates on every token request; a code_verifier does not replace
 * it), CA-10 (client_credentials only for confidential clients), CA-11 (the client type is modelled: `clientType`,
 * else `tokenEndpointAuthMethod`, else `requireClientAuthentication`), PK-02 (public clients must send
 * code_challenge), PK-03 (`requirePKCE` asks it of confidential clients too), RT-06 (public clients rotate).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServerOptions } from '../../src/index.js';
import type { ClientRegistration } from '../../src/stores/memory.js';
import {
  expectContract,
  expectErrorRedirect,
  expectRedirect,
  omit,
  runAuthorize,
  type AuthorizeOutcome,
} from '../helpers/authorize-tests.js';
import {
  CONFIDENTIAL_AUTH,
  lifecycleFixture,
  STORES,
  type LifecycleFixture,
} from '../helpers/grant-lifecycle.js';
import {
  authorizeGet,
  authorizeParams,
  basic,
  CHALLENGE,
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
  postToken,
  refreshRequest,
  tokenPost,
  without,
  type ExpectedError,
  type Outcome,
  type Params,
} from '../helpers/token-tests.js';

const NATIVE_URI = 'https://native.example/cb';
const GRANTS = ['authorization_code', 'refresh_token', 'client_credentials'];

/** The clients of the classification table, registered in every test. */
const CLIENTS: readonly ClientRegistration[] = [
  { id: 'declared-public', grants: GRANTS, redirectUris: [NATIVE_URI], clientType: 'public' },
  {
    id: 'declared-confidential',
    secret: 'declared-secret',
    grants: GRANTS,
    redirectUris: [NATIVE_URI],
    clientType: 'confidential',
  },
  {
    id: 'none-method',
    grants: GRANTS,
    redirectUris: [NATIVE_URI],
    tokenEndpointAuthMethod: 'none',
  },
  {
    id: 'basic-only',
    secret: 'basic-secret',
    grants: GRANTS,
    redirectUris: [NATIVE_URI],
    tokenEndpointAuthMethod: 'client_secret_basic',
  },
  {
    id: 'post-only',
    secret: 'post-secret',
    grants: GRANTS,
    redirectUris: [NATIVE_URI],
    tokenEndpointAuthMethod: 'client_secret_post',
  },
  { id: 'legacy', grants: GRANTS, redirectUris: [NATIVE_URI] },
];

const publicMustUsePkce = 'Invalid request: public clients must send `code_challenge` (PKCE)';
const pkceRequired = 'Invalid request: `code_challenge` is required (PKCE)';
const plainRefused = 'Invalid request: `code_challenge_method` plain is not allowed; use S256';
const authenticationRequired: ExpectedError = {
  status: 400,
  error: 'invalid_client',
  description: 'Invalid client: client authentication is required',
};
const publicClientCredentials: ExpectedError = {
  status: 400,
  error: 'unauthorized_client',
  description: 'Unauthorized client: public clients cannot use `client_credentials`',
};

describe.each(STORES)('RFC 6749 §2.1 client types on $name', (kind) => {
  let f: LifecycleFixture;
  beforeEach(async () => {
    f = await lifecycleFixture(kind);
    for (const client of CLIENTS) f.store.addClient(client);
  });
  afterEach(() => {
    f.dispose();
  });

  /** An approved authorization request by `clientId` without PKCE. */
  const authorizeWithoutPkce = (
    clientId: string,
    redirectUri: string,
    options: Partial<ServerOptions> = {},
  ): Promise<AuthorizeOutcome> =>
    runAuthorize(
      f.serverWith(options),
      formRequest({
        ...omit(
          authorizeParams({ client_id: clientId, redirect_uri: redirectUri }),
          'code_challenge',
          'code_challenge_method',
        ),
        allowed: 'true',
      }),
    );

  /** A code was issued: a redirect carrying `code` and the `state`. */
  function expectCode(outcome: AuthorizeOutcome, redirectUri: string): string {
    const added = expectRedirect(outcome, redirectUri, [
      ['code', expect.any(String) as string],
      ['state', 'xyz'],
    ]);
    expectContract(outcome);
    return added.get('code')!;
  }

  function expectPkceRefused(outcome: AuthorizeOutcome, redirectUri: string, description: string): void {
    expectErrorRedirect(outcome, redirectUri, { error: 'invalid_request', description, state: 'xyz' });
    expectContract(outcome);
  }

  /** A client_credentials request with `client_id` only (no secret). */
  const clientCredentialsWithoutSecret = (clientId: string, options: Partial<ServerOptions> = {}) =>
    postToken(
      f.serverWith(options),
      tokenPost({ grant_type: 'client_credentials', client_id: clientId }, {}),
    );

  describe('CA-11: the client type comes from clientType, then tokenEndpointAuthMethod, then the options', () => {
    interface Row {
      what: string;
      clientId: string;
      redirectUri: string;
      options: Partial<ServerOptions>;
      type: 'public' | 'confidential';
    }
    const off = { requireClientAuthentication: false };
    const table: Row[] = [
      {
        what: 'tokenEndpointAuthMethod none',
        clientId: 'none-method',
        redirectUri: NATIVE_URI,
        options: {},
        type: 'public',
      },
      {
        what: 'clientType public',
        clientId: 'declared-public',
        redirectUri: NATIVE_URI,
        options: {},
        type: 'public',
      },
      {
        what: 'clientType confidential',
        clientId: 'declared-confidential',
        redirectUri: NATIVE_URI,
        options: {},
        type: 'confidential',
      },
      {
        what: 'clientType confidential, with requireClientAuthentication off',
        clientId: 'declared-confidential',
        redirectUri: NATIVE_URI,
        options: off,
        type: 'confidential',
      },
      {
        what: 'tokenEndpointAuthMethod client_secret_basic, with requireClientAuthentication off',
        clientId: 'basic-only',
        redirectUri: NATIVE_URI,
        options: off,
        type: 'confidential',
      },
      {
        what: 'tokenEndpointAuthMethod client_secret_post',
        clientId: 'post-only',
        redirectUri: NATIVE_URI,
        options: {},
        type: 'confidential',
      },
      {
        what: 'neither, with a secret (default options)',
        clientId: CONFIDENTIAL.id,
        redirectUri: CONFIDENTIAL.redirectUri,
        options: {},
        type: 'confidential',
      },
      {
        what: 'neither, without a secret (default options)',
        clientId: 'legacy',
        redirectUri: NATIVE_URI,
        options: {},
        type: 'confidential',
      },
      {
        what: 'neither, with requireClientAuthentication off for the grant',
        clientId: 'legacy',
        redirectUri: NATIVE_URI,
        options: { requireClientAuthentication: { authorization_code: false, client_credentials: false } },
        type: 'public',
      },
    ];

    it.each(table)(
      '$what → $type at the authorization endpoint',
      async ({ clientId, redirectUri, options, type }) => {
        const outcome = await authorizeWithoutPkce(clientId, redirectUri, options);
        if (type === 'public') expectPkceRefused(outcome, redirectUri, publicMustUsePkce);
        else expectCode(outcome, redirectUri);
      },
    );

    it.each(table)(
      '$what → $type at the token endpoint (client_credentials without a secret)',
      async ({ clientId, options, type }) => {
        const outcome = await clientCredentialsWithoutSecret(clientId, options);
        expectTokenError(outcome, type === 'public' ? publicClientCredentials : authenticationRequired);
      },
    );
  });

  describe('CA-01: a confidential client authenticates on every token request, PKCE or not', () => {
    it('authorization_code with client_id and a correct code_verifier, no secret → 400 invalid_client', async () => {
      const code = await obtainCode(f.server);
      const outcome = await postToken(
        f.server,
        tokenPost({ ...codeParams(code), client_id: CONFIDENTIAL.id }, {}),
      );
      expectTokenError(outcome, authenticationRequired);
      // Client authentication failed before the code was looked at: the code is not burnt.
      expectTokenSuccess(await postToken(f.server, tokenPost(codeParams(code))));
    });

    it('refresh_token with client_id only → 400 invalid_client; the refresh token still works', async () => {
      const code = await obtainCode(f.server);
      const { refresh_token } = expectTokenSuccess(await postToken(f.server, tokenPost(codeParams(code))));
      const outcome = await postToken(
        f.server,
        refreshRequest(refresh_token!, { client_id: CONFIDENTIAL.id }, {}),
      );
      expectTokenError(outcome, authenticationRequired);
      expectTokenSuccess(await postToken(f.server, refreshRequest(refresh_token!)));
    });

    it('client_credentials with client_id only → 400 invalid_client', async () => {
      expectTokenError(await clientCredentialsWithoutSecret(CONFIDENTIAL.id), authenticationRequired);
    });

    it('a declared confidential client must authenticate even with requireClientAuthentication off', async () => {
      const server = f.serverWith({ requireClientAuthentication: false });
      const code = await obtainCode(server, { client_id: 'declared-confidential', redirect_uri: NATIVE_URI });
      const params: Params = {
        ...codeParams(code, { redirect_uri: NATIVE_URI }),
        client_id: 'declared-confidential',
      };
      expectTokenError(await postToken(server, tokenPost(params, {})), authenticationRequired);
      const authenticated = tokenPost(without(params, 'client_id'), {
        authorization: basic('declared-confidential', 'declared-secret'),
      });
      expectTokenSuccess(await postToken(server, authenticated));
    });

    it('a client registered for client_secret_basic that uses client_secret_post → 400 invalid_client', async () => {
      const outcome = await postToken(
        f.server,
        tokenPost(
          { grant_type: 'client_credentials', client_id: 'basic-only', client_secret: 'basic-secret' },
          {},
        ),
      );
      expectTokenError(outcome, {
        status: 400,
        error: 'invalid_client',
        description: 'Invalid client: the client must authenticate with `client_secret_basic`',
      });
    });

    it('a client registered for client_secret_post that uses Basic → 401 invalid_client with the challenge', async () => {
      const outcome = await postToken(
        f.server,
        tokenPost({ grant_type: 'client_credentials' }, { authorization: basic('post-only', 'post-secret') }),
      );
      expectTokenError(outcome, {
        status: 401,
        error: 'invalid_client',
        description: 'Invalid client: the client must authenticate with `client_secret_post`',
      });
    });

    it('each registered method works', async () => {
      expectTokenSuccess(
        await postToken(
          f.server,
          tokenPost(
            { grant_type: 'client_credentials' },
            { authorization: basic('basic-only', 'basic-secret') },
          ),
        ),
      );
      expectTokenSuccess(
        await postToken(
          f.server,
          tokenPost(
            { grant_type: 'client_credentials', client_id: 'post-only', client_secret: 'post-secret' },
            {},
          ),
        ),
      );
    });
  });

  describe('CA-10: client_credentials only for confidential clients', () => {
    it.each(['declared-public', 'none-method'])('%s → 400 unauthorized_client', async (clientId) => {
      expectTokenError(await clientCredentialsWithoutSecret(clientId), publicClientCredentials);
    });

    it('a public client presenting a secret it does not have → 400 invalid_client', async () => {
      const outcome = await postToken(
        f.server,
        tokenPost(
          { grant_type: 'client_credentials', client_id: 'declared-public', client_secret: 'guess' },
          {},
        ),
      );
      expectTokenError(outcome, {
        status: 400,
        error: 'invalid_client',
        description: 'Invalid client: client is invalid',
      });
    });

    it('a confidential client that authenticates is served', async () => {
      const outcome = await postToken(
        f.server,
        tokenPost({ grant_type: 'client_credentials' }, CONFIDENTIAL_AUTH),
      );
      expect(expectTokenSuccess(outcome).refresh_token).toBeUndefined();
    });
  });

  describe('PK-02: a public client must use PKCE, with S256', () => {
    it.each([
      [PUBLIC.id, PUBLIC.redirectUri],
      ['declared-public', NATIVE_URI],
    ])('%s without code_challenge → invalid_request, redirected', async (clientId, redirectUri) => {
      expectPkceRefused(await authorizeWithoutPkce(clientId, redirectUri), redirectUri, publicMustUsePkce);
    });

    it('with the plain method → invalid_request (plain is off by default)', async () => {
      const outcome = await runAuthorize(
        f.server,
        formRequest({
          ...authorizeParams({
            client_id: PUBLIC.id,
            redirect_uri: PUBLIC.redirectUri,
            code_challenge: VERIFIER,
            code_challenge_method: 'plain',
          }),
          allowed: 'true',
        }),
      );
      expectPkceRefused(outcome, PUBLIC.redirectUri, plainRefused);
    });

    it('with the plain method, even when enablePlainPKCE is on → invalid_request', async () => {
      const outcome = await runAuthorize(
        f.serverWith({ enablePlainPKCE: true }),
        formRequest({
          ...authorizeParams({
            client_id: PUBLIC.id,
            redirect_uri: PUBLIC.redirectUri,
            code_challenge: VERIFIER,
            code_challenge_method: 'plain',
          }),
          allowed: 'true',
        }),
      );
      expectPkceRefused(outcome, PUBLIC.redirectUri, plainRefused);
    });

    it('a challenge without a method, when enablePlainPKCE is on, is taken as S256', async () => {
      const outcome = await runAuthorize(
        f.serverWith({ enablePlainPKCE: true }),
        formRequest({
          ...omit(
            authorizeParams({ client_id: PUBLIC.id, redirect_uri: PUBLIC.redirectUri }),
            'code_challenge_method',
          ),
          allowed: 'true',
        }),
      );
      const code = expectCode(outcome, PUBLIC.redirectUri);
      expect(f.store.getAuthorizationCode(code)).toMatchObject({
        codeChallenge: CHALLENGE,
        codeChallengeMethod: 'S256',
      });
    });

    it('with S256 → a code, redeemed with client_id and the verifier alone', async () => {
      const outcome = await runAuthorize(
        f.server,
        formRequest({
          ...authorizeParams({ client_id: 'declared-public', redirect_uri: NATIVE_URI }),
          allowed: 'true',
        }),
      );
      const code = expectCode(outcome, NATIVE_URI);
      const redemption = tokenPost(
        { ...codeParams(code, { redirect_uri: NATIVE_URI }), client_id: 'declared-public' },
        {},
      );
      expectTokenSuccess(await postToken(f.server, redemption));
    });

    it('requirePKCE: false does not exempt public clients', async () => {
      const outcome = await authorizeWithoutPkce(PUBLIC.id, PUBLIC.redirectUri, { requirePKCE: false });
      expectPkceRefused(outcome, PUBLIC.redirectUri, publicMustUsePkce);
    });
  });

  describe('PK-03: requirePKCE: true asks a code_challenge of confidential clients too', () => {
    it.each([
      [CONFIDENTIAL.id, CONFIDENTIAL.redirectUri],
      ['declared-confidential', NATIVE_URI],
      ['basic-only', NATIVE_URI],
    ])(
      '%s without code_challenge → invalid_request, redirected; no code saved',
      async (clientId, redirectUri) => {
        const server = f.serverWith({ requirePKCE: true });
        const outcome = await runAuthorize(
          server,
          formRequest({
            ...omit(
              authorizeParams({ client_id: clientId, redirect_uri: redirectUri }),
              'code_challenge',
              'code_challenge_method',
            ),
            allowed: 'true',
          }),
        );
        expectPkceRefused(outcome, redirectUri, pkceRequired);
        expect(outcome.value).toBeUndefined();
      },
    );

    it('on a GET too, before any consent', async () => {
      const server = f.serverWith({ requirePKCE: true });
      const outcome = await runAuthorize(
        server,
        authorizeGet(omit(authorizeParams(), 'code_challenge', 'code_challenge_method')),
      );
      expect(outcome.response.status).toBe(302);
      expectPkceRefused(outcome, CONFIDENTIAL.redirectUri, pkceRequired);
    });

    it('requirePKCE as a per-call option of authorize()', async () => {
      const request = formRequest({
        ...omit(authorizeParams(), 'code_challenge', 'code_challenge_method'),
        allowed: 'true',
      });
      const { response, value, error } = await settle((r) =>
        f.server.authorize(request, r, { requirePKCE: true }),
      );
      expectPkceRefused({ request, response, value, error }, CONFIDENTIAL.redirectUri, pkceRequired);
    });

    it('with a code_challenge the confidential client gets its code, and still authenticates to redeem it', async () => {
      const server = f.serverWith({ requirePKCE: true });
      const code = await obtainCode(server);
      expectTokenError(
        await postToken(server, tokenPost({ ...codeParams(code), client_id: CONFIDENTIAL.id }, {})),
        authenticationRequired,
      );
      expectTokenSuccess(await postToken(server, tokenPost(codeParams(code))));
    });

    it('without requirePKCE (the default) a confidential client may omit PKCE', async () => {
      const outcome = await authorizeWithoutPkce(CONFIDENTIAL.id, CONFIDENTIAL.redirectUri);
      const code = expectCode(outcome, CONFIDENTIAL.redirectUri);
      expectTokenSuccess(await postToken(f.server, tokenPost(without(codeParams(code), 'code_verifier'))));
    });
  });

  describe('RT-06: public clients always rotate refresh tokens', () => {
    async function refreshTwice(
      clientId: string,
      redirectUri: string,
      auth: Record<string, string>,
    ): Promise<[Outcome, Outcome]> {
      const server = f.serverWith({ alwaysIssueNewRefreshToken: false });
      const code = await obtainCode(server, { client_id: clientId, redirect_uri: redirectUri });
      const clientParams: Params = auth.authorization === undefined ? { client_id: clientId } : {};
      const redemption = tokenPost(
        { ...codeParams(code, { redirect_uri: redirectUri }), ...clientParams },
        auth,
      );
      const { refresh_token } = expectTokenSuccess(await postToken(server, redemption));
      const first = await postToken(server, refreshRequest(refresh_token!, clientParams, auth));
      const second = await postToken(server, refreshRequest(refresh_token!, clientParams, auth));
      return [first, second];
    }

    it.each([
      [PUBLIC.id, PUBLIC.redirectUri],
      ['declared-public', NATIVE_URI],
    ])('%s rotates even with alwaysIssueNewRefreshToken: false', async (clientId, redirectUri) => {
      const [first, second] = await refreshTwice(clientId, redirectUri, {});
      const rotated = expectTokenSuccess(first);
      expect(rotated.refresh_token).toEqual(expect.any(String));
      expectTokenError(second, {
        status: 400,
        error: 'invalid_grant',
        description: 'Invalid grant: refresh token was already used; its grant is revoked',
      });
    });

    it('a confidential client keeps its refresh token with alwaysIssueNewRefreshToken: false', async () => {
      const [first, second] = await refreshTwice(
        CONFIDENTIAL.id,
        CONFIDENTIAL.redirectUri,
        CONFIDENTIAL_AUTH,
      );
      expect(expectTokenSuccess(first).refresh_token).toBeUndefined();
      expectTokenSuccess(second);
    });
  });
});
