/**
 * Checks an HTTP response against what the contract documents for an operation: the status, the headers, the body
 * and, for redirects, the parameters added to the `Location` URI. The tests hold every response to it, and the
 * conformance kit judges other servers with it.
 */
import { operations as operationValidators, type StandaloneValidator } from '../../generated/validators.js';

/** The operations of the contract, by `operationId`. */
export type ContractOperationId = keyof typeof operationValidators;

/** A response as seen by a client or produced by the core: header names in any case, body parsed or raw. */
export interface ObservedResponse {
  status: number;
  headers: Readonly<Record<string, string | readonly string[] | number | undefined>> | Headers;
  /** A parsed JSON value, a string (raw text), or `undefined` / `''` for no body. */
  body?: unknown;
}

function lowerCaseHeaders(headers: ObservedResponse['headers']): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  if (typeof Headers !== 'undefined' && headers instanceof Headers) {
    headers.forEach((value, name) => {
      out[name.toLowerCase()] = value;
    });
    return out;
  }
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value as string | number);
  }
  return out;
}

function schemaErrors(validator: StandaloneValidator, data: unknown, where: string): string[] {
  if (validator(data)) return [];
  // A standalone validator that returns false always sets `errors`, each with a message.
  return validator.errors!.map(
    (e) => `${where}${e.instancePath ? ` ${e.instancePath}` : ''} ${e.message} (${e.schemaPath})`,
  );
}

/**
 * Returns every way `response` departs from the contract's description of `operationId` (empty when it matches).
 */
export function contractViolations(operationId: ContractOperationId, response: ObservedResponse): string[] {
  const operation = operationValidators[operationId];
  const documented = operation.responses[String(response.status)];
  if (!documented) {
    const statuses = Object.keys(operation.responses).join(', ');
    return [`status ${response.status} is not documented for ${operationId} (documented: ${statuses})`];
  }
  const violations: string[] = [];
  const headers = lowerCaseHeaders(response.headers);
  const documentedHeaders = Object.create(null) as Record<string, string>;
  for (const name of documented.headerNames) if (name in headers) documentedHeaders[name] = headers[name]!;
  violations.push(...schemaErrors(documented.headers, documentedHeaders, 'headers'));

  if (documented.redirect) {
    const location = headers.location;
    if (location !== undefined) violations.push(...redirectViolations(location, documented.redirect));
  }

  const body = response.body;
  const empty = body === undefined || body === null || body === '';
  const mediaTypes = Object.keys(documented.content);
  if (empty) {
    if (mediaTypes.length > 0 && !documented.emptyBody) {
      violations.push(`body is empty, but the contract documents ${mediaTypes.join(' or ')}`);
    }
    return violations;
  }
  if (mediaTypes.length === 0) {
    violations.push(`body is not empty, but the contract documents no body for status ${response.status}`);
    return violations;
  }
  const contentType = headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  // The core's Response carries a parsed object and no Content-Type: adapters send it as JSON.
  const mediaType = contentType ?? (typeof body === 'object' ? 'application/json' : undefined);
  const validator = mediaType ? documented.content[mediaType] : undefined;
  if (!mediaType || !validator) {
    violations.push(
      `Content-Type ${mediaType ?? '(none)'} is not documented (documented: ${mediaTypes.join(', ')})`,
    );
    return violations;
  }
  let parsed: unknown = body;
  if (mediaType === 'application/json' && typeof body === 'string') {
    try {
      parsed = JSON.parse(body) as unknown;
    } catch {
      violations.push('body is not valid JSON');
      return violations;
    }
  }
  violations.push(...schemaErrors(validator, parsed, 'body'));
  return violations;
}

const RESPONSE_PARAMETERS = new Set([
  'code',
  'state',
  'iss',
  'error',
  'error_description',
  'error_uri',
  'access_token',
  'token_type',
  'expires_in',
  'scope',
]);

interface RedirectSchemas {
  readonly success: StandaloneValidator;
  readonly error: StandaloneValidator;
  readonly implicit?: StandaloneValidator;
}

/**
 * Checks the parameters the server added to the redirect URI: in the query (code flow), or in the fragment (an
 * implicit grant response, RFC 6749 §4.2.2, and its errors).
 */
function redirectViolations(location: string, schemas: RedirectSchemas): string[] {
  let url: URL;
  try {
    url = new URL(location);
  } catch {
    return [`Location is not an absolute URI: ${location}`];
  }
  const inFragment = url.hash.length > 1;
  const source = inFragment ? new URLSearchParams(url.hash.slice(1)) : url.searchParams;
  const params = Object.create(null) as Record<string, string>;
  const violations: string[] = [];
  for (const [name, value] of source) {
    // The registered URI's own query may repeat its parameters; the response's must not (RFC 6749 §3.1).
    if (name in params && RESPONSE_PARAMETERS.has(name)) {
      violations.push(`redirect parameter ${name} appears more than once`);
    }
    params[name] = value;
  }
  if ('error' in params) {
    violations.push(...schemaErrors(schemas.error, params, 'error redirect'));
  } else if (inFragment) {
    if (!schemas.implicit) return [...violations, 'a fragment response is not documented for this operation'];
    violations.push(...schemaErrors(schemas.implicit, params, 'implicit redirect'));
  } else {
    violations.push(...schemaErrors(schemas.success, params, 'redirect'));
  }
  return violations;
}
