/**
 * The conformance kit's vocabulary: cases, what they need, what they found.
 */
import type { CaseContext } from './context.js';

/** How binding a case is: the RFC keyword, or `BAR` for what real breaches taught (security checklist). */
export type Level = 'MUST' | 'SHOULD' | 'BAR';

/** The areas cases are grouped in, in report order. */
export const AREAS = [
  'token-input',
  'client-auth',
  'authorization',
  'redirect-uri',
  'pkce',
  'code-lifecycle',
  'token-response',
  'refresh',
  'bearer',
  'revocation',
  'introspection',
  'metadata',
  'concurrency',
] as const;
export type Area = (typeof AREAS)[number];

export const AREA_TITLES: Readonly<Record<Area, string>> = {
  'token-input': 'Token endpoint input handling',
  'client-auth': 'Client authentication',
  authorization: 'Authorization endpoint',
  'redirect-uri': 'Redirect URIs',
  pkce: 'PKCE',
  'code-lifecycle': 'Authorization code lifecycle',
  'token-response': 'Token responses',
  refresh: 'Refresh tokens',
  bearer: 'Bearer tokens at the resource',
  revocation: 'Revocation',
  introspection: 'Introspection',
  metadata: 'Metadata',
  concurrency: 'Concurrency',
};

/** What a case needs from the target's configuration; without it the case is skipped, saying why. */
export type Need =
  | 'authorization'
  | 'publicClient'
  | 'secondClient'
  | 'user'
  | 'resource'
  | 'revocation'
  | 'introspection'
  | 'refresh'
  | 'deny'
  | 'metadata'
  | 'codeExpiry';

export interface Case {
  /** A stable id: the security checklist's (GEN-05, PK-08, ...) or a new one in the same scheme. */
  id: string;
  title: string;
  area: Area;
  /** The section enforced, e.g. `RFC 6749 §3.2`. */
  rfc: string;
  level: Level;
  needs?: readonly Need[];
  run(t: CaseContext): Promise<void>;
}

export type Outcome = 'pass' | 'fail' | 'warn' | 'skip';

/** One HTTP exchange a case made, as the report shows it. */
export interface Exchange {
  request: { method: string; url: string; headers: Record<string, string>; body?: string | undefined };
  response?:
    { status: number; headers: Record<string, string>; body: string; durationMs: number } | undefined;
  /** The operation of the contract the response was checked against. */
  operationId?: string | undefined;
  /** How the response breaks the contract (schema errors). */
  violations: string[];
  /** A network failure, if the request got no answer. */
  error?: string | undefined;
  /**
   * Made before the case ran and shown for context: the discovery of the metadata the case judged. Its contract
   * violations are the metadata case MD-01's to report, not every case's.
   */
  context?: boolean | undefined;
}

export interface CaseResult {
  id: string;
  title: string;
  area: Area;
  rfc: string;
  level: Level;
  outcome: Outcome;
  /** Why it failed, warned or was skipped. */
  message?: string | undefined;
  durationMs: number;
  exchanges: Exchange[];
}

export interface Report {
  target: string;
  startedAt: string;
  durationMs: number;
  results: CaseResult[];
}
