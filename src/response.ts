/**
 * The framework-neutral response the handlers write: a status, headers and a body, which an adapter (or the
 * application, in `oauth2-server`'s examples) copies to the real HTTP response.
 */
import { InvalidArgumentError } from './errors.js';

/** What `new Response()` takes: nothing, or an object with `headers` and `body` (other own properties are copied). */
export interface ResponseOptions {
  headers?: unknown;
  body?: unknown;
}

export class Response {
  /** The HTTP status; 200 until a handler sets it. */
  status = 200;
  /** Header values by lower-case name. */
  headers: Record<string, string>;
  /** The body: a JSON value for the adapter to serialize, or `undefined` for none. */
  body: unknown;
  [key: string]: unknown;

  /** Takes nothing, a Node/Express response, or a plain object (whose other properties are copied). */
  constructor(options?: ResponseOptions);
  constructor(options?: ResponseOptions & Record<string, unknown>);
  constructor(options: ResponseOptions = {}) {
    this.headers = Object.create(null) as Record<string, string>;
    const headers = typeof options.headers === 'object' && options.headers !== null ? options.headers : {};
    for (const [name, value] of Object.entries(headers as Record<string, unknown>)) {
      if (value === undefined) continue;
      this.headers[name.toLowerCase()] = Array.isArray(value)
        ? value.join(', ')
        : `${value as string | number}`;
    }
    this.body = options.body ?? {};
    for (const key of Object.keys(options)) {
      if (key !== 'headers' && key !== 'body' && key !== '__proto__' && this[key] === undefined) {
        this[key] = (options as Record<string, unknown>)[key];
      }
    }
  }

  /** A header's value, looked up case-insensitively. */
  get(field: string): string | undefined {
    return this.headers[field.toLowerCase()];
  }

  /** Sets a header (the name is stored in lower case). */
  set(field: string, value: string): void {
    this.headers[field.toLowerCase()] = value;
  }

  /** Redirects: sets `Location` and status 302. */
  redirect(url: string): void {
    this.set('Location', url);
    this.status = 302;
  }
}

/** What the handlers write to: a `Response` (of any copy of this package), or any object with `headers`. */
export interface ResponseTarget {
  status?: unknown;
  headers?: unknown;
  body?: unknown;
  set?: unknown;
}

/** Checks that `value` can receive a response, the way `oauth2-server` did with `instanceof`, but by shape. */
export function assertResponseTarget(value: unknown): asserts value is ResponseTarget {
  if (typeof value !== 'object' || value === null) {
    throw new InvalidArgumentError('Invalid argument: `response` must be an instance of Response');
  }
}

/** The parts of an HTTP answer a handler produces. */
export interface ResponseParts {
  status: number;
  headers: Readonly<Record<string, string>>;
  body: unknown;
}

/** Writes status, headers and body to a response object: through its `set()` when it has one. */
export function writeResponse(target: ResponseTarget, parts: ResponseParts): void {
  target.status = parts.status;
  setHeaders(target, parts.headers);
  target.body = parts.body;
}

/** Adds headers to a response object, through its `set()` when it has one. */
export function setHeaders(target: ResponseTarget, headers: Readonly<Record<string, string>>): void {
  if (typeof target.set === 'function') {
    for (const [name, value] of Object.entries(headers))
      (target.set as (n: string, v: string) => void).call(target, name, value);
    return;
  }
  if (typeof target.headers !== 'object' || target.headers === null)
    target.headers = Object.create(null) as object;
  const out = target.headers as Record<string, string>;
  for (const [name, value] of Object.entries(headers)) out[name] = value;
}
