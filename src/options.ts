/**
 * Every option of the server, with its default written out once, and `resolveOptions()`, which checks them and
 * the Model once, at construction. A bad option, or a Model missing a function an enabled feature needs, throws
 * `InvalidArgumentError` here, never while serving a request. The caller's object is never mutated.
 */
import { InvalidArgumentError } from './errors.js';
import {
  isPositiveNumber,
  requireFunctions,
  type AnyModel,
  type Client,
  type Falsey,
  type MaybePromise,
  type Model,
  type Token,
  type User,
} from './model.js';
import type { Request } from './request.js';
import type { Response } from './response.js';
import { parseScopeOption } from './scope.js';

/** Finds the resource owner of an authorization request (for example from the session). */
export interface AuthenticateHandler {
  /** Returns the logged-in user, or a falsy value when there is none. */
  handle(request: Request, response: Response): MaybePromise<User | Falsey>;
}

/** What the resource owner is asked to approve. */
export interface ConsentRequest {
  client: Client;
  user: User;
  scope: string[] | undefined;
}

/**
 * Records the resource owner's decision on an authorization request. Return `true` to approve (a stored prior
 * consent, say), `false` to deny (`access_denied`), or `undefined` to let the request's `allowed` form parameter
 * decide. Without an approval no code is issued (RFC 6749 §10.12).
 */
export interface ConsentHandler {
  handle(request: Request, response: Response, consent: ConsentRequest): MaybePromise<boolean | undefined>;
}

/** The options an extension grant's constructor receives. */
export interface GrantTypeOptions {
  model: AnyModel;
  accessTokenLifetime: number;
  refreshTokenLifetime: number;
  alwaysIssueNewRefreshToken: boolean;
}

/** An extension grant: a class (usually extending `AbstractGrantType`) whose `handle()` returns the saved token. */
export type ExtensionGrantType = new (options: GrantTypeOptions) => {
  handle(request: Request, client: Client): MaybePromise<Token | Falsey>;
};

/** Options of `authenticate()`. */
export interface AuthenticateOptions {
  /** The scope the resource requires (a space-delimited string or an array). Default: none. */
  scope?: string | readonly string[] | undefined;
  /** Send `X-Accepted-OAuth-Scopes` (when `scope` is set). Default: `true`. */
  addAcceptedScopesHeader?: boolean | undefined;
  /** Send `X-OAuth-Scopes` (when `scope` is set). Default: `true`. */
  addAuthorizedScopesHeader?: boolean | undefined;
  /** Accept `?access_token=` (RFC 6750 §2.3, which advises against it). Default: `false`. */
  allowBearerTokensInQueryString?: boolean | undefined;
  /** The `realm` of the `WWW-Authenticate: Bearer` challenge. Default: `"Service"`. */
  realm?: string | undefined;
  /**
   * The protected resource's identifier (RFC 8707): a token with an audience (`resource`) must be for it, or it
   * is `invalid_token`. Default: none (audiences are not checked).
   */
  resource?: string | undefined;
  /** The resource's metadata URL (RFC 9728), advertised as `resource_metadata` in its challenges. Default: none. */
  resourceMetadata?: string | undefined;
}

/** Options of `authorize()`. */
export interface AuthorizeOptions {
  /** Finds the resource owner. Default: a bearer access token on the request (`getAccessToken`). */
  authenticateHandler?: AuthenticateHandler | undefined;
  /** Records consent. Default: the request's `allowed` form parameter decides. */
  consentHandler?: ConsentHandler | undefined;
  /** Allow requests without `state`. Default: `false`. */
  allowEmptyState?: boolean | undefined;
  /** Authorization code lifetime in seconds. Default: `300`. */
  authorizationCodeLifetime?: number | undefined;
  /** Access token lifetime in seconds (implicit grant; the token endpoint has its own). Default: `3600`. */
  accessTokenLifetime?: number | undefined;
  /** Serve `response_type=token` (RFC 6749 §4.2; RFC 9700 §2.1.2 says not to). Default: `false`. */
  enableImplicitGrant?: boolean | undefined;
  /** Accept the `plain` PKCE method (RFC 7636 §4.2). Default: `false`. */
  enablePlainPKCE?: boolean | undefined;
  /** Require PKCE from every client, not only public ones (OAuth 2.1 §7.5.1.1, RFC 9700 §2.1.1). Default: `false`. */
  requirePKCE?: boolean | undefined;
  /**
   * The issuer identifier (RFC 8414 §2): an `https` URL (or `http` on a loopback host) without query or
   * fragment. With it, every authorization response carries `iss` (RFC 9207) and the server has metadata.
   */
  issuer?: string | undefined;
}

