/**
 * Side-by-side HTTP benchmark of the two hot paths — the token endpoint (client_credentials with Basic) and a
 * protected resource (authenticate a Bearer token) — on this project's server behind both adapters, against bare
 * node:http and bare Express (the floor of each stack) and against `@node-oauth/oauth2-server` 5.x behind Express.
 *
 *   npm run bench -- [--requests 20000] [--concurrency 16] [--rounds 3] [--targets node,express,...] [--json]
 *
 * Each target runs in its own process (scripts/bench/targets.ts) so it has a core to itself, while the load comes
 * from this one over keep-alive connections. Rounds interleave the targets, so a slow moment of the machine hits
 * all of them, and the report takes each target's median round. The machine is shared and noisy: read the ratios
 * between targets of one run, not the absolute numbers, and never compare numbers across runs or machines.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  TARGETS,
  type BenchRequest,
  type TargetName,
  type TargetReady,
  type TargetStats,
} from './targets.js';

interface Options {
  requests: number;
  concurrency: number;
  rounds: number;
  targets: TargetName[];
  json: boolean;
}

interface Running {
  name: TargetName;
  child: ChildProcess;
  ready: TargetReady;
  /** The resource request with the access token the target issued. */
  resource: BenchRequest;
}

export interface PathResult {
  /** Wall time per request, median round (µs). */
  microseconds: number;
  /** Requests per second, median round. */
  perSecond: number;
  /** Every round's µs per request, in order. */
  rounds: number[];
}

export interface TargetResult {
  target: TargetName;
  token: PathResult;
  resource: PathResult;
  /** After the last round (MiB). */
  rssMiB: number;
  heapUsedMiB: number;
}

export interface BenchReport {
  requests: number;
  concurrency: number;
  rounds: number;
  node: string;
  results: TargetResult[];
  /** Named cost ratios (µs per request of one target over another's, same run). */
  ratios: Record<string, { token: number; resource: number }>;
}

function options(argv: readonly string[]): Options {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      requests: { type: 'string', default: '20000' },
      concurrency: { type: 'string', default: '16' },
      rounds: { type: 'string', default: '3' },
      targets: { type: 'string', default: TARGETS.join(',') },
      json: { type: 'boolean', default: false },
    },
  });
  const positive = (name: string, text: string): number => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
    return value;
  };
  const targets = values.targets.split(',').map((name) => {
    if (!(TARGETS as readonly string[]).includes(name)) {
      throw new Error(`unknown target ${name} (targets: ${TARGETS.join(', ')})`);
    }
    return name as TargetName;
  });
  return {
    requests: positive('requests', values.requests),
    concurrency: positive('concurrency', values.concurrency),
    rounds: positive('rounds', values.rounds),
    targets,
    json: values.json,
  };
}

const TARGET_FILE = fileURLToPath(new URL('./targets.ts', import.meta.url));

function startTarget(name: TargetName): Promise<{ child: ChildProcess; ready: TargetReady }> {
  // tsx's loader, whether this process runs under the tsx CLI, vitest or plain node.
  const child = fork(TARGET_FILE, [name], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`target ${name} exited (${code}) before it was ready`)));
    child.on('message', (message: { ready?: TargetReady }) => {
      if (message.ready) resolve({ child, ready: message.ready });
    });
  });
}

function ask<T>(child: ChildProcess, question: string, key: string): Promise<T> {
  return new Promise((resolve) => {
    const onMessage = (message: Record<string, unknown>) => {
      if (key in message) {
        child.off('message', onMessage);
        resolve(message[key] as T);
      }
    };
    child.on('message', onMessage);
    child.send(question);
  });
}

/** One request; resolves with the status and the body. */
function send(agent: Agent, port: number, req: BenchRequest): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: '127.0.0.1', port, method: req.method, path: req.path, headers: req.headers, agent },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(req.body);
  });
}

/**
 * Sends `count` requests over `concurrency` keep-alive connections and returns the wall time (ms). Any answer
 * but 200 stops the run: a benchmark of error responses would measure the wrong thing.
 */
async function load(port: number, req: BenchRequest, count: number, concurrency: number): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  let started = 0;
  const worker = async (): Promise<void> => {
    while (started < count) {
      started++;
      const { status, body } = await send(agent, port, req);
      if (status !== 200)
        throw new Error(`${req.method} ${req.path} answered ${status}: ${body.slice(0, 200)}`);
    }
  };
  const begin = performance.now();
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  } finally {
    agent.destroy();
  }
  return performance.now() - begin;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function pathResult(rounds: number[]): PathResult {
  const microseconds = median(rounds);
  return { microseconds, perSecond: 1e6 / microseconds, rounds };
}

