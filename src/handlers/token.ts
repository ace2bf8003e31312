/**
 * The token endpoint (RFC 6749 §3.2): a short list of named steps.
 */
import type { RequestContext } from '../context.js';
import type { TokenResponse } from '../contract.js';
import { UnauthorizedClientError } from '../errors.js';
import type { Grant } from '../grants/grant.js';
import type { Token } from '../model.js';
import type { ResponseParts } from '../response.js';
import { formatScope } from '../scope.js';
import { validateTokenRequest } from '../validation/token-request.js';
import { authenticateClient } from './client-authentication.js';
import { assertFormBody, assertPost } from './request-checks.js';

/** "The authorization server MUST include the HTTP Cache-Control response header field with a value of no-store" (§5.1). */
export const TOKEN_RESPONSE_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'cache-control': 'no-store',
  pragma: 'no-cache',
});

/** Names the token response uses, and the Model's names for the same values: never overwritten by extensions. */
const RESERVED = new Set([
  'access_token',
  'token_type',
  'expires_in',
  'refresh_token',
  'scope',
  'accessToken',
  'accessTokenExpiresAt',
  'refreshToken',
  'refreshTokenExpiresAt',
  'refreshTokenScope',
  'authorizationCode',
  'grantId',
  'resource',
  'refreshTokenResource',
  'issuedAt',
  'client',
  'user',
  '__proto__',
  'constructor',
  'prototype',
]);

/** The token response body (§5.1), typed by the contract. */
export function tokenResponseBody(token: Token, allowExtendedTokenAttributes: boolean): TokenResponse {
  const body: TokenResponse = { access_token: token.accessToken, token_type: 'Bearer' };
  if (token.accessTokenExpiresAt) {
    body.expires_in = Math.max(0, Math.floor((token.accessTokenExpiresAt.getTime() - Date.now()) / 1000));
  }
  if (token.refreshToken) body.refresh_token = token.refreshToken;
  if (token.scope && token.scope.length > 0) body.scope = formatScope(token.scope);
  if (allowExtendedTokenAttributes) {
    // Only own, enumerable, non-reserved properties with JSON values: never inherited or polluted keys.
    for (const key of Object.keys(token)) {
      const value = token[key];
      if (
        RESERVED.has(key) ||
        value === undefined ||
        typeof value === 'function' ||
        typeof value === 'symbol'
      )
        continue;
      Object.defineProperty(body, key, { value, enumerable: true, writable: true, configurable: true });
    }
  }
  return body;
}

export interface TokenHandler {
  handle(ctx: RequestContext): Promise<{ value: Token; parts: ResponseParts }>;
}

/** Builds the token endpoint once, for a registry of grants. */
export function createTokenHandler(registry: ReadonlyMap<string, Grant>): TokenHandler {
  const isRegistered = (grantType: string): boolean => registry.has(grantType);
  return {
    async handle(ctx) {
      const { request, options } = ctx;
      assertPost(request);
      assertFormBody(request);
      const params = validateTokenRequest(request.body, isRegistered);
      const grantType = params.grant_type;
      const { client, isPublic } = await authenticateClient(ctx, params, grantType);
      if (!client.grants.includes(grantType)) {
        throw new UnauthorizedClientError('Unauthorized client: `grant_type` is invalid');
      }
      const grant = registry.get(grantType)!;
      const token = await grant.handle({ ...ctx, client, isPublicClient: isPublic }, params);
      const body = tokenResponseBody(token, options.token.allowExtendedTokenAttributes);
      return { value: token, parts: { status: 200, headers: TOKEN_RESPONSE_HEADERS, body } };
    },
  };
}
