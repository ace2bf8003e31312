/**
 * Cases: the revocation endpoint (RFC 7009 §2, §2.1, §2.2, §2.2.1; RFC 6749 §5.2 for failed client
 * authentication). What a revocation did is observed through the introspection endpoint when the target has one,
 * else through the configured resource; refresh tokens are observed by refreshing with them.
 */
import { randomBytes } from 'node:crypto';
import { basicHeader, type CaseContext, type ClientKind } from '../context.js';
import type { KitResponse } from '../http.js';
import type { Case } from '../types.js';

const area = 'revocation';

/** A token value no server issued. */
function unknownToken(): string {
  return `kit-unknown-${randomBytes(16).toString('base64url')}`;
}

/** Whether the case can tell if an access token still works. */
function canObserve(t: CaseContext): boolean {
  return Boolean(t.endpoints.introspection || t.config.resource);
}

/**
 * An access token of the configured client that the observer accepts: with the resource's scope when the resource
 * is the observer; client credentials first, the authorization code flow when the client may not use them.
 */
async function accessToken(t: CaseContext): Promise<string> {
  if (!t.endpoints.introspection && t.config.resource) return t.resourceToken();
  const response = await t.clientCredentials();
  if (response.status === 200) return t.tokens(response).access_token;
  if (!t.config.authorization) {
    t.skip(
      `the client credentials grant was refused (${response.status}) and no authorization mode is configured`,
    );
  }
  return (await t.tokensFromCode()).access_token;
}

/** The scope a code flow asks for when the resource is the observer (`undefined`: the configured scope). */
function observerScope(t: CaseContext): string | undefined {
  return !t.endpoints.introspection && t.config.resource?.scope ? t.config.resource.scope : undefined;
}

/**
 * Whether an access token still works: the introspection endpoint's `active` (asked by the token's own client,
 * which may be the only one allowed to introspect it), else whether the resource accepts it; `undefined` when the
 * target offers neither.
 */
async function stillWorks(
  t: CaseContext,
  token: string,
  owner: ClientKind = 'client',
): Promise<boolean | undefined> {
  if (t.endpoints.introspection) {
    const response = await t.introspect(token, undefined, owner);
    if (response.status !== 200) t.fail(`the introspection endpoint answered ${response.status}`);
    const active = (response.json as { active?: unknown } | undefined)?.active;
    if (typeof active !== 'boolean') t.fail('the introspection response has no boolean "active"');
    return active;
  }
  if (t.config.resource) {
    const response = await t.resource({ authorization: `Bearer ${token}` });
    if (response.status === 200) return true;
    if (response.status === 401) return false;
    return t.fail(`the resource answered ${response.status} to the access token (expected 200 or 401)`);
  }
  return undefined;
}

/** Fails unless a freshly issued access token works before the case revokes it. */
async function expectWorking(t: CaseContext, token: string, owner: ClientKind = 'client'): Promise<void> {
  if ((await stillWorks(t, token, owner)) === false) {
    t.fail('a freshly issued access token is already reported as not working');
  }
}

/** Skips when the target answered that it does not revoke access tokens (allowed, RFC 7009 §2). */
function skipIfAccessTokensUnsupported(t: CaseContext, response: KitResponse): void {
  if ((response.json as { error?: unknown } | undefined)?.error === 'unsupported_token_type') {
    t.skip('the target does not revoke access tokens (unsupported_token_type, allowed by RFC 7009 §2)');
  }
}

/** Fails when an access token still works after a revocation answered with 200. */
async function expectRevoked(
  t: CaseContext,
  token: string,
  what: string,
  owner: ClientKind = 'client',
): Promise<void> {
  const works = await stillWorks(t, token, owner);
  if (works === undefined) {
    t.skip(
      `${what} was answered with 200, but nothing can tell whether the token still works: the target has no introspection endpoint and no resource is configured`,
    );
  }
  t.check(!works, `the access token still works after ${what} was answered with 200`);
}

/** A refusal: a 4xx OAuth error of any code (RFC 7009 §2.1 leaves the code of a refused request open). */
function expectRefusal(t: CaseContext, response: KitResponse): void {
  const error = (response.json as { error?: unknown } | undefined)?.error;
  if (![400, 401, 403].includes(response.status) || typeof error !== 'string') {
    t.fail(`expected 200 or an OAuth error (400, 401 or 403), got ${response.status}`);
  }
}

