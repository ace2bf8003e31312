/**
 * Compile-only tests of the client SDK's types: `npm run typecheck` fails if any line marked `@ts-expect-error`
 * compiles, or any other line does not. Nothing here runs.
 */
import type { ErrorCode, OAuth2Client, TokenResponse } from '../../src/client/index.js';

/** Each grant's required parameters are enforced. */
export async function requiredParameters(client: OAuth2Client): Promise<void> {
  await client.token.authorizationCode({
    code: 'c',
    codeVerifier: 'v',
    redirectUri: 'https://app.example/cb',
  });
  // @ts-expect-error an authorization code request needs `code`
  await client.token.authorizationCode({ codeVerifier: 'v' });

  await client.token.password({ username: 'alice', password: 'secret' });
  // @ts-expect-error a password request needs `password`
  await client.token.password({ username: 'alice' });
  // @ts-expect-error and `username`
  await client.token.password({ password: 'secret' });

  await client.token.refresh({ refreshToken: 'rt' });
  // @ts-expect-error a refresh request needs `refreshToken`
  await client.token.refresh({ scope: 'read' });
  // @ts-expect-error the parameter is camelCase, not the wire name
  await client.token.refresh({ refresh_token: 'rt' });

  await client.token.clientCredentials();
  await client.token.clientCredentials({ scope: 'read', resource: ['https://api.example/'] });
  // @ts-expect-error client_credentials takes no `code`
  await client.token.clientCredentials({ code: 'c' });

  await client.token.extension('urn:ietf:params:oauth:grant-type:token-exchange', { subject_token: 't' });
  // @ts-expect-error an extension grant type is an absolute URI (RFC 6749 §4.5), not a bare name
  await client.token.extension('my_grant');
  // @ts-expect-error nor a built-in grant name
  await client.token.extension('password', { username: 'alice' });

  await client.revoke('t', 'refresh_token');
  // @ts-expect-error the hint is one of RFC 7009's two
  await client.revoke('t', 'id_token');
}

/**
 * `error.error` is a contract ErrorCode or another server's string; `data` only exists once the failures are
 * excluded.
 */
export async function resultNarrowing(client: OAuth2Client): Promise<string> {
  const result = await client.token.clientCredentials({ scope: 'read' });

  // @ts-expect-error `data` is possibly undefined until `error` and `transportError` are excluded
  void result.data.access_token;

  if (result.error) {
    // @ts-expect-error another server may send a code the contract does not list
    const narrow: ErrorCode = result.error.error;
    void narrow;
    const code: string = result.error.error;
    // An extension's code can be compared with (RFC 8628's device flow, for instance).
    if (result.error.error === 'authorization_pending') return 'pending';
    if (result.error.error === 'invalid_client') return `${code}: ${result.response.status}`;
    return result.error.error_description ?? code;
  }

  // @ts-expect-error still possibly undefined: a transport failure has no data
  void result.data.access_token;

  if (result.transportError) {
    // A transport failure may have no response at all.
    // @ts-expect-error `response` is possibly undefined here
    void result.response.status;
    return result.transportError.message;
  }

  const token: TokenResponse = result.data;
  // @ts-expect-error a field the contract's TokenResponse does not have
  void result.data.not_a_field;
  // @ts-expect-error nor does the exported type
  void token.not_a_field;
  const refresh: string | undefined = token.refresh_token;
  return `${token.access_token} ${result.response.status} ${refresh ?? ''}`;
}

/** Introspection and revocation results narrow the same way. */
export async function otherResults(client: OAuth2Client): Promise<boolean> {
  const introspection = await client.introspect('t');
  // @ts-expect-error possibly undefined
  void introspection.data.active;
  if (introspection.error || introspection.transportError) return false;
  const active: boolean = introspection.data.active;

  const revoked = await client.revoke('t');
  if (revoked.error) {
    const code: string = revoked.error.error;
    void code;
    return false;
  }
  if (revoked.transportError) return false;
  const yes: true = revoked.data;
  return active && yes;
}

/** The authorization response: `data.code` once the failures are excluded; `error.error` is a string code. */
export async function authorizationResponse(client: OAuth2Client): Promise<string> {
  const parsed = await client.parseAuthorizationResponse('https://app.example/cb?code=c&state=s', {
    state: 's',
  });
  // @ts-expect-error possibly undefined
  void parsed.data.code;
  if (parsed.error) return parsed.error.error;
  if (parsed.transportError) return parsed.transportError.message;
  return parsed.data.code;
}
