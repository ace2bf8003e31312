/**
 * The base class of extension grants (RFC 6749 §4.5), as in `oauth2-server`: a subclass implements
 * `handle(request, client)` and returns what the Model's `saveToken` returned.
 *
 * ```js
 * class JwtBearerGrant extends AbstractGrantType {
 *   async handle(request, client) {
 *     const user = await verifyAssertion(request.body.assertion);
 *     const scope = await this.validateScope(user, client, this.getScope(request));
 *     return this.model.saveToken({
 *       accessToken: await this.generateAccessToken(client, user, scope),
 *       accessTokenExpiresAt: this.getAccessTokenExpiresAt(),
 *       scope,
 *     }, client, user);
 *   }
 * }
 * new OAuth2Server({ model, extendedGrantTypes: { 'urn:ietf:params:oauth:grant-type:jwt-bearer': JwtBearerGrant } });
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.5
 */
import { InvalidArgumentError, InvalidScopeError } from '../errors.js';
import {
  checkGenerated,
  checkScope,
  type AnyModel,
  type Client,
  type Falsey,
  type Token,
  type User,
} from '../model.js';
import type { GrantTypeOptions } from '../options.js';
import type { Request } from '../request.js';
import { randomToken } from '../secrets.js';
import { parseScope } from '../scope.js';

export abstract class AbstractGrantType {
  readonly model: AnyModel;
  readonly accessTokenLifetime: number;
  readonly refreshTokenLifetime: number;
  readonly alwaysIssueNewRefreshToken: boolean;

  constructor(options: GrantTypeOptions) {
    if (!options?.model) throw new InvalidArgumentError('Missing parameter: `model`');
    if (!options.accessTokenLifetime)
      throw new InvalidArgumentError('Missing parameter: `accessTokenLifetime`');
    this.model = options.model;
    this.accessTokenLifetime = options.accessTokenLifetime;
    this.refreshTokenLifetime = options.refreshTokenLifetime;
    this.alwaysIssueNewRefreshToken = options.alwaysIssueNewRefreshToken;
  }

  /** Issues and saves tokens for this grant; returns what `saveToken` returned. */
  abstract handle(request: Request, client: Client): Promise<Token | Falsey> | Token | Falsey;

  /** A new access token, from the Model's `generateAccessToken` if it has one. */
  async generateAccessToken(
    client: Client,
    user: User | undefined,
    scope: string[] | undefined,
  ): Promise<string> {
    if (typeof this.model.generateAccessToken !== 'function') return randomToken();
    return checkGenerated(await this.model.generateAccessToken(client, user, scope), 'generateAccessToken');
  }

  /** A new refresh token, from the Model's `generateRefreshToken` if it has one. */
  async generateRefreshToken(
    client: Client,
    user: User | undefined,
    scope: string[] | undefined,
  ): Promise<string> {
    if (typeof this.model.generateRefreshToken !== 'function') return randomToken();
    return checkGenerated(await this.model.generateRefreshToken(client, user, scope), 'generateRefreshToken');
  }

  getAccessTokenExpiresAt(): Date {
    return new Date(Date.now() + this.accessTokenLifetime * 1000);
  }

  getRefreshTokenExpiresAt(): Date {
    return new Date(Date.now() + this.refreshTokenLifetime * 1000);
  }

  /** The requested scope (already validated against the RFC 6749 §3.3 grammar), as scope tokens. */
  getScope(request: Request): string[] | undefined {
    const scope = request.body.scope;
    return typeof scope === 'string' ? parseScope(scope) : undefined;
  }

  /** Lets the Model decide the granted scope; a falsy answer is `invalid_scope`. */
  async validateScope(
    user: User | undefined,
    client: Client,
    scope: string[] | undefined,
  ): Promise<string[] | undefined> {
    if (typeof this.model.validateScope !== 'function') return scope;
    const validated = await this.model.validateScope(user, client, scope);
    if (!validated) throw new InvalidScopeError('Invalid scope: Requested scope is invalid');
    return checkScope(validated, 'validateScope');
  }
}
