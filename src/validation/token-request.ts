/**
 * Validation of a token request body (RFC 6749 §3.2, §4.1.3, §4.3.2, §4.4.2, §4.5, §6).
 *
 * Which `grant_type` values exist is decided by the server's grant registry, not by a schema enum: extension
 * grants are URIs no enum can list. So `grant_type` is resolved first, and the body is then validated against
 * the schema of that grant.
 */
import type { components } from '../../generated/openapi.js';
import { InvalidRequestError, UnsupportedGrantTypeError } from '../errors.js';
import { checkParams, normalizeParams, parameterMeta, type ParameterSchemaName } from './index.js';

type Schemas = components['schemas'];

/** A validated token request: the grant's typed parameters. */
export type ValidatedTokenRequest = Schemas['TokenRequest'];

/** The schema each built-in grant's parameters are held to; any other registered grant is an extension grant. */
const BUILT_IN_SCHEMAS: ReadonlyMap<string, ParameterSchemaName> = new Map<string, ParameterSchemaName>([
  ['authorization_code', 'AuthorizationCodeTokenRequest'],
  ['client_credentials', 'ClientCredentialsTokenRequest'],
  ['password', 'PasswordTokenRequest'],
  ['refresh_token', 'RefreshTokenRequest'],
]);

/** grant-type = grant-name / URI-reference (RFC 6749 Appendix A.10). */
const GRANT_TYPE = /^(?:[A-Za-z0-9._-]+|[A-Za-z][A-Za-z0-9+.-]*:[\x21-\x7E]+)$/;
const MAX_GRANT_TYPE = 255;

/**
 * Validates a token request body.
 *
 * @param isRegistered whether the server supports a grant type (own-property semantics: `__proto__` or
 *   `toString` are never registered).
 * @throws InvalidRequestError for a missing, repeated, non-string or malformed parameter
 * @throws UnsupportedGrantTypeError for a well-formed `grant_type` the server does not support
 * @throws InvalidScopeError for a malformed `scope`
 */
export function validateTokenRequest(
  raw: unknown,
  isRegistered: (grantType: string) => boolean,
): ValidatedTokenRequest {
  const all = normalizeParams(raw, parameterMeta('TokenRequest'));
  const grantType = all.grant_type;
  if (grantType === undefined) throw new InvalidRequestError('Missing parameter: `grant_type`');
  if (typeof grantType !== 'string' || grantType.length > MAX_GRANT_TYPE || !GRANT_TYPE.test(grantType)) {
    throw new InvalidRequestError('Invalid parameter: `grant_type`');
  }
  if (!isRegistered(grantType))
    throw new UnsupportedGrantTypeError('Unsupported grant type: `grant_type` is invalid');
  const schema = BUILT_IN_SCHEMAS.get(grantType) ?? 'ExtensionGrantTokenRequest';
  return checkParams(schema, normalizeParams(raw, parameterMeta(schema))) as ValidatedTokenRequest;
}
