/**
 * The conformance kit on real servers (issue 7): this project's server behind both adapters (and on the
 * PostgreSQL and Redis stores), `@node-oauth/oauth2-server` 5.x behind Express, and `oidc-provider` 9.x. What each is expected to fail or warn is
 * pinned in test/fixtures/conformance-expectations.ts, each with its reason: the test fails when the kit reports
 * anything else, so neither a false positive nor a lost check can hide.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { htmlReport } from '../../src/conformance/reporters/html.js';
import { junitReport } from '../../src/conformance/reporters/junit.js';
import { runConformance } from '../../src/conformance/runner.js';
import { summarize } from '../../src/conformance/summary.js';
import { allCases } from '../../src/conformance/cases/index.js';
import type { Report } from '../../src/conformance/types.js';
import { PostgresStore } from '../../src/stores/postgres.js';
import { RedisStore } from '../../src/stores/redis.js';
import { EXPECTATIONS, type TargetName } from '../fixtures/conformance-expectations.js';
import {
  startNodeOAuthTarget,
  startOidcProviderTarget,
  startOwnServer,
  type ConformanceTarget,
} from '../helpers/conformance-targets.js';
import {
  DATABASE_URL,
  REDIS_URL,
  deletePrefix,
  dropSchema,
  postgresAvailable,
  redisAvailable,
  uniqueName,
} from '../helpers/services.js';

// The runnable server on the shared stores too: the kit's flows, replays and concurrent redemptions through a
// real PostgreSQL and Redis (skipped without them, except under CI).
const schema = uniqueName('oauth2c_kit_');
const prefix = uniqueName('oauth2c-kit:');
const withPostgres = await postgresAvailable();
const withRedis = await redisAvailable();
afterAll(async () => {
  if (withPostgres) await dropSchema(schema);
  if (withRedis) await deletePrefix(`${prefix}:`);
});

const TARGETS: [TargetName, () => Promise<ConformanceTarget>][] = [
  ['own-node', () => startOwnServer('node')],
  ['own-express', () => startOwnServer('express')],
];
if (withPostgres) {
  TARGETS.push([
    'own-postgres',
    () =>
      startOwnServer('node', () =>
        PostgresStore.connect({ connectionString: DATABASE_URL, schema, poolConfig: { max: 8 } }),
      ),
  ]);
}
if (withRedis) {
  TARGETS.push([
    'own-redis',
    () => startOwnServer('node', () => RedisStore.connect({ url: REDIS_URL, prefix: `${prefix}:` })),
  ]);
}
TARGETS.push(['node-oauth', startNodeOAuthTarget], ['oidc-provider', startOidcProviderTarget]);

/** `ID: message` for the cases of an outcome. */
function listed(report: Report, outcome: 'fail' | 'warn'): Record<string, string> {
  return Object.fromEntries(
    report.results.filter((r) => r.outcome === outcome).map((r) => [r.id, r.message ?? '']),
  );
}

/** The pinned ids against the reported ones, with the kit's message for anything unexpected. */
function difference(reported: Record<string, string>, pinned: Readonly<Record<string, string>>): string[] {
  const unexpected = Object.keys(reported)
    .filter((id) => !(id in pinned))
    .map((id) => `reported but not pinned: ${id} — ${reported[id]}`);
  const missing = Object.keys(pinned)
    .filter((id) => !(id in reported))
    .map((id) => `pinned but not reported: ${id} — ${pinned[id]}`);
  return [...unexpected, ...missing];
}

it('has at least 150 cases, each with a unique id, a title, a section and a level', () => {
  expect(allCases.length).toBeGreaterThanOrEqual(150);
  expect(new Set(allCases.map((c) => c.id)).size).toBe(allCases.length);
  for (const c of allCases) {
    expect(c.id).toMatch(/^[A-Z]{2,3}-\d{2}[a-z]?$/);
    expect(c.title.length, c.id).toBeGreaterThan(10);
    expect(c.rfc, c.id).toMatch(/^(RFC \d{4}|OAuth 2\.1|draft-)/);
    expect(['MUST', 'SHOULD', 'BAR']).toContain(c.level);
  }
});

describe.each(TARGETS)('the kit against %s', (name, start) => {
  let target: ConformanceTarget;
  let report: Report;

  beforeAll(async () => {
    // oidc-provider prints development warnings and notices (in-memory adapter, default TTLs).
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
    target = await start();
    report = await runConformance(target.config);
  });
  afterAll(async () => {
    await target.close();
    vi.restoreAllMocks();
  });

  it('fails exactly the pinned cases', () => {
    expect(difference(listed(report, 'fail'), EXPECTATIONS[name].fail)).toEqual([]);
  });

  it('warns on exactly the pinned cases', () => {
    expect(difference(listed(report, 'warn'), EXPECTATIONS[name].warn)).toEqual([]);
  });

  it('runs every case, and says why it skipped one', () => {
    expect(report.results).toHaveLength(allCases.length);
    for (const result of report.results.filter((r) => r.outcome === 'skip')) {
      expect(result.message, result.id).toMatch(/\w{3,}/);
    }
    for (const result of report.results.filter((r) => r.outcome !== 'skip')) {
      expect(result.exchanges.length, `${result.id} made no request`).toBeGreaterThan(0);
    }
  });

  it('every failure names what went wrong; a contract violation shows the schema error', () => {
    for (const result of report.results.filter((r) => r.outcome === 'fail')) {
      expect(result.message, result.id).toMatch(/\w{3,}/);
      const broken = result.exchanges.find((e) => !e.context && e.violations.length > 0);
      if (broken) expect(result.message).toContain(broken.violations[0]!);
    }
  });

  it('writes the JUnit and HTML reports of the run', () => {
    const summary = summarize(report);
    const junit = junitReport(report);
    expect(junit).toContain(`tests="${report.results.length}" failures="${summary.total.fail}"`);
    expect(junit.match(/<testcase /g)).toHaveLength(report.results.length);
    const html = htmlReport(report);
    expect(html).toContain('<!doctype html>');
    for (const result of report.results.filter((r) => r.outcome === 'fail')) {
      expect(html).toContain(`<details id="${result.id}" open>`);
    }
    // Self-contained: no script, stylesheet or image from elsewhere.
    expect(html).not.toMatch(/<script|<link|<img/);
  });
});
