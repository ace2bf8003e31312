/**
 * A Model on PostgreSQL (node-postgres, an optional peer dependency): for when several server processes or
 * machines share one store. The same rules as the SQLite store — secrets, codes and tokens kept as SHA-256
 * digests, passwords hashed with scrypt, single use decided by a conditional `UPDATE`'s row count — made safe for
 * concurrent processes:
 *
 * - codes and refresh tokens are consumed by `UPDATE … WHERE consumed_at IS NULL`: exactly one caller sees a row;
 * - issuing tokens for an existing grant and revoking that grant take the same transaction-scoped advisory lock,
 *   so a token saved while its grant is being revoked (a code replayed mid-exchange) is either revoked with it or
 *   refused (`saveToken` answers `false`); a brand-new grant (client_credentials, password) skips the lock;
 * - the schema is created and migrated on `connect`, under an advisory lock, so processes starting together do
 *   not race.
 *
 * ```js
 * import { PostgresStore } from 'oauth2-contract/stores/postgres';
 * const store = await PostgresStore.connect({ connectionString: process.env.DATABASE_URL });
 * const server = new OAuth2Server({ model: store });
 * ```
 */
import pg from 'pg';
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

export interface PostgresStoreOptions {
  /** A pool the application owns (closed by the application), or the settings to create one. */
  pool?: pg.Pool | undefined;
  /** `postgres://…`; ignored when `pool` is given. */
  connectionString?: string | undefined;
  /** Other pool settings (`max`, `ssl`, ...); ignored when `pool` is given. */
  poolConfig?: pg.PoolConfig | undefined;
  /** The schema holding the store's tables, created if missing (default `oauth2`). */
  schema?: string | undefined;
}

/** The migrations, in order; `$S` stands for the quoted schema name. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE $S.meta (key text PRIMARY KEY, value text NOT NULL);
   CREATE TABLE $S.clients (
     id text PRIMARY KEY,
     secret_digest text,
     grants text[] NOT NULL,
     redirect_uris text[] NOT NULL,
     client_type text,
     token_endpoint_auth_method text,
     scopes text[],
     resources text[],
     name text,
     created_at bigint NOT NULL
   );
   CREATE TABLE $S.users (
     username text PRIMARY KEY,
     password_hash text NOT NULL,
     created_at bigint NOT NULL
   );
   CREATE TABLE $S.authorization_codes (
     digest text PRIMARY KEY,
     grant_id text NOT NULL,
     client_id text NOT NULL,
     username text NOT NULL,
     redirect_uri text NOT NULL,
     redirect_uri_sent boolean NOT NULL,
     scope text[],
     resource text[],
     code_challenge text,
     code_challenge_method text,
     expires_at bigint NOT NULL,
     consumed_at bigint
   );
   CREATE TABLE $S.tokens (
     id bigserial PRIMARY KEY,
     grant_id text NOT NULL,
     access_digest text NOT NULL UNIQUE,
     refresh_digest text UNIQUE,
     client_id text NOT NULL,
     username text,
     scope text[],
     refresh_scope text[],
     resource text[],
     refresh_resource text[],
     access_expires_at bigint,
     refresh_expires_at bigint,
     access_revoked_at bigint,
     refresh_revoked_at bigint,
     refresh_rotated_at bigint,
     created_at bigint NOT NULL
   );
   CREATE INDEX tokens_grant ON $S.tokens (grant_id);
   CREATE INDEX tokens_client ON $S.tokens (client_id);
   CREATE INDEX tokens_user ON $S.tokens (username);
   CREATE INDEX codes_grant ON $S.authorization_codes (grant_id);
   CREATE INDEX codes_client ON $S.authorization_codes (client_id);
   CREATE INDEX codes_user ON $S.authorization_codes (username);
   CREATE TABLE $S.revoked_grants (grant_id text PRIMARY KEY, revoked_at bigint NOT NULL);`,
];

/** The lock migrations run under (any constant the application does not use; per database). */
const MIGRATION_LOCK = 0x6f61_7532; // "oau2"

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** The columns of a client, as `c_*` aliases when joined. */
const CLIENT_COLUMNS = [
  'id',
  'secret_digest',
  'grants',
  'redirect_uris',
  'client_type',
  'token_endpoint_auth_method',
  'scopes',
  'resources',
  'name',
] as const;

