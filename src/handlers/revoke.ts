/**
 * Token revocation (RFC 7009).
 */
import { callModel, hasModelFunction, type RequestContext } from '../context.js';
import { InvalidRequestError, UnsupportedTokenTypeError } from '../errors.js';
import type { ResponseParts } from '../response.js';
import { validateBody } from '../validation/index.js';
import { authenticateClient } from './client-authentication.js';
import { assertFormBody, assertPost } from './request-checks.js';
import { findToken, type FoundToken } from './token-lookup.js';

const NO_STORE = Object.freeze({ 'cache-control': 'no-store', pragma: 'no-cache' });

/**
 * Revokes a refresh token with everything issued from it ("If the token passed to the request is a refresh
 * token ... the authorization server SHOULD also invalidate all access tokens based on the same authorization
 * grant", §2.1): through `revokeGrant` when the Model has it, else `revokeToken`. An access token through
 * `revokeAccessToken`, else its grant.
 */
async function revoke(ctx: RequestContext, token: FoundToken): Promise<void> {
  const { grantId } = token;
  if (token.kind === 'refresh_token') {
    if (grantId && hasModelFunction(ctx, 'revokeGrant')) await callModel(ctx, 'revokeGrant', grantId);
    else if (hasModelFunction(ctx, 'revokeToken')) await callModel(ctx, 'revokeToken', token.entity as never);
    else throw new UnsupportedTokenTypeError('Unsupported token type: refresh tokens cannot be revoked');
    return;
  }
  if (hasModelFunction(ctx, 'revokeAccessToken'))
    await callModel(ctx, 'revokeAccessToken', token.entity as never);
  else if (grantId && hasModelFunction(ctx, 'revokeGrant')) await callModel(ctx, 'revokeGrant', grantId);
  else throw new UnsupportedTokenTypeError('Unsupported token type: access tokens cannot be revoked');
}

export const revokeHandler = {
  async handle(ctx: RequestContext): Promise<{ value: FoundToken | undefined; parts: ResponseParts }> {
    assertPost(ctx.request);
    assertFormBody(ctx.request);
    const params = validateBody('revoke', ctx.request.body);
    // "The client also includes its authentication credentials as described in Section 2.3 of [RFC6749]" (§2.1).
    const { client } = await authenticateClient(ctx, params, 'revocation');
    const token = await findToken(ctx, params.token, params.token_type_hint);
    // "invalid tokens do not cause an error response since the client cannot handle such an error" (§2.2).
    if (token) {
      // "the authorization server ... verifies whether the token was issued to the client making the revocation
      // request. If this validation fails, the request is refused" (§2.1).
      if (token.client.id !== client.id) {
        throw new InvalidRequestError('Invalid request: the token was issued to another client');
      }
      await revoke(ctx, token);
    }
    return { value: token, parts: { status: 200, headers: NO_STORE, body: undefined } };
  },
};
