/**
 * Cases: the refresh token grant (RFC 6749 §6, §10.4; RFC 9700 §4.14.2; OAuth 2.1 §4.3.1; security checklist
 * §1.H): a refresh token gets a new access token, only for the client it was issued to and only within the scope
 * originally granted; a public client's refresh tokens rotate, and a replayed old one revokes its family.
 */
import { randomBytes } from 'node:crypto';
import type { TokenResponse } from '../../contract.js';
import { type CaseContext, type ClientKind, type CodeOptions, type IssuedCode, Verdict } from '../context.js';
import type { KitResponse } from '../http.js';
import type { Case } from '../types.js';

const area = 'refresh';
const FORM = 'application/x-www-form-urlencoded';

type Issued = TokenResponse & { issued: IssuedCode; refresh_token: string };

/** The scope tokens of a space-delimited scope value. */
function scopes(value: string | undefined): string[] {
  return value ? value.split(' ').filter(Boolean) : [];
}

/** The scope values the kit may ask for: the configured ones and the target's `scopes_supported`. */
function knownScopes(t: CaseContext): string[] {
  return [
    ...new Set([
      ...scopes(t.config.scope),
      ...scopes(t.config.resource?.scope),
      ...(t.target.metadata?.scopes_supported ?? []),
    ]),
  ];
}

/** What the grant covers: the token response's `scope`, or the requested scope when it is omitted (§5.1). */
function granted(tokens: TokenResponse, requested: string | undefined): string[] {
  return scopes(tokens.scope ?? requested);
}

function madeUp(): string {
  return `kit-${randomBytes(24).toString('base64url')}`;
}

/**
 * A refresh token from the code flow. With a scope other than the configured one, a refused authorization is
 * a reason to skip (the target need not grant it), not a failure.
 */
async function refreshTokenFor(t: CaseContext, options: CodeOptions = {}): Promise<Issued> {
  try {
    return await t.refreshToken(options);
  } catch (error) {
    if (
      options.scope !== undefined &&
      error instanceof Verdict &&
      error.outcome === 'fail' &&
      error.message.startsWith('the authorization request was refused')
    ) {
      t.skip(`the target did not issue tokens for scope "${options.scope}": ${error.message}`);
    }
    throw error;
  }
}

/** A refresh token whose grant covers at least two scope values, for the narrowing cases. */
async function wideGrant(t: CaseContext): Promise<{ tokens: Issued; all: string[]; narrow: string[] }> {
  const wide = knownScopes(t);
  if (wide.length < 2) {
    t.skip(
      'narrowing needs a grant of two scope values: the configuration names one and the target publishes no other in scopes_supported',
    );
  }
  const requested = wide.join(' ');
  // OpenID Connect Core §11: offline_access counts only when consent is prompted for.
  const extra = wide.includes('offline_access') ? { prompt: 'consent' } : undefined;
  const tokens = await refreshTokenFor(t, { scope: requested, extra });
  const all = granted(tokens, requested);
  if (all.length < 2) t.skip(`the target granted "${all.join(' ')}" of "${requested}": one scope value`);
  const base = scopes(t.config.scope).filter((s) => all.includes(s));
  const narrow = base.length > 0 && base.length < all.length ? base : [all[0]!];
  return { tokens, all, narrow };
}

/**
 * A refresh request asking for more than the grant must be refused with invalid_scope. A 200 that provably
 * stays within the grant (a `scope` in the response) ignored the extra value: allowed (§3.3), not expected.
 */
function expectScopeRefused(t: CaseContext, response: KitResponse, grant: string[], extra: string): void {
  if (response.status === 200) {
    const issued = (response.json as Partial<TokenResponse> | undefined)?.scope;
    if (issued === undefined || scopes(issued).some((s) => !grant.includes(s))) {
      t.fail(
        `the target issued an access token for "${issued ?? 'the requested scope (no scope in the response)'}" beyond the granted "${grant.join(' ')}"`,
      );
    }
    t.warn(
      `the target ignored "${extra}" and issued the granted scope "${issued}": invalid_scope is the expected answer (RFC 6749 §5.2)`,
    );
  }
  t.expectError(response, 'invalid_scope');
}

/** Refreshes with a client, checking the token response. */
async function refreshed(
  t: CaseContext,
  refreshToken: string,
  client: ClientKind = 'client',
  extra: Record<string, string> = {},
): Promise<TokenResponse> {
  return t.tokens(await t.refresh(refreshToken, extra, { client }));
}

