/**
 * Client authentication at the token endpoint (RFC 6749 §2.3), and client types (§2.1).
 *
 * Exactly one method per request: `client_secret_basic` (the `Authorization` header, both parts form-decoded after
 * base64, §2.3.1 and Appendix B), `client_secret_post` (`client_id` and `client_secret` in the body) or `none` (a
 * public client sends only `client_id`). The Model's `getClient(id, secret)` verifies the secret.
 */
import { callModel, type RequestContext } from '../context.js';
import { InvalidClientError, InvalidRequestError } from '../errors.js';
import { checkClient, own, type Client } from '../model.js';
import { checkValue } from '../validation/index.js';
import { singleHeader } from './request-checks.js';

export type ClientAuthenticationMethod = 'client_secret_basic' | 'client_secret_post' | 'none';

/** The client's credentials as presented. */
export interface ClientCredentials {
  clientId: string;
  clientSecret: string | undefined;
  method: ClientAuthenticationMethod;
}

/** The authenticated client. */
export interface AuthenticatedClient {
  client: Client;
  method: ClientAuthenticationMethod;
  isPublic: boolean;
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

function malformedBasic(): InvalidRequestError {
  return new InvalidRequestError('Invalid request: malformed Basic credentials');
}

/** `application/x-www-form-urlencoded` decoding of one value (Appendix B): `+` is a space, `%XX` a byte. */
function formDecode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    throw malformedBasic();
  }
}

/**
 * Parses `Authorization: Basic ...` strictly: base64 without stray characters, valid UTF-8, a `:` separator, and
 * both parts form-decoded (RFC 6749 §2.3.1: "encoded using the application/x-www-form-urlencoded encoding
 * algorithm ... and the encoded value is used as the username; the client password is encoded using the same
 * algorithm"). Anything malformed is `invalid_request`, never a silent fallback to other credentials.
 */
export function parseBasic(credentials: string): { clientId: string; clientSecret: string } {
  if (credentials.length % 4 !== 0 || !BASE64.test(credentials)) throw malformedBasic();
  let decoded: string;
  try {
    decoded = utf8.decode(Buffer.from(credentials, 'base64'));
  } catch {
    throw malformedBasic();
  }
  const colon = decoded.indexOf(':');
  if (colon < 0) throw malformedBasic();
  const clientId = formDecode(decoded.slice(0, colon));
  const clientSecret = formDecode(decoded.slice(colon + 1));
  if (clientId === '') throw new InvalidRequestError('Missing parameter: `client_id`');
  checkValue('ClientId', 'client_id', clientId);
  if (clientSecret !== '') checkValue('ClientSecret', 'client_secret', clientSecret);
  return { clientId, clientSecret };
}

/**
 * Reads the client's credentials from the request: the `Authorization` header or the body, never both
 * ("The client MUST NOT use more than one authentication method in each request", §2.3).
 */
export function readClientCredentials(
  ctx: RequestContext,
  body: { client_id?: string | undefined; client_secret?: string | undefined },
): ClientCredentials {
  const { request } = ctx;
  // "The parameters can only be transmitted in the request-body and MUST NOT be included in the request URI" (§2.3.1).
  if (Object.hasOwn(request.query, 'client_secret')) {
    throw new InvalidRequestError('Invalid request: `client_secret` must not be sent in the URL');
  }
  const authorization = singleHeader(request, 'authorization');
  if (authorization !== undefined) {
    // credentials = auth-scheme [ 1*SP token68 ] (RFC 9110 §11.4): the scheme decides, then the credentials are
    // parsed strictly, so `Basic a b` or a TAB separator is malformed Basic, not another scheme.
    const header = authorization.trim();
    const scheme = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+/.exec(header)?.[0];
    if (scheme?.toLowerCase() !== 'basic') {
      throw withBasicChallenge(
        ctx,
        new InvalidClientError('Invalid client: unsupported authentication scheme', { code: 401 }),
      );
    }
    const credentials = /^ +(\S*)$/.exec(header.slice(scheme.length))?.[1];
    if (credentials === undefined)
      throw new InvalidRequestError('Invalid request: malformed Basic credentials');
    const { clientId, clientSecret } = parseBasic(credentials);
    if (body.client_secret !== undefined) {
      throw new InvalidRequestError('Invalid request: only one client authentication method is allowed');
    }
    if (body.client_id !== undefined && body.client_id !== clientId) {
      throw new InvalidRequestError('Invalid request: `client_id` does not match the Authorization header');
    }
    return {
      clientId,
      clientSecret: clientSecret === '' ? undefined : clientSecret,
      method: 'client_secret_basic',
    };
  }
  if (body.client_id === undefined) {
    if (body.client_secret !== undefined) throw new InvalidRequestError('Missing parameter: `client_id`');
    throw new InvalidClientError('Invalid client: cannot retrieve client credentials');
  }
  if (body.client_secret !== undefined) {
    return { clientId: body.client_id, clientSecret: body.client_secret, method: 'client_secret_post' };
  }
  return { clientId: body.client_id, clientSecret: undefined, method: 'none' };
}