/** A request to the revocation endpoint with the configured client's own authentication, and any form. */
function revokeWith(t: CaseContext, form: Record<string, string | undefined>): Promise<KitResponse> {
  const credentials = t.credentials(t.client());
  return t.request({
    method: 'POST',
    url: t.endpoints.revocation!,
    operation: 'revoke',
    form: { ...form, ...credentials.form },
    headers: credentials.headers,
  });
}

export const cases: Case[] = [
  {
    id: 'RV-01',
    area,
    level: 'MUST',
    rfc: 'RFC 7009 §2.1 ("The invalidation takes place immediately"), §2.2',
    title: 'A revoked access token is answered with 200 and stops working at once',
    needs: ['revocation'],
    async run(t: CaseContext) {
      const token = await accessToken(t);
      await expectWorking(t, token);
      const response = await t.revoke(token);
      if ((response.json as { error?: unknown } | undefined)?.error === 'unsupported_token_type') {
        t.warn(
          'the target does not revoke access tokens (unsupported_token_type): RFC 7009 §2 says servers SHOULD support it',
        );
      }
      t.expectStatus(response, 200);
      await expectRevoked(t, token, 'the revocation');
    },
  },
  {
    id: 'RV-02',
    area,
    level: 'MUST',
    rfc: 'RFC 7009 §2 ("MUST support the revocation of refresh tokens"), §2.1',
    title: 'A revoked refresh token is answered with 200 and can no longer be used to refresh',
    needs: ['revocation', 'authorization'],
    async run(t: CaseContext) {
      const tokens = await t.refreshToken();
      t.expectStatus(await t.revoke(tokens.refresh_token, 'refresh_token'), 200);
      t.expectError(await t.refresh(tokens.refresh_token), 'invalid_grant');
    },
  },
  {
    id: 'RV-03',
    area,
    level: 'SHOULD',
    rfc: 'RFC 7009 §2.1 ("SHOULD also invalidate all access tokens based on the same authorization grant")',
    title: 'Revoking a refresh token also invalidates the access tokens of the same grant',
    needs: ['revocation', 'authorization'],
    async run(t: CaseContext) {
      if (!canObserve(t)) t.skip('the target has no introspection endpoint and no resource is configured');
      const tokens = await t.refreshToken({ scope: observerScope(t) });
      await expectWorking(t, tokens.access_token);
      t.expectStatus(await t.revoke(tokens.refresh_token, 'refresh_token'), 200);
      const works = await stillWorks(t, tokens.access_token);
      t.check(
        !works,
        'the access token issued with the refresh token still works after the refresh token was revoked',
      );
    },
  },
  {
    id: 'RV-04',
    area,
    level: 'MUST',
    rfc: 'RFC 7009 §2.2 ("responds with HTTP status code 200 ... if the client submitted an invalid token")',
    title: 'An unknown token is answered with 200, not an error',
    needs: ['revocation'],
    async run(t: CaseContext) {
      t.expectStatus(await t.revoke(unknownToken()), 200);
    },
  },
  {
    id: 'RV-05',
    area,
    level: 'MUST',
    rfc: 'RFC 7009 §2.1 ("it MUST extend its search across all of its supported token types")',
    title: 'An access token sent with token_type_hint=refresh_token is still found and revoked',
    needs: ['revocation'],
    async run(t: CaseContext) {
      if (!canObserve(t)) t.skip('the target has no introspection endpoint and no resource is configured');
      const token = await accessToken(t);
      await expectWorking(t, token);
      const response = await t.revoke(token, 'refresh_token');
      skipIfAccessTokensUnsupported(t, response);
      t.expectStatus(response, 200);
      await expectRevoked(t, token, 'the revocation with the wrong hint');
    },
  },
  {
    id: 'RV-06',
    area,
    level: 'MUST',
    rfc: 'RFC 7009 §2.1 ("it MUST extend its search across all of its supported token types")',
    title: 'A refresh token sent with token_type_hint=access_token is still found and revoked',
    needs: ['revocation', 'authorization'],
    async run(t: CaseContext) {
      const tokens = await t.refreshToken();
      t.expectStatus(await t.revoke(tokens.refresh_token, 'access_token'), 200);
      const refreshed = await t.refresh(tokens.refresh_token);
      if (refreshed.status === 200) {
        t.fail('the refresh token still works: the hint access_token kept the server from finding it');
      }
      t.expectError(refreshed, 'invalid_grant');
    },
  },
  {
    id: 'RV-07',
    area,
    level: 'MUST',
    rfc: 'RFC 7009 §2.2 ("An invalid token type hint value is ignored by the authorization server")',
    title: 'An unknown token_type_hint value is ignored: the token is revoked with 200',
    needs: ['revocation'],
    async run(t: CaseContext) {
      const token = await accessToken(t);
      await expectWorking(t, token);
      const response = await t.revoke(token, 'kit_unknown_type');
      if (response.status !== 200) {
        t.fail(
          `answered ${response.status} ${(response.json as { error?: string } | undefined)?.error ?? ''}: an invalid hint must be ignored and must not influence the response (unsupported_token_type is for a token type the server cannot revoke, §2.2.1)`,
        );
      }
      await expectRevoked(t, token, 'the revocation with an unknown hint');
    },
  },
  {
    id: 'RV-08',
    area,
    level: 'MUST',
    rfc: 'RFC 7009 §2.1 ("verifies whether the token was issued to the client making the revocation request")',
    title: "Another client cannot revoke a client's access token",
    needs: ['revocation', 'secondClient'],
    async run(t: CaseContext) {
      if (!canObserve(t)) t.skip('the target has no introspection endpoint and no resource is configured');
      const token = await accessToken(t);
      await expectWorking(t, token);
      const response = await t.revoke(token, undefined, 'secondClient');
      if (response.status !== 200) expectRefusal(t, response);
      t.check(
        await stillWorks(t, token),
        `the token no longer works after another client asked to revoke it (answered ${response.status})`,
      );
    },
  },
  {
    id: 'RV-09',
    area,
    level: 'MUST',
    rfc: 'RFC 7009 §2.1 ("verifies whether the token was issued to the client making the revocation request")',
    title: "Another client cannot revoke a client's refresh token",
    needs: ['revocation', 'secondClient', 'authorization'],
    async run(t: CaseContext) {
      const tokens = await t.refreshToken();
      const response = await t.revoke(tokens.refresh_token, 'refresh_token', 'secondClient');
      if (response.status !== 200) expectRefusal(t, response);
      const refreshed = await t.refresh(tokens.refresh_token);
      if (refreshed.status !== 200) {
        t.fail(
          `the refresh token no longer works after another client asked to revoke it (refresh answered ${refreshed.status})`,
        );
      }
    },
  },
  {
    id: 'RV-10',
    area,
    level: 'MUST',
    rfc: 'RFC 7009 §2.1 ("token REQUIRED"), RFC 6749 §5.2',
    title: 'A revocation request without token is refused with invalid_request',
    needs: ['revocation'],
    async run(t: CaseContext) {
      t.expectError(await revokeWith(t, { token_type_hint: 'access_token' }), 'invalid_request');
    },
  },
  {
    id: 'RV-11',
    area,
    level: 'MUST',
    rfc: 'RFC 7009 §2.1 ("first validates the client credentials (in case of a confidential client)"), RFC 6749 §5.2',
    title:
      'A confidential client sending only its client_id is refused with invalid_client; the token survives',
    needs: ['revocation'],
    async run(t: CaseContext) {
      const token = await accessToken(t);
      const response = await t.revoke(token, undefined, 'client', 'none');
      t.expectError(response, 'invalid_client', [400, 401]);
      t.check(
        (await stillWorks(t, token)) !== false,
        'the token no longer works after an unauthenticated revocation request',
      );
    },
  },
  {
    id: 'RV-12',
    area,
    level: 'MUST',
    rfc: 'RFC 7009 §2.1, RFC 6749 §5.2 ("MUST respond with an HTTP 401")',
    title:
      'A wrong client secret in the Authorization header is refused with 401 invalid_client; the token survives',
    needs: ['revocation'],
    async run(t: CaseContext) {
      const token = await accessToken(t);
      const response = await t.request({
        method: 'POST',
        url: t.endpoints.revocation!,
        operation: 'revoke',
        form: { token },
        headers: { authorization: basicHeader(t.config.client.id, `${t.config.client.secret}-wrong`) },
      });
      t.expectError(response, 'invalid_client', [401]);
      t.check(
        (await stillWorks(t, token)) !== false,
        'the token no longer works after a revocation request with a wrong secret',
      );
    },
  },
  {
    id: 'RV-13',
    area,
    level: 'BAR',
    rfc: 'RFC 7009 §2 ("making an HTTP POST request")',
    title: 'A GET to the revocation endpoint is refused and revokes nothing',
    needs: ['revocation'],
    async run(t: CaseContext) {
      const token = await accessToken(t);
      const credentials = t.credentials(t.client());
      const response = await t.request({
        method: 'GET',
        url: t.endpoints.revocation!,
        query: { token, ...credentials.form },
        headers: credentials.headers,
      });
      if (response.status < 400 || response.status >= 500) {
        t.fail(`answered ${response.status} to a GET: expected a refusal (405, or 400 invalid_request)`);
      }
      t.check(
        (await stillWorks(t, token)) !== false,
        'the GET revoked the token: tokens in URLs end up in logs and histories',
      );
      if (response.status === 405) return;
      const error = (response.json as { error?: unknown } | undefined)?.error;
      if (response.status === 400 && error === 'invalid_request') return;
      t.warn(
        `refused the GET with ${response.status}: 405 with Allow: POST (or 400 invalid_request) says what is wrong`,
      );
    },
  },
  {
    id: 'RV-14',
    area,
    level: 'BAR',
    rfc: 'RFC 7009 §2.1 ("using the "application/x-www-form-urlencoded" format")',
    title: 'A JSON body is refused (400 invalid_request or 415), never answered as a successful revocation',
    needs: ['revocation'],
    async run(t: CaseContext) {
      const token = await accessToken(t);
      const { headers } = t.credentials(t.client(), 'basic');
      const response = await t.request({
        method: 'POST',
        url: t.endpoints.revocation!,
        operation: 'revoke',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ token }),
      });
      const works = await stillWorks(t, token);
      if (response.status === 200) {
        if (works) {
          t.fail(
            'answered 200 to a JSON body without revoking the token: a request without a form token is invalid_request',
          );
        }
        t.warn(
          `${works === false ? 'revoked the token from' : 'answered 200 to'} a JSON body: RFC 7009 §2.1 defines a form-encoded request`,
        );
      }
      if (response.status === 415) return;
      t.expectError(response, 'invalid_request');
    },
  },
  {
    id: 'RV-15',
    area,
    level: 'MUST',
    rfc: 'RFC 7009 §2.2 ("the purpose of the revocation request ... is already achieved")',
    title: 'Revoking an already revoked token is answered with 200 again',
    needs: ['revocation'],
    async run(t: CaseContext) {
      const token = await accessToken(t);
      const first = await t.revoke(token);
      skipIfAccessTokensUnsupported(t, first);
      t.expectStatus(first, 200);
      t.expectStatus(await t.revoke(token), 200);
    },
  },
  {
    id: 'RV-16',
    area,
    level: 'MUST',
    rfc: 'RFC 7009 §2.1 ("includes its authentication credentials as described in Section 2.3. of [RFC6749]")',
    title: 'A client revokes its own token with its own authentication method (second client)',
    needs: ['revocation', 'secondClient'],
    async run(t: CaseContext) {
      if (!canObserve(t)) t.skip('the target has no introspection endpoint and no resource is configured');
      const scope = observerScope(t) ?? t.config.scope;
      const issued = await t.clientCredentials(scope ? { scope } : {}, { client: 'secondClient' });
      if (issued.status !== 200)
        t.skip(`the second client gets no client credentials token (${issued.status})`);
      const token = t.tokens(issued).access_token;
      await expectWorking(t, token, 'secondClient');
      const response = await t.revoke(token, undefined, 'secondClient');
      skipIfAccessTokensUnsupported(t, response);
      t.expectStatus(response, 200);
      await expectRevoked(t, token, "the second client's revocation", 'secondClient');
    },
  },
];
