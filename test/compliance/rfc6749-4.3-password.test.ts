/*
 * RFC 6749 §4.3.2 Access Token Request (Resource Owner Password Credentials)
 *
 *   "grant_type: REQUIRED. Value MUST be set to "password".
 *    username: REQUIRED. The resource owner username.
 *    password: REQUIRED. The resource owner password.
 *    scope: OPTIONAL. The scope of the access request as described by Section 3.3."
 *
 *   "The authorization server MUST:
 *    - require client authentication for confidential clients or for any client that was issued client
 *      credentials (or with other authentication requirements),
 *    - authenticate the client if client authentication is included, and
 *    - validate the resource owner password credentials using its existing password validation algorithm."
 *
 * RFC 9700 §2.4: "The resource owner password credentials grant [RFC6749] MUST NOT be used." (DF-01)
 *
 * RFC 6749 Appendix A.15/A.16: username = *UNICODECHARNOCRLF, password = *UNICODECHARNOCRLF.
 */
import { describe, expect, it, vi } from 'vitest';
import { ALICE, basic, CONFIDENTIAL, createFixture } from '../helpers/oauth.js';
import {
  expectTokenError,
  expectTokenSuccess,
  postToken,
  tokenPost,
  without,
} from '../helpers/token-tests.js';

const PASSWORD = { grant_type: 'password', username: ALICE.username, password: ALICE.password } as const;
const badCredentials = {
  status: 400,
  error: 'invalid_grant',
  description: 'Invalid grant: user credentials are invalid',
} as const;

describe('RFC 9700 §2.4: the password grant is off by default (DF-01)', () => {
  it('DF-01 / T55: grant_type=password → 400 unsupported_grant_type, even for a client allowed it', async () => {
    const f = await createFixture();
    const getUser = vi.spyOn(f.store, 'getUser');
    expectTokenError(await postToken(f.server, tokenPost(PASSWORD)), {
      status: 400,
      error: 'unsupported_grant_type',
      description: 'Unsupported grant type: `grant_type` is invalid',
    });
    expect(getUser).not.toHaveBeenCalled();
  });

  it('DF-01: enablePasswordGrant: false is the same as the default', async () => {
    const f = await createFixture({ enablePasswordGrant: false });
    expectTokenError(await postToken(f.server, tokenPost(PASSWORD)), {
      status: 400,
      error: 'unsupported_grant_type',
      description: 'Unsupported grant type: `grant_type` is invalid',
    });
  });
});

describe('RFC 6749 §4.3.2: with enablePasswordGrant', () => {
  it('valid resource owner credentials → 200 with a refresh token for a client allowed refresh_token', async () => {
    const f = await createFixture({ enablePasswordGrant: true });
    const outcome = await postToken(f.server, tokenPost({ ...PASSWORD, scope: 'read' }));
    const body = expectTokenSuccess(outcome);
    expect(body.scope).toBe('read');
    expect(body.refresh_token).toEqual(expect.any(String));
    expect(outcome.value?.user).toEqual({ username: ALICE.username });
  });

  it('a wrong password → 400 invalid_grant', async () => {
    const f = await createFixture({ enablePasswordGrant: true });
    expectTokenError(
      await postToken(f.server, tokenPost({ ...PASSWORD, password: 'wrong' })),
      badCredentials,
    );
  });

  it('an unknown user → the same 400 invalid_grant', async () => {
    const f = await createFixture({ enablePasswordGrant: true });
    expectTokenError(
      await postToken(f.server, tokenPost({ ...PASSWORD, username: 'mallory' })),
      badCredentials,
    );
  });

  it('a non-ASCII password is a valid UNICODECHARNOCRLF string', async () => {
    const f = await createFixture({ enablePasswordGrant: true });
    await f.store.addUser({ username: 'jörg', password: 'pässwörd €' });
    expectTokenSuccess(
      await postToken(f.server, tokenPost({ ...PASSWORD, username: 'jörg', password: 'pässwörd €' })),
    );
  });

  it.each(['username', 'password'])('%s missing → 400 invalid_request', async (name) => {
    const f = await createFixture({ enablePasswordGrant: true });
    expectTokenError(await postToken(f.server, tokenPost(without(PASSWORD, name))), {
      status: 400,
      error: 'invalid_request',
      description: `Missing parameter: \`${name}\``,
    });
  });

  it.each(['username', 'password'])('%s with CR LF → 400 invalid_request, no Model call', async (name) => {
    const f = await createFixture({ enablePasswordGrant: true });
    const getUser = vi.spyOn(f.store, 'getUser');
    expectTokenError(await postToken(f.server, tokenPost({ ...PASSWORD, [name]: 'a\r\nb' })), {
      status: 400,
      error: 'invalid_request',
      description: `Invalid parameter: \`${name}\``,
    });
    expect(getUser).not.toHaveBeenCalled();
  });

  it('a confidential client must authenticate: client_id only → 400 invalid_client', async () => {
    const f = await createFixture({ enablePasswordGrant: true });
    const getUser = vi.spyOn(f.store, 'getUser');
    expectTokenError(await postToken(f.server, tokenPost({ ...PASSWORD, client_id: CONFIDENTIAL.id }, {})), {
      status: 400,
      error: 'invalid_client',
      description: 'Invalid client: client authentication is required',
    });
    expect(getUser).not.toHaveBeenCalled();
  });

  it('a client not allowed the password grant → 400 unauthorized_client', async () => {
    const f = await createFixture({ enablePasswordGrant: true });
    f.store.addClient({ id: 'no-password', secret: 'np-secret', grants: ['client_credentials'] });
    const getUser = vi.spyOn(f.store, 'getUser');
    expectTokenError(
      await postToken(f.server, tokenPost(PASSWORD, { authorization: basic('no-password', 'np-secret') })),
      {
        status: 400,
        error: 'unauthorized_client',
        description: 'Unauthorized client: `grant_type` is invalid',
      },
    );
    expect(getUser).not.toHaveBeenCalled();
  });

  it('a scope the client may not have → 400 invalid_scope', async () => {
    const f = await createFixture({ enablePasswordGrant: true });
    f.store.addClient({ id: 'scoped', secret: 'scoped-secret', grants: ['password'], scopes: ['read'] });
    const request = tokenPost(
      { ...PASSWORD, scope: 'admin' },
      { authorization: basic('scoped', 'scoped-secret') },
    );
    expectTokenError(await postToken(f.server, request), {
      status: 400,
      error: 'invalid_scope',
      description: 'Invalid scope: Requested scope is invalid',
    });
  });
});
