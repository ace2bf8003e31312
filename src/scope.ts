/**
 * Scope handling (RFC 6749 §3.3). Inside the server a scope is a `string[]` of scope-tokens; on the wire it is one
 * space-delimited string. The grammar of wire values is checked by the validation layer before they get here.
 */
import { InvalidArgumentError } from './errors.js';

const SCOPE_TOKEN = /^[\x21\x23-\x5B\x5D-\x7E]+$/;

/** Splits a validated wire scope into its tokens, without repeats. */
export function parseScope(scope: string | undefined): string[] | undefined {
  if (scope === undefined) return undefined;
  return [...new Set(scope.split(' '))];
}

/** Joins scope tokens for the wire. */
export function formatScope(scope: readonly string[]): string {
  return scope.join(' ');
}

/** Whether every requested token is granted. */
export function isSubset(requested: readonly string[], granted: readonly string[] | undefined): boolean {
  if (requested.length === 0) return true;
  if (!granted) return false;
  const grantedSet = new Set(granted);
  return requested.every((token) => grantedSet.has(token));
}

/** The `scope` option of `authenticate()`: a space-delimited string or an array of scope-tokens. */
export function parseScopeOption(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  const tokens = typeof value === 'string' ? value.split(' ').filter(Boolean) : value;
  if (!Array.isArray(tokens) || !tokens.every((t) => typeof t === 'string' && SCOPE_TOKEN.test(t))) {
    throw new InvalidArgumentError(
      'Invalid argument: `scope` must be a scope string or an array of scope tokens',
    );
  }
  return [...new Set(tokens as string[])];
}
