/**
 * The conformance kit's framework without a target: configuration checking, the runner's verdicts (skips with
 * their reason, contract violations failing a case), counting, and the reporters' escaping.
 */
import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { checkConfig } from '../../../src/conformance/config.js';
import { CookieJar } from '../../../src/conformance/http.js';
import { progressLine, summaryText } from '../../../src/conformance/reporters/terminal.js';
import { junitReport } from '../../../src/conformance/reporters/junit.js';
import { htmlReport } from '../../../src/conformance/reporters/html.js';
import { jsonReport } from '../../../src/conformance/reporters/json.js';
import { rfcQuote } from '../../../src/conformance/rfc-text.js';
import { runConformance } from '../../../src/conformance/runner.js';
import { rfcLink, summarize } from '../../../src/conformance/summary.js';
import type { Case, CaseResult, Report } from '../../../src/conformance/types.js';
import { closeServer, listen } from '../../helpers/transports.js';

const CLIENT = { id: 'app', secret: 's3cret', redirectUri: 'https://app.example/cb' };

describe('checkConfig()', () => {
  it('fills nothing it was not given and keeps what it was', () => {
    const config = checkConfig({
      issuer: 'https://as.example',
      client: { ...CLIENT, authMethod: 'client_secret_post' },
      publicClient: { id: 'spa', redirectUri: 'https://spa.example/cb' },
      user: { username: 'alice', password: 'pw' },
      authorization: { mode: 'form', fields: { username: 'login' } },
      resource: { url: 'https://rs.example/me', scope: 'read' },
      scope: 'read write',
      codeExpiryWait: 2,
      concurrency: 5,
      timeoutMs: 3000,
    });
    expect(config).toMatchObject({
      issuer: 'https://as.example',
      client: { ...CLIENT, authMethod: 'client_secret_post' },
      resource: { url: 'https://rs.example/me', scope: 'read' },
      authorization: { mode: 'form', fields: { username: 'login' } },
      codeExpiryWait: 2,
    });
  });

  it.each<[string, unknown, RegExp]>([
    ['not an object', 'x', /expected an object/],
    ['no client', { issuer: 'https://as.example' }, /client is required/],
    ['no issuer and no token endpoint', { client: CLIENT }, /give issuer/],
    [
      'an issuer that is not a URL',
      { issuer: 'as.example', client: CLIENT },
      /issuer must be an absolute URL/,
    ],
    [
      'a client without a redirect URI',
      { issuer: 'https://as.example', client: { id: 'a', secret: 'b' } },
      /client.redirectUri is required/,
    ],
    [
      'an unknown auth method',
      { issuer: 'https://as.example', client: { ...CLIENT, authMethod: 'private_key_jwt' } },
      /authMethod must be/,
    ],
    [
      'an unknown authorization mode',
      { issuer: 'https://as.example', client: CLIENT, authorization: { mode: 'magic' } },
      /authorization.mode must be/,
    ],
    [
      'callback mode without a callback or a command',
      { issuer: 'https://as.example', client: CLIENT, authorization: { mode: 'callback' } },
      /needs a callback function or a command/,
    ],
    [
      'a negative wait',
      { issuer: 'https://as.example', client: CLIENT, codeExpiryWait: -1 },
      /codeExpiryWait must be a non-negative number/,
    ],
    [
      'a public client without a redirect URI',
      { issuer: 'https://as.example', client: CLIENT, publicClient: { id: 'spa' } },
      /publicClient.redirectUri is required/,
    ],
  ])('refuses %s', (_what, value, message) => {
    expect(() => checkConfig(value)).toThrow(message);
  });
});

describe('CookieJar', () => {
  it('sends a cookie back to its origin and path only, longer paths first, and forgets a deleted one', () => {
    const jar = new CookieJar();
    jar.store('https://as.example/login', ['sid=abc; Path=/; HttpOnly', 'gone=1']);
    jar.store('https://as.example/interaction/x', ['step=1; Path=/interaction', 'flow=2']);
    expect(jar.header('https://as.example/authorize')).toBe('sid=abc; gone=1');
    expect(jar.header('https://as.example/interaction/x/y')).toBe('step=1; flow=2; sid=abc; gone=1');
    expect(jar.header('https://as.example/interactionX')).toBe('sid=abc; gone=1');
    expect(jar.header('https://other.example/')).toBeUndefined();
    jar.store('https://as.example/', ['gone=; Max-Age=0']);
    expect(jar.header('https://as.example/')).toBe('sid=abc');
  });

  it('clones: a copy starts with the session and goes its own way', () => {
    const jar = new CookieJar();
    jar.store('https://as.example/', ['sid=abc; Path=/']);
    const copy = jar.clone();
    copy.store('https://as.example/', ['sid=changed; Path=/']);
    expect(jar.header('https://as.example/')).toBe('sid=abc');
    expect(copy.header('https://as.example/')).toBe('sid=changed');
  });
});

