/**
 * A Model on Redis (ioredis, an optional peer dependency): a shared store for several server processes, with
 * codes and tokens expiring on their own. The same rules as the other stores — secrets, codes and tokens kept as
 * SHA-256 digests, passwords hashed with scrypt — with every decision that must be atomic made in one Lua script:
 *
 * - consuming a code or rotating a refresh token sets its `revoked` field only if unset: exactly one caller wins,
 *   and the entry stays (with `used`) as a tombstone for reuse detection;
 * - saving tokens for a grant checks the grant's revocation marker in the same script that writes them, and
 *   revoking a grant sets the marker and revokes every member in one script, so no token survives a replay;
 * - codes and tokens expire `retention` after their own expiry (a day by default), tombstones included.
 *
 * Key layout, under `prefix` (default `oauth2:`): `client:{id}` and `user:{name}` (JSON), `clients` (the ids),
 * `code:{digest}`, `at:{digest}`, `rt:{digest}` (hashes: `data`, `revoked`, `used`), `grant:{id}` (the keys of a
 * grant), `revoked:{grant}` (the marker), `client-keys:{id}` and `user-keys:{name}` (what to delete with an owner),
 * `meta:{key}`. Scripts touch keys they find in a grant's set, so a Redis Cluster is not supported: use one
 * primary (with replicas or Sentinel).
 *
 * ```js
 * import { RedisStore } from 'oauth2-contract/stores/redis';
 * const store = await RedisStore.connect({ url: process.env.REDIS_URL });
 * const server = new OAuth2Server({ model: store });
 * ```
 */
import { Redis } from 'ioredis';
import type {
  AuthorizationCode,
  AuthorizationCodeData,
  AuthorizationCodeModel,
  Client,
  ClientCredentialsModel,
  GrantLifecycleModel,
  PasswordModel,
  RefreshToken,
  RefreshTokenModel,
  RequestAuthenticationModel,
  Token,
  TokenData,
  UsedEntity,
  User,
} from '../model.js';
import { newGrantId, randomToken } from '../secrets.js';
import {
  DUMMY_PASSWORD_HASH,
  digest,
  hashPassword,
  verifyClientSecret,
  verifyPassword,
} from './credentials.js';
import type { ClientRegistration, UserRegistration } from './memory.js';
import type { ClientSummary } from './sqlite.js';

export interface RedisStoreOptions {
  /** A connection the application owns (not closed by `close()`), or else `url`. */
  redis?: Redis | undefined;
  /** `redis://…` (default `redis://127.0.0.1:6379`); ignored when `redis` is given. */
  url?: string | undefined;
  /** Prefix of every key (default `oauth2:`). */
  prefix?: string | undefined;
  /** How long codes and tokens are kept after they expire, as tombstones for reuse detection (ms; one day). */
  retention?: number | undefined;
}

/** Consumes an entry: sets `revoked` (and `used`) only if the entry exists and `revoked` is unset. */
const CONSUME = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
if redis.call('HSETNX', KEYS[1], 'revoked', ARGV[1]) == 0 then return 0 end
if ARGV[2] == '1' then redis.call('HSET', KEYS[1], 'used', ARGV[1]) end
return 1`;

/**
 * Saves entries of a grant, refusing when the grant is revoked if ARGV[1] is '1' (tokens; a code is saved anyway,
 * so tokens asked for with it find its revoked grant). KEYS: marker, grant set, client keys, user keys (or the
 * grant set again), then the entries; ARGV: the flag, then per entry its data and its expiry (ms, or '').
 */
const SAVE = `
if ARGV[1] == '1' and redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
for i = 5, #KEYS do
  local data = ARGV[(i - 5) * 2 + 2]
  local expires = ARGV[(i - 5) * 2 + 3]
  redis.call('HSET', KEYS[i], 'data', data)
  if expires ~= '' then redis.call('PEXPIREAT', KEYS[i], expires) end
  redis.call('SADD', KEYS[2], KEYS[i])
  redis.call('SADD', KEYS[3], KEYS[i])
  redis.call('SADD', KEYS[4], KEYS[i])
