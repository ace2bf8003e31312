/**
 * `oauth2-contract conformance` as a user runs it (a child process: flags, a config file, the report files, the
 * exit code), and the authorization modes a target may need: `callback` as a function and as a command.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conformance } from '../../src/cli/conformance.js';
import { runConformance } from '../../src/conformance/runner.js';
import { tempDir } from '../helpers/app-http.js';
import {
  startNodeOAuthTarget,
  startOwnServer,
  type ConformanceTarget,
} from '../helpers/conformance-targets.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = `${ROOT}node_modules/.bin/tsx`;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: readonly string[]): Promise<Run> {
  const child = spawn(TSX, ['src/cli/main.ts', 'conformance', ...args], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let temp: ReturnType<typeof tempDir>;
let own: ConformanceTarget;
let peer: ConformanceTarget;

beforeAll(async () => {
  temp = tempDir('oauth2c-conformance-');
  [own, peer] = await Promise.all([startOwnServer('node'), startNodeOAuthTarget()]);
});
afterAll(async () => {
  await Promise.all([own.close(), peer.close()]);
  temp.remove();
});

function configFile(target: ConformanceTarget, name: string): string {
  const file = temp.file(`${name}.json`);
  writeFileSync(file, JSON.stringify(target.config));
  return file;
}

describe('the command', () => {
  it('passes a conforming server: exit 0, the summary, and the three report files', async () => {
    const [json, junit, html] = ['report.json', 'report.xml', 'report.html'].map((f) => temp.file(f));
    const run = await cli([
      '--config',
      configFile(own, 'own'),
      '--only',
      'token-input',
      '--only',
      'PK-',
      '--json',
      json!,
      '--junit',
      junit!,
      '--html',
      html!,
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`oauth2-contract conformance: ${own.config.issuer!}`);
    expect(run.stdout).toContain('No MUST failed.');
    const report = JSON.parse(readFileSync(json!, 'utf8')) as {
      results: { id: string; area: string }[];
      summary: { total: { fail: number } };
    };
    expect(report.summary.total.fail).toBe(0);
    expect(new Set(report.results.map((r) => r.area))).toEqual(new Set(['token-input', 'pkce']));
    expect(readFileSync(junit!, 'utf8')).toMatch(/^<\?xml version="1.0"/);
    expect(readFileSync(html!, 'utf8')).toContain('No MUST failed.');
  });

  it('exits 1 when a MUST fails, and prints the failure as it happens', async () => {
    const run = await cli(['--config', configFile(peer, 'peer'), '--only', 'CA-03b']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/\[1\/1\] ✗ CA-03b .*\n {6}the percent-encoded credentials were refused/);
    expect(run.stdout).toContain('1 MUST failed: CA-03b');
  });

  it('takes the client from flags over the config file', async () => {
    const run = await cli([
      '--config',
      configFile(own, 'own-flags'),
      '--client-secret',
      'not-the-secret',
      '--only',
      'GEN-07',
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('1 MUST failed: GEN-07');
  });

  it('exits 2 with the reason on a configuration it cannot use', async () => {
    const file = temp.file('bad.json');
    writeFileSync(file, JSON.stringify({ issuer: 'not a url', client: { id: 'a', secret: 'b' } }));
    const run = await cli(['--config', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('oauth2-contract: conformance config: issuer must be an absolute URL\n');
  });
});

describe('authorization mode callback', () => {
  /** What a test harness does for a server that approves without a page: follow the redirects. */
  async function follow(url: string): Promise<string> {
    let next = url;
    for (let hop = 0; hop < 5; hop++) {
      const response = await fetch(next, { redirect: 'manual' });
      const location = response.headers.get('location');
      if (!location) break;
      next = new URL(location, next).href;
      if (next.startsWith(peer.config.client.redirectUri)) return next;
    }
    return next;
  }

  it('as a function: the kit hands it the authorization URL and redeems the code it returns', async () => {
    const seen: string[] = [];
    const report = await runConformance(
      {
        ...peer.config,
        authorization: {
          mode: 'callback',
          callback: (url: string, decision: 'approve' | 'deny') => {
            seen.push(decision);
            return follow(url);
          },
        },
      },
      { only: ['AC-01', 'PK-01'] },
    );
    expect(report.results.map((r) => [r.id, r.outcome, r.message])).toEqual([
      ['PK-01', 'pass', undefined],
      ['AC-01', 'pass', undefined],
    ]);
    expect(seen).toEqual(['approve', 'approve']);
  });

  it('as a command: the URL in $AUTHORIZATION_URL, the redirect printed last', async () => {
    const script = temp.file('follow.mjs');
    writeFileSync(
      script,
      `let next = process.env.AUTHORIZATION_URL;
       for (let hop = 0; hop < 5; hop++) {
         const response = await fetch(next, { redirect: 'manual' });
         const location = response.headers.get('location');
         if (!location) break;
         next = new URL(location, next).href;
       }
       console.log('decision', process.env.DECISION);
       console.log(next);`,
    );
    const file = temp.file('callback.json');
    writeFileSync(
      file,
      JSON.stringify({
        ...peer.config,
        authorization: { mode: 'callback', command: `node ${script}` },
      }),
    );
    const out: string[] = [];
    const code = await conformance({ config: file, only: ['AC-01'] }, (text) => out.push(text));
    expect(code).toBe(0);
    expect(out.join('')).toContain('No MUST failed.');
  });

  it('a callback that fails fails the case with its message', async () => {
    const report = await runConformance(
      {
        ...peer.config,
        authorization: { mode: 'callback', callback: () => Promise.reject(new Error('no browser')) },
      },
      { only: ['AC-01'] },
    );
    expect(report.results[0]).toMatchObject({
      outcome: 'fail',
      message: 'the authorization callback failed: no browser',
    });
  });
});