interface ClientRow {
  id: string;
  secret_digest: string | null;
  grants: string[];
  redirect_uris: string[];
  client_type: string | null;
  token_endpoint_auth_method: string | null;
  scopes: string[] | null;
  resources: string[] | null;
  name: string | null;
}

interface CodeRow {
  grant_id: string;
  username: string;
  redirect_uri: string;
  redirect_uri_sent: boolean;
  scope: string[] | null;
  resource: string[] | null;
  code_challenge: string | null;
  code_challenge_method: string | null;
  expires_at: string;
  consumed_at: string | null;
}

interface TokenRow {
  grant_id: string;
  username: string | null;
  scope: string[] | null;
  refresh_scope: string[] | null;
  resource: string[] | null;
  refresh_resource: string[] | null;
  access_expires_at: string | null;
  refresh_expires_at: string | null;
  refresh_rotated_at: string | null;
  created_at: string;
}

/** A row joined with its client's columns (prefixed `c_`). */
type WithClient<R> = R & { [K in keyof ClientRow as `c_${K}`]: ClientRow[K] };

/** `bigint` columns come back as strings (node-postgres keeps 64-bit integers exact). */
const toDate = (value: string | null): Date | undefined =>
  value === null ? undefined : new Date(Number(value));
const orNull = <T>(value: T | undefined): T | null => value ?? null;
const msOrNull = (date: Date | undefined): number | null => (date ? date.getTime() : null);

/** The client columns of a joined row, without their prefix. */
function joinedClient(row: object): ClientRow {
  const joined = row as Record<string, unknown>;
  const client: Record<string, unknown> = {};
  for (const column of CLIENT_COLUMNS) client[column] = joined[`c_${column}`];
  return client as unknown as ClientRow;
}

