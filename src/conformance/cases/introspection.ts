/**
 * Cases: the introspection endpoint (RFC 7662 §2.1 request, §2.2 response, §2.3 errors; RFC 6749 §5.1 and §5.2
 * for caching and failed client authentication). The configured client is the protected resource that
 * introspects.
 */
import { randomBytes } from 'node:crypto';
import type { TokenResponse } from '../../contract.js';
import { basicHeader, type CaseContext } from '../context.js';
import type { KitResponse } from '../http.js';
import type { Case } from '../types.js';

const area = 'introspection';

/** Clock difference tolerated between the kit and the target, in seconds. */
const SKEW = 300;

interface Introspection {
  active?: unknown;
  [member: string]: unknown;
}

/** A token value no server issued. */
function unknownToken(): string {
  return `kit-unknown-${randomBytes(16).toString('base64url')}`;
}

/** A token response of the configured client: client credentials, or the code flow when those are refused. */
async function issue(t: CaseContext): Promise<TokenResponse> {
  const response = await t.clientCredentials();
  if (response.status === 200) return t.tokens(response);
  if (!t.config.authorization) {
    t.skip(
      `the client credentials grant was refused (${response.status}) and no authorization mode is configured`,
    );
  }
  return t.tokensFromCode();
}

/** The introspection response body of a 200, or a failure naming what came instead. */
function introspection(t: CaseContext, response: KitResponse): Introspection {
  if (response.status !== 200) {
    const error = (response.json as { error?: unknown } | undefined)?.error;
    t.fail(
      `expected an introspection response (200), got ${response.status}${typeof error === 'string' ? ` ${error}` : ''}`,
    );
  }
  const body = response.json as Introspection | undefined;
  if (!body || typeof body !== 'object' || Array.isArray(body)) t.fail('the answer is not a JSON object');
  if (typeof body.active !== 'boolean') t.fail('the introspection response has no boolean "active"');
  return body;
}

/** `active` of a 200 introspection response. */
async function isActive(t: CaseContext, token: string, hint?: string): Promise<boolean> {
  return introspection(t, await t.introspect(token, hint)).active === true;
}

/** Fails unless the answer refuses the request: no introspection data, a 4xx OAuth error. */
function expectNoData(t: CaseContext, response: KitResponse, why: string): void {
  if (response.status === 200) {
    const active = (response.json as Introspection | undefined)?.active;
    t.fail(`answered 200${typeof active === 'boolean' ? ` with active: ${String(active)}` : ''} to ${why}`);
  }
}

/** Fails unless an answer says the client credentials are invalid with 401 (RFC 7662 §2.3). */
function expect401(t: CaseContext, response: KitResponse): void {
  expectNoData(t, response, 'a request with wrong client credentials');
  t.expectError(response, 'invalid_client', [401]);
}

function post(
  t: CaseContext,
  form: Record<string, string | undefined>,
  headers: Record<string, string> = {},
): Promise<KitResponse> {
  return t.request({
    method: 'POST',
    url: t.endpoints.introspection!,
    operation: 'introspect',
    form,
    headers,
  });
}

const scopeSet = (scope: string): string[] => scope.split(' ').filter(Boolean).sort();

