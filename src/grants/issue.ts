/**
 * What every grant does once it has decided to issue tokens: scope validation, token generation, lifetimes, and
 * saving through the Model, with the saved result checked fail-closed.
 */
import { callModel, hasModelFunction, type RequestContext } from '../context.js';
import { InvalidGrantError, InvalidScopeError, InvalidTargetError, ServerError } from '../errors.js';
import {
  checkClient,
  checkGenerated,
  checkScope,
  checkUser,
  optionalDate,
  own,
  requireString,
  type Client,
  type Token,
  type TokenData,
  type User,
} from '../model.js';
import { randomToken } from '../secrets.js';

/** A grant's context: the request's, plus the authenticated client. */
export interface GrantContext extends RequestContext {
  readonly client: Client;
  /** Whether the client is public (sent only `client_id`). */
  readonly isPublicClient: boolean;
}

function seconds(
  client: Client,
  key: 'accessTokenLifetime' | 'refreshTokenLifetime',
  fallback: number,
): number {
  const own = client[key];
  return typeof own === 'number' ? own : fallback;
}

/** Access token lifetime for a client, in seconds. */
export function accessTokenLifetime(ctx: GrantContext): number {
  return seconds(ctx.client, 'accessTokenLifetime', ctx.options.token.accessTokenLifetime);
}

/** When a token issued now expires. */
export function expiresAt(lifetimeSeconds: number): Date {
  return new Date(Date.now() + lifetimeSeconds * 1000);
}

/**
 * Lets the Model decide the granted scope (`validateScope`); without the hook the requested scope is granted.
 * A falsy answer is `invalid_scope`; anything but an array of scope-tokens is a `server_error`.
 */
export async function validateScope(
  ctx: RequestContext,
  user: User | undefined,
  client: Client,
  scope: string[] | undefined,
): Promise<string[] | undefined> {
  if (!hasModelFunction(ctx, 'validateScope')) return scope;
  const validated = await callModel(ctx, 'validateScope', user, client, scope);
  if (!validated) throw new InvalidScopeError('Invalid scope: Requested scope is invalid');
  return checkScope(validated, 'validateScope');
}

/** A new access token, from the Model's `generateAccessToken` if it has one. */
export async function generateAccessToken(
  ctx: RequestContext,
  client: Client,
  user: User | undefined,
  scope: string[] | undefined,
): Promise<string> {
  if (!hasModelFunction(ctx, 'generateAccessToken')) return randomToken();
  return checkGenerated(
    await callModel(ctx, 'generateAccessToken', client, user, scope),
    'generateAccessToken',
  );
}

/** A new refresh token, from the Model's `generateRefreshToken` if it has one. */
export async function generateRefreshToken(
  ctx: RequestContext,
  client: Client,
  user: User | undefined,
  scope: string[] | undefined,
): Promise<string> {
  if (!hasModelFunction(ctx, 'generateRefreshToken')) return randomToken();
  return checkGenerated(
    await callModel(ctx, 'generateRefreshToken', client, user, scope),
    'generateRefreshToken',
  );
}

/**
 * Whether to issue a refresh token: only to a client allowed the `refresh_token` grant, and only when the server
 * serves that grant (a refresh token nobody can use is a liability).
 */
export function issuesRefreshToken(ctx: GrantContext): boolean {
  return ctx.options.capabilities.refreshToken && ctx.client.grants.includes('refresh_token');
}

/** What a grant issues tokens for. */
export interface Issuance {
  user: User | undefined;
  scope: string[] | undefined;
  /** Issue a refresh token too, when the client and the server allow one. */
  refresh: boolean;
  /** The grant the tokens belong to. */
  grantId: string;
  /** The access token's audience (RFC 8707). */
  resource?: string[] | undefined;
}

