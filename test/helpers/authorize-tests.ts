/**
 * Assertions shared by the authorization-endpoint compliance tests: run `authorize()` without throwing, and check
 * the two ways it can answer — a redirect to the client (with the response parameters added to the registered
 * URI's query, or to the fragment for the implicit grant) or a direct answer that never redirects.
 */
import { expect } from 'vitest';
import type { OAuth2Server, Request, Response } from '../../src/index.js';
import { expectMatchesContract } from './contract.js';
import { settle } from './oauth.js';

/** What one `authorize()` call produced: the response it wrote, and what its promise settled with. */
export interface AuthorizeOutcome {
  request: Request;
  response: Response;
  value: unknown;
  error: (Error & { name: string; code?: number }) | undefined;
}

/** Runs `authorize()` and returns the response and the settled value or error, never throwing. */
export async function runAuthorize(server: OAuth2Server, request: Request): Promise<AuthorizeOutcome> {
  const { response, value, error } = await settle((r) => server.authorize(request, r));
  return { request, response, value, error };
}

/** A copy of `params` without `keys`: how a client omits a parameter (not by sending `undefined`). */
export function omit(params: Record<string, unknown>, ...keys: string[]): Record<string, unknown> {
  const copy = { ...params };
  for (const key of keys) delete copy[key];
  return copy;
}

/** Every printable US-ASCII character (VSCHAR, %x20-7E): the widest `state` RFC 6749 Appendix A.5 allows. */
export const ALL_VSCHARS = Array.from({ length: 0x7e - 0x20 + 1 }, (_v, i) =>
  String.fromCharCode(0x20 + i),
).join('');

/** Checks a response against the contract operation of its request: `authorize` (GET) or `authorizeForm` (POST). */
export function expectContract(outcome: AuthorizeOutcome): void {
  expectMatchesContract(outcome.response, outcome.request.method === 'POST' ? 'authorizeForm' : 'authorize');
}

/** The redirect status RFC 9700 §4.12 asks for: 302 after a GET, 303 after a POST. */
export function redirectStatus(request: Request): number {
  return request.method === 'POST' ? 303 : 302;
}

/** The `Location` of a response, which must be there. */
export function locationOf(response: Response): string {
  const location = response.headers.location;
  expect(location, 'a Location header').toBeTypeOf('string');
  return location!;
}

/**
 * Asserts a redirect to `redirectUri` whose added parameters are exactly `params`, in this order, in the query (or
 * the fragment), after the registered URI's own query kept byte for byte. Returns the parameters.
 */
export function expectRedirect(
  outcome: AuthorizeOutcome,
  redirectUri: string,
  params: ReadonlyArray<readonly [string, string]>,
  mode: 'query' | 'fragment' = 'query',
): URLSearchParams {
  const { response, request } = outcome;
  expect(response.status).toBe(redirectStatus(request));
  expect(response.headers['cache-control']).toBe('no-store');
  expect(response.body).toBeUndefined();
  const location = locationOf(response);
  const url = new URL(location);
  const registered = new URL(redirectUri);
  if (mode === 'fragment') {
    expect(location.startsWith(`${redirectUri}#`), `${location} starts with ${redirectUri}#`).toBe(true);
    const added = new URLSearchParams(url.hash.slice(1));
    expect([...added]).toEqual(params);
    return added;
  }
  expect(url.hash).toBe('');
  const prefix = registered.search === '' ? `${redirectUri}?` : `${redirectUri}&`;
  expect(location.startsWith(prefix), `${location} starts with ${prefix}`).toBe(true);
  expect([...url.searchParams]).toEqual([...registered.searchParams, ...params]);
  return new URLSearchParams(location.slice(prefix.length));
}

/** The expected parameters of an error redirect: `error`, `error_description` and, when known, `state`. */
export function errorParams(
  error: string,
  description: string,
  state?: string,
): ReadonlyArray<readonly [string, string]> {
  const params: [string, string][] = [
    ['error', error],
    ['error_description', description],
  ];
  if (state !== undefined) params.push(['state', state]);
  return params;
}

/**
 * Asserts an error redirect (RFC 6749 §4.1.2.1): the exact parameters after the registered URI's query, a
 * description of RFC 6749 §5.2 characters only, and a promise rejected with that same error.
 */
export function expectErrorRedirect(
  outcome: AuthorizeOutcome,
  redirectUri: string,
  expected: { error: string; description: string; state?: string | undefined },
  mode: 'query' | 'fragment' = 'query',
): void {
  const added = expectRedirect(
    outcome,
    redirectUri,
    errorParams(expected.error, expected.description, expected.state),
    mode,
  );
  expect(added.get('error_description')).toMatch(/^[\x20\x21\x23-\x5B\x5D-\x7E]+$/);
  expect(outcome.value).toBeUndefined();
  expect(outcome.error?.name).toBe(expected.error);
}

/**
 * Asserts a direct answer that is not redirected (RFC 6749 §3.1.2.4, §4.1.2.1): the status, the exact JSON error
 * body, `Cache-Control: no-store`, no `Location`, and a promise rejected with the same error code.
 */
export function expectNotRedirected(
  outcome: AuthorizeOutcome,
  status: number,
  error: string,
  description: string,
): void {
  const { response } = outcome;
  expect(response.status).toBe(status);
  expect(response.headers.location).toBeUndefined();
  expect(response.headers['cache-control']).toBe('no-store');
  expect(response.body).toEqual({ error, error_description: description });
  expect(outcome.value).toBeUndefined();
  expect(outcome.error?.name).toBe(error);
}
