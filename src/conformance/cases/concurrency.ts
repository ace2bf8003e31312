/**
 * Cases: behaviour under simultaneous requests (RFC 6749 §4.1.2, §4.1.3, §4.4.3; RFC 7009 §2.2; RFC 9700
 * §4.14.2; security checklist §5.2).
 *
 * N requests (config `concurrency`, default 10) are sent at once. A single-use code yields one token response
 * and N-1 `invalid_grant`; a rotating refresh token one rotation; independent requests all succeed; and no
 * request is ever answered with a server error.
 */
import type { CaseContext, IssuedCode } from '../context.js';
import type { KitResponse } from '../http.js';
import type { Case } from '../types.js';

const area = 'concurrency';

/** How many requests to send at once. */
function parallelism(t: CaseContext): number {
  return Math.max(2, Math.floor(t.config.concurrency ?? 10));
}

function errorCode(response: KitResponse): string | undefined {
  const error = (response.json as { error?: unknown } | undefined)?.error;
  return typeof error === 'string' ? error : undefined;
}

/** `200×1, 400 invalid_grant×9`: what the simultaneous requests got. */
function tally(responses: readonly KitResponse[]): string {
  const counts = new Map<string, number>();
  for (const response of responses) {
    const key = [response.status, errorCode(response)].filter(Boolean).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => `${key}×${count}`).join(', ');
}

/** No answer may be a server error. */
function expectNoServerError(t: CaseContext, responses: readonly KitResponse[]): void {
  if (responses.some((response) => response.status >= 500)) {
    t.fail(`simultaneous requests got server errors: ${tally(responses)}`);
  }
}

/** Every refused request got 400 invalid_grant. */
function expectRefusalsInvalidGrant(t: CaseContext, responses: readonly KitResponse[]): void {
  const other = responses.filter(
    (r) => r.status !== 200 && (r.status !== 400 || errorCode(r) !== 'invalid_grant'),
  );
  if (other.length > 0) t.fail(`the refused requests must get 400 invalid_grant; got ${tally(responses)}`);
}

function newRefreshToken(response: KitResponse): string | undefined {
  const token = (response.json as { refresh_token?: unknown } | undefined)?.refresh_token;
  return typeof token === 'string' ? token : undefined;
}

