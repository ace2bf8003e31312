/**
 * The contract every grant type implements, built-in or extension: given the authenticated client and the
 * validated parameters, issue and save tokens, and return what `saveToken` returned.
 */
import type { TokenRequest } from '../contract.js';
import type { Token } from '../model.js';
import type { GrantContext } from './issue.js';

export interface Grant {
  handle(ctx: GrantContext, params: TokenRequest): Promise<Token>;
}