export class PostgresStore
  implements
    AuthorizationCodeModel,
    RefreshTokenModel,
    PasswordModel,
    ClientCredentialsModel,
    RequestAuthenticationModel,
    GrantLifecycleModel
{
  readonly pool: pg.Pool;
  /** The quoted schema name, for queries that name tables. */
  readonly #s: string;
  readonly #ownsPool: boolean;
  /** The limits of the clients this store returned, so validateScope and validateResource need no query. */
  readonly #limits = new WeakMap<Client, { scopes: string[] | null; resources: string[] | null }>();
  readonly #clientJoin: string;

  private constructor(pool: pg.Pool, schema: string, ownsPool: boolean) {
    this.pool = pool;
    this.#s = `"${schema}"`;
    this.#ownsPool = ownsPool;
    this.#clientJoin = CLIENT_COLUMNS.map((column) => `c.${column} AS c_${column}`).join(', ');
  }

  /** Connects, creating the schema and its tables (or migrating them) first. */
  static async connect(options: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const schema = options.schema ?? 'oauth2';
    if (!SCHEMA_NAME.test(schema)) {
      throw new TypeError(
        `schema must be a lower-case SQL identifier (a-z, 0-9, _), got ${JSON.stringify(schema)}`,
      );
    }
    const pool =
      options.pool ?? new pg.Pool({ ...options.poolConfig, connectionString: options.connectionString });
    const store = new PostgresStore(pool, schema, !options.pool);
    try {
      await store.#migrate();
    } catch (error) {
      if (store.#ownsPool) await pool.end();
      throw error;
    }
    return store;
  }

  async #migrate(): Promise<void> {
    await this.#transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${this.#s}`);
      await client.query(`CREATE TABLE IF NOT EXISTS ${this.#s}.schema_version (version integer NOT NULL)`);
      const { rows } = await client.query<{ version: number }>(
        `SELECT version FROM ${this.#s}.schema_version`,
      );
      const version = rows[0]?.version ?? 0;
      for (let i = version; i < MIGRATIONS.length; i++) {
        await client.query(MIGRATIONS[i]!.replaceAll('$S', this.#s));
      }
      if (rows.length === 0) {
        await client.query(`INSERT INTO ${this.#s}.schema_version (version) VALUES ($1)`, [
          MIGRATIONS.length,
        ]);
      } else if (version < MIGRATIONS.length) {
        await client.query(`UPDATE ${this.#s}.schema_version SET version = $1`, [MIGRATIONS.length]);
      }
    });
  }

  /** Runs `work` in a transaction on one connection; rolls back if it throws. */
  async #transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** Serializes, within the caller's transaction, every write that concerns one grant. */
  #lockGrant(client: pg.PoolClient, grantId: string): Promise<unknown> {
    return client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`grant:${grantId}`]);
  }

  /** Closes the pool, if this store created it. */
  async close(): Promise<void> {
    if (this.#ownsPool) await this.pool.end();
  }

  /** Rejects when the database does not answer (for `/health`). */
  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  /** A value kept in the database (a session-signing key shared by every process), created on first use. */
  async secret(key: string): Promise<string> {
    const { rows } = await this.pool.query<{ value: string }>(
      `INSERT INTO ${this.#s}.meta (key, value) VALUES ($1, $2)
         ON CONFLICT (key) DO UPDATE SET key = EXCLUDED.key RETURNING value`,
      [key, randomToken()],
    );
    return rows[0]!.value;
  }

  // --- Administration -----------------------------------------------------------------------------------------

  async addClient(registration: ClientRegistration): Promise<Client> {
    const { secret, scopes, resources, ...client } = registration;
    const { rows } = await this.pool.query<ClientRow>(
      `INSERT INTO ${this.#s}.clients (id, secret_digest, grants, redirect_uris, client_type,
         token_endpoint_auth_method, scopes, resources, name, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *`,
      [
        client.id,
        secret === undefined ? null : digest(secret),
        client.grants,
        client.redirectUris ?? [],
        orNull(client.clientType),
        orNull(client.tokenEndpointAuthMethod),
        orNull(scopes),
        orNull(resources),
        typeof client.name === 'string' ? client.name : null,
        Date.now(),
      ],
    );
    return this.#client(rows[0]!);
  }

  /** Replaces a client's registered redirect URIs. */
  async setRedirectUris(id: string, redirectUris: readonly string[]): Promise<boolean> {
    const result = await this.pool.query(`UPDATE ${this.#s}.clients SET redirect_uris = $1 WHERE id = $2`, [
      redirectUris,
      id,
    ]);
    return result.rowCount === 1;
  }

  async listClients(): Promise<ClientSummary[]> {
    const { rows } = await this.pool.query<ClientRow & { created_at: string }>(
      `SELECT * FROM ${this.#s}.clients ORDER BY id`,
    );
    return rows.map((row) => ({
      ...this.#client(row),
      confidential: row.secret_digest !== null,
      createdAt: new Date(Number(row.created_at)),
    }));
  }

  /** Removes a client with its codes and tokens. */
  async removeClient(id: string): Promise<boolean> {
    return this.#transaction(async (db) => {
      await db.query(`DELETE FROM ${this.#s}.tokens WHERE client_id = $1`, [id]);
      await db.query(`DELETE FROM ${this.#s}.authorization_codes WHERE client_id = $1`, [id]);
      return (await db.query(`DELETE FROM ${this.#s}.clients WHERE id = $1`, [id])).rowCount === 1;
    });
  }

  async addUser(registration: UserRegistration): Promise<User> {
    const hash = await hashPassword(registration.password);
    await this.pool.query(
      `INSERT INTO ${this.#s}.users (username, password_hash, created_at) VALUES ($1, $2, $3)`,
      [registration.username, hash, Date.now()],
    );
    return { username: registration.username };
  }

  async hasUser(username: string): Promise<boolean> {
    const { rowCount } = await this.pool.query(`SELECT 1 FROM ${this.#s}.users WHERE username = $1`, [
      username,
    ]);
    return rowCount === 1;
  }

  /** Removes a user with their codes and tokens. */
  async removeUser(username: string): Promise<boolean> {
    return this.#transaction(async (db) => {
      await db.query(`DELETE FROM ${this.#s}.tokens WHERE username = $1`, [username]);
      await db.query(`DELETE FROM ${this.#s}.authorization_codes WHERE username = $1`, [username]);
      return (await db.query(`DELETE FROM ${this.#s}.users WHERE username = $1`, [username])).rowCount === 1;
    });
  }

  /** Deletes codes and tokens that expired more than `graceMs` ago; returns how many. */
  async purgeExpired(graceMs = 24 * 3600 * 1000): Promise<number> {
    const before = Date.now() - graceMs;
    return this.#transaction(async (client) => {
      const codes = await client.query(`DELETE FROM ${this.#s}.authorization_codes WHERE expires_at < $1`, [
        before,
      ]);
      const tokens = await client.query(
        `DELETE FROM ${this.#s}.tokens WHERE access_expires_at < $1
           AND (refresh_digest IS NULL OR refresh_expires_at < $1)`,
        [before],
      );
      await client.query(
        `DELETE FROM ${this.#s}.revoked_grants g
           WHERE NOT EXISTS (SELECT 1 FROM ${this.#s}.tokens t WHERE t.grant_id = g.grant_id)
             AND NOT EXISTS (SELECT 1 FROM ${this.#s}.authorization_codes a WHERE a.grant_id = g.grant_id)`,
      );
      return (codes.rowCount ?? 0) + (tokens.rowCount ?? 0);
    });
  }

  // --- Model ----------------------------------------------------------------------------------------------------

  #client(row: ClientRow): Client {
    const client: Client = { id: row.id, grants: row.grants, redirectUris: row.redirect_uris };
    if (row.client_type === 'public' || row.client_type === 'confidential')
      client.clientType = row.client_type;
    const method = row.token_endpoint_auth_method;
    if (method === 'client_secret_basic' || method === 'client_secret_post' || method === 'none') {
      client.tokenEndpointAuthMethod = method;
    }
    if (row.name !== null) client.name = row.name;
    this.#limits.set(client, { scopes: row.scopes, resources: row.resources });
    return client;
  }

  /** The client's scope and resource limits: remembered from the lookup that returned it, else read. */
  async #limitsOf(client: Client): Promise<{ scopes: string[] | null; resources: string[] | null }> {
    const known = this.#limits.get(client);
    if (known) return known;
    const { rows } = await this.pool.query<{ scopes: string[] | null; resources: string[] | null }>(
      `SELECT scopes, resources FROM ${this.#s}.clients WHERE id = $1`,
      [client.id],
    );
    return rows[0] ?? { scopes: null, resources: null };
  }

  async getClient(clientId: string, clientSecret: string | null): Promise<Client | undefined> {
    const { rows } = await this.pool.query<ClientRow>(`SELECT * FROM ${this.#s}.clients WHERE id = $1`, [
      clientId,
    ]);
    const row = rows[0];
    if (!row) return undefined;
    if (
      clientSecret !== null &&
      (!row.secret_digest || !verifyClientSecret(clientSecret, row.secret_digest))
    ) {
      return undefined;
    }
    return this.#client(row);
  }

  async getUser(username: string, password: string): Promise<User | undefined> {
    const { rows } = await this.pool.query<{ password_hash: string }>(
      `SELECT password_hash FROM ${this.#s}.users WHERE username = $1`,
      [username],
    );
    // An unknown user costs the same scrypt as a wrong password: timing does not tell which users exist.
    const valid = await verifyPassword(password, rows[0]?.password_hash ?? DUMMY_PASSWORD_HASH);
    return rows[0] && valid ? { username } : undefined;
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

  async saveAuthorizationCode(
    code: AuthorizationCodeData,
    client: Client,
    user: User,
  ): Promise<AuthorizationCode> {
    const grantId = code.grantId ?? newGrantId();
    await this.pool.query(
      `INSERT INTO ${this.#s}.authorization_codes (digest, grant_id, client_id, username, redirect_uri,
         redirect_uri_sent, scope, resource, code_challenge, code_challenge_method, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        digest(code.authorizationCode),
        grantId,
        client.id,
        String(user.username),
        code.redirectUri,
        code.redirectUriSent,
        orNull(code.scope),
        orNull(code.resource),
        orNull(code.codeChallenge),
        orNull(code.codeChallengeMethod),
        code.expiresAt.getTime(),
      ],
    );
    return { ...code, grantId, client, user };
  }

  /** A code row (with its client) as the Model returns it. */
  #code(authorizationCode: string, row: WithClient<CodeRow>): AuthorizationCode {
    const code: AuthorizationCode = {
      authorizationCode,
      grantId: row.grant_id,
      expiresAt: new Date(Number(row.expires_at)),
      redirectUri: row.redirect_uri,
      redirectUriSent: row.redirect_uri_sent,
      client: this.#client(joinedClient(row)),
      user: { username: row.username },
    };
    if (row.scope) code.scope = row.scope;
    if (row.resource) code.resource = row.resource;
    if (row.code_challenge) code.codeChallenge = row.code_challenge;
    if (row.code_challenge_method === 'S256' || row.code_challenge_method === 'plain') {
      code.codeChallengeMethod = row.code_challenge_method;
    }
    return code;
  }

  async #findCode(authorizationCode: string, condition: string): Promise<WithClient<CodeRow> | undefined> {
    const { rows } = await this.pool.query<WithClient<CodeRow>>(
      `SELECT a.*, ${this.#clientJoin} FROM ${this.#s}.authorization_codes a
         JOIN ${this.#s}.clients c ON c.id = a.client_id WHERE a.digest = $1 AND ${condition}`,
      [digest(authorizationCode)],
    );
    return rows[0];
  }

  async getAuthorizationCode(authorizationCode: string): Promise<AuthorizationCode | undefined> {
    const row = await this.#findCode(authorizationCode, 'a.consumed_at IS NULL');
    return row && this.#code(authorizationCode, row);
  }

  /** Consumes a code: `true` to exactly one caller, however many processes redeem it at once. */
  async revokeAuthorizationCode(code: AuthorizationCode): Promise<boolean> {
    const result = await this.pool.query(
      `UPDATE ${this.#s}.authorization_codes SET consumed_at = $1 WHERE digest = $2 AND consumed_at IS NULL`,
      [Date.now(), digest(code.authorizationCode)],
    );
    return result.rowCount === 1;
  }

  async getUsedAuthorizationCode(
    authorizationCode: string,
  ): Promise<(AuthorizationCode & UsedEntity) | undefined> {
    const row = await this.#findCode(
      authorizationCode,
      `a.consumed_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${this.#s}.revoked_grants g WHERE g.grant_id = a.grant_id)`,
    );
    return (
      row && {
        ...this.#code(authorizationCode, row),
        grantId: row.grant_id,
        usedAt: toDate(row.consumed_at)!,
      }
    );
  }

  /** Saves tokens; a grant revoked meanwhile (a concurrent replay) gets none, and the call answers `false`. */
  async saveToken(token: TokenData, client: Client, user: User | undefined): Promise<Token | false> {
    const now = Date.now();
    const insert = (db: pg.Pool | pg.PoolClient, grantId: string) =>
      db.query(
        `INSERT INTO ${this.#s}.tokens (grant_id, access_digest, refresh_digest, client_id, username, scope,
           refresh_scope, resource, refresh_resource, access_expires_at, refresh_expires_at, created_at)
         SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12
           WHERE NOT EXISTS (SELECT 1 FROM ${this.#s}.revoked_grants WHERE grant_id = $1)`,
        [
          grantId,
          digest(token.accessToken),
          token.refreshToken ? digest(token.refreshToken) : null,
          client.id,
          user ? String(user.username) : null,
          orNull(token.scope),
          orNull(token.refreshTokenScope),
          orNull(token.resource),
          orNull(token.refreshTokenResource),
          msOrNull(token.accessTokenExpiresAt),
          msOrNull(token.refreshTokenExpiresAt),
          now,
        ],
      );
    let grantId = token.grantId;
    if (grantId === undefined && token.authorizationCode) {
      const { rows } = await this.pool.query<{ grant_id: string }>(
        `SELECT grant_id FROM ${this.#s}.authorization_codes WHERE digest = $1`,
        [digest(token.authorizationCode)],
      );
      grantId = rows[0]?.grant_id;
    }
    let inserted: number | null;
    if (grantId === undefined) {
      // A new grant: nothing can be revoking it yet.
      grantId = newGrantId();
      inserted = (await insert(this.pool, grantId)).rowCount;
    } else {
      const existing = grantId;
      inserted = await this.#transaction(async (db) => {
        await this.#lockGrant(db, existing);
        return (await insert(db, existing)).rowCount;
      });
    }
    if (inserted !== 1) return false;
    const saved: Token = { ...token, grantId, client, issuedAt: new Date(now) };
    if (user !== undefined) saved.user = user;
    return saved;
  }

  async getAccessToken(accessToken: string): Promise<Token | undefined> {
    const { rows } = await this.pool.query<WithClient<TokenRow>>(
      `SELECT t.*, ${this.#clientJoin} FROM ${this.#s}.tokens t JOIN ${this.#s}.clients c ON c.id = t.client_id
         WHERE t.access_digest = $1 AND t.access_revoked_at IS NULL`,
      [digest(accessToken)],
    );
    const row = rows[0];
    if (!row) return undefined;
    const token: Token = {
      accessToken,
      grantId: row.grant_id,
      client: this.#client(joinedClient(row)),
      issuedAt: toDate(row.created_at)!,
    };
    const expiresAt = toDate(row.access_expires_at);
    if (expiresAt) token.accessTokenExpiresAt = expiresAt;
    if (row.scope) token.scope = row.scope;
    if (row.resource) token.resource = row.resource;
    if (row.username !== null) token.user = { username: row.username };
    return token;
  }

  #refreshToken(refreshToken: string, row: WithClient<TokenRow>): RefreshToken {
    const token: RefreshToken = {
      refreshToken,
      grantId: row.grant_id,
      client: this.#client(joinedClient(row)),
      issuedAt: toDate(row.created_at)!,
    };
    const expiresAt = toDate(row.refresh_expires_at);
    if (expiresAt) token.refreshTokenExpiresAt = expiresAt;
    const scope = row.refresh_scope ?? row.scope;
    if (scope) token.scope = scope;
    const resource = row.refresh_resource ?? row.resource;
    if (resource) token.resource = resource;
    if (row.username !== null) token.user = { username: row.username };
    return token;
  }

  async #findRefresh(refreshToken: string, condition: string): Promise<WithClient<TokenRow> | undefined> {
    const { rows } = await this.pool.query<WithClient<TokenRow>>(
      `SELECT t.*, ${this.#clientJoin} FROM ${this.#s}.tokens t JOIN ${this.#s}.clients c ON c.id = t.client_id
         WHERE t.refresh_digest = $1 AND ${condition}`,
      [digest(refreshToken)],
    );
    return rows[0];
  }

  async getRefreshToken(refreshToken: string): Promise<RefreshToken | undefined> {
    const row = await this.#findRefresh(refreshToken, 't.refresh_revoked_at IS NULL');
    return row && this.#refreshToken(refreshToken, row);
  }

  /** Rotates a refresh token: `true` to exactly one caller; the row stays as a tombstone. */
  async revokeToken(token: RefreshToken | Token): Promise<boolean> {
    if (!token.refreshToken) return false;
    const now = Date.now();
    const result = await this.pool.query(
      `UPDATE ${this.#s}.tokens SET refresh_revoked_at = $1, refresh_rotated_at = $1
         WHERE refresh_digest = $2 AND refresh_revoked_at IS NULL`,
      [now, digest(token.refreshToken)],
    );
    return result.rowCount === 1;
  }

  async getUsedRefreshToken(refreshToken: string): Promise<(RefreshToken & UsedEntity) | undefined> {
    const row = await this.#findRefresh(
      refreshToken,
      `t.refresh_rotated_at IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM ${this.#s}.revoked_grants g WHERE g.grant_id = t.grant_id)`,
    );
    return (
      row && {
        ...this.#refreshToken(refreshToken, row),
        grantId: row.grant_id,
        usedAt: toDate(row.refresh_rotated_at)!,
      }
    );
  }

  async revokeAccessToken(token: Token): Promise<boolean> {
    const result = await this.pool.query(
      `UPDATE ${this.#s}.tokens SET access_revoked_at = $1 WHERE access_digest = $2 AND access_revoked_at IS NULL`,
      [Date.now(), digest(token.accessToken)],
    );
    return result.rowCount === 1;
  }

  /** Revokes every code and token of a grant, in one transaction under the grant's lock. */
  async revokeGrant(grantId: string): Promise<boolean> {
    const now = Date.now();
    await this.#transaction(async (db) => {
      await this.#lockGrant(db, grantId);
      await db.query(
        `INSERT INTO ${this.#s}.revoked_grants (grant_id, revoked_at) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [grantId, now],
      );
      await db.query(
        `UPDATE ${this.#s}.tokens SET access_revoked_at = COALESCE(access_revoked_at, $1),
           refresh_revoked_at = COALESCE(refresh_revoked_at, $1) WHERE grant_id = $2`,
        [now, grantId],
      );
      await db.query(
        `UPDATE ${this.#s}.authorization_codes SET consumed_at = COALESCE(consumed_at, $1) WHERE grant_id = $2`,
        [now, grantId],
      );
    });
    return true;
  }
}
