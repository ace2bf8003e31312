/**
 * Checks of the HTTP request itself, before its parameters are read.
 */
import { InvalidRequestError } from '../errors.js';
import { contentMediaType, type Request } from '../request.js';

const FORM = 'application/x-www-form-urlencoded';

/**
 * A header's single value. A header sent twice (`Authorization`, `Content-Type`) is ambiguous: Node keeps one and
 * drops the other, so a request that repeats it is `invalid_request` (needs the adapter's `headersDistinct`).
 */
export function singleHeader(request: Request, name: string): string | undefined {
  const distinct = request.headersDistinct?.[name];
  if (distinct && distinct.length > 1) {
    throw new InvalidRequestError(
      `Invalid request: the \`${headerLabel(name)}\` header is included more than once`,
    );
  }
  return request.headers[name];
}

function headerLabel(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_m, dash: string, ch: string) => dash + ch.toUpperCase());
}

/** "The client MUST use the HTTP POST method when making access token requests" (RFC 6749 §3.2). */
export function assertPost(request: Request): void {
  if (request.method !== 'POST') throw new InvalidRequestError('Invalid request: method must be POST');
}

/**
 * The body must be `application/x-www-form-urlencoded` in UTF-8 (RFC 6749 §3.2, Appendix B): JSON, multipart,
 * another charset or a missing `Content-Type` is `invalid_request`.
 */
export function assertFormBody(request: Request): void {
  const contentType = singleHeader(request, 'content-type');
  if (contentMediaType(contentType) !== FORM) {
    throw new InvalidRequestError('Invalid request: content must be application/x-www-form-urlencoded');
  }
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType!)?.[1];
  if (charset !== undefined && !/^utf-?8$/i.test(charset)) {
    throw new InvalidRequestError('Invalid request: the form must be encoded in UTF-8');
  }
}
