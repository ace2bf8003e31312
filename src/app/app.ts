/**
 * The runnable server: an `OAuth2Server` on a store, with login and consent pages, the example protected
 * resource `/me`, `/health`, and a demo client's redirect target. Framework-independent: both adapters serve the
 * same route table.
 */
import type { HttpRequest, HttpResponse } from '../adapters/http.js';
import { fromCoreResponse, json, toCoreRequest } from '../adapters/http.js';
import { escapeHtml, page } from '../adapters/html.js';
import {
  PAGE_SECURITY_HEADERS,
  createRoutes,
  reportServerError,
  type RouteHandler,
  type Routes,
} from '../adapters/routes.js';
import { InteractionRequired, type OAuthError } from '../errors.js';
import { protectedResourceMetadataUrl } from '../handlers/metadata.js';
import type {
  AuthorizationCodeModel,
  Client,
  PasswordModel,
  RefreshTokenModel,
  RequestAuthenticationModel,
  User,
} from '../model.js';
import type { ConsentRequest } from '../options.js';
import type { RequestParams } from '../request.js';
import { Response } from '../response.js';
import { OAuth2Server } from '../server.js';
import { callbackPage, consentPage, loginPage } from './pages.js';
import { SESSION_COOKIE, SessionKeys, type Session } from './session.js';

/** What the runnable server needs from its store, beyond the Model. */
export type AppStore = AuthorizationCodeModel &
  RefreshTokenModel &
  PasswordModel &
  RequestAuthenticationModel & {
    /** A random value kept with the data (the session key), created on first use. */
    secret(key: string): string | Promise<string>;
    hasUser(username: string): boolean | Promise<boolean>;
    getUser(username: string, password: string): Promise<User | undefined>;
    getClient(
      clientId: string,
      clientSecret: string | null,
    ): Client | undefined | Promise<Client | undefined>;
    /** Whether the store answers (for `/health`): throws or rejects when it does not. */
    ping?(): void | Promise<void>;
  };

export interface AppOptions {
  issuer: string;
  store: AppStore;
  /** The docs page, if built. */
  docs?: (() => Promise<string | undefined>) | undefined;
  /** Receives errors answered with a 5xx status (for the log). */
  onServerError?: ((error: OAuthError) => void) | undefined;
}

export interface App {
  server: OAuth2Server;
  routes: Routes;
}

/** The scope the example resource requires. */
export const RESOURCE_SCOPE = 'read';
/** The scopes this server knows. */
export const SCOPES = ['read', 'write'] as const;

/**
 * The parameters of an authorization request the login and consent forms carry and the consent token covers.
 * Repeated values are kept as they came: `resource` may repeat (RFC 8707), and any other repeat must still reach
 * `authorize()` to be refused there, not be silently dropped on the way through the login page.
 */
const AUTHORIZATION_PARAMETERS = [
  'response_type',
  'client_id',
  'redirect_uri',
  'scope',
  'state',
  'code_challenge',
  'code_challenge_method',
  'resource',
] as const;

type AuthorizationParameters = Record<string, string | readonly string[]>;

const HTML = { 'content-type': 'text/html; charset=utf-8' };

