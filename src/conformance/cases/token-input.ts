/**
 * Cases: how the token endpoint handles its input (RFC 6749 §3.2, §4.4.2, §5.2, §6, Appendix B; RFC 9110 §5.3,
 * §15.5.14; security checklist §1.A and the bad-input catalogue §4.1): the method, the media type and charset,
 * repeated, empty, unknown and type-confused parameters, parameters in the URL query, over-long values and bodies,
 * unknown grant types and missing required parameters.
 */
import { Verdict, describeError, type CaseContext } from '../context.js';
import { encodeForm, type KitResponse } from '../http.js';
import type { Case } from '../types.js';

const area = 'token-input';
const FORM = 'application/x-www-form-urlencoded';

function errorCode(response: KitResponse): string | undefined {
  const error = (response.json as { error?: unknown } | undefined)?.error;
  return typeof error === 'string' ? error : undefined;
}

/** The configured scope as a parameter (none when the configuration has none). */
function scopeParam(t: CaseContext): Record<string, string> {
  return t.config.scope ? { scope: t.config.scope } : {};
}

/**
 * A token request whose body is written by hand (names the form encoder would escape, bytes that are not UTF-8),
 * with the configured client's own authentication appended.
 */
function postBody(
  t: CaseContext,
  body: string,
  options: { headers?: Record<string, string>; query?: Record<string, string> } = {},
): Promise<KitResponse> {
  const { headers, form } = t.credentials(t.client());
  const credentials = encodeForm(form);
  return t.request({
    method: 'POST',
    url: t.endpoints.token,
    operation: 'token',
    headers: { 'content-type': FORM, ...headers, ...options.headers },
    body: credentials ? `${body}&${credentials}` : body,
    query: options.query,
  });
}

/** A client credentials body with the configured scope. */
function clientCredentialsBody(t: CaseContext): string {
  return encodeForm({ grant_type: 'client_credentials', ...scopeParam(t) });
}

/** What a request with another method than POST may get: 405 with `Allow`, or 400 invalid_request. */
function judgeWrongMethod(t: CaseContext, response: KitResponse, method: string): void {
  if (response.status >= 200 && response.status < 300) {
    t.fail(`${method} was answered ${response.status}: the token endpoint serves POST only`);
  }
  if (response.status === 405) {
    if (!/\bPOST\b/i.test(response.headers.allow ?? '')) {
      t.warn('405 without an Allow header naming POST (RFC 9110 §15.5.6 requires Allow in a 405)');
    }
    return;
  }
  if (response.status >= 400 && response.status < 500 && errorCode(response) === undefined) {
    t.warn(
      `answered ${response.status} without an OAuth error: say the method is wrong (405 with Allow: POST, or 400 invalid_request)`,
    );
  }
  t.expectError(response, 'invalid_request');
}

/** A request the target refused as a whole: 413, or 400 invalid_request; a closed connection is a warning. */
async function expectRefusedBody(
  t: CaseContext,
  send: () => Promise<KitResponse>,
  what: string,
  acceptedIsWarning: boolean,
): Promise<void> {
  let response: KitResponse;
  try {
    response = await send();
  } catch (error) {
    if (error instanceof Verdict && error.outcome === 'fail' && error.message.startsWith('no answer')) {
      t.warn(
        `the target closed the connection on ${what} without an answer (allowed, but the client learns nothing)`,
      );
    }
    throw error;
  }
  if (response.status === 200) {
    const message = `the target accepted ${what}: cap the body size and the parameter count (413 or 400 invalid_request)`;
    if (acceptedIsWarning) t.warn(message);
    t.fail(message);
  }
  if (response.status === 413) return;
  t.expectError(response, 'invalid_request', [400, 413]);
}

