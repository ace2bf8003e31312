/**
 * An in-memory Model: every Model function, for tests, examples and single-process development servers.
 * Nothing survives a restart. Secrets are kept as digests and passwords hashed, as in the persistent stores, and
 * single use is atomic: JavaScript runs the check and the update of `revokeAuthorizationCode` and `revokeToken`
 * without an `await` in between. Used codes and rotated refresh tokens are kept as tombstones, so a replay can
 * revoke its whole grant.
 */
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

/** A client to register. `secret` is given in clear and kept as a digest; public clients have none. */
export interface ClientRegistration extends Omit<Client, 'id' | 'grants'> {
  id: string;
  secret?: string | undefined;
  grants: string[];
  /** The scopes the client may be granted; unlimited when absent. */
  scopes?: string[] | undefined;
  /** The resources (RFC 8707) the client's tokens may be for; unlimited when absent. */
  resources?: string[] | undefined;
}

/** A user to register; `password` is given in clear and kept hashed. */
export interface UserRegistration {
  username: string;
  password: string;
  [key: string]: unknown;
}

interface StoredClient {
  client: Client;
  secretDigest: string | undefined;
  scopes: string[] | undefined;
  resources: string[] | undefined;
}

interface StoredCode extends AuthorizationCodeData {
  grantId: string;
  client: Client;
  user: User;
  usedAt: Date | undefined;
}

/** One issuance: an access token and, maybe, its refresh token, each revocable on its own. */
interface StoredToken {
  token: TokenData & { grantId: string };
  client: Client;
  user: User | undefined;
  issuedAt: Date;
  accessRevoked: boolean;
  refreshRevoked: boolean;
  /** When the refresh token was rotated (a tombstone for reuse detection). */
  rotatedAt: Date | undefined;
}

type Owned = { client: Client; user?: User | undefined };

/**
 * A deep-frozen copy of a client (the client itself when already frozen). Lookups hand the stored object out
 * without copying it — a copy per token lookup was a measurable share of the authenticate path — and nothing
 * can change it through them.
 */
function frozen<T extends object>(value: T): T {
  if (Object.isFrozen(value)) return value;
  const copy = structuredClone(value);
  const freeze = (item: unknown): void => {
    if (item === null || typeof item !== 'object' || Object.isFrozen(item)) return;
    for (const child of Object.values(item)) freeze(child);
    Object.freeze(item);
  };
  freeze(copy);
  return copy;
}

