/**
 * `OAuth2Server`: the API of npm `oauth2-server`, RFC-correct.
 *
 * ```js
 * const OAuth2Server = require('oauth2-contract');
 * const oauth = new OAuth2Server({ model });
 * const token = await oauth.token(new OAuth2Server.Request(req), new OAuth2Server.Response(res));
 * ```
 */
import { deadlineIn, type RequestContext } from './context.js';
import {
  InteractionRequired,
  InvalidArgumentError,
  InsufficientScopeError,
  type OAuthError,
  toErrorResponse,
  toOAuthError,
} from './errors.js';
import { createGrantRegistry } from './grants/registry.js';
import { authenticateHandler } from './handlers/authenticate.js';
import { authorizeHandler } from './handlers/authorize.js';
import { introspectHandler } from './handlers/introspect.js';
import { buildMetadata } from './handlers/metadata.js';
import { revokeHandler } from './handlers/revoke.js';
import { createTokenHandler, type TokenHandler } from './handlers/token.js';
import type { AuthorizationServerMetadata, IntrospectionResponse } from './contract.js';
import type { AuthorizationCode, Token } from './model.js';
import {
  resolveOptions,
  type AuthenticateOptions,
  type AuthorizeOptions,
  type ResolvedOptions,
  type ServerOptions,
  type TokenOptions,
} from './options.js';
import { Request } from './request.js';
import {
  assertResponseTarget,
  setHeaders,
  writeResponse,
  type ResponseParts,
  type ResponseTarget,
} from './response.js';
import { formatScope } from './scope.js';

/** A Node-style callback: `(error, result)`, called exactly once. */
export type Callback<T> = (error: OAuthError | null, result?: T) => void;

/** Everything built from one set of options: resolved once, reused for every request. */
interface Built {
  options: ResolvedOptions;
  token: TokenHandler;
}

function build(options: ServerOptions): Built {
  const resolved = resolveOptions(options);
  return { options: resolved, token: createTokenHandler(createGrantRegistry(resolved)) };
}

/** How many distinct plain-value option sets a server remembers; beyond that they are resolved on each call. */
const MAX_OPTION_VALUES = 64;

/**
 * A key naming an options object by its values, when every value is a string, number, boolean, `undefined` or an
 * array of strings (`''` for no options at all); `undefined` when a value is anything else (a handler object).
 */
function valueKey(options: object): string | undefined {
  let key = '';
  for (const name of Object.keys(options).sort()) {
    const value: unknown = (options as Record<string, unknown>)[name];
    const plain =
      value === undefined ||
      typeof value === 'string' ||
      typeof value === 'number' ||
      typeof value === 'boolean' ||
      (Array.isArray(value) && value.every((item) => typeof item === 'string'));
    if (!plain) return undefined;
    key += `${JSON.stringify(name)}:${value === undefined ? 'undefined' : JSON.stringify(value)},`;
  }
  return key;
}

/** Calls a Node-style callback once, outside the promise chain, and returns a promise that never rejects. */
function settle<T>(promise: Promise<T>, callback: Callback<T> | undefined): Promise<T> {
  if (!callback) return promise;
  return promise.then(
    (value) => {
      process.nextTick(callback, null, value);
      return value;
    },
    (error: unknown) => {
      process.nextTick(callback, toOAuthError(error));
      return undefined as T;
    },
  );
}

export class OAuth2Server {
  /** The options the server was built with (as given). */
  readonly options: ServerOptions;
  #built: Built;
  /** Per-call options objects (an Express middleware's, say) are resolved once each. */
  #perCall = new WeakMap<object, Built>();
  /**
   * Per-call options made of plain values (`{ scope: 'read' }` written at the call, or a scope string), resolved
   * once per distinct value: the old library's examples build such an object on every request.
   */
  #byValue = new Map<string, Built>();

  /**
   * @param options the Model, plus any option of `authenticate`, `authorize` and `token`, which becomes that
   *   method's default. Checked here: a bad option, or a Model missing a function an enabled feature needs,
   *   throws `InvalidArgumentError`.
   */
  constructor(options: ServerOptions) {
    if (!options?.model) throw new InvalidArgumentError('Missing parameter: `model`');
    this.options = options;
    this.#built = build(options);
  }

