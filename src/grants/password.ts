/**
 * The resource owner password credentials grant (RFC 6749 §4.3). RFC 9700 §2.4: it "MUST NOT be used", so it is
 * served only with `enablePasswordGrant`.
 */
import { callModel } from '../context.js';
import type { PasswordTokenRequest } from '../contract.js';
import { InvalidGrantError } from '../errors.js';
import { checkUser, type Token } from '../model.js';
import { parseScope } from '../scope.js';
import type { Grant } from './grant.js';
import { newGrantId } from '../secrets.js';
import { newTokens, saveToken, validateResource, validateScope } from './issue.js';

export const passwordGrant: Grant = {
  async handle(ctx, params): Promise<Token> {
    const {
      username,
      password,
      scope: requested,
      resource: requestedResource,
    } = params as PasswordTokenRequest;
    const found = await callModel(ctx, 'getUser', username, password, ctx.client);
    if (!found) throw new InvalidGrantError('Invalid grant: user credentials are invalid');
    const user = checkUser(found, 'getUser');
    const scope = await validateScope(ctx, user, ctx.client, parseScope(requested));
    const resource = await validateResource(ctx, ctx.client, user, requestedResource);
    const tokens = await newTokens(ctx, { user, scope, refresh: true, grantId: newGrantId(), resource });
    return saveToken(ctx, tokens, user);
  },
};
