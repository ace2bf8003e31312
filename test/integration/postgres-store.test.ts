/**
 * The PostgreSQL store against the Model contract (test/helpers/model-contract.ts), on the machine's PostgreSQL
 * (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test), each store in a schema of its own that is
 * dropped afterwards. Plus what only a shared database must promise: migrations that tolerate processes starting
 * together, data that survives reconnecting, single use across separate pools (separate processes), and no token
 * surviving a grant revoked while it was being saved.
 *
 * Without a reachable database the file is skipped, except under CI (test/helpers/services.ts).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { AuthorizationCodeData, Client, TokenData } from '../../src/model.js';
import { PostgresStore } from '../../src/stores/postgres.js';
import {
  describeModelContract,
  describeSharedStoreContract,
  type StoreInspector,
} from '../helpers/model-contract.js';
import { DATABASE_URL, postgresAvailable } from '../helpers/services.js';

const available = await postgresAvailable();

/** One pool for administration (dropping the test schemas). */
const admin = available ? new pg.Pool({ connectionString: DATABASE_URL, max: 2 }) : undefined;
const schemas = new Set<string>();
const newSchema = (): string => {
  const schema = `oauth2c_test_${randomBytes(6).toString('hex')}`;
  schemas.add(schema);
  return schema;
};

afterAll(async () => {
  for (const schema of schemas) await admin?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await admin?.end();
});

const connect = (schema = newSchema()): Promise<PostgresStore> =>
  PostgresStore.connect({ connectionString: DATABASE_URL, schema, poolConfig: { max: 4 } });

function inspector(store: PostgresStore, schema: string): StoreInspector {
  const one = async <T>(sql: string, value: string): Promise<T | undefined> =>
    (await store.pool.query<Record<string, T>>(sql, [value])).rows.map((row) => Object.values(row)[0])[0];
  return {
    clientSecret: (id) =>
      one<string | null>(`SELECT secret_digest FROM "${schema}".clients WHERE id = $1`, id),
    passwordOf: (username) =>
      one<string>(`SELECT password_hash FROM "${schema}".users WHERE username = $1`, username),
    dump: async () => {
      const { rows } = await store.pool.query<{ table_name: string }>(
        'SELECT table_name FROM information_schema.tables WHERE table_schema = $1',
        [schema],
      );
      const tables = await Promise.all(
        rows.map(async ({ table_name }) =>
          JSON.stringify((await store.pool.query(`SELECT * FROM "${schema}"."${table_name}"`)).rows),
        ),
      );
      return tables.join('\n');
    },
  };
}

/** Which schema each store of the contract suite lives in, for its inspector. */
const schemaOf = new WeakMap<PostgresStore, string>();

describe.skipIf(!available)('PostgresStore', () => {
  describeModelContract('PostgresStore', {
    create: async () => {
      const schema = newSchema();
      const store = await connect(schema);
      schemaOf.set(store, schema);
      return store;
    },
    dispose: (store) => store.close(),
    inspect: (store) => inspector(store, schemaOf.get(store)!),
  });

  const code = (authorizationCode: string): AuthorizationCodeData => ({
    authorizationCode,
    expiresAt: new Date(Date.now() + 60_000),
    redirectUri: 'https://app.example/cb',
    redirectUriSent: true,
    scope: ['read'],
  });
  const tokens = (grantId: string): TokenData => ({
    accessToken: randomBytes(16).toString('hex'),
    accessTokenExpiresAt: new Date(Date.now() + 3_600_000),
    refreshToken: randomBytes(16).toString('hex'),
    scope: ['read'],
    grantId,
  });

  async function registerApp(store: PostgresStore): Promise<Client> {
    await store.addUser({ username: 'alice', password: 'pw' });
    return store.addClient({
      id: 'app',
      secret: 'app-secret',
      grants: ['authorization_code', 'refresh_token'],
      redirectUris: ['https://app.example/cb'],
      scopes: ['read', 'write'],
    });
  }

  describe('schema and persistence', () => {
    it('creates the schema on first connect and leaves it alone on the next, data kept', async () => {
      const schema = newSchema();
      const first = await connect(schema);
      const client = await registerApp(first);
      await first.saveAuthorizationCode(code('kept-code'), client, { username: 'alice' });
      await first.close();

      const second = await connect(schema);
      try {
        expect((await second.getClient('app', 'app-secret'))?.id).toBe('app');
        expect((await second.getAuthorizationCode('kept-code'))?.scope).toEqual(['read']);
        expect(await second.hasUser('alice')).toBe(true);
        const { rows } = await second.pool.query<{ version: number }>(
          `SELECT version FROM "${schema}".schema_version`,
        );
        expect(rows).toEqual([{ version: 1 }]);
      } finally {
        await second.close();
      }
    });

    it('lets several processes start on an empty database at once', async () => {
      const schema = newSchema();
      const stores = await Promise.all(Array.from({ length: 4 }, () => connect(schema)));
      try {
        await registerApp(stores[0]!);
        for (const store of stores) expect((await store.getClient('app', null))?.id).toBe('app');
      } finally {
        await Promise.all(stores.map((store) => store.close()));
      }
    });

    it('refuses a schema name that is not a plain identifier', async () => {
      await expect(connect('oauth2"; DROP TABLE x; --')).rejects.toThrow(/lower-case SQL identifier/);
      await expect(connect('Upper')).rejects.toThrow(/lower-case SQL identifier/);
    });

    it('uses a pool the application owns without closing it', async () => {
      const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 2 });
      const store = await PostgresStore.connect({ pool, schema: newSchema() });
      await store.close();
      expect((await pool.query<{ one: number }>('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
      await pool.end();
    });

    it('purges what expired, and the revoked grants nothing refers to any more', async () => {
      const schema = newSchema();
      const store = await connect(schema);
      try {
        const client = await registerApp(store);
        const user = { username: 'alice' };
        const old = new Date(Date.now() - 3 * 24 * 3600 * 1000);
        await store.saveAuthorizationCode({ ...code('old-code'), expiresAt: old }, client, user);
        const stale = tokens('g-old');
        expect(
          await store.saveToken(
            { ...stale, accessTokenExpiresAt: old, refreshTokenExpiresAt: old },
            client,
            user,
          ),
        ).not.toBe(false);
        const live = tokens('g-live');
        expect(await store.saveToken(live, client, user)).not.toBe(false);
        await store.revokeGrant('g-old');
        await store.revokeGrant('g-other');

        expect(await store.purgeExpired()).toBe(2);
        expect(await store.getAccessToken(live.accessToken)).toBeDefined();
        const { rows } = await store.pool.query<{ grant_id: string }>(
          `SELECT grant_id FROM "${schema}".revoked_grants ORDER BY grant_id`,
        );
        expect(rows).toEqual([]);
        const left = await store.pool.query(`SELECT digest FROM "${schema}".authorization_codes`);
        expect(left.rowCount).toBe(0);
      } finally {
        await store.close();
      }
    });
  });

  describeSharedStoreContract('PostgresStore, two pools', async () => {
    const schema = newSchema();
    return Promise.all([connect(schema), connect(schema)]);
  });
});
