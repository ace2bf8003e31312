#!/usr/bin/env node
/**
 * The `oauth2-contract` command.
 */
import { parseArgs } from 'node:util';
import { addClient, addUser, listClients, removeClient, removeUser } from './admin.js';
import { serve } from './serve.js';
import { STORE_KINDS, storeLocation, type StoreKind } from './stores.js';

const USAGE = `Usage: oauth2-contract <command> [options]

Commands:
  serve                         run the authorization server
      --port <n>                port (env PORT; default 3000; 0 picks a free one)
      --host <addr>             address to listen on (env HOST; default 127.0.0.1)
      --issuer <url>            issuer identifier (env ISSUER; default http://localhost:<port>)
      --store sqlite|memory|postgres|redis
                                where data lives (env STORE; default sqlite)
      --db <file|url>           the SQLite file (env DB; default ./data/oauth2-contract.db), or the
                                PostgreSQL URL (env DATABASE_URL) or Redis URL (env REDIS_URL; default
                                redis://127.0.0.1:6379); postgres needs npm install pg, redis ioredis
      --adapter node|express    HTTP adapter (env ADAPTER; default node)
      --log-level <level>       pino level (env LOG_LEVEL; default info)
  clients add --id <id> --redirect-uri <uri>... [--public] [--grant <g>...] [--scope <s>...] [--name <text>]
                                register a client; a confidential client's secret is printed once
  clients list                  list clients
  clients remove <id>           remove a client and its tokens
  users add <username> [--password <p>]
                                add a user (password from --password or the PASSWORD variable)
  users remove <username>       remove a user and their tokens
  conformance                   test an OAuth 2.0 server against the contract and the RFCs
      --config <file.json>      the target (issuer or endpoints, clients, user, authorization mode, resource)
      --issuer <url>            the target's issuer (RFC 8414 discovery)
      --client-id, --client-secret, --redirect-uri, --auth-method
                                a confidential client (override the config's)
      --json <file>             write the report as JSON
      --junit <file>            write the report as JUnit XML
      --html <file>             write the report as a self-contained HTML page
      --only <id>...            run only these cases (an id, a prefix such as PK-, or an area such as pkce)
      --parallel <n>            cases run at once (default 4)
      --verbose                 list passing cases too
                                exits 1 when a MUST fails
  help                          this text

The clients and users commands take --store and --db too (any store but memory).
`;

function fail(message: string): never {
  process.stderr.write(`oauth2-contract: ${message}\n`);
  process.exit(2);
}

