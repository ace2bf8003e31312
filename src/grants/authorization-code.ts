/**
 * The authorization code grant: redeeming a code (RFC 6749 §4.1.3, RFC 7636 §4.5).
 *
 * The code is consumed before the PKCE verifier and the redirect URI are checked, so a failed attempt burns it
 * and a stolen code cannot be tried against many verifiers (GHSA-jhm7-29pj-4xvf).
 */
import { callModel, type RequestContext } from '../context.js';
import type { AuthorizationCodeTokenRequest } from '../contract.js';
import { InvalidGrantError, InvalidRequestError, ServerError } from '../errors.js';
import {
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
import { newTokens, saveToken, validateScope, type GrantContext } from './issue.js';

const FN = 'getAuthorizationCode';

/** Looks the code up and checks what the Model returned. */
async function loadCode(ctx: GrantContext, value: string): Promise<AuthorizationCode> {
  const code = await callModel(ctx, 'getAuthorizationCode', value);
  if (!code) throw new InvalidGrantError('Invalid grant: authorization code is invalid');
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

export const authorizationCodeGrant: Grant = {
  async handle(ctx, params): Promise<Token> {
    const {
      code: value,
      code_verifier: verifier,
      redirect_uri: redirectUri,
    } = params as AuthorizationCodeTokenRequest;
    const code = await loadCode(ctx, value);
    assertIssuedToClient(ctx, code);
    assertNotExpired(code);
    await consume(ctx, code);
    verifyPkce(ctx, code, verifier);
    verifyRedirectUri(code, redirectUri);
    // The token's scope is the one bound to the code; a `scope` parameter cannot widen it.
    const scope = await validateScope(ctx, code.user, ctx.client, code.scope);
    const tokens = await newTokens(ctx, code.user, scope, true);
    tokens.authorizationCode = value;
    return saveToken(ctx, tokens, code.user);
  },
};