/** Options of `token()`. */
export interface TokenOptions {
  /** Access token lifetime in seconds (`client.accessTokenLifetime` overrides it). Default: `3600`. */
  accessTokenLifetime?: number | undefined;
  /** Refresh token lifetime in seconds (`client.refreshTokenLifetime` overrides it). Default: `1209600`. */
  refreshTokenLifetime?: number | undefined;
  /** Copy extra properties of the saved token into the response. Default: `false`. */
  allowExtendedTokenAttributes?: boolean | undefined;
  /**
   * Whether clients that do not declare a type must authenticate, per grant type (`{ password: false }`) or for
   * all (`false`). A client declared `confidential` always must. Default: `true` for every grant.
   */
  requireClientAuthentication?: boolean | Readonly<Record<string, boolean>> | undefined;
  /** Rotate refresh tokens (public clients always rotate). Default: `true`. */
  alwaysIssueNewRefreshToken?: boolean | undefined;
  /** Extension grants by grant type (an absolute URI, RFC 6749 §4.5). Default: `{}`. */
  extendedGrantTypes?: Readonly<Record<string, ExtensionGrantType>> | undefined;
  /** Accept the `plain` PKCE method. Default: `false`. */
  enablePlainPKCE?: boolean | undefined;
  /** Serve the password grant (RFC 9700 §2.4: MUST NOT be used). Default: `false`. */
  enablePasswordGrant?: boolean | undefined;
  /**
   * Seconds during which a rotated refresh token is still accepted, for clients that retry a refresh whose
   * answer they lost (at most 60). Past it, presenting it again revokes its whole grant (RFC 9700 §4.14.2).
   * Default: `0`.
   */
  refreshTokenGracePeriod?: number | undefined;
}

/** Where the endpoints are, relative to the issuer, for the metadata (RFC 8414). */
export interface EndpointPaths {
  authorization: string;
  token: string;
  revocation: string;
  introspection: string;
}

/** Options of `new OAuth2Server()`: the Model, plus any method option, which becomes that method's default. */
export interface ServerOptions extends AuthenticateOptions, AuthorizeOptions, TokenOptions {
  model: Model;
  /**
   * The longest a request may wait for the Model, in milliseconds; then it is answered `503
   * temporarily_unavailable` and no further Model call is made for it. `0` waits forever. Default: `10000`.
   */
  modelTimeout?: number | undefined;
  /**
   * `'oauth21'` switches on OAuth 2.1's rules in one option: PKCE required, no implicit grant, no password grant,
   * no query-string bearer tokens, no `plain` PKCE. Setting one of those options the other way is an error.
   */
  profile?: 'oauth21' | undefined;
  /** Endpoint paths for the metadata. Default: `/authorize`, `/token`, `/revoke`, `/introspect`. */
  endpoints?: Partial<EndpointPaths> | undefined;
  /** `scopes_supported` in the metadata. Default: not advertised. */
  scopesSupported?: readonly string[] | undefined;
  /** `service_documentation` in the metadata. Default: not advertised. */
  serviceDocumentation?: string | undefined;
}

/** Every default, in one place. */
export const DEFAULTS = {
  addAcceptedScopesHeader: true,
  addAuthorizedScopesHeader: true,
  allowBearerTokensInQueryString: false,
  realm: 'Service',
  allowEmptyState: false,
  authorizationCodeLifetime: 300,
  accessTokenLifetime: 3600,
  refreshTokenLifetime: 1_209_600,
  enableImplicitGrant: false,
  enablePlainPKCE: false,
  allowExtendedTokenAttributes: false,
  requireClientAuthentication: true,
  alwaysIssueNewRefreshToken: true,
  enablePasswordGrant: false,
  requirePKCE: false,
  refreshTokenGracePeriod: 0,
  modelTimeout: 10_000,
} as const;

