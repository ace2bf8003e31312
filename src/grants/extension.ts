/**
 * Runs an extension grant (a class with `handle(request, client)`) behind the same contract as the built-in
 * grants. The class is instantiated once, when the server is built.
 */
import { Request } from '../request.js';
import { normalizeAll } from '../validation/index.js';
import type { GrantTypeOptions, ExtensionGrantType } from '../options.js';
import type { Grant } from './grant.js';
import { checkSavedToken } from './issue.js';

export function extensionGrant(GrantClass: ExtensionGrantType, options: GrantTypeOptions): Grant {
  const instance = new GrantClass(options);
  return {
    async handle(ctx) {
      // The same request (its own properties, such as `session`, included), with every parameter of the body,
      // each a single non-empty string: an extension defines its own parameters.
      const request = new Request({ ...ctx.request, body: normalizeAll(ctx.request.body) });
      const token = await instance.handle(request, ctx.client);
      return checkSavedToken(token, 'handle', ctx.client.id);
    },
  };
}
