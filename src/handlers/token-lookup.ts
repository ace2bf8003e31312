/**
 * Finding a token by its value for revocation and introspection: as an access token or as a refresh token,
 * trying the type the client hinted at first (RFC 7009 §2.1: the hint "MAY be ignored" and the server "MUST
 * extend its search across all of its supported token types"). What the Model returns is checked fail-closed.
 */
import { callModel, hasModelFunction, type RequestContext } from '../context.js';
import { ServerError } from '../errors.js';
import {
  checkClient,
  checkResource,
  checkScope,
  checkUser,
  isValidDate,
  own,
  requireMatch,
  type Client,
  type User,
} from '../model.js';

export type TokenKind = 'access_token' | 'refresh_token';

/** A token found by value, with what revocation and introspection need of it. */
export interface FoundToken {
  kind: TokenKind;
  /** The Model's object, passed back to `revokeAccessToken` / `revokeToken`. */
  entity: Record<string, unknown>;
  client: Client;
  user: User | undefined;
  scope: string[] | undefined;
  resource: string[] | undefined;
  grantId: string | undefined;
  expiresAt: Date | undefined;
  issuedAt: Date | undefined;
}

const LOOKUPS = {
  access_token: { fn: 'getAccessToken', field: 'accessToken', expiry: 'accessTokenExpiresAt' },
  refresh_token: { fn: 'getRefreshToken', field: 'refreshToken', expiry: 'refreshTokenExpiresAt' },
} as const;

async function lookup(ctx: RequestContext, kind: TokenKind, value: string): Promise<FoundToken | undefined> {
  const { fn, field, expiry } = LOOKUPS[kind];
  if (!hasModelFunction(ctx, fn)) return undefined;
  const entity = await callModel(ctx, fn, value);
  if (!entity) return undefined;
  if (typeof entity !== 'object') throw new ServerError(`Server error: \`${fn}()\` did not return an object`);
  requireMatch(own(entity, field), value, field, fn);
  const user = own(entity, 'user');
  const grantId = own(entity, 'grantId');
  const expiresAt = own(entity, expiry);
  const issuedAt = own(entity, 'issuedAt');
  if (expiresAt !== undefined && expiresAt !== null && !isValidDate(expiresAt)) {
    throw new ServerError(`Server error: \`${fn}()\` returned an invalid \`${expiry}\``);
  }
  if (kind === 'access_token' && (expiresAt === undefined || expiresAt === null)) {
    throw new ServerError(`Server error: \`${fn}()\` returned no \`${expiry}\``);
  }
  return {
    kind,
    entity: entity,
    client: checkClient(own(entity, 'client'), fn),
    user: user === undefined || user === null ? undefined : checkUser(user, fn),
    scope: checkScope(own(entity, 'scope'), fn),
    resource: checkResource(own(entity, 'resource'), fn),
    grantId: typeof grantId === 'string' ? grantId : undefined,
    expiresAt: isValidDate(expiresAt) ? expiresAt : undefined,
    issuedAt: isValidDate(issuedAt) ? issuedAt : undefined,
  };
}

/** Looks a token up as both types, the hinted one first; `undefined` when neither knows it. */
export async function findToken(
  ctx: RequestContext,
  value: string,
  hint: string | undefined,
): Promise<FoundToken | undefined> {
  const order: TokenKind[] =
    hint === 'refresh_token' ? ['refresh_token', 'access_token'] : ['access_token', 'refresh_token'];
  for (const kind of order) {
    const found = await lookup(ctx, kind, value);
    if (found) return found;
  }
  return undefined;
}

/** Whether a found token is still usable: not expired (a token the Model returns is not revoked). */
export function isActive(token: FoundToken): boolean {
  return token.expiresAt === undefined || token.expiresAt.getTime() > Date.now();
}