/** The built-in grant types. */
export const BUILT_IN_GRANTS = [
  'authorization_code',
  'client_credentials',
  'password',
  'refresh_token',
] as const;
export type BuiltInGrant = (typeof BUILT_IN_GRANTS)[number];

export interface ResolvedAuthenticateOptions {
  scope: string[] | undefined;
  addAcceptedScopesHeader: boolean;
  addAuthorizedScopesHeader: boolean;
  allowBearerTokensInQueryString: boolean;
  realm: string;
  resource: string | undefined;
  resourceMetadata: string | undefined;
}

export interface ResolvedAuthorizeOptions {
  authenticateHandler: AuthenticateHandler | undefined;
  consentHandler: ConsentHandler | undefined;
  allowEmptyState: boolean;
  authorizationCodeLifetime: number;
  accessTokenLifetime: number;
  enableImplicitGrant: boolean;
  enablePlainPKCE: boolean;
  /** Client authentication defaults, to tell public clients at the authorization endpoint. */
  requireClientAuthentication: (grantType: string) => boolean;
  requirePKCE: boolean;
  issuer: string | undefined;
}

export interface ResolvedTokenOptions {
  accessTokenLifetime: number;
  refreshTokenLifetime: number;
  allowExtendedTokenAttributes: boolean;
  requireClientAuthentication: (grantType: string) => boolean;
  alwaysIssueNewRefreshToken: boolean;
  extendedGrantTypes: ReadonlyMap<string, ExtensionGrantType>;
  enablePlainPKCE: boolean;
  enablePasswordGrant: boolean;
  refreshTokenGracePeriod: number;
}

/** What each endpoint can do with this Model: decided once. */
export interface Capabilities {
  /** `authenticate()` works (the Model has `getAccessToken`). */
  authenticate: boolean;
  /** The token endpoint works (the Model has `getClient` and `saveToken`). */
  token: boolean;
  /** The authorization code flow works. */
  authorizationCode: boolean;
  /** The refresh token grant works. */
  refreshToken: boolean;
  /** Grant types the token endpoint serves. */
  grantTypes: readonly string[];
  /** Token revocation works (RFC 7009). */
  revocation: boolean;
  /** Token introspection works (RFC 7662). */
  introspection: boolean;
}

/** What the metadata is built from. */
export interface ResolvedMetadataOptions {
  issuer: string | undefined;
  endpoints: EndpointPaths;
  scopesSupported: readonly string[] | undefined;
  serviceDocumentation: string | undefined;
}

export interface ResolvedOptions {
  model: AnyModel;
  modelTimeout: number;
  authenticate: ResolvedAuthenticateOptions;
  authorize: ResolvedAuthorizeOptions;
  token: ResolvedTokenOptions;
  metadata: ResolvedMetadataOptions;
  capabilities: Capabilities;
}

function bool(options: Record<string, unknown>, name: keyof typeof DEFAULTS): boolean {
  const value = options[name];
  if (value === undefined) return DEFAULTS[name] as boolean;
  if (typeof value !== 'boolean')
    throw new InvalidArgumentError(`Invalid argument: \`${name}\` must be a boolean`);
  return value;
}

function lifetime(options: Record<string, unknown>, name: keyof typeof DEFAULTS): number {
  const value = options[name];
  if (value === undefined) return DEFAULTS[name] as number;
  if (!isPositiveNumber(value)) {
    throw new InvalidArgumentError(`Invalid argument: \`${name}\` must be a positive number of seconds`);
  }
  return value;
}

function handler<T>(value: unknown, name: string): T | undefined {
  if (value === undefined) return undefined;
  if (
    typeof value !== 'object' ||
    value === null ||
    typeof (value as { handle?: unknown }).handle !== 'function'
  ) {
    throw new InvalidArgumentError(`Invalid argument: ${name} does not implement \`handle()\``);
  }
  return value as T;
}

