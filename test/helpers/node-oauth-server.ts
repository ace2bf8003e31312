/**
 * `@node-oauth/oauth2-server` 5.x behind Express 5, with an in-memory model: a peer for the SDK's interoperability
 * tests and a target of the conformance kit. It exposes `/authorize` (the resource owner is always the test user: an
 * `authenticateHandler` stands in for a login page), `/token` and a protected resource `/me` (the library's
 * `authenticate` with scope `read`), on an ephemeral loopback port. It publishes no metadata, revocation or
 * introspection endpoint: the library has none.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import OAuth2Server from '@node-oauth/oauth2-server';
import express, { type Request as ExpressRequest, type Response as ExpressResponse } from 'express';
import { closeServer, listen } from './transports.js';

type Client = OAuth2Server.Client;
type User = OAuth2Server.User;
type Token = OAuth2Server.Token;
type AuthorizationCode = OAuth2Server.AuthorizationCode;
type RefreshToken = OAuth2Server.RefreshToken;

/** The scopes the peer knows; requests without a scope get `read`. */
export const NODE_OAUTH_SCOPES = ['read', 'write'] as const;

export interface NodeOAuthClient {
  id: string;
  /** Absent for the public client. */
  secret?: string;
  redirectUri: string;
}

export interface NodeOAuthServer {
  baseUrl: string;
  /** The endpoints to give the SDK (no discovery: the library publishes no metadata). */
  endpoints: { authorization: string; token: string };
  clients: {
    /** A confidential client with every grant. */
    confidential: NodeOAuthClient & { secret: string };
    /** A confidential client whose secret holds `+`, `:`, `%` and a space. */
    awkward: NodeOAuthClient & { secret: string };
    /** A second confidential client with the code and refresh grants (binding checks). */
    second: NodeOAuthClient & { secret: string };
    /** A public client (PKCE, no secret). */
    public: NodeOAuthClient;
  };
  user: { id: string; username: string; password: string };
  /** The protected resource's URL (`GET`/`POST`, bearer token with scope `read`). */
  resource: string;
  /** What the model holds, for assertions. */
  store: {
    codes: ReadonlyMap<string, AuthorizationCode>;
    accessTokens: ReadonlyMap<string, Token>;
    refreshTokens: ReadonlyMap<string, Token>;
  };
  close(): Promise<void>;
}