export const cases: Case[] = [
  {
    id: 'RT-11',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §6, §5.1',
    needs: ['authorization'],
    title: 'A refresh token gets a new access token',
    async run(t: CaseContext) {
      const tokens = await t.refreshToken();
      const body = await refreshed(t, tokens.refresh_token);
      if (body.access_token === tokens.access_token) {
        t.warn('the refresh returned the same access token as before instead of a new one');
      }
    },
  },
  {
    id: 'RT-11b',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §6, RFC 6750 §2.1',
    needs: ['authorization', 'resource'],
    title: 'The access token from a refresh is accepted by the resource',
    async run(t: CaseContext) {
      const scope = [...new Set([...scopes(t.config.scope), ...scopes(t.config.resource?.scope)])].join(' ');
      const tokens = await refreshTokenFor(t, scope ? { scope } : {});
      const body = await refreshed(t, tokens.refresh_token);
      const response = await t.resource({ authorization: `Bearer ${body.access_token}` });
      if (response.status < 200 || response.status >= 300) {
        t.fail(`the resource refused the refreshed access token with ${response.status}`);
      }
    },
  },
  {
    id: 'RT-01',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §6, §10.4',
    needs: ['authorization', 'secondClient'],
    title: "Another client's refresh token is refused with invalid_grant",
    async run(t: CaseContext) {
      const tokens = await t.refreshToken();
      t.expectError(await t.refresh(tokens.refresh_token, {}, { client: 'secondClient' }), 'invalid_grant');
    },
  },
  {
    id: 'RT-01b',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §10.4, §6',
    needs: ['authorization', 'publicClient'],
    title: "A public client's refresh token presented by a confidential client is refused with invalid_grant",
    async run(t: CaseContext) {
      const tokens = await t.refreshToken({ client: 'publicClient' });
      t.expectError(await t.refresh(tokens.refresh_token, {}, { client: 'client' }), 'invalid_grant');
    },
  },
  {
    id: 'RT-01c',
    area,
    level: 'MUST',
    rfc: 'OAuth 2.1 §4.3.1, RFC 6749 §10.4',
    needs: ['authorization', 'publicClient'],
    title: "A confidential client's refresh token presented with a public client's client_id is refused",
    async run(t: CaseContext) {
      const tokens = await t.refreshToken();
      const response = await t.refresh(tokens.refresh_token, {}, { client: 'publicClient' });
      t.expectError(response, ['invalid_grant', 'invalid_client'], [400, 401]);
    },
  },
  {
    id: 'RT-02',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §6, §5.2',
    needs: ['authorization'],
    title: 'A confidential client refreshing with its client_id but no secret is refused with invalid_client',
    async run(t: CaseContext) {
      const tokens = await t.refreshToken();
      const response = await t.refresh(tokens.refresh_token, {}, { auth: 'none' });
      t.expectError(response, 'invalid_client', [400, 401]);
    },
  },
  {
    id: 'RT-02b',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §6, §5.2',
    needs: ['authorization'],
    title: "A refresh request naming no client at all is refused, even with a confidential client's token",
    async run(t: CaseContext) {
      const tokens = await t.refreshToken();
      const response = await t.request({
        method: 'POST',
        url: t.endpoints.token,
        operation: 'token',
        form: { grant_type: 'refresh_token', refresh_token: tokens.refresh_token },
      });
      if (
        response.status === 401 ||
        (response.json as { error?: unknown } | undefined)?.error === 'invalid_client'
      ) {
        t.expectError(response, 'invalid_client', [400, 401]);
        return;
      }
      t.expectError(response, 'invalid_request');
    },
  },
  {
    id: 'RT-03',
    area,
    level: 'SHOULD',
    rfc: 'RFC 6749 §6, §3.3',
    needs: ['authorization'],
    title: 'A refresh may narrow the scope: a subset of the grant is issued',
    async run(t: CaseContext) {
      const { tokens, narrow } = await wideGrant(t);
      const body = await refreshed(t, tokens.refresh_token, 'client', { scope: narrow.join(' ') });
      if (body.scope !== undefined && scopes(body.scope).some((s) => !narrow.includes(s))) {
        t.warn(
          `asked for "${narrow.join(' ')}", the access token got "${body.scope}": the narrowing was ignored (RFC 6749 §3.3 allows it)`,
        );
      }
    },
  },
  {
    id: 'RT-03b',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §6, §5.2',
    needs: ['authorization'],
    title:
      'A refresh asking for a scope value the client may have but was not granted is refused with invalid_scope',
    async run(t: CaseContext) {
      const tokens = await t.refreshToken();
      const grant = granted(tokens, t.config.scope);
      const extra = knownScopes(t).find((s) => !grant.includes(s));
      if (!extra) {
        t.skip(
          'no scope value is known beyond the granted one (the configuration names one; the target publishes no other in scopes_supported)',
        );
      }
      const response = await t.refresh(tokens.refresh_token, { scope: [...grant, extra].join(' ') });
      expectScopeRefused(t, response, grant, extra);
    },
  },
  {
    id: 'RT-03c',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §6, §5.2',
    needs: ['authorization'],
    title: 'A refresh adding an unknown scope value is refused with invalid_scope',
    async run(t: CaseContext) {
      const tokens = await t.refreshToken();
      const grant = granted(tokens, t.config.scope);
      const extra = 'kit-not-granted';
      const response = await t.refresh(tokens.refresh_token, { scope: [...grant, extra].join(' ') });
      expectScopeRefused(t, response, grant, extra);
    },
  },
  {
    id: 'RT-03d',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §6',
    needs: ['authorization'],
    title: 'A refresh without scope gets the scope originally granted',
    async run(t: CaseContext) {
      const tokens = await t.refreshToken();
      const grant = granted(tokens, t.config.scope);
      const body = await refreshed(t, tokens.refresh_token);
      if (body.scope === undefined) return;
      const issued = scopes(body.scope);
      const beyond = issued.filter((s) => !grant.includes(s));
      if (beyond.length > 0) t.fail(`the refreshed token has "${beyond.join(' ')}", never granted`);
      const lost = grant.filter((s) => !issued.includes(s));
      if (lost.length > 0) {
        t.warn(`the refreshed token lacks "${lost.join(' ')}" of the original grant "${grant.join(' ')}"`);
      }
    },
  },
  {
    id: 'RT-04',
    area,
    level: 'BAR',
    rfc: 'RFC 6749 §6, §5.2',
    needs: ['authorization'],
    title: 'A refused refresh (a scope beyond the grant) leaves the refresh token usable',
    async run(t: CaseContext) {
      const tokens = await t.refreshToken();
      const grant = granted(tokens, t.config.scope);
      const bad = await t.refresh(tokens.refresh_token, { scope: [...grant, 'kit-not-granted'].join(' ') });
      if (bad.status === 200) t.skip('the target did not refuse the wider scope (see RT-03c)');
      const again = await t.refresh(tokens.refresh_token);
      if (again.status !== 200) {
        t.fail(
          `after a refused request (${bad.status}), the refresh token no longer works: ${again.status} — validate the request before revoking or rotating the token`,
        );
      }
    },
  },
  {
    id: 'RT-05',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §6',
    needs: ['authorization'],
    title: 'After a narrowed refresh, the (new) refresh token still carries the whole original scope',
    async run(t: CaseContext) {
      const { tokens, all, narrow } = await wideGrant(t);
      const first = await t.refresh(tokens.refresh_token, { scope: narrow.join(' ') });
      if (first.status !== 200)
        t.skip(`the target refused the narrowed refresh (${first.status}; see RT-03)`);
      const next = (first.json as Partial<TokenResponse>).refresh_token ?? tokens.refresh_token;
      const response = await t.refresh(next, { scope: all.join(' ') });
      if (response.status !== 200) {
        t.fail(
          `the refresh token ${next === tokens.refresh_token ? '' : 'issued by the narrowed refresh '}cannot get the original scope "${all.join(' ')}" back: ${response.status}`,
        );
      }
      const issued = (response.json as Partial<TokenResponse>).scope;
      if (issued !== undefined) {
        const lost = all.filter((s) => !scopes(issued).includes(s));
        if (lost.length > 0) t.fail(`the refresh token lost "${lost.join(' ')}" of the original scope`);
      }
    },
  },
  {
    id: 'RT-06',
    area,
    level: 'MUST',
    rfc: 'RFC 9700 §4.14.2, OAuth 2.1 §4.3.1',
    needs: ['authorization', 'publicClient'],
    title: "A public client's refresh token is rotated, and the old one is refused afterwards",
    async run(t: CaseContext) {
      const tokens = await t.refreshToken({ client: 'publicClient' });
      const body = await refreshed(t, tokens.refresh_token, 'publicClient');
      if (!body.refresh_token || body.refresh_token === tokens.refresh_token) {
        t.fail(
          `the public client's refresh token was not rotated (${body.refresh_token ? 'the same token came back' : 'no new refresh token'}), and it is not sender-constrained: it worked with no proof of possession`,
        );
      }
      const replay = await t.refresh(tokens.refresh_token, {}, { client: 'publicClient' });
      if (replay.status === 200) {
        t.fail('the rotated-out refresh token still works: the previous refresh token must be invalidated');
      }
      t.expectError(replay, 'invalid_grant');
    },
  },
  {
    id: 'RT-06b',
    area,
    level: 'BAR',
    rfc: 'RFC 9700 §4.14.2, RFC 6749 §6',
    needs: ['authorization'],
    title: "When a confidential client's refresh token is rotated, the old one is refused afterwards",
    async run(t: CaseContext) {
      const tokens = await t.refreshToken();
      const body = await refreshed(t, tokens.refresh_token);
      if (!body.refresh_token || body.refresh_token === tokens.refresh_token) {
        t.skip("the target does not rotate a confidential client's refresh token (allowed: RFC 6749 §6)");
      }
      const replay = await t.refresh(tokens.refresh_token);
      if (replay.status === 200) {
        t.warn(
          'a new refresh token was issued and the old one still works: two live refresh tokens, and no replay detection (RFC 6749 §6 allows keeping it)',
        );
      }
      t.expectError(replay, 'invalid_grant');
    },
  },
  {
    id: 'RT-07',
    area,
    level: 'BAR',
    rfc: 'RFC 9700 §4.14.2, OAuth 2.1 §4.3.1',
    needs: ['authorization'],
    title:
      'Replaying a rotated-out refresh token revokes its family: the newest refresh token stops working too',
    async run(t: CaseContext) {
      const kind: ClientKind = t.config.publicClient ? 'publicClient' : 'client';
      const tokens = await t.refreshToken({ client: kind });
      const body = await refreshed(t, tokens.refresh_token, kind);
      if (!body.refresh_token || body.refresh_token === tokens.refresh_token) {
        t.skip('the target did not rotate the refresh token: there is no family to revoke');
      }
      const replay = await t.refresh(tokens.refresh_token, {}, { client: kind });
      if (replay.status === 200) t.fail('the replayed, rotated-out refresh token still works');
      t.expectError(replay, 'invalid_grant');
      const newest = await t.refresh(body.refresh_token, {}, { client: kind });
      if (newest.status === 200) {
        t.fail(
          'after the replay of a rotated-out refresh token, the newest refresh token of the same grant still works: the active refresh token should be revoked',
        );
      }
      t.expectError(newest, 'invalid_grant');
    },
  },
  {
    id: 'RT-12',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §6, §5.2',
    title: 'A made-up refresh token is refused with invalid_grant',
    async run(t: CaseContext) {
      t.expectError(await t.refresh(madeUp()), 'invalid_grant');
    },
  },
  {
    id: 'RT-12b',
    area,
    level: 'BAR',
    rfc: 'RFC 6749 §10.14, §6',
    title: 'A qs-style operator object as refresh_token never matches a token (refresh_token[$ne]=x)',
    async run(t: CaseContext) {
      const { headers, form } = t.credentials(t.client());
      const extra = new URLSearchParams(form).toString();
      const response = await t.request({
        method: 'POST',
        url: t.endpoints.token,
        operation: 'token',
        headers: { ...headers, 'content-type': FORM },
        body: `grant_type=refresh_token&refresh_token%5B%24ne%5D=x${extra ? `&${extra}` : ''}`,
      });
      t.expectError(response, ['invalid_request', 'invalid_grant']);
    },
  },
  {
    id: 'RT-13',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §6, §5.2',
    title: 'A refresh request without refresh_token is refused with invalid_request',
    async run(t: CaseContext) {
      t.expectError(await t.token({ grant_type: 'refresh_token' }), 'invalid_request');
    },
  },
  {
    id: 'RT-13b',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §3.2, §6',
    title: 'An empty refresh_token counts as missing: invalid_request',
    async run(t: CaseContext) {
      t.expectError(await t.refresh(''), 'invalid_request');
    },
  },
  {
    id: 'RT-13c',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §3.2, §5.2',
    needs: ['authorization'],
    title: 'A refresh_token sent twice (a valid one and another) is refused with invalid_request',
    async run(t: CaseContext) {
      const tokens = await t.refreshToken();
      const response = await t.token({
        grant_type: 'refresh_token',
        refresh_token: [tokens.refresh_token, madeUp()],
      });
      if (response.status === 200)
        t.fail('the target used one of two refresh_token values and issued tokens');
      t.expectError(response, 'invalid_request');
    },
  },
  {
    id: 'RT-14',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §6, §5.2',
    title: 'An access token presented as a refresh token is refused with invalid_grant',
    async run(t: CaseContext) {
      const { access_token } = t.tokens(await t.clientCredentials());
      t.expectError(await t.refresh(access_token), 'invalid_grant');
    },
  },
  {
    id: 'RT-15',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §7, §1.5',
    needs: ['authorization', 'resource'],
    title: 'A refresh token presented to the resource as a bearer token is refused',
    async run(t: CaseContext) {
      const tokens = await t.refreshToken();
      const response = await t.resource({ authorization: `Bearer ${tokens.refresh_token}` });
      if (response.status >= 200 && response.status < 300) {
        t.fail(`the resource accepted a refresh token as an access token (${response.status})`);
      }
      t.check(
        response.status >= 400 && response.status < 500,
        `expected 401 (invalid_token), got ${response.status}`,
      );
    },
  },
];
