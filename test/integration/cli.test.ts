/**
 * The `oauth2-contract` command as a user runs it: a child process (`tsx src/cli/main.ts`) on a temporary
 * database. Administration of clients and users, usage and exit codes, and `serve` until SIGTERM, on SQLite and
 * on the shared stores (PostgreSQL, Redis).
 */
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digest, verifyPassword } from '../../src/stores/credentials.js';
import { SqliteStore } from '../../src/stores/sqlite.js';
import { tempDir } from '../helpers/app-http.js';
import { expectMatchesContract, observe } from '../helpers/contract.js';
import { basic } from '../helpers/oauth.js';
import {
  DATABASE_URL,
  REDIS_URL,
  deletePrefix,
  dropSchema,
  postgresAvailable,
  redisAvailable,
  uniqueName,
} from '../helpers/services.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = `${ROOT}node_modules/.bin/tsx`;
const MAIN = 'src/cli/main.ts';

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function start(args: readonly string[], env: Record<string, string> = {}): ChildProcess {
  const {
    PASSWORD: _password,
    DB: _db,
    PORT: _port,
    DATABASE_URL: _databaseUrl,
    REDIS_URL: _redisUrl,
    STORE: _store,
    ...inherited
  } = process.env;
  return spawn(TSX, [MAIN, ...args], {
    cwd: ROOT,
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function finish(child: ChildProcess): Promise<Run> {
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

function cli(args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  return finish(start(args, env));
}

let temp: ReturnType<typeof tempDir>;
let databases = 0;
beforeAll(() => {
  temp = tempDir('oauth2c-cli-');
});
afterAll(() => temp.remove());
const newDb = (): string => temp.file(`cli-${++databases}.db`);
/** A database created and migrated up front, for commands run side by side. */
function migratedDb(): string {
  const db = newDb();
  new SqliteStore(db).close();
  return db;
}

function rows(db: string, table: 'clients' | 'users' | 'tokens'): Record<string, unknown>[] {
  const raw = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return raw.prepare<[], Record<string, unknown>>(`SELECT * FROM ${table}`).all();
  } finally {
    raw.close();
  }
}

describe('oauth2-contract clients', () => {
  it('clients add prints a secret from the unreserved set once; the database keeps only its digest', async () => {
    const db = newDb();
    const added = await cli([
      'clients',
      'add',
      '--id',
      'x',
      '--redirect-uri',
      'https://a.example/cb',
      '--db',
      db,
    ]);
    expect(added).toMatchObject({ code: 0, stderr: '' });
    expect(added.stdout).toContain('client x added (confidential)');
    const match = /^client secret \(shown once, stored as a digest\): (\S+)$/m.exec(added.stdout);
    expect(match).not.toBeNull();
    const secret = match![1]!;
    expect(secret).toMatch(/^[A-Za-z0-9._~-]{43,}$/);

    const [row] = rows(db, 'clients');
    expect(row).toMatchObject({
      id: 'x',
      secret_digest: digest(secret),
      redirect_uris: JSON.stringify(['https://a.example/cb']),
      grants: JSON.stringify(['authorization_code', 'refresh_token', 'client_credentials']),
    });
    expect(JSON.stringify(rows(db, 'clients'))).not.toContain(secret);

    const listed = await cli(['clients', 'list', '--db', db]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toBe(
      'x\tconfidential\tauthorization_code,refresh_token,client_credentials\thttps://a.example/cb\n',
    );
    expect(listed.stdout).not.toContain(secret);

    // The printed secret authenticates the client.
    const store = new SqliteStore(db);
    try {
      expect(store.getClient('x', secret)?.id).toBe('x');
      expect(store.getClient('x', `${secret}x`)).toBeUndefined();
    } finally {
      store.close();
    }
  });

  it('every client gets its own secret', async () => {
    const db = migratedDb();
    const [a, b] = await Promise.all([
      cli(['clients', 'add', '--id', 'a', '--redirect-uri', 'https://a.example/cb', '--db', db]),
      cli(['clients', 'add', '--id', 'b', '--redirect-uri', 'https://b.example/cb', '--db', db]),
    ]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const secret = (run: Run): string | undefined => /stored as a digest\): (\S+)/.exec(run.stdout)?.[1];
    expect(secret(a)).toBeDefined();
    expect(secret(a)).not.toBe(secret(b));
  });

  it('clients add --public prints no secret and registers a public client', async () => {
    const db = newDb();
    const added = await cli([
      'clients',
      'add',
      '--id',
      'spa',
      '--public',
      '--redirect-uri',
      'http://127.0.0.1:8080/cb',
      '--scope',
      'read',
      '--name',
      'My SPA',
      '--db',
      db,
    ]);
    expect(added.code).toBe(0);
    expect(added.stdout).toBe('client spa added (public)\n');
    expect(rows(db, 'clients')[0]).toMatchObject({
      id: 'spa',
      secret_digest: null,
      token_endpoint_auth_method: 'none',
      grants: JSON.stringify(['authorization_code', 'refresh_token']),
      scopes: JSON.stringify(['read']),
      name: 'My SPA',
    });
    const listed = await cli(['clients', 'list', '--db', db]);
    expect(listed.stdout).toBe('spa\tpublic\tauthorization_code,refresh_token\thttp://127.0.0.1:8080/cb\n');
  });

  it.each([
    ['a fragment', 'https://a.example/cb#frag', 'must not have a fragment'],
    ['plain http to a non-loopback host', 'http://a.example/cb', 'http is only allowed for loopback'],
    ['a relative URI', '/cb', 'not an absolute URI'],
    ['a javascript: URI', 'javascript:alert(1)', 'scheme not allowed'],
  ])('clients add refuses a redirect URI with %s (exit 2)', async (_what, uri, message) => {
    const db = newDb();
    const run = await cli(['clients', 'add', '--id', 'x', '--redirect-uri', uri, '--db', db]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stdout).toBe('');
    const listed = await cli(['clients', 'list', '--db', db]);
    expect(listed.stdout).toBe('');
  });

  it('clients add refuses a missing --id, a missing redirect URI and a taken id (exit 2)', async () => {
    const db = newDb();
    await cli(['clients', 'add', '--id', 'x', '--redirect-uri', 'https://a.example/cb', '--db', db]);
    const [noId, noUri, taken, loopback] = await Promise.all([
      cli(['clients', 'add', '--redirect-uri', 'https://a.example/cb', '--db', db]),
      cli(['clients', 'add', '--id', 'y', '--db', db]),
      cli(['clients', 'add', '--id', 'x', '--redirect-uri', 'https://b.example/cb', '--db', db]),
      cli(['clients', 'add', '--id', 'z', '--redirect-uri', 'http://localhost:9000/cb', '--db', db]),
    ]);
    expect(noId.code).toBe(2);
    expect(noId.stderr).toContain('--id');
    expect(noUri.code).toBe(2);
    expect(noUri.stderr).toContain('--redirect-uri');
    expect(taken.code).toBe(2);
    expect(loopback.code).toBe(0);
    expect(rows(db, 'clients').map((row) => row.id)).toEqual(['x', 'z']);
  });

  it('clients remove deletes the client and its tokens; removing it again fails (exit 2)', async () => {
    const db = newDb();
    const store = new SqliteStore(db);
    const client = store.addClient({ id: 'gone', secret: 's', grants: ['client_credentials'] });
    store.addClient({ id: 'kept', secret: 's', grants: ['client_credentials'] });
    store.saveToken({ accessToken: 'token-of-gone' }, client, undefined);
    store.close();

    const removed = await cli(['clients', 'remove', 'gone', '--db', db]);
    expect(removed).toMatchObject({ code: 0, stdout: 'client gone removed\n' });
    expect(rows(db, 'clients').map((row) => row.id)).toEqual(['kept']);
    expect(rows(db, 'tokens')).toEqual([]);

    const again = await cli(['clients', 'remove', 'gone', '--db', db]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('no client gone');
    const none = await cli(['clients', 'remove', '--db', db]);
    expect(none.code).toBe(2);
  });
});

describe('oauth2-contract on a fresh database', () => {
  it('concurrent first runs all succeed', async () => {
    const db = newDb();
    const runs = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        cli(['clients', 'add', '--id', `c${i}`, '--redirect-uri', 'https://a.example/cb', '--db', db]),
      ),
    );
    expect(runs.map((run) => run.stderr)).toEqual(runs.map(() => ''));
    expect(runs.map((run) => run.code)).toEqual(runs.map(() => 0));
    expect(rows(db, 'clients')).toHaveLength(6);
  });
});

describe('oauth2-contract users', () => {
  it('users add hashes the password with scrypt; users remove deletes the user and their tokens', async () => {
    const db = newDb();
    const added = await cli(['users', 'add', 'u', '--password', 'p', '--db', db]);
    expect(added).toMatchObject({ code: 0, stdout: 'user u added\n', stderr: '' });
    const [row] = rows(db, 'users');
    expect(row!.username).toBe('u');
    const hash = String(row!.password_hash);
    expect(hash).toMatch(/^scrypt\$/);
    expect(await verifyPassword('p', hash)).toBe(true);

    const store = new SqliteStore(db);
    const client = store.addClient({ id: 'app', secret: 's', grants: ['password'] });
    store.saveToken({ accessToken: 'token-of-u', refreshToken: 'refresh-of-u' }, client, { username: 'u' });
    expect(await store.getUser('u', 'p')).toEqual({ username: 'u' });
    store.close();

    const removed = await cli(['users', 'remove', 'u', '--db', db]);
    expect(removed).toMatchObject({ code: 0, stdout: 'user u removed\n' });
    expect(rows(db, 'users')).toEqual([]);
    expect(rows(db, 'tokens')).toEqual([]);

    const again = await cli(['users', 'remove', 'u', '--db', db]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('no user u');
  });

  it('users add takes the password from PASSWORD, and needs one (exit 2)', async () => {
    const db = migratedDb();
    const [fromEnv, none, noName] = await Promise.all([
      cli(['users', 'add', 'v', '--db', db], { PASSWORD: 'from-the-environment' }),
      cli(['users', 'add', 'w', '--db', db]),
      cli(['users', 'add', '--password', 'p', '--db', db]),
    ]);
    expect(fromEnv.code).toBe(0);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--password');
    expect(noName.code).toBe(2);
    const store = new SqliteStore(db);
    try {
      expect(await store.getUser('v', 'from-the-environment')).toEqual({ username: 'v' });
      expect(store.hasUser('w')).toBe(false);
    } finally {
      store.close();
    }
  });
});

describe('oauth2-contract usage', () => {
  it('help, --help and no command print the usage (exit 0)', async () => {
    const runs = await Promise.all([cli(['help']), cli(['--help']), cli([])]);
    for (const run of runs) {
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Usage: oauth2-contract <command>/);
      for (const command of [
        'serve',
        'clients add',
        'clients list',
        'clients remove',
        'users add',
        'users remove',
      ]) {
        expect(run.stdout).toContain(command);
      }
    }
  });

  it('an unknown command, subcommand or option exits 2', async () => {
    const db = newDb();
    const [command, clients, users, option] = await Promise.all([
      cli(['frobnicate', '--db', db]),
      cli(['clients', 'frobnicate', '--db', db]),
      cli(['users', 'frobnicate', '--db', db]),
      cli(['clients', 'list', '--frobnicate', '--db', db]),
    ]);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain('unknown command: frobnicate');
    expect(clients.code).toBe(2);
    expect(clients.stderr).toContain('unknown clients command');
    expect(users.code).toBe(2);
    expect(users.stderr).toContain('unknown users command');
    expect(option.code).toBe(2);
  });

  it('serve refuses a bad --port, --store or --adapter, and postgres without a URL (exit 2)', async () => {
    const db = newDb();
    const runs = await Promise.all([
      cli(['serve', '--port', 'eighty', '--db', db]),
      cli(['serve', '--port', '0', '--store', 'mongodb', '--db', db]),
      cli(['serve', '--port', '0', '--adapter', 'koa', '--db', db]),
      cli(['serve', '--port', '0', '--store', 'postgres']),
    ]);
    expect(runs.map((run) => run.code)).toEqual([2, 2, 2, 2]);
    expect(runs[1].stderr).toContain('--store must be one of sqlite, memory, postgres, redis');
    expect(runs[3].stderr).toContain('--store postgres needs --db postgres://');
  });
});

/** The banner `serve` prints once it listens (up to the demo user's line). */
function banner(child: ChildProcess): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer): void => {
      seen += chunk.toString();
      if (/demo user: .*\n/.test(seen)) {
        child.stdout!.off('data', onData);
        resolve(seen);
      }
    };
    child.stdout!.on('data', onData);
    child.on('close', () => reject(new Error(`serve exited early:\n${seen}`)));
  });
}

