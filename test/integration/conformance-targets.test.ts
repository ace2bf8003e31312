/**
 * The conformance kit on real servers (issue 7): this project's server behind both adapters,
 * `@node-oauth/oauth2-server` 5.x behind Express, and `oidc-provider` 9.x. What each is expected to fail or warn is
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
import { EXPECTATIONS, type TargetName } from '../fixtures/conformance-expectations.js';
import {
  startNodeOAuthTarget,
  startOidcProviderTarget,
  startOwnServer,
  type ConformanceTarget,
} from '../helpers/conformance-targets.js';

const TARGETS: readonly [TargetName, () => Promise<ConformanceTarget>][] = [
  ['own-node', () => startOwnServer('node')],
  ['own-express', () => startOwnServer('express')],
  ['node-oauth', startNodeOAuthTarget],
  ['oidc-provider', startOidcProviderTarget],
];

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
