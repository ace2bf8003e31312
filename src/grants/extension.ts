/**
 * Runs an extension grant (a class with `handle(request, client)`) behind the same contract as the built-in
 * grants. The class is instantiated once, when the server is built; its `request.body` holds every parameter of
 * the token request, each a single non-empty string.
 */
import { Request } from '../request.js';
import type { GrantTypeOptions, ExtensionGrantType } from '../options.js';
import type { Grant } from './grant.js';
import { checkSavedToken } from './issue.js';

export function extensionGrant(GrantClass: ExtensionGrantType, options: GrantTypeOptions): Grant {
  const instance = new GrantClass(options);
  return {
    async handle(ctx, _params, extensionParams) {
      // The same request (its own properties, such as `session`, included) with the normalized body.
      const request = new Request({ ...ctx.request, body: { ...extensionParams } });
      const token = await instance.handle(request, ctx.client);
      return checkSavedToken(token, 'handle', ctx.client.id);
    },
  };
}
