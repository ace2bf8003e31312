/**
 * Cases: what the token endpoint answers (RFC 6749 §3.3, §4.4.3, §5.1, §5.2, §10.3, §10.10; security checklist
 * §1.G): caching headers on tokens and errors, the JSON token response and its fields, error statuses, the
 * character set of error fields, no internals in error bodies, no refresh token with client credentials, fresh
 * tokens per request, and tokens that are not reflected where they do not belong.
 */
import type { TokenResponse } from '../../contract.js';
import { basicHeader, describeError, type AnyClient, type CaseContext } from '../context.js';
import { encodeForm, type KitResponse } from '../http.js';
import type { Case } from '../types.js';

const area = 'token-response';

/** RFC 6749 §5.2: `error` and `error_description` are NQSCHAR, `error_uri` a URI without space, `"` or `\`. */
const NQSCHAR = /^[\x20\x21\x23-\x5B\x5D-\x7E]*$/;
const URI_CHARS = /^[\x21\x23-\x5B\x5D-\x7E]*$/;

/** Characters no error field may carry, and that careless servers copy from the request. */
const AWKWARD = 'kit"quote\\back\u00e9\r\n\t\u202e<x>';

/** What internals look like when they leak into an error body. */
const LEAKS: readonly { what: string; pattern: RegExp }[] = [
  { what: 'a JavaScript stack frame', pattern: /\bat (?:async )?[\w$.<>[\]]+ \(?[^\s()]*:\d+:\d+\)?/ },
  { what: 'a source file position', pattern: /\.(?:[cm]?js|ts|py|java|rb|go|php|cs):\d+(?::\d+)?\b/ },
  { what: 'a node_modules path', pattern: /node_modules[\\/]/ },
  { what: 'a JavaScript error name', pattern: /\b(?:TypeError|ReferenceError|SyntaxError|RangeError)\b/ },
  { what: 'a Python traceback', pattern: /Traceback \(most recent call last\)/ },
  { what: 'a Java exception', pattern: /\b(?:java|javax|org\.springframework)\.[\w.]+(?:Exception|Error)\b/ },
  {
    what: 'a database or driver message',
    pattern:
      /\b(?:SQLITE_[A-Z]+|SQLSTATE|ER_[A-Z_]{4,}|ECONNREFUSED|ETIMEDOUT|MongoServerError|PrismaClient\w*|Sequelize\w*Error|QueryFailedError|duplicate key value)\b/,
  },
  {
    what: 'an SQL statement',
    pattern: /\bSELECT\b[^"]{1,80}\bFROM\b|\bINSERT\s+INTO\b|\bUPDATE\s+\w+\s+SET\b/,
  },
];

function errorCode(response: KitResponse): string | undefined {
  const error = (response.json as { error?: unknown } | undefined)?.error;
  return typeof error === 'string' ? error : undefined;
}

function scopeParam(t: CaseContext): Record<string, string> {
  return t.config.scope ? { scope: t.config.scope } : {};
}

/** `Cache-Control` carries the `no-store` directive. */
function hasNoStore(response: KitResponse): boolean {
  return (response.headers['cache-control'] ?? '')
    .split(',')
    .some((directive) => directive.trim().toLowerCase() === 'no-store');
}

/** A token request with a hand-written body and the configured client's authentication. */
function postBody(t: CaseContext, body: string, headers: Record<string, string> = {}): Promise<KitResponse> {
  const credentials = t.credentials(t.client());
  const form = encodeForm(credentials.form);
  return t.request({
    method: 'POST',
    url: t.endpoints.token,
    operation: 'token',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...credentials.headers, ...headers },
    body: form ? `${body}&${form}` : body,
  });
}

/** The fields of an error body that break RFC 6749 §5.2's character sets, as messages. */
function charsetProblems(response: KitResponse): string[] {
  const body = response.json as Record<string, unknown> | undefined;
  if (!body || typeof body !== 'object')
    return [`the error answer (${response.status}) is not a JSON object`];
  const problems: string[] = [];
  const check = (name: string, allowed: RegExp, required: boolean): void => {
    const value = body[name];
    if (value === undefined) {
      if (required) problems.push(`no "${name}"`);
      return;
    }
    if (typeof value !== 'string') problems.push(`"${name}" is not a string`);
    else if (!allowed.test(value) || (required && value === '')) {
      problems.push(
        `"${name}" has characters outside the allowed set: ${JSON.stringify(value.slice(0, 120))}`,
      );
    }
  };
  check('error', NQSCHAR, true);
  check('error_description', NQSCHAR, false);
  check('error_uri', URI_CHARS, false);
  return problems;
}

