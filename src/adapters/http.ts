/**
 * The HTTP layer both adapters share: reading and parsing requests, writing responses. Everything that is not
 * framework glue lives here, so the Express and `node:http` adapters behave identically.
 *
 * Parsing is deliberately plain: UTF-8 `application/x-www-form-urlencoded` only, no `qs` nesting, every value a
 * string, a repeated parameter kept as an array (so validation rejects it), null-prototype containers, a body cap
 * and a parameter-count cap.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { InvalidRequestError, type OAuthError, toErrorResponse } from '../errors.js';
import { Request, contentMediaType, type RequestParams } from '../request.js';
import type { Response } from '../response.js';

/** The largest request body read (oidc-provider uses 56 KiB). Larger bodies are answered 413 unread. */
export const BODY_LIMIT = 64 * 1024;
/** The most parameters a query or body may carry; OAuth requests have a dozen. */
export const PARAMETER_LIMIT = 256;

/** A request as the routes see it: framework-independent, body already parsed. */
export interface HttpRequest {
  method: string;
  /** The path, without the query. */
  path: string;
  query: RequestParams;
  headers: IncomingMessage['headers'];
  headersDistinct: Record<string, string[] | undefined> | undefined;
  /** The parsed form body (empty for other media types: the handlers reject what they cannot accept). */
  body: RequestParams;
  /** The native request, for logging and the remote address. */
  raw: IncomingMessage;
}

/** A response as the routes produce it. */
export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[]>;
  body?: string | Buffer | undefined;
}

function tooLarge(message: string): OAuthError {
  return new InvalidRequestError(message, { code: 413 });
}

/**
 * Parses `application/x-www-form-urlencoded` text (a body or a URL query): `+` is a space, `%XX` a UTF-8 byte. A
 * repeated name becomes an array. Malformed escapes or UTF-8 are `invalid_request`; too many parameters are 413
 * in a body, `invalid_request` in a query.
 */
export function parseForm(text: string, where: 'body' | 'query' = 'body'): RequestParams {
  const params = Object.create(null) as RequestParams;
  if (text === '') return params;
  let count = 0;
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    if (++count > PARAMETER_LIMIT) {
      const message = `Invalid request: more than ${PARAMETER_LIMIT} parameters`;
      // Too large a body is 413; too long a query is simply a bad request.
      throw where === 'body' ? tooLarge(message) : new InvalidRequestError(message);
    }
    const eq = pair.indexOf('=');
    const name = decodeComponent(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? '' : decodeComponent(pair.slice(eq + 1));
    const existing = params[name];
    params[name] = existing === undefined ? value : ([] as unknown[]).concat(existing, value);
  }
  return params;
}

function decodeComponent(component: string): string {
  try {
    return decodeURIComponent(component.replace(/\+/g, ' '));
  } catch {
    throw new InvalidRequestError('Invalid request: malformed form encoding (not UTF-8)');
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a request body up to `limit` bytes. A declared `Content-Length` above the limit is refused before reading;
 * a body that grows past it stops being read.
 */
export async function readBody(req: IncomingMessage, limit = BODY_LIMIT): Promise<Buffer> {
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > limit) {
    req.resume();
    throw tooLarge(`Invalid request: the body exceeds ${limit} bytes`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      req.resume();
      throw tooLarge(`Invalid request: the body exceeds ${limit} bytes`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

/** Parses a body read by {@link readBody}: only a form body is parsed; it must be UTF-8. */
export function parseBody(contentType: string | undefined, raw: Buffer): RequestParams {
  if (contentMediaType(contentType) !== 'application/x-www-form-urlencoded' || raw.length === 0) {
    return Object.create(null) as RequestParams;
  }
  let text: string;
  try {
    text = utf8.decode(raw);
  } catch {
    throw new InvalidRequestError('Invalid request: the body is not UTF-8');
  }
  return parseForm(text);
}

/** Splits a request target into path and parsed query. */
export function parseTarget(url: string | undefined): { path: string; query: RequestParams } {
  const target = url ?? '/';
  const mark = target.indexOf('?');
  const path = mark < 0 ? target : target.slice(0, mark);
  return {
    path: path || '/',
    query: mark < 0 ? (Object.create(null) as RequestParams) : parseForm(target.slice(mark + 1), 'query'),
  };
}

/** Reads a native request into an {@link HttpRequest}, parsing the body unless `body` is given (parsed upstream). */
export async function toHttpRequest(
  req: IncomingMessage,
  url: string | undefined,
  body?: RequestParams,
): Promise<HttpRequest> {
  const { path, query } = parseTarget(url);
  const method = (req.method ?? 'GET').toUpperCase();
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return {
    method,
    path,
    query,
    headers: req.headers,
    headersDistinct: req.headersDistinct,
    body:
      body ??
      (hasBody
        ? parseBody(req.headers['content-type'], await readBody(req))
        : (Object.create(null) as RequestParams)),
    raw: req,
  };
}

/** The core's `Request` for an HTTP request; the native request's own properties are not copied. */
export function toCoreRequest(http: HttpRequest): Request {
  return new Request({
    method: http.method,
    headers: http.headers,
    headersDistinct: http.headersDistinct,
    query: http.query,
    body: http.body,
  });
}

const JSON_TYPE = 'application/json; charset=utf-8';

/** A JSON response. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): HttpResponse {
  return { status, headers: { 'content-type': JSON_TYPE, ...headers }, body: JSON.stringify(body) };
}

/** What the core wrote on its `Response`, as an HTTP response: the body (if any) as JSON. */
export function fromCoreResponse(response: Response): HttpResponse {
  const headers: Record<string, string> = { ...response.headers };
  const body = response.body;
  const empty =
    body === undefined || body === null || (typeof body === 'object' && Object.keys(body).length === 0);
  if (empty) return { status: response.status, headers };
  headers['content-type'] = JSON_TYPE;
  return { status: response.status, headers, body: JSON.stringify(body) };
}

/** An error as an HTTP response, through the one serializer. */
export function errorResponse(error: unknown): HttpResponse {
  const { status, headers, body } = toErrorResponse(error);
  return body ? json(status, body, headers) : { status, headers };
}

/** Writes an {@link HttpResponse} to a native response. */
export function writeHttpResponse(res: ServerResponse, response: HttpResponse): void {
  const body = response.body ?? '';
  res.writeHead(response.status, { ...response.headers, 'content-length': String(Buffer.byteLength(body)) });
  res.end(body);
}
