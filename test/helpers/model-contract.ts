/**
 * The Model contract: what every ready-made store must do, written once and run against each store. A store
 * passes a factory; stores that can show their raw rows also pass `inspect`, so the suite can check that secrets,
 * codes and tokens are kept as digests and passwords as scrypt hashes.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type {
  AuthorizationCode,
  AuthorizationCodeData,
  Client,
  MaybePromise,
  RefreshToken,
  Token,
  TokenData,
  UsedEntity,
  User,
} from '../../src/model.js';
import { digest, verifyPassword } from '../../src/stores/credentials.js';
import type { ClientRegistration, UserRegistration } from '../../src/stores/memory.js';

/** What the suite needs from a store: the Model functions and the administration the CLI uses. */
/** A token `saveToken` saved (the test fails if it refused). */
function savedToken(token: Token | false): Token {
  if (token === false) throw new Error('saveToken refused the token');
  return token;
}

export interface ContractStore {
  addClient(registration: ClientRegistration): MaybePromise<Client>;
  addUser(registration: UserRegistration): MaybePromise<User>;
  removeClient(id: string): MaybePromise<boolean>;
  removeUser(username: string): MaybePromise<boolean>;
  hasUser(username: string): MaybePromise<boolean>;
  secret(key: string): MaybePromise<string>;
  getClient(clientId: string, clientSecret: string | null): MaybePromise<Client | undefined>;
  getUser(username: string, password: string): MaybePromise<User | undefined>;
  validateScope(
    user: User | undefined,
    client: Client,
    scope: string[] | undefined,
  ): MaybePromise<string[] | false>;
  saveAuthorizationCode(
    code: AuthorizationCodeData,
    client: Client,
    user: User,
  ): MaybePromise<AuthorizationCode>;
  getAuthorizationCode(code: string): MaybePromise<AuthorizationCode | undefined>;
  revokeAuthorizationCode(code: AuthorizationCode): MaybePromise<boolean>;
  saveToken(token: TokenData, client: Client, user: User | undefined): MaybePromise<Token | false>;
  getAccessToken(accessToken: string): MaybePromise<Token | undefined>;
  getRefreshToken(refreshToken: string): MaybePromise<RefreshToken | undefined>;
  revokeToken(token: RefreshToken | Token): MaybePromise<boolean>;
  // GrantLifecycleModel: optional for a Model, implemented by every ready-made store.
  revokeGrant(grantId: string): MaybePromise<unknown>;
  getUsedAuthorizationCode(code: string): MaybePromise<(AuthorizationCode & UsedEntity) | undefined>;
  getUsedRefreshToken(refreshToken: string): MaybePromise<(RefreshToken & UsedEntity) | undefined>;
  revokeAccessToken(token: Token): MaybePromise<unknown>;
  validateResource(
    resource: string[],
    client: Client,
    user: User | undefined,
  ): MaybePromise<string[] | false>;
}

/** A look at what a store keeps, for stores that can show it. */
export interface StoreInspector {
  /** The stored secret of a client (whatever column or field holds it), or `null` for none. */
  clientSecret(id: string): MaybePromise<string | null | undefined>;
  /** The stored password of a user (hash or otherwise). */
  passwordOf(username: string): MaybePromise<string | undefined>;
  /** Every stored value, as text: nothing in it may be a secret, code or token in clear. */
  dump(): MaybePromise<string>;
}

export interface ModelContractTarget<S extends ContractStore> {
  /** A fresh, empty store. */
  create(): S | Promise<S>;
  /** Releases a store (closes its database). */
  dispose?: ((store: S) => void | Promise<void>) | undefined;
  inspect?: ((store: S) => StoreInspector) | undefined;
  /**
   * Contract clauses this store is known to break: their tests are skipped (and reported), not deleted. Each
   * entry is the reason, starting with `BUG:`.
   */
  knownBugs?: Partial<Record<ContractClause, string>> | undefined;
}

export type ContractClause = 'removeClientDeletesGrants' | 'removeUserDeletesGrants';

const CONFIDENTIAL_SECRET = 'contract-confidential-secret';
const PASSWORD = 'correct horse battery staple';

const later = (seconds = 600): Date => new Date(Date.now() + seconds * 1000);
const fresh = (prefix: string): string => `${prefix}-${randomBytes(16).toString('hex')}`;

interface Seeded<S extends ContractStore> {
  store: S;
  confidential: Client;
  publicClient: Client;
  scoped: Client;
  user: User;
}

async function seed<S extends ContractStore>(store: S): Promise<Seeded<S>> {
  await store.addClient({
    id: 'confidential',
    secret: CONFIDENTIAL_SECRET,
    grants: ['authorization_code', 'refresh_token', 'client_credentials'],
    redirectUris: ['https://app.example/cb'],
    name: 'Confidential app',
  });
  await store.addClient({
    id: 'public',
    grants: ['authorization_code', 'refresh_token'],
    redirectUris: ['http://127.0.0.1/cb'],
    tokenEndpointAuthMethod: 'none',
  });
  await store.addClient({
    id: 'scoped',
    secret: 'scoped-secret',
    grants: ['authorization_code'],
    redirectUris: ['https://scoped.example/cb'],
    scopes: ['read', 'write'],
  });
  await store.addUser({ username: 'alice', password: PASSWORD });
  const get = async (id: string): Promise<Client> => {
    const client = await store.getClient(id, null);
    if (!client) throw new Error(`seeded client ${id} not found`);
    return client;
  };
  return {
    store,
    confidential: await get('confidential'),
    publicClient: await get('public'),
    scoped: await get('scoped'),
    user: { username: 'alice' },
  };
}

