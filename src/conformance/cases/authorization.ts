/**
 * Cases: the authorization endpoint (RFC 6749 §3.1, §3.1.1, §4.1.1, §4.1.2, §4.1.2.1, §10.12, §10.14; RFC 9207 §2;
 * RFC 9700 §2.1.2, §2.6, §4.2.4, §4.12, §4.16; security checklist §1.C and the §4.2 bad-input catalogue).
 *
 * Errors about the client are answered by the server itself; every other error goes back to the client's redirect
 * URI with the exact `state`. Pages for the resource owner (`form` mode) are checked for framing and leaks.
 */
import { randomBytes } from 'node:crypto';
import {
  CaseContext,
  Verdict,
  pkcePair,
  type AuthorizationOptions,
  type AuthorizationOutcome,
  type ClientKind,
} from '../context.js';
import { formValues, readForms, type FormControl, type HtmlForm } from '../forms.js';
import { CookieJar, type KitResponse } from '../http.js';
import type { Case } from '../types.js';

const area = 'authorization';

export type Params = Record<string, string | readonly string[] | undefined>;

/** The parameters an authorization response may carry (RFC 6749 §4.1.2, §4.1.2.1; RFC 9207 §2). */
const RESPONSE_PARAMETERS = new Set(['code', 'state', 'iss', 'error', 'error_description', 'error_uri']);

/** A random `state`. */
export function newState(): string {
  return randomBytes(12).toString('base64url');
}

/** A complete, valid code request of a client (PKCE S256), with `extra` merged over it. */
export function codeRequest(
  t: CaseContext,
  extra: Params = {},
  kind: ClientKind = 'client',
): Params & { state: string } {
  const client = t.client(kind);
  const { verifier, challenge } = pkcePair();
  verifiers.set(challenge, verifier);
  return {
    response_type: 'code',
    redirect_uri: client.redirectUri,
    scope: t.config.scope,
    state: newState(),
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...extra,
  };
}

/** The verifiers of the challenges `codeRequest` made, to redeem the codes it leads to. */
const verifiers = new Map<string, string>();

/** What the target did with an authorization request: redirected to the client, or answered itself. */
export type Walk =
  | { redirect: AuthorizationOutcome; answer?: undefined }
  | { redirect?: undefined; answer: { status: number; headers: Record<string, string>; body: string } };

/** Runs an authorization request to its end: the redirect to the client, or the answer that ended it. */
export async function walk(
  t: CaseContext,
  params: Params,
  options: AuthorizationOptions = {},
): Promise<Walk> {
  try {
    return { redirect: await t.authorize(params, options) };
  } catch (error) {
    const last = t.exchanges.at(-1)?.response;
    if (
      error instanceof Verdict &&
      error.outcome === 'fail' &&
      error.message.startsWith('the authorization request ended with') &&
      last
    ) {
      return { answer: { status: last.status, headers: last.headers, body: last.body } };
    }
    throw error;
  }
}

/** A short description of an answer for messages. */
export function describeAnswer(answer: { status: number; body: string }): string {
  const text = answer.body.replace(/\s+/g, ' ').trim();
  return `${answer.status} ${text ? `"${text.slice(0, 80)}${text.length > 80 ? '…' : ''}"` : '(empty body)'}`;
}

/** The first answer of the authorization endpoint to a GET (not followed), checked against the contract. */
export function firstAnswer(
  t: CaseContext,
  params: Params,
  headers: Record<string, string> = {},
): Promise<KitResponse> {
  return t.request({
    method: 'GET',
    url: t.authorizationUrl(params),
    operation: 'authorize',
    headers,
    jar: t.jar,
  });
}

/**
 * The server answered itself and sent the browser nowhere: a 4xx, no `Location`, no `Refresh` header, no
 * `<meta http-equiv="refresh">` (RFC 6749 §4.1.2.1, §3.1.2.4).
 */