/** Builds the token data for an access token, and a refresh token when the grant and client allow one. */
export async function newTokens(ctx: GrantContext, issuance: Issuance): Promise<TokenData> {
  const { client } = ctx;
  const { user, scope } = issuance;
  const data: TokenData = {
    accessToken: await generateAccessToken(ctx, client, user, scope),
    accessTokenExpiresAt: expiresAt(accessTokenLifetime(ctx)),
    grantId: issuance.grantId,
  };
  if (scope) data.scope = scope;
  if (issuance.resource) data.resource = issuance.resource;
  if (issuance.refresh && issuesRefreshToken(ctx)) {
    data.refreshToken = await generateRefreshToken(ctx, client, user, scope);
    data.refreshTokenExpiresAt = expiresAt(refreshTokenLifetime(ctx));
  }
  return data;
}

/** Refresh token lifetime for a client, in seconds. */
export function refreshTokenLifetime(ctx: GrantContext): number {
  return seconds(ctx.client, 'refreshTokenLifetime', ctx.options.token.refreshTokenLifetime);
}

/**
 * The audience of a token from the requested resources (RFC 8707): the Model's `validateResource` decides, or
 * the request is granted as asked. A falsy answer is `invalid_target`.
 */
export async function validateResource(
  ctx: RequestContext,
  client: Client,
  user: User | undefined,
  resource: string[] | undefined,
): Promise<string[] | undefined> {
  if (!resource) return undefined;
  if (!hasModelFunction(ctx, 'validateResource')) return resource;
  const granted = await callModel(ctx, 'validateResource', resource, client, user);
  if (!granted) throw new InvalidTargetError('Invalid target: the requested resource is not allowed');
  if (!Array.isArray(granted) || !granted.every((r) => typeof r === 'string')) {
    throw new ServerError('Server error: `validateResource()` did not return an array of resources');
  }
  return granted;
}

/** Checks that requested resources are within those granted before (RFC 8707 §2.2: the token request may narrow). */
export function narrowResource(
  requested: string[] | undefined,
  granted: string[] | undefined,
): string[] | undefined {
  if (!requested) return granted;
  if (!granted || !requested.every((r) => granted.includes(r))) {
    throw new InvalidTargetError('Invalid target: the resource was not part of the authorization');
  }
  return requested;
}

/**
 * Saves tokens through the Model and checks what it returns. A Model with grant revocation (`revokeGrant`)
 * refuses to save tokens for a grant revoked while the request ran (a concurrent code replay or refresh-token
 * reuse) by answering `false`: that is `invalid_grant`, like the replay itself. Any other empty answer (`null`,
 * `undefined`) is a Model failure.
 */
export async function saveToken(
  ctx: GrantContext,
  data: TokenData,
  user: User | undefined,
  /** What the client is told then: the same as for the replayed code or reused token itself. */
  revokedMeanwhile = 'Invalid grant: the authorization grant was revoked',
): Promise<Token> {
  const saved = await callModel(ctx, 'saveToken', data, ctx.client, user);
  if (saved === false && data.grantId !== undefined && hasModelFunction(ctx, 'revokeGrant')) {
    throw new InvalidGrantError(revokedMeanwhile);
  }
  return checkSavedToken(saved, 'saveToken', ctx.client.id);
}

/**
 * Checks a token the Model saved (or an extension grant returned): an object with an `accessToken`, the client it
 * was issued to, valid dates and an array scope. `user` may be absent only for a client's own token.
 */
export function checkSavedToken(saved: unknown, fn: string, clientId: string): Token {
  if (!saved || typeof saved !== 'object')
    throw new ServerError(`Server error: \`${fn}()\` did not return a token`);
  requireString(saved, 'accessToken', fn);
  checkClient(own(saved, 'client'), fn, clientId);
  const user = own(saved, 'user');
  if (user !== undefined && user !== null) checkUser(user, fn);
  optionalDate(saved, 'accessTokenExpiresAt', fn);
  optionalDate(saved, 'refreshTokenExpiresAt', fn);
  const refreshToken = own(saved, 'refreshToken');
  if (refreshToken !== undefined && refreshToken !== null) requireString(saved, 'refreshToken', fn);
  checkScope(own(saved, 'scope'), fn);
  return saved as Token;
}
