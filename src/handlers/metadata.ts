/**
 * Authorization server metadata (RFC 8414), built from the options and the Model's capabilities: it advertises
 * exactly what the server does.
 */
import type { AuthorizationServerMetadata } from '../contract.js';
import type { ResolvedOptions } from '../options.js';

type AuthMethod = 'client_secret_basic' | 'client_secret_post' | 'none';
const CLIENT_AUTH_METHODS: readonly AuthMethod[] = ['client_secret_basic', 'client_secret_post', 'none'];

/**
 * The metadata document, or `undefined` without an issuer identifier ("issuer: REQUIRED", §2) or a token
 * endpoint (a Model that only checks access tokens is a resource server, not an authorization server).
 */
export function buildMetadata(options: ResolvedOptions): AuthorizationServerMetadata | undefined {
  const { issuer, endpoints, scopesSupported, serviceDocumentation } = options.metadata;
  const { capabilities, authorize } = options;
  if (!issuer || !capabilities.token) return undefined;
  const url = (path: string): string => `${issuer}${path}`;
  const responseTypes = capabilities.authorizationCode ? ['code'] : [];
  if (authorize.enableImplicitGrant) responseTypes.push('token');
  const grantTypes = [...capabilities.grantTypes];
  if (authorize.enableImplicitGrant) grantTypes.push('implicit');
  const metadata: AuthorizationServerMetadata = {
    issuer,
    token_endpoint: url(endpoints.token),
    response_types_supported: responseTypes,
    grant_types_supported: grantTypes,
    token_endpoint_auth_methods_supported: [...CLIENT_AUTH_METHODS],
  };
  if (responseTypes.length > 0) {
    metadata.authorization_endpoint = url(endpoints.authorization);
    metadata.response_modes_supported = authorize.enableImplicitGrant ? ['query', 'fragment'] : ['query'];
    // PKCE is for codes: an implicit-only server has none ("If omitted, … does not support PKCE", §2).
    if (capabilities.authorizationCode) {
      metadata.code_challenge_methods_supported = authorize.enablePlainPKCE ? ['S256', 'plain'] : ['S256'];
    }
    // RFC 9207 §3: the server adds `iss` to its authorization responses.
    metadata.authorization_response_iss_parameter_supported = true;
  }
  if (capabilities.revocation) {
    metadata.revocation_endpoint = url(endpoints.revocation);
    metadata.revocation_endpoint_auth_methods_supported = [...CLIENT_AUTH_METHODS];
  }
  if (capabilities.introspection) {
    metadata.introspection_endpoint = url(endpoints.introspection);
    metadata.introspection_endpoint_auth_methods_supported = ['client_secret_basic', 'client_secret_post'];
  }
  if (scopesSupported) metadata.scopes_supported = [...scopesSupported];
  if (serviceDocumentation) metadata.service_documentation = serviceDocumentation;
  return metadata;
}

/**
 * Where the RFC 9728 metadata of a protected resource is: the well-known string goes between the host and the
 * path of the resource identifier (§3.1), so `https://rs.example/me` has its document at
 * `https://rs.example/.well-known/oauth-protected-resource/me`.
 */
export function protectedResourceMetadataUrl(resource: string): string {
  const url = new URL(resource);
  const path = url.pathname === '/' ? '' : url.pathname;
  return `${url.origin}/.well-known/oauth-protected-resource${path}${url.search}`;
}
