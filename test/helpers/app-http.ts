/**
 * Driving the runnable server over HTTP as a browser would, without a browser: a small cookie jar, manual
 * redirects, the hidden fields of the server's forms, and the contract check of every response.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { serve, type RunningServer, type ServeOptions } from '../../src/cli/serve.js';
import { s256 } from '../../src/pkce.js';
import { expectMatchesContract, observe, type ContractOperationId } from './contract.js';

/** A cookie jar for one "browser": keeps name=value pairs, drops cookies set with `Max-Age=0`. */
export class CookieJar {
  readonly #cookies = new Map<string, string>();

  store(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      if (eq < 0) continue;
      const name = pair.slice(0, eq).trim();
      const expired = attributes.some((a) => /^\s*max-age\s*=\s*0\s*$/i.test(a));
      if (expired) this.#cookies.delete(name);
      else this.#cookies.set(name, pair.slice(eq + 1).trim());
    }
  }

  get(name: string): string | undefined {
    return this.#cookies.get(name);
  }

  set(name: string, value: string): void {
    this.#cookies.set(name, value);
  }

  header(): string | undefined {
    if (this.#cookies.size === 0) return undefined;
    return [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/** A response as the tests look at it; the body already read. */
export interface Reply {
  status: number;
  headers: Headers;
  /** Parsed JSON for JSON responses, text otherwise. */
  body: unknown;
  /** The body as text (HTML pages). */
  text: string;
  location: string | null;
}

export interface CallOptions {
  /** A form body (sent as `application/x-www-form-urlencoded`). */
  form?: Record<string, string> | URLSearchParams | undefined;
  headers?: Record<string, string> | undefined;
  /** The cookie jar to send from and store into; none by default. */
  jar?: CookieJar | undefined;
  /** Skips the contract check (for routes the contract does not describe). */
  operationId?: ContractOperationId | undefined;
}

/** One HTTP exchange with the server: manual redirects, cookies from the jar, and the contract check. */
export async function call(
  base: string,
  method: 'GET' | 'POST',
  target: string,
  options: CallOptions = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...options.headers };
  const cookie = options.jar?.header();
  if (cookie) headers.cookie = cookie;
  let body: string | null = null;
  if (options.form !== undefined) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(options.form).toString();
  }
  const response = await fetch(new URL(target, base), { method, headers, body, redirect: 'manual' });
  options.jar?.store(response.headers);
  const observed = await observe(response);
  if (options.operationId) expectMatchesContract(observed, options.operationId);
  return {
    status: observed.status,
    headers: response.headers,
    body: observed.body,
    text: typeof observed.body === 'string' ? observed.body : JSON.stringify(observed.body),
    location: response.headers.get('location'),
  };
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

function unescapeHtml(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]!);
}

/** The hidden inputs of the first form of a page, by name. */
export function hiddenFields(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const match of html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)) {
    fields[unescapeHtml(match[1]!)] = unescapeHtml(match[2]!);
  }
  return fields;
}

/** A PKCE pair (RFC 7636 §4.1, §4.2). */
export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: s256(verifier) };
}

/** The query of an authorization request by the demo public client. */
export function authorizeQuery(challenge: string, overrides: Record<string, string> = {}): URLSearchParams {
  return new URLSearchParams({
    response_type: 'code',
    client_id: 'demo-spa',
    scope: 'read',
    state: `state-${randomBytes(8).toString('hex')}`,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...overrides,
  });
}

/** Log lines written by the server, one JSON object each. */
export class LogCapture extends Writable {
  readonly lines: string[] = [];
  #partial = '';

  override _write(
    chunk: Buffer | string,
    _encoding: BufferEncoding,
    callback: (error?: Error | null) => void,
  ): void {
    const text = this.#partial + String(chunk);
    const parts = text.split('\n');
    this.#partial = parts.pop() ?? '';
    this.lines.push(...parts.filter((line) => line !== ''));
    callback();
  }
}

/** A temporary folder for a test file's databases; `remove()` deletes it. */
export function tempDir(prefix: string): { dir: string; file(name: string): string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return {
    dir,
    file: (name) => path.join(dir, name),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Starts the runnable server on a free loopback port, quiet, logging into `logs`. */
export function startServer(
  options: Pick<ServeOptions, 'db' | 'adapter'> & Partial<ServeOptions>,
  logs: Writable = new LogCapture(),
): Promise<RunningServer> {
  return serve({
    port: 0,
    host: '127.0.0.1',
    store: 'sqlite',
    logLevel: 'info',
    print: () => {},
    logDestination: logs,
    ...options,
  });
}
