/*
 * RFC 6749 §4.1.2 Authorization Response (https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2), `code`:
 *
 *   "The authorization code MUST expire shortly after it is issued to mitigate the risk of leaks. A maximum
 *   authorization code lifetime of 10 minutes is RECOMMENDED. The client MUST NOT use the authorization code more
 *   than once. If an authorization code is used more than once, the authorization server MUST deny the request
 *   and SHOULD revoke (when possible) all tokens previously issued based on that authorization code. The
 *   authorization code is bound to the client identifier and redirection URI."
 *
 * OAuth 2.1 (draft-ietf-oauth-v2-1) §4.1.3: "The authorization server MUST return an access token only once for a
 * given authorization code." — and "Reuse of Authorization Codes" (§7.5.2 in -15, §7.5.3 in -16):
 *
 *   "However, the authorization server should only revoke issued tokens if the request containing the
 *   authorization code is also valid, including any other parameters such as the code_verifier and client
 *   authentication. The authorization server SHOULD NOT revoke any issued tokens when receiving a replayed
 *   authorization code that contains invalid parameters. If it were to do so, this would create a denial of
 *   service opportunity for an attacker who is able to obtain an authorization code but unable to obtain the
 *   client authentication or code_verifier [...]"
 *
 * Checklist: AC-01 (single use), AC-02 (exactly one of N concurrent redemptions, no 5xx), AC-03 (an otherwise
 * valid replay revokes what the first redemption issued; an invalid one revokes nothing), §3.5 items 1-3. Every
 * case runs against both ready-made stores.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InvalidArgumentError, OAuth2Server, Response, type TokenResponse } from '../../src/index.js';
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
import {
  authorizeParams,
  basic,
  CONFIDENTIAL,
  formRequest,
  obtainCode,
  PUBLIC,
  redirectParams,
} from '../helpers/oauth.js';
import {
  codeParams,
  expectTokenError,
  expectTokenSuccess,
  obtainPublicCode,
  pkcePair,
  postToken,
  publicCodeRequest,
  refreshRequest,
  tokenPost,
  without,
  type ExpectedError,
  type Outcome,
  type Params,
} from '../helpers/token-tests.js';

const invalidCode: ExpectedError = {
  status: 400,
  error: 'invalid_grant',
  description: 'Invalid grant: authorization code is invalid',
};
const invalidRefreshToken: ExpectedError = {
  status: 400,
  error: 'invalid_grant',
  description: 'Invalid grant: refresh token is invalid',
};

describe.each(STORES)('RFC 6749 §4.1.2 authorization code replay on $name', (kind) => {
  let f: LifecycleFixture;
  beforeEach(async () => {
    f = await lifecycleFixture(kind);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    f.dispose();
  });

  const redeem = (
    code: string,
    overrides: Params = {},
    headers: Record<string, string> = CONFIDENTIAL_AUTH,
    server: OAuth2Server = f.server,
  ): Promise<Outcome> => postToken(server, tokenPost(codeParams(code, overrides), headers));

  /** Obtains a code and redeems it once: the code and the first token response. */
  async function redeemOnce(server: OAuth2Server = f.server): Promise<[string, TokenResponse]> {
    const code = await obtainCode(server);
    return [code, expectTokenSuccess(await redeem(code, {}, CONFIDENTIAL_AUTH, server))];
  }

  /** The tokens of the first redemption still work: nothing was revoked. */
  async function expectStillValid(tokens: TokenResponse): Promise<void> {
    await expectTokenAccepted(f.server, tokens.access_token);
    expectTokenSuccess(await postToken(f.server, refreshRequest(tokens.refresh_token!)));
  }

  describe('AC-01 / AC-03: a replay that would otherwise succeed is denied and revokes the first tokens', () => {
    it('sequential replay with the right client, verifier and redirect_uri → invalid_grant; first tokens dead', async () => {
      const [code, first] = await redeemOnce();
      await expectTokenAccepted(f.server, first.access_token);
      expectTokenError(await redeem(code), invalidCode);
      await expectInvalidToken(f.server, first.access_token);
      expectTokenError(await postToken(f.server, refreshRequest(first.refresh_token!)), invalidRefreshToken);
    });

    it('revokeGrant is called once, with the grant id of the code and its tokens', async () => {
      const [code, first] = await redeemOnce();
      const grantId = f.store.getAccessToken(first.access_token)?.grantId;
      expect(grantId).toEqual(expect.any(String));
      expect(f.store.getRefreshToken(first.refresh_token!)?.grantId).toBe(grantId);
      const revokeGrant = vi.spyOn(f.store, 'revokeGrant');
      expectTokenError(await redeem(code), invalidCode);
      expect(revokeGrant.mock.calls).toEqual([[grantId]]);
    });

    it.each([1_000, 30_000])('a replay %s ms later revokes just the same (§3.5 item 1)', async (delay) => {
      vi.useFakeTimers({ toFake: ['Date'] });
      const [code, first] = await redeemOnce();
      vi.setSystemTime(Date.now() + delay);
      expectTokenError(await redeem(code), invalidCode);
      await expectInvalidToken(f.server, first.access_token);
    });

    it('tokens refreshed from the first redemption are revoked too: they were issued based on the code', async () => {
      const [code, first] = await redeemOnce();
      const refreshed = expectTokenSuccess(await postToken(f.server, refreshRequest(first.refresh_token!)));
      expectTokenError(await redeem(code), invalidCode);
      await expectInvalidToken(f.server, refreshed.access_token);
      expectTokenError(
        await postToken(f.server, refreshRequest(refreshed.refresh_token!)),
        invalidRefreshToken,
      );
    });

    it('a replay that omits redirect_uri where the authorization request omitted it revokes too', async () => {
      const response = new Response();
      await f.server.authorize(
        formRequest({ ...without(authorizeParams(), 'redirect_uri'), allowed: 'true' }),
        response,
      );
      const code = redirectParams(response).get('code')!;
      const params = without(codeParams(code), 'redirect_uri');
      const first = expectTokenSuccess(await postToken(f.server, tokenPost(params)));
      expectTokenError(await postToken(f.server, tokenPost(params)), invalidCode);
      await expectInvalidToken(f.server, first.access_token);
    });

    it("a public client's code replayed with its client_id and the right verifier revokes too", async () => {
      const code = await obtainPublicCode(f.server);
      const first = expectTokenSuccess(await postToken(f.server, publicCodeRequest(code)));
      expectTokenError(await postToken(f.server, publicCodeRequest(code)), invalidCode);
      await expectInvalidToken(f.server, first.access_token);
    });

    it('a second replay answers the same and revokes nothing more', async () => {
      const [code] = await redeemOnce();
      expectTokenError(await redeem(code), invalidCode);
      const revokeGrant = vi.spyOn(f.store, 'revokeGrant');
      expectTokenError(await redeem(code), invalidCode);
      expect(revokeGrant).not.toHaveBeenCalled();
    });

    it('only that grant: another grant of the same client and user keeps working', async () => {
      const [code] = await redeemOnce();
      const [, unrelated] = await redeemOnce();
      expectTokenError(await redeem(code), invalidCode);
      await expectStillValid(unrelated);
    });
  });

  describe('OAuth 2.1 §7.5.2: an invalid replay revokes nothing (AC-03, §3.5 item 2)', () => {
    const cases: [string, (code: string) => Params, Record<string, string>][] = [
      ['by another authenticated client', (code) => codeParams(code), OTHER_AUTH],
      [
        'with a wrong (well-formed) code_verifier',
        (code) => codeParams(code, { code_verifier: pkcePair(43).verifier }),
        CONFIDENTIAL_AUTH,
      ],
      ['without a code_verifier', (code) => without(codeParams(code), 'code_verifier'), CONFIDENTIAL_AUTH],
      [
        'with another redirect_uri',
        (code) => codeParams(code, { redirect_uri: 'https://client.example/other' }),
        CONFIDENTIAL_AUTH,
      ],
      [
        'with a redirect_uri differing by a trailing slash',
        (code) => codeParams(code, { redirect_uri: `${CONFIDENTIAL.redirectUri}/` }),
        CONFIDENTIAL_AUTH,
      ],
      [
        'without the redirect_uri the authorization request sent',
        (code) => without(codeParams(code), 'redirect_uri'),
        CONFIDENTIAL_AUTH,
      ],
    ];

    it.each(cases)(
      'a replay %s → 400 invalid_grant, the first tokens still valid',
      async (_what, params, headers) => {
        const [code, first] = await redeemOnce();
        const revokeGrant = vi.spyOn(f.store, 'revokeGrant');
        expectTokenError(await postToken(f.server, tokenPost(params(code), headers)), invalidCode);
        expect(revokeGrant).not.toHaveBeenCalled();
        await expectStillValid(first);
      },
    );

    it('a replay whose client authentication fails → 401 invalid_client, the first tokens still valid', async () => {
      const [code, first] = await redeemOnce();
      const revokeGrant = vi.spyOn(f.store, 'revokeGrant');
      expectTokenError(await redeem(code, {}, { authorization: basic(CONFIDENTIAL.id, 'wrong-secret') }), {
        status: 401,
        error: 'invalid_client',
        description: 'Invalid client: client is invalid',
      });
      expect(revokeGrant).not.toHaveBeenCalled();
      await expectStillValid(first);
    });

    it('a replay by the confidential client without authentication (PKCE alone) → 400 invalid_client', async () => {
      const [code, first] = await redeemOnce();
      const revokeGrant = vi.spyOn(f.store, 'revokeGrant');
      const outcome = await postToken(
        f.server,
        tokenPost({ ...codeParams(code), client_id: CONFIDENTIAL.id }, {}),
      );
      expectTokenError(outcome, {
        status: 400,
        error: 'invalid_client',
        description: 'Invalid client: client authentication is required',
      });
      expect(revokeGrant).not.toHaveBeenCalled();
      await expectStillValid(first);
    });

    it("the public client replaying the confidential client's code → invalid_grant, nothing revoked", async () => {
      const [code, first] = await redeemOnce();
      const revokeGrant = vi.spyOn(f.store, 'revokeGrant');
      const outcome = await postToken(
        f.server,
        tokenPost({ ...codeParams(code), client_id: PUBLIC.id, redirect_uri: CONFIDENTIAL.redirectUri }, {}),
      );
      expectTokenError(outcome, invalidCode);
      expect(revokeGrant).not.toHaveBeenCalled();
      await expectStillValid(first);
    });

    it('after an invalid replay, a valid one still revokes', async () => {
      const [code, first] = await redeemOnce();
      expectTokenError(await redeem(code, {}, OTHER_AUTH), invalidCode);
      await expectTokenAccepted(f.server, first.access_token);
      expectTokenError(await redeem(code), invalidCode);
      await expectInvalidToken(f.server, first.access_token);
    });

    it('an unknown code revokes nothing', async () => {
      const [, first] = await redeemOnce();
      const revokeGrant = vi.spyOn(f.store, 'revokeGrant');
      expectTokenError(await redeem('never-issued-code'), invalidCode);
      expect(revokeGrant).not.toHaveBeenCalled();
      await expectStillValid(first);
    });

    it('a code that failed its first redemption (wrong verifier) and is then replayed validly revokes nothing issued', async () => {
      const code = await obtainCode(f.server);
      const [, unrelated] = await redeemOnce();
      expectTokenError(await redeem(code, { code_verifier: pkcePair(43).verifier }), {
        status: 400,
        error: 'invalid_grant',
        description: 'Invalid grant: code verifier is invalid',
      });
      // The code was burnt by the failed attempt (GHSA-jhm7-29pj-4xvf) and issued no token.
      expectTokenError(await redeem(code), invalidCode);
      await expectStillValid(unrelated);
    });
  });

  describe('Models without the reuse-detection functions', () => {
    it('a Model without getUsedAuthorizationCode keeps the old behaviour: invalid_grant, nothing revoked', async () => {
      const model = modelWithout(f.store, 'getUsedAuthorizationCode');
      const server = new OAuth2Server({ model, authenticateHandler: { handle: () => f.user } });
      const [code, first] = await redeemOnce(server);
      const revokeGrant = vi.spyOn(f.store, 'revokeGrant');
      expectTokenError(await redeem(code, {}, CONFIDENTIAL_AUTH, server), invalidCode);
      expect(revokeGrant).not.toHaveBeenCalled();
      await expectStillValid(first);
    });

    it('a Model with getUsedAuthorizationCode but no revokeGrant is refused at construction', () => {
      const model = modelWithout(f.store, 'revokeGrant', 'getUsedRefreshToken');
      const build = (): OAuth2Server => new OAuth2Server({ model });
      expect(build).toThrow(InvalidArgumentError);
      expect(build).toThrow(
        'Invalid argument: model does not implement `revokeGrant()`, which reuse detection (`getUsedAuthorizationCode`, `getUsedRefreshToken`) needs',
      );
    });
  });

  describe('AC-02: concurrent redemptions', () => {
    it('of 20 concurrent redemptions exactly one succeeds; the rest are invalid_grant, none 5xx', async () => {
      const code = await obtainCode(f.server);
      const outcomes = await Promise.all(Array.from({ length: 20 }, () => redeem(code)));
      expect(outcomes.filter((o) => o.response.status >= 500)).toEqual([]);
      const winners = outcomes.filter((o) => o.response.status === 200);
      expect(winners).toHaveLength(1);
      const tokens = expectTokenSuccess(winners[0]!);
      for (const loser of outcomes.filter((o) => o.response.status !== 200)) {
        expectTokenError(loser, invalidCode);
      }
      // No second token: the store holds one access token for the code.
      expect(f.store.getAccessToken(tokens.access_token)).toBeTruthy();
    });

    it('a replay landing between the consumption and the save: the first redemption is invalid_grant, not 500', async () => {
      const gated = gateFirstSave(f.store);
      const server = new OAuth2Server({ model: gated.model, authenticateHandler: { handle: () => f.user } });
      const code = await obtainCode(server);
      const firstRedemption = redeem(code, {}, CONFIDENTIAL_AUTH, server);
      await gated.saving;
      expectTokenError(await redeem(code, {}, CONFIDENTIAL_AUTH, server), invalidCode);
      gated.release();
      const first = await firstRedemption;
      expect(first.response.status).toBeLessThan(500);
      expectTokenError(first, invalidCode);
    });
  });
});