function withBasicChallenge(ctx: RequestContext, error: InvalidClientError): InvalidClientError {
  error.wwwAuthenticate = `Basic realm="${ctx.options.authenticate.realm}"`;
  return error;
}

/** `invalid_client`: 401 with a `Basic` challenge (a 401 always names a scheme, RFC 9110 §15.5.2), or 400. */
export function unauthorizedClient(
  ctx: RequestContext,
  message: string,
  unauthorized: boolean,
): InvalidClientError {
  if (!unauthorized) return new InvalidClientError(message);
  return withBasicChallenge(ctx, new InvalidClientError(message, { code: 401 }));
}

/**
 * Whether a client is public. Its declared `clientType` wins; then its `tokenEndpointAuthMethod` (`none` is
 * public). A client that declares neither is confidential when it authenticated with a secret, and otherwise
 * only when `requireClientAuthentication` is on for the grant: turning it off (the `oauth2-server` way of serving
 * public clients) makes authentication optional, not forbidden.
 *
 * @param authenticated whether the request authenticated the client with a secret (always `false` at the
 *   authorization endpoint).
 */
export function isPublicClient(
  client: Client,
  grantType: string,
  requireClientAuthentication: (g: string) => boolean,
  authenticated = false,
): boolean {
  const type = own(client, 'clientType');
  if (type === 'public') return true;
  if (type === 'confidential') return false;
  const method = own(client, 'tokenEndpointAuthMethod');
  if (method === 'none') return true;
  if (method !== undefined) return false;
  return !authenticated && !requireClientAuthentication(grantType);
}

/**
 * Authenticates the client of a token-endpoint request. Failure is `invalid_client`: 401 with a `Basic` challenge
 * when the client used the `Authorization` header, 400 otherwise (RFC 6749 §5.2). At the introspection endpoint
 * it is always 401: "its credentials are invalid, the authorization server responds with an HTTP 401" (RFC 7662
 * §2.3), whichever way they came.
 */
export async function authenticateClient(
  ctx: RequestContext,
  body: { client_id?: string | undefined; client_secret?: string | undefined },
  grantType: string,
): Promise<AuthenticatedClient> {
  const introspection = grantType === 'introspection';
  let credentials: ReturnType<typeof readClientCredentials>;
  try {
    credentials = readClientCredentials(ctx, body);
  } catch (error) {
    // No credentials at all: at introspection that is a 401 too.
    if (introspection && error instanceof InvalidClientError && error.code === 400) {
      throw unauthorizedClient(ctx, error.message, true);
    }
    throw error;
  }
  const unauthorized = credentials.method === 'client_secret_basic' || introspection;
  const fail = (message: string): InvalidClientError => unauthorizedClient(ctx, message, unauthorized);
  const found = await callModel(ctx, 'getClient', credentials.clientId, credentials.clientSecret ?? null);
  if (!found) throw fail('Invalid client: client is invalid');
  const client = checkClient(found, 'getClient', credentials.clientId);
  const isPublic = isPublicClient(
    client,
    grantType,
    ctx.options.token.requireClientAuthentication,
    credentials.clientSecret !== undefined,
  );
  // A confidential client authenticates on every request; a code_verifier does not replace it (§3.2.1, CA-01).
  if (!isPublic && credentials.clientSecret === undefined)
    throw fail('Invalid client: client authentication is required');
  const declared = own(client, 'tokenEndpointAuthMethod');
  if (
    declared !== undefined &&
    declared !== credentials.method &&
    !(isPublic && credentials.method === 'none')
  ) {
    throw fail(`Invalid client: the client must authenticate with \`${declared as string}\``);
  }
  return { client, method: credentials.method, isPublic };
}
