/**
 * `oauth2-contract conformance`: runs the conformance kit against a target from a config file or flags.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { htmlReport } from '../conformance/reporters/html.js';
import { jsonReport } from '../conformance/reporters/json.js';
import { junitReport } from '../conformance/reporters/junit.js';
import { progressLine, summaryText } from '../conformance/reporters/terminal.js';
import { runConformance } from '../conformance/runner.js';
import { summarize } from '../conformance/summary.js';

export interface ConformanceFlags {
  config?: string | undefined;
  issuer?: string | undefined;
  clientId?: string | undefined;
  clientSecret?: string | undefined;
  redirectUri?: string | undefined;
  authMethod?: string | undefined;
  json?: string | undefined;
  junit?: string | undefined;
  html?: string | undefined;
  only?: string[] | undefined;
  parallel?: number | undefined;
  verbose?: boolean | undefined;
}

/** Runs the kit; resolves with the exit code: 1 when a MUST failed, 0 otherwise. */
export async function conformance(
  flags: ConformanceFlags,
  out: (text: string) => void = (t) => process.stdout.write(t),
): Promise<number> {
  const fromFile: Record<string, unknown> = flags.config
    ? (JSON.parse(await readFile(flags.config, 'utf8')) as Record<string, unknown>)
    : {};
  const config = { ...fromFile };
  if (flags.issuer) config.issuer = flags.issuer;
  if (flags.clientId || flags.clientSecret || flags.redirectUri || flags.authMethod) {
    const client = { ...(fromFile.client as Record<string, unknown> | undefined) };
    if (flags.clientId) client.id = flags.clientId;
    if (flags.clientSecret) client.secret = flags.clientSecret;
    if (flags.redirectUri) client.redirectUri = flags.redirectUri;
    if (flags.authMethod) client.authMethod = flags.authMethod;
    config.client = client;
  }
  const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
  const report = await runConformance(config, {
    only: flags.only,
    parallel: flags.parallel,
    onResult(result, done, total) {
      const line = progressLine(result, done, total, { color, verbose: flags.verbose ?? false });
      if (line) out(`${line}\n`);
    },
  });
  out(summaryText(report, { color }));
  if (flags.json) await writeFile(flags.json, jsonReport(report));
  if (flags.junit) await writeFile(flags.junit, junitReport(report));
  if (flags.html) await writeFile(flags.html, htmlReport(report));
  return summarize(report).mustFailures.length > 0 ? 1 : 0;
}