export const cases: Case[] = [
  {
    id: 'AC-02',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §4.1.2 ("MUST deny the request"), §10.5',
    title: 'Of N simultaneous redemptions of one code, exactly one succeeds; the others get invalid_grant',
    needs: ['authorization'],
    async run(t) {
      const issued = await t.code();
      const responses = await t.concurrently(parallelism(t), () => t.redeem(issued));
      expectNoServerError(t, responses);
      const successes = responses.filter((response) => response.status === 200).length;
      if (successes !== 1) {
        t.fail(`${successes} of ${responses.length} simultaneous redemptions succeeded: ${tally(responses)}`);
      }
      expectRefusalsInvalidGrant(t, responses);
    },
  },
  {
    id: 'AC-02b',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §4.1.3 ("ensure that the authorization code was issued to the authenticated confidential client")',
    title: 'Racing its owner, another client never redeems the code; at most one redemption succeeds',
    needs: ['authorization', 'secondClient'],
    async run(t) {
      const issued = await t.code();
      const n = parallelism(t);
      const owner = (index: number): boolean => index % 2 === 0;
      const responses = await t.concurrently(n, (index) =>
        t.redeem(issued, {}, { client: owner(index) ? 'client' : 'secondClient' }),
      );
      expectNoServerError(t, responses);
      const stolen = responses.filter((response, index) => !owner(index) && response.status === 200);
      if (stolen.length > 0) t.fail(`the other client redeemed the code ${stolen.length} time(s)`);
      const successes = responses.filter((response) => response.status === 200).length;
      if (successes > 1) t.fail(`the code was redeemed ${successes} times: ${tally(responses)}`);
      expectRefusalsInvalidGrant(t, responses);
    },
  },
  {
    id: 'CC-01',
    area,
    level: 'BAR',
    rfc: 'RFC 9700 §4.14.2 (refresh token rotation); security checklist RT-09',
    title:
      'N simultaneous refreshes of one token: one rotation and N-1 invalid_grant, or all succeed when it does not rotate',
    needs: ['authorization'],
    async run(t) {
      const { refresh_token: refreshToken } = await t.refreshToken();
      const responses = await t.concurrently(parallelism(t), () => t.refresh(refreshToken));
      expectNoServerError(t, responses);
      const successes = responses.filter((response) => response.status === 200);
      if (successes.length === 0) t.fail(`none of the simultaneous refreshes succeeded: ${tally(responses)}`);
      expectRefusalsInvalidGrant(t, responses);
      const rotated = successes.some((response) => {
        const token = newRefreshToken(response);
        return token !== undefined && token !== refreshToken;
      });
      if (!rotated) {
        if (successes.length < responses.length) {
          t.fail(
            `the refresh token does not rotate, yet some simultaneous refreshes were refused: ${tally(responses)}`,
          );
        }
        return;
      }
      if (successes.length > 1) {
        t.warn(
          `${successes.length} of ${responses.length} simultaneous refreshes of one rotating token succeeded: one refresh token gave several new ones (a race, unless the target keeps a grace window on purpose)`,
        );
      }
    },
  },
  {
    id: 'CC-02',
    area,
    level: 'BAR',
    rfc: 'RFC 6749 §4.4.3',
    title: 'N simultaneous client credentials requests all succeed, each with its own access token',
    async run(t) {
      const responses = await t.concurrently(parallelism(t), () => t.clientCredentials());
      expectNoServerError(t, responses);
      if (responses.some((response) => response.status !== 200)) {
        t.fail(`not every simultaneous client credentials request succeeded: ${tally(responses)}`);
      }
      const tokens = new Set(responses.map((response) => t.tokens(response).access_token));
      if (tokens.size < responses.length) {
        t.warn(
          `${responses.length} simultaneous requests got only ${tokens.size} distinct access tokens: revoking one revokes them all`,
        );
      }
    },
  },
  {
    id: 'CC-03',
    area,
    level: 'BAR',
    rfc: 'RFC 7009 §2.2 (200 whether revoked now or already invalid)',
    title: 'N simultaneous revocations of one token all answer 200, and the token ends up inactive',
    needs: ['revocation', 'authorization'],
    async run(t) {
      const { access_token: token } = await t.tokensFromCode();
      const responses = await t.concurrently(parallelism(t), () => t.revoke(token, 'access_token'));
      expectNoServerError(t, responses);
      if (responses.some((response) => response.status !== 200)) {
        t.fail(`not every simultaneous revocation answered 200: ${tally(responses)}`);
      }
      if (!t.endpoints.introspection) return;
      const introspection = await t.introspect(token);
      t.expectStatus(introspection, 200);
      if ((introspection.json as { active?: unknown } | undefined)?.active !== false) {
        t.fail('after the simultaneous revocations, introspection still reports the token active');
      }
    },
  },
  {
    id: 'CC-04',
    area,
    level: 'BAR',
    rfc: 'RFC 6749 §4.1.4',
    title: 'N different codes redeemed at once all succeed, each with its own access token',
    needs: ['authorization'],
    async run(t) {
      const n = parallelism(t);
      const codes: IssuedCode[] = [];
      for (let i = 0; i < n; i++) codes.push(await t.code());
      const responses = await t.concurrently(n, (index) => t.redeem(codes[index]!));
      expectNoServerError(t, responses);
      if (responses.some((response) => response.status !== 200)) {
        t.fail(`not every code redeemed at the same time succeeded: ${tally(responses)}`);
      }
      const tokens = new Set(responses.map((response) => t.tokens(response).access_token));
      if (tokens.size < n) t.fail(`${n} different codes gave only ${tokens.size} distinct access tokens`);
    },
  },
  {
    id: 'CC-05',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §4.1.2 ("MUST deny the request")',
    title: 'N simultaneous replays of a redeemed code all get invalid_grant (replay handling under load)',
    needs: ['authorization'],
    async run(t) {
      const issued = await t.code();
      t.tokens(await t.redeem(issued));
      const responses = await t.concurrently(parallelism(t), () => t.redeem(issued));
      expectNoServerError(t, responses);
      if (responses.some((response) => response.status === 200)) {
        t.fail(`a replayed code was redeemed again: ${tally(responses)}`);
      }
      expectRefusalsInvalidGrant(t, responses);
    },
  },
  {
    id: 'CC-06',
    area,
    level: 'BAR',
    rfc: 'RFC 9700 §4.14.2 ("The previous refresh token is invalidated")',
    title: 'N simultaneous uses of an already rotated refresh token all get invalid_grant',
    needs: ['authorization'],
    async run(t) {
      const { refresh_token: refreshToken } = await t.refreshToken();
      const first = await t.refresh(refreshToken);
      t.tokens(first);
      const next = newRefreshToken(first);
      if (!next || next === refreshToken) return t.skip('the target does not rotate this refresh token');
      const responses = await t.concurrently(parallelism(t), () => t.refresh(refreshToken));
      expectNoServerError(t, responses);
      if (responses.some((response) => response.status === 200)) {
        t.fail(`the rotated refresh token still worked: ${tally(responses)}`);
      }
      expectRefusalsInvalidGrant(t, responses);
    },
  },
];
