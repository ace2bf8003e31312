/**
 * Token introspection (RFC 7662).
 */
import type { RequestContext } from '../context.js';
import type { IntrospectionResponse } from '../contract.js';
import type { ResponseParts } from '../response.js';
import { formatScope } from '../scope.js';
import { validateBody } from '../validation/index.js';
import { authenticateClient, unauthorizedClient } from './client-authentication.js';
import { assertFormBody, assertPost } from './request-checks.js';
import { findToken, isActive, type FoundToken } from './token-lookup.js';

const NO_STORE = Object.freeze({ 'cache-control': 'no-store', pragma: 'no-cache' });

const seconds = (date: Date): number => Math.floor(date.getTime() / 1000);

/** The user's identifier for `sub` and `username`: `id`, `sub` or `username`, whichever is a string. */
function userName(user: Record<string, unknown>, key: 'sub' | 'username'): string | undefined {
  const order = key === 'username' ? ['username'] : ['sub', 'id', 'username'];
  for (const field of order) {
    const value = user[field];
    if (typeof value === 'string' && value !== '') return value;
  }
  return undefined;
}

/** The introspection response for an active token (RFC 7662 §2.2). */
export function describeToken(token: FoundToken, issuer: string | undefined): IntrospectionResponse {
  const body: IntrospectionResponse = {
    active: true,
    client_id: token.client.id,
    token_type: token.kind === 'access_token' ? 'Bearer' : 'refresh_token',
  };
  if (token.scope && token.scope.length > 0) body.scope = formatScope(token.scope);
  const username = token.user && userName(token.user, 'username');
  if (username) body.username = username;
  body.sub = (token.user && userName(token.user, 'sub')) ?? token.client.id;
  if (token.expiresAt) body.exp = seconds(token.expiresAt);
  if (token.issuedAt) body.iat = seconds(token.issuedAt);
  if (token.resource && token.resource.length > 0) {
    body.aud = token.resource.length === 1 ? token.resource[0]! : token.resource;
  }
  if (issuer) body.iss = issuer;
  return body;
}

export const introspectHandler = {
  async handle(ctx: RequestContext): Promise<{ value: IntrospectionResponse; parts: ResponseParts }> {
    assertPost(ctx.request);
    assertFormBody(ctx.request);
    const params = validateBody('introspect', ctx.request.body);
    // "the endpoint MUST also require some form of authorization to access this endpoint" (§2.1): a client
    // authenticated with its credentials; public clients cannot introspect.
    const { isPublic } = await authenticateClient(ctx, params, 'introspection');
    if (isPublic)
      throw unauthorizedClient(ctx, 'Invalid client: introspection requires client authentication', true);
    const token = await findToken(ctx, params.token, params.token_type_hint);
    // Unknown, expired and revoked tokens all answer `{"active": false}` and nothing else (§2.2).
    const body: IntrospectionResponse =
      token && isActive(token) ? describeToken(token, ctx.options.metadata.issuer) : { active: false };
    return { value: body, parts: { status: 200, headers: NO_STORE, body } };
  },
};
