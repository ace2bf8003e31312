/**
 * The Model: the storage the application supplies. One interface per grant, composed with `extends`, as in
 * `oauth2-server`. Model functions may return a value or a Promise.
 *
 * The server trusts nothing a Model returns: every entity is checked before use, and only its own properties
 * count. A wrong type, an invalid `Date`, a `scope` that is not `string[]`, a missing client or user, or an entity
 * that does not match what was looked up is a `server_error`, never a success.
 */
import { InvalidArgumentError, ServerError } from './errors.js';

export type MaybePromise<T> = T | PromiseLike<T>;
/** What a lookup returns for "not found". */
export type Falsey = '' | 0 | false | null | undefined;

/** A client: its identifier, the grants it may use, where it may be redirected, and how it authenticates. */
export interface Client {
  id: string;
  /** The grant types the client may use (`authorization_code`, `refresh_token`, ...). */
  grants: string[];
  /** The registered redirect URIs, compared by simple string comparison (RFC 6749 §3.1.2.3). */
  redirectUris?: string[];
  /** Overrides the server's `accessTokenLifetime` for this client (seconds). */
  accessTokenLifetime?: number;
  /** Overrides the server's `refreshTokenLifetime` for this client (seconds). */
  refreshTokenLifetime?: number;
  /**
   * `public` clients cannot keep a secret: they send only `client_id`, must use PKCE with S256 and cannot use
   * `client_credentials`. `confidential` clients must authenticate on every token request (RFC 6749 §2.1).
   * Defaults from `tokenEndpointAuthMethod`: `none` is public, anything else confidential.
   */
  clientType?: 'public' | 'confidential';
  /** How the client authenticates at the token endpoint (RFC 7591 §2); enforced when set. */
  tokenEndpointAuthMethod?: 'client_secret_basic' | 'client_secret_post' | 'none';
  [key: string]: unknown;
}

/** The resource owner. Any object the application likes; the server only passes it around. */
export type User = Record<string, unknown>;

/** An authorization code as `saveAuthorizationCode` receives it. */
export interface AuthorizationCodeData {
  authorizationCode: string;
  expiresAt: Date;
  /** The redirect URI the code was delivered to. */
  redirectUri: string;
  /**
   * Whether the authorization request included `redirect_uri`. Persist it: the token request must then repeat
   * the same URI, and may omit it otherwise (RFC 6749 §4.1.3). A code without it is treated as `true`.
   */
  redirectUriSent: boolean;
  scope?: string[];
  codeChallenge?: string;
  codeChallengeMethod?: 'S256' | 'plain';
  /**
   * The grant this code starts. Every token issued from it, refreshed ones included, carries the same id, so a
   * replayed code or a reused refresh token can revoke them all (`revokeGrant`).
   */
  grantId?: string;
  /** The resources the access tokens will be for (RFC 8707 `resource`). */
  resource?: string[];
}

/** An authorization code as `getAuthorizationCode` returns it. */
export interface AuthorizationCode extends AuthorizationCodeData {
  client: Client;
  user: User;
  [key: string]: unknown;
}

/** The tokens `saveToken` receives. */
export interface TokenData {
  accessToken: string;
  accessTokenExpiresAt?: Date;
  refreshToken?: string;
  refreshTokenExpiresAt?: Date;
  /** The scope of the access token. */
  scope?: string[];
  /**
   * The scope of the refresh token, when it differs from the access token's: a refresh that narrows the access
   * token keeps the refresh token's original scope (RFC 6749 §6).
   */
  refreshTokenScope?: string[];
  /** The code the tokens were issued for (authorization_code grant). */
  authorizationCode?: string;
  /** The grant the tokens belong to (see `AuthorizationCodeData.grantId`); the server always sets it. */
  grantId?: string;
  /** The access token's audience: the resources it is for (RFC 8707). */
  resource?: string[];
  /** The refresh token's audience, when a refresh narrowed the access token's (it keeps the original). */
  refreshTokenResource?: string[];
}

