/*
 * RFC 6749 §10.12 Cross-Site Request Forgery
 *
 *   "A CSRF attack against the authorization server's authorization endpoint can result in an attacker obtaining
 *   end-user authorization for a malicious client without involving or alerting the end-user.
 *
 *   The authorization server MUST implement CSRF protection for its authorization endpoint and ensure that a
 *   malicious client cannot obtain authorization without the awareness and explicit consent of the resource
 *   owner."
 *
 * RFC 6749 §4.1.1: "If the request is valid, the authorization server authenticates the resource owner and
 * obtains an authorization decision (by asking the resource owner or by establishing approval via other means)."
 *
 * This core issues a code only on an explicit approval (AZ-02): the consentHandler's `true`, or `allowed=true` in
 * the body of a POST (the consent form; its CSRF token is checked by the application). A GET — what a link, an
 * image or a redirect makes a browser send — never approves by itself.
 */
import { describe, expect, it, vi } from 'vitest';
import { Request, type ConsentRequest } from '../../src/index.js';
import {
  expectContract,
  expectErrorRedirect,
  expectRedirect,
  runAuthorize,
} from '../helpers/authorize-tests.js';
import {
  ALICE,
  CONFIDENTIAL,
  authorizeGet,
  authorizeParams,
  consentPost,
  createFixture,
  formRequest,
} from '../helpers/oauth.js';

const REDIRECT = CONFIDENTIAL.redirectUri;
const NOT_APPROVED = 'Access denied: the resource owner has not approved the request';
const DENIED = 'Access denied: user denied access to application';

function codeOf(value: unknown): string {
  return (value as { authorizationCode: string }).authorizationCode;
}

describe('RFC 6749 §10.12: no code without explicit consent (AZ-02, A39)', () => {
  it('a GET from a logged-in user, no consentHandler: access_denied, and no code is saved', async () => {
    const { server, store } = await createFixture();
    const save = vi.spyOn(store, 'saveAuthorizationCode');
    const outcome = await runAuthorize(server, authorizeGet(authorizeParams()));
    expectErrorRedirect(outcome, REDIRECT, {
      error: 'access_denied',
      description: NOT_APPROVED,
      state: 'xyz',
    });
    expect(outcome.response.status).toBe(302);
    expect(save).not.toHaveBeenCalled();
    expectContract(outcome);
  });

  it('a GET with allowed=true in the query does NOT approve', async () => {
    const { server, store } = await createFixture();
    const save = vi.spyOn(store, 'saveAuthorizationCode');
    const outcome = await runAuthorize(server, authorizeGet(authorizeParams({ allowed: 'true' })));
    expectErrorRedirect(outcome, REDIRECT, {
      error: 'access_denied',
      description: NOT_APPROVED,
      state: 'xyz',
    });
    expect(save).not.toHaveBeenCalled();
    expectContract(outcome);
  });

  it('a GET carrying a body with allowed=true does NOT approve (a GET body is not read)', async () => {
    const { server, store } = await createFixture();
    const save = vi.spyOn(store, 'saveAuthorizationCode');
    const outcome = await runAuthorize(
      server,
      formRequest({ allowed: 'true' }, {}, { method: 'GET', query: authorizeParams() }),
    );
    expectErrorRedirect(outcome, REDIRECT, {
      error: 'access_denied',
      description: NOT_APPROVED,
      state: 'xyz',
    });
    expect(save).not.toHaveBeenCalled();
    expectContract(outcome);
  });

  it('a POST with allowed=true only in the URL query does NOT approve', async () => {
    const { server, store } = await createFixture();
    const save = vi.spyOn(store, 'saveAuthorizationCode');
    const outcome = await runAuthorize(
      server,
      formRequest(authorizeParams(), {}, { query: { allowed: 'true' } }),
    );
    expectErrorRedirect(outcome, REDIRECT, {
      error: 'access_denied',
      description: NOT_APPROVED,
      state: 'xyz',
    });
    expect(save).not.toHaveBeenCalled();
    expectContract(outcome);
  });

  it('a POST without allowed: absence of a "deny" is not consent', async () => {
    const { server, store } = await createFixture();
    const save = vi.spyOn(store, 'saveAuthorizationCode');
    const outcome = await runAuthorize(server, formRequest(authorizeParams()));
    expectErrorRedirect(outcome, REDIRECT, {
      error: 'access_denied',
      description: NOT_APPROVED,
      state: 'xyz',
    });
    expect(outcome.response.status).toBe(303);
    expect(save).not.toHaveBeenCalled();
    expectContract(outcome);
  });

  it('a POST with allowed=true in the body approves: 303 with the code', async () => {
    const { server, store } = await createFixture();
    const save = vi.spyOn(store, 'saveAuthorizationCode');
    const outcome = await runAuthorize(server, consentPost());
    expect(save).toHaveBeenCalledOnce();
    expectRedirect(outcome, REDIRECT, [
      ['code', codeOf(outcome.value)],
      ['state', 'xyz'],
    ]);
    expect(outcome.response.status).toBe(303);
    expectContract(outcome);
  });

  it.each([
    ['TRUE', 'upper case'],
    ['1', 'a number'],
    ['yes', 'another word'],
    ['on', 'a checkbox value'],
  ])('allowed=%s (%s) is not a decision: invalid_request, no code', async (allowed) => {
    const { server, store } = await createFixture();
    const save = vi.spyOn(store, 'saveAuthorizationCode');
    const outcome = await runAuthorize(server, consentPost({ allowed }));
    expectErrorRedirect(outcome, REDIRECT, {
      error: 'invalid_request',
      description: 'Invalid parameter: `allowed` must be one of true, false',
      state: 'xyz',
    });
    expect(save).not.toHaveBeenCalled();
    expectContract(outcome);
  });

  it('allowed=true twice in the body: invalid_request, no code', async () => {
    const { server, store } = await createFixture();
    const save = vi.spyOn(store, 'saveAuthorizationCode');
    const outcome = await runAuthorize(server, consentPost({ allowed: ['true', 'true'] }));
    expectErrorRedirect(outcome, REDIRECT, {
      error: 'invalid_request',
      description: 'Invalid request: `allowed` is included more than once',
      state: 'xyz',
    });
    expect(save).not.toHaveBeenCalled();
    expectContract(outcome);
  });

  it('allowed=true in the query and in the body of a POST: repeated, so invalid_request', async () => {
    const { server } = await createFixture();
    const outcome = await runAuthorize(
      server,
      formRequest({ ...authorizeParams(), allowed: 'true' }, {}, { query: { allowed: 'true' } }),
    );
    expectErrorRedirect(outcome, REDIRECT, {
      error: 'invalid_request',
      description: 'Invalid request: `allowed` is included more than once',
      state: 'xyz',
    });
    expectContract(outcome);
  });
});

