/**
 * Cases: redirect URIs (RFC 6749 §3.1.2, §3.1.2.3, §3.1.2.4, §4.1.1, §4.1.2.1, §4.1.3, §10.6, §10.15; RFC 9700
 * §2.1, §4.1.3, §4.11.2; security checklist §1.D).
 *
 * At the authorization endpoint a redirect URI is compared with the registered one by exact string comparison;
 * whatever differs is refused by the server itself, never redirected to. At the token endpoint the code is bound
 * to the redirect URI of its authorization request.
 */
import type { CaseContext } from '../context.js';
import type { KitResponse } from '../http.js';
import type { Case } from '../types.js';
import {
  codeRequest,
  describeAnswer,
  expectAnsweredItself,
  firstAnswer,
  newState,
  redeem,
  signIn,
  walk,
  type Params,
} from './authorization.js';

const area = 'redirect-uri';

/** An attacker's origin: never registered for any client. */
const ATTACKER = 'attacker.example';

/** The parts of an absolute URI as written (no normalization), for building look-alikes. */
interface UriParts {
  scheme: string;
  authority: string;
  host: string;
  port: string;
  path: string;
  query: string;
}

function parts(uri: string): UriParts | undefined {
  const match = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)(\?[^#]*)?$/.exec(uri);
  if (!match) return undefined;
  const authority = match[2]!;
  const hostPort = authority.slice(authority.lastIndexOf('@') + 1);
  const portAt = hostPort.startsWith('[') ? hostPort.indexOf(']:') + 1 : hostPort.lastIndexOf(':');
  return {
    scheme: match[1]!,
    authority,
    host: portAt > 0 ? hostPort.slice(0, portAt) : hostPort,
    port: portAt > 0 ? hostPort.slice(portAt + 1) : '',
    path: match[3]!,
    query: match[4] ?? '',
  };
}

function join(p: UriParts, changes: Partial<UriParts>): string {
  const { scheme, authority, path, query } = { ...p, ...changes };
  return `${scheme}://${authority}${path}${query}`;
}

/** A loopback IP literal: RFC 8252 §7.3 makes the server allow any port there (native apps). */
function isLoopbackIp(host: string): boolean {
  return /^127(\.\d{1,3}){3}$/.test(host) || host === '[::1]';
}

/**
 * A variant of the registered redirect URI that differs in one way, or why this URI has no such variant. The
 * server must refuse each with its own answer and no redirect.
 */
type Variant = (uri: string, p: UriParts) => string | { skip: string };

function firstLetter(path: string): number {
  return path.search(/[A-Za-z]/);
}

interface RedirectVariant {
  id: string;
  title: string;
  variant: Variant;
  rfc?: string;
}

const VARIANTS: RedirectVariant[] = [
  {
    id: 'RU-01',
    title: 'A redirect URI with an extra path segment is refused by the server, never redirected to',
    variant: (_uri, p) => join(p, { path: `${p.path.replace(/\/$/, '')}/kit-extra` }),
  },
  {
    id: 'RU-01b',
    title: 'A redirect URI whose path differs in letter case is refused, never redirected to',
    variant: (_uri, p) => {
      const at = firstLetter(p.path);
      if (at < 0) return { skip: 'the registered path has no letter to change the case of' };
      const ch = p.path[at]!;
      const swapped = ch === ch.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase();
      return join(p, { path: `${p.path.slice(0, at)}${swapped}${p.path.slice(at + 1)}` });
    },
  },
  {
    id: 'RU-01c',
    title: 'A redirect URI with an added query parameter is refused, never redirected to',
    variant: (_uri, p) => join(p, { query: p.query ? `${p.query}&kit=1` : '?kit=1' }),
  },
  {
    id: 'RU-01d',
    title: 'A redirect URI with a trailing slash added (or removed) is refused, never redirected to',
    variant: (_uri, p) => join(p, { path: p.path.endsWith('/') ? p.path.slice(0, -1) : `${p.path}/` }),
  },
  {
    id: 'RU-01e',
    title:
      'A redirect URI reaching the registered path through `..` segments is refused (no path normalization)',
    variant: (_uri, p) => join(p, { path: `/kit-evil/..${p.path.startsWith('/') ? p.path : `/${p.path}`}` }),
  },
  {
    id: 'RU-01f',
    title: 'The registered URI used as userinfo before another host (`…@attacker.example`) is refused',
    variant: (_uri, p) => join(p, { authority: `${p.authority}@${ATTACKER}` }),
  },
  {
    id: 'RU-01g',
    title: 'A redirect URI on another host is refused, never redirected to',
    variant: (_uri, p) => join(p, { authority: p.port ? `${ATTACKER}:${p.port}` : ATTACKER }),
  },
  {
    id: 'RU-01h',
    title: 'A redirect URI on another port is refused (the registered host is not a loopback IP literal)',
    rfc: 'RFC 9700 §2.1, §4.1.3; RFC 8252 §7.3',
    variant: (_uri, p) => {
      if (isLoopbackIp(p.host)) {
        return {
          skip: `the redirect URI's host ${p.host} is a loopback IP literal: RFC 8252 §7.3 lets native apps use any port there`,
        };
      }
      const port = p.port ? String(Number(p.port) === 65535 ? 65534 : Number(p.port) + 1) : '4443';
      return join(p, {
        authority: `${p.authority.slice(0, p.authority.length - p.port.length - (p.port ? 1 : 0))}:${port}`,
      });
    },
  },
  {
    id: 'RU-01i',
    title: 'A redirect URI with another scheme (http/https swapped) is refused, never redirected to',
    variant: (_uri, p) => join(p, { scheme: p.scheme.toLowerCase() === 'https' ? 'http' : 'https' }),
  },
  {
    id: 'RU-01j',
    title: 'A redirect URI with a fragment is refused, never redirected to',
    rfc: 'RFC 6749 §3.1.2 ("MUST NOT include a fragment component"), §3.1.2.4',
    variant: (uri) => `${uri}#kit-fragment`,
  },
  {
    id: 'RU-01k',
    title: 'A redirect URI with a path character percent-encoded is refused (compared as sent, not decoded)',
    variant: (_uri, p) => {
      const at = firstLetter(p.path);
      if (at < 0) return { skip: 'the registered path has no letter to percent-encode' };
      const hex = p.path.charCodeAt(at).toString(16).toUpperCase();
      return join(p, { path: `${p.path.slice(0, at)}%${hex}${p.path.slice(at + 1)}` });
    },
  },
  {
    id: 'RU-01l',
    title: 'A redirect URI that only starts with the registered one (a longer path) is refused',
    variant: (_uri, p) => join(p, { path: `${p.path}kit` }),
  },
  {
    id: 'RU-01m',
    title: 'A redirect URI whose host differs in letter case is refused (simple string comparison)',
    variant: (_uri, p) => {
      if (!/[a-z]/.test(p.host)) return { skip: `the registered host ${p.host} has no lower-case letter` };
      return join(p, { authority: p.authority.replace(p.host, p.host.toUpperCase()) });
    },
  },
  {
    id: 'RU-03b',
    title: 'A `javascript:` redirect URI is refused, never redirected to',
    rfc: 'RFC 6749 §3.1.2.4, §10.14',
    variant: () => 'javascript:alert(document.domain)//',
  },
];

function variantCase(v: RedirectVariant): Case {
  return {
    id: v.id,
    area,
    level: 'MUST',
    rfc: v.rfc ?? 'RFC 9700 §2.1, §4.1.3; RFC 6749 §3.1.2.3, §3.1.2.4',
    title: v.title,
    needs: ['authorization'],
    async run(t: CaseContext) {
      const registered = t.client().redirectUri;
      const p = parts(registered);
      if (!p) t.skip(`the configured redirect URI ${registered} is not a hierarchical URI the kit can vary`);
      const made = v.variant(registered, p);
      if (typeof made === 'object') t.skip(made.skip);
      if (made === registered) t.skip('the variant equals the registered redirect URI');
      const response = await firstAnswer(t, codeRequest(t, { redirect_uri: made }));
      expectAnsweredItself(t, response);
    },
  };
}

/** A code of the configured client, from a request with `extra` merged in. */
async function issue(t: CaseContext, extra: Params = {}): Promise<{ code: string; params: Params }> {
  const params = codeRequest(t, extra);
  const walked = await walk(t, params);
  if (!walked.redirect) t.fail(`the authorization request was refused: ${describeAnswer(walked.answer)}`);
  const error = walked.redirect.params.get('error');
  if (error) t.fail(`the authorization request was refused: error=${error}`);
  const code = walked.redirect.params.get('code');
  if (!code) t.fail('the redirect to the client has no code');
  return { code, params };
}

/** A mismatching redirect_uri at the token endpoint is invalid_grant (§5.2); invalid_request only warns. */
function expectMismatch(t: CaseContext, response: KitResponse): void {
  if (
    response.status === 400 &&
    (response.json as { error?: unknown } | undefined)?.error === 'invalid_request'
  ) {
    t.warn(
      'refused with invalid_request: RFC 6749 §5.2 names invalid_grant for a redirect URI that does not match',
    );
  }
  t.expectError(response, 'invalid_grant');
}

export const cases: Case[] = [
  ...VARIANTS.map(variantCase),
  {
    id: 'RU-06',
    area,
    level: 'MUST',
    rfc: 'RFC 9700 §4.11.2, §2.1; RFC 6749 §4.1.2.1, §10.15',
    title: "An unknown client with an attacker's redirect URI is answered by the server: no open redirect",
    needs: ['authorization'],
    async run(t: CaseContext) {
      const response = await firstAnswer(
        t,
        codeRequest(t, { client_id: `kit-unknown-${newState()}`, redirect_uri: `https://${ATTACKER}/cb` }),
      );
      expectAnsweredItself(t, response);
    },
  },
  {
    id: 'RU-06b',
    area,
    level: 'MUST',
    rfc: 'RFC 9700 §4.11.2; RFC 6749 §4.1.2.1, §3.1.2.4',
    title:
      "A request that is wrong twice (an attacker's redirect URI and a bad response_type) is not redirected",
    needs: ['authorization'],
    async run(t: CaseContext) {
      const response = await firstAnswer(
        t,
        codeRequest(t, {
          redirect_uri: `https://${ATTACKER}/cb`,
          response_type: 'kit_unknown',
          scope: 'kit"bad',
        }),
      );
      expectAnsweredItself(t, response);
    },
  },
  {
    id: 'RU-07',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §3.1.2.4, §4.1.2.1, §3.1 ("MUST NOT be included more than once")',
    title:
      "A repeated redirect_uri (the registered one, then an attacker's) never sends the browser to the attacker",
    needs: ['authorization'],
    async run(t: CaseContext) {
      const registered = t.client().redirectUri;
      const response = await firstAnswer(
        t,
        codeRequest(t, { redirect_uri: [registered, `https://${ATTACKER}/cb`] }),
      );
      const location = response.location;
      if (location && response.status >= 300 && response.status < 400) {
        if (location.hostname === ATTACKER) t.fail(`the target redirected to the attacker: ${location.href}`);
        if (location.searchParams.has('code')) t.fail('the target issued a code for a repeated redirect_uri');
        if (
          location.origin === new URL(registered).origin &&
          location.pathname === new URL(registered).pathname
        ) {
          t.warn(
            `the error was redirected to the registered URI (${response.status}, error=${location.searchParams.get('error') ?? '?'}): with redirect_uri repeated, answering without a redirect is safer (GEN-05)`,
          );
        }
      }
      expectAnsweredItself(t, response);
    },
  },
  {
    id: 'RU-07b',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §3.1 ("MUST NOT be included more than once"), §4.1.2.1',
    title:
      'The registered redirect_uri sent twice gets no code (refused, by the server or with invalid_request)',
    needs: ['authorization'],
    async run(t: CaseContext) {
      const registered = t.client().redirectUri;
      await signIn(t);
      const params = codeRequest(t, { redirect_uri: [registered, registered] });
      const walked = await walk(t, params);
      if (!walked.redirect) {
        const { status } = walked.answer;
        if (status < 400 || status >= 500)
          t.fail(`expected a 4xx answer, got ${describeAnswer(walked.answer)}`);
        return;
      }
      if (walked.redirect.params.has('code')) t.fail('the target issued a code for a repeated redirect_uri');
      if (walked.redirect.params.get('error') !== 'invalid_request') {
        t.warn(
          `refused with error=${walked.redirect.params.get('error') ?? '(none)'}: invalid_request names a repeated parameter`,
        );
      }
    },
  },
  {
    id: 'RU-04',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §4.1.1 (redirect_uri OPTIONAL), §3.1.2.3',
    title: 'A request without redirect_uri, from a client with one registered, gets its code at that URI',
    needs: ['authorization'],
    async run(t: CaseContext) {
      const params = codeRequest(t, { redirect_uri: undefined });
      const walked = await walk(t, params);
      if (!walked.redirect) {
        t.fail(
          `the request was refused: ${describeAnswer(walked.answer)} (redirect_uri is OPTIONAL when one is registered)`,
        );
      }
      const error = walked.redirect.params.get('error');
      if (error) t.fail(`the request was refused: error=${error}`);
      t.check(walked.redirect.params.has('code'), 'the redirect to the client has no code');
    },
  },
  {
    id: 'RU-04b',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §3.1 ("Parameters sent without a value MUST be treated as if they were omitted")',
    title: 'An empty redirect_uri counts as omitted: the code goes to the registered URI',
    needs: ['authorization'],
    async run(t: CaseContext) {
      // One empty value, as an array: the kit's walk would take a string as the URI to wait for.
      const walked = await walk(t, codeRequest(t, { redirect_uri: [''] }));
      if (!walked.redirect) {
        t.fail(`an empty redirect_uri was not treated as omitted: ${describeAnswer(walked.answer)}`);
      }
      const error = walked.redirect.params.get('error');
      if (error) t.fail(`the request was refused: error=${error}`);
      t.check(walked.redirect.params.has('code'), 'the redirect to the client has no code');
    },
  },
  {
    id: 'RU-05',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §4.1.3 ("ensure that the redirect_uri parameter is present"), §10.6',
    title: 'A code requested with redirect_uri is not redeemed without it',
    needs: ['authorization'],
    async run(t: CaseContext) {
      const { code, params } = await issue(t);
      const response = await redeem(t, code, params, { redirect_uri: undefined });
      if (response.status === 200) t.fail('a code requested with redirect_uri was redeemed without it');
      t.expectError(response, ['invalid_grant', 'invalid_request']);
    },
  },
  {
    id: 'RU-05b',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §4.1.3 ("their values MUST be identical"), §5.2, §10.6',
    title:
      'A code is not redeemed with another redirect_uri (the registered one plus a trailing slash): invalid_grant',
    needs: ['authorization'],
    async run(t: CaseContext) {
      const { code, params } = await issue(t);
      const registered = params.redirect_uri as string;
      const other = registered.endsWith('/') ? registered.slice(0, -1) : `${registered}/`;
      expectMismatch(t, await redeem(t, code, params, { redirect_uri: other }));
    },
  },
  {
    id: 'RU-05c',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §4.1.3 (redirect_uri "REQUIRED, if ... included in the authorization request")',
    title: 'A code requested without redirect_uri is redeemed without it',
    needs: ['authorization'],
    async run(t: CaseContext) {
      const params = codeRequest(t, { redirect_uri: undefined });
      const walked = await walk(t, params);
      const code = walked.redirect?.params.get('code');
      if (!code) t.skip('the target gave no code for a request without redirect_uri (see RU-04)');
      t.tokens(await redeem(t, code, params));
    },
  },
  {
    id: 'RU-05d',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §4.1.3 ("their values MUST be identical"), §5.2, §10.6',
    title: "A code is not redeemed with an attacker's redirect_uri (redirect URI switching): invalid_grant",
    needs: ['authorization'],
    async run(t: CaseContext) {
      const { code, params } = await issue(t);
      expectMismatch(t, await redeem(t, code, params, { redirect_uri: `https://${ATTACKER}/cb` }));
    },
  },
];