async function prepare(name: TargetName): Promise<Running> {
  const { child, ready } = await startTarget(name);
  const agent = new Agent({ keepAlive: false });
  const answer = await send(agent, ready.port, ready.token);
  if (answer.status !== 200)
    throw new Error(`${name}: the token request answered ${answer.status}: ${answer.body}`);
  const token = (JSON.parse(answer.body) as { access_token?: unknown }).access_token;
  if (typeof token !== 'string') throw new Error(`${name}: the token response has no access_token`);
  const resource = {
    ...ready.resource,
    headers: { ...ready.resource.headers, authorization: `Bearer ${token}` },
  };
  return { name, child, ready, resource };
}

export async function runBench(opts: Options): Promise<BenchReport> {
  const running: Running[] = [];
  try {
    for (const name of opts.targets) running.push(await prepare(name));
    // Warm-up: JIT, connection pools, the stores' first entries.
    const warm = Math.max(1, Math.floor(opts.requests / 10));
    for (const target of running) {
      await load(target.ready.port, target.ready.token, warm, opts.concurrency);
      await load(target.ready.port, target.resource, warm, opts.concurrency);
    }
    const times = new Map(running.map((t) => [t.name, { token: [] as number[], resource: [] as number[] }]));
    for (let round = 0; round < opts.rounds; round++) {
      for (const target of running) {
        const entry = times.get(target.name)!;
        const tokenMs = await load(target.ready.port, target.ready.token, opts.requests, opts.concurrency);
        entry.token.push((tokenMs * 1000) / opts.requests);
        const resourceMs = await load(target.ready.port, target.resource, opts.requests, opts.concurrency);
        entry.resource.push((resourceMs * 1000) / opts.requests);
      }
    }
    const results: TargetResult[] = [];
    for (const target of running) {
      const stats = await ask<TargetStats>(target.child, 'stats', 'stats');
      const entry = times.get(target.name)!;
      results.push({
        target: target.name,
        token: pathResult(entry.token),
        resource: pathResult(entry.resource),
        rssMiB: stats.rss / 2 ** 20,
        heapUsedMiB: stats.heapUsed / 2 ** 20,
      });
    }
    return {
      requests: opts.requests,
      concurrency: opts.concurrency,
      rounds: opts.rounds,
      node: process.version,
      results,
      ratios: ratios(results),
    };
  } finally {
    for (const target of running) target.child.kill();
  }
}

/** The comparisons the README quotes, for the targets that ran. */
function ratios(results: readonly TargetResult[]): BenchReport['ratios'] {
  const byName = new Map(results.map((r) => [r.target, r]));
  const pairs: [string, TargetName, TargetName][] = [
    ['node adapter / bare node:http', 'node', 'bare-node'],
    ['Express adapter / bare Express', 'express', 'bare-express'],
    ['bare Express / bare node:http', 'bare-express', 'bare-node'],
    ['Express adapter / node adapter', 'express', 'node'],
    ['@node-oauth (Express) / Express adapter', 'node-oauth', 'express'],
    ['@node-oauth (Express) / node adapter', 'node-oauth', 'node'],
  ];
  const out: BenchReport['ratios'] = {};
  for (const [label, a, b] of pairs) {
    const x = byName.get(a);
    const y = byName.get(b);
    if (!x || !y) continue;
    out[label] = {
      token: x.token.microseconds / y.token.microseconds,
      resource: x.resource.microseconds / y.resource.microseconds,
    };
  }
  return out;
}

function table(report: BenchReport): string {
  const lines = [
    `${report.requests} requests × ${report.rounds} rounds per path, concurrency ${report.concurrency}, Node ${report.node}; median round`,
    '',
    'target          token µs/req   req/s   /me µs/req   req/s    RSS MiB',
  ];
  for (const r of report.results) {
    lines.push(
      [
        r.target.padEnd(14),
        r.token.microseconds.toFixed(1).padStart(13),
        r.token.perSecond.toFixed(0).padStart(7),
        r.resource.microseconds.toFixed(1).padStart(12),
        r.resource.perSecond.toFixed(0).padStart(7),
        r.rssMiB.toFixed(0).padStart(10),
      ].join(' '),
    );
  }
  lines.push('', 'cost ratios (µs per request, same run)      token   /me');
  for (const [label, ratio] of Object.entries(report.ratios)) {
    lines.push(
      `${label.padEnd(42)} ${ratio.token.toFixed(2).padStart(6)} ${ratio.resource.toFixed(2).padStart(5)}`,
    );
  }
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const opts = options(process.argv.slice(2));
  const report = await runBench(opts);
  process.stdout.write(`${opts.json ? JSON.stringify(report, null, 2) : table(report)}\n`);
}
