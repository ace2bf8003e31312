/**
 * `expectMatchesContract(response, operationId)`: every HTTP-visible response in the tests goes through it. The
 * status must be documented for the operation, the documented headers present and well-formed, the body (or the
 * redirect's parameters) valid against the documented schema.
 */
import { expect } from 'vitest';
import {
  contractViolations,
  type ContractOperationId,
  type ObservedResponse,
} from '../../src/validation/responses.js';

export type { ContractOperationId, ObservedResponse };

export function expectMatchesContract(response: ObservedResponse, operationId: ContractOperationId): void {
  const violations = contractViolations(operationId, response);
  expect(violations, `response ${response.status} does not match the contract of ${operationId}`).toEqual([]);
}

/** Reads a fetch `Response` into the shape the checker takes (JSON parsed by content type, text otherwise). */
export async function observe(response: Response): Promise<ObservedResponse & { body: unknown }> {
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  let body: unknown = text;
  if (text !== '' && type.includes('json')) body = JSON.parse(text) as unknown;
  return { status: response.status, headers: response.headers, body };
}
