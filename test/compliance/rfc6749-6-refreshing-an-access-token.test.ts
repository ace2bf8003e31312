/*
 * RFC 6749 §6 Refreshing an Access Token
 *
 *   "grant_type: REQUIRED. Value MUST be set to "refresh_token".
 *    refresh_token: REQUIRED. The refresh token issued to the client.
 *    scope: OPTIONAL. The scope of the access request as described by Section 3.3. The requested scope MUST NOT
 *      include any scope not originally granted by the resource owner, and if omitted is treated as equal to the
 *      scope originally granted by the resource owner."
 *
 *   "Because refresh tokens are typically long-lasting credentials used to request additional access tokens, the
 *   refresh token is bound to the client to which it was issued. If the client type is confidential or the client
 *   was issued client credentials (or assigned other authentication requirements), the client MUST authenticate
 *   with the authorization server as described in Section 3.2.1."
 *
 *   "The authorization server MUST:
 *    - require client authentication for confidential clients or for any client that was issued client
 *      credentials (or with other authentication requirements),
 *    - authenticate the client if client authentication is included and ensure that the refresh token was issued
 *      to the authenticated client, and
 *    - validate the refresh token."
 *
 *   "The authorization server MAY issue a new refresh token, in which case the client MUST discard the old
 *   refresh token and replace it with the new refresh token. The authorization server MAY revoke the old refresh
 *   token after issuing a new refresh token to the client. If a new refresh token is issued, the refresh token
 *   scope MUST be identical to that of the refresh token included by the client in the request."
 *
 * RFC 9700 §4.14.2: "Authorization servers MUST utilize one of these methods to detect refresh token replay by
 * malicious actors for public clients: ... Refresh token rotation ..."
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { basic, createFixture, PUBLIC, type Fixture } from '../helpers/oauth.js';
import {
  addOtherClient,
  expectTokenError,
  expectTokenSuccess,
  issueTokens,
  obtainPublicCode,
  OTHER,
  postToken,
  publicCodeRequest,
  refreshRequest,
  serverOn,
  tokenPost,
  type Outcome,
} from '../helpers/token-tests.js';

const invalidRefreshToken = {
  status: 400,
  error: 'invalid_grant',
  description: 'Invalid grant: refresh token is invalid',
} as const;
/** RFC 9700 §4.14.2: a rotated refresh token presented again revokes its grant (RT-07). */
const reusedRefreshToken = {
  status: 400,
  error: 'invalid_grant',
  description: 'Invalid grant: refresh token was already used; its grant is revoked',
} as const;
const cannotWiden = {
  status: 400,
  error: 'invalid_scope',
  description: 'Invalid scope: Unable to add extra scopes',
} as const;

let f: Fixture;
beforeEach(async () => {
  f = await createFixture();
});
afterEach(() => {
  vi.useRealTimers();
});

const refresh = (refreshToken: string, extra: Record<string, unknown> = {}): Promise<Outcome> =>
  postToken(f.server, refreshRequest(refreshToken, extra));

describe('RFC 6749 §6: a valid refresh, with rotation (the default)', () => {
  it('issues a new access token and a new refresh token with the original scope', async () => {
    const first = await issueTokens(f.server, { scope: 'read write' });
    const outcome = await refresh(first.refresh_token!);
    const second = expectTokenSuccess(outcome);
    expect(second.access_token).not.toBe(first.access_token);
    expect(second.refresh_token).toEqual(expect.any(String));
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect(second.scope).toBe('read write');
    expect(outcome.value?.user).toEqual(f.user);
  });

  it('the new refresh token works; the old one, presented again, revokes the whole grant (RT-07)', async () => {
    const first = await issueTokens(f.server);
    const second = expectTokenSuccess(await refresh(first.refresh_token!));
    const third = expectTokenSuccess(await refresh(second.refresh_token!));
    expectTokenError(await refresh(first.refresh_token!), reusedRefreshToken);
    expectTokenError(await refresh(third.refresh_token!), invalidRefreshToken);
  });

  it('T56: refresh_token missing → 400 invalid_request', async () => {
    expectTokenError(await postToken(f.server, tokenPost({ grant_type: 'refresh_token' })), {
      status: 400,
      error: 'invalid_request',
      description: 'Missing parameter: `refresh_token`',
    });
  });

  it('an unknown refresh token → 400 invalid_grant', async () => {
    expectTokenError(await refresh('tGzv3JOkF0XG5Qx2TlKWIA'), invalidRefreshToken);
  });

  it('an access token presented as a refresh token → 400 invalid_grant', async () => {
    const { access_token } = await issueTokens(f.server);
    expectTokenError(await refresh(access_token), invalidRefreshToken);
  });

  it('a refresh token longer than 4096 characters → 400 invalid_request before any lookup', async () => {
    const getRefreshToken = vi.spyOn(f.store, 'getRefreshToken');
    expectTokenError(await refresh('r'.repeat(4097)), {
      status: 400,
      error: 'invalid_request',
      description: 'Invalid parameter: `refresh_token` is longer than 4096 characters',
    });
    expect(getRefreshToken).not.toHaveBeenCalled();
  });
});

