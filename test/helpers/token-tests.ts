/**
 * Helpers for the token-endpoint compliance tests: run `token()` without throwing, and hold every answer to the
 * exact wire status, headers and body, to the contract, and to the RFC 6749 §5.2 character set.
 */
import { expect } from 'vitest';
import {
  OAuth2Server,
  Request,
  type Token,
  type TokenResponse,
  type ServerOptions,
} from '../../src/index.js';
import { s256 } from '../../src/pkce.js';
import type { MemoryStore } from '../../src/stores/memory.js';
import { expectMatchesContract } from './contract.js';
import { basic, CONFIDENTIAL, obtainCode, PUBLIC, settle, VERIFIER } from './oauth.js';

/** `error_description` = 1*NQSCHAR, NQSCHAR = %x20-21 / %x23-5B / %x5D-7E (RFC 6749 Appendix A). */
export const NQSCHAR_TEXT = /^[\x20\x21\x23-\x5B\x5D-\x7E]+$/;

export const FORM = 'application/x-www-form-urlencoded';

export type Params = Record<string, unknown>;

/** What `token()` did: the response it wrote, the token it resolved with, or the error it rejected with. */
export type Outcome = Awaited<ReturnType<typeof settle<Token>>>;

/** A second confidential client, allowed the same grants and redirect URI as the first. */
export const OTHER = { id: 'other-client', secret: 'other-secret' } as const;

/** Registers {@link OTHER}. */
export function addOtherClient(store: MemoryStore): void {
  store.addClient({
    id: OTHER.id,
    secret: OTHER.secret,
    grants: ['authorization_code', 'refresh_token', 'client_credentials'],
    redirectUris: [CONFIDENTIAL.redirectUri],
  });
}

/** `Authorization: Basic` for the confidential client of the fixture. */
export function confidentialAuth(): Record<string, string> {
  return { authorization: basic(CONFIDENTIAL.id, CONFIDENTIAL.secret) };
}

/** Runs `token()` and returns what happened, never throwing. */
export function postToken(server: OAuth2Server, request: Request): Promise<Outcome> {
  return settle((response) => server.token(request, response));
}

/** A form POST to the token endpoint with `headers` (the confidential client's Basic credentials by default). */
export function tokenPost(
  body: Params,
  headers: Record<string, string> = confidentialAuth(),
  extra: { query?: Params; headersDistinct?: Record<string, string[]> } = {},
): Request {
  return new Request({
    method: 'POST',
    headers: { 'content-type': FORM, ...headers },
    query: extra.query ?? {},
    body,
    headersDistinct: extra.headersDistinct,
  });
}

/** The body of an authorization code redemption by the confidential client. */
export function codeParams(code: string, overrides: Params = {}): Params {
  return {
    grant_type: 'authorization_code',
    code,
    redirect_uri: CONFIDENTIAL.redirectUri,
    code_verifier: VERIFIER,
    ...overrides,
  };
}

/** A copy of `params` without `keys` (a parameter that is absent, not empty). */
export function without(params: Params, ...keys: string[]): Params {
  const copy = { ...params };
  for (const key of keys) delete copy[key];
  return copy;
}

/** A code for the public client (PKCE with {@link VERIFIER}). */
export function obtainPublicCode(server: OAuth2Server, overrides: Params = {}): Promise<string> {
  return obtainCode(server, { client_id: PUBLIC.id, redirect_uri: PUBLIC.redirectUri, ...overrides });
}

/** A redemption of a public client's code: `client_id` in the body, no secret. */
export function publicCodeRequest(code: string, overrides: Params = {}): Request {
  return tokenPost(
    {
      grant_type: 'authorization_code',
      code,
      redirect_uri: PUBLIC.redirectUri,
      code_verifier: VERIFIER,
      client_id: PUBLIC.id,
      ...overrides,
    },
    {},
  );
}

/** Runs the code flow for the confidential client and returns the token response. */
export async function issueTokens(server: OAuth2Server, authorize: Params = {}): Promise<TokenResponse> {
  const code = await obtainCode(server, authorize);
  return expectTokenSuccess(await postToken(server, tokenPost(codeParams(code))));
}

/** A refresh request; the confidential client's Basic credentials by default. */
export function refreshRequest(
  refreshToken: string,
  extra: Params = {},
  headers: Record<string, string> = confidentialAuth(),
): Request {
  return tokenPost({ grant_type: 'refresh_token', refresh_token: refreshToken, ...extra }, headers);
}

/** A verifier of `length` characters from the unreserved set, and its S256 challenge. */
export function pkcePair(length: number): { verifier: string; challenge: string } {
  const verifier = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~'
    .repeat(3)
    .slice(0, length);
  return { verifier, challenge: s256(verifier) };
}

/** A server on an existing store (same clients and codes, other options). */
export function serverOn(store: MemoryStore, options: Partial<ServerOptions> = {}): OAuth2Server {
  return new OAuth2Server({
    model: store,
    authenticateHandler: { handle: () => ({ username: 'alice' }) },
    ...options,
  });
}

export interface ExpectedError {
  status: 400 | 401 | 500 | 503;
  error: string;
  description: string;
}

/**
 * The request failed with exactly this status, `error` and `error_description` (RFC 6749 §5.2): the promise
 * rejected with the same error, the body holds nothing else, the description is in the NQSCHAR set, the answer
 * is not cached, a 401 carries the `Basic` challenge (and nothing else does), and the contract documents it all.
 */
export function expectTokenError(outcome: Outcome, expected: ExpectedError): void {
  const { response, error, value } = outcome;
  expect(value, 'token() must not resolve').toBeUndefined();
  expect({ status: response.status, body: response.body }).toEqual({
    status: expected.status,
    body: { error: expected.error, error_description: expected.description },
  });
  expect(error?.name).toBe(expected.error);
  expect(expected.description).toMatch(NQSCHAR_TEXT);
  expect(response.headers['cache-control']).toBe('no-store');
  expect(response.headers.pragma).toBe('no-cache');
  if (expected.status === 401) {
    expect(response.headers['www-authenticate']).toBe('Basic realm="Service"');
  } else {
    expect(response.headers['www-authenticate']).toBeUndefined();
  }
  expectMatchesContract(response, 'token');
}

/**
 * The request succeeded (RFC 6749 §5.1): 200, `Cache-Control: no-store`, `Pragma: no-cache`, a Bearer token, the
 * resolved token is the one in the body, and the contract documents it. Returns the body.
 */
export function expectTokenSuccess(outcome: Outcome): TokenResponse {
  const { response, error, value } = outcome;
  expect(error, `token() rejected: ${JSON.stringify(response.body)}`).toBeUndefined();
  expect(response.status).toBe(200);
  expect(response.headers['cache-control']).toBe('no-store');
  expect(response.headers.pragma).toBe('no-cache');
  expectMatchesContract(response, 'token');
  const body = response.body as TokenResponse;
  expect(body.token_type).toBe('Bearer');
  expect(value?.accessToken).toBe(body.access_token);
  return body;
}