/** Sends requests with awkward characters; every error they provoke must respect §5.2's character sets. */
async function expectCleanErrors(t: CaseContext, probes: (() => Promise<KitResponse>)[]): Promise<void> {
  let errors = 0;
  for (const probe of probes) {
    const response = await probe();
    if (response.status >= 200 && response.status < 300) continue;
    errors++;
    const problems = charsetProblems(response);
    if (problems.length > 0)
      t.fail(`${response.status} ${errorCode(response) ?? ''}: ${problems.join('; ')}`);
  }
  if (errors === 0) t.skip('no request provoked an error to look at');
}

export const cases: Case[] = [
  {
    id: 'TR-01',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §5.1 (Cache-Control: no-store)',
    title: 'A token response carries Cache-Control: no-store',
    async run(t: CaseContext) {
      const response = await t.clientCredentials();
      t.tokens(response);
      if (!hasNoStore(response)) {
        t.fail(
          `the token response has Cache-Control ${JSON.stringify(response.headers['cache-control'] ?? null)}`,
        );
      }
    },
  },
  {
    id: 'TR-01b',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §5.1 (Pragma: no-cache)',
    title: 'A token response carries Pragma: no-cache (RFC 6749; dropped by OAuth 2.1)',
    async run(t: CaseContext) {
      const response = await t.clientCredentials();
      t.tokens(response);
      const pragma = response.headers.pragma ?? '';
      if (!pragma.split(',').some((directive) => directive.trim().toLowerCase() === 'no-cache')) {
        t.fail(
          `the token response has Pragma ${JSON.stringify(response.headers.pragma ?? null)}: RFC 6749 §5.1 requires "no-cache" with every token (OAuth 2.1 §3.2.3 dropped the requirement; only Cache-Control: no-store remains there)`,
        );
      }
    },
  },
  {
    id: 'TR-01c',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §5.1 (Cache-Control: no-store), §6',
    title: 'Tokens from an authorization code and from a refresh carry Cache-Control: no-store',
    needs: ['authorization'],
    async run(t: CaseContext) {
      const issued = await t.code();
      const redeemed = await t.redeem(issued);
      const tokens = t.tokens(redeemed);
      t.check(hasNoStore(redeemed), 'the authorization code token response lacks Cache-Control: no-store');
      if (!tokens.refresh_token) return;
      const refreshed = await t.refresh(tokens.refresh_token, {}, { client: issued.client });
      t.tokens(refreshed);
      t.check(hasNoStore(refreshed), 'the refresh token response lacks Cache-Control: no-store');
    },
  },
  {
    id: 'TR-01d',
    area,
    level: 'BAR',
    rfc: 'RFC 6749 §5.1 (no-store for "credentials, or other sensitive information"); security checklist TR-01',
    title: 'Token endpoint errors carry Cache-Control: no-store too',
    async run(t: CaseContext) {
      const missing = await t.token({});
      const wrong = await t.request({
        method: 'POST',
        url: t.endpoints.token,
        operation: 'token',
        headers: { authorization: basicHeader(t.client().id, 'kit-wrong-secret') },
        form: { grant_type: 'client_credentials', ...scopeParam(t) },
      });
      for (const response of [missing, wrong]) {
        t.check(response.status >= 400, `expected an error, got ${response.status}`);
        if (!hasNoStore(response)) {
          t.warn(
            `the ${response.status} ${errorCode(response) ?? ''} error has Cache-Control ${JSON.stringify(response.headers['cache-control'] ?? null)}; no-store keeps intermediaries from keeping errors about credentials`,
          );
        }
      }
    },
  },
  {
    id: 'TR-02',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §5.1',
    title:
      'A token response is JSON with access_token, a Bearer token_type (any case) and a numeric expires_in',
    async run(t: CaseContext) {
      const response = await t.clientCredentials();
      const mediaType = response.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
      t.check(
        mediaType === 'application/json',
        `the token response has Content-Type ${mediaType ?? '(none)'}`,
      );
      const body = t.tokens(response) as unknown as Record<string, unknown>;
      t.check(body.access_token !== '', 'the access_token is empty');
      t.check(typeof body.token_type === 'string', 'the token response has no token_type');
      t.check(
        /^bearer$/i.test(body.token_type),
        `token_type is ${JSON.stringify(body.token_type)}; the kit expects Bearer (RFC 6750), in any case`,
      );
      if (body.expires_in === undefined) {
        t.warn(
          'the token response has no expires_in (RECOMMENDED): the client cannot tell when the token expires',
        );
      }
      t.check(
        typeof body.expires_in === 'number' && Number.isInteger(body.expires_in) && body.expires_in >= 0,
        `expires_in is ${JSON.stringify(body.expires_in)}, not a JSON number of seconds`,
      );
    },
  },
  {
    id: 'TR-02b',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §3.3 (scope REQUIRED in the response when it differs), §5.1',
    title: 'When the granted scope differs from the requested one, the response says which scope was granted',
    async run(t: CaseContext) {
      const requested = [...(t.config.scope?.split(' ') ?? []), 'kit-unknown-scope'];
      const response = await t.token({ grant_type: 'client_credentials', scope: requested.join(' ') });
      let asked: string[] = requested;
      let tokens: TokenResponse;
      if (response.status === 200) {
        tokens = t.tokens(response);
      } else {
        t.expectError(response, 'invalid_scope');
        // The unknown scope is refused outright: try the default scope the target grants to a request without one.
        const omitted = await t.token({ grant_type: 'client_credentials' });
        if (omitted.status !== 200)
          t.skip('the target grants no token without a scope; nothing differs to report');
        tokens = t.tokens(omitted);
        asked = [];
      }
      if (typeof tokens.scope === 'string') return;
      if (!t.endpoints.introspection) {
        t.skip(
          'the response has no scope, and the target has no introspection endpoint to show what was granted',
        );
      }
      const introspection = await t.introspect(tokens.access_token);
      const info = introspection.json as { active?: unknown; scope?: unknown } | undefined;
      if (introspection.status !== 200 || info?.active !== true || typeof info.scope !== 'string') {
        t.skip('introspection does not report the scope of the token');
      }
      const granted = info.scope.split(' ').filter(Boolean).sort().join(' ');
      if (granted === [...asked].sort().join(' ')) return;
      const message = `the token was granted "${granted}" (introspection) for a request of "${asked.join(' ')}", and the response has no scope parameter`;
      if (asked.length === 0) t.warn(`${message}: the client cannot tell which default scope it got`);
      t.fail(message);
    },
  },
  {
    id: 'TR-03',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §5.2 (400 "unless specified otherwise")',
    title: 'Token errors are 400, except invalid_client, which may be 401',
    async run(t: CaseContext) {
      const client = t.client();
      const probes: [string, () => Promise<KitResponse>][] = [
        ['no grant_type', () => t.token({})],
        ['an unknown grant_type', () => t.token({ grant_type: 'kit_unknown_grant' })],
        [
          'an unknown code',
          () =>
            t.token({
              grant_type: 'authorization_code',
              code: 'kit-unknown-code',
              redirect_uri: client.redirectUri,
            }),
        ],
        [
          'an unknown refresh token',
          () => t.token({ grant_type: 'refresh_token', refresh_token: 'kit-unknown-rt' }),
        ],
        ['an unknown scope', () => t.token({ grant_type: 'client_credentials', scope: 'kit-unknown-scope' })],
        [
          'a wrong secret in the body',
          () =>
            t.clientCredentials(
              {},
              { client: { ...client, secret: 'kit-wrong-secret' } as AnyClient, auth: 'post' },
            ),
        ],
        [
          'a wrong secret in the Basic header',
          () =>
            t.clientCredentials(
              {},
              { client: { ...client, secret: 'kit-wrong-secret' } as AnyClient, auth: 'basic' },
            ),
        ],
      ];
      const problems: string[] = [];
      for (const [what, probe] of probes) {
        const response = await probe();
        if (response.status === 200) continue;
        const error = errorCode(response);
        if (!error) problems.push(`${what}: ${response.status} without an OAuth error body`);
        else if (response.status === 401 && error !== 'invalid_client')
          problems.push(`${what}: 401 ${error}`);
        else if (response.status !== 400 && response.status !== 401)
          problems.push(`${what}: ${response.status} ${error}`);
      }
      if (problems.length > 0) t.fail(`errors with the wrong status: ${problems.join('; ')}`);
    },
  },
  {
    id: 'TR-04',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §5.2 (error and error_description character set)',
    title:
      'An error provoked by a grant_type with quotes, backslashes, controls and non-ASCII stays within the character set',
    async run(t: CaseContext) {
      await expectCleanErrors(t, [
        () => t.token({ grant_type: AWKWARD }),
        () => t.token({ grant_type: `urn:kit:${AWKWARD}` }),
      ]);
    },
  },
  {
    id: 'TR-04b',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §5.2 (error and error_description character set)',
    title: 'An error provoked by an awkward client_id (body and Basic) stays within the character set',
    async run(t: CaseContext) {
      const odd = {
        id: AWKWARD,
        secret: AWKWARD,
        redirectUri: t.client().redirectUri,
        kind: 'client',
      } as AnyClient;
      await expectCleanErrors(t, [
        () => t.clientCredentials({}, { client: odd, auth: 'post' }),
        () => t.clientCredentials({}, { client: odd, auth: 'basic' }),
      ]);
    },
  },
  {
    id: 'TR-04c',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §5.2 (error and error_description character set)',
    title: 'An error provoked by an awkward scope stays within the character set',
    async run(t: CaseContext) {
      await expectCleanErrors(t, [
        () => t.token({ grant_type: 'client_credentials', scope: `read ${AWKWARD}` }),
      ]);
    },
  },
  {
    id: 'TR-04d',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §5.2 (error and error_description character set)',
    title: 'An error provoked by an awkward code or refresh token stays within the character set',
    async run(t: CaseContext) {
      const client = t.client();
      await expectCleanErrors(t, [
        () => t.token({ grant_type: 'authorization_code', code: AWKWARD, redirect_uri: client.redirectUri }),
        () => t.token({ grant_type: 'refresh_token', refresh_token: AWKWARD }),
        () =>
          t.token({
            grant_type: 'authorization_code',
            code: 'kit-code',
            redirect_uri: `https://kit.example/${AWKWARD}`,
          }),
      ]);
    },
  },
  {
    id: 'TR-05',
    area,
    level: 'BAR',
    rfc: 'RFC 6749 §5.2 (error_description is for the client developer); security checklist TR-05',
    title: 'Malformed requests get a 4xx without stack traces, file paths or database messages',
    async run(t: CaseContext) {
      const client = t.client();
      const probes: [string, () => Promise<KitResponse>][] = [
        ['malformed percent escapes', () => postBody(t, 'grant_type=%ZZ&code=%E0%A4%A&redirect_uri=%')],
        ['bytes that are not UTF-8', () => postBody(t, 'grant_type=client_credentials&kit=%FF%FE%C0%80')],
        [
          'a UTF-7 form',
          () =>
            postBody(t, 'grant_type=client_credentials', {
              'content-type': 'application/x-www-form-urlencoded; charset=utf-7',
            }),
        ],
        [
          'truncated JSON',
          () => postBody(t, '{"grant_type":"client_credentials",', { 'content-type': 'application/json' }),
        ],
        [
          'an operator object',
          () => postBody(t, 'grant_type=authorization_code&code%5B%24gt%5D=&redirect_uri=x'),
        ],
        [
          'an SQL-looking code',
          () =>
            t.token({
              grant_type: 'authorization_code',
              code: "kit' OR '1'='1' --",
              redirect_uri: client.redirectUri,
            }),
        ],
        [
          'an SQL-looking refresh token',
          () => t.token({ grant_type: 'refresh_token', refresh_token: "x'; --" }),
        ],
        [
          'an SQL-looking client_id',
          () =>
            t.clientCredentials(
              {},
              { client: { ...client, id: "kit' OR 1=1 --", secret: 'x' } as AnyClient, auth: 'basic' },
            ),
        ],
        [
          'a Basic header that decodes to bytes that are not UTF-8',
          () =>
            t.request({
              method: 'POST',
              url: t.endpoints.token,
              operation: 'token',
              headers: {
                authorization: `Basic ${Buffer.from([0xff, 0xfe, 0x3a, 0xc0, 0x80]).toString('base64')}`,
              },
              form: { grant_type: 'client_credentials' },
            }),
        ],
      ];
      for (const [what, probe] of probes) {
        const response = await probe();
        if (response.status >= 500) {
          t.fail(
            `${what} caused ${response.status} ${describeError(response)}: bad input is a 4xx, not a server error`,
          );
        }
        const exposed = `${response.text}\n${Object.values(response.headers).join('\n')}`;
        for (const leak of LEAKS) {
          const found = leak.pattern.exec(exposed);
          if (found) t.fail(`${what}: the answer shows ${leak.what}: ${JSON.stringify(found[0])}`);
        }
      }
    },
  },
  {
    id: 'TR-05b',
    area,
    level: 'BAR',
    rfc: 'RFC 6749 §5.2 (error_description is for the client developer); security checklist TR-05',
    title: 'A refused client secret is not echoed back in the error answer',
    async run(t: CaseContext) {
      const client = t.client();
      const secret = `kit-echo-secret-${Date.now().toString(36)}`;
      for (const auth of ['basic', 'post'] as const) {
        const response = await t.clientCredentials({}, { client: { ...client, secret } as AnyClient, auth });
        t.check(response.status !== 200, `a wrong secret (${auth}) was answered with a token`);
        const exposed = `${response.text}\n${Object.values(response.headers).join('\n')}`;
        if (exposed.includes(secret)) t.fail(`the ${auth} error answer repeats the secret the client sent`);
      }
    },
  },
  {
    id: 'TR-06',
    area,
    level: 'SHOULD',
    rfc: 'RFC 6749 §4.4.3 ("A refresh token SHOULD NOT be included")',
    title: 'A client credentials response has no refresh token',
    async run(t: CaseContext) {
      const tokens = t.tokens(await t.clientCredentials());
      if (tokens.refresh_token !== undefined) {
        t.fail('the client credentials response includes a refresh token; the client can simply ask again');
      }
    },
  },
  {
    id: 'TR-07',
    area,
    level: 'BAR',
    rfc: 'RFC 6749 §10.10 (tokens must not be guessable)',
    title: 'Each token request gets a fresh access token',
    async run(t: CaseContext) {
      const first = t.tokens(await t.clientCredentials());
      const second = t.tokens(await t.clientCredentials());
      if (first.access_token === second.access_token) {
        t.warn('two client credentials requests got the same access token');
      }
      t.check(
        first.access_token.length >= 20,
        `the access token has ${first.access_token.length} characters: even random printable characters cannot carry 128 bits in fewer than 20`,
      );
    },
  },
  {
    id: 'TR-08',
    area,
    level: 'BAR',
    rfc: 'RFC 6749 §10.3 (access tokens shared only with the client and the resource servers)',
    title: 'An access token is not reflected in headers, nor echoed when misused as a code or refresh token',
    async run(t: CaseContext) {
      const issued = await t.clientCredentials();
      const token = t.tokens(issued).access_token;
      for (const [name, value] of Object.entries(issued.headers)) {
        if (value.includes(token))
          t.fail(`the token response repeats the access token in its ${name} header`);
      }
      const client = t.client();
      const misuses: [string, Record<string, string>][] = [
        ['a refresh token', { grant_type: 'refresh_token', refresh_token: token }],
        ['a code', { grant_type: 'authorization_code', code: token, redirect_uri: client.redirectUri }],
      ];
      for (const [what, params] of misuses) {
        const response = await t.token(params);
        if (response.status === 200) t.fail(`the access token was accepted as ${what}`);
        const exposed = `${response.text}\n${Object.values(response.headers).join('\n')}`;
        if (exposed.includes(token))
          t.fail(`the error for an access token used as ${what} repeats the token`);
      }
    },
  },
];