function oneOf<T extends string>(value: string, allowed: readonly T[], name: string): T {
  if (!(allowed as readonly string[]).includes(value)) fail(`${name} must be one of ${allowed.join(', ')}`);
  return value as T;
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      issuer: { type: 'string' },
      store: { type: 'string' },
      db: { type: 'string' },
      adapter: { type: 'string' },
      'log-level': { type: 'string' },
      id: { type: 'string' },
      'redirect-uri': { type: 'string', multiple: true },
      grant: { type: 'string', multiple: true },
      scope: { type: 'string', multiple: true },
      name: { type: 'string' },
      public: { type: 'boolean' },
      password: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      config: { type: 'string' },
      'client-id': { type: 'string' },
      'client-secret': { type: 'string' },
      'auth-method': { type: 'string' },
      json: { type: 'string' },
      junit: { type: 'string' },
      html: { type: 'string' },
      only: { type: 'string', multiple: true },
      parallel: { type: 'string' },
      verbose: { type: 'boolean' },
    },
  });
  const [command, sub, arg] = positionals;
  const env = process.env;
  /** The store a command works on, from --store and --db or the environment (read only by commands that use one). */
  const storeTarget = (): { kind: StoreKind; location: string } => {
    const kind = oneOf(values.store ?? env.STORE ?? 'sqlite', STORE_KINDS, '--store');
    const location = storeLocation(kind, values.db, env);
    if (typeof location !== 'string') fail(location.problem);
    return { kind, location };
  };
  /** The store of an administration command: a persistent one. */
  const adminTarget = (): { kind: Exclude<StoreKind, 'memory'>; location: string } => {
    const { kind, location } = storeTarget();
    if (kind === 'memory') fail('--store memory keeps nothing: administer a sqlite, postgres or redis store');
    return { kind, location };
  };

  if (values.help || command === undefined || command === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  switch (command) {
    case 'serve': {
      const port = Number(values.port ?? env.PORT ?? 3000);
      if (!Number.isInteger(port) || port < 0 || port > 65535) fail('--port must be a port number');
      const { kind, location } = storeTarget();
      const running = await serve({
        port,
        host: values.host ?? env.HOST ?? '127.0.0.1',
        issuer: values.issuer ?? env.ISSUER,
        store: kind,
        db: location,
        adapter: oneOf(values.adapter ?? env.ADAPTER ?? 'node', ['node', 'express'], '--adapter'),
        logLevel: values['log-level'] ?? env.LOG_LEVEL ?? 'info',
      });
      const stop = (): void => {
        process.stdout.write('shutting down\n');
        void running.close().then(() => process.exit(0));
      };
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
      return;
    }
    case 'clients': {
      if (sub === 'add') {
        if (!values.id) fail('clients add needs --id');
        const redirectUris = values['redirect-uri'] ?? [];
        const isPublic = values.public === true;
        const grants =
          values.grant ??
          (isPublic
            ? ['authorization_code', 'refresh_token']
            : ['authorization_code', 'refresh_token', 'client_credentials']);
        if (grants.includes('authorization_code') && redirectUris.length === 0)
          fail('clients add needs --redirect-uri for authorization_code');
        const { id, secret } = await addClient(adminTarget(), {
          id: values.id,
          redirectUris,
          grants,
          scopes: values.scope,
          public: isPublic,
          name: values.name,
        });
        process.stdout.write(`client ${id} added (${isPublic ? 'public' : 'confidential'})\n`);
        if (secret) process.stdout.write(`client secret (shown once, stored as a digest): ${secret}\n`);
        return;
      }
      if (sub === 'list') {
        for (const client of await listClients(adminTarget())) {
          process.stdout.write(
            `${client.id}\t${client.confidential ? 'confidential' : 'public'}\t${client.grants.join(',')}\t${(client.redirectUris ?? []).join(' ')}\n`,
          );
        }
        return;
      }
      if (sub === 'remove') {
        if (!arg) fail('clients remove needs a client id');
        if (!(await removeClient(adminTarget(), arg))) fail(`no client ${arg}`);
        process.stdout.write(`client ${arg} removed\n`);
        return;
      }
      return fail(`unknown clients command: ${sub ?? '(none)'}`);
    }
    case 'users': {
      if (sub === 'add') {
        if (!arg) fail('users add needs a username');
        const password = values.password ?? env.PASSWORD;
        if (!password) fail('users add needs --password or the PASSWORD variable');
        await addUser(adminTarget(), arg, password);
        process.stdout.write(`user ${arg} added\n`);
        return;
      }
      if (sub === 'remove') {
        if (!arg) fail('users remove needs a username');
        if (!(await removeUser(adminTarget(), arg))) fail(`no user ${arg}`);
        process.stdout.write(`user ${arg} removed\n`);
        return;
      }
      return fail(`unknown users command: ${sub ?? '(none)'}`);
    }
    case 'conformance': {
      const { conformance } = await import('./conformance.js');
      const parallel = values.parallel === undefined ? undefined : Number(values.parallel);
      if (parallel !== undefined && (!Number.isInteger(parallel) || parallel < 1))
        fail('--parallel must be a positive integer');
      process.exitCode = await conformance({
        config: values.config,
        issuer: values.issuer,
        clientId: values['client-id'],
        clientSecret: values['client-secret'],
        redirectUri: values['redirect-uri']?.[0],
        authMethod: values['auth-method'],
        json: values.json,
        junit: values.junit,
        html: values.html,
        only: values.only,
        parallel,
        verbose: values.verbose,
      });
      return;
    }
    default:
      fail(`unknown command: ${command}\n\n${USAGE}`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) =>
  fail(error instanceof Error ? error.message : String(error)),
);
