/**
 * The authorization code grant: redeeming a code (RFC 6749 §4.1.3, RFC 7636 §4.5).
 *
 * The code is consumed before the PKCE verifier and the redirect URI are checked, so a failed attempt burns it
 * and a stolen code cannot be tried against many verifiers (GHSA-jhm7-29pj-4xvf).
 */
import { callModel, hasModelFunction, type RequestContext } from '../context.js';
import type { AuthorizationCodeTokenRequest } from '../contract.js';
import { InvalidGrantError, InvalidRequestError, ServerError } from '../errors.js';
import {
  checkResource,
  checkClient,
  checkScope,
  checkUser,
  own,
  requireDate,
  requireMatch,
  type AuthorizationCode,
  type Token,
} from '../model.js';
import { isValidVerifier, verifyChallenge, type ChallengeMethod } from '../pkce.js';
import type { Grant } from './grant.js';
import { narrowResource, newTokens, saveToken, validateScope, type GrantContext } from './issue.js';
import { newGrantId } from '../secrets.js';

const FN = 'getAuthorizationCode';

/** Looks the code up and checks what the Model returned. */
async function loadCode(
  ctx: GrantContext,
  value: string,
  onMiss: () => Promise<void>,
): Promise<AuthorizationCode> {
  const code = await callModel(ctx, 'getAuthorizationCode', value);
  if (!code) {
    await onMiss();
    throw new InvalidGrantError('Invalid grant: authorization code is invalid');
  }
  if (typeof code !== 'object') throw new ServerError(`Server error: \`${FN}()\` did not return an object`);
  const stored = own(code, 'authorizationCode') ?? own(code, 'code');
  requireMatch(stored, value, 'authorization code', FN);
  checkClient(own(code, 'client'), FN);
  checkUser(own(code, 'user'), FN);
  requireDate(code, 'expiresAt', FN);
  checkScope(own(code, 'scope'), FN);
  return code;
}

/** "ensure that the authorization code was issued to the authenticated confidential client" (RFC 6749 §4.1.3). */
function assertIssuedToClient(ctx: GrantContext, code: AuthorizationCode): void {
  if (code.client.id !== ctx.client.id)
    throw new InvalidGrantError('Invalid grant: authorization code is invalid');
}

function assertNotExpired(code: AuthorizationCode): void {
  if (code.expiresAt.getTime() <= Date.now())
    throw new InvalidGrantError('Invalid grant: authorization code has expired');
}

/** Consumes the code: the Model's compare-and-set decides the one redemption that wins. */
async function consume(ctx: RequestContext, code: AuthorizationCode): Promise<void> {
  const consumed = await callModel(ctx, 'revokeAuthorizationCode', code);
  if (!consumed) throw new InvalidGrantError('Invalid grant: authorization code is invalid');
}

/** RFC 7636 §4.6, after the code is consumed. */
function verifyPkce(ctx: GrantContext, code: AuthorizationCode, verifier: string | undefined): void {
  const challenge = own(code, 'codeChallenge');
  if (typeof challenge !== 'string' || challenge === '') {
    // A verifier for a code issued without a challenge is a downgrade attempt (RFC 9700 §4.8.2).
    if (verifier !== undefined) {
      throw new InvalidRequestError(
        'Invalid request: `code_verifier` was sent for a code issued without `code_challenge`',
      );
    }
    return;
  }
  if (verifier === undefined) throw new InvalidGrantError('Missing parameter: `code_verifier`');
  if (!isValidVerifier(verifier)) throw new InvalidRequestError('Invalid parameter: `code_verifier`');
  // The method is the one stored with the code, so a token request cannot downgrade it (PK-12). A store that
  // dropped the method gets the stricter S256.
  const method: ChallengeMethod = own(code, 'codeChallengeMethod') === 'plain' ? 'plain' : 'S256';
  if (method === 'plain' && !ctx.options.token.enablePlainPKCE) {
    throw new InvalidGrantError('Invalid grant: code verifier is invalid');
  }
  if (!verifyChallenge(verifier, challenge, method))
    throw new InvalidGrantError('Invalid grant: code verifier is invalid');
}

/**
 * "redirect_uri: REQUIRED, if the redirect_uri parameter was included in the authorization request ..., and
 * their values MUST be identical" (RFC 6749 §4.1.3). A mismatch is `invalid_grant` (§5.2).
 */
function verifyRedirectUri(code: AuthorizationCode, redirectUri: string | undefined): void {
  const sentAtAuthorization = own(code, 'redirectUriSent') !== false;
  if (redirectUri === undefined) {
    if (sentAtAuthorization) {
      throw new InvalidGrantError(
        'Invalid grant: `redirect_uri` is required, as the authorization request included it',
      );
    }
    return;
  }
  if (own(code, 'redirectUri') !== redirectUri) {
    throw new InvalidGrantError('Invalid grant: `redirect_uri` does not match the authorization request');
  }
}

/**
 * A code that is no longer valid may have been redeemed already: "If an authorization code is used more than
 * once, the authorization server MUST deny the request and SHOULD revoke (when possible) all tokens previously
 * issued based on that authorization code" (RFC 6749 §4.1.2). Only a replay that would otherwise have succeeded
 * (same client, right verifier and redirect URI) revokes anything, so an attacker holding just the code cannot
 * revoke the victim's tokens (OAuth 2.1 §7.5.2). Needs the Model's `getUsedAuthorizationCode` and `revokeGrant`.
 */
async function revokeOnReplay(
  ctx: GrantContext,
  value: string,
  params: AuthorizationCodeTokenRequest,
): Promise<void> {
  if (!hasModelFunction(ctx, 'getUsedAuthorizationCode') || !hasModelFunction(ctx, 'revokeGrant')) return;
  const used = await callModel(ctx, 'getUsedAuthorizationCode', value);
  if (!used || typeof used !== 'object') return;
  const grantId = own(used, 'grantId');
  const client = own(used, 'client') as { id?: unknown } | undefined;
  if (typeof grantId !== 'string' || client?.id !== ctx.client.id) return;
  try {
    verifyPkce(ctx, used, params.code_verifier);
    verifyRedirectUri(used, params.redirect_uri);
  } catch {
    return;
  }
  await callModel(ctx, 'revokeGrant', grantId);
}

export const authorizationCodeGrant: Grant = {
  async handle(ctx, params): Promise<Token> {
    const request = params as AuthorizationCodeTokenRequest;
    const { code: value, code_verifier: verifier, redirect_uri: redirectUri } = request;
    const code = await loadCode(ctx, value, () => revokeOnReplay(ctx, value, request));
    assertIssuedToClient(ctx, code);
    assertNotExpired(code);
    await consume(ctx, code);
    verifyPkce(ctx, code, verifier);
    verifyRedirectUri(code, redirectUri);
    // The token's scope is the one bound to the code; a `scope` parameter cannot widen it.
    const scope = await validateScope(ctx, code.user, ctx.client, code.scope);
    const granted = checkResource(own(code, 'resource'), FN);
    const resource = narrowResource(request.resource, granted);
    const grantId = typeof code.grantId === 'string' ? code.grantId : newGrantId();
    const tokens = await newTokens(ctx, { user: code.user, scope, refresh: true, grantId, resource });
    // The access token may be for fewer resources; the refresh token stays "bound to the full original grant"
    // (RFC 8707 §2.2), so a later refresh can ask for another of them.
    if (tokens.refreshToken && request.resource && granted) tokens.refreshTokenResource = granted;
    tokens.authorizationCode = value;
    return saveToken(ctx, tokens, code.user, 'Invalid grant: authorization code is invalid');
  },
};
