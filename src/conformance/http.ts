/**
 * The kit's HTTP client: every request is recorded for the report, redirects are never followed automatically,
 * and every response is checked against the contract.
 */
import { connect } from 'node:net';
import { contractViolations, type ContractOperationId } from '../validation/responses.js';
import type { Exchange } from './types.js';

export interface KitRequest {
  method: string;
  url: string;
  /** The contract operation the response is checked against; omitted, the response is not checked. */
  operation?: ContractOperationId | undefined;
  query?: Readonly<Record<string, string | readonly string[] | undefined>> | undefined;
  /** A form body (`application/x-www-form-urlencoded`). */
  form?: Readonly<Record<string, string | readonly string[] | undefined>> | undefined;
  /** A raw body (its Content-Type in `headers`). */
  body?: string | undefined;
  headers?: Readonly<Record<string, string>> | undefined;
  jar?: CookieJar | undefined;
}

export interface KitResponse {
  status: number;
  /** Lower-case names; repeated headers joined with `, `. */
  headers: Record<string, string>;
  text: string;
  /** The body parsed as JSON, when it is JSON. */
  json: unknown;
  /** The `Location` header, resolved against the request URL. */
  location: URL | undefined;
  exchange: Exchange;
}

/** Cookies per origin and path (RFC 6265 §5.1.4), enough for a login session. */
export class CookieJar {
  /** origin → "path name" → cookie. */
  readonly #cookies = new Map<string, Map<string, { name: string; value: string; path: string }>>();

  /** A copy: a browser of its own that starts with this one's session. */
  clone(): CookieJar {
    const copy = new CookieJar();
    for (const [origin, cookies] of this.#cookies) copy.#cookies.set(origin, new Map(cookies));
    return copy;
  }

  store(url: string, setCookie: readonly string[]): void {
    const target = new URL(url);
    const jar =
      this.#cookies.get(target.origin) ?? new Map<string, { name: string; value: string; path: string }>();
    // The default path: the request path up to its last "/" (RFC 6265 §5.1.4).
    const defaultPath = target.pathname.slice(0, target.pathname.lastIndexOf('/')) || '/';
    for (const cookie of setCookie) {
      const [pair, ...attributes] = cookie.split(';');
      const eq = pair!.indexOf('=');
      if (eq <= 0) continue;
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      const pathAttribute = attributes
        .map((a) => a.trim())
        .find((a) => a.toLowerCase().startsWith('path='))
        ?.slice(5);
      const path = pathAttribute?.startsWith('/') ? pathAttribute : defaultPath;
      const key = `${path} ${name}`;
      if (/max-age=0/i.test(cookie) || /expires=thu, 01 jan 1970/i.test(cookie) || value === '')
        jar.delete(key);
      else jar.set(key, { name, value, path });
    }
    this.#cookies.set(target.origin, jar);
  }

  header(url: string): string | undefined {
    const target = new URL(url);
    const jar = this.#cookies.get(target.origin);
    if (!jar) return undefined;
    const matches = (path: string): boolean =>
      target.pathname === path ||
      (target.pathname.startsWith(path) && (path.endsWith('/') || target.pathname[path.length] === '/'));
    const sent = [...jar.values()]
      .filter((c) => matches(c.path))
      // Longer paths first (RFC 6265 §5.4).
      .sort((a, b) => b.path.length - a.path.length)
      .map((c) => `${c.name}=${c.value}`);
    return sent.length > 0 ? sent.join('; ') : undefined;
  }
}

/** Encodes form or query parameters; arrays repeat the name. */
export function encodeForm(params: Readonly<Record<string, string | readonly string[] | undefined>>): string {
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    for (const item of typeof value === 'string' ? [value] : value) form.append(name, item);
  }
  return form.toString();
}

