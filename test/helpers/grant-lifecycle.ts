/**
 * Building blocks for the grant-lifecycle compliance tests (code replay, refresh-token reuse, client types,
 * loopback redirects, resource indicators, the oauth21 profile): the same fixture on each ready-made store, a
 * Model copied from a store with some functions left out, and bearer authentication and introspection answers
 * held to the contract.
 */
import { expect } from 'vitest';
import type { IntrospectionResponse } from '../../src/contract.js';
import { OAuth2Server, Request, type Model, type ServerOptions, type Token } from '../../src/index.js';
import type { ModelFunction } from '../../src/model.js';
import { MemoryStore } from '../../src/stores/memory.js';
import { SqliteStore } from '../../src/stores/sqlite.js';
import { expectMatchesContract } from './contract.js';
import { ALICE, basic, CONFIDENTIAL, PUBLIC, settle } from './oauth.js';
import { OTHER, type Outcome } from './token-tests.js';

export type LifecycleStore = MemoryStore | SqliteStore;

/** A ready-made store the tests run against. */
export interface StoreKind {
  name: string;
  create(): LifecycleStore;
  dispose(store: LifecycleStore): void;
}

/** Every ready-made store: the suites that use them run once per store (`describe.each(STORES)`). */
export const STORES: readonly StoreKind[] = [
  { name: 'MemoryStore', create: () => new MemoryStore(), dispose: () => undefined },
  {
    name: 'SqliteStore(:memory:)',
    create: () => new SqliteStore(':memory:'),
    dispose: (store) => {
      if (store instanceof SqliteStore) store.close();
    },
  },
];

export interface LifecycleFixture {
  store: LifecycleStore;
  server: OAuth2Server;
  user: { username: string };
  /** Another server on the same store (same clients, codes and tokens), with other options. */
  serverWith(options: Partial<ServerOptions>): OAuth2Server;
  dispose(): void;
}

/**
 * A server on a new store of `kind` with the confidential client of the core fixture (every grant), the public
 * client (code + refresh, `tokenEndpointAuthMethod: none`), a second confidential client ({@link OTHER}, same
 * redirect URI) and the user alice, "logged in" through the authenticateHandler.
 */
export async function lifecycleFixture(
  kind: StoreKind,
  options: Partial<ServerOptions> = {},
): Promise<LifecycleFixture> {
  const store = kind.create();
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
  store.addClient({
    id: OTHER.id,
    secret: OTHER.secret,
    grants: ['authorization_code', 'refresh_token', 'client_credentials'],
    redirectUris: [CONFIDENTIAL.redirectUri],
  });
  await store.addUser({ username: ALICE.username, password: ALICE.password });
  const user = { username: ALICE.username };
  const serverWith = (extra: Partial<ServerOptions>): OAuth2Server =>
    new OAuth2Server({ model: store, authenticateHandler: { handle: () => user }, ...extra });
  return { store, server: serverWith(options), user, serverWith, dispose: () => kind.dispose(store) };
}

/** Every Model function a store may implement. */
const MODEL_FUNCTIONS: readonly ModelFunction[] = [
  'getClient',
  'saveToken',
  'getAccessToken',
  'getAuthorizationCode',
  'saveAuthorizationCode',
  'revokeAuthorizationCode',
  'getRefreshToken',
  'revokeToken',
  'getUser',
  'validateScope',
  'revokeGrant',
  'getUsedAuthorizationCode',
  'getUsedRefreshToken',
  'revokeAccessToken',
  'validateResource',
];

function functionsOf(store: LifecycleStore, omitted: readonly ModelFunction[]): Record<string, unknown> {
  const source = store as unknown as Record<string, unknown>;
  const model: Record<string, unknown> = {};
  for (const name of MODEL_FUNCTIONS) {
    const fn = source[name];
    if (!omitted.includes(name) && typeof fn === 'function') model[name] = fn.bind(store);
  }
  return model;
}

/** A Model with the store's functions (bound to it), except `omitted`: a Model written before those existed. */
export function modelWithout(store: LifecycleStore, ...omitted: ModelFunction[]): Model {
  // Whatever it lacks, the server checks at construction: that is what the tests are after.
  return functionsOf(store, omitted) as unknown as Model;
}

