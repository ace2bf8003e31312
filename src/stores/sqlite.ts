/**
 * A Model on an embedded SQLite database (better-sqlite3): the runnable server's default store. Clients, users,
 * codes and tokens survive restarts. Secrets and tokens are kept as SHA-256 digests, passwords hashed with scrypt,
 * and single use is a conditional `UPDATE` whose affected-row count decides the one caller that wins.
 *
 * The schema is created and migrated on open (`PRAGMA user_version`).
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
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
import type { ClientRegistration, UserRegistration } from './memory.js';

const MIGRATIONS: readonly string[] = [
  `CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
   CREATE TABLE clients (
     id TEXT PRIMARY KEY,
     secret_digest TEXT,
     grants TEXT NOT NULL,
     redirect_uris TEXT NOT NULL,
     client_type TEXT,
     token_endpoint_auth_method TEXT,
     scopes TEXT,
     name TEXT,
     created_at INTEGER NOT NULL
   );
   CREATE TABLE users (
     username TEXT PRIMARY KEY,
     password_hash TEXT NOT NULL,
     created_at INTEGER NOT NULL
   );
   CREATE TABLE authorization_codes (
     digest TEXT PRIMARY KEY,
     grant_id TEXT NOT NULL,
     client_id TEXT NOT NULL,
     username TEXT NOT NULL,
     redirect_uri TEXT NOT NULL,
     redirect_uri_sent INTEGER NOT NULL,
     scope TEXT,
     code_challenge TEXT,
     code_challenge_method TEXT,
     expires_at INTEGER NOT NULL,
     consumed_at INTEGER
   );
   CREATE TABLE tokens (
     id INTEGER PRIMARY KEY,
     grant_id TEXT NOT NULL,
     access_digest TEXT NOT NULL UNIQUE,
     refresh_digest TEXT UNIQUE,
     client_id TEXT NOT NULL,
     username TEXT,
     scope TEXT,
     refresh_scope TEXT,
     access_expires_at INTEGER,
     refresh_expires_at INTEGER,
     access_revoked_at INTEGER,
     refresh_revoked_at INTEGER,
     created_at INTEGER NOT NULL
   );
   CREATE INDEX tokens_grant ON tokens (grant_id);
   CREATE INDEX codes_grant ON authorization_codes (grant_id);`,
];

interface ClientRow {
  id: string;
  secret_digest: string | null;
  grants: string;
  redirect_uris: string;
  client_type: string | null;
  token_endpoint_auth_method: string | null;
  scopes: string | null;
  name: string | null;
  created_at: number;
}

interface CodeRow {
  digest: string;
  grant_id: string;
  client_id: string;
  username: string;
  redirect_uri: string;
  redirect_uri_sent: number;
  scope: string | null;
  code_challenge: string | null;
  code_challenge_method: string | null;
  expires_at: number;
  consumed_at: number | null;
}

interface TokenRow {
  id: number;
  grant_id: string;
  client_id: string;
  username: string | null;
  scope: string | null;
  refresh_scope: string | null;
  access_expires_at: number | null;
  refresh_expires_at: number | null;
  access_revoked_at: number | null;
  refresh_revoked_at: number | null;
  created_at: number;
}

const scopeToText = (scope: string[] | undefined): string | null => (scope ? JSON.stringify(scope) : null);
const scopeFromText = (text: string | null): string[] | undefined =>
  text === null ? undefined : (JSON.parse(text) as string[]);
const dateOrNull = (date: Date | undefined): number | null => (date ? date.getTime() : null);

/** A client as listed by the CLI: no secret. */
export interface ClientSummary extends Client {
  confidential: boolean;
  createdAt: Date;
}

