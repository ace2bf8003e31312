/**
 * The refresh token grant (RFC 6749 §6). Everything is checked before the presented token is revoked, so a bad
 * request cannot destroy a good session (RT-04); the new refresh token keeps the original scope even when the
 * access token is narrowed ("the refresh token scope MUST be identical to that of the refresh token included by
 * the client in the request", §6).
 */
import { callModel } from '../context.js';
import type { RefreshTokenRequest } from '../contract.js';
import { InvalidGrantError, InvalidScopeError, ServerError } from '../errors.js';
import {
  checkClient,
  checkScope,
  checkUser,
  optionalDate,
  own,
  requireMatch,
  type RefreshToken,
  type Token,
  type User,
} from '../model.js';
import { isSubset, parseScope } from '../scope.js';
import type { Grant } from './grant.js';
import { expiresAt, generateRefreshToken, newTokens, saveToken, type GrantContext } from './issue.js';

const FN = 'getRefreshToken';

interface LoadedRefreshToken {
  token: RefreshToken;
  user: User | undefined;
  scope: string[] | undefined;
  expiresAt: Date | undefined;
}

async function loadRefreshToken(ctx: GrantContext, value: string): Promise<LoadedRefreshToken> {
  const token = await callModel(ctx, 'getRefreshToken', value);
  if (!token) throw new InvalidGrantError('Invalid grant: refresh token is invalid');
  if (typeof token !== 'object') throw new ServerError(`Server error: \`${FN}()\` did not return an object`);
  requireMatch(own(token, 'refreshToken'), value, 'refresh token', FN);
  checkClient(own(token, 'client'), FN);
  const user = own(token, 'user');
  return {
    token,
    user: user === undefined || user === null ? undefined : checkUser(user, FN),
    scope: checkScope(own(token, 'scope'), FN),
    expiresAt: optionalDate(token, 'refreshTokenExpiresAt', FN),
  };
}

export const refreshTokenGrant: Grant = {
  async handle(ctx, params): Promise<Token> {
    const { refresh_token: value, scope: requestedScope } = params as RefreshTokenRequest;
    const loaded = await loadRefreshToken(ctx, value);
    if (loaded.token.client.id !== ctx.client.id) {
      throw new InvalidGrantError('Invalid grant: refresh token was issued to another client');
    }
    if (loaded.expiresAt && loaded.expiresAt.getTime() <= Date.now()) {
      throw new InvalidGrantError('Invalid grant: refresh token has expired');
    }
    const requested = parseScope(requestedScope);
    if (requested && !isSubset(requested, loaded.scope)) {
      throw new InvalidScopeError('Invalid scope: Unable to add extra scopes');
    }
    // Public clients always rotate: RFC 9700 §4.14.2 requires rotation or sender-constrained tokens for them.
    const rotate = ctx.options.token.alwaysIssueNewRefreshToken || ctx.isPublicClient;
    if (rotate) {
      const revoked = await callModel(ctx, 'revokeToken', loaded.token);
      if (!revoked)
        throw new InvalidGrantError('Invalid grant: refresh token is invalid or could not be revoked');
    }
    const scope = requested ?? loaded.scope;
    const tokens = await newTokens(ctx, loaded.user, scope, false);
    if (rotate) {
      tokens.refreshToken = await generateRefreshToken(ctx, ctx.client, loaded.user, loaded.scope);
      const lifetime = ctx.client.refreshTokenLifetime ?? ctx.options.token.refreshTokenLifetime;
      tokens.refreshTokenExpiresAt = expiresAt(lifetime);
      if (requested && loaded.scope) tokens.refreshTokenScope = loaded.scope;
    }
    return saveToken(ctx, tokens, loaded.user);
  },
};