export class MemoryStore
  implements
    AuthorizationCodeModel,
    RefreshTokenModel,
    PasswordModel,
    ClientCredentialsModel,
    RequestAuthenticationModel,
    GrantLifecycleModel
{
  readonly #clients = new Map<string, StoredClient>();
  readonly #users = new Map<string, { user: User; passwordHash: string }>();
  readonly #codes = new Map<string, StoredCode>();
  readonly #accessTokens = new Map<string, StoredToken>();
  readonly #refreshTokens = new Map<string, StoredToken>();
  readonly #revokedGrants = new Set<string>();
  readonly #secrets = new Map<string, string>();

  /** A random value for this store's lifetime (the runnable server's session key), created on first use. */
  secret(key: string): string {
    let value = this.#secrets.get(key);
    if (value === undefined) {
      value = randomToken();
      this.#secrets.set(key, value);
    }
    return value;
  }

  // --- Administration -----------------------------------------------------------------------------------------

  /** Registers a client; returns it as `getClient` will. */
  addClient(registration: ClientRegistration): Client {
    const { secret, scopes, resources, ...client } = registration;
    const stored = frozen(client);
    this.#clients.set(client.id, {
      client: stored,
      secretDigest: secret === undefined ? undefined : digest(secret),
      scopes,
      resources,
    });
    return stored;
  }

  /** Replaces a client's registered redirect URIs. */
  setRedirectUris(id: string, redirectUris: readonly string[]): boolean {
    const stored = this.#clients.get(id);
    if (!stored) return false;
    stored.client = frozen({ ...stored.client, redirectUris: [...redirectUris] });
    return true;
  }

  /** Removes a client with its codes and tokens. */
  removeClient(id: string): boolean {
    this.#forget((owner) => owner.client.id === id);
    return this.#clients.delete(id);
  }

  /** Registers a user, hashing the password with scrypt. */
  async addUser(registration: UserRegistration): Promise<User> {
    const { password, ...user } = registration;
    this.#users.set(user.username, { user, passwordHash: await hashPassword(password) });
    return { ...user };
  }

  hasUser(username: string): boolean {
    return this.#users.has(username);
  }

  /** Removes a user with their codes and tokens. */
  removeUser(username: string): boolean {
    this.#forget((owner) => owner.user?.username === username);
    return this.#users.delete(username);
  }

  #forget(owned: (owner: Owned) => boolean): void {
    for (const map of [this.#codes, this.#accessTokens, this.#refreshTokens] as Map<string, Owned>[]) {
      for (const [key, entry] of map) if (owned(entry)) map.delete(key);
    }
  }

  // --- Model ----------------------------------------------------------------------------------------------------

  getClient(clientId: string, clientSecret: string | null): Client | undefined {
    const stored = this.#clients.get(clientId);
    if (!stored) return undefined;
    if (clientSecret !== null) {
      if (!stored.secretDigest || !verifyClientSecret(clientSecret, stored.secretDigest)) return undefined;
    }
    return stored.client;
  }

  async getUser(username: string, password: string): Promise<User | undefined> {
    const stored = this.#users.get(username);
    // An unknown user costs the same scrypt as a wrong password: timing does not tell which users exist.
    const valid = await verifyPassword(password, stored?.passwordHash ?? DUMMY_PASSWORD_HASH);
    return stored && valid ? { ...stored.user } : undefined;
  }

  validateScope(_user: User | undefined, client: Client, scope: string[] | undefined): string[] | false {
    const allowed = this.#clients.get(client.id)?.scopes;
    if (!allowed) return scope ?? [];
    if (!scope) return allowed;
    return scope.every((s) => allowed.includes(s)) ? scope : false;
  }

  validateResource(resource: string[], client: Client): string[] | false {
    const allowed = this.#clients.get(client.id)?.resources;
    return !allowed || resource.every((r) => allowed.includes(r)) ? resource : false;
  }

  saveAuthorizationCode(code: AuthorizationCodeData, client: Client, user: User): AuthorizationCode {
    const grantId = code.grantId ?? newGrantId();
    this.#codes.set(digest(code.authorizationCode), {
      ...code,
      grantId,
      client: frozen(client),
      user,
      usedAt: undefined,
    });
    return { ...code, grantId, client, user };
  }

  #code(stored: StoredCode): AuthorizationCode {
    const { usedAt: _usedAt, ...code } = stored;
    return { ...code, user: { ...code.user } };
  }

  getAuthorizationCode(authorizationCode: string): AuthorizationCode | undefined {
    const stored = this.#codes.get(digest(authorizationCode));
    return stored && !stored.usedAt ? this.#code(stored) : undefined;
  }

  revokeAuthorizationCode(code: AuthorizationCode): boolean {
    const stored = this.#codes.get(digest(code.authorizationCode));
    if (!stored || stored.usedAt) return false;
    stored.usedAt = new Date();
    return true;
  }

  getUsedAuthorizationCode(authorizationCode: string): (AuthorizationCode & UsedEntity) | undefined {
    const stored = this.#codes.get(digest(authorizationCode));
    if (!stored?.usedAt || this.#revokedGrants.has(stored.grantId)) return undefined;
    return { ...this.#code(stored), grantId: stored.grantId, usedAt: stored.usedAt };
  }

  /** Saves tokens; a grant revoked meanwhile (a concurrent replay) gets none, and the call answers `false`. */
  saveToken(token: TokenData, client: Client, user: User | undefined): Token | false {
    const grantId =
      token.grantId ??
      (token.authorizationCode ? this.#codes.get(digest(token.authorizationCode))?.grantId : undefined) ??
      newGrantId();
    // A grant revoked while this request was running (a concurrent replay) gets no new tokens.
    if (this.#revokedGrants.has(grantId)) return false;
    const record: StoredToken = {
      token: { ...token, grantId },
      client: frozen(client),
      user,
      issuedAt: new Date(),
      accessRevoked: false,
      refreshRevoked: false,
      rotatedAt: undefined,
    };
    this.#accessTokens.set(digest(token.accessToken), record);
    if (token.refreshToken) this.#refreshTokens.set(digest(token.refreshToken), record);
    const saved: Token = { ...token, grantId, client, issuedAt: record.issuedAt };
    if (user !== undefined) saved.user = user;
    return saved;
  }

  getAccessToken(accessToken: string): Token | undefined {
    const record = this.#accessTokens.get(digest(accessToken));
    if (!record || record.accessRevoked) return undefined;
    const {
      refreshToken: _r,
      refreshTokenExpiresAt: _e,
      refreshTokenScope: _s,
      refreshTokenResource: _rr,
      ...token
    } = record.token;
    // One copy on this hot path (authenticate): the rest above, completed in place.
    const found: Token = Object.assign(token, { issuedAt: record.issuedAt, client: record.client });
    if (record.user !== undefined) found.user = { ...record.user };
    return found;
  }

  #refresh(record: StoredToken): RefreshToken {
    const {
      refreshToken,
      refreshTokenExpiresAt,
      refreshTokenScope,
      refreshTokenResource,
      scope,
      resource,
      grantId,
    } = record.token;
    const token: RefreshToken = {
      refreshToken: refreshToken!,
      client: record.client,
      grantId,
      issuedAt: record.issuedAt,
    };
    if (refreshTokenExpiresAt) token.refreshTokenExpiresAt = refreshTokenExpiresAt;
    const rtScope = refreshTokenScope ?? scope;
    if (rtScope) token.scope = rtScope;
    const rtResource = refreshTokenResource ?? resource;
    if (rtResource) token.resource = rtResource;
    return this.#withOwner(token, record);
  }

  getRefreshToken(refreshToken: string): RefreshToken | undefined {
    const record = this.#refreshTokens.get(digest(refreshToken));
    if (!record || record.refreshRevoked || !record.token.refreshToken) return undefined;
    return this.#refresh(record);
  }

  /** Rotates a refresh token: `true` to exactly one caller; the token is kept as a tombstone. */
  revokeToken(token: RefreshToken | Token): boolean {
    const key = token.refreshToken ? digest(token.refreshToken) : undefined;
    const record = key ? this.#refreshTokens.get(key) : undefined;
    if (!record || record.refreshRevoked) return false;
    record.refreshRevoked = true;
    record.rotatedAt = new Date();
    return true;
  }

  getUsedRefreshToken(refreshToken: string): (RefreshToken & UsedEntity) | undefined {
    const record = this.#refreshTokens.get(digest(refreshToken));
    if (!record?.rotatedAt || this.#revokedGrants.has(record.token.grantId)) return undefined;
    return { ...this.#refresh(record), grantId: record.token.grantId, usedAt: record.rotatedAt };
  }

  revokeAccessToken(token: Token): boolean {
    const record = this.#accessTokens.get(digest(token.accessToken));
    if (!record || record.accessRevoked) return false;
    record.accessRevoked = true;
    return true;
  }

  /** Revokes every code and token of a grant. */
  revokeGrant(grantId: string): boolean {
    this.#revokedGrants.add(grantId);
    for (const code of this.#codes.values()) if (code.grantId === grantId) code.usedAt ??= new Date();
    for (const record of this.#accessTokens.values()) {
      if (record.token.grantId !== grantId) continue;
      record.accessRevoked = true;
      record.refreshRevoked = true;
    }
    return true;
  }

  #withOwner<T extends object>(token: T, record: StoredToken): T & { client: Client; user?: User } {
    const owned = { ...token, client: record.client };
    return record.user === undefined ? owned : { ...owned, user: { ...record.user } };
  }
}