export const cases: Case[] = [
  {
    id: 'IN-01',
    area,
    level: 'MUST',
    rfc: 'RFC 7662 §2.2 ("active REQUIRED")',
    title: 'An active access token is answered with 200 application/json and "active": true',
    needs: ['introspection'],
    async run(t: CaseContext) {
      const tokens = await issue(t);
      const response = await t.introspect(tokens.access_token);
      const body = introspection(t, response);
      const type = response.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
      t.check(type === 'application/json', `the Content-Type is ${type ?? '(none)'}, not application/json`);
      t.check(body.active === true, 'a token the target has just issued is reported as not active');
    },
  },
  {
    id: 'IN-02',
    area,
    level: 'MUST',
    rfc: 'RFC 7662 §2.2',
    title:
      'The members of an active response describe the token: client_id, scope, token_type, exp, iat, iss',
    needs: ['introspection'],
    async run(t: CaseContext) {
      const tokens = await issue(t);
      const now = Math.floor(Date.now() / 1000);
      const body = introspection(t, await t.introspect(tokens.access_token));
      t.check(body.active === true, 'a token the target has just issued is reported as not active');
      const problems: string[] = [];
      if (body.client_id !== undefined && body.client_id !== t.config.client.id) {
        problems.push(`client_id is ${JSON.stringify(body.client_id)}, not ${t.config.client.id}`);
      }
      const granted = tokens.scope ?? t.config.scope;
      if (typeof body.scope === 'string' && granted !== undefined) {
        if (scopeSet(body.scope).join(' ') !== scopeSet(granted).join(' ')) {
          problems.push(`scope is "${body.scope}", but the token was issued with "${granted}"`);
        }
      }
      if (
        typeof body.token_type === 'string' &&
        body.token_type.toLowerCase() !== tokens.token_type.toLowerCase()
      ) {
        problems.push(
          `token_type is "${body.token_type}", but the token response said "${tokens.token_type}"`,
        );
      }
      if (typeof body.exp === 'number') {
        if (body.exp <= now - SKEW) problems.push(`exp ${body.exp} is in the past for a fresh token`);
        if (typeof tokens.expires_in === 'number' && Math.abs(body.exp - (now + tokens.expires_in)) > SKEW) {
          problems.push(
            `exp ${body.exp} does not match expires_in ${tokens.expires_in} of the token response`,
          );
        }
      }
      if (typeof body.iat === 'number' && body.iat > now + SKEW) {
        problems.push(`iat ${body.iat} is in the future`);
      }
      if (typeof body.nbf === 'number' && body.nbf > now + SKEW) {
        problems.push(`nbf ${body.nbf} is in the future, yet the token is reported active`);
      }
      if (body.iss !== undefined && t.config.issuer && body.iss !== t.config.issuer) {
        problems.push(`iss is ${JSON.stringify(body.iss)}, not the issuer ${t.config.issuer}`);
      }
      if (problems.length > 0) t.fail(problems.join('; '));
    },
  },
  {
    id: 'IN-03',
    area,
    level: 'MUST',
    rfc: 'RFC 7662 §2.2 ("MUST return an introspection response with the "active" field set to "false""), §2.3',
    title: 'An unknown token is answered with 200 {"active": false} and nothing else',
    needs: ['introspection'],
    async run(t: CaseContext) {
      const body = introspection(t, await t.introspect(unknownToken()));
      t.check(body.active === false, 'a token the target never issued is reported as active');
      const extra = Object.keys(body).filter((key) => key !== 'active');
      if (extra.length > 0) {
        t.warn(
          `the inactive response also has ${extra.join(', ')}: the server SHOULD NOT include any additional information about an inactive token`,
        );
      }
    },
  },
  {
    id: 'IN-04',
    area,
    level: 'MUST',
    rfc: 'RFC 7662 §2.2 ("has not been revoked"), RFC 7009 §2.1',
    title: 'A revoked access token is reported as not active',
    needs: ['introspection', 'revocation'],
    async run(t: CaseContext) {
      const tokens = await issue(t);
      t.check(
        await isActive(t, tokens.access_token),
        'a token the target has just issued is reported as not active',
      );
      const revoked = await t.revoke(tokens.access_token);
      if (revoked.status !== 200) t.skip(`the target did not revoke the access token (${revoked.status})`);
      t.check(
        !(await isActive(t, tokens.access_token)),
        'the revoked access token is still reported as active',
      );
    },
  },
  {
    id: 'IN-05',
    area,
    level: 'MUST',
    rfc: 'RFC 7662 §2.2 ("has not been revoked"), RFC 7009 §2.1',
    title: 'A revoked refresh token is reported as not active',
    needs: ['introspection', 'revocation', 'authorization'],
    async run(t: CaseContext) {
      const tokens = await t.refreshToken();
      if (!(await isActive(t, tokens.refresh_token, 'refresh_token'))) {
        t.skip('the target does not report refresh tokens as active (IN-09)');
      }
      t.expectStatus(await t.revoke(tokens.refresh_token, 'refresh_token'), 200);
      t.check(
        !(await isActive(t, tokens.refresh_token, 'refresh_token')),
        'the revoked refresh token is still reported as active',
      );
    },
  },
  {
    id: 'IN-06',
    area,
    level: 'MUST',
    rfc: 'RFC 7662 §2.1 ("MUST also require some form of authorization"), RFC 6749 §5.2',
    title: 'A request without client authentication is refused (401 invalid_client) and learns nothing',
    needs: ['introspection'],
    async run(t: CaseContext) {
      const tokens = await issue(t);
      const response = await post(t, { token: tokens.access_token });
      expectNoData(t, response, 'a request without any client authentication');
      t.expectError(response, ['invalid_client', 'invalid_request'], [400, 401]);
      if ((response.json as { error: string }).error === 'invalid_request') {
        t.warn(
          'refused with invalid_request: RFC 6749 §5.2 names invalid_client for "no client authentication included", and RFC 7662 §2.3 answers 401',
        );
      }
      if (response.status !== 401) {
        t.warn(
          'refused with 400 invalid_client: RFC 7662 §2.3 answers failed client authentication with 401',
        );
      }
    },
  },
  {
    id: 'IN-07',
    area,
    level: 'MUST',
    rfc: 'RFC 7662 §2.3 ("responds with an HTTP 401 (Unauthorized)"), RFC 6749 §5.2',
    title: 'A wrong client secret in the Authorization header is refused with 401 invalid_client',
    needs: ['introspection'],
    async run(t: CaseContext) {
      const tokens = await issue(t);
      const client = t.config.client;
      const response = await post(
        t,
        { token: tokens.access_token },
        { authorization: basicHeader(client.id, `${client.secret}-wrong`) },
      );
      expect401(t, response);
    },
  },
  {
    id: 'IN-08',
    area,
    level: 'MUST',
    rfc: 'RFC 7662 §2.3 ("responds with an HTTP 401 (Unauthorized)")',
    title: 'A wrong client secret in the body is refused with 401 invalid_client',
    needs: ['introspection'],
    async run(t: CaseContext) {
      const tokens = await issue(t);
      const client = t.config.secondClient ?? t.config.client;
      const response = await post(t, {
        token: tokens.access_token,
        client_id: client.id,
        client_secret: `${client.secret}-wrong`,
      });
      expect401(t, response);
    },
  },
  {
    id: 'IN-09',
    area,
    level: 'SHOULD',
    rfc: 'RFC 7662 §2.1 ("For refresh tokens, this is the "refresh_token" value"), §2.2',
    title: 'An active refresh token is reported as active, with its client_id',
    needs: ['introspection', 'authorization'],
    async run(t: CaseContext) {
      const tokens = await t.refreshToken();
      const body = introspection(t, await t.introspect(tokens.refresh_token, 'refresh_token'));
      if (body.active !== true) {
        t.warn(
          'the refresh token is reported as not active: the target does not introspect refresh tokens, which RFC 7662 §2.1 provides for',
        );
      }
      if (body.client_id !== undefined && body.client_id !== t.config.client.id) {
        t.fail(`client_id is ${JSON.stringify(body.client_id)}, not ${t.config.client.id}`);
      }
      if (typeof body.exp === 'number' && body.exp <= Math.floor(Date.now() / 1000) - SKEW) {
        t.fail(`exp ${body.exp} is in the past for an active refresh token`);
      }
    },
  },
  {
    id: 'IN-10',
    area,
    level: 'MUST',
    rfc: 'RFC 7662 §2.1 ("it MUST extend its search across all of its supported token types")',
    title: 'An access token sent with token_type_hint=refresh_token is still found: active',
    needs: ['introspection'],
    async run(t: CaseContext) {
      const tokens = await issue(t);
      t.check(
        await isActive(t, tokens.access_token, 'refresh_token'),
        'the access token is reported as not active when hinted as a refresh token',
      );
    },
  },
  {
    id: 'IN-11',
    area,
    level: 'MUST',
    rfc: 'RFC 7662 §2.1 ("it MUST extend its search across all of its supported token types")',
    title: 'A refresh token sent with token_type_hint=access_token is still found: active',
    needs: ['introspection', 'authorization'],
    async run(t: CaseContext) {
      const tokens = await t.refreshToken();
      if (await isActive(t, tokens.refresh_token, 'access_token')) return;
      if (!(await isActive(t, tokens.refresh_token, 'refresh_token'))) {
        t.skip('the target does not report refresh tokens as active (IN-09)');
      }
      t.fail('the refresh token is active, but reported as not active when hinted as an access token');
    },
  },
  {
    id: 'IN-12',
    area,
    level: 'MUST',
    rfc: 'RFC 7662 §2.1 ("it MUST extend its search"; "MAY ignore this parameter")',
    title: 'An unknown token_type_hint value is ignored: the token is reported active',
    needs: ['introspection'],
    async run(t: CaseContext) {
      const tokens = await issue(t);
      const response = await t.introspect(tokens.access_token, 'kit_unknown_type');
      if (response.status !== 200) {
        t.fail(
          `answered ${response.status} ${(response.json as { error?: string } | undefined)?.error ?? ''}: a hint the server cannot use must not fail the request`,
        );
      }
      t.check(
        introspection(t, response).active === true,
        'the access token is reported as not active when sent with an unknown hint',
      );
    },
  },
  {
    id: 'IN-13',
    area,
    level: 'MUST',
    rfc: 'RFC 7662 §2.1 ("token REQUIRED"), RFC 6749 §5.2',
    title: 'A request without token is refused with invalid_request',
    needs: ['introspection'],
    async run(t: CaseContext) {
      const credentials = t.credentials(t.client());
      const response = await post(
        t,
        { token_type_hint: 'access_token', ...credentials.form },
        credentials.headers,
      );
      t.expectError(response, 'invalid_request');
    },
  },
  {
    id: 'IN-14',
    area,
    level: 'BAR',
    rfc: 'RFC 7662 §2.1 ("using an HTTP POST")',
    title: 'A GET to the introspection endpoint is refused and reveals nothing',
    needs: ['introspection'],
    async run(t: CaseContext) {
      const tokens = await issue(t);
      const credentials = t.credentials(t.client());
      const response = await t.request({
        method: 'GET',
        url: t.endpoints.introspection!,
        query: { token: tokens.access_token, ...credentials.form },
        headers: credentials.headers,
      });
      expectNoData(t, response, 'a GET with the token in the URL');
      if (response.status < 400 || response.status >= 500) {
        t.fail(`answered ${response.status} to a GET: expected a refusal (405, or 400 invalid_request)`);
      }
      if (response.status === 405) return;
      const error = (response.json as { error?: unknown } | undefined)?.error;
      if (response.status === 400 && error === 'invalid_request') return;
      t.warn(
        `refused the GET with ${response.status}: 405 with Allow: POST (or 400 invalid_request) says what is wrong`,
      );
    },
  },
  {
    id: 'IN-15',
    area,
    level: 'BAR',
    rfc: 'RFC 6749 §5.1 ("no-store" in "any response containing tokens, credentials, or other sensitive information")',
    title: 'An active introspection response is sent with Cache-Control: no-store',
    needs: ['introspection'],
    async run(t: CaseContext) {
      const tokens = await issue(t);
      const response = await t.introspect(tokens.access_token);
      t.check(
        introspection(t, response).active === true,
        'a token the target has just issued is reported as not active',
      );
      const cacheControl = response.headers['cache-control'];
      t.check(
        cacheControl !== undefined && /(^|[\s,])no-store($|[\s,])/i.test(cacheControl),
        `the response describing an active token has Cache-Control ${cacheControl === undefined ? '(none)' : `"${cacheControl}"`}, not no-store`,
      );
    },
  },
  {
    id: 'IN-16',
    area,
    level: 'MUST',
    rfc: 'RFC 7662 §2.1 ("To prevent token scanning attacks, the endpoint MUST also require some form of authorization")',
    title: "A public client's bare client_id learns nothing about another client's token",
    needs: ['introspection', 'publicClient'],
    async run(t: CaseContext) {
      const tokens = await issue(t);
      const response = await t.introspect(tokens.access_token, undefined, 'publicClient');
      if (response.status === 200) {
        t.check(
          (response.json as Introspection | undefined)?.active !== true,
          "a public client without credentials was told that the confidential client's token is active",
        );
        return;
      }
      t.expectError(response, ['invalid_client', 'invalid_request', 'unauthorized_client'], [400, 401, 403]);
    },
  },
  {
    id: 'IN-17',
    area,
    level: 'BAR',
    rfc: 'RFC 7662 §2.2 ("whether or not the presented token is currently active")',
    title: 'An authorization code is not an access or refresh token: reported as not active',
    needs: ['introspection', 'authorization'],
    async run(t: CaseContext) {
      const issued = await t.code();
      const body = introspection(t, await t.introspect(issued.code));
      t.check(body.active === false, 'an unredeemed authorization code is reported as an active token');
    },
  },
];
