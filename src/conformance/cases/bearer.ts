/**
 * Cases: bearer tokens at the protected resource (RFC 6750 §2, §2.1–§2.3, §3, §3.1, §5; RFC 9110 §11.1, §11.6.1;
 * RFC 9700 §4.3.2; RFC 6749 §7; security checklist §1.I). The resource is another server than the authorization
 * server, so its answers are not checked against the contract: the cases check statuses and parse the
 * `WWW-Authenticate` challenges themselves.
 */
import { randomBytes } from 'node:crypto';
import type { TokenResponse } from '../../contract.js';
import type { CaseContext } from '../context.js';
import type { KitResponse } from '../http.js';
import type { Case } from '../types.js';

const area = 'bearer';
const needs = ['resource'] as const;
const FORM = 'application/x-www-form-urlencoded';

// --- WWW-Authenticate (RFC 9110 §11.6.1) ------------------------------------------------------------------------

interface Challenge {
  scheme: string;
  token68?: string | undefined;
  /** Names lower-cased, values unquoted, in order (repeats kept). */
  params: [string, string][];
}

const TCHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+/;
const TOKEN68 = /^[A-Za-z0-9\-._~+/]+=*/;

/**
 * Parses a `WWW-Authenticate` value (`#challenge`, several header fields joined by commas):
 * `challenge = auth-scheme [ 1*SP ( token68 / #auth-param ) ]`, `auth-param = token BWS "=" BWS ( token /
 * quoted-string )`. Answers the challenges, or what is wrong with the value.
 */
function parseChallenges(value: string): Challenge[] | string {
  const s = value;
  let i = 0;
  const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t';
  const ows = (): void => {
    while (isSpace(s[i])) i++;
  };
  const token = (): string => {
    const start = i;
    while (i < s.length && TCHAR.test(s[i]!)) i++;
    return s.slice(start, i);
  };
  const quoted = (): string | undefined => {
    i++;
    let out = '';
    while (i < s.length) {
      const c = s[i]!;
      if (c === '"') {
        i++;
        return out;
      }
      if (c === '\\') {
        if (i + 1 >= s.length) return undefined;
        out += s[i + 1];
        i += 2;
        continue;
      }
      out += c;
      i++;
    }
    return undefined;
  };
  const challenges: Challenge[] = [];
  for (;;) {
    while (i < s.length && (s[i] === ',' || isSpace(s[i]))) i++;
    if (i >= s.length) break;
    const scheme = token();
    if (!scheme) return `expected an auth-scheme at "${s.slice(i, i + 20)}"`;
    const challenge: Challenge = { scheme, params: [] };
    challenges.push(challenge);
    const afterScheme = i;
    ows();
    if (i >= s.length || s[i] === ',') continue;
    if (i === afterScheme) return `expected a space after the scheme "${scheme}"`;
    const t68 = TOKEN68.exec(s.slice(i));
    if (t68 && /^[ \t]*(,|$)/.test(s.slice(i + t68[0].length))) {
      challenge.token68 = t68[0];
      i += t68[0].length;
      continue;
    }
    for (;;) {
      const name = token();
      if (!name) return `expected an auth-param at "${s.slice(i, i + 20)}"`;
      ows();
      if (s[i] !== '=') return `expected "=" after "${name}"`;
      i++;
      ows();
      let paramValue: string | undefined;
      if (s[i] === '"') {
        paramValue = quoted();
        if (paramValue === undefined) return `the quoted value of "${name}" is not terminated`;
      } else {
        paramValue = token();
        if (!paramValue) return `"${name}" has no value (a token or a quoted-string)`;
      }
      challenge.params.push([name.toLowerCase(), paramValue]);
      ows();
      if (i >= s.length) break;
      if (s[i] !== ',') return `unexpected "${s[i]}" after "${name}"`;
      // The next list element: another auth-param of this challenge (`name =`), or the next challenge.
      let j = i;
      while (j < s.length && (s[j] === ',' || isSpace(s[j]))) j++;
      const next = TOKEN.exec(s.slice(j));
      let k = j + (next?.[0].length ?? 0);
      while (isSpace(s[k])) k++;
      i = j;
      if (!next || s[k] !== '=') break;
    }
  }
  return challenges;
}