export const cases: Case[] = [
  {
    id: 'GEN-02',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §3.2',
    title: 'The token endpoint refuses GET (405, or 400 invalid_request), even with valid credentials',
    async run(t: CaseContext) {
      const { headers } = t.credentials(t.client(), 'basic');
      const response = await t.request({
        method: 'GET',
        url: t.endpoints.token,
        headers,
        query: { grant_type: 'client_credentials', ...scopeParam(t) },
      });
      judgeWrongMethod(t, response, 'GET');
    },
  },
  {
    id: 'GEN-02b',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §3.2',
    title: 'The token endpoint refuses PUT with a valid form body (405, or 400 invalid_request)',
    async run(t: CaseContext) {
      const { headers, form } = t.credentials(t.client());
      const response = await t.request({
        method: 'PUT',
        url: t.endpoints.token,
        headers,
        form: { grant_type: 'client_credentials', ...scopeParam(t), ...form },
      });
      judgeWrongMethod(t, response, 'PUT');
    },
  },
  {
    id: 'GEN-03',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §3.2, Appendix B',
    title: 'A JSON body is refused with invalid_request',
    async run(t: CaseContext) {
      const { headers } = t.credentials(t.client(), 'basic');
      const response = await t.request({
        method: 'POST',
        url: t.endpoints.token,
        operation: 'token',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ grant_type: 'client_credentials' }),
      });
      t.expectError(response, 'invalid_request');
    },
  },
  {
    id: 'GEN-03b',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §3.2',
    title: 'A form body without Content-Type is refused with invalid_request',
    async run(t: CaseContext) {
      const { headers } = t.credentials(t.client(), 'basic');
      const response = await t.request({
        method: 'POST',
        url: t.endpoints.token,
        operation: 'token',
        headers: { ...headers, 'content-type': '' },
        body: 'grant_type=client_credentials',
      });
      t.expectError(response, 'invalid_request');
    },
  },
  {
    id: 'GEN-03c',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §3.2',
    title: 'A multipart body is refused with invalid_request',
    async run(t: CaseContext) {
      const { headers } = t.credentials(t.client(), 'basic');
      const boundary = 'oauth2-contract-kit';
      const response = await t.request({
        method: 'POST',
        url: t.endpoints.token,
        operation: 'token',
        headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
        body: `--${boundary}\r\nContent-Disposition: form-data; name="grant_type"\r\n\r\nclient_credentials\r\n--${boundary}--\r\n`,
      });
      t.expectError(response, 'invalid_request');
    },
  },
  {
    id: 'GEN-03d',
    area,
    level: 'BAR',
    rfc: 'RFC 9110 §5.3 (no repeated singleton field); security checklist GEN-03',
    title: 'A request with two Content-Type headers is refused (400), not read with whichever one wins',
    async run(t: CaseContext) {
      const { headers, form } = t.credentials(t.client());
      const lines = Object.entries(headers)
        .map(([name, value]) => `${name}: ${value}\r\n`)
        .join('');
      const head =
        `POST {path} HTTP/1.1\r\nHost: {host}\r\n${lines}` +
        `Content-Type: ${FORM}\r\nContent-Type: application/json\r\n`;
      const body = encodeForm({ grant_type: 'client_credentials', ...scopeParam(t), ...form });
      const result = await t.raw(t.endpoints.token, head, body);
      if (result.status === 200) {
        t.fail('the target issued a token for a request with two different Content-Type headers');
      }
      t.expectStatus(result, 400);
    },
  },
  {
    id: 'GEN-04',
    area,
    level: 'BAR',
    rfc: 'RFC 6749 Appendix B; security checklist GEN-04',
    title: 'A form declared in a charset other than UTF-8 is refused with invalid_request, not transcoded',
    async run(t: CaseContext) {
      // `%E9` is "é" in ISO-8859-1 and not UTF-8 at all: a server that honours the declared charset transcodes it.
      const response = await postBody(t, `${clientCredentialsBody(t)}&kit_note=caf%E9`, {
        headers: { 'content-type': `${FORM}; charset=ISO-8859-1` },
      });
      if (response.status === 200) {
        t.fail(
          'the target issued a token for a form declared ISO-8859-1: the token endpoint reads UTF-8 forms only',
        );
      }
      t.expectError(response, 'invalid_request');
    },
  },
  {
    id: 'GEN-05',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §3.2 ("MUST NOT be included more than once"), §5.2',
    title: 'A repeated parameter is refused with invalid_request',
    async run(t: CaseContext) {
      const response = await t.token({ grant_type: ['client_credentials', 'client_credentials'] });
      t.expectError(response, 'invalid_request');
    },
  },
  {
    id: 'GEN-05b',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §3.2, §5.2 (invalid_request: "repeats a parameter")',
    title: 'A repeated scope is refused with invalid_request (not joined, not invalid_scope)',
    async run(t: CaseContext) {
      const scope = t.config.scope;
      if (!scope) t.skip('no scope configured: a repeated scope needs a value the target knows');
      const response = await t.token({ grant_type: 'client_credentials', scope: [scope, scope] });
      t.expectError(response, 'invalid_request');
    },
  },
  {
    id: 'GEN-05c',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §3.2, §5.2 (invalid_request: "repeats a parameter")',
    title: 'Two different grant_type values are refused with invalid_request, not read as one of them',
    async run(t: CaseContext) {
      const response = await t.token({
        grant_type: ['client_credentials', 'authorization_code'],
        ...scopeParam(t),
      });
      t.expectError(response, 'invalid_request');
    },
  },
  {
    id: 'GEN-06',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §3.2 ("Parameters sent without a value MUST be treated as if they were omitted")',
    title: 'An empty grant_type counts as missing: invalid_request, not unsupported_grant_type',
    async run(t: CaseContext) {
      const response = await t.token({ grant_type: '' });
      t.expectError(response, 'invalid_request');
    },
  },
  {
    id: 'GEN-06b',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §3.2 ("Parameters sent without a value MUST be treated as if they were omitted")',
    title: 'An empty scope is answered exactly like an omitted scope',
    async run(t: CaseContext) {
      const omitted = await t.token({ grant_type: 'client_credentials' });
      const empty = await t.token({ grant_type: 'client_credentials', scope: '' });
      const outcome = (r: KitResponse): string => (r.status === 200 ? '200' : `${r.status} ${errorCode(r)}`);
      if (outcome(omitted) !== outcome(empty)) {
        t.fail(
          `without scope the target answered ${outcome(omitted)}, with scope= it answered ${describeError(empty)} (${empty.status})`,
        );
      }
      if (omitted.status === 200) {
        const granted = (r: KitResponse): unknown => (r.json as { scope?: unknown } | undefined)?.scope;
        t.check(
          granted(omitted) === granted(empty),
          `scope= was granted ${JSON.stringify(granted(empty))}, no scope ${JSON.stringify(granted(omitted))}`,
        );
      }
    },
  },
  {
    id: 'GEN-06c',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §3.2 ("Parameters sent without a value MUST be treated as if they were omitted")',
    title: 'An empty client_id next to Basic credentials is ignored (not a second, conflicting client_id)',
    async run(t: CaseContext) {
      const response = await t.token(
        { grant_type: 'client_credentials', ...scopeParam(t), client_id: '' },
        { auth: 'basic' },
      );
      t.tokens(response);
    },
  },
  {
    id: 'GEN-07',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §3.2 ("MUST ignore unrecognized request parameters")',
    title: 'Unknown parameters are ignored',
    async run(t: CaseContext) {
      t.tokens(await t.clientCredentials({ foo: 'bar', nonce: 'n-0S6_WzA2Mj' }));
    },
  },
  {
    id: 'GEN-08',
    area,
    level: 'BAR',
    rfc: 'RFC 6749 §10.14 (validate every value received)',
    title: 'A qs-style operator object in a parameter never reaches the grant (code[$ne]=x)',
    async run(t: CaseContext) {
      const { headers } = t.credentials(t.client(), 'basic');
      const response = await t.request({
        method: 'POST',
        url: t.endpoints.token,
        operation: 'token',
        headers: { ...headers, 'content-type': FORM },
        body: 'grant_type=authorization_code&code%5B%24ne%5D=x',
      });
      t.expectError(response, ['invalid_request', 'invalid_grant']);
    },
  },
  {
    id: 'GEN-08b',
    area,
    level: 'BAR',
    rfc: 'RFC 6749 §10.14 (validate every value received)',
    title: 'An array-style name (grant_type[]=client_credentials) is not read as grant_type: invalid_request',
    async run(t: CaseContext) {
      const response = await t.token({ 'grant_type[]': 'client_credentials', ...scopeParam(t) });
      if (response.status === 200) t.fail('the target read `grant_type[]` as grant_type and issued a token');
      t.expectError(response, 'invalid_request');
    },
  },
  {
    id: 'GEN-08c',
    area,
    level: 'BAR',
    rfc: 'RFC 6749 §10.14 (validate every value received)',
    title: 'An operator object as refresh token (refresh_token[$ne]=x) is refused, never matched',
    async run(t: CaseContext) {
      const response = await postBody(t, 'grant_type=refresh_token&refresh_token%5B%24ne%5D=x');
      if (response.status === 200) t.fail('the target issued a token for refresh_token[$ne]=x');
      if (errorCode(response) === 'unsupported_grant_type') {
        t.skip('the target does not support the refresh_token grant');
      }
      t.expectError(response, ['invalid_request', 'invalid_grant']);
    },
  },
  {
    id: 'GEN-09',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §2.3.1 (client credentials "MUST NOT be included in the request URI")',
    title: 'A client_secret in the URL query is refused',
    async run(t: CaseContext) {
      const client = t.client();
      const response = await t.token(
        { grant_type: 'client_credentials' },
        { auth: 'none', query: { client_id: client.id, client_secret: client.secret } },
      );
      t.expectError(response, ['invalid_request', 'invalid_client'], [400, 401]);
    },
  },
  {
    id: 'GEN-09b',
    area,
    level: 'BAR',
    rfc: 'RFC 6749 §4.4.2 (parameters "in the HTTP request entity-body"); security checklist GEN-09',
    title: 'A grant_type sent only in the URL query is not read: invalid_request (missing grant_type)',
    async run(t: CaseContext) {
      const response = await t.token(
        { kit_marker: 'query-only' },
        { query: { grant_type: 'client_credentials', ...scopeParam(t) } },
      );
      if (response.status === 200) t.fail('the target read grant_type from the URL query and issued a token');
      t.expectError(response, 'invalid_request');
    },
  },
  {
    id: 'GEN-09c',
    area,
    level: 'BAR',
    rfc: 'RFC 6749 §4.4.2 (parameters "in the HTTP request entity-body"); security checklist GEN-09',
    title: 'A grant_type in the URL query does not override the one in the body',
    async run(t: CaseContext) {
      const response = await t.clientCredentials({}, { query: { grant_type: 'kit_unknown_grant' } });
      if (response.status === 200) return;
      if (errorCode(response) === 'unsupported_grant_type') {
        t.fail(
          'the grant_type of the URL query won over the body (unsupported_grant_type for kit_unknown_grant)',
        );
      }
      t.expectError(response, 'invalid_request');
    },
  },
  {
    id: 'GEN-09d',
    area,
    level: 'BAR',
    rfc: 'RFC 6749 §2.3.1 (client credentials "MUST NOT be included in the request URI")',
    title: 'A client_secret in the URL query is refused even when the Basic header authenticates the client',
    async run(t: CaseContext) {
      const client = t.client();
      const response = await t.clientCredentials(
        {},
        { auth: 'basic', query: { client_secret: client.secret ?? '' } },
      );
      if (response.status === 200) {
        t.warn(
          'the target ignored a client_secret in the URL query; answering invalid_request tells the client its secret leaks into URLs and logs',
        );
      }
      t.expectError(response, ['invalid_request', 'invalid_client'], [400, 401]);
    },
  },
  {
    id: 'GEN-10',
    area,
    level: 'BAR',
    rfc: 'RFC 6749 §10.14 (validate every value received); security checklist GEN-10',
    title: 'Over-long code, refresh_token and scope values (5000 characters) get a 4xx OAuth error, not 5xx',
    async run(t: CaseContext) {
      const long = 'k'.repeat(5000);
      const client = t.client();
      const probes: { name: string; params: Record<string, string>; allowed: string[] }[] = [
        {
          name: 'code',
          params: { grant_type: 'authorization_code', code: long, redirect_uri: client.redirectUri },
          allowed: ['invalid_request', 'invalid_grant'],
        },
        {
          name: 'refresh_token',
          params: { grant_type: 'refresh_token', refresh_token: long },
          allowed: ['invalid_request', 'invalid_grant', 'unsupported_grant_type'],
        },
        {
          name: 'scope',
          params: { grant_type: 'client_credentials', scope: long },
          allowed: ['invalid_request', 'invalid_scope'],
        },
      ];
      for (const probe of probes) {
        const response = await t.token(probe.params);
        if (response.status === 200) {
          if (probe.name === 'scope') continue; // a server MAY ignore a scope it does not know (§3.3)
          t.fail(`a ${probe.name} of 5000 characters was answered with a token`);
        }
        if (!probe.allowed.includes(errorCode(response) ?? '') || response.status !== 400) {
          t.fail(
            `a ${probe.name} of 5000 characters was answered ${response.status} ${describeError(response)}; expected 400 ${probe.allowed.join(' or ')}`,
          );
        }
      }
    },
  },
  {
    id: 'GEN-11',
    area,
    level: 'BAR',
    rfc: 'RFC 6749 §10.14 (validate every value received); security checklist GEN-11',
    title:
      'Prototype keys in the body (__proto__, constructor[prototype]) are ignored or refused, never a 5xx',
    async run(t: CaseContext) {
      const polluted =
        `${clientCredentialsBody(t)}&__proto__%5Badmin%5D=1&__proto__=kit&constructor%5Bprototype%5D%5Badmin%5D=1` +
        '&prototype=kit&hasOwnProperty=kit';
      const response = await postBody(t, polluted);
      if (response.status !== 200) t.expectError(response, 'invalid_request');
      t.tokens(await t.clientCredentials());
    },
  },
  {
    id: 'GEN-12',
    area,
    level: 'BAR',
    rfc: 'RFC 9110 §15.5.14 (413 Content Too Large); security checklist GEN-12',
    title: 'A 1 MiB body is refused (413, or 400 invalid_request), not read into a token request',
    async run(t: CaseContext) {
      const body = `${clientCredentialsBody(t)}&kit_padding=${'p'.repeat(1024 * 1024)}`;
      await expectRefusedBody(t, () => postBody(t, body), 'a 1 MiB body', false);
    },
  },
  {
    id: 'GEN-12b',
    area,
    level: 'BAR',
    rfc: 'RFC 9110 §15.5.14 (413 Content Too Large); security checklist GEN-12',
    title: 'A body with 2000 parameters is refused (413, or 400 invalid_request)',
    async run(t: CaseContext) {
      const padding = Array.from({ length: 2000 }, (_, i) => `kit${i}=1`).join('&');
      const body = `${clientCredentialsBody(t)}&${padding}`;
      await expectRefusedBody(t, () => postBody(t, body), '2000 parameters', true);
    },
  },
  {
    id: 'GEN-15',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §5.2 (invalid_request: "missing a required parameter")',
    title: 'A request without grant_type is refused with invalid_request',
    async run(t: CaseContext) {
      t.expectError(await t.token({}), 'invalid_request');
    },
  },
  {
    id: 'GEN-16',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §5.2 (invalid_request: "missing a required parameter"), §6',
    title: 'A refresh request without refresh_token is refused with invalid_request',
    async run(t: CaseContext) {
      const response = await t.token({ grant_type: 'refresh_token' });
      if (errorCode(response) === 'unsupported_grant_type') {
        t.skip('the target does not support the refresh_token grant');
      }
      t.expectError(response, 'invalid_request');
    },
  },
  {
    id: 'GEN-16b',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §5.2 (invalid_request: "missing a required parameter"), §4.1.3',
    title: 'An authorization code request without code is refused with invalid_request',
    async run(t: CaseContext) {
      const client = t.client();
      const response = await t.token({ grant_type: 'authorization_code', redirect_uri: client.redirectUri });
      if (errorCode(response) === 'unsupported_grant_type') {
        t.skip('the target does not support the authorization_code grant');
      }
      t.expectError(response, 'invalid_request');
    },
  },
  {
    id: 'GEN-16c',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §5.2 (invalid_request: "missing a required parameter"), §4.3.2',
    title: 'A password request without password, or without username, is refused with invalid_request',
    needs: ['user'],
    async run(t: CaseContext) {
      const user = t.config.user!;
      for (const params of [{ username: user.username }, { password: user.password }]) {
        const response = await t.token({ grant_type: 'password', ...params, ...scopeParam(t) });
        const error = errorCode(response);
        if (error === 'unsupported_grant_type' || error === 'unauthorized_client') {
          t.skip(`the target refuses the password grant for this client (${error})`);
        }
        const missing = 'username' in params ? 'password' : 'username';
        if (response.status === 200)
          t.fail(`a password request without ${missing} was answered with a token`);
        if (error !== 'invalid_request' || response.status !== 400) {
          t.fail(
            `without ${missing}: expected 400 invalid_request, got ${response.status} ${describeError(response)}`,
          );
        }
      }
    },
  },
  {
    id: 'CA-09',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §5.2 (unsupported_grant_type)',
    title: 'An unknown grant_type (a name or an absolute URI) is refused with unsupported_grant_type',
    async run(t: CaseContext) {
      for (const grantType of ['kit_unknown_grant', 'urn:example:oauth2-contract-kit:unknown-grant']) {
        t.expectError(await t.token({ grant_type: grantType }), 'unsupported_grant_type');
      }
    },
  },
  {
    id: 'CA-09b',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §5.2 (unsupported_grant_type)',
    title:
      'Grant types named like object properties (__proto__, toString, constructor) are unsupported_grant_type',
    async run(t: CaseContext) {
      for (const grantType of ['__proto__', 'toString', 'constructor', 'hasOwnProperty']) {
        const response = await t.token({ grant_type: grantType });
        if (errorCode(response) !== 'unsupported_grant_type' || response.status !== 400) {
          t.fail(
            `grant_type=${grantType}: expected 400 unsupported_grant_type, got ${response.status} ${describeError(response)}`,
          );
        }
      }
    },
  },
];