/** A token as `saveToken` and `getAccessToken` return it. */
export interface Token extends TokenData {
  client: Client;
  /** Absent for a client_credentials token issued without a user. */
  user?: User;
  /** When the token was issued (introspection's `iat`), if the Model records it. */
  issuedAt?: Date;
  [key: string]: unknown;
}

/** A refresh token as `getRefreshToken` returns it. */
export interface RefreshToken {
  refreshToken: string;
  refreshTokenExpiresAt?: Date;
  scope?: string[];
  client: Client;
  user?: User;
  grantId?: string;
  resource?: string[];
  /** When the token was issued (introspection's `iat`), if the Model records it. */
  issuedAt?: Date;
  [key: string]: unknown;
}

/** A code or refresh token that was already used, as the optional reuse-detection functions return it. */
export interface UsedEntity {
  /** The grant it belonged to: revoked as a whole when the code or token is replayed. */
  grantId: string;
  /** When it was used (a refresh token's rotation): the grace window counts from here. */
  usedAt: Date;
}

/** Functions every Model that issues tokens has. */
export interface BaseModel {
  /**
   * Looks up a client. At the token endpoint `clientSecret` is the secret the client presented (or `null`):
   * return the client only if it matches. At the authorization endpoint it is always `null`.
   */
  getClient(clientId: string, clientSecret: string | null): MaybePromise<Client | Falsey>;
  /** Stores issued tokens and returns them with `client` and `user`: the token response is built from it. */
  saveToken(token: TokenData, client: Client, user: User | undefined): MaybePromise<Token | Falsey>;
  /** Optional: makes access tokens (default: 256 random bits, hex). */
  generateAccessToken?(
    client: Client,
    user: User | undefined,
    scope: string[] | undefined,
  ): MaybePromise<string>;
  /** Optional: decides the granted scope; a falsy result is `invalid_scope`. */
  validateScope?(
    user: User | undefined,
    client: Client,
    scope: string[] | undefined,
  ): MaybePromise<string[] | Falsey>;
}

/** What `authenticate()` needs. */
export interface RequestAuthenticationModel {
  /** Looks up an access token; return it with `accessTokenExpiresAt`, `client` and `user`. */
  getAccessToken(accessToken: string): MaybePromise<Token | Falsey>;
  /** Optional: whether the token grants `scope` (default: every scope is in `token.scope`). */
  verifyScope?(token: Token, scope: string[]): MaybePromise<boolean>;
}

/** The authorization code grant (RFC 6749 §4.1). */
export interface AuthorizationCodeModel extends BaseModel {
  saveAuthorizationCode(
    code: AuthorizationCodeData,
    client: Client,
    user: User,
  ): MaybePromise<AuthorizationCode | Falsey>;
  getAuthorizationCode(authorizationCode: string): MaybePromise<AuthorizationCode | Falsey>;
  /**
   * Consumes a code. Must be an atomic compare-and-set that returns `true` to exactly one caller: the server
   * issues tokens only after a `true` (RFC 6749 §4.1.2: a code is used once).
   */
  revokeAuthorizationCode(code: AuthorizationCode): MaybePromise<boolean>;
  generateAuthorizationCode?(client: Client, user: User, scope: string[] | undefined): MaybePromise<string>;
  generateRefreshToken?(
    client: Client,
    user: User | undefined,
    scope: string[] | undefined,
  ): MaybePromise<string>;
  /** Optional: replaces the default exact-match comparison of `redirect_uri` with the client's URIs. */
  validateRedirectUri?(redirectUri: string, client: Client): MaybePromise<boolean>;
}

/** The resource owner password credentials grant (RFC 6749 §4.3), off unless `enablePasswordGrant`. */
export interface PasswordModel extends BaseModel {
  getUser(username: string, password: string, client: Client): MaybePromise<User | Falsey>;
  generateRefreshToken?(
    client: Client,
    user: User | undefined,
    scope: string[] | undefined,
  ): MaybePromise<string>;
}