describe('RFC 6749 §4.1.2.1: the resource owner denies (A38)', () => {
  it('allowed=false in the body of a POST: access_denied', async () => {
    const { server, store } = await createFixture();
    const save = vi.spyOn(store, 'saveAuthorizationCode');
    const outcome = await runAuthorize(server, consentPost({ allowed: 'false' }));
    expectErrorRedirect(outcome, REDIRECT, { error: 'access_denied', description: DENIED, state: 'xyz' });
    expect(save).not.toHaveBeenCalled();
    expectContract(outcome);
  });

  it('allowed=false in the query of a GET: access_denied (a denial needs no protection)', async () => {
    const { server } = await createFixture();
    const outcome = await runAuthorize(server, authorizeGet(authorizeParams({ allowed: 'false' })));
    expectErrorRedirect(outcome, REDIRECT, { error: 'access_denied', description: DENIED, state: 'xyz' });
    expect(outcome.response.status).toBe(302);
    expectContract(outcome);
  });

  it('allowed=false wins over a consentHandler that approves', async () => {
    const handle = vi.fn(() => true);
    const { server, store } = await createFixture({ consentHandler: { handle } });
    const save = vi.spyOn(store, 'saveAuthorizationCode');
    const outcome = await runAuthorize(server, consentPost({ allowed: 'false' }));
    expectErrorRedirect(outcome, REDIRECT, { error: 'access_denied', description: DENIED, state: 'xyz' });
    expect(save).not.toHaveBeenCalled();
    expectContract(outcome);
  });
});

