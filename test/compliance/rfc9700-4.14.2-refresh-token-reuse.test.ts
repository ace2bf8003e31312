/*
 * RFC 9700 (OAuth 2.0 Security Best Current Practice) §4.14.2 Recommendations
 * (https://www.rfc-editor.org/rfc/rfc9700#section-4.14.2):
 *
 *   "Authorization servers MUST utilize one of these methods to detect refresh token replay by malicious actors
 *   for public clients: [...]
 *
 *   Refresh token rotation: the authorization server issues a new refresh token with every access token refresh
 *   response. The previous refresh token is invalidated but information about the relationship is retained by
 *   the authorization server. If a refresh token is compromised and subsequently used by both the attacker and
 *   the legitimate client, one of them will present an invalidated refresh token, which will inform the
 *   authorization server of the breach. The authorization server cannot determine which party submitted the
 *   invalid refresh token, but it will revoke the active refresh token. This stops the attack at the cost of
 *   forcing the legitimate client to obtain a fresh authorization grant."
 *
 * OAuth 2.1 (draft-ietf-oauth-v2-1-16) §4.3.1 says the same and adds what is revoked: "it will revoke the active
 * refresh token as well as the access authorization grant associated with it."
 *
 * RFC 6749 §6: the refresh token "is bound to the client to which it was issued": another client presenting it
 * learns nothing and revokes nothing.
 *
 * Checklist: RT-07 (reuse of a rotated refresh token → invalid_grant and the family revoked), RT-09 (concurrent
 * refreshes: exactly one rotation; a grace window of at most 60 s for retries). Every case runs against both
 * ready-made stores.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InvalidArgumentError, OAuth2Server, type TokenResponse } from '../../src/index.js';
import {
  CONFIDENTIAL_AUTH,
  expectInvalidToken,
  gateFirstSave,
  expectTokenAccepted,
  lifecycleFixture,
  modelWithout,
  OTHER_AUTH,
  STORES,
  type LifecycleFixture,
} from '../helpers/grant-lifecycle.js';
import { PUBLIC, settle } from '../helpers/oauth.js';
import {
  expectTokenError,
  expectTokenSuccess,
  issueTokens,
  obtainPublicCode,
  postToken,
  publicCodeRequest,
  refreshRequest,
  type ExpectedError,
  type Outcome,
} from '../helpers/token-tests.js';

const reused: ExpectedError = {
  status: 400,
  error: 'invalid_grant',
  description: 'Invalid grant: refresh token was already used; its grant is revoked',
};
const invalid: ExpectedError = {
  status: 400,
  error: 'invalid_grant',
  description: 'Invalid grant: refresh token is invalid',
};
const GRACE_MESSAGE = 'Invalid argument: `refreshTokenGracePeriod` must be 0 to 60 seconds';

describe.each(STORES)('RFC 9700 §4.14.2 refresh token reuse on $name', (kind) => {
  let f: LifecycleFixture;
  beforeEach(async () => {
    f = await lifecycleFixture(kind);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    f.dispose();
  });

  const refresh = (
    refreshToken: string,
    headers: Record<string, string> = CONFIDENTIAL_AUTH,
    server: OAuth2Server = f.server,
  ): Promise<Outcome> => postToken(server, refreshRequest(refreshToken, {}, headers));

  /** Issues a grant and rotates its refresh token once: the first and the second token responses. */
  async function rotateOnce(server: OAuth2Server = f.server): Promise<[TokenResponse, TokenResponse]> {
    const first = await issueTokens(server);
    const second = expectTokenSuccess(await refresh(first.refresh_token!, CONFIDENTIAL_AUTH, server));
    return [first, second];
  }

  const grantOf = (refreshToken: string): string => {
    const token = f.store.getRefreshToken(refreshToken);
    expect(token?.grantId).toEqual(expect.any(String));
    return token!.grantId!;
  };

  describe('RT-07: a rotated refresh token presented again revokes its grant', () => {
    it('→ 400 invalid_grant; the current refresh token and every access token of the grant are dead', async () => {
      const [first, second] = await rotateOnce();
      // Rotation alone leaves the first access token alive: only the refresh token was rotated.
      await expectTokenAccepted(f.server, first.access_token);
      await expectTokenAccepted(f.server, second.access_token);

      expectTokenError(await refresh(first.refresh_token!), reused);

      expectTokenError(await refresh(second.refresh_token!), invalid);
      await expectInvalidToken(f.server, first.access_token);
      await expectInvalidToken(f.server, second.access_token);
    });

    it('revokeGrant is called once, with the id of the grant both tokens belong to', async () => {
      const first = await issueTokens(f.server);
      const grantId = grantOf(first.refresh_token!);
      const second = expectTokenSuccess(await refresh(first.refresh_token!));
      expect(grantOf(second.refresh_token!)).toBe(grantId);
      const revokeGrant = vi.spyOn(f.store, 'revokeGrant');
      expectTokenError(await refresh(first.refresh_token!), reused);
      expect(revokeGrant.mock.calls).toEqual([[grantId]]);
    });

    it('the reused token presented once more is plain invalid_grant: its grant is already gone', async () => {
      const [first] = await rotateOnce();
      expectTokenError(await refresh(first.refresh_token!), reused);
      const revokeGrant = vi.spyOn(f.store, 'revokeGrant');
      expectTokenError(await refresh(first.refresh_token!), invalid);
      expect(revokeGrant).not.toHaveBeenCalled();
    });

    it('reuse of the first token of a longer chain revokes the newest tokens of the grant', async () => {
      const first = await issueTokens(f.server);
      const second = expectTokenSuccess(await refresh(first.refresh_token!));
      const third = expectTokenSuccess(await refresh(second.refresh_token!));
      const fourth = expectTokenSuccess(await refresh(third.refresh_token!));
      expectTokenError(await refresh(first.refresh_token!), reused);
      expectTokenError(await refresh(fourth.refresh_token!), invalid);
      for (const { access_token } of [first, second, third, fourth]) {
        await expectInvalidToken(f.server, access_token);
      }
    });

    it('reuse of a middle token of the chain revokes the grant just the same', async () => {
      const first = await issueTokens(f.server);
      const second = expectTokenSuccess(await refresh(first.refresh_token!));
      const third = expectTokenSuccess(await refresh(second.refresh_token!));
      expectTokenError(await refresh(second.refresh_token!), reused);
      expectTokenError(await refresh(third.refresh_token!), invalid);
      await expectInvalidToken(f.server, third.access_token);
    });

    it('a public client (no authentication) that reuses its rotated refresh token revokes its grant', async () => {
      const code = await obtainPublicCode(f.server);
      const first = expectTokenSuccess(await postToken(f.server, publicCodeRequest(code)));
      const publicRefresh = (token: string): Promise<Outcome> =>
        postToken(f.server, refreshRequest(token, { client_id: PUBLIC.id }, {}));
      const second = expectTokenSuccess(await publicRefresh(first.refresh_token!));
      expectTokenError(await publicRefresh(first.refresh_token!), reused);
      expectTokenError(await publicRefresh(second.refresh_token!), invalid);
      await expectInvalidToken(f.server, second.access_token);
    });

    it('only that grant: another grant of the same client and user keeps working', async () => {
      const [first] = await rotateOnce();
      const unrelated = await issueTokens(f.server);
      expectTokenError(await refresh(first.refresh_token!), reused);
      await expectTokenAccepted(f.server, unrelated.access_token);
      expectTokenSuccess(await refresh(unrelated.refresh_token!));
    });
  });

  describe('RFC 6749 §6: the refresh token is bound to its client', () => {
    it('another client presenting a rotated refresh token → plain invalid_grant, nothing revoked', async () => {
      const [first, second] = await rotateOnce();
      const revokeGrant = vi.spyOn(f.store, 'revokeGrant');
      expectTokenError(await refresh(first.refresh_token!, OTHER_AUTH), invalid);
      expect(revokeGrant).not.toHaveBeenCalled();
      await expectTokenAccepted(f.server, first.access_token);
      await expectTokenAccepted(f.server, second.access_token);
      expectTokenSuccess(await refresh(second.refresh_token!));
    });

    it('after that, the rightful client presenting it still revokes the grant', async () => {
      const [first, second] = await rotateOnce();
      expectTokenError(await refresh(first.refresh_token!, OTHER_AUTH), invalid);
      expectTokenError(await refresh(first.refresh_token!), reused);
      await expectInvalidToken(f.server, second.access_token);
    });
  });

  describe('refreshTokenGracePeriod (RT-09: a retry window of at most 60 s)', () => {
    it('with 30 s, a retry within the period succeeds; a step past it is reuse again', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      const server = f.serverWith({ refreshTokenGracePeriod: 30 });
      const [first, second] = await rotateOnce(server);

      vi.setSystemTime(Date.now() + 29_000);
      const retried = expectTokenSuccess(await refresh(first.refresh_token!, CONFIDENTIAL_AUTH, server));
      expect(retried.access_token).not.toBe(second.access_token);
      expect(retried.refresh_token).toEqual(expect.any(String));
      expect(retried.refresh_token).not.toBe(first.refresh_token);
      expect(retried.refresh_token).not.toBe(second.refresh_token);
      await expectTokenAccepted(server, retried.access_token);

      vi.setSystemTime(Date.now() + 2_000);
      expectTokenError(await refresh(first.refresh_token!, CONFIDENTIAL_AUTH, server), reused);
      expectTokenError(await refresh(retried.refresh_token!, CONFIDENTIAL_AUTH, server), invalid);
      expectTokenError(await refresh(second.refresh_token!, CONFIDENTIAL_AUTH, server), invalid);
      for (const { access_token } of [first, second, retried]) {
        await expectInvalidToken(server, access_token);
      }
    });

    it('the period counts from the rotation, not from the issue of the token', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      const server = f.serverWith({ refreshTokenGracePeriod: 30 });
      const first = await issueTokens(server);
      vi.setSystemTime(Date.now() + 3_600_000);
      expectTokenSuccess(await refresh(first.refresh_token!, CONFIDENTIAL_AUTH, server));
      vi.setSystemTime(Date.now() + 10_000);
      expectTokenSuccess(await refresh(first.refresh_token!, CONFIDENTIAL_AUTH, server));
    });

    it('within the period, another client presenting the token still gets plain invalid_grant', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      const server = f.serverWith({ refreshTokenGracePeriod: 30 });
      const [first, second] = await rotateOnce(server);
      vi.setSystemTime(Date.now() + 1_000);
      expectTokenError(await refresh(first.refresh_token!, OTHER_AUTH, server), invalid);
      expectTokenSuccess(await refresh(second.refresh_token!, CONFIDENTIAL_AUTH, server));
    });

    it('the period is also a per-call option of token()', async () => {
      const [first] = await rotateOnce();
      const retried = await settle((response) =>
        f.server.token(refreshRequest(first.refresh_token!, {}, CONFIDENTIAL_AUTH), response, {
          refreshTokenGracePeriod: 60,
        }),
      );
      expectTokenSuccess(retried);
    });

    it('without a period (the default, 0) the first retry is reuse', async () => {
      const [first, second] = await rotateOnce(f.serverWith({ refreshTokenGracePeriod: 0 }));
      expectTokenError(await refresh(first.refresh_token!), reused);
      await expectInvalidToken(f.server, second.access_token);
    });

    it.each([0, 0.5, 30, 60])('accepts a period of %s seconds', (period) => {
      expect(() => f.serverWith({ refreshTokenGracePeriod: period })).not.toThrow();
    });

    it.each<[string, unknown]>([
      ['more than 60', 61],
      ['60.5', 60.5],
      ['negative', -1],
      ['NaN', Number.NaN],
      ['Infinity', Number.POSITIVE_INFINITY],
      ['a string', '30'],
      ['null', null],
    ])('refuses a period that is %s with InvalidArgumentError', (_what, period) => {
      const build = (): OAuth2Server =>
        new OAuth2Server({ model: f.store, refreshTokenGracePeriod: period as number });
      expect(build).toThrow(InvalidArgumentError);
      expect(build).toThrow(GRACE_MESSAGE);
    });
  });

  describe('Models without the reuse-detection functions', () => {
    it('a Model without getUsedRefreshToken keeps the old behaviour: plain invalid_grant, nothing revoked', async () => {
      const model = modelWithout(f.store, 'getUsedRefreshToken');
      const server = new OAuth2Server({ model, authenticateHandler: { handle: () => f.user } });
      const [first, second] = await rotateOnce(server);
      const revokeGrant = vi.spyOn(f.store, 'revokeGrant');
      expectTokenError(await refresh(first.refresh_token!, CONFIDENTIAL_AUTH, server), invalid);
      expect(revokeGrant).not.toHaveBeenCalled();
      await expectTokenAccepted(server, second.access_token);
      expectTokenSuccess(await refresh(second.refresh_token!, CONFIDENTIAL_AUTH, server));
    });

    it('a Model with getUsedRefreshToken but no revokeGrant is refused at construction', () => {
      const build = (): OAuth2Server => new OAuth2Server({ model: modelWithout(f.store, 'revokeGrant') });
      expect(build).toThrow(InvalidArgumentError);
      expect(build).toThrow(
        'Invalid argument: model does not implement `revokeGrant()`, which reuse detection (`getUsedAuthorizationCode`, `getUsedRefreshToken`) needs',
      );
    });

    it('a Model with neither works as before', async () => {
      const model = modelWithout(
        f.store,
        'getUsedRefreshToken',
        'getUsedAuthorizationCode',
        'revokeGrant',
        'revokeAccessToken',
      );
      const server = new OAuth2Server({ model, authenticateHandler: { handle: () => f.user } });
      const [first, second] = await rotateOnce(server);
      expectTokenError(await refresh(first.refresh_token!, CONFIDENTIAL_AUTH, server), invalid);
      expectTokenSuccess(await refresh(second.refresh_token!, CONFIDENTIAL_AUTH, server));
    });
  });

  describe('RT-09: concurrent refreshes with one refresh token', () => {
    it('of 10 concurrent refreshes exactly one succeeds; the rest are invalid_grant, none 5xx', async () => {
      const { refresh_token } = await issueTokens(f.server);
      const outcomes = await Promise.all(Array.from({ length: 10 }, () => refresh(refresh_token!)));
      expect(outcomes.filter((o) => o.response.status >= 500)).toEqual([]);
      const winners = outcomes.filter((o) => o.response.status === 200);
      expect(winners).toHaveLength(1);
      expectTokenSuccess(winners[0]!);
      // A loser either loses the rotation (compare-and-set) or finds the token already rotated.
      const descriptions = [
        'Invalid grant: refresh token is invalid or could not be revoked',
        invalid.description,
        reused.description,
      ];
      for (const loser of outcomes.filter((o) => o.response.status !== 200)) {
        const { error_description: description } = loser.response.body as { error_description: string };
        expect(descriptions).toContain(description);
        expectTokenError(loser, { status: 400, error: 'invalid_grant', description });
      }
    });

    it('a reuse landing between the rotation and the save: the rotating request is invalid_grant, not 500', async () => {
      const first = await issueTokens(f.server);
      const gated = gateFirstSave(f.store);
      const rotatingServer = new OAuth2Server({ model: gated.model });
      const rotating = refresh(first.refresh_token!, CONFIDENTIAL_AUTH, rotatingServer);
      await gated.saving;
      expectTokenError(await refresh(first.refresh_token!), reused);
      gated.release();
      const outcome = await rotating;
      expect(outcome.response.status).toBeLessThan(500);
      expectTokenError(outcome, invalid);
      await expectInvalidToken(f.server, first.access_token);
    });
  });
});
