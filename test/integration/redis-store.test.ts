/**
 * The Redis store against the Model contract (test/helpers/model-contract.ts), on the machine's Redis (REDIS_URL,
 * default redis://127.0.0.1:6379), each store under a key prefix of its own that is deleted afterwards. Plus what
 * only a shared store must promise: single use across separate connections (separate processes), no token
 * surviving a grant revoked while it was being saved, expiry by Redis itself, and the purge of what pointed at
 * expired entries.
 *
 * Without a reachable Redis the file is skipped, except under CI (test/helpers/services.ts).
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import type { AuthorizationCodeData, Client, TokenData } from '../../src/model.js';
import { RedisStore } from '../../src/stores/redis.js';
import {
  describeModelContract,
  describeSharedStoreContract,
  type StoreInspector,
} from '../helpers/model-contract.js';
import { REDIS_URL, keysUnder, redisAvailable } from '../helpers/services.js';

const available = await redisAvailable();

const admin = available ? new Redis(REDIS_URL) : undefined;
const prefixes = new Set<string>();
const newPrefix = (): string => {
  const prefix = `oauth2c-test:${randomBytes(6).toString('hex')}:`;
  prefixes.add(prefix);
  return prefix;
};

afterAll(async () => {
  if (!admin) return;
  for (const prefix of prefixes) {
    const keys = await keysUnder(admin, prefix);
    if (keys.length > 0) await admin.del(...keys);
  }
  admin.disconnect();
});

const connect = (prefix = newPrefix(), retention?: number): Promise<RedisStore> =>
  RedisStore.connect({ url: REDIS_URL, prefix, retention });

function inspector(store: RedisStore, prefix: string): StoreInspector {
  const json = async (key: string): Promise<Record<string, unknown> | undefined> => {
    const text = await store.redis.get(`${prefix}${key}`);
    return text === null ? undefined : (JSON.parse(text) as Record<string, unknown>);
  };
  return {
    clientSecret: async (id) => (await json(`client:${id}`))?.['secretDigest'] as string | null | undefined,
    passwordOf: async (username) => (await json(`user:${username}`))?.['passwordHash'] as string | undefined,
    dump: async () => {
      const lines: string[] = [];
      for (const key of await keysUnder(store.redis, prefix)) {
        const type = await store.redis.type(key);
        const value =
          type === 'string'
            ? await store.redis.get(key)
            : type === 'hash'
              ? await store.redis.hgetall(key)
              : await store.redis.smembers(key);
        lines.push(`${key} ${JSON.stringify(value)}`);
      }
      return lines.join('\n');
    },
  };
}

const prefixOf = new WeakMap<RedisStore, string>();

describe.skipIf(!available)('RedisStore', () => {
  describeModelContract('RedisStore', {
    create: async () => {
      const prefix = newPrefix();
      const store = await connect(prefix);
      prefixOf.set(store, prefix);
      return store;
    },
    dispose: (store) => store.close(),
    inspect: (store) => inspector(store, prefixOf.get(store)!),
  });

  const code = (authorizationCode: string, expiresIn = 60_000): AuthorizationCodeData => ({
    authorizationCode,
    expiresAt: new Date(Date.now() + expiresIn),
    redirectUri: 'https://app.example/cb',
    redirectUriSent: true,
    scope: ['read'],
  });
  const tokens = (grantId: string, expiresIn = 3_600_000): TokenData => ({
    accessToken: randomBytes(16).toString('hex'),
    accessTokenExpiresAt: new Date(Date.now() + expiresIn),
    refreshToken: randomBytes(16).toString('hex'),
    refreshTokenExpiresAt: new Date(Date.now() + expiresIn),
    scope: ['read'],
    grantId,
  });

  async function registerApp(store: RedisStore): Promise<Client> {
    await store.addUser({ username: 'alice', password: 'pw' });
    return store.addClient({
      id: 'app',
      secret: 'app-secret',
      grants: ['authorization_code', 'refresh_token'],
      redirectUris: ['https://app.example/cb'],
      scopes: ['read', 'write'],
    });
  }

  it('keeps its data for the next connection, and refuses a second client or user with the same name', async () => {
    const prefix = newPrefix();
    const first = await connect(prefix);
    const client = await registerApp(first);
    await first.saveAuthorizationCode(code('kept-code'), client, { username: 'alice' });
    await expect(first.addClient({ id: 'app', grants: [] })).rejects.toThrow(/exists/);
    await expect(first.addUser({ username: 'alice', password: 'x' })).rejects.toThrow(/exists/);
    await first.close();

    const second = await connect(prefix);
    try {
      expect((await second.getClient('app', 'app-secret'))?.id).toBe('app');
      expect((await second.getAuthorizationCode('kept-code'))?.scope).toEqual(['read']);
      expect((await second.listClients()).map((c) => [c.id, c.confidential])).toEqual([['app', true]]);
    } finally {
      await second.close();
    }
  });

  it('uses a connection the application owns without closing it', async () => {
    const redis = new Redis(REDIS_URL);
    const store = await RedisStore.connect({ redis, prefix: newPrefix() });
    await store.close();
    expect(await redis.ping()).toBe('PONG');
    redis.disconnect();
  });

  describeSharedStoreContract('RedisStore, two connections', async () => {
    const prefix = newPrefix();
    return Promise.all([connect(prefix), connect(prefix)]);
  });

  it('lets Redis expire codes and tokens after their expiry plus the retention, then purges what pointed at them', async () => {
    const prefix = newPrefix();
    const store = await connect(prefix, 0);
    try {
      const client = await registerApp(store);
      const user = { username: 'alice' };
      await store.saveAuthorizationCode(code('short-code', 150), client, user);
      const short = tokens('g-short', 150);
      expect(await store.saveToken(short, client, user)).not.toBe(false);
      await store.revokeGrant('g-short');
      const live = tokens('g-live');
      expect(await store.saveToken(live, client, user)).not.toBe(false);
      expect(await store.redis.pttl(`${prefix}at:${'x'}`)).toBe(-2);

      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(await store.getAuthorizationCode('short-code')).toBeUndefined();
      expect(await store.redis.exists(`${prefix}revoked:g-short`)).toBe(1);
      // The grant's three entries (code, access and refresh token), each listed in its grant, client and user set.
      expect(await store.purgeExpired()).toBe(9);
      expect(await store.redis.exists(`${prefix}revoked:g-short`, `${prefix}grant:g-short`)).toBe(0);
      expect(await store.getAccessToken(live.accessToken)).toBeDefined();
      expect(await store.redis.scard(`${prefix}grant:g-live`)).toBe(2);
    } finally {
      await store.close();
    }
  });
});