describe('RFC 6749 §6: the refresh token is bound to its client (RT-01, RT-02)', () => {
  it('RT-01 / T57: another authenticated client → 400 invalid_grant; the token still works for its client', async () => {
    addOtherClient(f.store);
    const { refresh_token } = await issueTokens(f.server);
    const stolen = refreshRequest(refresh_token!, {}, { authorization: basic(OTHER.id, OTHER.secret) });
    expectTokenError(await postToken(f.server, stolen), {
      status: 400,
      error: 'invalid_grant',
      description: 'Invalid grant: refresh token was issued to another client',
    });
    expectTokenSuccess(await refresh(refresh_token!));
  });

  it("RT-01: a public client presenting a confidential client's refresh token → 400 invalid_grant", async () => {
    const { refresh_token } = await issueTokens(f.server);
    const request = refreshRequest(refresh_token!, { client_id: PUBLIC.id }, {});
    expectTokenError(await postToken(f.server, request), {
      status: 400,
      error: 'invalid_grant',
      description: 'Invalid grant: refresh token was issued to another client',
    });
  });

  it('RT-02: the confidential client must authenticate → 400 invalid_client, token untouched', async () => {
    const { refresh_token } = await issueTokens(f.server);
    const getRefreshToken = vi.spyOn(f.store, 'getRefreshToken');
    expectTokenError(await postToken(f.server, refreshRequest(refresh_token!, {}, {})), {
      status: 400,
      error: 'invalid_client',
      description: 'Invalid client: cannot retrieve client credentials',
    });
    expect(getRefreshToken).not.toHaveBeenCalled();
    vi.restoreAllMocks();
    expectTokenSuccess(await refresh(refresh_token!));
  });
});

describe('RFC 6749 §6: expiry (RT-08, T58)', () => {
  it('a refresh token past its lifetime (14 days by default) → 400 invalid_grant', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { refresh_token } = await issueTokens(f.server);
    vi.setSystemTime(Date.now() + 1_209_600_000 + 1000);
    expectTokenError(await refresh(refresh_token!), {
      status: 400,
      error: 'invalid_grant',
      description: 'Invalid grant: refresh token has expired',
    });
  });

  it('a refresh token just before the end of its lifetime → 200', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { refresh_token } = await issueTokens(f.server);
    vi.setSystemTime(Date.now() + 1_209_600_000 - 1000);
    expectTokenSuccess(await refresh(refresh_token!));
  });

  it("the client's own refreshTokenLifetime applies", async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    f.store.addClient({
      id: 'short-lived',
      secret: 'sl-secret',
      grants: ['client_credentials', 'password', 'refresh_token'],
      refreshTokenLifetime: 60,
    });
    const server = serverOn(f.store, { enablePasswordGrant: true });
    const auth = { authorization: basic('short-lived', 'sl-secret') };
    const password = tokenPost(
      { grant_type: 'password', username: 'alice', password: 'correct horse battery staple' },
      auth,
    );
    const { refresh_token } = expectTokenSuccess(await postToken(server, password));
    vi.setSystemTime(Date.now() + 61_000);
    expectTokenError(await postToken(server, refreshRequest(refresh_token!, {}, auth)), {
      status: 400,
      error: 'invalid_grant',
      description: 'Invalid grant: refresh token has expired',
    });
  });
});

