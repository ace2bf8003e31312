/**
 * The ready-made stores against one Model contract (test/helpers/model-contract.ts), plus what only the SQLite
 * store promises: its schema is created and migrated on open, data (revoked grants and tombstones included)
 * survives reopening, single use holds across connections, and expired codes and tokens can be purged.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthorizationCodeData, Client, TokenData } from '../../../src/model.js';
import { MemoryStore } from '../../../src/stores/memory.js';
import { SqliteStore } from '../../../src/stores/sqlite.js';
import { describeModelContract, type StoreInspector } from '../../helpers/model-contract.js';

let dir: string;
let files = 0;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'oauth2c-model-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});
const nextFile = (): string => path.join(dir, `store-${++files}.db`);

/** Every row of every table, as text, and the two credential columns. */
function sqliteInspector(store: SqliteStore): StoreInspector {
  const db = store.db;
  return {
    clientSecret: (id) =>
      db
        .prepare<[string], { secret_digest: string | null }>('SELECT secret_digest FROM clients WHERE id = ?')
        .get(id)?.secret_digest,
    passwordOf: (username) =>
      db
        .prepare<[string], { password_hash: string }>('SELECT password_hash FROM users WHERE username = ?')
        .get(username)?.password_hash,
    dump: () =>
      db
        .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
        .all()
        .map(({ name }) => JSON.stringify(db.prepare(`SELECT * FROM "${name}"`).all()))
        .join('\n'),
  };
}

describeModelContract('MemoryStore', {
  create: () => new MemoryStore(),
});

describeModelContract('SqliteStore(:memory:)', {
  create: () => new SqliteStore(':memory:'),
  dispose: (store) => store.close(),
  inspect: sqliteInspector,
});

describeModelContract('SqliteStore (file)', {
  create: () => new SqliteStore(nextFile()),
  dispose: (store) => store.close(),
  inspect: sqliteInspector,
});

const soon = (ms: number): Date => new Date(Date.now() + ms);

function code(authorizationCode: string, expiresAt: Date): AuthorizationCodeData {
  return { authorizationCode, expiresAt, redirectUri: 'https://app.example/cb', redirectUriSent: true };
}

function registerApp(store: SqliteStore): Client {
  return store.addClient({
    id: 'app',
    secret: 'app-secret',
    grants: ['authorization_code', 'refresh_token'],
    redirectUris: ['https://app.example/cb'],
    scopes: ['read', 'write'],
  });
}

