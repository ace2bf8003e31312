/*
 * RFC 6749 §2.3 Client Authentication
 *
 *   "The authorization server MAY establish a client authentication method with public clients. However, the
 *   authorization server MUST NOT rely on public client authentication for the purpose of identifying the
 *   client."
 *
 *   "The client MUST NOT use more than one authentication method in each request."
 *
 * RFC 6749 §3.2.1 Client Authentication
 *
 *   "Confidential clients or other clients issued client credentials MUST authenticate with the authorization
 *   server as described in Section 2.3 when making requests to the token endpoint."
 *
 *   "A client MAY use the "client_id" request parameter to identify itself when sending requests to the token
 *   endpoint. In the "authorization_code" "grant_type" request to the token endpoint, an unauthenticated client
 *   MUST send its "client_id" to prevent itself from inadvertently accepting a code intended for a client with a
 *   different "client_id"."
 *
 * RFC 6749 §5.2 invalid_request: "... utilizes more than one mechanism for authenticating the client, or is
 * otherwise malformed."
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  basic,
  CONFIDENTIAL,
  createFixture,
  obtainCode,
  PUBLIC,
  VERIFIER,
  type Fixture,
} from '../helpers/oauth.js';
import {
  codeParams,
  expectTokenError,
  expectTokenSuccess,
  obtainPublicCode,
  postToken,
  publicCodeRequest,
  serverOn,
  tokenPost,
  without,
} from '../helpers/token-tests.js';

const CC = { grant_type: 'client_credentials' } as const;
const authRequired = (status: 400 | 401) =>
  ({
    status,
    error: 'invalid_client',
    description: 'Invalid client: client authentication is required',
  }) as const;

let f: Fixture;
beforeEach(async () => {
  f = await createFixture();
});

describe('RFC 6749 §2.3: one authentication method per request (CA-02, CA-08)', () => {
  const oneMethod = {
    status: 400,
    error: 'invalid_request',
    description: 'Invalid request: only one client authentication method is allowed',
  } as const;

  it('CA-02: Basic header and client_secret in the body → 400 invalid_request, no Model call', async () => {
    const getClient = vi.spyOn(f.store, 'getClient');
    const request = tokenPost({ ...CC, client_secret: CONFIDENTIAL.secret });
    expectTokenError(await postToken(f.server, request), oneMethod);
    expect(getClient).not.toHaveBeenCalled();
  });

  it('CA-02: Basic header and client_id + client_secret in the body → 400 invalid_request', async () => {
    const request = tokenPost({ ...CC, client_id: CONFIDENTIAL.id, client_secret: CONFIDENTIAL.secret });
    expectTokenError(await postToken(f.server, request), oneMethod);
  });

  it('CA-02: a wrong body secret next to a valid Basic header is not silently ignored', async () => {
    expectTokenError(await postToken(f.server, tokenPost({ ...CC, client_secret: 'wrong' })), oneMethod);
  });

  it('CA-08: body client_id differing from the Basic user-id → 400 invalid_request', async () => {
    f.store.addClient({ id: 'victim', secret: 'victim-secret', grants: ['client_credentials'] });
    const getClient = vi.spyOn(f.store, 'getClient');
    expectTokenError(await postToken(f.server, tokenPost({ ...CC, client_id: 'victim' })), {
      status: 400,
      error: 'invalid_request',
      description: 'Invalid request: `client_id` does not match the Authorization header',
    });
    expect(getClient).not.toHaveBeenCalled();
  });

  it('§3.2.1: a body client_id equal to the Basic user-id is allowed', async () => {
    expectTokenSuccess(await postToken(f.server, tokenPost({ ...CC, client_id: CONFIDENTIAL.id })));
  });
});

describe('RFC 6749 §3.2.1: confidential clients authenticate on every request (CA-01)', () => {
  it('CA-01: client_id + code_verifier without a secret → 400 invalid_client, and the code is not burnt', async () => {
    const code = await obtainCode(f.server);
    const getAuthorizationCode = vi.spyOn(f.store, 'getAuthorizationCode');
    const attempt = tokenPost({ ...codeParams(code), client_id: CONFIDENTIAL.id }, {});
    expectTokenError(await postToken(f.server, attempt), authRequired(400));
    expect(getAuthorizationCode).not.toHaveBeenCalled();
    expectTokenSuccess(await postToken(f.server, tokenPost(codeParams(code))));
  });

  it('CA-01 / RT-02: a refresh without client authentication → 400 invalid_client', async () => {
    const code = await obtainCode(f.server);
    const { refresh_token } = expectTokenSuccess(await postToken(f.server, tokenPost(codeParams(code))));
    const request = tokenPost({ grant_type: 'refresh_token', refresh_token, client_id: CONFIDENTIAL.id }, {});
    expectTokenError(await postToken(f.server, request), authRequired(400));
  });

  it('CA-01: client_credentials with only client_id → 400 invalid_client', async () => {
    expectTokenError(
      await postToken(f.server, tokenPost({ ...CC, client_id: CONFIDENTIAL.id }, {})),
      authRequired(400),
    );
  });

  it('CA-01: an empty client_secret counts as absent (§3.2: empty = omitted)', async () => {
    const request = tokenPost({ ...CC, client_id: CONFIDENTIAL.id, client_secret: '' }, {});
    expectTokenError(await postToken(f.server, request), authRequired(400));
  });

  it('a client declared confidential must authenticate even when requireClientAuthentication is false', async () => {
    f.store.addClient({
      id: 'declared',
      secret: 'declared-secret',
      grants: ['client_credentials'],
      clientType: 'confidential',
    });
    const server = serverOn(f.store, { requireClientAuthentication: false });
    expectTokenError(
      await postToken(server, tokenPost({ ...CC, client_id: 'declared' }, {})),
      authRequired(400),
    );
    expectTokenSuccess(
      await postToken(server, tokenPost(CC, { authorization: basic('declared', 'declared-secret') })),
    );
  });

  it('clientType confidential wins over tokenEndpointAuthMethod none', async () => {
    f.store.addClient({
      id: 'mixed',
      secret: 'mixed-secret',
      grants: ['client_credentials'],
      clientType: 'confidential',
      tokenEndpointAuthMethod: 'none',
    });
    expectTokenError(
      await postToken(f.server, tokenPost({ ...CC, client_id: 'mixed' }, {})),
      authRequired(400),
    );
  });
});

describe('RFC 6749 §2.1 / §3.2.1: public clients send only client_id (CA-11)', () => {
  it('tokenEndpointAuthMethod none: redeems a code with client_id and the PKCE verifier', async () => {
    const code = await obtainPublicCode(f.server);
    const body = expectTokenSuccess(await postToken(f.server, publicCodeRequest(code)));
    expect(body.refresh_token).toEqual(expect.any(String));
  });

  it('clientType public: redeems a code with client_id only', async () => {
    const redirectUri = 'https://spa.example/cb';
    f.store.addClient({
      id: 'spa',
      grants: ['authorization_code'],
      redirectUris: [redirectUri],
      clientType: 'public',
    });
    const code = await obtainCode(f.server, { client_id: 'spa', redirect_uri: redirectUri });
    const request = tokenPost({ ...codeParams(code), redirect_uri: redirectUri, client_id: 'spa' }, {});
    expectTokenSuccess(await postToken(f.server, request));
  });

  it('§3.2.1: a public client that sends neither client_id nor credentials → 400 invalid_client', async () => {
    const code = await obtainPublicCode(f.server);
    const request = tokenPost(without(codeParams(code), 'redirect_uri'), {});
    expectTokenError(await postToken(f.server, request), {
      status: 400,
      error: 'invalid_client',
      description: 'Invalid client: cannot retrieve client credentials',
    });
  });

  describe('a client that declares no type: requireClientAuthentication decides, per grant', () => {
    const redirectUri = 'https://legacy.example/cb';
    beforeEach(() => {
      f.store.addClient({
        id: 'legacy',
        secret: 'legacy-secret',
        grants: ['authorization_code', 'refresh_token', 'client_credentials'],
        redirectUris: [redirectUri],
      });
    });
    const redeem = (code: string) =>
      tokenPost({ ...codeParams(code), redirect_uri: redirectUri, client_id: 'legacy' }, {});

    it('{ authorization_code: false }: the code grant accepts client_id only; refresh still requires auth', async () => {
      const server = serverOn(f.store, { requireClientAuthentication: { authorization_code: false } });
      const code = await obtainCode(server, { client_id: 'legacy', redirect_uri: redirectUri });
      const { refresh_token } = expectTokenSuccess(await postToken(server, redeem(code)));
      const refresh = tokenPost({ grant_type: 'refresh_token', refresh_token, client_id: 'legacy' }, {});
      expectTokenError(await postToken(server, refresh), authRequired(400));
    });

    it('false: every grant accepts client_id only', async () => {
      const server = serverOn(f.store, { requireClientAuthentication: false });
      const code = await obtainCode(server, { client_id: 'legacy', redirect_uri: redirectUri });
      const { refresh_token } = expectTokenSuccess(await postToken(server, redeem(code)));
      const refresh = tokenPost({ grant_type: 'refresh_token', refresh_token, client_id: 'legacy' }, {});
      expectTokenSuccess(await postToken(server, refresh));
    });

    it('default (true): client_id only → 400 invalid_client', async () => {
      const code = await obtainCode(f.server, { client_id: 'legacy', redirect_uri: redirectUri });
      expectTokenError(await postToken(f.server, redeem(code)), authRequired(400));
    });

    it.each([
      ['false', false],
      ['{ client_credentials: false }', { client_credentials: false }],
    ] as const)(
      '%s: a client that authenticates with its secret may use client_credentials',
      async (_what, option) => {
        const server = serverOn(f.store, { requireClientAuthentication: option });
        expectTokenSuccess(
          await postToken(server, tokenPost(CC, { authorization: basic('legacy', 'legacy-secret') })),
        );
      },
    );
  });
});

describe('RFC 7591 §2 token_endpoint_auth_method: a declared method is enforced', () => {
  beforeEach(() => {
    f.store.addClient({
      id: 'basic-only',
      secret: 'basic-secret',
      grants: ['client_credentials'],
      tokenEndpointAuthMethod: 'client_secret_basic',
    });
    f.store.addClient({
      id: 'post-only',
      secret: 'post-secret',
      grants: ['client_credentials'],
      tokenEndpointAuthMethod: 'client_secret_post',
    });
  });

  it('client_secret_basic client authenticating with Basic → 200', async () => {
    expectTokenSuccess(
      await postToken(f.server, tokenPost(CC, { authorization: basic('basic-only', 'basic-secret') })),
    );
  });

  it('client_secret_basic client authenticating in the body → 400 invalid_client', async () => {
    const request = tokenPost({ ...CC, client_id: 'basic-only', client_secret: 'basic-secret' }, {});
    expectTokenError(await postToken(f.server, request), {
      status: 400,
      error: 'invalid_client',
      description: 'Invalid client: the client must authenticate with `client_secret_basic`',
    });
  });

  it('client_secret_post client authenticating in the body → 200', async () => {
    const request = tokenPost({ ...CC, client_id: 'post-only', client_secret: 'post-secret' }, {});
    expectTokenSuccess(await postToken(f.server, request));
  });

  it('client_secret_post client authenticating with Basic → 401 invalid_client with a Basic challenge', async () => {
    expectTokenError(
      await postToken(f.server, tokenPost(CC, { authorization: basic('post-only', 'post-secret') })),
      {
        status: 401,
        error: 'invalid_client',
        description: 'Invalid client: the client must authenticate with `client_secret_post`',
      },
    );
  });

  it('a declared method with no secret presented → 400 invalid_client', async () => {
    expectTokenError(
      await postToken(f.server, tokenPost({ ...CC, client_id: 'basic-only' }, {})),
      authRequired(400),
    );
  });

  it('a public client (none) that sends a secret is not authenticated by it', async () => {
    const code = await obtainPublicCode(f.server);
    const request = tokenPost(
      {
        grant_type: 'authorization_code',
        code,
        redirect_uri: PUBLIC.redirectUri,
        code_verifier: VERIFIER,
        client_id: PUBLIC.id,
        client_secret: 'made-up',
      },
      {},
    );
    expectTokenError(await postToken(f.server, request), {
      status: 400,
      error: 'invalid_client',
      description: 'Invalid client: client is invalid',
    });
  });
});