/** A Model whose first `saveToken` waits: a request can be held between its checks and its save. */
export interface GatedModel {
  model: Model;
  /** Resolves when the first `saveToken` call has started (and is waiting). */
  saving: Promise<void>;
  /** Lets the waiting `saveToken` go on to the store. */
  release(): void;
}

/** The store's Model, with its first `saveToken` held until `release()`. */
export function gateFirstSave(store: LifecycleStore): GatedModel {
  const model = functionsOf(store, []);
  const save = store.saveToken.bind(store) as (...args: Parameters<MemoryStore['saveToken']>) => unknown;
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let entered!: () => void;
  const saving = new Promise<void>((resolve) => (entered = resolve));
  let held = false;
  model.saveToken = async (...args: Parameters<MemoryStore['saveToken']>): Promise<unknown> => {
    if (!held) {
      held = true;
      entered();
      await gate;
    }
    return save(...args);
  };
  return { model: model as unknown as Model, saving, release };
}

/** `Authorization: Basic` for the confidential client. */
export const CONFIDENTIAL_AUTH = { authorization: basic(CONFIDENTIAL.id, CONFIDENTIAL.secret) };
/** `Authorization: Basic` for {@link OTHER}. */
export const OTHER_AUTH = { authorization: basic(OTHER.id, OTHER.secret) };

/** What the example resource `/me` answers for an accepted token (the body `authenticate()` leaves to the app). */
function meBody(token: Token): Record<string, string> {
  const body: Record<string, string> = {
    client_id: token.client.id,
    sub: token.user ? String(token.user.username) : token.client.id,
  };
  if (token.user) body.username = String(token.user.username);
  if (token.scope) body.scope = token.scope.join(' ');
  return body;
}

/** A protected-resource request with the token in the `Authorization` header. */
export function bearerRequest(accessToken: string): Request {
  return new Request({ method: 'GET', query: {}, headers: { authorization: `Bearer ${accessToken}` } });
}

/**
 * Runs `authenticate()` as the example resource `/me` does (its answer written as `/me` writes it), and holds the
 * answer to the contract of `GET /me`.
 */
export async function authenticateBearer(
  server: OAuth2Server,
  request: Request,
  options?: Parameters<OAuth2Server['authenticate']>[2],
): Promise<Outcome> {
  const outcome = await settle((response) => server.authenticate(request, response, options));
  if (outcome.value) outcome.response.body = meBody(outcome.value);
  expectMatchesContract(outcome.response, 'getMe');
  return outcome;
}

/** The access token is accepted at the protected resource. */
export async function expectTokenAccepted(
  server: OAuth2Server,
  accessToken: string,
  options?: Parameters<OAuth2Server['authenticate']>[2],
): Promise<void> {
  const { response, error } = await authenticateBearer(server, bearerRequest(accessToken), options);
  expect(error, `authenticate() rejected: ${JSON.stringify(response.body)}`).toBeUndefined();
  expect(response.status).toBe(200);
}

/**
 * The access token is refused at the protected resource: 401 `invalid_token` with exactly this description, in
 * the body and in the `Bearer` challenge (RFC 6750 §3.1).
 */
export async function expectInvalidToken(
  server: OAuth2Server,
  accessToken: string,
  description = 'Invalid token: access token is invalid',
  options?: Parameters<OAuth2Server['authenticate']>[2],
): Promise<void> {
  const { response, error, value } = await authenticateBearer(server, bearerRequest(accessToken), options);
  expect(value).toBeUndefined();
  expect(error?.name).toBe('invalid_token');
  expect({ status: response.status, body: response.body }).toEqual({
    status: 401,
    body: { error: 'invalid_token', error_description: description },
  });
  expect(response.headers['www-authenticate']).toBe(
    `Bearer realm="Service", error="invalid_token", error_description="${description}"`,
  );
}

/** Introspects a token as the confidential client (RFC 7662) and returns the contract-checked answer. */
export async function introspect(server: OAuth2Server, token: string): Promise<IntrospectionResponse> {
  const request = new Request({
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...CONFIDENTIAL_AUTH },
    query: {},
    body: { token },
  });
  const { response, error } = await settle((r) => server.introspect(request, r));
  expect(error, `introspect() rejected: ${JSON.stringify(response.body)}`).toBeUndefined();
  expect(response.status).toBe(200);
  expectMatchesContract(response, 'introspect');
  return response.body as IntrospectionResponse;
}