  #resolve(options: object | undefined): Built {
    if (!options) return this.#built;
    let built = this.#perCall.get(options);
    if (built) return built;
    const key = valueKey(options);
    if (key === '') return this.#built;
    built = key === undefined ? undefined : this.#byValue.get(key);
    if (built) return built;
    built = build({ ...this.options, ...options });
    // By identity always (an object passed again skips the key), and by value while there is room.
    this.#perCall.set(options, built);
    if (key !== undefined && this.#byValue.size < MAX_OPTION_VALUES) this.#byValue.set(key, built);
    return built;
  }

  #start(
    request: unknown,
    response: unknown,
    options: object | undefined,
  ): { ctx: RequestContext; built: Built } {
    const built = this.#resolve(options);
    const req = Request.from(request);
    assertResponseTarget(response);
    return {
      built,
      ctx: {
        request: req,
        response,
        options: built.options,
        deadline: deadlineIn(built.options.modelTimeout),
      },
    };
  }

  /**
   * Authenticates a request to a protected resource with its bearer token (RFC 6750), and resolves with the
   * Model's token. On failure the response carries the status and the `WWW-Authenticate` challenge.
   * @see https://www.rfc-editor.org/rfc/rfc6750#section-2
   */
  authenticate(
    request: unknown,
    response: unknown,
    options?: AuthenticateOptions | string | Callback<Token>,
    callback?: Callback<Token>,
  ): Promise<Token> {
    if (typeof options === 'function') [callback, options] = [options, undefined];
    if (typeof options === 'string') options = { scope: options };
    return settle(this.#authenticate(request, response, options), callback);
  }

  async #authenticate(
    request: unknown,
    response: unknown,
    options: AuthenticateOptions | undefined,
  ): Promise<Token> {
    const { ctx, built } = this.#start(request, response, options);
    const authenticateOptions = built.options.authenticate;
    if (!built.options.capabilities.authenticate) {
      throw new InvalidArgumentError('Invalid argument: model does not implement `getAccessToken()`');
    }
    try {
      const { value, parts } = await authenticateHandler.handle(ctx, authenticateOptions);
      setHeaders(ctx.response, parts.headers);
      return value;
    } catch (thrown) {
      const error = authenticateHandler.challenge(toOAuthError(thrown), authenticateOptions);
      const { status, headers, body } = toErrorResponse(error);
      if (
        error instanceof InsufficientScopeError &&
        authenticateOptions.scope &&
        authenticateOptions.addAcceptedScopesHeader
      ) {
        headers['x-accepted-oauth-scopes'] = formatScope(authenticateOptions.scope);
      }
      writeResponse(ctx.response, { status, headers, body });
      throw error;
    }
  }

  /**
   * Handles an authorization request (RFC 6749 §4.1.1) and resolves with the saved authorization code (or, for
   * the implicit grant, the token). The response is the redirect to the client, or a 400 when the client or its
   * redirect URI is invalid.
   * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1
   */
  authorize(
    request: unknown,
    response: unknown,
    options?: AuthorizeOptions | Callback<AuthorizationCode | Token>,
    callback?: Callback<AuthorizationCode | Token>,
  ): Promise<AuthorizationCode | Token> {
    if (typeof options === 'function') [callback, options] = [options, undefined];
    return settle(this.#authorize(request, response, options), callback);
  }

  async #authorize(
    request: unknown,
    response: unknown,
    options: AuthorizeOptions | undefined,
  ): Promise<AuthorizationCode | Token> {
    const { ctx, built } = this.#start(request, response, options);
    const { capabilities } = built.options;
    if (!capabilities.authorizationCode && !built.options.authorize.enableImplicitGrant) {
      throw new InvalidArgumentError('Invalid argument: model does not implement `saveAuthorizationCode()`');
    }
    if (!built.options.authorize.authenticateHandler && !capabilities.authenticate) {
      throw new InvalidArgumentError(
        'Invalid argument: an `authenticateHandler` is needed when the model does not implement `getAccessToken()`',
      );
    }
    let outcome;
    try {
      outcome = await authorizeHandler.handle(ctx, built.options.authorize, built.options.authenticate);
    } catch (thrown) {
      if (thrown instanceof InteractionRequired) throw thrown;
      const error = toOAuthError(thrown);
      writeResponse(ctx.response, toErrorResponse(error));
      throw error;
    }
    writeResponse(ctx.response, outcome.parts);
    if (outcome.error) throw outcome.error;
    return outcome.value;
  }

  /**
   * Handles a token request (RFC 6749 §3.2) and resolves with the Model's saved token. The response carries the
   * token response, or the error, with `Cache-Control: no-store`.
   * @see https://www.rfc-editor.org/rfc/rfc6749#section-5
   */
  token(
    request: unknown,
    response: unknown,
    options?: TokenOptions | Callback<Token>,
    callback?: Callback<Token>,
  ): Promise<Token> {
    if (typeof options === 'function') [callback, options] = [options, undefined];
    return settle(this.#token(request, response, options), callback);
  }

  async #token(request: unknown, response: unknown, options: TokenOptions | undefined): Promise<Token> {
    const { ctx, built } = this.#start(request, response, options);
    if (!built.options.capabilities.token) {
      throw new InvalidArgumentError(
        'Invalid argument: model does not implement `getClient()` and `saveToken()`',
      );
    }
    return answer(ctx, built.token.handle(ctx));
  }

  /**
   * Revokes a token (RFC 7009): the client authenticates as at the token endpoint and may revoke only its own
   * tokens; revoking a refresh token revokes its grant. Unknown tokens are answered 200 too.
   * @see https://www.rfc-editor.org/rfc/rfc7009#section-2
   */
  revoke(request: unknown, response: unknown, callback?: Callback<unknown>): Promise<unknown> {
    return settle(
      this.#run(request, response, 'revocation', (ctx) => revokeHandler.handle(ctx)),
      callback,
    );
  }

  /**
   * Describes a token to an authenticated client (RFC 7662): `{ active: false }` for unknown, expired and revoked
   * tokens; scope, client, subject, expiry, issue time and audience for active ones.
   * @see https://www.rfc-editor.org/rfc/rfc7662#section-2
   */
  introspect(
    request: unknown,
    response: unknown,
    callback?: Callback<IntrospectionResponse>,
  ): Promise<IntrospectionResponse> {
    return settle(
      this.#run(request, response, 'introspection', (ctx) => introspectHandler.handle(ctx)),
      callback,
    );
  }

  /**
   * The authorization server metadata (RFC 8414 §2), or `undefined` when no `issuer` is configured.
   * @see https://www.rfc-editor.org/rfc/rfc8414#section-2
   */
  metadata(): AuthorizationServerMetadata | undefined {
    return buildMetadata(this.#built.options);
  }

  /** The resolved options the server runs with (what `metadata()` and adapters read). */
  get resolvedOptions(): ResolvedOptions {
    return this.#built.options;
  }

  async #run<T>(
    request: unknown,
    response: unknown,
    capability: 'revocation' | 'introspection',
    handle: (ctx: RequestContext) => Promise<{ value: T; parts: ResponseParts }>,
  ): Promise<T> {
    const { ctx, built } = this.#start(request, response, undefined);
    if (!built.options.capabilities[capability]) {
      throw new InvalidArgumentError(`Invalid argument: the model does not support token ${capability}`);
    }
    return answer(ctx, handle(ctx));
  }
}

/** Writes a handler's answer, or its error through the one serializer, to the response. */
async function answer<T>(ctx: RequestContext, work: Promise<{ value: T; parts: ResponseParts }>): Promise<T> {
  try {
    const { value, parts } = await work;
    writeResponse(ctx.response, parts);
    return value;
  } catch (thrown) {
    const error = toOAuthError(thrown);
    writeResponse(ctx.response, toErrorResponse(error));
    throw error;
  }
}

export type { ResponseTarget };
