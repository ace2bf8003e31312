/*
 * RFC 6749 §4.4 Client Credentials Grant
 *
 *   "The client credentials grant type MUST only be used by confidential clients."
 *
 * RFC 6749 §4.4.2 Access Token Request
 *
 *   "grant_type: REQUIRED. Value MUST be set to "client_credentials".
 *    scope: OPTIONAL. The scope of the access request as described by Section 3.3."
 *
 *   "The client MUST authenticate with the authorization server as described in Section 3.2.1."
 *
 *   "The authorization server MUST authenticate the client."
 *
 * RFC 6749 §4.4.3 Access Token Response
 *
 *   "If the access token request is valid and authorized, the authorization server issues an access token as
 *   described in Section 5.1. A refresh token SHOULD NOT be included."
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Client } from '../../src/index.js';
import { basic, CONFIDENTIAL, createFixture, type Fixture } from '../helpers/oauth.js';
import { expectTokenError, expectTokenSuccess, postToken, tokenPost } from '../helpers/token-tests.js';

const CC = { grant_type: 'client_credentials' } as const;

let f: Fixture;
beforeEach(async () => {
  f = await createFixture();
});

describe('RFC 6749 §4.4.2 / §4.4.3: a confidential client gets its own token', () => {
  it('TR-06: 200 without a refresh token, although the client is allowed refresh_token', async () => {
    const outcome = await postToken(f.server, tokenPost({ ...CC, scope: 'read write' }));
    const body = expectTokenSuccess(outcome);
    expect(Object.keys(body).sort()).toEqual(['access_token', 'expires_in', 'scope', 'token_type']);
    expect(body.scope).toBe('read write');
    expect(outcome.value?.refreshToken).toBeUndefined();
  });

  it('without getUserFromClient in the Model the token has no user', async () => {
    expect('getUserFromClient' in f.store).toBe(false);
    const outcome = await postToken(f.server, tokenPost(CC));
    expectTokenSuccess(outcome);
    expect(outcome.value?.user).toBeUndefined();
    expect(outcome.value?.client.id).toBe(CONFIDENTIAL.id);
  });

  it('with getUserFromClient the token belongs to the user it returns', async () => {
    const service = { username: 'service-account' };
    const calls: Client[] = [];
    Object.assign(f.store, {
      getUserFromClient: (client: Client) => {
        calls.push(client);
        return service;
      },
    });
    const outcome = await postToken(f.server, tokenPost(CC));
    expectTokenSuccess(outcome);
    expect(outcome.value?.user).toEqual(service);
    expect(calls.map((c) => c.id)).toEqual([CONFIDENTIAL.id]);
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['false', false],
  ])('getUserFromClient returning %s → 400 invalid_grant', async (_what, user) => {
    Object.assign(f.store, { getUserFromClient: () => Promise.resolve(user) });
    expectTokenError(await postToken(f.server, tokenPost(CC)), {
      status: 400,
      error: 'invalid_grant',
      description: 'Invalid grant: user credentials are invalid',
    });
  });

  it('authenticating in the body works the same (client_secret_post)', async () => {
    const request = tokenPost({ ...CC, client_id: CONFIDENTIAL.id, client_secret: CONFIDENTIAL.secret }, {});
    expectTokenSuccess(await postToken(f.server, request));
  });

  it('a client restricted to some scopes gets them when it asks for none (scope REQUIRED in the answer, §5.1)', async () => {
    f.store.addClient({
      id: 'scoped',
      secret: 'scoped-secret',
      grants: ['client_credentials'],
      scopes: ['read'],
    });
    const body = expectTokenSuccess(
      await postToken(f.server, tokenPost(CC, { authorization: basic('scoped', 'scoped-secret') })),
    );
    expect(body.scope).toBe('read');
  });

  it('a scope outside what the client may have → 400 invalid_scope', async () => {
    f.store.addClient({
      id: 'scoped',
      secret: 'scoped-secret',
      grants: ['client_credentials'],
      scopes: ['read'],
    });
    const request = tokenPost(
      { ...CC, scope: 'read admin' },
      { authorization: basic('scoped', 'scoped-secret') },
    );
    expectTokenError(await postToken(f.server, request), {
      status: 400,
      error: 'invalid_scope',
      description: 'Invalid scope: Requested scope is invalid',
    });
  });

  it('a scope outside the RFC 6749 §3.3 grammar → 400 invalid_scope', async () => {
    expectTokenError(await postToken(f.server, tokenPost({ ...CC, scope: 'read "write"' })), {
      status: 400,
      error: 'invalid_scope',
      description: 'Invalid parameter: `scope`',
    });
  });
});

describe('RFC 6749 §4.4: "MUST only be used by confidential clients" (CA-10)', () => {
  it.each([
    ['tokenEndpointAuthMethod none', { tokenEndpointAuthMethod: 'none' }],
    ['clientType public', { clientType: 'public' }],
  ] as const)(
    'CA-10 / T53: a public client (%s) allowed the grant → 400 unauthorized_client',
    async (_what, type) => {
      f.store.addClient({ id: 'public-cc', grants: ['client_credentials'], ...type });
      expectTokenError(await postToken(f.server, tokenPost({ ...CC, client_id: 'public-cc' }, {})), {
        status: 400,
        error: 'unauthorized_client',
        description: 'Unauthorized client: public clients cannot use `client_credentials`',
      });
    },
  );

  it('a confidential client that does not authenticate → 400 invalid_client', async () => {
    expectTokenError(await postToken(f.server, tokenPost({ ...CC, client_id: CONFIDENTIAL.id }, {})), {
      status: 400,
      error: 'invalid_client',
      description: 'Invalid client: client authentication is required',
    });
  });

  it('T54: a client not allowed client_credentials → 400 unauthorized_client', async () => {
    f.store.addClient({ id: 'code-only', secret: 'code-secret', grants: ['authorization_code'] });
    expectTokenError(
      await postToken(f.server, tokenPost(CC, { authorization: basic('code-only', 'code-secret') })),
      {
        status: 400,
        error: 'unauthorized_client',
        description: 'Unauthorized client: `grant_type` is invalid',
      },
    );
  });
});
