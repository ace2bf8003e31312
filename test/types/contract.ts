/**
 * Compile-only tests of the generated types: `npm run typecheck` fails if any line marked `@ts-expect-error`
 * compiles, or any other line does not.
 */
import type { paths } from '../../generated/openapi.js';
import type { ErrorCode, TokenRequest, TokenResponse } from '../../src/contract.js';

type TokenBody = paths['/token']['post']['requestBody']['content']['application/x-www-form-urlencoded'];

export const complete: TokenBody = { grant_type: 'authorization_code', code: 'abc', code_verifier: 'v' };

// @ts-expect-error an authorization_code token request without `code` does not compile
export const missingCode: TokenBody = { grant_type: 'authorization_code' };

// @ts-expect-error a password request needs `password` too
export const missingPassword: TokenBody = { grant_type: 'password', username: 'alice' };

// @ts-expect-error a built-in grant name is not an extension grant (those are absolute URIs)
export const notAnExtension: TokenBody = { grant_type: 'my_grant' };

export const extension: TokenBody = { grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', scope: 'a' };

/** `switch (body.grant_type)` narrows to each grant's own parameters, and exhaustively. */
export function describeGrant(body: TokenRequest): string {
  switch (body.grant_type) {
    case 'authorization_code':
      return body.code;
    case 'client_credentials':
      // @ts-expect-error client_credentials has no `code`
      void body.code;
      return body.grant_type;
    case 'password':
      return `${body.username}:${body.password.length}`;
    case 'refresh_token':
      return body.refresh_token;
    default: {
      const grantType: `${string}:${string}` = body.grant_type;
      return grantType;
    }
  }
}

export const code: ErrorCode = 'invalid_grant';
// @ts-expect-error not an error code the contract lists
export const notACode: ErrorCode = 'invalid_argument';

export const response: TokenResponse = { access_token: 'a', token_type: 'Bearer', expires_in: 3600 };
// @ts-expect-error access_token is required
export const noToken: TokenResponse = { token_type: 'Bearer' };