describe('oauth2-contract serve', () => {
  it('prints the issuer, the docs and contract URLs and the demo credentials, serves, and exits 0 on SIGTERM', async () => {
    const db = newDb();
    const child = start(['serve', '--port', '0', '--db', db]);
    const done = finish(child);
    try {
      const printed = await banner(child);
      const issuer =
        /^oauth2-contract listening on (http:\/\/localhost:\d+) \(node adapter, sqlite store\)$/m.exec(
          printed,
        )?.[1];
      expect(issuer).toBeDefined();
      expect(printed).toContain(`docs:     ${issuer}/docs`);
      expect(printed).toContain(`contract: ${issuer}/openapi.json`);
      const secret = /demo confidential client: demo-client \/ (\S+)/.exec(printed)?.[1];
      expect(secret).toMatch(/^[A-Za-z0-9._~-]{32,}$/);
      expect(printed).toContain(`demo public client:       demo-spa (PKCE), redirect URI ${issuer}/callback`);
      const password = /demo user: +demo \/ (\S+)/.exec(printed)?.[1];
      expect(password).toBeDefined();

      const base = new URL(issuer!);
      base.hostname = '127.0.0.1';
      const health = await observe(await fetch(new URL('/health', base)));
      expect(health.status).toBe(200);
      expectMatchesContract(health, 'health');
      const openapi = await observe(await fetch(new URL('/openapi.json', base)));
      expectMatchesContract(openapi, 'openapi');

      // The printed credentials are the real ones.
      const token = await observe(
        await fetch(new URL('/token', base), {
          method: 'POST',
          headers: {
            authorization: basic('demo-client', secret!),
            'content-type': 'application/x-www-form-urlencoded',
          },
          body: 'grant_type=client_credentials',
        }),
      );
      expect(token.status).toBe(200);
      expectMatchesContract(token, 'token');
      const store = new SqliteStore(db);
      try {
        expect(await store.getUser('demo', password!)).toEqual({ username: 'demo' });
      } finally {
        store.close();
      }
    } finally {
      child.kill('SIGTERM');
    }
    const run = await done;
    expect(run.signal).toBeNull();
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('shutting down');
    // The request log went to stdout as JSON lines.
    const log = run.stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { path?: string; status?: number });
    expect(log).toContainEqual(expect.objectContaining({ path: '/health', status: 200 }));
  });
});