/** grant-type = grant-name / absolute URI (RFC 6749 §4.5, Appendix A.10). */
const EXTENSION_GRANT = /^[A-Za-z][A-Za-z0-9+.-]*:[\x21-\x7E]+$/;

function extendedGrants(value: unknown): Map<string, ExtensionGrantType> {
  const grants = new Map<string, ExtensionGrantType>();
  if (value === undefined) return grants;
  if (typeof value !== 'object' || value === null) {
    throw new InvalidArgumentError('Invalid argument: `extendedGrantTypes` must be an object');
  }
  for (const [name, grant] of Object.entries(value as Record<string, unknown>)) {
    const isBuiltIn = (BUILT_IN_GRANTS as readonly string[]).includes(name);
    if (!isBuiltIn && !EXTENSION_GRANT.test(name)) {
      throw new InvalidArgumentError(
        `Invalid argument: extension grant type \`${name}\` must be an absolute URI (RFC 6749 §4.5)`,
      );
    }
    const prototype = (grant as { prototype?: { handle?: unknown } } | null)?.prototype;
    if (typeof grant !== 'function' || typeof prototype?.handle !== 'function') {
      throw new InvalidArgumentError(
        `Invalid argument: extension grant \`${name}\` must be a class with \`handle()\``,
      );
    }
    grants.set(name, grant as ExtensionGrantType);
  }
  return grants;
}

function clientAuthentication(value: unknown): (grantType: string) => boolean {
  if (value === undefined || typeof value === 'boolean') {
    const required = value ?? DEFAULTS.requireClientAuthentication;
    return () => required;
  }
  if (typeof value !== 'object' || value === null) {
    throw new InvalidArgumentError(
      'Invalid argument: `requireClientAuthentication` must be a boolean or an object',
    );
  }
  const perGrant = new Map<string, boolean>();
  for (const [grant, required] of Object.entries(value as Record<string, unknown>)) {
    if (typeof required !== 'boolean') {
      throw new InvalidArgumentError(
        `Invalid argument: \`requireClientAuthentication.${grant}\` must be a boolean`,
      );
    }
    perGrant.set(grant, required);
  }
  return (grantType) => perGrant.get(grantType) ?? DEFAULTS.requireClientAuthentication;
}

const has = (model: AnyModel, name: keyof AnyModel): boolean => typeof model[name] === 'function';

/** What `profile: 'oauth21'` fixes, and the value it requires. */
const OAUTH21: Readonly<Record<string, boolean>> = {
  requirePKCE: true,
  enableImplicitGrant: false,
  enablePasswordGrant: false,
  allowBearerTokensInQueryString: false,
  enablePlainPKCE: false,
};

/** Applies `profile` to a copy of the options; an option set against the profile is an error. */
function applyProfile(options: Record<string, unknown>): Record<string, unknown> {
  const profile = options.profile;
  if (profile === undefined) return options;
  if (profile !== 'oauth21') throw new InvalidArgumentError("Invalid argument: `profile` must be 'oauth21'");
  const effective = { ...options };
  for (const [name, required] of Object.entries(OAUTH21)) {
    if (effective[name] !== undefined && effective[name] !== required) {
      throw new InvalidArgumentError(
        `Invalid argument: \`profile: 'oauth21'\` requires \`${name}: ${String(required)}\``,
      );
    }
    effective[name] = required;
  }
  return effective;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The issuer identifier: https (http only on a loopback host), no query or fragment (RFC 8414 §2), written the
 * way the URL parser writes it (lower-case scheme and host, no default port): clients compare it by simple
 * string comparison (RFC 8414 §3.3, RFC 9207 §2.4), so there must be one spelling.
 */
function issuerOption(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const url = typeof value === 'string' && URL.canParse(value) ? new URL(value) : undefined;
  const issuer = typeof value === 'string' ? value.replace(/\/$/, '') : '';
  const valid =
    url !== undefined &&
    (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))) &&
    !issuer.includes('?') &&
    !issuer.includes('#') &&
    issuer.startsWith(url.origin) &&
    /^($|\/)/.test(issuer.slice(url.origin.length));
  if (!valid) {
    throw new InvalidArgumentError(
      'Invalid argument: `issuer` must be an https URL (http only on a loopback host) without query or fragment, with a lower-case scheme and host and no default port',
    );
  }
  return issuer;
}

