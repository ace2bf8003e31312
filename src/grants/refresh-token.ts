/**
 * The refresh token grant (RFC 6749 §6). Everything is checked before the presented token is revoked, so a bad
 * request cannot destroy a good session (RT-04); the new refresh token keeps the original scope even when the
 * access token is narrowed ("the refresh token scope MUST be identical to that of the refresh token included by
 * the client in the request", §6).
 */
import { callModel, hasModelFunction } from '../context.js';
import type { RefreshTokenRequest } from '../contract.js';
import { InvalidGrantError, InvalidScopeError, ServerError } from '../errors.js';
import {
  requireDate,
  checkResource,
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
import { newGrantId } from '../secrets.js';
import {
  expiresAt,
  generateRefreshToken,
  narrowResource,
  newTokens,
  refreshTokenLifetime,
  saveToken,
  type GrantContext,
} from './issue.js';

const FN = 'getRefreshToken';

interface LoadedRefreshToken {
  token: RefreshToken;
  user: User | undefined;
  scope: string[] | undefined;
  resource: string[] | undefined;
  expiresAt: Date | undefined;
  grantId: string | undefined;
  /** Rotated already, and accepted again within the grace period. */
  alreadyRotated: boolean;
}

function check(token: object, alreadyRotated: boolean, fn: string): LoadedRefreshToken {
  const client = checkClient(own(token, 'client'), fn);
  const user = own(token, 'user');
  const grantId = own(token, 'grantId');
  return {
    token: { ...(token as RefreshToken), client },
    user: user === undefined || user === null ? undefined : checkUser(user, fn),
    scope: checkScope(own(token, 'scope'), fn),
    resource: checkResource(own(token, 'resource'), fn),
    expiresAt: optionalDate(token, 'refreshTokenExpiresAt', fn),
    grantId: typeof grantId === 'string' ? grantId : undefined,
    alreadyRotated,
  };
}

async function loadRefreshToken(ctx: GrantContext, value: string): Promise<LoadedRefreshToken> {
  const token = await callModel(ctx, 'getRefreshToken', value);
  if (token) {
    if (typeof token !== 'object')
      throw new ServerError(`Server error: \`${FN}()\` did not return an object`);
    requireMatch(own(token, 'refreshToken'), value, 'refresh token', FN);
    return check(token, false, FN);
  }
  return detectReuse(ctx, value);
}

/**
 * A refresh token that is no longer valid may have been rotated already. "If a refresh token is compromised and
 * subsequently used by both the attacker and the legitimate client, one of them will present an invalidated
 * refresh token, which will inform the authorization server of the breach" (RFC 9700 §4.14.2): the whole grant is
 * revoked, unless the grace period for retries is still running. Needs `getUsedRefreshToken` and `revokeGrant`.
 */
async function detectReuse(ctx: GrantContext, value: string): Promise<LoadedRefreshToken> {
  const invalid = (): InvalidGrantError => new InvalidGrantError('Invalid grant: refresh token is invalid');
  if (!hasModelFunction(ctx, 'getUsedRefreshToken') || !hasModelFunction(ctx, 'revokeGrant')) throw invalid();
  const fn = 'getUsedRefreshToken';
  const used = await callModel(ctx, fn, value);
  if (!used) throw invalid();
  if (typeof used !== 'object') throw new ServerError(`Server error: \`${fn}()\` did not return an object`);
  requireMatch(own(used, 'refreshToken'), value, 'refresh token', fn);
  const usedAt = requireDate(used, 'usedAt', fn);
  const loaded = check(used, true, fn);
  // Another client's token: not this client's breach to act on.
  if (loaded.token.client.id !== ctx.client.id || !loaded.grantId) throw invalid();
  const grace = ctx.options.token.refreshTokenGracePeriod * 1000;
  if (grace > 0 && usedAt.getTime() + grace > Date.now()) return loaded;
  await callModel(ctx, 'revokeGrant', loaded.grantId);
  throw new InvalidGrantError('Invalid grant: refresh token was already used; its grant is revoked');
}

export const refreshTokenGrant: Grant = {
  async handle(ctx, params): Promise<Token> {
    const request = params as RefreshTokenRequest;
    const loaded = await loadRefreshToken(ctx, request.refresh_token);
    if (loaded.token.client.id !== ctx.client.id) {
      throw new InvalidGrantError('Invalid grant: refresh token was issued to another client');
    }
    if (loaded.expiresAt && loaded.expiresAt.getTime() <= Date.now()) {
      throw new InvalidGrantError('Invalid grant: refresh token has expired');
    }
    const requested = parseScope(request.scope);
    if (requested && !isSubset(requested, loaded.scope)) {
      throw new InvalidScopeError('Invalid scope: Unable to add extra scopes');
    }
    const resource = narrowResource(request.resource, loaded.resource);
    // Public clients always rotate: RFC 9700 §4.14.2 requires rotation or sender-constrained tokens for them.
    const rotate =
      ctx.options.token.alwaysIssueNewRefreshToken || ctx.isPublicClient || loaded.alreadyRotated;
    if (rotate && !loaded.alreadyRotated) {
      const revoked = await callModel(ctx, 'revokeToken', loaded.token);
      if (!revoked) {
        throw new InvalidGrantError('Invalid grant: refresh token is invalid or could not be revoked');
      }
    }
    const scope = requested ?? loaded.scope;
    const grantId = loaded.grantId ?? newGrantId();
    const tokens = await newTokens(ctx, { user: loaded.user, scope, refresh: false, grantId, resource });
    if (rotate) {
      // The new refresh token keeps the original scope and audience, however the access token was narrowed.
      tokens.refreshToken = await generateRefreshToken(ctx, ctx.client, loaded.user, loaded.scope);
      tokens.refreshTokenExpiresAt = expiresAt(refreshTokenLifetime(ctx));
      if (requested && loaded.scope) tokens.refreshTokenScope = loaded.scope;
      if (request.resource && loaded.resource) tokens.refreshTokenResource = loaded.resource;
    }
    return saveToken(ctx, tokens, loaded.user, 'Invalid grant: refresh token is invalid');
  },
};
