/**
 * The grant registry: grant implementations by wire name. It decides which `grant_type` values the token
 * endpoint serves; extension grants are merged in, and may replace a built-in.
 */
import type { ResolvedOptions } from '../options.js';
import { authorizationCodeGrant } from './authorization-code.js';
import { clientCredentialsGrant } from './client-credentials.js';
import { extensionGrant } from './extension.js';
import type { Grant } from './grant.js';
import { passwordGrant } from './password.js';
import { refreshTokenGrant } from './refresh-token.js';

const BUILT_IN: Readonly<Record<string, Grant>> = {
  authorization_code: authorizationCodeGrant,
  client_credentials: clientCredentialsGrant,
  password: passwordGrant,
  refresh_token: refreshTokenGrant,
};

/** Builds the registry for the grant types the options and Model support (`capabilities.grantTypes`). */
export function createGrantRegistry(options: ResolvedOptions): ReadonlyMap<string, Grant> {
  const registry = new Map<string, Grant>();
  const grantOptions = {
    model: options.model,
    accessTokenLifetime: options.token.accessTokenLifetime,
    refreshTokenLifetime: options.token.refreshTokenLifetime,
    alwaysIssueNewRefreshToken: options.token.alwaysIssueNewRefreshToken,
  };
  for (const name of options.capabilities.grantTypes) {
    const extension = options.token.extendedGrantTypes.get(name);
    const grant = extension ? extensionGrant(extension, grantOptions) : BUILT_IN[name];
    if (grant) registry.set(name, grant);
  }
  return registry;
}