function urlOption(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !URL.canParse(value)) {
    throw new InvalidArgumentError(`Invalid argument: \`${name}\` must be an absolute URL`);
  }
  return value;
}

function gracePeriod(value: unknown): number {
  if (value === undefined) return DEFAULTS.refreshTokenGracePeriod;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 60) {
    throw new InvalidArgumentError('Invalid argument: `refreshTokenGracePeriod` must be 0 to 60 seconds');
  }
  return value;
}

function scopesOption(value: unknown): readonly string[] | undefined {
  if (value === undefined) return undefined;
  const scopes = parseScopeOption(value);
  if (!scopes)
    throw new InvalidArgumentError('Invalid argument: `scopesSupported` must be an array of scope tokens');
  return scopes;
}

const DEFAULT_ENDPOINTS: EndpointPaths = {
  authorization: '/authorize',
  token: '/token',
  revocation: '/revoke',
  introspection: '/introspect',
};

function endpointPaths(value: unknown): EndpointPaths {
  if (value === undefined) return DEFAULT_ENDPOINTS;
  if (typeof value !== 'object' || value === null) {
    throw new InvalidArgumentError('Invalid argument: `endpoints` must be an object of paths');
  }
  const paths = { ...DEFAULT_ENDPOINTS };
  for (const [name, path] of Object.entries(value as Record<string, unknown>)) {
    if (!(name in DEFAULT_ENDPOINTS) || typeof path !== 'string' || !path.startsWith('/')) {
      throw new InvalidArgumentError(
        `Invalid argument: \`endpoints.${name}\` must be a path starting with /`,
      );
    }
    paths[name as keyof EndpointPaths] = path;
  }
  return paths;
}

/** Resolves and checks options; the result is what handlers are built from. */
export function resolveOptions(input: ServerOptions): ResolvedOptions {
  if (typeof input !== 'object' || input === null || !input.model || typeof input.model !== 'object') {
    throw new InvalidArgumentError('Missing parameter: `model`');
  }
  const options = applyProfile(input as unknown as Record<string, unknown>);
  const model = input.model as AnyModel;

  const modelTimeout = options.modelTimeout ?? DEFAULTS.modelTimeout;
  if (typeof modelTimeout !== 'number' || !Number.isFinite(modelTimeout) || modelTimeout < 0) {
    throw new InvalidArgumentError(
      'Invalid argument: `modelTimeout` must be a number of milliseconds (0 for none)',
    );
  }
  const realm = options.realm ?? DEFAULTS.realm;
  if (typeof realm !== 'string' || !/^[\x20\x21\x23-\x5B\x5D-\x7E]*$/.test(realm)) {
    throw new InvalidArgumentError(
      'Invalid argument: `realm` must be a string without quotes or backslashes',
    );
  }

  const requireClientAuthentication = clientAuthentication(options.requireClientAuthentication);
  const enablePlainPKCE = bool(options, 'enablePlainPKCE');
  const token: ResolvedTokenOptions = {
    accessTokenLifetime: lifetime(options, 'accessTokenLifetime'),
    refreshTokenLifetime: lifetime(options, 'refreshTokenLifetime'),
    allowExtendedTokenAttributes: bool(options, 'allowExtendedTokenAttributes'),
    requireClientAuthentication,
    alwaysIssueNewRefreshToken: bool(options, 'alwaysIssueNewRefreshToken'),
    extendedGrantTypes: extendedGrants(options.extendedGrantTypes),
    enablePlainPKCE,
    enablePasswordGrant: bool(options, 'enablePasswordGrant'),
    refreshTokenGracePeriod: gracePeriod(options.refreshTokenGracePeriod),
  };
  const authorize: ResolvedAuthorizeOptions = {
    authenticateHandler: handler<AuthenticateHandler>(options.authenticateHandler, 'authenticateHandler'),
    consentHandler: handler<ConsentHandler>(options.consentHandler, 'consentHandler'),
    allowEmptyState: bool(options, 'allowEmptyState'),
    authorizationCodeLifetime: lifetime(options, 'authorizationCodeLifetime'),
    accessTokenLifetime: token.accessTokenLifetime,
    enableImplicitGrant: bool(options, 'enableImplicitGrant'),
    enablePlainPKCE,
    requireClientAuthentication,
    requirePKCE: bool(options, 'requirePKCE'),
    issuer: issuerOption(options.issuer),
  };
  const authenticate: ResolvedAuthenticateOptions = {
    scope: parseScopeOption(options.scope),
    addAcceptedScopesHeader: bool(options, 'addAcceptedScopesHeader'),
    addAuthorizedScopesHeader: bool(options, 'addAuthorizedScopesHeader'),
    allowBearerTokensInQueryString: bool(options, 'allowBearerTokensInQueryString'),
    realm,
    resource: urlOption(options.resource, 'resource'),
    resourceMetadata: urlOption(options.resourceMetadata, 'resourceMetadata'),
  };
  return {
    model,
    modelTimeout,
    authenticate,
    authorize,
    token,
    metadata: {
      issuer: authorize.issuer,
      endpoints: endpointPaths(options.endpoints),
      scopesSupported: scopesOption(options.scopesSupported),
      serviceDocumentation: urlOption(options.serviceDocumentation, 'serviceDocumentation'),
    },
    capabilities: capabilities(model, token, authorize),
  };
}