describe('RFC 6749 §4.1.1: the consentHandler establishes approval "via other means"', () => {
  it('true approves a GET: 302 with the code; it receives the request, response, client, user and scope', async () => {
    const handle = vi.fn((_request: Request, _response: unknown, _consent: ConsentRequest) => true);
    const { server, store } = await createFixture({ consentHandler: { handle } });
    const save = vi.spyOn(store, 'saveAuthorizationCode');
    const request = authorizeGet(authorizeParams({ scope: 'read write' }));
    const outcome = await runAuthorize(server, request);
    expect(save).toHaveBeenCalledOnce();
    expect(outcome.response.status).toBe(302);
    expectRedirect(outcome, REDIRECT, [
      ['code', codeOf(outcome.value)],
      ['state', 'xyz'],
    ]);
    expect(handle).toHaveBeenCalledOnce();
    const [seenRequest, seenResponse, consent] = handle.mock.calls[0]!;
    expect(seenRequest).toBe(request);
    expect(seenResponse).toBe(outcome.response);
    expect(consent.client.id).toBe(CONFIDENTIAL.id);
    expect(consent.user).toEqual({ username: ALICE.username });
    expect(consent.scope).toEqual(['read', 'write']);
    expectContract(outcome);
  });

  it('an async true approves too', async () => {
    const { server } = await createFixture({ consentHandler: { handle: () => Promise.resolve(true) } });
    const outcome = await runAuthorize(server, authorizeGet(authorizeParams()));
    expect(outcome.error).toBeUndefined();
    expect(outcome.response.status).toBe(302);
    expectContract(outcome);
  });

  it('false denies, even a POST with allowed=true', async () => {
    const { server, store } = await createFixture({ consentHandler: { handle: () => false } });
    const save = vi.spyOn(store, 'saveAuthorizationCode');
    const outcome = await runAuthorize(server, consentPost());
    expectErrorRedirect(outcome, REDIRECT, { error: 'access_denied', description: DENIED, state: 'xyz' });
    expect(save).not.toHaveBeenCalled();
    expectContract(outcome);
  });

  it('false denies a GET', async () => {
    const { server } = await createFixture({ consentHandler: { handle: () => false } });
    const outcome = await runAuthorize(server, authorizeGet(authorizeParams()));
    expectErrorRedirect(outcome, REDIRECT, { error: 'access_denied', description: DENIED, state: 'xyz' });
    expectContract(outcome);
  });

  it('undefined leaves the decision to the form: a POST with allowed=true approves', async () => {
    const { server } = await createFixture({ consentHandler: { handle: () => undefined } });
    const outcome = await runAuthorize(server, consentPost());
    expect(outcome.error).toBeUndefined();
    expectRedirect(outcome, REDIRECT, [
      ['code', codeOf(outcome.value)],
      ['state', 'xyz'],
    ]);
    expectContract(outcome);
  });

  it('undefined leaves the decision to the form: a GET is not approved', async () => {
    const { server, store } = await createFixture({ consentHandler: { handle: () => undefined } });
    const save = vi.spyOn(store, 'saveAuthorizationCode');
    const outcome = await runAuthorize(server, authorizeGet(authorizeParams({ allowed: 'true' })));
    expectErrorRedirect(outcome, REDIRECT, {
      error: 'access_denied',
      description: NOT_APPROVED,
      state: 'xyz',
    });
    expect(save).not.toHaveBeenCalled();
    expectContract(outcome);
  });

  it('a truthy value that is not true does not approve', async () => {
    const { server, store } = await createFixture({
      consentHandler: { handle: () => 'yes' as unknown as boolean },
    });
    const save = vi.spyOn(store, 'saveAuthorizationCode');
    const outcome = await runAuthorize(server, authorizeGet(authorizeParams()));
    expectErrorRedirect(outcome, REDIRECT, {
      error: 'access_denied',
      description: NOT_APPROVED,
      state: 'xyz',
    });
    expect(save).not.toHaveBeenCalled();
    expectContract(outcome);
  });

  it('a consentHandler that throws: server_error redirected, no code', async () => {
    const { server, store } = await createFixture({
      consentHandler: {
        handle: () => {
          throw new Error('consent store down');
        },
      },
    });
    const save = vi.spyOn(store, 'saveAuthorizationCode');
    const outcome = await runAuthorize(server, consentPost());
    expectErrorRedirect(outcome, REDIRECT, {
      error: 'server_error',
      description: 'Server error: the request could not be completed',
      state: 'xyz',
    });
    expect(save).not.toHaveBeenCalled();
    expectContract(outcome);
  });

  it('is not asked about an invalid request', async () => {
    const handle = vi.fn(() => true);
    const { server } = await createFixture({ consentHandler: { handle } });
    const outcome = await runAuthorize(server, authorizeGet(authorizeParams({ scope: 'read\\write' })));
    expectErrorRedirect(outcome, REDIRECT, {
      error: 'invalid_scope',
      description: 'Invalid parameter: `scope`',
      state: 'xyz',
    });
    expect(handle).not.toHaveBeenCalled();
    expectContract(outcome);
  });

  it('is not asked when the resource owner already denied with allowed=false', async () => {
    const handle = vi.fn(() => true);
    const { server } = await createFixture({ consentHandler: { handle } });
    await runAuthorize(server, authorizeGet(authorizeParams({ allowed: 'false' })));
    expect(handle).not.toHaveBeenCalled();
  });
});

describe('RFC 6749 §10.12: the approval is bound to the request it answers', () => {
  it('each approved POST issues its own, distinct code', async () => {
    const { server } = await createFixture();
    const first = await runAuthorize(server, consentPost());
    const second = await runAuthorize(server, consentPost());
    expect(codeOf(first.value)).not.toBe(codeOf(second.value));
    expectContract(first);
    expectContract(second);
  });

  it('an approval posted for one client does not approve a GET for it afterwards', async () => {
    const { server, store } = await createFixture();
    await runAuthorize(server, consentPost());
    const save = vi.spyOn(store, 'saveAuthorizationCode');
    const outcome = await runAuthorize(
      server,
      new Request({ method: 'GET', headers: {}, query: authorizeParams() }),
    );
    expectErrorRedirect(outcome, REDIRECT, {
      error: 'access_denied',
      description: NOT_APPROVED,
      state: 'xyz',
    });
    expect(save).not.toHaveBeenCalled();
    expectContract(outcome);
  });
});
