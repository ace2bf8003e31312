/**
 * Building blocks for tests of the core: a server on a fresh in-memory store with known clients and a user,
 * requests built like an adapter would build them, and the authorization code flow in one call.
 */
import { OAuth2Server, Request, Response, type ServerOptions } from '../../src/index.js';
import { s256 } from '../../src/pkce.js';
import { MemoryStore } from '../../src/stores/memory.js';

export const CONFIDENTIAL = {
  id: 'confidential-client',
  secret: 'confidential-secret',
  redirectUri: 'https://client.example/cb',
} as const;

export const PUBLIC = {
  id: 'public-client',
  redirectUri: 'http://127.0.0.1/callback',
} as const;

export const ALICE = { username: 'alice', password: 'correct horse battery staple' } as const;

/** A verifier of the RFC 7636 §4.1 grammar and its S256 challenge. */
export const VERIFIER = 'dBjftJeZ4CVP-mJ92K1ZuLZw3lxWCeU7oIXHY9EYkVg';
export const CHALLENGE = s256(VERIFIER);

export interface Fixture {
  store: MemoryStore;
  server: OAuth2Server;
  user: { username: string };
}

/**
 * A server on a new MemoryStore with a confidential client (all grants), a public client (code + refresh) and
 * the user alice, who is "logged in" through the authenticateHandler.
 */
export async function createFixture(options: Partial<ServerOptions> = {}): Promise<Fixture> {
  const store = new MemoryStore();
  store.addClient({
    id: CONFIDENTIAL.id,
    secret: CONFIDENTIAL.secret,
    grants: ['authorization_code', 'refresh_token', 'client_credentials', 'password'],
    redirectUris: [CONFIDENTIAL.redirectUri],
  });
  store.addClient({
    id: PUBLIC.id,
    grants: ['authorization_code', 'refresh_token'],
    redirectUris: [PUBLIC.redirectUri],
    tokenEndpointAuthMethod: 'none',
  });
  await store.addUser({ username: ALICE.username, password: ALICE.password });
  const user = { username: ALICE.username };
  const server = new OAuth2Server({
    model: store,
    authenticateHandler: { handle: () => user },
    ...options,
  });
  return { store, server, user };
}

/** `Authorization: Basic` with both parts form-encoded first (RFC 6749 §2.3.1). */
export function basic(id: string, secret: string): string {
  const encode = (v: string): string => encodeURIComponent(v).replace(/%20/g, '+');
  return `Basic ${Buffer.from(`${encode(id)}:${encode(secret)}`).toString('base64')}`;
}

/** A form POST, as an adapter builds it. */
export function formRequest(
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
  extra: {
    query?: Record<string, unknown>;
    method?: string;
    headersDistinct?: Record<string, string[]>;
  } = {},
): Request {
  return new Request({
    method: extra.method ?? 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    query: extra.query ?? {},
    body,
    headersDistinct: extra.headersDistinct,
  });
}

/** A token request from the confidential client, authenticated with Basic. */
export function tokenRequest(body: Record<string, unknown>, headers: Record<string, string> = {}): Request {
  return formRequest(body, { authorization: basic(CONFIDENTIAL.id, CONFIDENTIAL.secret), ...headers });
}

/** A GET authorization request. */
export function authorizeGet(query: Record<string, unknown>): Request {
  return new Request({ method: 'GET', headers: {}, query });
}

/** The default parameters of an authorization request by the confidential client. */
export function authorizeParams(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    response_type: 'code',
    client_id: CONFIDENTIAL.id,
    redirect_uri: CONFIDENTIAL.redirectUri,
    state: 'xyz',
    scope: 'read',
    code_challenge: CHALLENGE,
    code_challenge_method: 'S256',
    ...overrides,
  };
}

/** The approved consent form post (`allowed=true` in the body). */
export function consentPost(overrides: Record<string, unknown> = {}): Request {
  return formRequest({ ...authorizeParams(), allowed: 'true', ...overrides });
}

/** Runs `authorize()` with an approved consent and returns the code from the redirect. */
export async function obtainCode(
  server: OAuth2Server,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const response = new Response();
  await server.authorize(consentPost(overrides), response);
  const code = new URL(String(response.headers.location)).searchParams.get('code');
  if (!code) throw new Error(`no code in ${String(response.headers.location)}`);
  return code;
}

/** Redeems a code for the confidential client and returns the response. */
export async function redeemCode(
  server: OAuth2Server,
  code: string,
  overrides: Record<string, unknown> = {},
): Promise<Response> {
  const response = new Response();
  await server.token(
    tokenRequest({
      grant_type: 'authorization_code',
      code,
      redirect_uri: CONFIDENTIAL.redirectUri,
      code_verifier: VERIFIER,
      ...overrides,
    }),
    response,
  );
  return response;
}

/** Runs a server method and returns the response and the error (if any), never throwing. */
export async function settle<T>(run: (response: Response) => Promise<T>): Promise<{
  response: Response;
  value: T | undefined;
  error: (Error & { name: string; code?: number }) | undefined;
}> {
  const response = new Response();
  try {
    return { response, value: await run(response), error: undefined };
  } catch (error) {
    return { response, value: undefined, error: error as Error & { name: string; code?: number } };
  }
}

/** The parameters of a redirect `Location`. */
export function redirectParams(response: Response): URLSearchParams {
  return new URL(String(response.headers.location)).searchParams;
}
