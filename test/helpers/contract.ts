/**
 * `expectMatchesContract(response, operationId)`: every HTTP-visible response in the tests goes through it. The
 * status must be documented for the operation, the documented headers present and well-formed, the body (or the
 * redirect's parameters) valid against the documented schema.
 *
 * It also holds this server to what it promises beyond the contract, which only requires what the RFCs require
 * of every server: `Cache-Control: no-store` on every error and on every answer of the token, revocation,
 * introspection and authorization endpoints, and `Pragma: no-cache` with every token endpoint answer and every
 * OAuth error.
 */
import { expect } from 'vitest';
import {
  contractViolations,
  type ContractOperationId,
  type ObservedResponse,
} from '../../src/validation/responses.js';

export type { ContractOperationId, ObservedResponse };

/** The operations whose every answer this server marks `no-store`. */
const NO_STORE_OPERATIONS: ReadonlySet<ContractOperationId> = new Set([
  'token',
  'revoke',
  'introspect',
  'authorize',
  'authorizeForm',
]);

function header(response: ObservedResponse, name: string): string | undefined {
  const { headers } = response;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  const value = key === undefined ? undefined : (headers as Record<string, unknown>)[key];
  return Array.isArray(value) ? value.join(', ') : typeof value === 'string' ? value : undefined;
}

export function expectMatchesContract(response: ObservedResponse, operationId: ContractOperationId): void {
  const violations = contractViolations(operationId, response);
  expect(violations, `response ${response.status} does not match the contract of ${operationId}`).toEqual([]);
  // An OAuth error from the one serializer (HTML pages and plain-text 404s have their own headers).
  const body: unknown =
    typeof response.body === 'string' && response.body.startsWith('{')
      ? (JSON.parse(response.body) as unknown)
      : response.body;
  const isError =
    response.status >= 400 && typeof (body as { error?: unknown } | undefined)?.error === 'string';
  if (isError || NO_STORE_OPERATIONS.has(operationId)) {
    expect(header(response, 'cache-control'), `${operationId} ${response.status}: Cache-Control`).toMatch(
      /(^|[ ,])no-store($|[ ,])/,
    );
  }
  if (isError || operationId === 'token') {
    expect(header(response, 'pragma'), `${operationId} ${response.status}: Pragma`).toBe('no-cache');
  }
}

/** Reads a fetch `Response` into the shape the checker takes (JSON parsed by content type, text otherwise). */
export async function observe(response: Response): Promise<ObservedResponse & { body: unknown }> {
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  let body: unknown = text;
  if (text !== '' && type.includes('json')) body = JSON.parse(text) as unknown;
  return { status: response.status, headers: response.headers, body };
}