function codeData(overrides: Partial<AuthorizationCodeData> = {}): AuthorizationCodeData {
  return {
    authorizationCode: fresh('code'),
    expiresAt: later(),
    redirectUri: 'https://app.example/cb',
    redirectUriSent: true,
    scope: ['read', 'write'],
    codeChallenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    codeChallengeMethod: 'S256',
    ...overrides,
  };
}

function tokenData(overrides: Partial<TokenData> = {}): TokenData {
  return {
    accessToken: fresh('access'),
    accessTokenExpiresAt: later(3600),
    refreshToken: fresh('refresh'),
    refreshTokenExpiresAt: later(14 * 24 * 3600),
    scope: ['read'],
    ...overrides,
  };
}

/** An access token alone, as the client credentials grant issues it. */
function accessOnly(overrides: Partial<TokenData> = {}): TokenData {
  const { refreshToken: _token, refreshTokenExpiresAt: _expires, ...data } = tokenData(overrides);
  return data;
}

/** Registers the Model contract suite for one store. */
export function describeModelContract<S extends ContractStore>(
  name: string,
  target: ModelContractTarget<S>,
): void {
  const { knownBugs = {}, inspect } = target;
  const clause = (id: ContractClause) => it.skipIf(knownBugs[id] !== undefined);

  async function withStore(run: (seeded: Seeded<S>) => Promise<void>): Promise<void> {
    const store = await target.create();
    try {
      await run(await seed(store));
    } finally {
      await target.dispose?.(store);
    }
  }

  describe(`Model contract: ${name}`, () => {
    describe('clients', () => {
      it('getClient returns the client for the right secret or no secret, nothing for a wrong one', () =>
        withStore(async ({ store }) => {
          expect(await store.getClient('confidential', CONFIDENTIAL_SECRET)).toMatchObject({
            id: 'confidential',
            grants: ['authorization_code', 'refresh_token', 'client_credentials'],
            redirectUris: ['https://app.example/cb'],
          });
          expect((await store.getClient('confidential', null))?.id).toBe('confidential');
          expect(await store.getClient('confidential', 'wrong')).toBeFalsy();
          expect(await store.getClient('confidential', `${CONFIDENTIAL_SECRET} `)).toBeFalsy();
          expect(await store.getClient('confidential', '')).toBeFalsy();
          expect(await store.getClient('confidential', CONFIDENTIAL_SECRET.toUpperCase())).toBeFalsy();
          expect(await store.getClient('unknown', null)).toBeFalsy();
          expect(await store.getClient('unknown', CONFIDENTIAL_SECRET)).toBeFalsy();
        }));

      it('a public client has no secret: any presented secret fails', () =>
        withStore(async ({ store }) => {
          expect(await store.getClient('public', null)).toMatchObject({
            id: 'public',
            tokenEndpointAuthMethod: 'none',
          });
          expect(await store.getClient('public', 'anything')).toBeFalsy();
          expect(await store.getClient('public', '')).toBeFalsy();
        }));

      it('never returns the secret or the allowed scopes with the client', () =>
        withStore(async ({ store }) => {
          const client = await store.getClient('scoped', 'scoped-secret');
          expect(client).toBeTruthy();
          expect(JSON.stringify(client)).not.toContain('scoped-secret');
          expect(client).not.toHaveProperty('secret');
          expect(client).not.toHaveProperty('scopes');
        }));

      if (inspect) {
        it('keeps client secrets as SHA-256 digests only', () =>
          withStore(async ({ store }) => {
            await store.addClient({ id: 'late', secret: 'late-secret', grants: ['client_credentials'] });
            const inspector = inspect(store);
            expect(await inspector.clientSecret('late')).toBe(digest('late-secret'));
            expect(await inspector.clientSecret('confidential')).toBe(digest(CONFIDENTIAL_SECRET));
            expect(await inspector.clientSecret('public')).toBeNull();
            const dump = await inspector.dump();
            expect(dump).not.toContain(CONFIDENTIAL_SECRET);
            expect(dump).not.toContain('scoped-secret');
            expect(dump).not.toContain('late-secret');
          }));
      }

      it('validateScope grants what the client may have, and nothing beyond', () =>
        withStore(async ({ store, scoped, confidential, user }) => {
          expect(await store.validateScope(user, scoped, ['read'])).toEqual(['read']);
          expect(await store.validateScope(user, scoped, ['write', 'read'])).toEqual(['write', 'read']);
          expect(await store.validateScope(user, scoped, undefined)).toEqual(['read', 'write']);
          expect(await store.validateScope(user, scoped, ['read', 'admin'])).toBeFalsy();
          expect(await store.validateScope(undefined, scoped, ['admin'])).toBeFalsy();
          // A client registered without scopes is not limited.
          expect(await store.validateScope(user, confidential, ['anything'])).toEqual(['anything']);
          expect(await store.validateScope(user, confidential, undefined)).toEqual([]);
        }));

      it('removeClient removes the client once', () =>
        withStore(async ({ store }) => {
          expect(await store.removeClient('scoped')).toBe(true);
          expect(await store.getClient('scoped', null)).toBeFalsy();
          expect(await store.getClient('scoped', 'scoped-secret')).toBeFalsy();
          expect(await store.removeClient('scoped')).toBe(false);
          expect(await store.removeClient('never-registered')).toBe(false);
        }));

      clause('removeClientDeletesGrants')(
        `removeClient deletes the client's codes and tokens${knownBugs.removeClientDeletesGrants ? ` (${knownBugs.removeClientDeletesGrants})` : ''}`,
        () =>
          withStore(async ({ store, confidential, publicClient, user }) => {
            const code = await store.saveAuthorizationCode(codeData(), confidential, user);
            const token = savedToken(await store.saveToken(tokenData(), confidential, user));
            const other = savedToken(await store.saveToken(tokenData(), publicClient, user));
            expect(await store.removeClient('confidential')).toBe(true);
            expect(await store.getAuthorizationCode(code.authorizationCode)).toBeFalsy();
            expect(await store.getAccessToken(token.accessToken)).toBeFalsy();
            expect(await store.getRefreshToken(token.refreshToken!)).toBeFalsy();
            // Another client's tokens stay.
            expect((await store.getAccessToken(other.accessToken))?.client.id).toBe('public');
          }),
      );
    });

    describe('users', () => {
      it('getUser returns the user for the right password only', () =>
        withStore(async ({ store }) => {
          expect(await store.getUser('alice', PASSWORD)).toMatchObject({ username: 'alice' });
          expect(await store.getUser('alice', 'wrong')).toBeFalsy();
          expect(await store.getUser('alice', '')).toBeFalsy();
          expect(await store.getUser('alice', `${PASSWORD} `)).toBeFalsy();
          expect(await store.getUser('bob', PASSWORD)).toBeFalsy();
          const user = await store.getUser('alice', PASSWORD);
          expect(JSON.stringify(user)).not.toContain(PASSWORD);
          expect(user).not.toHaveProperty('password');
        }));

      it('compares passwords after Unicode normalization (NFC)', () =>
        withStore(async ({ store }) => {
          await store.addUser({ username: 'zoe', password: 'caf\u00e9' });
          expect(await store.getUser('zoe', 'cafe\u0301')).toMatchObject({ username: 'zoe' });
        }));

      it('hasUser and removeUser', () =>
        withStore(async ({ store }) => {
          expect(await store.hasUser('alice')).toBe(true);
          expect(await store.hasUser('bob')).toBe(false);
          expect(await store.removeUser('alice')).toBe(true);
          expect(await store.hasUser('alice')).toBe(false);
          expect(await store.getUser('alice', PASSWORD)).toBeFalsy();
          expect(await store.removeUser('alice')).toBe(false);
        }));

      if (inspect) {
        it('hashes passwords with scrypt and a per-user salt', () =>
          withStore(async ({ store }) => {
            await store.addUser({ username: 'bob', password: PASSWORD });
            const inspector = inspect(store);
            const alice = (await inspector.passwordOf('alice'))!;
            const bob = (await inspector.passwordOf('bob'))!;
            const format = /^scrypt\$16384\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/;
            expect(alice).toMatch(format);
            expect(bob).toMatch(format);
            expect(alice).not.toBe(bob);
            expect(await verifyPassword(PASSWORD, alice)).toBe(true);
            expect(await verifyPassword('wrong', alice)).toBe(false);
            expect(await inspector.dump()).not.toContain(PASSWORD);
          }));
      }

      clause('removeUserDeletesGrants')(
        `removeUser deletes the user's codes and tokens${knownBugs.removeUserDeletesGrants ? ` (${knownBugs.removeUserDeletesGrants})` : ''}`,
        () =>
          withStore(async ({ store, confidential, user }) => {
            await store.addUser({ username: 'bob', password: 'bob-password' });
            const code = await store.saveAuthorizationCode(codeData(), confidential, user);
            const token = savedToken(await store.saveToken(tokenData(), confidential, user));
            const bobs = savedToken(await store.saveToken(tokenData(), confidential, { username: 'bob' }));
            const clientOnly = savedToken(await store.saveToken(accessOnly(), confidential, undefined));
            expect(await store.removeUser('alice')).toBe(true);
            expect(await store.getAuthorizationCode(code.authorizationCode)).toBeFalsy();
            expect(await store.getAccessToken(token.accessToken)).toBeFalsy();
            expect(await store.getRefreshToken(token.refreshToken!)).toBeFalsy();
            expect((await store.getAccessToken(bobs.accessToken))?.user).toMatchObject({ username: 'bob' });
            expect((await store.getAccessToken(clientOnly.accessToken))?.client.id).toBe('confidential');
          }),
      );
    });

    describe('authorization codes', () => {
      it('saveAuthorizationCode / getAuthorizationCode round trip every field', () =>
        withStore(async ({ store, confidential, user }) => {
          const data = codeData();
          const saved = await store.saveAuthorizationCode(data, confidential, user);
          expect(saved).toMatchObject({ authorizationCode: data.authorizationCode });
          expect(saved.client.id).toBe('confidential');
          expect(saved.user).toMatchObject({ username: 'alice' });
          const found = await store.getAuthorizationCode(data.authorizationCode);
          expect(found).toMatchObject({
            authorizationCode: data.authorizationCode,
            redirectUri: 'https://app.example/cb',
            redirectUriSent: true,
            scope: ['read', 'write'],
            codeChallenge: data.codeChallenge,
            codeChallengeMethod: 'S256',
            client: { id: 'confidential' },
            user: { username: 'alice' },
          });
          expect(found!.expiresAt).toBeInstanceOf(Date);
          expect(found!.expiresAt.getTime()).toBe(data.expiresAt.getTime());
        }));

      it('keeps redirectUriSent false, and a code without scope or PKCE has neither', () =>
        withStore(async ({ store, publicClient, user }) => {
          const data: AuthorizationCodeData = {
            authorizationCode: fresh('code'),
            expiresAt: later(),
            redirectUri: 'http://127.0.0.1/cb',
            redirectUriSent: false,
          };
          await store.saveAuthorizationCode(data, publicClient, user);
          const found = await store.getAuthorizationCode(data.authorizationCode);
          expect(found).toBeTruthy();
          expect(found!.redirectUriSent).toBe(false);
          expect(found!.client.id).toBe('public');
          expect(found!.scope).toBeUndefined();
          expect(found!.codeChallenge).toBeUndefined();
          expect(found!.codeChallengeMethod).toBeUndefined();
        }));

      it('keeps the plain PKCE method', () =>
        withStore(async ({ store, confidential, user }) => {
          const data = codeData({ codeChallenge: 'x'.repeat(43), codeChallengeMethod: 'plain' });
          await store.saveAuthorizationCode(data, confidential, user);
          expect(await store.getAuthorizationCode(data.authorizationCode)).toMatchObject({
            codeChallenge: 'x'.repeat(43),
            codeChallengeMethod: 'plain',
          });
        }));

      it('returns nothing for an unknown code', () =>
        withStore(async ({ store }) => {
          expect(await store.getAuthorizationCode('no-such-code')).toBeFalsy();
        }));

      it('revokeAuthorizationCode returns true exactly once, and a consumed code is not returned', () =>
        withStore(async ({ store, confidential, user }) => {
          const data = codeData();
          await store.saveAuthorizationCode(data, confidential, user);
          const code = (await store.getAuthorizationCode(data.authorizationCode))!;
          expect(await store.revokeAuthorizationCode(code)).toBe(true);
          expect(await store.revokeAuthorizationCode(code)).toBe(false);
          expect(await store.getAuthorizationCode(data.authorizationCode)).toBeFalsy();
        }));

      it('revokeAuthorizationCode returns true to exactly one of 50 concurrent callers', () =>
        withStore(async ({ store, confidential, user }) => {
          const data = codeData();
          await store.saveAuthorizationCode(data, confidential, user);
          // Every caller looked the code up before any of them consumed it, as racing token requests do.
          const copies = await Promise.all(
            Array.from({ length: 50 }, async () => store.getAuthorizationCode(data.authorizationCode)),
          );
          const results = await Promise.all(
            copies.map(async (copy) => {
              await new Promise<void>((resolve) => setImmediate(resolve));
              return store.revokeAuthorizationCode(copy!);
            }),
          );
          expect(results.filter((won) => won)).toHaveLength(1);
          expect(await store.getAuthorizationCode(data.authorizationCode)).toBeFalsy();
        }));

      it('revoking a code that was never saved returns false', () =>
        withStore(async ({ store, confidential, user }) => {
          const ghost: AuthorizationCode = { ...codeData(), client: confidential, user };
          expect(await store.revokeAuthorizationCode(ghost)).toBe(false);
        }));

      if (inspect) {
        it('keeps codes as digests only', () =>
          withStore(async ({ store, confidential, user }) => {
            const data = codeData();
            await store.saveAuthorizationCode(data, confidential, user);
            const dump = await inspect(store).dump();
            expect(dump).not.toContain(data.authorizationCode);
            expect(dump).toContain(digest(data.authorizationCode));
          }));
      }
    });

    describe('tokens', () => {
      it('saveToken / getAccessToken round trip', () =>
        withStore(async ({ store, confidential, user }) => {
          const data = tokenData({ scope: ['read', 'write'] });
          const saved = savedToken(await store.saveToken(data, confidential, user));
          expect(saved).toMatchObject({ accessToken: data.accessToken, refreshToken: data.refreshToken });
          expect(saved.client.id).toBe('confidential');
          expect(saved.user).toMatchObject({ username: 'alice' });
          const found = await store.getAccessToken(data.accessToken);
          expect(found).toMatchObject({
            accessToken: data.accessToken,
            scope: ['read', 'write'],
            client: { id: 'confidential' },
            user: { username: 'alice' },
          });
          expect(found!.accessTokenExpiresAt!.getTime()).toBe(data.accessTokenExpiresAt!.getTime());
        }));

      it('a token without a user (client credentials) comes back without one', () =>
        withStore(async ({ store, confidential }) => {
          const data = accessOnly();
          await store.saveToken(data, confidential, undefined);
          const found = await store.getAccessToken(data.accessToken);
          expect(found?.client.id).toBe('confidential');
          expect(found?.user).toBeUndefined();
        }));

      it('saveToken / getRefreshToken round trip', () =>
        withStore(async ({ store, publicClient, user }) => {
          const data = tokenData({ scope: ['read'] });
          await store.saveToken(data, publicClient, user);
          const found = await store.getRefreshToken(data.refreshToken!);
          expect(found).toMatchObject({
            refreshToken: data.refreshToken,
            scope: ['read'],
            client: { id: 'public' },
            user: { username: 'alice' },
          });
          expect(found!.refreshTokenExpiresAt!.getTime()).toBe(data.refreshTokenExpiresAt!.getTime());
          // The two credentials are not interchangeable.
          expect(await store.getAccessToken(data.refreshToken!)).toBeFalsy();
          expect(await store.getRefreshToken(data.accessToken)).toBeFalsy();
        }));

      it('a refresh token keeps its own scope (refreshTokenScope) when the access token was narrowed', () =>
        withStore(async ({ store, confidential, user }) => {
          const data = tokenData({ scope: ['read'], refreshTokenScope: ['read', 'write'] });
          await store.saveToken(data, confidential, user);
          expect((await store.getAccessToken(data.accessToken))?.scope).toEqual(['read']);
          expect((await store.getRefreshToken(data.refreshToken!))?.scope).toEqual(['read', 'write']);
        }));

      it('returns nothing for unknown tokens', () =>
        withStore(async ({ store }) => {
          expect(await store.getAccessToken('no-such-token')).toBeFalsy();
          expect(await store.getRefreshToken('no-such-token')).toBeFalsy();
        }));

      it('revokeToken returns true exactly once, then the refresh token is gone', () =>
        withStore(async ({ store, confidential, user }) => {
          const data = tokenData();
          await store.saveToken(data, confidential, user);
          const refresh = (await store.getRefreshToken(data.refreshToken!))!;
          expect(await store.revokeToken(refresh)).toBe(true);
          expect(await store.revokeToken(refresh)).toBe(false);
          expect(await store.getRefreshToken(data.refreshToken!)).toBeFalsy();
        }));

      it('revokeToken returns true to exactly one of 50 concurrent callers', () =>
        withStore(async ({ store, confidential, user }) => {
          const data = tokenData();
          await store.saveToken(data, confidential, user);
          const copies = await Promise.all(
            Array.from({ length: 50 }, async () => store.getRefreshToken(data.refreshToken!)),
          );
          const results = await Promise.all(
            copies.map(async (copy) => {
              await new Promise<void>((resolve) => setImmediate(resolve));
              return store.revokeToken(copy!);
            }),
          );
          expect(results.filter((won) => won)).toHaveLength(1);
        }));

      it('revokeToken of a token without a refresh token, or of an unknown one, returns false', () =>
        withStore(async ({ store, confidential, user }) => {
          const data = accessOnly();
          const saved = savedToken(await store.saveToken(data, confidential, user));
          expect(await store.revokeToken(saved)).toBe(false);
          expect(await store.revokeToken({ refreshToken: 'never-issued', client: confidential, user })).toBe(
            false,
          );
        }));

      if (inspect) {
        it('keeps tokens as digests only', () =>
          withStore(async ({ store, confidential, user }) => {
            const data = tokenData();
            await store.saveToken(data, confidential, user);
            const dump = await inspect(store).dump();
            expect(dump).not.toContain(data.accessToken);
            expect(dump).not.toContain(data.refreshToken);
            expect(dump).toContain(digest(data.accessToken));
            expect(dump).toContain(digest(data.refreshToken!));
          }));
      }
    });

    describe('grant lifecycle (GrantLifecycleModel)', () => {
      /** A time window around `run`: what a `usedAt` recorded during it must fall in. */
      async function during<T>(run: () => Promise<T>): Promise<{ result: T; from: number; to: number }> {
        const from = Date.now();
        const result = await run();
        return { result, from, to: Date.now() };
      }

      const expectWithin = (date: Date | undefined, window: { from: number; to: number }): void => {
        expect(date).toBeInstanceOf(Date);
        expect(date!.getTime()).toBeGreaterThanOrEqual(window.from);
        expect(date!.getTime()).toBeLessThanOrEqual(window.to);
      };

      it('grantId round trip: code → tokens → refreshed tokens', () =>
        withStore(async ({ store, confidential, user }) => {
          const grantId = fresh('grant');
          const code = codeData({ grantId });
          expect((await store.saveAuthorizationCode(code, confidential, user)).grantId).toBe(grantId);
          expect((await store.getAuthorizationCode(code.authorizationCode))?.grantId).toBe(grantId);
          const first = tokenData({ grantId, authorizationCode: code.authorizationCode });
          expect(savedToken(await store.saveToken(first, confidential, user)).grantId).toBe(grantId);
          expect((await store.getAccessToken(first.accessToken))?.grantId).toBe(grantId);
          expect((await store.getRefreshToken(first.refreshToken!))?.grantId).toBe(grantId);
          // A rotation: the old refresh token is revoked, the new tokens carry the same grant.
          expect(await store.revokeToken((await store.getRefreshToken(first.refreshToken!))!)).toBe(true);
          const refreshed = tokenData({ grantId });
          expect(savedToken(await store.saveToken(refreshed, confidential, user)).grantId).toBe(grantId);
          expect((await store.getAccessToken(refreshed.accessToken))?.grantId).toBe(grantId);
          expect((await store.getRefreshToken(refreshed.refreshToken!))?.grantId).toBe(grantId);
        }));

      it('a code saved without grantId gets one; tokens saved for that code without grantId inherit it', () =>
        withStore(async ({ store, confidential, user }) => {
          const code = codeData();
          const saved = await store.saveAuthorizationCode(code, confidential, user);
          expect(saved.grantId).toEqual(expect.any(String));
          expect((await store.getAuthorizationCode(code.authorizationCode))?.grantId).toBe(saved.grantId);
          const tokens = tokenData({ authorizationCode: code.authorizationCode });
          expect(savedToken(await store.saveToken(tokens, confidential, user)).grantId).toBe(saved.grantId);
          expect((await store.getAccessToken(tokens.accessToken))?.grantId).toBe(saved.grantId);
        }));

      it('tokens saved without grantId or code get a grant of their own', () =>
        withStore(async ({ store, confidential, user }) => {
          const a = savedToken(await store.saveToken(tokenData(), confidential, user));
          const b = savedToken(await store.saveToken(accessOnly(), confidential, undefined));
          expect(a.grantId).toEqual(expect.any(String));
          expect(b.grantId).toEqual(expect.any(String));
          expect(a.grantId).not.toBe(b.grantId);
          expect((await store.getAccessToken(a.accessToken))?.grantId).toBe(a.grantId);
        }));

      it('resource round trip: code, access token, refresh token (its own audience when narrowed)', () =>
        withStore(async ({ store, confidential, user }) => {
          const resource = ['https://cal.example/', 'https://contacts.example/'];
          const code = codeData({ resource });
          await store.saveAuthorizationCode(code, confidential, user);
          expect((await store.getAuthorizationCode(code.authorizationCode))?.resource).toEqual(resource);
          const same = tokenData({ resource });
          await store.saveToken(same, confidential, user);
          expect((await store.getAccessToken(same.accessToken))?.resource).toEqual(resource);
          expect((await store.getRefreshToken(same.refreshToken!))?.resource).toEqual(resource);
          const narrowed = tokenData({ resource: [resource[0]!], refreshTokenResource: resource });
          await store.saveToken(narrowed, confidential, user);
          expect((await store.getAccessToken(narrowed.accessToken))?.resource).toEqual([resource[0]]);
          expect((await store.getRefreshToken(narrowed.refreshToken!))?.resource).toEqual(resource);
          const none = tokenData();
          await store.saveToken(none, confidential, user);
          expect((await store.getAccessToken(none.accessToken))?.resource).toBeUndefined();
          expect((await store.getRefreshToken(none.refreshToken!))?.resource).toBeUndefined();
          const plainCode = codeData();
          await store.saveAuthorizationCode(plainCode, confidential, user);
          expect((await store.getAuthorizationCode(plainCode.authorizationCode))?.resource).toBeUndefined();
        }));

      it("revokeGrant revokes the grant's codes, access tokens and refresh tokens, and only those", () =>
        withStore(async ({ store, confidential, publicClient, user }) => {
          const grantId = fresh('grant');
          const otherGrant = fresh('grant');
          const code = codeData({ grantId });
          const otherCode = codeData({ grantId: otherGrant });
          await store.saveAuthorizationCode(code, confidential, user);
          await store.saveAuthorizationCode(otherCode, confidential, user);
          const first = tokenData({ grantId });
          const second = tokenData({ grantId });
          const kept = tokenData({ grantId: otherGrant });
          const unrelated = tokenData();
          await store.saveToken(first, confidential, user);
          await store.saveToken(second, confidential, user);
          await store.saveToken(kept, confidential, user);
          await store.saveToken(unrelated, publicClient, user);

          await store.revokeGrant(grantId);

          expect(await store.getAuthorizationCode(code.authorizationCode)).toBeFalsy();
          for (const tokens of [first, second]) {
            expect(await store.getAccessToken(tokens.accessToken)).toBeFalsy();
            expect(await store.getRefreshToken(tokens.refreshToken!)).toBeFalsy();
          }
          expect((await store.getAuthorizationCode(otherCode.authorizationCode))?.grantId).toBe(otherGrant);
          for (const tokens of [kept, unrelated]) {
            expect(await store.getAccessToken(tokens.accessToken)).toBeTruthy();
            expect(await store.getRefreshToken(tokens.refreshToken!)).toBeTruthy();
          }
          // A grant revoked twice, or one never seen, is no error.
          await store.revokeGrant(grantId);
          await store.revokeGrant(fresh('never-issued'));
        }));

      it('a code of a revoked grant cannot be consumed', () =>
        withStore(async ({ store, confidential, user }) => {
          const grantId = fresh('grant');
          const code = codeData({ grantId });
          await store.saveAuthorizationCode(code, confidential, user);
          const copy = (await store.getAuthorizationCode(code.authorizationCode))!;
          await store.revokeGrant(grantId);
          expect(await store.revokeAuthorizationCode(copy)).toBe(false);
        }));

      it('saveToken for a revoked grant saves nothing and returns false', () =>
        withStore(async ({ store, confidential, user }) => {
          const grantId = fresh('grant');
          await store.saveToken(tokenData({ grantId }), confidential, user);
          await store.revokeGrant(grantId);
          const late = tokenData({ grantId });
          expect(await store.saveToken(late, confidential, user)).toBe(false);
          expect(await store.getAccessToken(late.accessToken)).toBeFalsy();
          expect(await store.getRefreshToken(late.refreshToken!)).toBeFalsy();
          // Nor through the code of that grant.
          const code = codeData({ grantId });
          await store.saveAuthorizationCode(code, confidential, user);
          const viaCode = tokenData({ authorizationCode: code.authorizationCode });
          expect(await store.saveToken(viaCode, confidential, user)).toBe(false);
          expect(await store.getAccessToken(viaCode.accessToken)).toBeFalsy();
        }));

      it('getUsedAuthorizationCode returns a consumed code with its grant and usedAt, nothing after revokeGrant', () =>
        withStore(async ({ store, confidential, user }) => {
          const grantId = fresh('grant');
          const code = codeData({ grantId, resource: ['https://cal.example/'] });
          await store.saveAuthorizationCode(code, confidential, user);
          expect(await store.getUsedAuthorizationCode('no-such-code')).toBeFalsy();
          // Not used yet: not a used code.
          expect(await store.getUsedAuthorizationCode(code.authorizationCode)).toBeFalsy();
          const copy = (await store.getAuthorizationCode(code.authorizationCode))!;
          const window = await during(async () => store.revokeAuthorizationCode(copy));
          expect(window.result).toBe(true);
          const used = await store.getUsedAuthorizationCode(code.authorizationCode);
          expect(used).toMatchObject({
            authorizationCode: code.authorizationCode,
            grantId,
            redirectUri: code.redirectUri,
            redirectUriSent: true,
            scope: code.scope,
            codeChallenge: code.codeChallenge,
            codeChallengeMethod: 'S256',
            resource: ['https://cal.example/'],
            client: { id: 'confidential' },
            user: { username: 'alice' },
          });
          expectWithin(used?.usedAt, window);
          // Used, it is still not returned as a live code.
          expect(await store.getAuthorizationCode(code.authorizationCode)).toBeFalsy();
          await store.revokeGrant(grantId);
          expect(await store.getUsedAuthorizationCode(code.authorizationCode)).toBeFalsy();
        }));

      it('getUsedRefreshToken returns a rotated token with its grant and usedAt, nothing after revokeGrant', () =>
        withStore(async ({ store, confidential, user }) => {
          const grantId = fresh('grant');
          const data = tokenData({ grantId, scope: ['read', 'write'], resource: ['https://cal.example/'] });
          await store.saveToken(data, confidential, user);
          expect(await store.getUsedRefreshToken('no-such-token')).toBeFalsy();
          // A live refresh token is not a used one.
          expect(await store.getUsedRefreshToken(data.refreshToken!)).toBeFalsy();
          const live = (await store.getRefreshToken(data.refreshToken!))!;
          const window = await during(async () => store.revokeToken(live));
          expect(window.result).toBe(true);
          const used = await store.getUsedRefreshToken(data.refreshToken!);
          expect(used).toMatchObject({
            refreshToken: data.refreshToken,
            grantId,
            scope: ['read', 'write'],
            resource: ['https://cal.example/'],
            client: { id: 'confidential' },
            user: { username: 'alice' },
          });
          expectWithin(used?.usedAt, window);
          expect(used?.refreshTokenExpiresAt?.getTime()).toBe(data.refreshTokenExpiresAt!.getTime());
          expect(await store.getRefreshToken(data.refreshToken!)).toBeFalsy();
          await store.revokeGrant(grantId);
          expect(await store.getUsedRefreshToken(data.refreshToken!)).toBeFalsy();
        }));

      it('a refresh token revoked with its grant, never rotated, is not a used one', () =>
        withStore(async ({ store, confidential, user }) => {
          const grantId = fresh('grant');
          const data = tokenData({ grantId });
          await store.saveToken(data, confidential, user);
          await store.revokeGrant(grantId);
          expect(await store.getUsedRefreshToken(data.refreshToken!)).toBeFalsy();
        }));

      it('revokeAccessToken revokes the access token once; its refresh token stays', () =>
        withStore(async ({ store, confidential, user }) => {
          const data = tokenData();
          await store.saveToken(data, confidential, user);
          const token = (await store.getAccessToken(data.accessToken))!;
          expect(await store.revokeAccessToken(token)).toBe(true);
          expect(await store.getAccessToken(data.accessToken)).toBeFalsy();
          expect(await store.revokeAccessToken(token)).toBe(false);
          expect((await store.getRefreshToken(data.refreshToken!))?.refreshToken).toBe(data.refreshToken);
          const ghost: Token = { accessToken: 'never-issued', client: confidential };
          expect(await store.revokeAccessToken(ghost)).toBe(false);
        }));

      it("validateResource grants what the client's registered resources allow, and nothing beyond", () =>
        withStore(async ({ store, confidential, user }) => {
          await store.addClient({
            id: 'audience-bound',
            secret: 'audience-secret',
            grants: ['client_credentials'],
            resources: ['https://cal.example/', 'https://contacts.example/'],
          });
          const bound = (await store.getClient('audience-bound', null))!;
          expect(bound).not.toHaveProperty('resources');
          expect(await store.validateResource(['https://cal.example/'], bound, user)).toEqual([
            'https://cal.example/',
          ]);
          expect(
            await store.validateResource(
              ['https://contacts.example/', 'https://cal.example/'],
              bound,
              undefined,
            ),
          ).toEqual(['https://contacts.example/', 'https://cal.example/']);
          expect(
            await store.validateResource(['https://cal.example/', 'https://api.example/'], bound, user),
          ).toBeFalsy();
          expect(await store.validateResource(['https://cal.example'], bound, user)).toBeFalsy();
          // A client registered without resources is not limited.
          expect(await store.validateResource(['https://anything.example/'], confidential, user)).toEqual([
            'https://anything.example/',
          ]);
        }));
    });

    describe('secrets', () => {
      it('secret(key) creates a random value once and keeps it', () =>
        withStore(async ({ store }) => {
          const a = await store.secret('session-key');
          expect(a).toMatch(/^[0-9a-f]{64}$/);
          expect(await store.secret('session-key')).toBe(a);
          expect(await store.secret('other-key')).not.toBe(a);
        }));
    });
  });
}