/** The refresh token grant (RFC 6749 §6). */
export interface RefreshTokenModel extends BaseModel {
  getRefreshToken(refreshToken: string): MaybePromise<RefreshToken | Falsey>;
  /** Revokes the presented refresh token when it is rotated: atomic, `true` to exactly one caller. */
  revokeToken(token: RefreshToken): MaybePromise<boolean>;
  generateRefreshToken?(
    client: Client,
    user: User | undefined,
    scope: string[] | undefined,
  ): MaybePromise<string>;
}

/**
 * Optional functions for what RFC 9700 and RFC 7009 ask beyond `oauth2-server`: revoking a whole grant, finding a
 * code or refresh token that was already used (tombstones kept until they expire), revoking an access token, and
 * deciding the audience of a token (RFC 8707).
 */
export interface GrantLifecycleModel {
  /**
   * Revokes every code and token of a grant. Called when a used code is replayed by its client, when a rotated
   * refresh token is presented again (RFC 9700 §4.14.2), and when a refresh token is revoked (RFC 7009 §2.1).
   */
  revokeGrant?(grantId: string): MaybePromise<unknown>;
  /** A code that was redeemed already (not one that never existed): its grant may be revoked on replay. */
  getUsedAuthorizationCode?(
    authorizationCode: string,
  ): MaybePromise<(AuthorizationCode & UsedEntity) | Falsey>;
  /** A refresh token that was rotated already: presenting it again revokes its grant (after the grace window). */
  getUsedRefreshToken?(refreshToken: string): MaybePromise<(RefreshToken & UsedEntity) | Falsey>;
  /** Revokes one access token (RFC 7009); without it only refresh tokens can be revoked. */
  revokeAccessToken?(token: Token): MaybePromise<unknown>;
  /**
   * Decides the audience of a token from the requested resources (RFC 8707): the resources granted, or a falsy
   * value for `invalid_target`. Without it, the requested resources are granted as asked.
   */
  validateResource?(
    resource: string[],
    client: Client,
    user: User | undefined,
  ): MaybePromise<string[] | Falsey>;
}

/** The client credentials grant (RFC 6749 §4.4). */
export interface ClientCredentialsModel extends BaseModel {
  /** Optional: the user a client acts for; without it the token has no user. */
  getUserFromClient?(client: Client): MaybePromise<User | Falsey>;
}

/** Extension grants bring their own Model functions. */
export type ExtensionModel = BaseModel;

/** A Model: any combination of the interfaces above (plus any of the optional `GrantLifecycleModel` functions). */
export type Model = (
  | RequestAuthenticationModel
  | AuthorizationCodeModel
  | PasswordModel
  | RefreshTokenModel
  | ClientCredentialsModel
  | ExtensionModel
) &
  GrantLifecycleModel;

/** Every Model function, all optional: how the server sees a Model. */
export type AnyModel = Partial<
  RequestAuthenticationModel &
    AuthorizationCodeModel &
    PasswordModel &
    RefreshTokenModel &
    ClientCredentialsModel &
    GrantLifecycleModel
>;

export type ModelFunction = keyof AnyModel;

