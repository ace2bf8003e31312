/**
 * Named types from the contract, `openapi/oauth2.yaml`. This is the one module of the server that imports the
 * generated types; everything else names the contract's shapes through these aliases.
 */
import type { components, operations, paths } from '../generated/openapi.js';
import contractJson from '../generated/openapi.json' with { type: 'json' };

export type { components, operations, paths };

type Schemas = components['schemas'];

/** The operations of the contract, by `operationId`. */
export type OperationId = keyof operations;

/** Every error code the server can send (RFC 6749 §4.1.2.1, §5.2; RFC 6750 §3.1; RFC 7009 §2.2.1). */
export type ErrorCode = Schemas['ErrorCode'];
/** An error response body (RFC 6749 §5.2). */
export type OAuthErrorBody = Schemas['OAuthError'];

export type AuthorizationRequest = Schemas['AuthorizationRequest'];
export type AuthorizationSuccessRedirect = Schemas['AuthorizationSuccessRedirect'];
export type AuthorizationErrorRedirect = Schemas['AuthorizationErrorRedirect'];

/** A token request: one shape per grant, tagged by `grant_type`. */
export type TokenRequest = Schemas['TokenRequest'];
export type AuthorizationCodeTokenRequest = Schemas['AuthorizationCodeTokenRequest'];
export type ClientCredentialsTokenRequest = Schemas['ClientCredentialsTokenRequest'];
export type PasswordTokenRequest = Schemas['PasswordTokenRequest'];
export type RefreshTokenRequest = Schemas['RefreshTokenRequest'];
export type ExtensionGrantTokenRequest = Schemas['ExtensionGrantTokenRequest'];
/** A successful token response (RFC 6749 §5.1). */
export type TokenResponse = Schemas['TokenResponse'];

export type RevocationRequest = Schemas['RevocationRequest'];
export type IntrospectionRequest = Schemas['IntrospectionRequest'];
export type IntrospectionResponse = Schemas['IntrospectionResponse'];
export type AuthorizationServerMetadata = Schemas['AuthorizationServerMetadata'];
export type ProtectedResourceMetadata = Schemas['ProtectedResourceMetadata'];
export type MeResponse = Schemas['MeResponse'];

/** The contract itself, as served at `/openapi.json`. */
export const contractDocument: Readonly<Record<string, unknown>> = contractJson;

/** The contract's error codes, in the order the contract lists them. */
export const ERROR_CODES: readonly ErrorCode[] = contractJson.components.schemas.ErrorCode
  .enum as ErrorCode[];
