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
  // 2: resource indicators (RFC 8707), rotation tombstones and revoked grants (RFC 9700 §4.14.2).
  `ALTER TABLE clients ADD COLUMN resources TEXT;
   ALTER TABLE authorization_codes ADD COLUMN resource TEXT;
   ALTER TABLE tokens ADD COLUMN resource TEXT;
   ALTER TABLE tokens ADD COLUMN refresh_resource TEXT;
   ALTER TABLE tokens ADD COLUMN refresh_rotated_at INTEGER;
   CREATE TABLE revoked_grants (grant_id TEXT PRIMARY KEY, revoked_at INTEGER NOT NULL);`,
];

interface ClientRow {
  id: string;
  secret_digest: string | null;
  grants: string;
  redirect_uris: string;
  client_type: string | null;
  token_endpoint_auth_method: string | null;
  scopes: string | null;
  resources: string | null;
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
  resource: string | null;
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
  refresh_rotated_at: number | null;
  resource: string | null;
  refresh_resource: string | null;
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
    RequestAuthenticationModel,
    GrantLifecycleModel
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
           code_challenge, code_challenge_method, expires_at, resource) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      usedCode: db.prepare<[string], CodeRow>(
        `SELECT * FROM authorization_codes WHERE digest = ? AND consumed_at IS NOT NULL
           AND grant_id NOT IN (SELECT grant_id FROM revoked_grants)`,
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
           access_expires_at, refresh_expires_at, created_at, resource, refresh_resource)
         SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE ? NOT IN (SELECT grant_id FROM revoked_grants)`,
      ),
      accessToken: db.prepare<[string], TokenRow>(
        'SELECT * FROM tokens WHERE access_digest = ? AND access_revoked_at IS NULL',
      ),
      refreshToken: db.prepare<[string], TokenRow>(
        'SELECT * FROM tokens WHERE refresh_digest = ? AND refresh_revoked_at IS NULL',
      ),
      rotateRefresh: db.prepare<{ now: number; digest: string }>(
        `UPDATE tokens SET refresh_revoked_at = @now, refresh_rotated_at = @now
           WHERE refresh_digest = @digest AND refresh_revoked_at IS NULL`,
      ),
      usedRefreshToken: db.prepare<[string], TokenRow>(
        `SELECT * FROM tokens WHERE refresh_digest = ? AND refresh_rotated_at IS NOT NULL
           AND grant_id NOT IN (SELECT grant_id FROM revoked_grants)`,
      ),
      revokeAccess: db.prepare(
        'UPDATE tokens SET access_revoked_at = ? WHERE access_digest = ? AND access_revoked_at IS NULL',
      ),
      revokeGrant: db.transaction((grantId: string, now: number) => {
        db.prepare('INSERT OR IGNORE INTO revoked_grants (grant_id, revoked_at) VALUES (?, ?)').run(
          grantId,
          now,
        );
        db.prepare(
          `UPDATE tokens SET access_revoked_at = COALESCE(access_revoked_at, @now),
             refresh_revoked_at = COALESCE(refresh_revoked_at, @now) WHERE grant_id = @grantId`,
        ).run({ now, grantId });
        db.prepare(
          'UPDATE authorization_codes SET consumed_at = COALESCE(consumed_at, @now) WHERE grant_id = @grantId',
        ).run({ now, grantId });
      }),
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
    const { secret, scopes, resources, ...client } = registration;
    this.db
      .prepare(
        `INSERT INTO clients (id, secret_digest, grants, redirect_uris, client_type, token_endpoint_auth_method, scopes, name,
           created_at, resources)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
        resources ? JSON.stringify(resources) : null,
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
    this.db.exec(
      `DELETE FROM revoked_grants WHERE grant_id NOT IN (SELECT grant_id FROM tokens)
         AND grant_id NOT IN (SELECT grant_id FROM authorization_codes)`,
    );
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

  validateResource(resource: string[], client: Client): string[] | false {
    const allowed = scopeFromText(this.#statements.client.get(client.id)?.resources ?? null);
    return !allowed || resource.every((r) => allowed.includes(r)) ? resource : false;
  }

  saveAuthorizationCode(code: AuthorizationCodeData, client: Client, user: User): AuthorizationCode {
    const grantId = code.grantId ?? newGrantId();
    this.#statements.insertCode.run(
      digest(code.authorizationCode),
      grantId,
      client.id,
      String(user.username),
      code.redirectUri,
      code.redirectUriSent ? 1 : 0,
      scopeToText(code.scope),
      code.codeChallenge ?? null,
      code.codeChallengeMethod ?? null,
      code.expiresAt.getTime(),
      scopeToText(code.resource),
    );
    return { ...code, grantId, client, user };
  }

  #code(authorizationCode: string, row: CodeRow): AuthorizationCode | undefined {
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
    const resource = scopeFromText(row.resource);
    if (resource) code.resource = resource;
    if (row.code_challenge) code.codeChallenge = row.code_challenge;
    if (row.code_challenge_method === 'S256' || row.code_challenge_method === 'plain') {
      code.codeChallengeMethod = row.code_challenge_method;
    }
    return code;
  }

  getAuthorizationCode(authorizationCode: string): AuthorizationCode | undefined {
    const row = this.#statements.code.get(digest(authorizationCode));
    return row ? this.#code(authorizationCode, row) : undefined;
  }

  revokeAuthorizationCode(code: AuthorizationCode): boolean {
    return this.#statements.consumeCode.run(Date.now(), digest(code.authorizationCode)).changes === 1;
  }

  getUsedAuthorizationCode(authorizationCode: string): (AuthorizationCode & UsedEntity) | undefined {
    const row = this.#statements.usedCode.get(digest(authorizationCode));
    const code = row ? this.#code(authorizationCode, row) : undefined;
    return code && row ? { ...code, grantId: row.grant_id, usedAt: new Date(row.consumed_at!) } : undefined;
  }

  /** Saves tokens; a grant revoked meanwhile (a concurrent replay) gets none, and the call answers `false`. */
  saveToken(token: TokenData, client: Client, user: User | undefined): Token | false {
    const grantId =
      token.grantId ??
      (token.authorizationCode
        ? this.#statements.codeGrant.get(digest(token.authorizationCode))?.grant_id
        : undefined) ??
      newGrantId();
    const now = Date.now();
    const inserted = this.#statements.insertToken.run(
      grantId,
      digest(token.accessToken),
      token.refreshToken ? digest(token.refreshToken) : null,
      client.id,
      user ? String(user.username) : null,
      scopeToText(token.scope),
      scopeToText(token.refreshTokenScope),
      dateOrNull(token.accessTokenExpiresAt),
      dateOrNull(token.refreshTokenExpiresAt),
      now,
      scopeToText(token.resource),
      scopeToText(token.refreshTokenResource),
      grantId,
    );
    if (inserted.changes !== 1) return false;
    const saved: Token = { ...token, grantId, client, issuedAt: new Date(now) };
    if (user !== undefined) saved.user = user;
    return saved;
  }

  getAccessToken(accessToken: string): Token | undefined {
    const row = this.#statements.accessToken.get(digest(accessToken));
    const client = row && this.getClient(row.client_id, null);
    if (!row || !client) return undefined;
    const token: Token = { accessToken, grantId: row.grant_id, client, issuedAt: new Date(row.created_at) };
    if (row.access_expires_at !== null) token.accessTokenExpiresAt = new Date(row.access_expires_at);
    const scope = scopeFromText(row.scope);
    if (scope) token.scope = scope;
    const resource = scopeFromText(row.resource);
    if (resource) token.resource = resource;
    const user = this.#user(row.username);
    if (user) token.user = user;
    return token;
  }

  #refreshToken(refreshToken: string, row: TokenRow): RefreshToken | undefined {
    const client = this.getClient(row.client_id, null);
    if (!client) return undefined;
    const token: RefreshToken = {
      refreshToken,
      grantId: row.grant_id,
      client,
      issuedAt: new Date(row.created_at),
    };
    if (row.refresh_expires_at !== null) token.refreshTokenExpiresAt = new Date(row.refresh_expires_at);
    const scope = scopeFromText(row.refresh_scope ?? row.scope);
    if (scope) token.scope = scope;
    const resource = scopeFromText(row.refresh_resource ?? row.resource);
    if (resource) token.resource = resource;
    const user = this.#user(row.username);
    if (user) token.user = user;
    return token;
  }

  getRefreshToken(refreshToken: string): RefreshToken | undefined {
    const row = this.#statements.refreshToken.get(digest(refreshToken));
    return row ? this.#refreshToken(refreshToken, row) : undefined;
  }

  /** Rotates a refresh token: `true` to exactly one caller; the row stays as a tombstone. */
  revokeToken(token: RefreshToken | Token): boolean {
    if (!token.refreshToken) return false;
    return (
      this.#statements.rotateRefresh.run({ now: Date.now(), digest: digest(token.refreshToken) }).changes ===
      1
    );
  }

  getUsedRefreshToken(refreshToken: string): (RefreshToken & UsedEntity) | undefined {
    const row = this.#statements.usedRefreshToken.get(digest(refreshToken));
    const token = row ? this.#refreshToken(refreshToken, row) : undefined;
    return token && row
      ? { ...token, grantId: row.grant_id, usedAt: new Date(row.refresh_rotated_at!) }
      : undefined;
  }

  revokeAccessToken(token: Token): boolean {
    return this.#statements.revokeAccess.run(Date.now(), digest(token.accessToken)).changes === 1;
  }

  /** Revokes every code and token of a grant, in one transaction. */
  revokeGrant(grantId: string): boolean {
    this.#statements.revokeGrant(grantId, Date.now());
    return true;
  }
}