/** `%x20-21 / %x23-5B / %x5D-7E` (error, error_description) and `%x21 / %x23-5B / %x5D-7E` (error_uri, scope). */
const NQSCHAR = /^[\x20\x21\x23-\x5B\x5D-\x7E]*$/;
const NQCHAR = /^[\x21\x23-\x5B\x5D-\x7E]*$/;

/** What a Bearer challenge breaks of RFC 6750 §3. */
function bearerProblems(challenge: Challenge): string[] {
  const problems: string[] = [];
  if (challenge.token68 !== undefined)
    problems.push('the Bearer challenge carries a token68, not auth-params');
  else if (challenge.params.length === 0) problems.push('the Bearer scheme is followed by no auth-param');
  for (const name of ['realm', 'scope', 'error', 'error_description', 'error_uri']) {
    const count = challenge.params.filter(([n]) => n === name).length;
    if (count > 1) problems.push(`"${name}" appears ${count} times`);
  }
  for (const [name, value] of challenge.params) {
    if ((name === 'error' || name === 'error_description') && !NQSCHAR.test(value)) {
      problems.push(`"${name}" has characters outside %x20-21 / %x23-5B / %x5D-7E: ${JSON.stringify(value)}`);
    }
    if (name === 'error_uri' && !NQCHAR.test(value)) {
      problems.push(`"error_uri" has characters outside %x21 / %x23-5B / %x5D-7E: ${JSON.stringify(value)}`);
    }
    if (name === 'scope' && !value.split(' ').every((s) => s !== '' && NQCHAR.test(s))) {
      problems.push(`"scope" is not a space-delimited list of scope tokens: ${JSON.stringify(value)}`);
    }
  }
  return problems;
}

/** The Bearer challenge of a response (its parameters), `undefined` without one; fails on an unparsable header. */
function bearerOf(t: CaseContext, response: KitResponse): Map<string, string> | undefined {
  const header = response.headers['www-authenticate'];
  if (header === undefined) return undefined;
  const parsed = parseChallenges(header);
  if (typeof parsed === 'string') t.fail(`the WWW-Authenticate header does not parse (${parsed}): ${header}`);
  const bearer = parsed.find((c) => c.scheme.toLowerCase() === 'bearer');
  return bearer ? new Map(bearer.params) : undefined;
}

/** The response's error code: the challenge's `error`, else the JSON body's. */
function errorOf(t: CaseContext, response: KitResponse): string | undefined {
  const fromChallenge = bearerOf(t, response)?.get('error');
  if (fromChallenge !== undefined) return fromChallenge;
  const body = (response.json as { error?: unknown } | undefined)?.error;
  return typeof body === 'string' ? body : undefined;
}

function describe(t: CaseContext, response: KitResponse): string {
  const challenge = response.headers['www-authenticate'];
  const error = errorOf(t, response);
  return `${response.status}${error ? ` ${error}` : ''}${challenge ? ` (WWW-Authenticate: ${challenge})` : ''}`;
}

function ok(response: { status: number }): boolean {
  return response.status >= 200 && response.status < 300;
}

function madeUp(): string {
  return `kit-${randomBytes(24).toString('base64url')}`;
}

/** A token the resource accepts in the header; skips the case when the resource accepts none (see BA-01). */
async function usableToken(t: CaseContext): Promise<string> {
  const token = await t.resourceToken();
  const response = await t.resource({ authorization: `Bearer ${token}` });
  if (!ok(response)) {
    t.skip(`the resource refuses a fresh token in the Authorization header (${response.status}; see BA-01)`);
  }
  return token;
}

/** A request that must not get through: a 4xx (never 2xx, 3xx or 5xx). */
function expectRefused(t: CaseContext, response: KitResponse | { status: number }, what: string): void {
  if (ok(response)) t.fail(`the resource accepted ${what} (${response.status})`);
  t.check(
    response.status >= 400 && response.status < 500,
    `expected a 4xx refusal of ${what}, got ${response.status}`,
  );
}

