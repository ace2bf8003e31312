/**
 * An in-memory Model: every Model function, for tests, examples and single-process development servers.
 * Nothing survives a restart. Secrets are kept as digests and passwords hashed, as in the persistent stores, and
 * single use is atomic: JavaScript runs the check and the update of `revokeAuthorizationCode` and `revokeToken`
 * without an `await` in between.
 */
import type {
  AuthorizationCode,
  AuthorizationCodeData,
  AuthorizationCodeModel,
  Client,
  ClientCredentialsModel,
  PasswordModel,
  RefreshToken,
  RefreshTokenModel,
  RequestAuthenticationModel,
  Token,
  TokenData,
  User,
} from '../model.js';
import { randomToken } from '../secrets.js';
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
}

interface StoredCode extends AuthorizationCodeData {
  client: Client;
  user: User;
  consumed: boolean;
}

/** One issuance: an access token and, maybe, its refresh token, each revocable on its own. */
interface StoredToken {
  token: TokenData;
  client: Client;
  user: User | undefined;
  accessRevoked: boolean;
  refreshRevoked: boolean;
}

export class MemoryStore
  implements
    AuthorizationCodeModel,
    RefreshTokenModel,
    PasswordModel,
    ClientCredentialsModel,
    RequestAuthenticationModel
{
  readonly #clients = new Map<string, StoredClient>();
  readonly #users = new Map<string, { user: User; passwordHash: string }>();
  readonly #codes = new Map<string, StoredCode>();
  readonly #accessTokens = new Map<string, StoredToken>();
  readonly #refreshTokens = new Map<string, StoredToken>();
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

  hasUser(username: string): boolean {
    return this.#users.has(username);
  }

  /** Registers a client; returns it as `getClient` will. */
  addClient(registration: ClientRegistration): Client {
    const { secret, scopes, ...client } = registration;
    this.#clients.set(client.id, {
      client: structuredClone(client),
      secretDigest: secret === undefined ? undefined : digest(secret),
      scopes,
    });
    return structuredClone(client);
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

  /** Removes a user with their codes and tokens. */
  removeUser(username: string): boolean {
    this.#forget((owner) => owner.user?.username === username);
    return this.#users.delete(username);
  }

  #forget(owned: (owner: { client: Client; user?: User | undefined }) => boolean): void {
    for (const map of [this.#codes, this.#accessTokens, this.#refreshTokens] as Map<
      string,
      { client: Client; user?: User | undefined }
    >[]) {
      for (const [key, entry] of map) if (owned(entry)) map.delete(key);
    }
  }

  getClient(clientId: string, clientSecret: string | null): Client | undefined {
    const stored = this.#clients.get(clientId);
    if (!stored) return undefined;
    if (clientSecret !== null) {
      if (!stored.secretDigest || !verifyClientSecret(clientSecret, stored.secretDigest)) return undefined;
    }
    return structuredClone(stored.client);
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

  saveAuthorizationCode(code: AuthorizationCodeData, client: Client, user: User): AuthorizationCode {
    this.#codes.set(digest(code.authorizationCode), { ...code, client, user, consumed: false });
    return { ...code, client, user };
  }

  getAuthorizationCode(authorizationCode: string): AuthorizationCode | undefined {
    const stored = this.#codes.get(digest(authorizationCode));
    if (!stored || stored.consumed) return undefined;
    const { consumed: _consumed, ...code } = stored;
    return { ...code, client: structuredClone(code.client), user: { ...code.user } };
  }

  revokeAuthorizationCode(code: AuthorizationCode): boolean {
    const stored = this.#codes.get(digest(code.authorizationCode));
    if (!stored || stored.consumed) return false;
    stored.consumed = true;
    return true;
  }

  saveToken(token: TokenData, client: Client, user: User | undefined): Token {
    const record: StoredToken = {
      token: { ...token },
      client,
      user,
      accessRevoked: false,
      refreshRevoked: false,
    };
    this.#accessTokens.set(digest(token.accessToken), record);
    if (token.refreshToken) this.#refreshTokens.set(digest(token.refreshToken), record);
    return user === undefined ? { ...token, client } : { ...token, client, user };
  }

  getAccessToken(accessToken: string): Token | undefined {
    const record = this.#accessTokens.get(digest(accessToken));
    if (!record || record.accessRevoked) return undefined;
    const { refreshToken: _r, refreshTokenExpiresAt: _e, refreshTokenScope: _s, ...token } = record.token;
    return this.#withOwner(token, record);
  }

  getRefreshToken(refreshToken: string): RefreshToken | undefined {
    const record = this.#refreshTokens.get(digest(refreshToken));
    if (!record || record.refreshRevoked || !record.token.refreshToken) return undefined;
    const { refreshToken: value, refreshTokenExpiresAt, refreshTokenScope, scope } = record.token;
    const token: RefreshToken = { refreshToken: value, client: record.client };
    if (refreshTokenExpiresAt) token.refreshTokenExpiresAt = refreshTokenExpiresAt;
    const rtScope = refreshTokenScope ?? scope;
    if (rtScope) token.scope = rtScope;
    return this.#withOwner(token, record);
  }

  revokeToken(token: RefreshToken | Token): boolean {
    const key = token.refreshToken ? digest(token.refreshToken) : undefined;
    const record = key ? this.#refreshTokens.get(key) : undefined;
    if (!record || record.refreshRevoked) return false;
    record.refreshRevoked = true;
    return true;
  }

  #withOwner<T extends object>(token: T, record: StoredToken): T & { client: Client; user?: User } {
    const owned = { ...token, client: structuredClone(record.client) };
    return record.user === undefined ? owned : { ...owned, user: { ...record.user } };
  }
}
