/*
 * RFC 6749 §3.1.1 Response Type
 *
 *   "response_type
 *         REQUIRED.  The value MUST be one of "code" for requesting an
 *         authorization code as described by Section 4.1.1, "token" for
 *         requesting an access token (implicit grant) as described by
 *         Section 4.2.1, or a registered extension value as described by
 *         Section 8.4."
 *
 *   "If an authorization request is missing the "response_type" parameter,
 *   or if the response type is not understood, the authorization server
 *   MUST return an error response as described in Section 4.1.2.1."
 *
 * RFC 6749 §1.9: "Unless otherwise noted, all the protocol parameter names and values are case sensitive."
 * RFC 9700 §2.1.2 advises against the implicit grant, so `token` is not served unless enabled (AZ-07).
 */
import { describe, expect, it, vi } from 'vitest';
import { expectContract, expectErrorRedirect, omit, runAuthorize } from '../helpers/authorize-tests.js';
import {
  CONFIDENTIAL,
  authorizeGet,
  authorizeParams,
  consentPost,
  createFixture,
  formRequest,
} from '../helpers/oauth.js';

const REDIRECT = CONFIDENTIAL.redirectUri;
const UNSUPPORTED = 'Unsupported response type: `response_type` is not supported';

describe('RFC 6749 §3.1.1: response_type', () => {
  it('missing: redirected with invalid_request and the state (A18, AZ-06)', async () => {
    const { server, store } = await createFixture();
    const save = vi.spyOn(store, 'saveAuthorizationCode');
    const outcome = await runAuthorize(
      server,
      formRequest({ ...omit(authorizeParams(), 'response_type'), allowed: 'true' }),
    );
    expectErrorRedirect(outcome, REDIRECT, {
      error: 'invalid_request',
      description: 'Missing parameter: `response_type`',
      state: 'xyz',
    });
    expect(save).not.toHaveBeenCalled();
    expectContract(outcome);
  });

  it('missing on a GET: a 302 with invalid_request', async () => {
    const { server } = await createFixture();
    const outcome = await runAuthorize(server, authorizeGet(omit(authorizeParams(), 'response_type')));
    expect(outcome.response.status).toBe(302);
    expectErrorRedirect(outcome, REDIRECT, {
      error: 'invalid_request',
      description: 'Missing parameter: `response_type`',
      state: 'xyz',
    });
    expectContract(outcome);
  });

  it('token while the implicit grant is disabled (the default): unsupported_response_type (A19, AZ-07)', async () => {
    const { server, store } = await createFixture();
    store.addClient({ id: 'spa', grants: ['implicit'], redirectUris: [REDIRECT] });
    const saveToken = vi.spyOn(store, 'saveToken');
    const outcome = await runAuthorize(
      server,
      formRequest({
        ...omit(
          authorizeParams({ client_id: 'spa', response_type: 'token' }),
          'code_challenge',
          'code_challenge_method',
        ),
        allowed: 'true',
      }),
    );
    expectErrorRedirect(outcome, REDIRECT, {
      error: 'unsupported_response_type',
      description: UNSUPPORTED,
      state: 'xyz',
    });
    expect(saveToken).not.toHaveBeenCalled();
    expectContract(outcome);
  });

  it.each([
    ['foo', 'an unknown value (A20)'],
    ['CODE', 'the right value in the wrong case (A20)'],
    ['Code', 'the right value in mixed case'],
    ['code token', 'a composite extension value the server does not know'],
    ['token code', 'the same, in the other order'],
    ['code_token', 'a lookalike'],
  ])('%s, %s: unsupported_response_type', async (responseType) => {
    const { server, store } = await createFixture();
    const save = vi.spyOn(store, 'saveAuthorizationCode');
    const outcome = await runAuthorize(server, consentPost({ response_type: responseType }));
    expectErrorRedirect(outcome, REDIRECT, {
      error: 'unsupported_response_type',
      description: UNSUPPORTED,
      state: 'xyz',
    });
    expect(save).not.toHaveBeenCalled();
    expectContract(outcome);
  });

  it.each([
    ['co-de', 'a character outside the response-type grammar'],
    [' code', 'a leading space'],
    ['code  token', 'two spaces'],
  ])('%j, %s: malformed, so invalid_request', async (responseType) => {
    const { server } = await createFixture();
    const outcome = await runAuthorize(server, consentPost({ response_type: responseType }));
    expectErrorRedirect(outcome, REDIRECT, {
      error: 'invalid_request',
      description: 'Invalid parameter: `response_type`',
      state: 'xyz',
    });
    expectContract(outcome);
  });

  it('twice: invalid_request (A21)', async () => {
    const { server } = await createFixture();
    const outcome = await runAuthorize(server, consentPost({ response_type: ['code', 'token'] }));
    expectErrorRedirect(outcome, REDIRECT, {
      error: 'invalid_request',
      description: 'Invalid request: `response_type` is included more than once',
      state: 'xyz',
    });
    expectContract(outcome);
  });

  it('is checked before consent: an unsupported type is not turned into a code by an approval', async () => {
    const handle = vi.fn(() => true);
    const { server } = await createFixture({ consentHandler: { handle } });
    const outcome = await runAuthorize(server, authorizeGet(authorizeParams({ response_type: 'id_token' })));
    expectErrorRedirect(outcome, REDIRECT, {
      error: 'unsupported_response_type',
      description: UNSUPPORTED,
      state: 'xyz',
    });
    expect(handle).not.toHaveBeenCalled();
    expectContract(outcome);
  });

  it('code: a code is issued', async () => {
    const { server } = await createFixture();
    const outcome = await runAuthorize(server, consentPost({ response_type: 'code' }));
    expect(outcome.error).toBeUndefined();
    expect(outcome.response.status).toBe(303);
    expectContract(outcome);
  });
});