/** A token without the resource's scope: client credentials with another scope the target publishes. */
async function tokenWithoutScope(t: CaseContext): Promise<string> {
  const need = (t.config.resource?.scope ?? t.config.scope ?? '').split(' ').filter(Boolean);
  if (need.length === 0) t.skip('the configuration names no scope the resource needs');
  const candidates = (t.target.metadata?.scopes_supported ?? []).filter((s) => !need.includes(s));
  for (const scope of candidates.slice(0, 3)) {
    const response = await t.clientCredentials({ scope });
    if (response.status !== 200) continue;
    const body = response.json as Partial<TokenResponse>;
    const issued = (body.scope ?? scope).split(' ');
    if (typeof body.access_token === 'string' && !need.every((s) => issued.includes(s)))
      return body.access_token;
  }
  return t.skip(
    `no token without the resource's scope "${need.join(' ')}" could be had: the target publishes no other scope (scopes_supported) the client may get with client credentials`,
  );
}

export const cases: Case[] = [
  {
    id: 'BA-01',
    area,
    level: 'MUST',
    rfc: 'RFC 6750 §2.1',
    needs,
    title: 'A valid token in the Authorization header (Bearer) is accepted',
    async run(t: CaseContext) {
      const token = await t.resourceToken();
      const response = await t.resource({ authorization: `Bearer ${token}` });
      if (!ok(response)) t.fail(`the resource refused a fresh access token: ${describe(t, response)}`);
    },
  },
  {
    id: 'BA-02',
    area,
    level: 'MUST',
    rfc: 'RFC 9110 §11.1, RFC 6750 §2.1',
    needs,
    title: 'The auth-scheme is matched case-insensitively (bearer, BEARER)',
    async run(t: CaseContext) {
      const token = await usableToken(t);
      for (const scheme of ['bearer', 'BEARER']) {
        const response = await t.resource({ authorization: `${scheme} ${token}` });
        if (!ok(response)) t.fail(`"${scheme} <token>" was refused: ${describe(t, response)}`);
      }
    },
  },
  {
    id: 'BA-02b',
    area,
    level: 'MUST',
    rfc: 'RFC 6750 §2.1',
    needs,
    title: 'More than one space between Bearer and the token is accepted (1*SP)',
    async run(t: CaseContext) {
      const token = await usableToken(t);
      const response = await t.resource({ authorization: `Bearer  ${token}` });
      if (!ok(response)) t.fail(`"Bearer  <token>" (two spaces) was refused: ${describe(t, response)}`);
    },
  },
  {
    id: 'BA-06',
    area,
    level: 'MUST',
    rfc: 'RFC 6750 §3',
    needs,
    title: 'A request without a token is refused with a Bearer challenge',
    async run(t: CaseContext) {
      const response = await t.resource();
      expectRefused(t, response, 'a request without a token');
      t.check(
        bearerOf(t, response) !== undefined,
        `the refusal has no Bearer challenge (WWW-Authenticate: ${response.headers['www-authenticate'] ?? 'absent'})`,
      );
    },
  },
  {
    id: 'BA-06b',
    area,
    level: 'SHOULD',
    rfc: 'RFC 6750 §3.1, §3',
    needs,
    title: 'A request without a token gets 401 and a challenge without an error code',
    async run(t: CaseContext) {
      const response = await t.resource();
      t.check(response.status === 401, `expected 401, got ${describe(t, response)}`);
      const challenge = bearerOf(t, response);
      if (!challenge) t.skip('the answer has no Bearer challenge (see BA-06)');
      const error = challenge.get('error');
      if (error !== undefined) t.fail(`the challenge says error="${error}" to a request that sent no token`);
    },
  },
  {
    id: 'BA-06c',
    area,
    level: 'SHOULD',
    rfc: 'RFC 6750 §3.1',
    needs,
    title: 'Credentials of another scheme (Basic) get 401 with a Bearer challenge and no error code',
    async run(t: CaseContext) {
      // Made-up credentials: the resource may be another party's server, so no real secret goes there.
      const basic = Buffer.from('kit-user:kit-password').toString('base64');
      const response = await t.resource({ authorization: `Basic ${basic}` });
      if (ok(response)) t.fail(`the resource accepted Basic credentials (${response.status})`);
      t.check(response.status === 401, `expected 401, got ${describe(t, response)}`);
      const challenge = bearerOf(t, response);
      t.check(challenge !== undefined, 'the 401 has no Bearer challenge');
      const error = challenge.get('error');
      if (error !== undefined)
        t.fail(`the challenge says error="${error}" to a request with no bearer token`);
    },
  },
  {
    id: 'BA-09',
    area,
    level: 'MUST',
    rfc: 'RFC 6750 §3, RFC 6749 §7',
    needs,
    title: 'A made-up token is refused, with a Bearer challenge',
    async run(t: CaseContext) {
      const response = await t.resource({ authorization: `Bearer ${madeUp()}` });
      expectRefused(t, response, 'a made-up token');
      t.check(
        bearerOf(t, response) !== undefined,
        `the refusal has no Bearer challenge (WWW-Authenticate: ${response.headers['www-authenticate'] ?? 'absent'})`,
      );
    },
  },
  {
    id: 'BA-09b',
    area,
    level: 'SHOULD',
    rfc: 'RFC 6750 §3.1, §3',
    needs,
    title: 'A made-up token gets 401 with error="invalid_token" in the challenge',
    async run(t: CaseContext) {
      const response = await t.resource({ authorization: `Bearer ${madeUp()}` });
      expectRefused(t, response, 'a made-up token');
      t.check(response.status === 401, `expected 401, got ${describe(t, response)}`);
      const error = bearerOf(t, response)?.get('error');
      t.check(
        error === 'invalid_token',
        `expected error="invalid_token" in the challenge, got ${describe(t, response)}`,
      );
    },
  },
  {
    id: 'BA-10',
    area,
    level: 'MUST',
    rfc: 'RFC 6750 §3, RFC 9110 §11.6.1',
    needs,
    title:
      'Bearer challenges follow RFC 6750 §3: auth-params, realm/scope/error once each, error text charset',
    async run(t: CaseContext) {
      const token = await t.resourceToken();
      const responses = [
        await t.resource(),
        await t.resource({ authorization: `Bearer ${madeUp()}` }),
        await t.resource({ authorization: `Bearer ${madeUp()}"` }),
        await t.resource({ authorization: `Bearer ${token}`, query: { access_token: token } }),
      ];
      let seen = 0;
      for (const response of responses) {
        const header = response.headers['www-authenticate'];
        if (header === undefined) continue;
        const parsed = parseChallenges(header);
        if (typeof parsed === 'string')
          t.fail(`the WWW-Authenticate header does not parse (${parsed}): ${header}`);
        for (const challenge of parsed.filter((c) => c.scheme.toLowerCase() === 'bearer')) {
          seen++;
          const problems = bearerProblems(challenge);
          if (problems.length > 0) t.fail(`${problems.join('; ')} — in ${header}`);
        }
      }
      if (seen === 0) t.skip('the resource sent no Bearer challenge to check (see BA-06)');
    },
  },
  {
    id: 'BA-03',
    area,
    level: 'SHOULD',
    rfc: 'RFC 6750 §2, §3.1',
    needs,
    title: 'A token in both the header and the query is refused with 400 invalid_request',
    async run(t: CaseContext) {
      const token = await usableToken(t);
      const response = await t.resource({ authorization: `Bearer ${token}`, query: { access_token: token } });
      if (ok(response)) {
        t.warn(
          'the resource answered a request carrying the token twice (header and query) instead of refusing it',
        );
      }
      t.check(
        response.status === 400 && errorOf(t, response) === 'invalid_request',
        `expected 400 invalid_request, got ${describe(t, response)}`,
      );
    },
  },
  {
    id: 'BA-03b',
    area,
    level: 'SHOULD',
    rfc: 'RFC 6750 §2, §3.1',
    needs,
    title: 'A token in both the header and the form body is refused with 400 invalid_request',
    async run(t: CaseContext) {
      const token = await usableToken(t);
      const response = await t.resource({ authorization: `Bearer ${token}`, form: { access_token: token } });
      if (ok(response)) {
        t.warn(
          'the resource answered a request carrying the token twice (header and body) instead of refusing it',
        );
      }
      t.check(
        response.status === 400 && errorOf(t, response) === 'invalid_request',
        `expected 400 invalid_request, got ${describe(t, response)}`,
      );
    },
  },
  {
    id: 'BA-03c',
    area,
    level: 'MUST',
    rfc: 'RFC 6750 §2, §3.1',
    needs,
    title: 'A valid token in the query does not get through when the header carries another token',
    async run(t: CaseContext) {
      const token = await usableToken(t);
      const response = await t.resource({
        authorization: `Bearer ${madeUp()}`,
        query: { access_token: token },
      });
      expectRefused(t, response, 'a request with a made-up header token and a valid query token');
    },
  },
  {
    id: 'BA-03d',
    area,
    level: 'MUST',
    rfc: 'RFC 6750 §2, §3.1',
    needs,
    title: 'A valid token in the form body does not get through when the header carries another token',
    async run(t: CaseContext) {
      const token = await usableToken(t);
      const response = await t.resource({
        authorization: `Bearer ${madeUp()}`,
        form: { access_token: token },
      });
      expectRefused(t, response, 'a request with a made-up header token and a valid body token');
    },
  },
  {
    id: 'BA-04',
    area,
    level: 'BAR',
    rfc: 'RFC 9700 §4.3.2, RFC 6750 §2.3, §5.3',
    needs,
    title: 'A token in the URL query is not accepted',
    async run(t: CaseContext) {
      const token = await usableToken(t);
      const response = await t.resource({ query: { access_token: token } });
      if (ok(response)) {
        t.warn(
          'the resource accepts access tokens in the URL query, where they leak into logs and browser history (RFC 6750 §2.3 allows it, not recommended)',
        );
      }
      t.check(response.status < 500, `expected a refusal, got ${response.status}`);
    },
  },
  {
    id: 'BA-04b',
    area,
    level: 'SHOULD',
    rfc: 'RFC 6750 §2.3',
    needs,
    title: 'If query tokens are accepted, the answer carries Cache-Control: private (or no-store)',
    async run(t: CaseContext) {
      const token = await usableToken(t);
      const response = await t.resource({ query: { access_token: token } });
      if (!ok(response)) t.skip('the resource does not accept tokens in the query');
      const cacheControl = response.headers['cache-control'] ?? '';
      t.check(
        /(^|,)\s*(private|no-store)\s*(,|$|=)/i.test(cacheControl),
        `the answer to a query-token request has Cache-Control "${cacheControl}", not private`,
      );
    },
  },
  {
    id: 'BA-05',
    area,
    level: 'SHOULD',
    rfc: 'RFC 6750 §2.2',
    needs,
    title: 'A token in a form-encoded POST body is accepted, if the resource supports the method',
    async run(t: CaseContext) {
      const token = await usableToken(t);
      const response = await t.resource({ form: { access_token: token } });
      if (ok(response)) return;
      t.check(response.status < 500, `a form-body token got ${response.status}`);
      t.skip(
        `the resource does not accept form-body tokens (${describe(t, response)}; optional, RFC 6750 §2.2)`,
      );
    },
  },
  {
    id: 'BA-05b',
    area,
    level: 'MUST',
    rfc: 'RFC 6750 §2.2',
    needs,
    title: 'A token in the body of a GET is not accepted',
    async run(t: CaseContext) {
      const token = await usableToken(t);
      const response = await t.raw(
        t.config.resource!.url,
        `GET {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: ${FORM}\r\n`,
        `access_token=${encodeURIComponent(token)}`,
      );
      expectRefused(t, response, 'a token in the body of a GET');
    },
  },
  {
    id: 'BA-05c',
    area,
    level: 'MUST',
    rfc: 'RFC 6750 §2.2',
    needs,
    title: 'A token in a JSON body is not accepted (form-encoded only)',
    async run(t: CaseContext) {
      const token = await usableToken(t);
      const response = await t.request({
        method: 'POST',
        url: t.config.resource!.url,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ access_token: token }),
      });
      expectRefused(t, response, 'a token in a JSON body');
    },
  },
  {
    id: 'BA-08',
    area,
    level: 'BAR',
    rfc: 'RFC 6750 §2.1',
    needs,
    title: 'Malformed credentials around a valid token are refused (trailing text, a prefixed scheme)',
    async run(t: CaseContext) {
      const token = await usableToken(t);
      for (const authorization of [`Bearer ${token} x`, `xBearer ${token}`]) {
        const response = await t.resource({ authorization });
        expectRefused(t, response, `"Authorization: ${authorization.replace(token, '<token>')}"`);
      }
    },
  },
  {
    id: 'BA-08b',
    area,
    level: 'MUST',
    rfc: 'RFC 6750 §2.1, §3.1',
    needs,
    title: 'A Bearer header without a token, or with characters outside b64token, is refused with 400 or 401',
    async run(t: CaseContext) {
      for (const authorization of ['Bearer', `Bearer ${madeUp()}$`, `Bearer ${madeUp()}"x`]) {
        const response = await t.resource({ authorization });
        expectRefused(t, response, `"Authorization: ${authorization}"`);
        t.check(
          response.status === 400 || response.status === 401,
          `"Authorization: ${authorization}" got ${describe(t, response)}, not 400 invalid_request or 401`,
        );
      }
    },
  },
  {
    id: 'BA-08c',
    area,
    level: 'BAR',
    rfc: 'RFC 6749 §10.14, RFC 6750 §2.2',
    needs,
    title: 'A qs-style operator object as access_token never matches a token (access_token[$ne]=x)',
    async run(t: CaseContext) {
      await usableToken(t);
      const body = await t.request({
        method: 'POST',
        url: t.config.resource!.url,
        headers: { 'content-type': FORM },
        body: 'access_token%5B%24ne%5D=x',
      });
      expectRefused(t, body, 'access_token[$ne]=x in the body');
      const query = await t.resource({ query: { 'access_token[$ne]': 'x' } });
      expectRefused(t, query, 'access_token[$ne]=x in the query');
    },
  },
  {
    id: 'BA-11',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §7, RFC 6750 §3.1',
    needs,
    title: "A token without the resource's scope is refused",
    async run(t: CaseContext) {
      const token = await tokenWithoutScope(t);
      const response = await t.resource({ authorization: `Bearer ${token}` });
      expectRefused(t, response, "a token without the resource's scope");
    },
  },
  {
    id: 'BA-11b',
    area,
    level: 'SHOULD',
    rfc: 'RFC 6750 §3.1',
    needs,
    title: 'A token without the resource\'s scope gets 403 with error="insufficient_scope"',
    async run(t: CaseContext) {
      const token = await tokenWithoutScope(t);
      const response = await t.resource({ authorization: `Bearer ${token}` });
      expectRefused(t, response, "a token without the resource's scope");
      t.check(
        response.status === 403 && bearerOf(t, response)?.get('error') === 'insufficient_scope',
        `expected 403 with error="insufficient_scope" in the challenge, got ${describe(t, response)}`,
      );
    },
  },
  {
    id: 'BA-12',
    area,
    level: 'BAR',
    rfc: 'RFC 7009 §2.1',
    needs: ['resource', 'revocation'],
    title: 'A revoked access token is refused by the resource',
    async run(t: CaseContext) {
      const token = await usableToken(t);
      const revoked = await t.revoke(token, 'access_token');
      t.check(revoked.status === 200, `the revocation was answered ${revoked.status}`);
      const response = await t.resource({ authorization: `Bearer ${token}` });
      expectRefused(t, response, 'a revoked access token');
    },
  },
];