describe('SqliteStore schema and persistence', () => {
  it('creates and migrates the schema on a fresh file, in a folder it creates', () => {
    const file = path.join(dir, 'nested', 'deeper', 'fresh.db');
    const store = new SqliteStore(file);
    try {
      expect(store.db.pragma('user_version', { simple: true })).toBe(2);
      const tables = store.db
        .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .all()
        .map((row) => row.name);
      expect(tables).toEqual(['authorization_codes', 'clients', 'meta', 'revoked_grants', 'tokens', 'users']);
      expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(() => store.ping()).not.toThrow();
    } finally {
      store.close();
    }
  });

  it('migrates an existing empty file', () => {
    const file = nextFile();
    writeFileSync(file, '');
    const store = new SqliteStore(file);
    try {
      expect(store.db.pragma('user_version', { simple: true })).toBe(2);
      expect(store.listClients()).toEqual([]);
    } finally {
      store.close();
    }
  });

  it('keeps clients, users, codes, tokens and secrets when reopened, without migrating again', async () => {
    const file = nextFile();
    const first = new SqliteStore(file);
    const client = registerApp(first);
    await first.addUser({ username: 'alice', password: 'pw' });
    const sessionKey = first.secret('session-key');
    first.saveAuthorizationCode({ ...code('persisted-code', soon(60_000)), scope: ['read'] }, client, {
      username: 'alice',
    });
    const token: TokenData = {
      accessToken: 'persisted-access',
      accessTokenExpiresAt: soon(3_600_000),
      refreshToken: 'persisted-refresh',
      scope: ['read'],
    };
    first.saveToken(token, client, { username: 'alice' });
    first.close();

    const second = new SqliteStore(file);
    try {
      expect(second.db.pragma('user_version', { simple: true })).toBe(2);
      expect(second.getClient('app', 'app-secret')?.id).toBe('app');
      expect(second.validateScope(undefined, client, ['admin'])).toBe(false);
      expect(await second.getUser('alice', 'pw')).toEqual({ username: 'alice' });
      expect(second.secret('session-key')).toBe(sessionKey);
      expect(second.getAuthorizationCode('persisted-code')).toMatchObject({
        scope: ['read'],
        client: { id: 'app' },
        user: { username: 'alice' },
      });
      expect(second.getAccessToken('persisted-access')).toMatchObject({
        scope: ['read'],
        client: { id: 'app' },
        user: { username: 'alice' },
      });
      expect(second.getRefreshToken('persisted-refresh')?.client.id).toBe('app');
    } finally {
      second.close();
    }
  });

  it('keeps grant ids, rotation tombstones and revoked grants when reopened', () => {
    const file = nextFile();
    const user = { username: 'alice' };
    const first = new SqliteStore(file);
    const client = registerApp(first);
    first.saveAuthorizationCode({ ...code('grant-code', soon(60_000)), grantId: 'grant-1' }, client, user);
    first.revokeAuthorizationCode(first.getAuthorizationCode('grant-code')!);
    first.saveToken(
      { accessToken: 'grant-access', refreshToken: 'grant-refresh', grantId: 'grant-1' },
      client,
      user,
    );
    first.revokeToken(first.getRefreshToken('grant-refresh')!);
    first.close();

    const second = new SqliteStore(file);
    try {
      expect(second.getUsedAuthorizationCode('grant-code')).toMatchObject({ grantId: 'grant-1' });
      expect(second.getUsedRefreshToken('grant-refresh')).toMatchObject({ grantId: 'grant-1' });
      expect(second.getAccessToken('grant-access')?.grantId).toBe('grant-1');
      second.revokeGrant('grant-1');
    } finally {
      second.close();
    }

    const third = new SqliteStore(file);
    try {
      expect(third.getAccessToken('grant-access')).toBeUndefined();
      expect(third.getUsedAuthorizationCode('grant-code')).toBeUndefined();
      expect(third.getUsedRefreshToken('grant-refresh')).toBeUndefined();
      expect(third.saveToken({ accessToken: 'late-access', grantId: 'grant-1' }, client, user)).toBe(false);
      expect(third.getAccessToken('late-access')).toBeUndefined();
    } finally {
      third.close();
    }
  });

  it('lists clients without secrets, confidential or public', () => {
    const store = new SqliteStore(':memory:');
    try {
      registerApp(store);
      store.addClient({ id: 'spa', grants: ['authorization_code'], tokenEndpointAuthMethod: 'none' });
      const listed = store.listClients();
      expect(listed.map((c) => [c.id, c.confidential])).toEqual([
        ['app', true],
        ['spa', false],
      ]);
      expect(JSON.stringify(listed)).not.toContain('app-secret');
      expect(listed[0]!.createdAt).toBeInstanceOf(Date);
    } finally {
      store.close();
    }
  });

  it('refuses a second client with the same id', () => {
    const store = new SqliteStore(':memory:');
    try {
      registerApp(store);
      expect(() => registerApp(store)).toThrow();
    } finally {
      store.close();
    }
  });

  it('single use holds across connections to the same file', () => {
    const file = nextFile();
    const stores = Array.from({ length: 5 }, () => new SqliteStore(file));
    try {
      const client = registerApp(stores[0]!);
      stores[0]!.saveAuthorizationCode(code('shared-code', soon(60_000)), client, { username: 'alice' });
      const copies = stores.map((store) => store.getAuthorizationCode('shared-code')!);
      const results = Array.from({ length: 50 }, (_, i) =>
        stores[i % stores.length]!.revokeAuthorizationCode(copies[i % copies.length]!),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      for (const store of stores) expect(store.getAuthorizationCode('shared-code')).toBeUndefined();
    } finally {
      for (const store of stores) store.close();
    }
  });
});

describe('SqliteStore.purgeExpired', () => {
  function count(store: SqliteStore, table: 'authorization_codes' | 'tokens'): number {
    return store.db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table}`).get()!.n;
  }

  it('deletes codes and tokens expired longer than the grace period, and keeps the rest', () => {
    const store = new SqliteStore(':memory:');
    try {
      const client = registerApp(store);
      const user = { username: 'alice' };
      store.saveAuthorizationCode(code('old-code', soon(-2 * 3600_000)), client, user);
      store.saveAuthorizationCode(code('recent-code', soon(-1000)), client, user);
      store.saveAuthorizationCode(code('live-code', soon(60_000)), client, user);
      // Access token and refresh token both long expired: gone.
      store.saveToken(
        {
          accessToken: 'dead-access',
          accessTokenExpiresAt: soon(-2 * 3600_000),
          refreshToken: 'dead-refresh',
          refreshTokenExpiresAt: soon(-2 * 3600_000),
        },
        client,
        user,
      );
      // Access token long expired, no refresh token: gone.
      store.saveToken({ accessToken: 'dead-alone', accessTokenExpiresAt: soon(-2 * 3600_000) }, client, user);
      // Access token expired but the refresh token lives: kept.
      store.saveToken(
        {
          accessToken: 'expired-access',
          accessTokenExpiresAt: soon(-2 * 3600_000),
          refreshToken: 'live-refresh',
          refreshTokenExpiresAt: soon(3600_000),
        },
        client,
        user,
      );
      // A refresh token without expiry never expires: kept.
      store.saveToken(
        {
          accessToken: 'expired-access-2',
          accessTokenExpiresAt: soon(-2 * 3600_000),
          refreshToken: 'forever',
        },
        client,
        user,
      );
      // A live access token: kept.
      store.saveToken({ accessToken: 'live-access', accessTokenExpiresAt: soon(3600_000) }, client, user);

      expect(store.purgeExpired(3600_000)).toBe(3);
      expect(count(store, 'authorization_codes')).toBe(2);
      expect(count(store, 'tokens')).toBe(3);
      expect(store.getAuthorizationCode('live-code')).toBeDefined();
      expect(store.getRefreshToken('live-refresh')).toBeDefined();
      expect(store.getRefreshToken('forever')).toBeDefined();
      expect(store.getAccessToken('live-access')).toBeDefined();

      // Without a grace period the recently expired code goes too.
      expect(store.purgeExpired(0)).toBe(1);
      expect(store.getAuthorizationCode('live-code')).toBeDefined();
      expect(store.purgeExpired(0)).toBe(0);
    } finally {
      store.close();
    }
  });

  it('keeps everything by default for a day after expiry', () => {
    const store = new SqliteStore(':memory:');
    try {
      const client = registerApp(store);
      store.saveAuthorizationCode(code('an-hour-ago', soon(-3600_000)), client, { username: 'alice' });
      store.saveAuthorizationCode(code('two-days-ago', soon(-48 * 3600_000)), client, { username: 'alice' });
      expect(store.purgeExpired()).toBe(1);
      expect(count(store, 'authorization_codes')).toBe(1);
    } finally {
      store.close();
    }
  });
});

describe('SqliteStore raw rows', () => {
  it('holds nothing a thief could use: no secret, password, code or token in clear', async () => {
    const db = nextFile();
    const store = new SqliteStore(db);
    const client = registerApp(store);
    await store.addUser({ username: 'alice', password: 'alice-password' });
    store.saveAuthorizationCode(code('clear-code', soon(60_000)), client, { username: 'alice' });
    store.saveToken({ accessToken: 'clear-access', refreshToken: 'clear-refresh' }, client, {
      username: 'alice',
    });
    store.close();
    // Read the file through another connection, as a copy of the database would be read.
    const raw = new Database(db, { readonly: true });
    try {
      const text = ['clients', 'users', 'authorization_codes', 'tokens']
        .map((table) => JSON.stringify(raw.prepare(`SELECT * FROM ${table}`).all()))
        .join('\n');
      for (const secret of ['app-secret', 'alice-password', 'clear-code', 'clear-access', 'clear-refresh']) {
        expect(text).not.toContain(secret);
      }
    } finally {
      raw.close();
    }
  });
});
