/**
 * Runs cases against a target: a few at a time, each with its own recorded exchanges, and turns what happened
 * into results. A response that breaks the contract fails its case, whatever the case concluded.
 */
import { checkConfig } from './config.js';
import { CaseContext, pkcePair, Verdict } from './context.js';
import { CookieJar } from './http.js';
import { resolveTarget, type Target } from './target.js';
import type { Case, CaseResult, Need, Report } from './types.js';

export interface RunOptions {
  /** The cases to run (default: all of them). */
  cases?: readonly Case[] | undefined;
  /** Only the cases with these ids, id prefixes (`PK-`) or areas (`pkce`). */
  only?: readonly string[] | undefined;
  /** Cases run at once (default 4). */
  parallel?: number | undefined;
  /** Called as each case finishes (live progress). */
  onResult?: ((result: CaseResult, done: number, total: number) => void) | undefined;
}

/** Why a case cannot run against this target, or `undefined` when it can. */
function missing(need: Need, target: Target): string | undefined {
  const { config, endpoints, metadata } = target;
  switch (need) {
    case 'authorization':
      if (!endpoints.authorization) return 'the target has no authorization endpoint';
      return config.authorization ? undefined : 'no authorization mode configured';
    case 'publicClient':
      return config.publicClient ? undefined : 'no public client configured';
    case 'secondClient':
      return config.secondClient ? undefined : 'no second confidential client configured';
    case 'user':
      return config.user ? undefined : 'no user configured';
    case 'resource':
      return config.resource ? undefined : 'no protected resource configured';
    case 'revocation':
      return endpoints.revocation ? undefined : 'the target has no revocation endpoint';
    case 'introspection':
      return endpoints.introspection ? undefined : 'the target has no introspection endpoint';
    case 'refresh':
      return undefined;
    case 'deny':
      return config.authorization?.mode === 'auto' ? 'authorization mode auto cannot deny' : undefined;
    case 'metadata':
      return metadata ? undefined : 'the target publishes no metadata';
    case 'codeExpiry':
      return config.codeExpiryWait ? undefined : 'no codeExpiryWait configured';
  }
}

async function runCase(testCase: Case, target: Target, jar: CookieJar): Promise<CaseResult> {
  const started = performance.now();
  const base = {
    id: testCase.id,
    title: testCase.title,
    area: testCase.area,
    rfc: testCase.rfc,
    level: testCase.level,
  };
  for (const need of testCase.needs ?? []) {
    const reason = missing(need, target);
    if (reason) return { ...base, outcome: 'skip', message: reason, durationMs: 0, exchanges: [] };
  }
  const t = new CaseContext(target, jar);
  // A case that judges the discovered metadata shows the document it judged.
  if (testCase.needs?.includes('metadata') && target.metadataResponse) {
    t.exchanges.push({ ...target.metadataResponse.exchange, context: true });
  }
  let outcome: CaseResult['outcome'] = 'pass';
  let message: string | undefined;
  try {
    await testCase.run(t);
  } catch (error) {
    if (error instanceof Verdict) {
      outcome = error.outcome;
      message = error.message;
    } else {
      outcome = 'fail';
      message = `the case failed to run: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
  const broken = t.exchanges.filter((exchange) => !exchange.context && exchange.violations.length > 0);
  if (broken.length > 0 && outcome !== 'skip') {
    const first = broken[0]!;
    const detail = `${first.response?.status ?? ''} from ${first.request.method} ${new URL(first.request.url).pathname}: ${first.violations.join('; ')}`;
    message = `the response breaks the contract (${first.operationId}): ${detail}${message && outcome === 'fail' ? `; and ${message}` : ''}`;
    outcome = 'fail';
  }
  return {
    ...base,
    outcome,
    message,
    durationMs: Math.round(performance.now() - started),
    exchanges: t.exchanges,
  };
}

/**
 * In `form` mode, signs the user in once (an authorization request walked through the target's pages), so the
 * cases start from that session instead of each logging in. Whatever goes wrong here, the cases report.
 */
async function signIn(target: Target): Promise<CookieJar> {
  const jar = new CookieJar();
  if (target.config.authorization?.mode !== 'form' || !target.endpoints.authorization) return jar;
  const t = new CaseContext(target, jar);
  const { challenge } = pkcePair();
  await t
    .authorize({
      response_type: 'code',
      redirect_uri: target.config.client.redirectUri,
      scope: target.config.scope,
      state: 'conformance-sign-in',
      code_challenge: challenge,
      code_challenge_method: 'S256',
    })
    .catch(() => undefined);
  return jar;
}

/**
 * Runs the conformance cases against a target described by `config` (checked first; an invalid configuration
 * throws). Resolves with the report; never rejects because of what the target answers.
 */
export async function runConformance(config: unknown, options: RunOptions = {}): Promise<Report> {
  const checked = checkConfig(config);
  const startedAt = new Date();
  const started = performance.now();
  const target = await resolveTarget(checked);
  const { allCases } = await import('./cases/index.js');
  const selected = (options.cases ?? allCases).filter(
    (c) =>
      !options.only ||
      options.only.some((id) => c.id === id || c.area === id || (id.endsWith('-') && c.id.startsWith(id))),
  );
  const session = await signIn(target);
  const results: CaseResult[] = new Array<CaseResult>(selected.length);
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < selected.length) {
      const index = next++;
      // Each case browses with its own cookies (a replay in one case must not end another's session), starting
      // from the signed-in session in `form` mode.
      const result = await runCase(selected[index]!, target, session.clone());
      results[index] = result;
      options.onResult?.(result, ++done, selected.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.parallel ?? 4) }, worker));
  return {
    target: checked.issuer ?? target.endpoints.token,
    startedAt: startedAt.toISOString(),
    durationMs: Math.round(performance.now() - started),
    results,
  };
}