interface RegisteredClient extends Client {
  id: string;
  secret?: string;
  grants: string[];
  redirectUris: string[];
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Starts the peer on a free loopback port. `secondCallbackQuery` (`?a=b`) goes into the second client's registered
 * redirect URI, so a test can see whether redirects keep it (RFC 6749 §3.1.2).
 */
export async function startNodeOAuthServer(
  options: { secondCallbackQuery?: string } = {},
): Promise<NodeOAuthServer> {
  const app = express();
  const http = createServer(app);
  const { baseUrl } = await listen(http);
  const redirectUri = `${baseUrl}/callback`;
  const secondRedirectUri = `${redirectUri}${options.secondCallbackQuery ?? ''}`;

  const user = { id: 'user-1', username: 'alice', password: 'correct horse battery staple' };
  const registered: RegisteredClient[] = [
    {
      id: 'confidential',
      secret: 'confidential-secret',
      grants: ['authorization_code', 'client_credentials', 'password', 'refresh_token'],
      redirectUris: [redirectUri],
    },
    {
      id: 'awkward',
      secret: 'a+b:c%d e',
      grants: ['client_credentials'],
      redirectUris: [redirectUri],
    },
    {
      id: 'second',
      secret: 'second-secret',
      grants: ['authorization_code', 'client_credentials', 'refresh_token'],
      redirectUris: [secondRedirectUri],
    },
    {
      id: 'public',
      grants: ['authorization_code', 'refresh_token'],
      redirectUris: [redirectUri],
    },
  ];
  const clients = new Map(registered.map((client) => [client.id, client]));
  const codes = new Map<string, AuthorizationCode>();
  const accessTokens = new Map<string, Token>();
  const refreshTokens = new Map<string, Token>();

  const model = {
    /** `secret` is `null` when the authorization endpoint looks the client up, `undefined` without a secret. */
    getClient(clientId: string, clientSecret: string | null | undefined): RegisteredClient | false {
      const client = clients.get(clientId);
      if (!client) return false;
      if (clientSecret === null) return client;
      if (client.secret === undefined) return clientSecret === undefined ? client : false;
      return typeof clientSecret === 'string' && sameSecret(clientSecret, client.secret) ? client : false;
    },

    validateScope(_user: User, _client: Client, scope?: string[]): string[] | false {
      if (scope === undefined) return ['read'];
      return scope.every((s) => (NODE_OAUTH_SCOPES as readonly string[]).includes(s)) ? scope : false;
    },

    saveAuthorizationCode(
      code: Pick<
        AuthorizationCode,
        'authorizationCode' | 'expiresAt' | 'redirectUri' | 'scope' | 'codeChallenge' | 'codeChallengeMethod'
      >,
      client: Client,
      owner: User,
    ): AuthorizationCode {
      const saved: AuthorizationCode = { ...code, client, user: owner };
      codes.set(code.authorizationCode, saved);
      return saved;
    },

    getAuthorizationCode(authorizationCode: string): AuthorizationCode | false {
      return codes.get(authorizationCode) ?? false;
    },

    revokeAuthorizationCode(code: AuthorizationCode): boolean {
      return codes.delete(code.authorizationCode);
    },

    getUser(username: string, password: string): User | false {
      return username === user.username && sameSecret(password, user.password) ? { id: user.id } : false;
    },

    getUserFromClient(client: Client): User {
      return { id: `client:${String(client.id)}` };
    },

    saveToken(token: Token, client: Client, owner: User): Token {
      const saved: Token = { ...token, client, user: owner };
      accessTokens.set(saved.accessToken, saved);
      if (saved.refreshToken) refreshTokens.set(saved.refreshToken, saved);
      return saved;
    },

    getAccessToken(accessToken: string): Token | false {
      return accessTokens.get(accessToken) ?? false;
    },

    getRefreshToken(refreshToken: string): RefreshToken | false {
      const token = refreshTokens.get(refreshToken);
      if (!token?.refreshToken) return false;
      const found: RefreshToken = {
        refreshToken: token.refreshToken,
        client: token.client,
        user: token.user,
      };
      if (token.refreshTokenExpiresAt) found.refreshTokenExpiresAt = token.refreshTokenExpiresAt;
      if (token.scope) found.scope = token.scope;
      return found;
    },

    verifyScope(token: Token, required: string[]): boolean {
      const granted = token.scope ?? [];
      return required.every((s) => granted.includes(s));
    },

    revokeToken(token: RefreshToken): boolean {
      return refreshTokens.delete(token.refreshToken);
    },
  };

  const oauth = new OAuth2Server({
    model: model as unknown as OAuth2Server.ServerOptions['model'],
    // Public clients refresh with their client_id alone; the model still checks confidential clients' secrets.
    requireClientAuthentication: { refresh_token: false },
  });

  /** The library's request from Express's (its `is()` reads the real headers). */
  function toOAuthRequest(req: ExpressRequest): OAuth2Server.Request {
    return new OAuth2Server.Request({
      headers: req.headers as Record<string, string>,
      method: req.method,
      query: req.query as Record<string, string>,
      body: (req.body ?? {}) as Record<string, unknown>,
    });
  }

  /** Writes what the library left on its response (status, headers, body). */
  function send(res: ExpressResponse, response: OAuth2Server.Response, fallback?: unknown): void {
    for (const [name, value] of Object.entries(response.headers ?? {})) res.setHeader(name, value);
    if (response.status === 302) {
      res.status(302).end();
      return;
    }
    const written: unknown = response.body;
    const body = written && typeof written === 'object' && Object.keys(written).length ? written : fallback;
    res.status(response.status ?? 200).json(body);
  }

  function errorBody(error: unknown): { status: number; body: { error: string; error_description: string } } {
    if (error instanceof OAuth2Server.OAuthError) {
      return { status: error.code, body: { error: error.name, error_description: error.message } };
    }
    return { status: 500, body: { error: 'server_error', error_description: 'unexpected error' } };
  }

  app.use(express.urlencoded({ extended: false }));

  app.get('/authorize', async (req, res) => {
    const response = new OAuth2Server.Response();
    try {
      await oauth.authorize(toOAuthRequest(req), response, {
        authenticateHandler: { handle: () => ({ id: user.id }) },
      });
      send(res, response);
    } catch (error) {
      // Errors after the client and the user are known are redirected by the library (302 + Location).
      if (response.status === 302) send(res, response);
      else {
        const { status, body } = errorBody(error);
        res.status(status).json(body);
      }
    }
  });

  app.post('/token', async (req, res) => {
    const response = new OAuth2Server.Response();
    try {
      await oauth.token(toOAuthRequest(req), response);
      send(res, response);
    } catch (error) {
      const { status, body } = errorBody(error);
      response.status = status;
      send(res, response, body);
    }
  });

  const me = async (req: ExpressRequest, res: ExpressResponse): Promise<void> => {
    const response = new OAuth2Server.Response();
    try {
      const token = await oauth.authenticate(toOAuthRequest(req), response, { scope: ['read'] });
      res.json({ sub: String((token.user as { id?: unknown }).id), scope: token.scope ?? [] });
    } catch (error) {
      // The library has set the `WWW-Authenticate` challenge; a request with no token gets no error body
      // (RFC 6750 §3.1), the others the error as JSON.
      const { status, body } = errorBody(error);
      for (const [name, value] of Object.entries(response.headers ?? {})) res.setHeader(name, value);
      if (body.error === 'unauthorized_request') res.status(status).end();
      else res.status(status).json(body);
    }
  };
  app.get('/me', me);
  app.post('/me', me);

  // What the library never sees: the body parser's refusals (a body over its limit, too many parameters, a charset
  // it does not read). Express's default handler would answer them with an HTML page (with a stack trace outside
  // production); an integration answers them as OAuth errors, as it answers everything else.
  app.use((error: unknown, _req: ExpressRequest, res: ExpressResponse, next: (error?: unknown) => void) => {
    const status = (error as { status?: unknown } | undefined)?.status;
    if (res.headersSent || typeof status !== 'number' || status < 400 || status >= 500) {
      next(error);
      return;
    }
    res
      .status(status === 413 ? 413 : 400)
      .json({ error: 'invalid_request', error_description: 'the request body could not be read' });
  });

  return {
    baseUrl,
    resource: `${baseUrl}/me`,
    endpoints: { authorization: `${baseUrl}/authorize`, token: `${baseUrl}/token` },
    clients: {
      confidential: { id: 'confidential', secret: 'confidential-secret', redirectUri },
      awkward: { id: 'awkward', secret: 'a+b:c%d e', redirectUri },
      second: { id: 'second', secret: 'second-secret', redirectUri: secondRedirectUri },
      public: { id: 'public', redirectUri },
    },
    user: { ...user },
    store: { codes, accessTokens, refreshTokens },
    close: () => closeServer(http),
  };
}

/** A random `state` value. */
export function randomState(): string {
  return randomBytes(12).toString('base64url');
}
