/**
 * The client credentials grant (RFC 6749 §4.4): a confidential client's own access. No refresh token (§4.4.3).
 */
import { callModel, hasModelFunction } from '../context.js';
import type { ClientCredentialsTokenRequest } from '../contract.js';
import { InvalidGrantError, UnauthorizedClientError } from '../errors.js';
import { checkUser, type Token, type User } from '../model.js';
import { parseScope } from '../scope.js';
import type { Grant } from './grant.js';
import { newGrantId } from '../secrets.js';
import { newTokens, saveToken, validateResource, validateScope } from './issue.js';

export const clientCredentialsGrant: Grant = {
  async handle(ctx, params): Promise<Token> {
    // "The client credentials grant type MUST only be used by confidential clients" (OAuth 2.1 §4.2).
    if (ctx.isPublicClient) {
      throw new UnauthorizedClientError(
        'Unauthorized client: public clients cannot use `client_credentials`',
      );
    }
    let user: User | undefined;
    // getUserFromClient is optional: without it the token is the client's own, with no user.
    if (hasModelFunction(ctx, 'getUserFromClient')) {
      const found = await callModel(ctx, 'getUserFromClient', ctx.client);
      if (!found) throw new InvalidGrantError('Invalid grant: user credentials are invalid');
      user = checkUser(found, 'getUserFromClient');
    }
    const request = params as ClientCredentialsTokenRequest;
    const scope = await validateScope(ctx, user, ctx.client, parseScope(request.scope));
    const resource = await validateResource(ctx, ctx.client, user, request.resource);
    const tokens = await newTokens(ctx, { user, scope, refresh: false, grantId: newGrantId(), resource });
    return saveToken(ctx, tokens, user);
  },
};
