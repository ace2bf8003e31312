/**
 * `oauth2-contract`: the public surface. The default export is `OAuth2Server`, with `Request`, `Response`,
 * `AbstractGrantType` and every error class as static properties, as in `oauth2-server`, so that
 *
 * ```js
 * const OAuth2Server = require('oauth2-contract');
 * const { Request, Response, InvalidGrantError } = OAuth2Server;
 * ```
 *
 * works unchanged (Node 20.19+ loads this ES module through `require`). ES module users can import everything by
 * name as well.
 */
import * as errors from './errors.js';
import { AbstractGrantType } from './grants/abstract-grant-type.js';
import { Request } from './request.js';
import { Response } from './response.js';
import { OAuth2Server as Server } from './server.js';

const statics = {
  Request,
  Response,
  AbstractGrantType,
  OAuthError: errors.OAuthError,
  AccessDeniedError: errors.AccessDeniedError,
  InsufficientScopeError: errors.InsufficientScopeError,
  InvalidArgumentError: errors.InvalidArgumentError,
  InvalidClientError: errors.InvalidClientError,
  InvalidGrantError: errors.InvalidGrantError,
  InvalidRequestError: errors.InvalidRequestError,
  InvalidScopeError: errors.InvalidScopeError,
  InvalidTokenError: errors.InvalidTokenError,
  ServerError: errors.ServerError,
  TemporarilyUnavailableError: errors.TemporarilyUnavailableError,
  UnauthorizedClientError: errors.UnauthorizedClientError,
  UnauthorizedRequestError: errors.UnauthorizedRequestError,
  UnsupportedGrantTypeError: errors.UnsupportedGrantTypeError,
  UnsupportedResponseTypeError: errors.UnsupportedResponseTypeError,
  UnsupportedTokenTypeError: errors.UnsupportedTokenTypeError,
  InvalidTargetError: errors.InvalidTargetError,
  InteractionRequired: errors.InteractionRequired,
};

/** The server class, carrying the library's other exports as statics (`OAuth2Server.Request`, ...). */
const OAuth2Server: typeof Server & typeof statics & { OAuth2Server: typeof Server } = Object.assign(
  Server,
  statics,
  {
    OAuth2Server: Server,
  },
);

/** An `OAuth2Server` instance. */
type OAuth2Server = Server;

export default OAuth2Server;
// What `require('oauth2-contract')` returns: the class itself, as with `require('oauth2-server')`.
export { OAuth2Server as 'module.exports' };
export { OAuth2Server };

export { Request, Response, AbstractGrantType };
export {
  InteractionRequired,
  OAuthError,
  AccessDeniedError,
  InsufficientScopeError,
  InvalidArgumentError,
  InvalidClientError,
  InvalidGrantError,
  InvalidRequestError,
  InvalidScopeError,
  InvalidTokenError,
  ServerError,
  TemporarilyUnavailableError,
  UnauthorizedClientError,
  UnauthorizedRequestError,
  UnsupportedGrantTypeError,
  UnsupportedResponseTypeError,
  UnsupportedTokenTypeError,
  InvalidTargetError,
  toErrorResponse,
  type ErrorResponse,
  type OAuthErrorName,
  type OAuthErrorProperties,
} from './errors.js';
export type { Callback } from './server.js';
export type {
  AnyModel,
  AuthorizationCode,
  AuthorizationCodeData,
  AuthorizationCodeModel,
  BaseModel,
  Client,
  ClientCredentialsModel,
  ExtensionModel,
  Falsey,
  MaybePromise,
  Model,
  PasswordModel,
  RefreshToken,
  RefreshTokenModel,
  RequestAuthenticationModel,
  Token,
  TokenData,
  User,
} from './model.js';
export type {
  AuthenticateHandler,
  AuthenticateOptions,
  AuthorizeOptions,
  ConsentHandler,
  ConsentRequest,
  ExtensionGrantType,
  GrantTypeOptions,
  ServerOptions,
  TokenOptions,
} from './options.js';
export type { RequestOptions } from './request.js';
export type { ResponseOptions } from './response.js';
export type {
  ErrorCode,
  OAuthErrorBody,
  TokenRequest,
  TokenResponse,
  AuthorizationRequest,
} from './contract.js';