describe('runConformance() with cases of its own', () => {
  /** A target that answers every request with the given status and body. */
  async function withTarget(
    answer: { status: number; headers?: Record<string, string>; body: string },
    run: (baseUrl: string) => Promise<void>,
  ): Promise<void> {
    const server = createServer((_req, res) => {
      res.writeHead(answer.status, answer.headers ?? { 'content-type': 'application/json' });
      res.end(answer.body);
    });
    const { baseUrl } = await listen(server);
    try {
      await run(baseUrl);
    } finally {
      await closeServer(server);
    }
  }

  const probe: Case = {
    id: 'GEN-99',
    title: 'A probe case for the runner',
    area: 'token-input',
    rfc: 'RFC 6749 §3.2',
    level: 'MUST',
    async run(t) {
      const response = await t.token({ grant_type: 'client_credentials' });
      t.expectError(response, 'invalid_request');
    },
  };

  it('skips a case whose need is not configured, saying why', async () => {
    await withTarget({ status: 400, body: '{"error":"invalid_request"}' }, async (baseUrl) => {
      const report = await runConformance(
        { endpoints: { token: `${baseUrl}/token` }, client: CLIENT },
        {
          cases: [
            { ...probe, needs: ['publicClient'] },
            { ...probe, id: 'GEN-98', needs: ['revocation'] },
          ],
        },
      );
      expect(report.results.map((r) => [r.id, r.outcome, r.message])).toEqual([
        ['GEN-99', 'skip', 'no public client configured'],
        ['GEN-98', 'skip', 'the target has no revocation endpoint'],
      ]);
    });
  });

  it('passes a case whose expectation holds and whose responses keep to the contract', async () => {
    await withTarget(
      {
        status: 400,
        headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
        body: '{"error":"invalid_request"}',
      },
      async (baseUrl) => {
        const report = await runConformance(
          { endpoints: { token: `${baseUrl}/token` }, client: CLIENT },
          { cases: [probe] },
        );
        expect(report.results[0]).toMatchObject({ outcome: 'pass', message: undefined });
        expect(report.results[0]!.exchanges[0]!.request.headers.authorization).toMatch(/^Basic /);
      },
    );
  });

  it('fails a case whose response breaks the contract, with the schema error', async () => {
    // The expected error, but with a quote in error_description (RFC 6749 §5.2 excludes %x22).
    await withTarget(
      { status: 400, body: '{"error":"invalid_request","error_description":"bad \\"x\\""}' },
      async (baseUrl) => {
        const report = await runConformance(
          { endpoints: { token: `${baseUrl}/token` }, client: CLIENT },
          { cases: [probe] },
        );
        const [result] = report.results;
        expect(result!.outcome).toBe('fail');
        expect(result!.message).toMatch(
          /^the response breaks the contract \(token\): 400 from POST \/token: body \/error_description must match pattern/,
        );
      },
    );
  });

  it('fails a case whose expectation does not hold, naming what came instead', async () => {
    await withTarget({ status: 200, body: '{"access_token":"x","token_type":"Bearer"}' }, async (baseUrl) => {
      const report = await runConformance(
        { endpoints: { token: `${baseUrl}/token` }, client: CLIENT },
        { cases: [probe] },
      );
      // The 200 also lacks Cache-Control: no-store, which the contract requires of a token response.
      expect(report.results[0]!.outcome).toBe('fail');
      expect(report.results[0]!.message).toMatch(/cache-control/);
    });
  });

  it('fails a case that throws, and one that cannot reach the target', async () => {
    const thrower: Case = {
      ...probe,
      id: 'GEN-97',
      run: () => Promise.reject(new Error('boom')),
    };
    const report = await runConformance(
      { endpoints: { token: 'http://127.0.0.1:9/token' }, client: CLIENT, timeoutMs: 2000 },
      { cases: [thrower, probe] },
    );
    expect(report.results[0]).toMatchObject({ outcome: 'fail', message: 'the case failed to run: boom' });
    expect(report.results[1]!.outcome).toBe('fail');
    expect(report.results[1]!.exchanges[0]!.error).toBeDefined();
  });

  it('selects cases by id, id prefix or area', async () => {
    await withTarget({ status: 400, body: '{"error":"invalid_request"}' }, async (baseUrl) => {
      const config = { endpoints: { token: `${baseUrl}/token` }, client: CLIENT };
      const cases = [probe, { ...probe, id: 'CA-99', area: 'client-auth' as const }];
      const ids = async (only: string[]) =>
        (await runConformance(config, { cases, only })).results.map((r) => r.id);
      expect(await ids(['GEN-99'])).toEqual(['GEN-99']);
      expect(await ids(['CA-'])).toEqual(['CA-99']);
      expect(await ids(['client-auth', 'token-input'])).toEqual(['GEN-99', 'CA-99']);
    });
  });
});