/** Decides what the Model supports, and rejects a Model that implements a feature only in part. */
function capabilities(
  model: AnyModel,
  token: ResolvedTokenOptions,
  authorize: ResolvedAuthorizeOptions,
): Capabilities {
  const tokenEndpoint = has(model, 'getClient') && has(model, 'saveToken');
  const codeFunctions = ['getAuthorizationCode', 'saveAuthorizationCode', 'revokeAuthorizationCode'] as const;
  const authorizationCode = codeFunctions.some((name) => has(model, name));
  if (authorizationCode) {
    requireFunctions(model, ['getClient', 'saveToken', ...codeFunctions], 'the authorization code grant');
  }
  const refreshToken = has(model, 'getRefreshToken');
  if (has(model, 'getUsedAuthorizationCode') || has(model, 'getUsedRefreshToken')) {
    requireFunctions(
      model,
      ['revokeGrant'],
      'reuse detection (`getUsedAuthorizationCode`, `getUsedRefreshToken`)',
    );
  }
  if (refreshToken)
    requireFunctions(model, ['getClient', 'saveToken', 'revokeToken'], 'the refresh token grant');
  if (token.enablePasswordGrant) {
    requireFunctions(
      model,
      ['getClient', 'saveToken', 'getUser'],
      'the password grant (`enablePasswordGrant`)',
    );
  }
  if (token.extendedGrantTypes.size > 0) {
    requireFunctions(model, ['getClient', 'saveToken'], 'extension grants (`extendedGrantTypes`)');
  }
  if (authorize.enableImplicitGrant) {
    requireFunctions(model, ['getClient', 'saveToken'], 'the implicit grant (`enableImplicitGrant`)');
  }
  const grantTypes = new Set<string>();
  if (authorizationCode) grantTypes.add('authorization_code');
  if (tokenEndpoint) grantTypes.add('client_credentials');
  if (token.enablePasswordGrant) grantTypes.add('password');
  if (refreshToken) grantTypes.add('refresh_token');
  for (const name of token.extendedGrantTypes.keys()) grantTypes.add(name);
  const lookup = has(model, 'getAccessToken') || has(model, 'getRefreshToken');
  return {
    authenticate: has(model, 'getAccessToken'),
    token: tokenEndpoint,
    authorizationCode,
    refreshToken,
    grantTypes: [...grantTypes],
    revocation:
      has(model, 'getClient') &&
      lookup &&
      (has(model, 'revokeGrant') || has(model, 'revokeToken') || has(model, 'revokeAccessToken')),
    introspection: has(model, 'getClient') && lookup,
  };
}
