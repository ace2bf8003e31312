/**
 * Which store the command works on: `--store sqlite|memory|postgres|redis` and `--db <file|url>` (or the
 * environment), opened the same way for `serve` and for the administration commands.
 *
 * The drivers of the shared stores are optional peer dependencies, imported only when chosen: `npm install pg`
 * for PostgreSQL, `npm install ioredis` for Redis. A `schema` parameter of a PostgreSQL URL and a `prefix`
 * parameter of a Redis URL choose where the data lives (`oauth2` and `oauth2:` by default).
 */
import type { PostgresStore } from '../stores/postgres.js';
import type { RedisStore } from '../stores/redis.js';
import { MemoryStore } from '../stores/memory.js';
import { SqliteStore } from '../stores/sqlite.js';

export const STORE_KINDS = ['sqlite', 'memory', 'postgres', 'redis'] as const;
export type StoreKind = (typeof STORE_KINDS)[number];

export const DEFAULT_SQLITE_FILE = './data/oauth2-contract.db';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

/** Where a store lives: its kind and the SQLite file or the PostgreSQL or Redis URL. */
export interface StoreTarget {
  kind: StoreKind;
  location: string;
}

/**
 * The location of a store from `--db` or the environment: `DB` (SQLite file), `DATABASE_URL` (PostgreSQL,
 * required), `REDIS_URL`. Returns a reason instead when there is none.
 */
export function storeLocation(
  kind: StoreKind,
  db: string | undefined,
  env: Record<string, string | undefined>,
): string | { problem: string } {
  switch (kind) {
    case 'memory':
      return '';
    case 'sqlite':
      return db ?? env['DB'] ?? DEFAULT_SQLITE_FILE;
    case 'postgres':
      return (
        db ?? env['DATABASE_URL'] ?? { problem: '--store postgres needs --db postgres://… (or DATABASE_URL)' }
      );
    case 'redis':
      return db ?? env['REDIS_URL'] ?? DEFAULT_REDIS_URL;
  }
}

/** A URL without one of its query parameters, and that parameter's value. */
function takeParameter(url: string, name: string): { url: string; value: string | undefined } {
  const parsed = new URL(url);
  const value = parsed.searchParams.get(name) ?? undefined;
  parsed.searchParams.delete(name);
  return { url: parsed.href, value };
}

/** A store that persists (what the administration commands work on). */
export type PersistentStore = SqliteStore | PostgresStore | RedisStore;

export async function openStore(
  target: StoreTarget & { kind: Exclude<StoreKind, 'memory'> },
): Promise<PersistentStore>;
export async function openStore(target: StoreTarget): Promise<PersistentStore | MemoryStore>;
export async function openStore(target: StoreTarget): Promise<PersistentStore | MemoryStore> {
  switch (target.kind) {
    case 'memory':
      return new MemoryStore();
    case 'sqlite':
      return new SqliteStore(target.location);
    case 'postgres': {
      const { PostgresStore } = await import('../stores/postgres.js');
      const { url, value: schema } = takeParameter(target.location, 'schema');
      return PostgresStore.connect({ connectionString: url, schema });
    }
    case 'redis': {
      const { RedisStore } = await import('../stores/redis.js');
      const { url, value: prefix } = takeParameter(target.location, 'prefix');
      return RedisStore.connect({ url, prefix });
    }
  }
}