function result(overrides: Partial<CaseResult>): CaseResult {
  return {
    id: 'GEN-01',
    title: 'A case',
    area: 'token-input',
    rfc: 'RFC 6749 §3.2',
    level: 'MUST',
    outcome: 'pass',
    durationMs: 3,
    exchanges: [],
    ...overrides,
  };
}

const REPORT: Report = {
  target: 'https://as.example',
  startedAt: '2026-11-28T00:00:00.000Z',
  durationMs: 1234,
  results: [
    result({}),
    result({ id: 'GEN-02', outcome: 'fail', message: 'expected <400> & "got" 200' }),
    result({ id: 'CA-01', area: 'client-auth', level: 'SHOULD', outcome: 'warn', message: 'warned' }),
    result({
      id: 'PK-01',
      area: 'pkce',
      level: 'BAR',
      outcome: 'skip',
      message: 'no public client configured',
    }),
  ],
};

describe('summarize() and the reporters', () => {
  it('counts by area and level; a MUST failure fails the run', () => {
    const s = summarize(REPORT);
    expect(s.total).toEqual({ pass: 1, fail: 1, warn: 1, skip: 1 });
    expect(s.byArea.map((a) => a.area)).toEqual(['token-input', 'client-auth', 'pkce']);
    expect(s.byLevel.MUST).toEqual({ pass: 1, fail: 1, warn: 0, skip: 0 });
    expect(s.mustFailures.map((r) => r.id)).toEqual(['GEN-02']);
  });

  it('links RFC sections and appendices, and OAuth 2.1', () => {
    expect(rfcLink('RFC 6749 §4.1.2.1')).toBe('https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1');
    expect(rfcLink('RFC 6749 Appendix B')).toBe('https://www.rfc-editor.org/rfc/rfc6749#appendix-B');
    expect(rfcLink('RFC 9700')).toBe('https://www.rfc-editor.org/rfc/rfc9700');
    expect(rfcLink('OAuth 2.1 §4.1.1')).toMatch(/draft-ietf-oauth-v2-1/);
    expect(rfcLink('checklist')).toBeUndefined();
  });

  it('quotes the longest matching section of the catalogue', () => {
    expect(rfcQuote('RFC 6749 §3.2 ("MUST NOT be included more than once"), §5.2')).toMatch(/POST/);
    expect(rfcQuote('RFC 6749 §3.2.1')).toBeDefined();
    expect(rfcQuote('RFC 1149 §1')).toBeUndefined();
  });

  it('the terminal shows failures, warnings and skips, passes only when verbose', () => {
    expect(progressLine(REPORT.results[0]!, 1, 4)).toBeUndefined();
    expect(progressLine(REPORT.results[0]!, 1, 4, { verbose: true })).toMatch(/^\[1\/4\] ✓ GEN-01/);
    expect(progressLine(REPORT.results[1]!, 2, 4)).toMatch(/✗ GEN-02 A case \(MUST, RFC 6749 §3.2\)\n/);
    expect(progressLine(REPORT.results[1]!, 2, 4, { color: true })).toContain('\u001b[31m');
    const text = summaryText(REPORT);
    expect(text).toContain('4 cases in 1.2 s');
    expect(text).toContain('1 MUST failed: GEN-02');
  });

  it('JUnit: one suite per area, failures, skips and warnings, XML-escaped', () => {
    const xml = junitReport(REPORT);
    expect(xml).toContain(
      '<testsuites name="oauth2-contract conformance: https://as.example" tests="4" failures="1" skipped="1"',
    );
    expect(xml.match(/<testsuite /g)).toHaveLength(3);
    expect(xml).toContain('<failure message="expected &lt;400&gt; &amp; &quot;got&quot; 200" type="MUST"/>');
    expect(xml).toContain('<skipped message="no public client configured"/>');
    expect(xml).toContain('<system-out>warning: warned</system-out>');
  });

  it('HTML: escaped, the failure open, its RFC text quoted', () => {
    const html = htmlReport(REPORT);
    expect(html).toContain('expected &lt;400&gt; &amp; &quot;got&quot; 200');
    expect(html).toContain('<details id="GEN-02" open>');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('1 MUST failed: GEN-02');
  });

  it('JSON: the report as it is, with its summary', () => {
    expect(JSON.parse(jsonReport(REPORT))).toEqual({ ...REPORT, summary: summarize(REPORT) });
  });
});