/**
 * What a store shared by several processes promises on top of the Model contract, tested through two separate
 * connections (pools, clients) to the same data: single use and rotation decided once across both, no token
 * surviving a grant revoked from the other side while it was being saved, one session secret for all.
 */
export function describeSharedStoreContract<S extends ContractStore & { close(): Promise<void> }>(
  name: string,
  openPair: () => Promise<[S, S]>,
): void {
  async function withPair(run: (a: S, b: S, client: Client, user: User) => Promise<void>): Promise<void> {
    const [a, b] = await openPair();
    try {
      const client = await a.addClient({
        id: 'shared-app',
        secret: 'shared-app-secret',
        grants: ['authorization_code', 'refresh_token'],
        redirectUris: ['https://app.example/cb'],
      });
      await a.addUser({ username: 'alice', password: PASSWORD });
      await run(a, b, client, { username: 'alice' });
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  }

  describe(`shared store contract: ${name}`, () => {
    it('a code is consumed once, whichever of two connections redeems it', () =>
      withPair(async (a, b, client, user) => {
        for (let i = 0; i < 10; i++) {
          const saved = await a.saveAuthorizationCode(codeData(), client, user);
          const results = await Promise.all([
            a.revokeAuthorizationCode(saved),
            b.revokeAuthorizationCode(saved),
            a.revokeAuthorizationCode(saved),
            b.revokeAuthorizationCode(saved),
          ]);
          expect(results.filter(Boolean)).toHaveLength(1);
        }
      }));

    it('a refresh token is rotated once, whichever of two connections rotates it', () =>
      withPair(async (a, b, client, user) => {
        for (let i = 0; i < 10; i++) {
          const saved = savedToken(await a.saveToken(tokenData({ grantId: fresh('grant') }), client, user));
          const results = await Promise.all([
            a.revokeToken(saved),
            b.revokeToken(saved),
            a.revokeToken(saved),
            b.revokeToken(saved),
          ]);
          expect(results.filter(Boolean)).toHaveLength(1);
        }
      }));

    it('no token survives a grant revoked from the other connection while it was being saved', () =>
      withPair(async (a, b, client, user) => {
        for (let i = 0; i < 25; i++) {
          const grantId = fresh('race');
          const issued = tokenData({ grantId });
          await Promise.all([a.saveToken(issued, client, user), b.revokeGrant(grantId)]);
          // Either refused, or saved and then revoked with its grant: never usable.
          expect(await a.getAccessToken(issued.accessToken)).toBeFalsy();
          expect(await b.getRefreshToken(issued.refreshToken!)).toBeFalsy();
        }
      }));

    it('one session secret for every connection: the first one to ask creates it', () =>
      withPair(async (a, b) => {
        const [x, y] = await Promise.all([a.secret('session-key'), b.secret('session-key')]);
        expect(x).toBe(y);
        expect(x.length).toBeGreaterThanOrEqual(32);
        expect(await b.secret('session-key')).toBe(x);
      }));
  });
}