const withPostgres = await postgresAvailable();
const withRedis = await redisAvailable();
const schema = uniqueName('oauth2c_cli_');
const prefix = `${uniqueName('oauth2c-cli:')}:`;
afterAll(async () => {
  if (withPostgres) await dropSchema(schema);
  if (withRedis) await deletePrefix(prefix);
});

describe.each([
  ['postgres', withPostgres, () => `${DATABASE_URL}?schema=${schema}`],
  ['redis', withRedis, () => `${REDIS_URL}?prefix=${encodeURIComponent(prefix)}`],
] as const)('oauth2-contract serve --store %s', (store, available, url) => {
  it.skipIf(!available)(
    'serves on the shared store, and a second start finds the same demo client and the issued token',
    async () => {
      /** Starts serve, returns the printed issuer and demo secret, and how to stop it. */
      const run = async (): Promise<{ base: URL; secret: string; stop: () => Promise<Run> }> => {
        const child = start(['serve', '--port', '0', '--store', store, '--db', url()]);
        const done = finish(child);
        const printed = await banner(child);
        expect(printed).toContain(`(node adapter, ${store} store)`);
        const issuer = /listening on (http:\/\/localhost:\d+)/.exec(printed)![1]!;
        const base = new URL(issuer);
        base.hostname = '127.0.0.1';
        const secret = /demo confidential client: demo-client \/ (\S+)/.exec(printed)![1]!;
        return {
          base,
          secret,
          stop: () => {
            child.kill('SIGTERM');
            return done;
          },
        };
      };

      const first = await run();
      let accessToken: string;
      try {
        expect((await fetch(new URL('/health', first.base))).status).toBe(200);
        const token = await observe(
          await fetch(new URL('/token', first.base), {
            method: 'POST',
            headers: {
              authorization: basic('demo-client', first.secret),
              'content-type': 'application/x-www-form-urlencoded',
            },
            body: 'grant_type=client_credentials&scope=read',
          }),
        );
        expect(token.status).toBe(200);
        expectMatchesContract(token, 'token');
        accessToken = (token.body as { access_token: string }).access_token;
      } finally {
        expect((await first.stop()).code).toBe(0);
      }

      const second = await run();
      try {
        expect(second.secret).toBe(first.secret);
        const me = await observe(
          await fetch(new URL('/me', second.base), { headers: { authorization: `Bearer ${accessToken}` } }),
        );
        expect(me.status).toBe(200);
        expect(me.body).toMatchObject({ client_id: 'demo-client', scope: 'read' });
      } finally {
        expect((await second.stop()).code).toBe(0);
      }
    },
    30_000,
  );

  it.skipIf(!available)(
    'administers clients and users on the shared store',
    async () => {
      const on = ['--store', store, '--db', url()];
      const added = await cli([
        'clients',
        'add',
        '--id',
        `cli-${store}`,
        '--redirect-uri',
        'https://app.example/cb',
        ...on,
      ]);
      expect(added.code).toBe(0);
      const secret = /client secret \(shown once, stored as a digest\): (\S+)/.exec(added.stdout)?.[1];
      expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const listed = await cli(['clients', 'list', ...on]);
      expect(listed.stdout).toContain(
        `cli-${store}\tconfidential\tauthorization_code,refresh_token,client_credentials`,
      );
      expect(
        (await cli(['users', 'add', `user-${store}`, ...on], { PASSWORD: 'a long password' })).code,
      ).toBe(0);
      expect((await cli(['users', 'remove', `user-${store}`, ...on])).code).toBe(0);
      expect((await cli(['clients', 'remove', `cli-${store}`, ...on])).code).toBe(0);
      const again = await cli(['clients', 'remove', `cli-${store}`, ...on]);
      expect(again.code).toBe(2);
      expect(again.stderr).toContain(`no client cli-${store}`);
    },
    30_000,
  );
});

describe('oauth2-contract administration on --store memory', () => {
  it('is refused: a memory store keeps nothing (exit 2)', async () => {
    const run = await cli(['clients', 'list', '--store', 'memory']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--store memory keeps nothing');
  });
});