describe('RFC 6749 §6: scope (RT-03, RT-04, RT-05)', () => {
  it('RT-03: scope omitted = the scope originally granted', async () => {
    const { refresh_token } = await issueTokens(f.server, { scope: 'read write' });
    expect(expectTokenSuccess(await refresh(refresh_token!)).scope).toBe('read write');
  });

  it('RT-03: the same scope, in another order, is allowed', async () => {
    const { refresh_token } = await issueTokens(f.server, { scope: 'read write' });
    expect(expectTokenSuccess(await refresh(refresh_token!, { scope: 'write read' })).scope).toBe(
      'write read',
    );
  });

  it.each([
    ['one extra scope', 'read admin'],
    ['only an unknown scope', 'admin'],
    ['a prefix of a granted scope', 'rea'],
  ])(
    'RT-03 / T59: %s → 400 invalid_scope; RT-04: the presented refresh token still works',
    async (_what, scope) => {
      const { refresh_token } = await issueTokens(f.server, { scope: 'read write' });
      const revokeToken = vi.spyOn(f.store, 'revokeToken');
      expectTokenError(await refresh(refresh_token!, { scope }), cannotWiden);
      expect(revokeToken).not.toHaveBeenCalled();
      expect(expectTokenSuccess(await refresh(refresh_token!)).scope).toBe('read write');
    },
  );

  it('RT-03: a refresh token issued without scope cannot gain one', async () => {
    const code = await issueTokens(f.server, { scope: '' });
    expect(code.scope).toBeUndefined();
    expectTokenError(await refresh(code.refresh_token!, { scope: 'read' }), cannotWiden);
  });

  it('RT-05: narrowing narrows the access token; the new refresh token keeps the original scope', async () => {
    const { refresh_token } = await issueTokens(f.server, { scope: 'read write' });
    const narrowed = await refresh(refresh_token!, { scope: 'read' });
    const body = expectTokenSuccess(narrowed);
    expect(body.scope).toBe('read');
    expect(narrowed.value?.scope).toEqual(['read']);
    // With the new refresh token and no scope, the original scope comes back.
    const restored = expectTokenSuccess(await refresh(body.refresh_token!));
    expect(restored.scope).toBe('read write');
  });

  it('RT-05: after narrowing, the new refresh token may ask for the whole original scope again', async () => {
    const { refresh_token } = await issueTokens(f.server, { scope: 'read write' });
    const narrowed = expectTokenSuccess(await refresh(refresh_token!, { scope: 'write' }));
    expect(expectTokenSuccess(await refresh(narrowed.refresh_token!, { scope: 'read write' })).scope).toBe(
      'read write',
    );
  });

  it('a malformed scope → 400 invalid_scope before any lookup; the refresh token still works', async () => {
    const { refresh_token } = await issueTokens(f.server, { scope: 'read write' });
    const getRefreshToken = vi.spyOn(f.store, 'getRefreshToken');
    expectTokenError(await refresh(refresh_token!, { scope: 'read\u0000' }), {
      status: 400,
      error: 'invalid_scope',
      description: 'Invalid parameter: `scope`',
    });
    expect(getRefreshToken).not.toHaveBeenCalled();
    vi.restoreAllMocks();
    expectTokenSuccess(await refresh(refresh_token!));
  });
});

describe('RFC 6749 §6 / RFC 9700 §4.14.2: rotation policy (RT-06)', () => {
  it('alwaysIssueNewRefreshToken: false keeps the refresh token of a confidential client', async () => {
    const server = serverOn(f.store, { alwaysIssueNewRefreshToken: false });
    const { refresh_token } = await issueTokens(server, { scope: 'read write' });
    const revokeToken = vi.spyOn(f.store, 'revokeToken');
    const first = expectTokenSuccess(await postToken(server, refreshRequest(refresh_token!)));
    expect('refresh_token' in first).toBe(false);
    const second = expectTokenSuccess(
      await postToken(server, refreshRequest(refresh_token!, { scope: 'read' })),
    );
    expect('refresh_token' in second).toBe(false);
    expect(second.scope).toBe('read');
    expect(expectTokenSuccess(await postToken(server, refreshRequest(refresh_token!))).scope).toBe(
      'read write',
    );
    expect(revokeToken).not.toHaveBeenCalled();
  });

  it('RT-06: a public client always rotates, even with alwaysIssueNewRefreshToken: false', async () => {
    const server = serverOn(f.store, { alwaysIssueNewRefreshToken: false });
    const code = await obtainPublicCode(server);
    const { refresh_token } = expectTokenSuccess(await postToken(server, publicCodeRequest(code)));
    const publicRefresh = (token: string) => refreshRequest(token, { client_id: PUBLIC.id }, {});
    const rotated = expectTokenSuccess(await postToken(server, publicRefresh(refresh_token!)));
    expect(rotated.refresh_token).toEqual(expect.any(String));
    expect(rotated.refresh_token).not.toBe(refresh_token);
    expectTokenSuccess(await postToken(server, publicRefresh(rotated.refresh_token!)));
  });

  it('RT-09: of 10 concurrent refreshes with one refresh token exactly one rotates it', async () => {
    const { refresh_token } = await issueTokens(f.server);
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => refresh(refresh_token!)));
    const winners = outcomes.filter((o) => o.response.status === 200);
    expect(winners).toHaveLength(1);
    expectTokenSuccess(winners[0]!);
    // A loser either finds the token already revoked or loses the revocation race.
    const descriptions = [
      'Invalid grant: refresh token is invalid',
      'Invalid grant: refresh token is invalid or could not be revoked',
      'Invalid grant: refresh token was already used; its grant is revoked',
    ];
    for (const loser of outcomes.filter((o) => o.response.status !== 200)) {
      const { error_description: description } = loser.response.body as { error_description: string };
      expect(descriptions).toContain(description);
      expectTokenError(loser, { status: 400, error: 'invalid_grant', description });
    }
  });
});