export function expectAnsweredItself(t: CaseContext, response: KitResponse): void {
  t.expectNoRedirect(response);
  if (response.headers.refresh)
    t.fail(`the answer redirects with a Refresh header: ${response.headers.refresh}`);
  if (/<meta[^>]+http-equiv\s*=\s*["']?refresh/i.test(response.text)) {
    t.fail('the answer redirects with <meta http-equiv="refresh">');
  }
}

/** The redirect carries `state` exactly as sent (RFC 6749 §4.1.2, §4.1.2.1). */
function expectState(t: CaseContext, outcome: AuthorizationOutcome, state: string): void {
  const returned = outcome.params.get('state');
  if (returned === null) t.fail('the redirect to the client has no state');
  if (returned !== state) {
    t.fail(`the redirect changed the state: sent ${JSON.stringify(state)}, got ${JSON.stringify(returned)}`);
  }
}

/** The redirect is an error one (no code) with one of the codes and the exact state. */
function expectErrorRedirect(
  t: CaseContext,
  outcome: AuthorizationOutcome,
  codes: string | readonly string[],
  state: string,
): void {
  if (outcome.params.has('code')) t.fail('the target issued a code instead of refusing the request');
  t.expectRedirectError(outcome, codes);
  expectState(t, outcome, state);
}

/** The code of a successful redirect, with its state checked. */
function expectCode(
  t: CaseContext,
  walked: Walk,
  state: string,
): { code: string; outcome: AuthorizationOutcome } {
  if (!walked.redirect) t.fail(`the request was refused: ${describeAnswer(walked.answer)}`);
  const outcome = walked.redirect;
  const error = outcome.params.get('error');
  if (error)
    t.fail(`the request was refused: error=${error} ${outcome.params.get('error_description') ?? ''}`);
  const code = outcome.params.get('code');
  if (!code) t.fail('the redirect to the client has no code');
  expectState(t, outcome, state);
  return { code, outcome };
}

/**
 * Redeems a code obtained with `codeRequest` parameters: with their `redirect_uri` (if any) and the PKCE verifier,
 * unless `overrides` say otherwise.
 */
export function redeem(
  t: CaseContext,
  code: string,
  params: Params,
  overrides: Params = {},
): Promise<KitResponse> {
  const challenge = typeof params.code_challenge === 'string' ? params.code_challenge : undefined;
  return t.token({
    grant_type: 'authorization_code',
    code,
    redirect_uri: typeof params.redirect_uri === 'string' ? params.redirect_uri : undefined,
    code_verifier: challenge ? verifiers.get(challenge) : undefined,
    ...overrides,
  });
}

/** A request must be refused, and is: `expected` passes, another refusal warns, a code fails. */
function expectRefused(
  t: CaseContext,
  walked: Walk,
  expected: readonly string[],
  state: string | undefined,
  why: string,
): void {
  if (!walked.redirect) {
    t.warn(
      `the target refused with a page (${describeAnswer(walked.answer)}) instead of redirecting error=${expected.join(' or ')} to the client`,
    );
  }
  const outcome = walked.redirect;
  if (outcome.params.has('code') || outcome.params.has('access_token'))
    t.fail(`the target issued a code: ${why}`);
  const error = outcome.params.get('error');
  if (!error) t.fail('the redirect to the client carries neither a code nor an error');
  if (state !== undefined) expectState(t, outcome, state);
  if (!expected.includes(error))
    t.warn(`refused with error=${error}; ${why}: expected ${expected.join(' or ')}`);
}

// --- Browsers and pages ------------------------------------------------------------------------------------------

/** Runs `body` in a fresh browser (no cookies), recording its exchanges in the case. */
async function inFreshBrowser<T>(t: CaseContext, body: (fresh: CaseContext) => Promise<T>): Promise<T> {
  const fresh = new CaseContext(t.target, new CookieJar());
  try {
    return await body(fresh);
  } finally {
    t.exchanges.push(...fresh.exchanges);
  }
}

function loginForm(response: KitResponse): HtmlForm | undefined {
  if (response.status !== 200) return undefined;
  return readForms(response.text, response.exchange.request.url).find((form) =>
    form.inputs.some((input) => input.type === 'password'),
  );
}

/** Submits a form with the values given. */
function submit(t: CaseContext, form: HtmlForm, values: Record<string, string | string[]>, jar?: CookieJar) {
  return form.method === 'GET'
    ? t.request({ method: 'GET', url: form.action, query: values, jar })
    : t.request({ method: 'POST', url: form.action, form: values, jar });
}

/**
 * Makes sure the case's browser is signed in (form mode) before a request whose point a login page would lose: the
 * login page rebuilds the request after signing in, and may drop a repeated parameter.
 */
export async function signIn(t: CaseContext): Promise<void> {
  const mode = t.config.authorization;
  const user = t.config.user;
  if (mode?.mode !== 'form' || !user) return;
  const response = await t.request({ method: 'GET', url: t.authorizationUrl(codeRequest(t)), jar: t.jar });
  const form = loginForm(response);
  if (!form) return;
  const values = formValues(form, form.buttons[0]);
  values[mode.fields?.username ?? 'username'] = user.username;
  values[mode.fields?.password ?? 'password'] = user.password;
  await submit(t, form, values, t.jar);
}

/** The consent page of a request (form mode), with its form and approve button; skips when there is none. */
async function consentPage(
  t: CaseContext,
  params: Params,
): Promise<{ page: KitResponse; form: HtmlForm; approve: FormControl }> {
  const mode = t.config.authorization;
  if (mode?.mode !== 'form') t.skip('only checkable in authorization mode "form" (the target shows pages)');
  if (!t.config.user) t.skip('no user configured to sign in with');
  await signIn(t);
  const page = await t.request({ method: 'GET', url: t.authorizationUrl(params), jar: t.jar });
  const approve = mode.fields?.approve ?? { name: 'allowed', value: 'true' };
  if (page.status === 200) {
    for (const form of readForms(page.text, page.exchange.request.url)) {
      const button = form.buttons.find((b) => b.name === approve.name && b.value === approve.value);
      if (button) return { page, form, approve: button };
    }
  }
  if (page.location?.searchParams.has('code')) t.skip('the target issued a code without a consent page');
  return t.skip(`no consent page with an approve button (${approve.name}=${approve.value}) was shown`);
}

/** The login page a fresh browser gets (form mode). */
async function loginPage(t: CaseContext): Promise<KitResponse> {
  if (t.config.authorization?.mode !== 'form') {
    t.skip('only checkable in authorization mode "form" (the target shows pages)');
  }
  const page = await inFreshBrowser(t, (fresh) =>
    fresh.request({ method: 'GET', url: t.authorizationUrl(codeRequest(t)), jar: new CookieJar() }),
  );
  if (!loginForm(page)) t.skip(`a fresh browser was shown no login page (${page.status})`);
  return page;
}

/** The issuer the target names itself: from its metadata, or configured. */
function issuerOf(t: CaseContext): string | undefined {
  return t.target.metadata?.issuer ?? t.config.issuer;
}

/** Checks `iss` of an authorization response (RFC 9207 §2). */
function checkIss(t: CaseContext, outcome: AuthorizationOutcome, which: string): void {
  const iss = outcome.params.get('iss');
  const advertised = t.target.metadata?.authorization_response_iss_parameter_supported === true;
  const issuer = issuerOf(t);
  if (iss === null) {
    if (advertised) {
      t.fail(
        `the ${which} has no iss, though the metadata sets authorization_response_iss_parameter_supported`,
      );
    }
    t.warn(
      `the ${which} has no iss: without it a client talking to several servers cannot detect mix-up (RFC 9700 §2.1, RFC 9207)`,
    );
  }
  if (issuer === undefined) return;
  if (iss !== issuer) t.fail(`the ${which} has iss=${iss}, but the issuer identifier is ${issuer}`);
  if (!advertised && t.target.metadata) {
    t.warn(
      'iss is sent, but the metadata does not set authorization_response_iss_parameter_supported (RFC 9207 §3)',
    );
  }
}

/** The redirect goes to the redirect URI exactly: same origin and path, its own query kept, no fragment. */
function expectExactTarget(t: CaseContext, outcome: AuthorizationOutcome, redirectUri: string): void {
  const registered = new URL(redirectUri);
  const actual = outcome.url;
  if (actual.origin !== registered.origin || actual.pathname !== registered.pathname) {
    t.fail(`redirected to ${actual.origin}${actual.pathname}, not to the redirect URI ${redirectUri}`);
  }
  const kept = [...actual.searchParams].filter(([name]) => !RESPONSE_PARAMETERS.has(name));
  const own = [...registered.searchParams];
  if (JSON.stringify(kept) !== JSON.stringify(own)) {
    t.fail(
      `the redirect URI's query ${JSON.stringify(own)} was not kept as registered: found ${JSON.stringify(kept)}`,
    );
  }
  if (actual.hash.length > 1)
    t.fail(`the redirect has a fragment (${actual.hash.slice(0, 40)}) in the code flow`);
}

/**
 * The first configured client that can run the code flow to a redirect URI with a query: what shows whether
 * redirects keep the registered query (RFC 6749 §3.1.2). Skips when no client has one.
 */
function clientWithQuery(t: CaseContext): ClientKind {
  const configured: [ClientKind, { redirectUri: string } | undefined][] = [
    ['client', t.config.client],
    ['secondClient', t.config.secondClient],
    ['publicClient', t.config.publicClient],
  ];
  const found = configured.find(([, client]) => client && new URL(client.redirectUri).search.length > 1);
  if (!found) {
    t.skip(
      'no configured client has a redirect URI with a query: register one (e.g. https://app.example/cb?app=1) to check that redirects keep it',
    );
  }
  return found[0];
}

/** VSCHAR (RFC 6749 Appendix A.5) punctuation, space included: what a state may hold. */
const AWKWARD_STATE = ' !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

export const cases: Case[] = [
  // --- Errors the server answers itself ------------------------------------------------------------------------
  {
    id: 'AZ-03',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §4.1.2.1, §3.1.2.4',
    title: 'An unknown client_id is answered by the server, never redirected (not even to a registered URI)',
    needs: ['authorization'],
    async run(t: CaseContext) {
      const response = await firstAnswer(t, codeRequest(t, { client_id: `kit-unknown-${newState()}` }));
      expectAnsweredItself(t, response);
    },
  },
  {
    id: 'AZ-03b',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §4.1.2.1, §4.1.1',
    title: 'A request without client_id is answered by the server, never redirected',
    needs: ['authorization'],
    async run(t: CaseContext) {
      const params = codeRequest(t);
      const url = new URL(t.authorizationUrl(params));
      url.searchParams.delete('client_id');
      const response = await t.request({ method: 'GET', url: url.href, operation: 'authorize', jar: t.jar });
      expectAnsweredItself(t, response);
    },
  },
  {
    id: 'AZ-03c',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §3.1 ("MUST NOT be included more than once"), §4.1.2.1',
    title: 'A repeated client_id is refused: answered by the server, never a code',
    needs: ['authorization'],
    async run(t: CaseContext) {
      await signIn(t);
      const id = t.client().id;
      const walked = await walk(t, codeRequest(t, { client_id: [id, id] }));
      if (!walked.redirect) {
        const { status } = walked.answer;
        t.check(status >= 400 && status < 500, `expected a 4xx answer, got ${describeAnswer(walked.answer)}`);
        return;
      }
      if (walked.redirect.params.has('code')) t.fail('the target issued a code for a repeated client_id');
      t.warn(
        `redirected error=${walked.redirect.params.get('error') ?? '(none)'} to the client: with client_id repeated, the client is not unambiguous, so the server should answer itself (GEN-05)`,
      );
    },
  },
  {
    id: 'AZ-03d',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §4.1.2.1, §3.1.2.4',
    title:
      "A browser's request (Accept: text/html) from an unknown client gets the server's own page, no redirect",
    needs: ['authorization'],
    async run(t: CaseContext) {
      const response = await firstAnswer(t, codeRequest(t, { client_id: `kit-unknown-${newState()}` }), {
        accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8',
      });
      expectAnsweredItself(t, response);
    },
  },

  // --- Errors redirected to the client ----------------------------------------------------------------------------
  {
    id: 'AZ-06',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §3.1.1, §4.1.2.1',
    title:
      'A request without response_type is refused with an error redirect (invalid_request), state returned',
    needs: ['authorization'],
    async run(t: CaseContext) {
      const params = codeRequest(t, { response_type: undefined });
      const walked = await walk(t, params);
      expectRefused(
        t,
        walked,
        ['invalid_request', 'unsupported_response_type'],
        params.state,
        'response_type is missing',
      );
    },
  },
  {
    id: 'AZ-06b',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §3.1.1, §4.1.2.1',
    title: 'An unknown response_type is refused with unsupported_response_type, state returned',
    needs: ['authorization'],
    async run(t: CaseContext) {
      const params = codeRequest(t, { response_type: 'kit_unknown' });
      const walked = await walk(t, params);
      if (!walked.redirect) {
        t.fail(`the target did not redirect the error to the client: ${describeAnswer(walked.answer)}`);
      }
      expectErrorRedirect(t, walked.redirect, 'unsupported_response_type', params.state);
    },
  },
  {
    id: 'AZ-06c',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §3.1 ("MUST NOT be included more than once"), §4.1.2.1',
    title: 'A repeated response_type is refused with invalid_request, never a code',
    needs: ['authorization'],
    async run(t: CaseContext) {
      await signIn(t);
      const params = codeRequest(t, { response_type: ['code', 'code'] });
      expectRefused(t, await walk(t, params), ['invalid_request'], params.state, 'response_type is repeated');
    },
  },
  {
    id: 'AZ-22',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §3.1 ("MUST NOT be included more than once"), §4.1.2.1',
    title: 'A repeated state is refused with invalid_request, never a code',
    needs: ['authorization'],
    async run(t: CaseContext) {
      await signIn(t);
      const params = codeRequest(t);
      const walked = await walk(t, { ...params, state: [params.state, newState()] });
      expectRefused(t, walked, ['invalid_request'], undefined, 'state is repeated');
    },
  },
  {
    id: 'AZ-22b',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §3.1 ("MUST NOT be included more than once"), §4.1.2.1',
    title: 'A repeated scope is refused with invalid_request even when the resource owner signs in first',
    needs: ['authorization'],
    async run(t: CaseContext) {
      // A browser nobody is signed in to: the request passes through the login step before it is decided.
      const scope = t.config.scope ?? 'kit';
      const params = codeRequest(t, { scope: [scope, scope] });
      const walked = await inFreshBrowser(t, (fresh) => walk(fresh, params));
      expectRefused(t, walked, ['invalid_request', 'invalid_scope'], params.state, 'scope is repeated');
    },
  },
  {
    id: 'AZ-19',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §3.3, §4.1.2.1',
    title: 'An unknown scope is refused with invalid_scope, or left out of what is granted',
    needs: ['authorization'],
    async run(t: CaseContext) {
      const unknown = `kit-unknown-scope-${randomBytes(3).toString('hex')}`;
      const params = codeRequest(t, { scope: [t.config.scope, unknown].filter(Boolean).join(' ') });
      const walked = await walk(t, params);
      if (walked.redirect?.params.has('error')) {
        expectErrorRedirect(t, walked.redirect, 'invalid_scope', params.state);
        return;
      }
      if (!walked.redirect) {
        t.warn(
          `the target refused with a page (${describeAnswer(walked.answer)}) instead of redirecting invalid_scope`,
        );
      }
      // §3.3: a server may ignore part of the scope, but then the token response must say what was granted.
      const { code } = expectCode(t, walked, params.state);
      const tokens = t.tokens(await redeem(t, code, params));
      const granted = typeof tokens.scope === 'string' ? tokens.scope : (params.scope as string);
      if (granted.split(' ').includes(unknown)) {
        t.fail(
          `the unknown scope ${unknown} was granted (${typeof tokens.scope === 'string' ? 'scope in the token response' : 'the token response has no scope, so it claims the requested one'})`,
        );
      }
    },
  },
  {
    id: 'AZ-19b',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §3.3, §4.1.2.1, §10.14',
    title:
      'A malformed scope (a `"` outside the scope-token grammar) is refused, or left out of what is granted',
    needs: ['authorization'],
    async run(t: CaseContext) {
      const malformed = 'kit"scope';
      const params = codeRequest(t, { scope: [t.config.scope, malformed].filter(Boolean).join(' ') });
      const walked = await walk(t, params);
      if (walked.redirect?.params.has('error')) {
        expectErrorRedirect(t, walked.redirect, ['invalid_scope', 'invalid_request'], params.state);
        return;
      }
      if (!walked.redirect) {
        const { status } = walked.answer;
        t.check(status >= 400 && status < 500, `expected a refusal, got ${describeAnswer(walked.answer)}`);
        t.warn(
          `the target refused with a page (${describeAnswer(walked.answer)}) instead of redirecting invalid_scope`,
        );
      }
      const { code } = expectCode(t, walked, params.state);
      const tokens = t.tokens(await redeem(t, code, params));
      const granted = typeof tokens.scope === 'string' ? tokens.scope : (params.scope as string);
      if (granted.includes('"')) t.fail(`the malformed scope was granted: ${granted}`);
    },
  },
  {
    id: 'AZ-04',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §3.1.2 (the query "MUST be retained"), §4.1.2.1',
    title:
      'An error redirect to a redirect URI with a query keeps that query and adds the error and the state',
    needs: ['authorization'],
    async run(t: CaseContext) {
      const client = clientWithQuery(t);
      const params = codeRequest(t, { response_type: 'kit_unknown' }, client);
      const walked = await walk(t, params, { client });
      if (!walked.redirect) t.fail(`the target did not redirect the error: ${describeAnswer(walked.answer)}`);
      expectExactTarget(t, walked.redirect, t.client(client).redirectUri);
      expectErrorRedirect(t, walked.redirect, 'unsupported_response_type', params.state);
    },
  },
  {
    id: 'AZ-20',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §4.1.2.1',
    title: 'A resource owner who denies is sent back with access_denied and the state, no code',
    needs: ['authorization', 'deny'],
    async run(t: CaseContext) {
      const params = codeRequest(t);
      const walked = await walk(t, params, { decision: 'deny' });
      if (!walked.redirect) t.fail(`the denial was not redirected: ${describeAnswer(walked.answer)}`);
      expectErrorRedirect(t, walked.redirect, 'access_denied', params.state);
    },
  },
  {
    id: 'AZ-07',
    area,
    level: 'SHOULD',
    rfc: 'RFC 9700 §2.1.2, RFC 6749 §4.2.1',
    title: 'The implicit grant (response_type=token) is refused: no access token in a URL',
    needs: ['authorization'],
    async run(t: CaseContext) {
      const params = codeRequest(t, {
        response_type: 'token',
        code_challenge: undefined,
        code_challenge_method: undefined,
      });
      const walked = await walk(t, params);
      const advertised = t.target.metadata?.response_types_supported?.includes('token');
      if (walked.redirect?.params.has('access_token')) {
        t.warn(
          'the target issues access tokens in the authorization response (implicit grant); RFC 9700 §2.1.2 advises against it and OAuth 2.1 removes it',
        );
      }
      if (walked.redirect) {
        const error = walked.redirect.params.get('error');
        if (!error) t.fail('the redirect carries neither an access token nor an error');
        if (!['unsupported_response_type', 'unauthorized_client'].includes(error)) {
          t.fail(`refused with error=${error}: expected unsupported_response_type (or unauthorized_client)`);
        }
        expectState(t, walked.redirect, params.state);
      } else
        t.warn(
          `refused with a page (${describeAnswer(walked.answer)}) instead of an error redirect (§3.1.1)`,
        );
      if (advertised) t.warn('refused, but the metadata lists response type "token"');
    },
  },

  // --- State --------------------------------------------------------------------------------------------------------
  {
    id: 'AZ-05',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §4.1.2 ("The exact value received from the client"), Appendix A.5',
    title:
      'A state holding every VSCHAR punctuation character (space, quotes, %, &, #, +) comes back unchanged with the code',
    needs: ['authorization'],
    async run(t: CaseContext) {
      const state = `kit${AWKWARD_STATE}${newState()}`;
      const walked = await walk(t, codeRequest(t, { state }));
      expectCode(t, walked, state);
    },
  },
  {
    id: 'AZ-05b',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §4.1.2.1 ("The exact value received from the client")',
    title: 'The same awkward state comes back unchanged with an error',
    needs: ['authorization'],
    async run(t: CaseContext) {
      const state = `kit${AWKWARD_STATE}${newState()}`;
      const walked = await walk(t, codeRequest(t, { state, response_type: 'kit_unknown' }));
      if (!walked.redirect) t.fail(`the target did not redirect the error: ${describeAnswer(walked.answer)}`);
      expectErrorRedirect(t, walked.redirect, 'unsupported_response_type', state);
    },
  },
  {
    id: 'AZ-05c',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §4.1.2 ("The exact value received from the client")',
    title: 'A long state (1 KiB) comes back whole, or is refused with invalid_request; never cut short',
    needs: ['authorization'],
    async run(t: CaseContext) {
      const state = `kit-${randomBytes(768).toString('base64url')}`.slice(0, 1024);
      const walked = await walk(t, codeRequest(t, { state }));
      if (!walked.redirect) {
        const { status } = walked.answer;
        t.check(
          status >= 400 && status < 500,
          `expected a code or a refusal, got ${describeAnswer(walked.answer)}`,
        );
        t.warn(`a 1 KiB state was refused with a page (${describeAnswer(walked.answer)})`);
      }
      const outcome = walked.redirect;
      if (outcome.params.get('error') === 'invalid_request' && !outcome.params.has('code')) return;
      const { code } = expectCode(t, walked, state);
      t.check(code.length > 0, 'empty code');
    },
  },

  // --- The success response -----------------------------------------------------------------------------------------
  {
    id: 'AZ-04b',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §3.1.2 (the query "MUST be retained"), §4.1.2',
    title: 'A code redirect to a redirect URI with a query keeps that query and adds the code and the state',
    needs: ['authorization'],
    async run(t: CaseContext) {
      const client = clientWithQuery(t);
      const params = codeRequest(t, {}, client);
      const walked = await walk(t, params, { client });
      if (!walked.redirect) t.fail(`the request was refused: ${describeAnswer(walked.answer)}`);
      expectExactTarget(t, walked.redirect, t.client(client).redirectUri);
      expectCode(t, walked, params.state);
    },
  },
  {
    id: 'AZ-16',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §4.1.2 (parameters added "to the query component")',
    title: 'The code comes in the query of the redirect, not in its fragment',
    needs: ['authorization'],
    async run(t: CaseContext) {
      const params = codeRequest(t);
      const walked = await walk(t, params);
      if (!walked.redirect) t.fail(`the request was refused: ${describeAnswer(walked.answer)}`);
      const outcome = walked.redirect;
      const fragment = new URLSearchParams(outcome.url.hash.slice(1));
      if (fragment.has('code') || fragment.has('error'))
        t.fail('the response parameters are in the fragment');
      if (!outcome.url.searchParams.has('code')) {
        t.fail(`the redirect's query has no code (error=${outcome.url.searchParams.get('error') ?? 'none'})`);
      }
    },
  },
  {
    id: 'AZ-17',
    area,
    level: 'BAR',
    rfc: 'RFC 9700 §2.1.2, RFC 6749 §4.1.2',
    title: 'The code response carries no token: no access_token, refresh_token or id_token in the URL',
    needs: ['authorization'],
    async run(t: CaseContext) {
      const params = codeRequest(t);
      const { outcome } = expectCode(t, await walk(t, params), params.state);
      const all = [
        ...outcome.url.searchParams.keys(),
        ...new URLSearchParams(outcome.url.hash.slice(1)).keys(),
      ];
      const tokens = all.filter((name) =>
        ['access_token', 'refresh_token', 'id_token', 'token_type'].includes(name),
      );
      if (tokens.length > 0) t.fail(`the redirect carries ${tokens.join(', ')}`);
    },
  },
  {
    id: 'AZ-18',
    area,
    level: 'BAR',
    rfc: 'RFC 9700 §4.2.4, RFC 6749 §4.1.2',
    title: 'The code travels only in the redirect to the client, never in a page or another URL',
    needs: ['authorization'],
    async run(t: CaseContext) {
      const params = codeRequest(t);
      const { code, outcome } = expectCode(t, await walk(t, params), params.state);
      for (const exchange of t.exchanges) {
        const response = exchange.response;
        if (!response || response === outcome.response?.exchange.response) continue;
        const location = response.headers.location ?? '';
        if (response.status >= 300 && response.status < 400) {
          if (location.includes(code)) t.fail(`the code was sent to ${location.split('?')[0]} as well`);
          continue;
        }
        if (response.body.includes(code)) {
          t.fail(
            `the code appears in the body of ${exchange.request.method} ${new URL(exchange.request.url).pathname}`,
          );
        }
      }
    },
  },
  {
    id: 'AZ-12',
    area,
    level: 'MUST',
    rfc: 'RFC 9207 §2, RFC 9700 §2.1',
    title: 'The code response carries iss, the issuer identifier (required when the metadata advertises it)',
    needs: ['authorization'],
    async run(t: CaseContext) {
      const params = codeRequest(t);
      const { outcome } = expectCode(t, await walk(t, params), params.state);
      checkIss(t, outcome, 'code response');
    },
  },
  {
    id: 'AZ-12b',
    area,
    level: 'MUST',
    rfc: 'RFC 9207 §2 ("including error responses")',
    title: 'An error response carries iss, the issuer identifier, too',
    needs: ['authorization'],
    async run(t: CaseContext) {
      const params = codeRequest(t, { response_type: 'kit_unknown' });
      const walked = await walk(t, params);
      if (!walked.redirect) t.fail(`the target did not redirect the error: ${describeAnswer(walked.answer)}`);
      checkIss(t, walked.redirect, 'error response');
    },
  },
  {
    id: 'AZ-21',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §3.1 ("MUST ignore unrecognized request parameters")',
    title: 'Unknown parameters are ignored: the request still gets a code',
    needs: ['authorization'],
    async run(t: CaseContext) {
      const params = codeRequest(t, { kit_unknown: 'x', foo: 'bar' });
      expectCode(t, await walk(t, params), params.state);
    },
  },
  {
    id: 'AZ-15',
    area,
    level: 'SHOULD',
    rfc: 'RFC 6749 §3.1 (the server "MAY support the use of the POST method")',
    title: 'An authorization request sent as a form POST works like the GET',
    needs: ['authorization'],
    async run(t: CaseContext) {
      if (t.config.authorization?.mode === 'callback') t.skip('the callback receives a URL: a GET only');
      const params = codeRequest(t);
      const walked = await walk(t, params, { method: 'POST' });
      if (!walked.redirect && [404, 405, 501].includes(walked.answer.status)) {
        t.skip(
          `the target does not accept POST at the authorization endpoint (${walked.answer.status}); RFC 6749 §3.1 makes it optional`,
        );
      }
      expectCode(t, walked, params.state);
    },
  },
  {
    id: 'AZ-08',
    area,
    level: 'MUST',
    rfc: 'RFC 9700 §4.12, §2.1',
    title: 'Redirects use 302 or 303, never 307/308; after a POST (login, consent) 303',
    needs: ['authorization'],
    async run(t: CaseContext) {
      // A fresh browser, so that the login form's POST is among the redirects.
      await inFreshBrowser(t, async (fresh) => {
        const params = codeRequest(t);
        expectCode(fresh, { redirect: await fresh.authorize(params) }, params.state);
      });
      let after302: string | undefined;
      for (const exchange of t.exchanges) {
        const status = exchange.response?.status ?? 0;
        const where = `${exchange.request.method} ${new URL(exchange.request.url).pathname}`;
        if (status === 307 || status === 308)
          t.fail(`${where} was answered ${status}: a browser re-posts the form`);
        if (status === 302 && exchange.request.method === 'POST') after302 ??= where;
        if (status >= 300 && status < 400 && ![302, 303].includes(status))
          t.fail(`${where} redirected with ${status}`);
      }
      if (after302)
        t.warn(
          `${after302} was answered 302: after a POST carrying credentials, 303 is what RFC 9700 §4.12 asks`,
        );
    },
  },

  // --- The resource owner: authentication, consent, pages -------------------------------------------------------
  {
    id: 'AZ-01',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §3.1 ("MUST first verify the identity of the resource owner")',
    title: 'A browser nobody signed in to gets no code: the resource owner is authenticated first',
    needs: ['authorization'],
    async run(t: CaseContext) {
      if (t.config.authorization?.mode !== 'form') {
        t.skip(
          'only checkable in authorization mode "form": otherwise the target signs the resource owner in itself',
        );
      }
      const response = await inFreshBrowser(t, (fresh) =>
        fresh.request({ method: 'GET', url: t.authorizationUrl(codeRequest(t)), jar: new CookieJar() }),
      );
      if (response.location?.searchParams.has('code'))
        t.fail('a browser without a session was redirected with a code');
      if (response.status >= 300 && response.status < 400) return;
      t.check(loginForm(response) !== undefined || response.status >= 400, 'expected a login page');
    },
  },
  {
    id: 'AZ-02',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §10.12 ("explicit consent of the resource owner")',
    title:
      "A GET carrying the approve button's value does not skip the consent page (cross-site request forgery)",
    needs: ['authorization'],
    async run(t: CaseContext) {
      const { approve } = await consentPage(t, codeRequest(t));
      const response = await t.request({
        method: 'GET',
        url: t.authorizationUrl(codeRequest(t, { [approve.name]: approve.value })),
        jar: t.jar,
      });
      if (response.location?.searchParams.has('code')) {
        t.fail(`a GET with ${approve.name}=${approve.value} got a code without the consent page`);
      }
    },
  },
  {
    id: 'AZ-02b',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §10.12 ("MUST implement CSRF protection for its authorization endpoint")',
    title: 'The consent form, submitted from another browser (no session), issues no code',
    needs: ['authorization'],
    async run(t: CaseContext) {
      const { form, approve } = await consentPage(t, codeRequest(t));
      const response = await inFreshBrowser(t, (fresh) =>
        submit(fresh, form, formValues(form, approve), new CookieJar()),
      );
      if (response.location?.searchParams.has('code')) {
        t.fail('the consent form was accepted without the session that showed it: a code was issued');
      }
    },
  },
  {
    id: 'AZ-10',
    area,
    level: 'MUST',
    rfc: 'RFC 9700 §4.16 ("MUST prevent clickjacking attacks"), RFC 6749 §10.13',
    title: 'Login and consent pages cannot be framed (X-Frame-Options, and CSP frame-ancestors)',
    needs: ['authorization'],
    async run(t: CaseContext) {
      const pages = [
        { name: 'login page', page: await loginPage(t) },
        { name: 'consent page', page: (await consentPage(t, codeRequest(t))).page },
      ];
      const noCsp: string[] = [];
      for (const { name, page } of pages) {
        const xfo = /^\s*(deny|sameorigin)\s*$/i.test(page.headers['x-frame-options'] ?? '');
        const ancestors = /frame-ancestors\s+([^;]*)/i.exec(
          page.headers['content-security-policy'] ?? '',
        )?.[1];
        const csp =
          ancestors !== undefined && !/(^|\s)(\*|https?:|https?:\/\/\*)(\s|$)/.test(ancestors.trim());
        if (!xfo && !csp)
          t.fail(`the ${name} has neither X-Frame-Options nor a CSP frame-ancestors restriction`);
        if (!csp) noCsp.push(name);
      }
      if (noCsp.length > 0) {
        t.warn(
          `the ${noCsp.join(' and ')} rely on X-Frame-Options only: RFC 9700 §4.16 asks for CSP frame-ancestors too`,
        );
      }
    },
  },
  {
    id: 'AZ-11',
    area,
    level: 'SHOULD',
    rfc: 'RFC 9700 §4.2.4 ("SHOULD NOT include third-party resources or links to external sites")',
    title: 'Login and consent pages load nothing from other origins and leak no referrer',
    needs: ['authorization'],
    async run(t: CaseContext) {
      const pages = [
        { name: 'login page', page: await loginPage(t) },
        { name: 'consent page', page: (await consentPage(t, codeRequest(t))).page },
      ];
      const noPolicy: string[] = [];
      for (const { name, page } of pages) {
        const own = new URL(page.exchange.request.url).origin;
        for (const match of page.text.matchAll(/\b(?:src|href|action|srcset)\s*=\s*["']?([^"'\s>]+)/gi)) {
          const value = match[1]!;
          if (!/^(https?:)?\/\//i.test(value)) continue;
          const origin = new URL(value, page.exchange.request.url).origin;
          if (origin !== own) t.fail(`the ${name} refers to another origin: ${value.slice(0, 80)}`);
        }
        const policy = (page.headers['referrer-policy'] ?? '').toLowerCase();
        const meta = /<meta[^>]+name\s*=\s*["']?referrer/i.test(page.text);
        if (!meta && !/no-referrer|same-origin|strict-origin|origin/.test(policy)) noPolicy.push(name);
      }
      if (noPolicy.length > 0)
        t.warn(`the ${noPolicy.join(' and ')} set no Referrer-Policy (RFC 9700 §4.2.4)`);
    },
  },
  {
    id: 'AZ-09',
    area,
    level: 'MUST',
    rfc: 'RFC 9700 §2.6 ("CORS MUST NOT be supported at the authorization endpoint")',
    title: 'The authorization endpoint allows no cross-origin reads (no CORS headers, preflight or not)',
    needs: ['authorization'],
    async run(t: CaseContext) {
      const origin = 'https://kit-cors-probe.example';
      const get = await t.request({
        method: 'GET',
        url: t.authorizationUrl(codeRequest(t)),
        headers: { origin },
      });
      const preflight = await t.request({
        method: 'OPTIONS',
        url: t.endpoints.authorization!,
        headers: { origin, 'access-control-request-method': 'GET' },
      });
      for (const [name, response] of [
        ['GET', get],
        ['preflight OPTIONS', preflight],
      ] as const) {
        const allowed = response.headers['access-control-allow-origin'];
        if (allowed === '*' || allowed === origin) {
          t.fail(`the ${name} answer allows cross-origin reads (Access-Control-Allow-Origin: ${allowed})`);
        }
      }
    },
  },
  {
    id: 'AZ-23',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §10.14 ("MUST sanitize ... any value received")',
    title: 'Request values are never reflected unescaped into a page (client_id, state)',
    needs: ['authorization'],
    async run(t: CaseContext) {
      const probe = '"\'><kit-probe-x>';
      const html = { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8' };
      const answers = [await firstAnswer(t, codeRequest(t, { client_id: `kit${probe}` }), html)];
      if (t.config.authorization?.mode === 'form') {
        answers.push(
          await inFreshBrowser(t, (fresh) =>
            fresh.request({
              method: 'GET',
              url: t.authorizationUrl(codeRequest(t, { state: `kit${probe}` })),
              headers: html,
              jar: new CookieJar(),
            }),
          ),
        );
        await signIn(t);
        answers.push(
          await t.request({
            method: 'GET',
            url: t.authorizationUrl(codeRequest(t, { state: `kit${probe}` })),
            headers: html,
            jar: t.jar,
          }),
        );
      }
      for (const answer of answers) {
        if (answer.text.includes('<kit-probe-x>')) {
          t.fail(
            `the ${answer.status} page reflects a request value unescaped (an injected <kit-probe-x> element)`,
          );
        }
      }
    },
  },
];