export class SqliteStore
  implements
    AuthorizationCodeModel,
    RefreshTokenModel,
    PasswordModel,
    ClientCredentialsModel,
    RequestAuthenticationModel
{
  readonly db: Database.Database;
  readonly #statements;

  /** Opens (creating and migrating) the database at `file` (`:memory:` for a throw-away one). */
  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.#migrate();
    const db = this.db;
    this.#statements = {
      client: db.prepare<[string], ClientRow>('SELECT * FROM clients WHERE id = ?'),
      user: db.prepare<[string], { username: string; password_hash: string }>(
        'SELECT * FROM users WHERE username = ?',
      ),
      insertCode: db.prepare(
        `INSERT INTO authorization_codes (digest, grant_id, client_id, username, redirect_uri, redirect_uri_sent, scope,
           code_challenge, code_challenge_method, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      code: db.prepare<[string], CodeRow>(
        'SELECT * FROM authorization_codes WHERE digest = ? AND consumed_at IS NULL',
      ),
      consumeCode: db.prepare(
        'UPDATE authorization_codes SET consumed_at = ? WHERE digest = ? AND consumed_at IS NULL',
      ),
      codeGrant: db.prepare<[string], { grant_id: string }>(
        'SELECT grant_id FROM authorization_codes WHERE digest = ?',
      ),
      insertToken: db.prepare(
        `INSERT INTO tokens (grant_id, access_digest, refresh_digest, client_id, username, scope, refresh_scope,
           access_expires_at, refresh_expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      accessToken: db.prepare<[string], TokenRow>(
        'SELECT * FROM tokens WHERE access_digest = ? AND access_revoked_at IS NULL',
      ),
      refreshToken: db.prepare<[string], TokenRow>(
        'SELECT * FROM tokens WHERE refresh_digest = ? AND refresh_revoked_at IS NULL',
      ),
      revokeRefresh: db.prepare(
        'UPDATE tokens SET refresh_revoked_at = ? WHERE refresh_digest = ? AND refresh_revoked_at IS NULL',
      ),
    };
  }

  /** Brings the schema up to date. Several processes may open a new file at once: the version is read under the write lock. */
  #migrate(): void {
    this.db
      .transaction(() => {
        const version = this.db.pragma('user_version', { simple: true }) as number;
        for (let i = version; i < MIGRATIONS.length; i++) this.db.exec(MIGRATIONS[i]!);
        if (version < MIGRATIONS.length) this.db.pragma(`user_version = ${MIGRATIONS.length}`);
      })
      .immediate();
  }

  close(): void {
    this.db.close();
  }

  /** Throws when the database does not answer (for `/health`). */
  ping(): void {
    this.db.prepare('SELECT 1').get();
  }

  /** A value kept across restarts (the session-signing key), created on first use. */
  secret(key: string): string {
    const row = this.db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?').get(key);
    if (row) return row.value;
    const value = randomToken();
    this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(key, value);
    return value;
  }

  // --- Administration -----------------------------------------------------------------------------------------

  addClient(registration: ClientRegistration): Client {
    const { secret, scopes, ...client } = registration;
    this.db
      .prepare(
        `INSERT INTO clients (id, secret_digest, grants, redirect_uris, client_type, token_endpoint_auth_method, scopes, name, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        client.id,
        secret === undefined ? null : digest(secret),
        JSON.stringify(client.grants),
        JSON.stringify(client.redirectUris ?? []),
        client.clientType ?? null,
        client.tokenEndpointAuthMethod ?? null,
        scopes ? JSON.stringify(scopes) : null,
        typeof client.name === 'string' ? client.name : null,
        Date.now(),
      );
    return this.#client(this.#statements.client.get(client.id)!);
  }

  /** Replaces a client's registered redirect URIs. */
  setRedirectUris(id: string, redirectUris: readonly string[]): boolean {
    return (
      this.db
        .prepare('UPDATE clients SET redirect_uris = ? WHERE id = ?')
        .run(JSON.stringify(redirectUris), id).changes === 1
    );
  }

  listClients(): ClientSummary[] {
    const rows = this.db.prepare<[], ClientRow>('SELECT * FROM clients ORDER BY id').all();
    return rows.map((row) => ({
      ...this.#client(row),
      confidential: row.secret_digest !== null,
      createdAt: new Date(row.created_at),
    }));
  }

  removeClient(id: string): boolean {
    return this.db.transaction(() => {
      this.db.prepare('DELETE FROM tokens WHERE client_id = ?').run(id);
      this.db.prepare('DELETE FROM authorization_codes WHERE client_id = ?').run(id);
      return this.db.prepare('DELETE FROM clients WHERE id = ?').run(id).changes === 1;
    })();
  }

  async addUser(registration: UserRegistration): Promise<User> {
    const hash = await hashPassword(registration.password);
    this.db
      .prepare('INSERT INTO users (username, password_hash, created_at) VALUES (?, ?, ?)')
      .run(registration.username, hash, Date.now());
    return { username: registration.username };
  }

  hasUser(username: string): boolean {
    return this.#statements.user.get(username) !== undefined;
  }

  removeUser(username: string): boolean {
    return this.db.transaction(() => {
      this.db.prepare('DELETE FROM tokens WHERE username = ?').run(username);
      this.db.prepare('DELETE FROM authorization_codes WHERE username = ?').run(username);
      return this.db.prepare('DELETE FROM users WHERE username = ?').run(username).changes === 1;
    })();
  }

  /** Deletes codes and tokens that expired more than `graceMs` ago. */
  purgeExpired(graceMs = 24 * 3600 * 1000): number {
    const before = Date.now() - graceMs;
    const codes = this.db.prepare('DELETE FROM authorization_codes WHERE expires_at < ?').run(before).changes;
    const tokens = this.db
      .prepare(
        `DELETE FROM tokens WHERE access_expires_at < ?
           AND (refresh_digest IS NULL OR refresh_expires_at < ?)`,
      )
      .run(before, before).changes;
    return codes + tokens;
  }

  // --- Model ----------------------------------------------------------------------------------------------------

  #client(row: ClientRow): Client {
    const client: Client = {
      id: row.id,
      grants: JSON.parse(row.grants) as string[],
      redirectUris: JSON.parse(row.redirect_uris) as string[],
    };
    if (row.client_type === 'public' || row.client_type === 'confidential')
      client.clientType = row.client_type;
    const method = row.token_endpoint_auth_method;
    if (method === 'client_secret_basic' || method === 'client_secret_post' || method === 'none') {
      client.tokenEndpointAuthMethod = method;
    }
    if (row.name !== null) client.name = row.name;
    return client;
  }

  #user(username: string | null): User | undefined {
    return username === null ? undefined : { username };
  }

  getClient(clientId: string, clientSecret: string | null): Client | undefined {
    const row = this.#statements.client.get(clientId);
    if (!row) return undefined;
    if (clientSecret !== null && (!row.secret_digest || !verifyClientSecret(clientSecret, row.secret_digest)))
      return undefined;
    return this.#client(row);
  }

  async getUser(username: string, password: string): Promise<User | undefined> {
    const row = this.#statements.user.get(username);
    // An unknown user costs the same scrypt as a wrong password: timing does not tell which users exist.
    const valid = await verifyPassword(password, row?.password_hash ?? DUMMY_PASSWORD_HASH);
    return row && valid ? { username: row.username } : undefined;
  }

  validateScope(_user: User | undefined, client: Client, scope: string[] | undefined): string[] | false {
    const row = this.#statements.client.get(client.id);
    const allowed = scopeFromText(row?.scopes ?? null);
    if (!allowed) return scope ?? [];
    if (!scope) return allowed;
    return scope.every((s) => allowed.includes(s)) ? scope : false;
  }

  saveAuthorizationCode(
    code: AuthorizationCodeData & { grantId?: string },
    client: Client,
    user: User,
  ): AuthorizationCode {
    this.#statements.insertCode.run(
      digest(code.authorizationCode),
      code.grantId ?? randomToken(),
      client.id,
      String(user.username),
      code.redirectUri,
      code.redirectUriSent ? 1 : 0,
      scopeToText(code.scope),
      code.codeChallenge ?? null,
      code.codeChallengeMethod ?? null,
      code.expiresAt.getTime(),
    );
    return { ...code, client, user };
  }

  getAuthorizationCode(authorizationCode: string): AuthorizationCode | undefined {
    const row = this.#statements.code.get(digest(authorizationCode));
    if (!row) return undefined;
    const client = this.getClient(row.client_id, null);
    if (!client) return undefined;
    const code: AuthorizationCode = {
      authorizationCode,
      grantId: row.grant_id,
      expiresAt: new Date(row.expires_at),
      redirectUri: row.redirect_uri,
      redirectUriSent: row.redirect_uri_sent === 1,
      client,
      user: { username: row.username },
    };
    const scope = scopeFromText(row.scope);
    if (scope) code.scope = scope;
    if (row.code_challenge) code.codeChallenge = row.code_challenge;
    if (row.code_challenge_method === 'S256' || row.code_challenge_method === 'plain') {
      code.codeChallengeMethod = row.code_challenge_method;
    }
    return code;
  }

  revokeAuthorizationCode(code: AuthorizationCode): boolean {
    return this.#statements.consumeCode.run(Date.now(), digest(code.authorizationCode)).changes === 1;
  }

  saveToken(token: TokenData & { grantId?: string }, client: Client, user: User | undefined): Token {
    const grantId =
      token.grantId ??
      (token.authorizationCode
        ? this.#statements.codeGrant.get(digest(token.authorizationCode))?.grant_id
        : undefined) ??
      randomToken();
    this.#statements.insertToken.run(
      grantId,
      digest(token.accessToken),
      token.refreshToken ? digest(token.refreshToken) : null,
      client.id,
      user ? String(user.username) : null,
      scopeToText(token.scope),
      scopeToText(token.refreshTokenScope),
      dateOrNull(token.accessTokenExpiresAt),
      dateOrNull(token.refreshTokenExpiresAt),
      Date.now(),
    );
    return user === undefined ? { ...token, client } : { ...token, client, user };
  }

  getAccessToken(accessToken: string): Token | undefined {
    const row = this.#statements.accessToken.get(digest(accessToken));
    if (!row) return undefined;
    const client = this.getClient(row.client_id, null);
    if (!client) return undefined;
    const token: Token = { accessToken, grantId: row.grant_id, client };
    if (row.access_expires_at !== null) token.accessTokenExpiresAt = new Date(row.access_expires_at);
    const scope = scopeFromText(row.scope);
    if (scope) token.scope = scope;
    const user = this.#user(row.username);
    if (user) token.user = user;
    return token;
  }

  getRefreshToken(refreshToken: string): RefreshToken | undefined {
    const row = this.#statements.refreshToken.get(digest(refreshToken));
    if (!row) return undefined;
    const client = this.getClient(row.client_id, null);
    if (!client) return undefined;
    const token: RefreshToken = { refreshToken, grantId: row.grant_id, client };
    if (row.refresh_expires_at !== null) token.refreshTokenExpiresAt = new Date(row.refresh_expires_at);
    const scope = scopeFromText(row.refresh_scope ?? row.scope);
    if (scope) token.scope = scope;
    const user = this.#user(row.username);
    if (user) token.user = user;
    return token;
  }

  revokeToken(token: RefreshToken | Token): boolean {
    if (!token.refreshToken) return false;
    return this.#statements.revokeRefresh.run(Date.now(), digest(token.refreshToken)).changes === 1;
  }
}