/** What the report shows of a header: credentials are shortened. */
export function redactHeader(name: string, value: string): string {
  if (name === 'authorization') return value.replace(/^(\S+)\s+(.{0,6}).*$/, '$1 $2…');
  if (name === 'cookie' || name === 'set-cookie') return value.replace(/=([^;,]{6})[^;,]*/g, '=$1…');
  return value;
}

/** What the report shows of a form body or a query: secrets and passwords are hidden. */
export function redactBody(body: string | undefined): string | undefined {
  if (body === undefined) return undefined;
  return body.replace(/(^|[&?])(client_secret|password)=[^&#]*/g, '$1$2=***');
}

function headersOf(response: Response): Record<string, string> {
  const out: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    out[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) out['set-cookie'] = cookies.join(', ');
  return out;
}

function parseJson(text: string, contentType: string | undefined): unknown {
  if (!text || !contentType?.includes('json')) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Sends a request, records it, and checks the response against the contract. */
export async function send(request: KitRequest, timeoutMs: number): Promise<KitResponse> {
  const url = new URL(request.url);
  if (request.query) {
    const extra = encodeForm(request.query);
    if (extra) url.search = url.search ? `${url.search.slice(1)}&${extra}` : extra;
  }
  const headers: Record<string, string> = { ...request.headers };
  let body = request.body;
  if (request.form) {
    body = encodeForm(request.form);
    headers['content-type'] ??= 'application/x-www-form-urlencoded';
  }
  const cookie = request.jar?.header(url.href);
  if (cookie) headers.cookie = cookie;
  const exchange: Exchange = {
    request: {
      method: request.method,
      url: redactBody(url.href)!,
      headers: Object.fromEntries(
        Object.entries(headers).map(([n, v]) => [n, redactHeader(n.toLowerCase(), v)]),
      ),
      body: redactBody(body),
    },
    operationId: request.operation,
    violations: [],
  };
  const started = performance.now();
  let response: Response;
  try {
    response = await fetch(url, {
      method: request.method,
      headers,
      body: request.method === 'GET' || request.method === 'HEAD' ? null : (body ?? null),
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    exchange.error = error instanceof Error ? `${error.name}: ${error.message}` : 'network error';
    throw Object.assign(
      new Error(`no answer from ${request.method} ${url.origin}${url.pathname}: ${exchange.error}`),
      {
        exchange,
      },
    );
  }
  const text = await response.text();
  const responseHeaders = headersOf(response);
  if (request.jar) request.jar.store(url.href, response.headers.getSetCookie());
  exchange.response = {
    status: response.status,
    headers: Object.fromEntries(Object.entries(responseHeaders).map(([n, v]) => [n, redactHeader(n, v)])),
    body: text.length > 4000 ? `${text.slice(0, 4000)}… (${text.length} characters)` : text,
    durationMs: Math.round((performance.now() - started) * 10) / 10,
  };
  const json = parseJson(text, responseHeaders['content-type']);
  if (request.operation) {
    exchange.violations = contractViolations(request.operation, {
      status: response.status,
      headers: responseHeaders,
      body: json ?? text,
    });
  }
  const location = responseHeaders.location;
  return {
    status: response.status,
    headers: responseHeaders,
    text,
    json,
    location: location && URL.canParse(location, url) ? new URL(location, url) : undefined,
    exchange,
  };
}

/**
 * Sends a request byte for byte over TCP, for what fetch cannot send (a header twice). Answers the status and
 * the body; plain http only.
 */
export function sendRaw(
  url: string,
  head: string,
  body: string,
  timeoutMs: number,
): Promise<{ status: number; text: string }> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(target.port || 80), target.hostname);
    let data = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('raw request timed out'));
    }, timeoutMs);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      data += chunk;
    });
    socket.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(data)?.[1] ?? 0);
      resolve({ status, text: data.slice(data.indexOf('\r\n\r\n') + 4) });
    });
    socket.write(
      `${head.replace('{path}', `${target.pathname}${target.search}`).replace('{host}', target.host)}` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