/** Checks that the Model has the functions a feature needs; throws `InvalidArgumentError` naming the first missing one. */
export function requireFunctions(model: AnyModel, names: readonly ModelFunction[], feature: string): void {
  for (const name of names) {
    if (typeof model[name] !== 'function') {
      throw new InvalidArgumentError(
        `Invalid argument: model does not implement \`${name}()\`, which ${feature} needs`,
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Fail-closed checks of what the Model returns.

/** An own property of a Model result; inherited properties never count. */
export function own(entity: object, key: string): unknown {
  return Object.hasOwn(entity, key) ? (entity as Record<string, unknown>)[key] : undefined;
}

function contractViolation(fn: string, what: string): ServerError {
  return new ServerError(`Server error: \`${fn}()\` ${what}`);
}

/** A real, valid `Date` (from any realm). */
export function isValidDate(value: unknown): value is Date {
  if (typeof value !== 'object' || value === null) return false;
  try {
    // Date.prototype.getTime checks the internal slot: true Dates of any realm pass, look-alikes throw.
    return Number.isFinite(Date.prototype.getTime.call(value));
  } catch {
    return false;
  }
}

/** Reads a required `Date` field; anything but a valid `Date` is a `server_error` (an invalid date never "expires"). */
export function requireDate(entity: object, key: string, fn: string): Date {
  const value = own(entity, key);
  if (!isValidDate(value))
    throw contractViolation(fn, `returned an invalid \`${key}\` (a valid Date is required)`);
  return value;
}

/** Reads an optional `Date` field: absent is fine, present must be valid. */
export function optionalDate(entity: object, key: string, fn: string): Date | undefined {
  const value = own(entity, key);
  if (value === undefined || value === null) return undefined;
  if (!isValidDate(value)) throw contractViolation(fn, `returned an invalid \`${key}\` (not a valid Date)`);
  return value;
}

const SCOPE_TOKEN = /^[\x21\x23-\x5B\x5D-\x7E]+$/;

/** Checks a scope: `undefined`, or an array of RFC 6749 §3.3 scope-tokens. A string is refused (no substring matching). */
export function checkScope(value: unknown, fn: string): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || !value.every((s) => typeof s === 'string' && SCOPE_TOKEN.test(s))) {
    throw contractViolation(fn, 'returned a `scope` that is not an array of scope tokens');
  }
  return value as string[];
}

/** Checks a resource list (RFC 8707 audience): `undefined`, or an array of strings. */
export function checkResource(value: unknown, fn: string): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || !value.every((r) => typeof r === 'string')) {
    throw contractViolation(fn, 'returned a `resource` that is not an array of strings');
  }
  return value;
}

/** Reads a required string field. */
export function requireString(entity: object, key: string, fn: string): string {
  const value = own(entity, key);
  if (typeof value !== 'string' || value === '')
    throw contractViolation(fn, `did not return a \`${key}\` string`);
  return value;
}

/** Checks that a lookup returned the entity asked for: a mismatch is a buggy or injected query. */
export function requireMatch(actual: unknown, expected: string, key: string, fn: string): void {
  if (actual !== expected) throw contractViolation(fn, `returned a \`${key}\` other than the one looked up`);
}

/** Checks a client the Model returned: an object with an `id`, `grants` and (if any) `redirectUris` as string arrays. */
export function checkClient(client: unknown, fn: string, expectedId?: string): Client {
  if (typeof client !== 'object' || client === null)
    throw contractViolation(fn, 'did not return a `client` object');
  const id = requireString(client, 'id', fn);
  if (expectedId !== undefined) requireMatch(id, expectedId, 'client id', fn);
  const grants = own(client, 'grants');
  if (!Array.isArray(grants) || !grants.every((g) => typeof g === 'string')) {
    throw contractViolation(fn, 'returned a client whose `grants` is not an array of strings');
  }
  const redirectUris = own(client, 'redirectUris');
  if (
    redirectUris !== undefined &&
    (!Array.isArray(redirectUris) || !redirectUris.every((u) => typeof u === 'string'))
  ) {
    throw contractViolation(fn, 'returned a client whose `redirectUris` is not an array of strings');
  }
  for (const key of ['accessTokenLifetime', 'refreshTokenLifetime']) {
    const lifetime = own(client, key);
    if (lifetime !== undefined && !isPositiveNumber(lifetime)) {
      throw contractViolation(fn, `returned a client whose \`${key}\` is not a positive number`);
    }
  }
  return client as Client;
}

/** Checks a user the Model returned (or attached to an entity): any object. */
export function checkUser(user: unknown, fn: string): User {
  if (typeof user !== 'object' || user === null)
    throw contractViolation(fn, 'did not return a `user` object');
  return user as User;
}

export function isPositiveNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

/** The characters a token, code or refresh token may hold (RFC 6749 Appendix A.11, A.12, A.17). */
const VSCHAR = /^[\x20-\x7E]+$/;

/** Checks a value a `generate*` function returned. */
export function checkGenerated(value: unknown, fn: string): string {
  if (typeof value !== 'string' || !VSCHAR.test(value)) {
    throw contractViolation(fn, 'did not return a string of visible ASCII characters');
  }
  return value;
}
