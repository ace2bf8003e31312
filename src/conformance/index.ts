/**
 * `oauth2-contract/conformance`: tests an OAuth 2.0 authorization server against the contract and the RFCs.
 *
 * ```ts
 * import { runConformance, summarize, htmlReport } from 'oauth2-contract/conformance';
 * const report = await runConformance({ issuer: 'https://as.example', client: { id, secret, redirectUri } });
 * if (summarize(report).mustFailures.length > 0) process.exitCode = 1;
 * ```
 */
export { runConformance, type RunOptions } from './runner.js';
export {
  checkConfig,
  type TargetConfig,
  type ClientConfig,
  type AuthorizationMode,
  type FormFields,
} from './config.js';
export { summarize, type Summary } from './summary.js';
export { allCases } from './cases/index.js';
export { jsonReport } from './reporters/json.js';
export { junitReport } from './reporters/junit.js';
export { htmlReport } from './reporters/html.js';
export { progressLine, summaryText } from './reporters/terminal.js';
export {
  AREAS,
  AREA_TITLES,
  type Area,
  type Case,
  type CaseResult,
  type Exchange,
  type Level,
  type Outcome,
  type Report,
} from './types.js';
