/**
 * The framework-neutral request the handlers read. `new Request(req)` accepts a Node or Express request, as in
 * `oauth2-server`'s examples: headers, method, query and body are taken from it, and its other own properties
 * (`session`, `user`, ...) are copied so an `authenticateHandler` can read them.
 */
import { InvalidArgumentError } from './errors.js';

const BRAND = Symbol.for('oauth2-contract.Request');

/**
 * What `new Request()` needs: the shape of a Node/Express request, or a plain object in tests. Without `query`,
 * the query is parsed from `url` (a plain `node:http` request). Other own properties are copied.
 */
export interface RequestOptions {
  headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  method?: string | undefined;
  query?: Readonly<Record<string, unknown>> | undefined;
  url?: string | undefined;
  body?: unknown;
  /** Every value of every header as received (Node's `IncomingMessage#headersDistinct`). */
  headersDistinct?: Readonly<Record<string, readonly string[] | undefined>> | undefined;
}

/** The parameters of a query or form body: values are strings, or arrays when a parameter was repeated. */
export type RequestParams = Record<string, unknown>;

const OWN_FIELDS = new Set(['headers', 'method', 'query', 'url', 'body', 'headersDistinct']);

export class Request {
  /** The HTTP method, upper case. */
  method: string;
  /** Header values by lower-case name; a repeated header keeps its last value (use `headersDistinct` to see all). */
  headers: Record<string, string>;
  /** Query parameters; a repeated parameter is an array. */
  query: RequestParams;
  /** Form parameters; a repeated parameter is an array. */
  body: RequestParams;
  /** Every value of every header, by lower-case name, when the adapter knows them (duplicate-header checks). */
  headersDistinct: Record<string, string[]> | undefined;
  [key: string]: unknown;

  /** Takes a Node/Express request as is, or a plain object (whose other properties are copied). */
  constructor(options: RequestOptions);
  constructor(options: RequestOptions & Record<string, unknown>);
  constructor(options: RequestOptions) {
    if (!options || typeof options !== 'object')
      throw new InvalidArgumentError('Missing parameter: `headers`');
    if (!options.headers) throw new InvalidArgumentError('Missing parameter: `headers`');
    if (!options.method) throw new InvalidArgumentError('Missing parameter: `method`');
    const query = options.query ?? (typeof options.url === 'string' ? parseUrlQuery(options.url) : undefined);
    if (!query) throw new InvalidArgumentError('Missing parameter: `query`');
    this.method = String(options.method).toUpperCase();
    this.headers = Object.create(null) as Record<string, string>;
    for (const [name, value] of Object.entries(options.headers)) {
      if (value === undefined) continue;
      this.headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    }
    // Express 5's `req.query` is a getter that re-parses on each access: take one snapshot.
    this.query = { ...query };
    this.body = isParams(options.body) ? options.body : {};
    this.headersDistinct = options.headersDistinct ? lowerCaseDistinct(options.headersDistinct) : undefined;
    for (const key of Object.keys(options)) {
      if (!OWN_FIELDS.has(key) && key !== '__proto__' && this[key] === undefined) {
        this[key] = (options as unknown as Record<string, unknown>)[key];
      }
    }
    Object.defineProperty(this, BRAND, { value: true });
  }

  /** A header's value, looked up case-insensitively. */
  get(field: string): string | undefined {
    return this.headers[field.toLowerCase()];
  }

  /**
   * The first of `types` the request's `Content-Type` matches (`'application/x-www-form-urlencoded'`,
   * `'application/*'`, or a shorthand such as `'urlencoded'` or `'json'`), or `false`.
   */
  is(...types: (string | readonly string[])[]): string | false {
    const mediaType = contentMediaType(this.get('content-type'));
    if (!mediaType) return false;
    for (const type of types.flat()) {
      if (mediaTypeMatches(mediaType, type)) return type;
    }
    return false;
  }

  /**
   * The request as a `Request` of this package: a `Request` (from any copy of the package) is returned as is; a
   * Node/Express request or a plain `{ headers, method, query, body }` is wrapped.
   */
  static from(value: unknown): Request {
    if (value instanceof Request || (typeof value === 'object' && value !== null && BRAND in value)) {
      return value as Request;
    }
    // Read through the object itself, not a copy: Node and Express define `headers` and `query` as getters.
    if (typeof value === 'object' && value !== null && 'headers' in value && 'method' in value) {
      const candidate = value as RequestOptions;
      const hasQuery = candidate.query !== undefined || typeof candidate.url === 'string';
      return new Request(hasQuery ? candidate : { ...candidate, query: {} });
    }
    throw new InvalidArgumentError('Invalid argument: `request` must be an instance of Request');
  }
}

/** The query of a request target, a repeated parameter as an array. */
function parseUrlQuery(url: string): RequestParams {
  const query = Object.create(null) as RequestParams;
  const mark = url.indexOf('?');
  if (mark < 0) return query;
  for (const [name, value] of new URLSearchParams(url.slice(mark + 1))) {
    const existing = query[name];
    query[name] = existing === undefined ? value : ([] as unknown[]).concat(existing, value);
  }
  return query;
}

function isParams(value: unknown): value is RequestParams {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function lowerCaseDistinct(
  headers: Readonly<Record<string, readonly string[] | undefined>>,
): Record<string, string[]> {
  const out = Object.create(null) as Record<string, string[]>;
  for (const [name, values] of Object.entries(headers)) if (values) out[name.toLowerCase()] = [...values];
  return out;
}

/** The media type of a `Content-Type` value, lower case, without parameters. */
export function contentMediaType(contentType: string | undefined): string | undefined {
  if (!contentType) return undefined;
  const mediaType = contentType.split(';', 1)[0]!.trim().toLowerCase();
  return mediaType || undefined;
}

const SHORTHANDS: Readonly<Record<string, string>> = {
  urlencoded: 'application/x-www-form-urlencoded',
  json: 'application/json',
  html: 'text/html',
  text: 'text/plain',
  multipart: 'multipart/*',
};

function mediaTypeMatches(mediaType: string, type: string): boolean {
  const expected = (SHORTHANDS[type] ?? type).toLowerCase();
  const [expectedType, expectedSubtype] = expected.split('/');
  const [actualType, actualSubtype] = mediaType.split('/');
  return (
    (expectedType === '*' || expectedType === actualType) &&
    (expectedSubtype === '*' || expectedSubtype === actualSubtype)
  );
}
