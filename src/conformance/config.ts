/**
 * The description of a target server: where it is, which clients and user the kit may use, and how the kit gets
 * through the authorization step. Given as a JSON file (`--config`), flags, or an object (programmatic API).
 */

export type AuthMethod = 'client_secret_basic' | 'client_secret_post';

export interface ClientConfig {
  id: string;
  secret: string;
  redirectUri: string;
  /** Default: `client_secret_basic`. */
  authMethod?: AuthMethod | undefined;
}

export interface PublicClientConfig {
  id: string;
  redirectUri: string;
}

/** How the kit answers the target's login and consent pages in `form` mode. */
export interface FormFields {
  /** Default `username`. */
  username?: string | undefined;
  /** Default `password`. */
  password?: string | undefined;
  /** The approving submit button (name and value). Default `allowed=true`. */
  approve?: { name: string; value: string } | undefined;
  /** The denying submit button. Default `allowed=false`. */
  deny?: { name: string; value: string } | undefined;
}

export type AuthorizationMode =
  /** The target approves without any page (a test deployment): the kit follows redirects to the client. */
  | { mode: 'auto' }
  /** The kit submits the target's login and consent forms. */
  | { mode: 'form'; fields?: FormFields | undefined }
  /**
   * Something else gets through: a function (programmatic API) or a command (CLI) receives the authorization
   * URL (and whether to approve) and returns the URL the browser was finally redirected to.
   */
  | {
      mode: 'callback';
      callback?: ((url: string, decision: 'approve' | 'deny') => Promise<string>) | undefined;
      /** A shell command; the URL is in `$AUTHORIZATION_URL`, the decision in `$DECISION`; prints the redirect URL. */
      command?: string | undefined;
    };

export interface TargetConfig {
  /** The issuer identifier: RFC 8414 discovery when the target offers it. */
  issuer?: string | undefined;
  /** Endpoint URLs (required without discovery; override it otherwise). */
  endpoints?:
    | {
        authorization?: string | undefined;
        token?: string | undefined;
        revocation?: string | undefined;
        introspection?: string | undefined;
      }
    | undefined;
  /** A confidential client allowed the authorization code, refresh token and client credentials grants. */
  client: ClientConfig;
  /** A second confidential client, for the binding cases (codes and tokens of one client used by another). */
  secondClient?: ClientConfig | undefined;
  /** A public client (PKCE, no secret). */
  publicClient?: PublicClientConfig | undefined;
  /** A resource owner: for the password grant, and for logging in (`form` mode). */
  user?: { username: string; password: string } | undefined;
  /** How the kit gets through the authorization step. Without it, cases that need a code are skipped. */
  authorization?: AuthorizationMode | undefined;
  /** A protected resource accepting the target's bearer tokens, and the scope it needs. */
  resource?: { url: string; scope?: string | undefined } | undefined;
  /** The scope to request (default: none). */
  scope?: string | undefined;
  /** Seconds to wait for a code to expire in the expiry case; `0` (default) skips it. */
  codeExpiryWait?: number | undefined;
  /** Simultaneous requests in the concurrency cases (default 10). */
  concurrency?: number | undefined;
  /** Request timeout in milliseconds (default 10000). */
  timeoutMs?: number | undefined;
}

function fail(message: string): never {
  throw new TypeError(`conformance config: ${message}`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function url(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !URL.canParse(value)) fail(`${name} must be an absolute URL`);
  return value;
}

function client(value: unknown, name: string): ClientConfig | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value) || typeof value.id !== 'string' || typeof value.secret !== 'string') {
    fail(`${name} needs id and secret`);
  }
  const authMethod = value.authMethod;
  if (
    authMethod !== undefined &&
    authMethod !== 'client_secret_basic' &&
    authMethod !== 'client_secret_post'
  ) {
    fail(`${name}.authMethod must be client_secret_basic or client_secret_post`);
  }
  return {
    id: value.id,
    secret: value.secret,
    redirectUri: url(value.redirectUri, `${name}.redirectUri`) ?? fail(`${name}.redirectUri is required`),
    authMethod: authMethod,
  };
}

/** Checks a parsed configuration (a JSON file's content, or an object) and fills its defaults. */
export function checkConfig(value: unknown): TargetConfig {
  if (!isObject(value)) fail('expected an object');
  const endpoints = isObject(value.endpoints) ? value.endpoints : {};
  const config: TargetConfig = {
    issuer: url(value.issuer, 'issuer'),
    endpoints: {
      authorization: url(endpoints.authorization, 'endpoints.authorization'),
      token: url(endpoints.token, 'endpoints.token'),
      revocation: url(endpoints.revocation, 'endpoints.revocation'),
      introspection: url(endpoints.introspection, 'endpoints.introspection'),
    },
    client: client(value.client, 'client') ?? fail('client is required'),
    secondClient: client(value.secondClient, 'secondClient'),
  };
  if (!config.issuer && !config.endpoints?.token) fail('give issuer (for discovery) or endpoints.token');
  if (value.publicClient !== undefined) {
    const pc = value.publicClient;
    if (!isObject(pc) || typeof pc.id !== 'string') fail('publicClient needs id and redirectUri');
    config.publicClient = {
      id: pc.id,
      redirectUri:
        url(pc.redirectUri, 'publicClient.redirectUri') ?? fail('publicClient.redirectUri is required'),
    };
  }
  if (value.user !== undefined) {
    const user = value.user;
    if (!isObject(user) || typeof user.username !== 'string' || typeof user.password !== 'string') {
      fail('user needs username and password');
    }
    config.user = { username: user.username, password: user.password };
  }
  if (value.authorization !== undefined) {
    const auth = value.authorization;
    if (!isObject(auth) || !['auto', 'form', 'callback'].includes(auth.mode as string)) {
      fail("authorization.mode must be 'auto', 'form' or 'callback'");
    }
    if (auth.mode === 'callback' && typeof auth.callback !== 'function' && typeof auth.command !== 'string') {
      fail('authorization mode callback needs a callback function or a command');
    }
    config.authorization = auth as unknown as AuthorizationMode;
  }
  if (value.resource !== undefined) {
    const resource = value.resource;
    if (!isObject(resource)) fail('resource needs url');
    config.resource = { url: url(resource.url, 'resource.url') ?? fail('resource.url is required') };
    if (typeof resource.scope === 'string') config.resource.scope = resource.scope;
  }
  for (const key of ['scope'] as const) {
    if (value[key] !== undefined && typeof value[key] !== 'string') fail(`${key} must be a string`);
    if (typeof value[key] === 'string') config[key] = value[key];
  }
  for (const key of ['codeExpiryWait', 'concurrency', 'timeoutMs'] as const) {
    const n = value[key];
    if (n === undefined) continue;
    if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) fail(`${key} must be a non-negative number`);
    config[key] = n;
  }
  return config;
}
