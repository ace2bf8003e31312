/**
 * The benchmarks still run (`npm run bench`, `npm run bench:core`): every target starts, answers both hot paths
 * and reports.
 * No timing is asserted here — the machines are shared and noisy; speed lives in the benchmark's own ratios.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { runCoreBench } from '../../scripts/bench/core.js';
import type { BenchReport } from '../../scripts/bench/http.js';
import { TARGETS } from '../../scripts/bench/targets.js';

const run = promisify(execFile);

it('runs every target through both paths and reports the ratios', async () => {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', 'scripts/bench/http.ts', '--requests', '60', '--rounds', '1', '--json'],
    { cwd: new URL('../..', import.meta.url), timeout: 60_000 },
  );
  const report = JSON.parse(stdout) as BenchReport;
  expect(report.results.map((r) => r.target)).toEqual([...TARGETS]);
  for (const result of report.results) {
    for (const path of [result.token, result.resource]) {
      expect(path.rounds).toHaveLength(1);
      expect(path.microseconds).toBeGreaterThan(0);
      expect(path.perSecond).toBeCloseTo(1e6 / path.microseconds);
    }
    expect(result.rssMiB).toBeGreaterThan(0);
  }
  expect(Object.keys(report.ratios)).toEqual([
    'node adapter / bare node:http',
    'Express adapter / bare Express',
    'bare Express / bare node:http',
    'Express adapter / node adapter',
    '@node-oauth (Express) / Express adapter',
    '@node-oauth (Express) / node adapter',
  ]);
}, 90_000);

it('refuses an unknown target with the list of known ones', async () => {
  const failure: unknown = await run(
    process.execPath,
    ['--import', 'tsx', 'scripts/bench/http.ts', '--targets', 'nginx'],
    { cwd: new URL('../..', import.meta.url) },
  ).catch((error: unknown) => error);
  expect((failure as { code?: unknown }).code).toBe(1);
  expect((failure as { stderr?: string }).stderr).toContain('unknown target nginx (targets: bare-node');
});

it('the in-process benchmark runs both servers through both paths', async () => {
  const report = await runCoreBench(50, 1);
  for (const side of Object.values(report.results)) {
    expect(side.token).toBeGreaterThan(0);
    expect(side.authenticate).toBeGreaterThan(0);
  }
  expect(Object.keys(report.results)).toEqual(['oauth2-contract', '@node-oauth/oauth2-server']);
  expect(report.ratio.token).toBeCloseTo(
    report.results['@node-oauth/oauth2-server'].token / report.results['oauth2-contract'].token,
  );
});