end
return 1`;

/** Revokes a grant: the marker, then every entry of the grant that still exists. */
const REVOKE_GRANT = `
redis.call('SET', KEYS[1], ARGV[1])
for _, key in ipairs(redis.call('SMEMBERS', KEYS[2])) do
  if redis.call('EXISTS', key) == 1 then redis.call('HSETNX', key, 'revoked', ARGV[1]) end
end
return 1`;

interface Scripts {
  oauthConsume(key: string, now: number, used: '0' | '1'): Promise<number>;
  oauthSave(...args: (string | number)[]): Promise<number>;
  oauthRevokeGrant(marker: string, grantSet: string, now: number): Promise<number>;
}

interface StoredClient {
  client: Client;
  secretDigest: string | null;
  scopes: string[] | null;
  resources: string[] | null;
  createdAt: number;
}

interface CodeData {
  grantId: string;
  clientId: string;
  username: string;
  redirectUri: string;
  redirectUriSent: boolean;
  scope?: string[];
  resource?: string[];
  codeChallenge?: string;
  codeChallengeMethod?: 'S256' | 'plain';
  expiresAt: number;
}

interface TokenEntry {
  grantId: string;
  clientId: string;
  username?: string;
  scope?: string[];
  resource?: string[];
  expiresAt?: number;
  issuedAt: number;
}

/** A stored hash: its data and the times it was revoked and used. */
interface Entry<T> {
  data: T;
  revoked: number | undefined;
  used: number | undefined;
}

function entry<T>(hash: Record<string, string>): Entry<T> | undefined {
  if (hash['data'] === undefined) return undefined;
  return {
    data: JSON.parse(hash['data']) as T,
    revoked: hash['revoked'] === undefined ? undefined : Number(hash['revoked']),
    used: hash['used'] === undefined ? undefined : Number(hash['used']),
  };
}

export class RedisStore
  implements
    AuthorizationCodeModel,
    RefreshTokenModel,
    PasswordModel,
    ClientCredentialsModel,
    RequestAuthenticationModel,
    GrantLifecycleModel
{
  readonly redis: Redis;
  readonly #scripts: Scripts;
  readonly #prefix: string;
  readonly #retention: number;
  readonly #ownsConnection: boolean;
  /** The limits of the clients this store returned, so validateScope and validateResource need no lookup. */
  readonly #limits = new WeakMap<Client, { scopes: string[] | null; resources: string[] | null }>();

  private constructor(redis: Redis, options: RedisStoreOptions, ownsConnection: boolean) {
    this.redis = redis;
    this.#prefix = options.prefix ?? 'oauth2:';
    this.#retention = options.retention ?? 24 * 3600 * 1000;
    this.#ownsConnection = ownsConnection;
    redis.defineCommand('oauthConsume', { numberOfKeys: 1, lua: CONSUME });
    redis.defineCommand('oauthSave', { lua: SAVE });
    redis.defineCommand('oauthRevokeGrant', { numberOfKeys: 2, lua: REVOKE_GRANT });
    this.#scripts = redis as unknown as Scripts;
  }

  /** Connects (or takes the given connection) and checks that Redis answers. */
  static async connect(options: RedisStoreOptions = {}): Promise<RedisStore> {
    const redis = options.redis ?? new Redis(options.url ?? 'redis://127.0.0.1:6379', { lazyConnect: true });
    const store = new RedisStore(redis, options, !options.redis);
    try {
      if (!options.redis) await redis.connect();
      await redis.ping();
    } catch (error) {
      if (store.#ownsConnection) redis.disconnect();
      throw error;
    }
    return store;
  }

  #key(kind: string, id: string): string {
    return `${this.#prefix}${kind}:${id}`;
  }

  /** Closes the connection, if this store opened it. */
  async close(): Promise<void> {
    if (this.#ownsConnection) await this.redis.quit();
  }

  /** Rejects when Redis does not answer (for `/health`). */
  async ping(): Promise<void> {
    await this.redis.ping();
  }

  /** A value kept in Redis (a session-signing key shared by every process), created on first use. */
  async secret(key: string): Promise<string> {
    const name = this.#key('meta', key);
    await this.redis.set(name, randomToken(), 'NX');
    return (await this.redis.get(name))!;
  }

  // --- Administration -----------------------------------------------------------------------------------------

  async addClient(registration: ClientRegistration): Promise<Client> {
    const { secret, scopes, resources, ...client } = registration;
    const stored: StoredClient = {
      client: { ...client, redirectUris: (client.redirectUris as string[] | undefined) ?? [] },
      secretDigest: secret === undefined ? null : digest(secret),
      scopes: scopes ?? null,
      resources: resources ?? null,
      createdAt: Date.now(),
    };
    const added = await this.redis.set(this.#key('client', client.id), JSON.stringify(stored), 'NX');
    if (added !== 'OK') throw new Error(`a client with id ${JSON.stringify(client.id)} exists`);
    await this.redis.sadd(`${this.#prefix}clients`, client.id);
    return this.#client(stored);
  }

  /** Replaces a client's registered redirect URIs. */
  async setRedirectUris(id: string, redirectUris: readonly string[]): Promise<boolean> {
    const stored = await this.#stored(id);
    if (!stored) return false;
    stored.client.redirectUris = [...redirectUris];
    await this.redis.set(this.#key('client', id), JSON.stringify(stored), 'XX');
    return true;
  }

  async listClients(): Promise<ClientSummary[]> {
    const ids = (await this.redis.smembers(`${this.#prefix}clients`)).sort();
    const found: ClientSummary[] = [];
    for (const id of ids) {
      const stored = await this.#stored(id);
      if (!stored) continue;
      found.push({
        ...this.#client(stored),
        confidential: stored.secretDigest !== null,
        createdAt: new Date(stored.createdAt),
      });
    }
    return found;
  }

  /** Deletes the keys an owner set lists, and the set. */
  async #deleteOwned(ownerSet: string): Promise<void> {
    const keys = await this.redis.smembers(ownerSet);
    for (let i = 0; i < keys.length; i += 500) await this.redis.del(...keys.slice(i, i + 500));
    await this.redis.del(ownerSet);
  }

  /** Removes a client with its codes and tokens. */
  async removeClient(id: string): Promise<boolean> {
    await this.#deleteOwned(this.#key('client-keys', id));
    await this.redis.srem(`${this.#prefix}clients`, id);
    return (await this.redis.del(this.#key('client', id))) === 1;
  }

  async addUser(registration: UserRegistration): Promise<User> {
    const hash = await hashPassword(registration.password);
    const added = await this.redis.set(
      this.#key('user', registration.username),
      JSON.stringify({ passwordHash: hash, createdAt: Date.now() }),
      'NX',
    );
    if (added !== 'OK') throw new Error(`a user named ${JSON.stringify(registration.username)} exists`);
    return { username: registration.username };
  }

  async hasUser(username: string): Promise<boolean> {
    return (await this.redis.exists(this.#key('user', username))) === 1;
  }

  /** Removes a user with their codes and tokens. */
  async removeUser(username: string): Promise<boolean> {
    await this.#deleteOwned(this.#key('user-keys', username));
    return (await this.redis.del(this.#key('user', username))) === 1;
  }

  /**
   * Redis expires codes and tokens itself; this drops what points at them: members of the grant and owner sets
   * whose keys are gone, and the revocation markers of grants with nothing left. Returns how many members went.
   */
  async purgeExpired(): Promise<number> {
    let removed = 0;
    for (const kind of ['grant', 'client-keys', 'user-keys']) {
      let cursor = '0';
      do {
        const [next, sets] = await this.redis.scan(cursor, 'MATCH', `${this.#prefix}${kind}:*`, 'COUNT', 200);
        cursor = next;
        for (const set of sets) {
          const members = await this.redis.smembers(set);
          const exists = await Promise.all(members.map((key) => this.redis.exists(key)));
          const gone = members.filter((_, i) => exists[i] === 0);
          if (gone.length > 0) removed += await this.redis.srem(set, ...gone);
          if (kind === 'grant' && gone.length === members.length) {
            await this.redis.del(set, `${this.#prefix}revoked:${set.slice(`${this.#prefix}grant:`.length)}`);
          }
        }
      } while (cursor !== '0');
    }
    return removed;
  }

  // --- Model ----------------------------------------------------------------------------------------------------

  async #stored(clientId: string): Promise<StoredClient | undefined> {
    const text = await this.redis.get(this.#key('client', clientId));
    return text === null ? undefined : (JSON.parse(text) as StoredClient);
  }

  #client(stored: StoredClient): Client {
    const client: Client = { ...stored.client };
    this.#limits.set(client, { scopes: stored.scopes, resources: stored.resources });
    return client;
  }

  async #limitsOf(client: Client): Promise<{ scopes: string[] | null; resources: string[] | null }> {
    const known = this.#limits.get(client);
    if (known) return known;
    const stored = await this.#stored(client.id);
    return stored ?? { scopes: null, resources: null };
  }

  async getClient(clientId: string, clientSecret: string | null): Promise<Client | undefined> {
    const stored = await this.#stored(clientId);
    if (!stored) return undefined;
    if (
      clientSecret !== null &&
      (!stored.secretDigest || !verifyClientSecret(clientSecret, stored.secretDigest))
    ) {
      return undefined;
    }
    return this.#client(stored);
  }

  async getUser(username: string, password: string): Promise<User | undefined> {
    const text = await this.redis.get(this.#key('user', username));
    const stored = text === null ? undefined : (JSON.parse(text) as { passwordHash: string });
    // An unknown user costs the same scrypt as a wrong password: timing does not tell which users exist.
    const valid = await verifyPassword(password, stored?.passwordHash ?? DUMMY_PASSWORD_HASH);
    return stored && valid ? { username } : undefined;
  }

  async validateScope(
    _user: User | undefined,
    client: Client,
    scope: string[] | undefined,
  ): Promise<string[] | false> {
    const allowed = (await this.#limitsOf(client)).scopes;
    if (!allowed) return scope ?? [];
    if (!scope) return allowed;
    return scope.every((s) => allowed.includes(s)) ? scope : false;
  }

  async validateResource(resource: string[], client: Client): Promise<string[] | false> {
    const allowed = (await this.#limitsOf(client)).resources;
    return !allowed || resource.every((r) => allowed.includes(r)) ? resource : false;
  }

  /** Writes entries of a grant unless it is revoked; `false` when it is. */
  async #save(
    grantId: string,
    clientId: string,
    username: string | undefined,
    entries: { key: string; data: unknown; expiresAt: number | undefined }[],
    unlessRevoked: boolean,
  ): Promise<boolean> {
    const grantSet = this.#key('grant', grantId);
    const keys = [
      this.#key('revoked', grantId),
      grantSet,
      this.#key('client-keys', clientId),
      username === undefined ? grantSet : this.#key('user-keys', username),
      ...entries.map((e) => e.key),
    ];
    const args = [unlessRevoked ? '1' : '0'];
    args.push(
      ...entries.flatMap((e) => [
        JSON.stringify(e.data),
        e.expiresAt === undefined ? '' : String(e.expiresAt + this.#retention),
      ]),
    );
    return (await this.#scripts.oauthSave(keys.length, ...keys, ...args)) === 1;
  }

  async saveAuthorizationCode(
    code: AuthorizationCodeData,
    client: Client,
    user: User,
  ): Promise<AuthorizationCode> {
    const grantId = code.grantId ?? newGrantId();
    const data: CodeData = {
      grantId,
      clientId: client.id,
      username: String(user.username),
      redirectUri: code.redirectUri,
      redirectUriSent: code.redirectUriSent,
      expiresAt: code.expiresAt.getTime(),
    };
    if (code.scope) data.scope = code.scope;
    if (code.resource) data.resource = code.resource;
    if (code.codeChallenge) data.codeChallenge = code.codeChallenge;
    if (code.codeChallengeMethod) data.codeChallengeMethod = code.codeChallengeMethod;
    const key = this.#key('code', digest(code.authorizationCode));
    await this.#save(grantId, client.id, data.username, [{ key, data, expiresAt: data.expiresAt }], false);
    return { ...code, grantId, client, user };
  }

  async #code(
    authorizationCode: string,
  ): Promise<{ code: AuthorizationCode; stored: Entry<CodeData> } | undefined> {
    const stored = entry<CodeData>(await this.redis.hgetall(this.#key('code', digest(authorizationCode))));
    if (!stored) return undefined;
    const client = await this.getClient(stored.data.clientId, null);
    if (!client) return undefined;
    const { data } = stored;
    const code: AuthorizationCode = {
      authorizationCode,
      grantId: data.grantId,
      expiresAt: new Date(data.expiresAt),
      redirectUri: data.redirectUri,
      redirectUriSent: data.redirectUriSent,
      client,
      user: { username: data.username },
    };
    if (data.scope) code.scope = data.scope;
    if (data.resource) code.resource = data.resource;
    if (data.codeChallenge) code.codeChallenge = data.codeChallenge;
    if (data.codeChallengeMethod) code.codeChallengeMethod = data.codeChallengeMethod;
    return { code, stored };
  }

  async getAuthorizationCode(authorizationCode: string): Promise<AuthorizationCode | undefined> {
    const found = await this.#code(authorizationCode);
    return found && found.stored.revoked === undefined ? found.code : undefined;
  }

  /** Consumes a code: `true` to exactly one caller, however many processes redeem it at once. */
  async revokeAuthorizationCode(code: AuthorizationCode): Promise<boolean> {
    const key = this.#key('code', digest(code.authorizationCode));
    return (await this.#scripts.oauthConsume(key, Date.now(), '1')) === 1;
  }

  async #grantRevoked(grantId: string): Promise<boolean> {
    return (await this.redis.exists(this.#key('revoked', grantId))) === 1;
  }

  async getUsedAuthorizationCode(
    authorizationCode: string,
  ): Promise<(AuthorizationCode & UsedEntity) | undefined> {
    const found = await this.#code(authorizationCode);
    if (!found || found.stored.used === undefined || (await this.#grantRevoked(found.code.grantId!))) {
      return undefined;
    }
    return { ...found.code, grantId: found.stored.data.grantId, usedAt: new Date(found.stored.used) };
  }

  /** Saves tokens; a grant revoked meanwhile (a concurrent replay) gets none, and the call answers `false`. */
  async saveToken(token: TokenData, client: Client, user: User | undefined): Promise<Token | false> {
    let grantId = token.grantId;
    if (grantId === undefined && token.authorizationCode) {
      const stored = entry<CodeData>(
        await this.redis.hgetall(this.#key('code', digest(token.authorizationCode))),
      );
      grantId = stored?.data.grantId;
    }
    grantId ??= newGrantId();
    const issuedAt = Date.now();
    const username = user === undefined ? undefined : String(user.username);
    const base: TokenEntry = { grantId, clientId: client.id, issuedAt };
    if (username !== undefined) base.username = username;
    const access: TokenEntry = { ...base };
    if (token.scope) access.scope = token.scope;
    if (token.resource) access.resource = token.resource;
    if (token.accessTokenExpiresAt) access.expiresAt = token.accessTokenExpiresAt.getTime();
    const entries = [
      { key: this.#key('at', digest(token.accessToken)), data: access, expiresAt: access.expiresAt },
    ];
    if (token.refreshToken) {
      const refresh: TokenEntry = { ...base };
      const scope = token.refreshTokenScope ?? token.scope;
      if (scope) refresh.scope = scope;
      const resource = token.refreshTokenResource ?? token.resource;
      if (resource) refresh.resource = resource;
      if (token.refreshTokenExpiresAt) refresh.expiresAt = token.refreshTokenExpiresAt.getTime();
      entries.push({
        key: this.#key('rt', digest(token.refreshToken)),
        data: refresh,
        expiresAt: refresh.expiresAt,
      });
    }
    if (!(await this.#save(grantId, client.id, username, entries, true))) return false;
    const saved: Token = { ...token, grantId, client, issuedAt: new Date(issuedAt) };
    if (user !== undefined) saved.user = user;
    return saved;
  }

  /** A token entry with its client (`undefined` when the client is gone). */
  async #token(
    kind: 'at' | 'rt',
    value: string,
  ): Promise<{ stored: Entry<TokenEntry>; client: Client } | undefined> {
    const stored = entry<TokenEntry>(await this.redis.hgetall(this.#key(kind, digest(value))));
    if (!stored) return undefined;
    const client = await this.getClient(stored.data.clientId, null);
    return client && { stored, client };
  }

  async getAccessToken(accessToken: string): Promise<Token | undefined> {
    const found = await this.#token('at', accessToken);
    if (!found || found.stored.revoked !== undefined) return undefined;
    const { data } = found.stored;
    const token: Token = {
      accessToken,
      grantId: data.grantId,
      client: found.client,
      issuedAt: new Date(data.issuedAt),
    };
    if (data.expiresAt !== undefined) token.accessTokenExpiresAt = new Date(data.expiresAt);
    if (data.scope) token.scope = data.scope;
    if (data.resource) token.resource = data.resource;
    if (data.username !== undefined) token.user = { username: data.username };
    return token;
  }

  #refreshToken(refreshToken: string, stored: Entry<TokenEntry>, client: Client): RefreshToken {
    const { data } = stored;
    const token: RefreshToken = {
      refreshToken,
      grantId: data.grantId,
      client,
      issuedAt: new Date(data.issuedAt),
    };
    if (data.expiresAt !== undefined) token.refreshTokenExpiresAt = new Date(data.expiresAt);
    if (data.scope) token.scope = data.scope;
    if (data.resource) token.resource = data.resource;
    if (data.username !== undefined) token.user = { username: data.username };
    return token;
  }

  async getRefreshToken(refreshToken: string): Promise<RefreshToken | undefined> {
    const found = await this.#token('rt', refreshToken);
    if (!found || found.stored.revoked !== undefined) return undefined;
    return this.#refreshToken(refreshToken, found.stored, found.client);
  }

  /** Rotates a refresh token: `true` to exactly one caller; the entry stays as a tombstone. */
  async revokeToken(token: RefreshToken | Token): Promise<boolean> {
    if (!token.refreshToken) return false;
    const key = this.#key('rt', digest(token.refreshToken));
    return (await this.#scripts.oauthConsume(key, Date.now(), '1')) === 1;
  }

  async getUsedRefreshToken(refreshToken: string): Promise<(RefreshToken & UsedEntity) | undefined> {
    const found = await this.#token('rt', refreshToken);
    if (!found || found.stored.used === undefined || (await this.#grantRevoked(found.stored.data.grantId))) {
      return undefined;
    }
    return {
      ...this.#refreshToken(refreshToken, found.stored, found.client),
      grantId: found.stored.data.grantId,
      usedAt: new Date(found.stored.used),
    };
  }

  async revokeAccessToken(token: Token): Promise<boolean> {
    const key = this.#key('at', digest(token.accessToken));
    return (await this.#scripts.oauthConsume(key, Date.now(), '0')) === 1;
  }

  /** Revokes every code and token of a grant, in one script. */
  async revokeGrant(grantId: string): Promise<boolean> {
    await this.#scripts.oauthRevokeGrant(
      this.#key('revoked', grantId),
      this.#key('grant', grantId),
      Date.now(),
    );
    return true;
  }
}