/** The authorization parameters of a request (query, or the body of a POST), repeated ones as arrays. */
function authorizationParameters(request: HttpRequest): AuthorizationParameters {
  const out: AuthorizationParameters = {};
  for (const name of AUTHORIZATION_PARAMETERS) {
    const value =
      request.method === 'POST' && request.body[name] !== undefined
        ? request.body[name]
        : request.query[name];
    if (typeof value === 'string' ? value !== '' : isStringArray(value))
      out[name] = value as string | string[];
  }
  return out;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** The parameters as `name=value` pairs, in a fixed order (the consent token and the login's return path). */
function encodeParameters(parameters: Readonly<AuthorizationParameters>): string {
  return AUTHORIZATION_PARAMETERS.flatMap((name) => {
    const value = parameters[name];
    if (value === undefined) return [];
    return (typeof value === 'string' ? [value] : value).map((v) => `${name}=${encodeURIComponent(v)}`);
  }).join('&');
}

function cookieHeader(request: { headers: Record<string, unknown> }): string | undefined {
  const value = request.headers.cookie;
  return typeof value === 'string' ? value : undefined;
}

function forbidden(message: string): HttpResponse {
  return {
    status: 403,
    headers: HTML,
    body: page('Request refused', `<h1>Request refused</h1>\n<p>${escapeHtml(message)}</p>`),
  };
}

/** Login and consent pages cannot be framed, leak no referrer and are never cached (RFC 9700 §4.16, §4.2.4). */
function withPageHeaders(handler: RouteHandler): RouteHandler {
  return async (request) => {
    const response = await handler(request);
    return { ...response, headers: { ...response.headers, ...PAGE_SECURITY_HEADERS } };
  };
}

export function createApp(options: AppOptions): App {
  const { store, issuer } = options;
  // The session key lives in the store, so every process of a shared store signs alike. Read once; a failed
  // read is not kept, so the next request tries again.
  let sessionKeys: Promise<SessionKeys> | undefined;
  const sessionKeysOf = (): Promise<SessionKeys> =>
    (sessionKeys ??= Promise.resolve()
      .then(() => store.secret('session-key'))
      .then(
        (key) => new SessionKeys(key, issuer.startsWith('https:')),
        (error: unknown) => {
          sessionKeys = undefined;
          throw error;
        },
      ));

  const sessionOf = async (request: { headers: Record<string, unknown> }): Promise<Session | undefined> => {
    const session = (await sessionKeysOf()).readSession(cookieHeader(request));
    // A deleted user's session ends with the user.
    return session && (await store.hasUser(session.sub)) ? session : undefined;
  };

  const resource = `${issuer}/me`;
  const server = new OAuth2Server({
    model: store,
    issuer,
    scopesSupported: SCOPES,
    serviceDocumentation: `${issuer}/docs`,
    authenticateHandler: {
      async handle(request) {
        const session = await sessionOf(request);
        if (!session) throw new InteractionRequired('login');
        return { username: session.sub };
      },
    },
    consentHandler: {
      handle(request, _response, consent: ConsentRequest) {
        // A decision was posted and its CSRF token checked (checkAuthorizePost): `allowed` decides.
        if (request.method === 'POST' && request.body.allowed !== undefined) return undefined;
        throw new InteractionRequired('consent', consent);
      },
    },
  });

  const interaction = async (request: HttpRequest, required: InteractionRequired): Promise<HttpResponse> => {
    const parameters = authorizationParameters(request);
    const sessionKeys = await sessionKeysOf();
    if (required.kind === 'login') {
      const challenge = sessionKeys.loginChallenge();
      const returnTo = `/authorize?${encodeParameters(parameters)}`;
      const clientId = typeof parameters.client_id === 'string' ? parameters.client_id : '';
      const body = loginPage({ returnTo, csrfToken: challenge.token, clientId });
      return { status: 200, headers: { ...HTML, 'set-cookie': challenge.cookie }, body };
    }
    const session = (await sessionOf(request))!;
    const consent = required.details as ConsentRequest;
    const body = consentPage({
      clientId: consent.client.id,
      clientName: typeof consent.client.name === 'string' ? consent.client.name : undefined,
      username: session.sub,
      scope: consent.scope,
      parameters,
      csrfToken: sessionKeys.consentToken(session, encodeParameters(parameters)),
    });
    return { status: 200, headers: HTML, body };
  };

  /** A consent decision must come from this session's consent form for this very request. */
  const checkAuthorizePost = async (request: HttpRequest): Promise<HttpResponse | undefined> => {
    if (request.body.allowed === undefined) return undefined;
    const session = await sessionOf(request);
    if (!session) return forbidden('Your session has ended. Start again from the application.');
    const valid = (await sessionKeysOf()).verifyConsent(
      session,
      encodeParameters(authorizationParameters(request)),
      request.body.csrf_token,
    );
    return valid
      ? undefined
      : forbidden('This form is not valid for your session. Start again from the application.');
  };

  const login: RouteHandler = async (request) => {
    const body: RequestParams = request.body;
    const returnTo =
      typeof body.return_to === 'string' && body.return_to.startsWith('/authorize?')
        ? body.return_to
        : undefined;
    const sessionKeys = await sessionKeysOf();
    if (!returnTo || !sessionKeys.verifyLogin(cookieHeader(request), body.csrf_token)) {
      return forbidden('This sign-in form has expired. Start again from the application.');
    }
    const username = typeof body.username === 'string' ? body.username : '';
    const password = typeof body.password === 'string' ? body.password : '';
    const user = username && password ? await store.getUser(username, password) : undefined;
    if (!user) {
      const challenge = sessionKeys.loginChallenge();
      const clientId = new URLSearchParams(returnTo.slice('/authorize?'.length)).get('client_id') ?? '';
      const page = loginPage({
        returnTo,
        csrfToken: challenge.token,
        clientId,
        error: 'Wrong username or password.',
      });
      return { status: 200, headers: { ...HTML, 'set-cookie': challenge.cookie }, body: page };
    }
    const cookies = [
      sessionKeys.startSession(username),
      `oauth2c_login=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`,
    ];
    return {
      status: 303,
      headers: { location: returnTo, 'set-cookie': cookies, 'cache-control': 'no-store' },
    };
  };

  // The example resource: tokens must carry `read`, and a token with an audience must be for it (RFC 8707).
  const authenticateOptions = {
    scope: RESOURCE_SCOPE,
    resource,
    resourceMetadata: protectedResourceMetadataUrl(resource),
  };
  const me: RouteHandler = async (request) => {
    const response = new Response();
    try {
      const token = await server.authenticate(toCoreRequest(request), response, authenticateOptions);
      const body: Record<string, unknown> = {
        client_id: token.client.id,
        sub: token.user ? String(token.user.username) : token.client.id,
      };
      if (token.user) body.username = String(token.user.username);
      if (token.scope) body.scope = token.scope.join(' ');
      return json(200, body, { ...response.headers });
    } catch (thrown) {
      reportServerError(options, thrown);
      return fromCoreResponse(response);
    }
  };

  const health: RouteHandler = async () => {
    try {
      await store.ping?.();
      return json(200, { status: 'ok' }, { 'cache-control': 'no-store' });
    } catch {
      return json(503, { status: 'unavailable' }, { 'cache-control': 'no-store', 'retry-after': '5' });
    }
  };

  /** The demo clients' redirect target: 400 unless it receives an authorization response. */
  const callback: RouteHandler = (request) => {
    const isResponse = request.query.code !== undefined || request.query.error !== undefined;
    return Promise.resolve({
      status: isResponse ? 200 : 400,
      headers: HTML,
      body: callbackPage(request.query),
    });
  };

  const routes = createRoutes({
    server,
    protectedResource: {
      resource,
      authorization_servers: [issuer],
      scopes_supported: [...SCOPES],
      bearer_methods_supported: ['header', 'body'],
      resource_name: 'The example resource: who the token was issued to',
      resource_documentation: `${issuer}/docs`,
    },
    interaction,
    checkAuthorizePost,
    docs: options.docs,
    onServerError: options.onServerError,
    pages: ['/login', '/callback'],
    routes: {
      'POST /login': withPageHeaders(login),
      'GET /me': me,
      'POST /me': me,
      'GET /health': health,
      'GET /callback': withPageHeaders(callback),
    },
  });
  return { server, routes };
}

export { SESSION_COOKIE };
