/**
 * RFC 6750 §2.2, Form-Encoded Body Parameter (https://www.rfc-editor.org/rfc/rfc6750#section-2.2):
 *
 *   "When sending the access token in the HTTP request entity-body, the client adds the access token to the
 *    request-body using the "access_token" parameter. The client MUST NOT use this method unless all of the
 *    following conditions are met:
 *
 *    o  The HTTP request entity-header includes the "Content-Type" header field set to
 *       "application/x-www-form-urlencoded".
 *    o  The entity-body follows the encoding requirements of the "application/x-www-form-urlencoded"
 *       content-type as defined by HTML 4.01 [W3C.REC-html401-19991224].
 *    o  The HTTP request entity-body is single-part.
 *    o  The content to be encoded in the entity-body MUST consist entirely of ASCII [USASCII] characters.
 *    o  The HTTP request method is one for which the request-body has defined semantics. In particular, this
 *       means that the "GET" method MUST NOT be used.
 *
 *    The entity-body MAY include other request-specific parameters, in which case the "access_token" parameter
 *    MUST be properly separated from the request-specific parameters using "&" character(s) (ASCII code 38). [...]
 *    Resource servers MAY support this method."
 *
 * Checklist: BA-03, BA-05, BA-08, GEN-05, GEN-06, GEN-08, R11, R14, R15, R17.
 */
import { describe, expect, it, vi } from 'vitest';
import { Request, type OAuth2Server, type Token } from '../../src/index.js';
import { expectMatchesContract } from '../helpers/contract.js';
import { CONFIDENTIAL, createFixture, settle } from '../helpers/oauth.js';

const TOKEN = 'mF_9.B5f-4.1JqM';
const FORM = 'application/x-www-form-urlencoded';

async function setup() {
  const fixture = await createFixture();
  const client = fixture.store.getClient(CONFIDENTIAL.id, null)!;
  fixture.store.saveToken(
    { accessToken: TOKEN, accessTokenExpiresAt: new Date(Date.now() + 3_600_000), scope: ['read'] },
    client,
    fixture.user,
  );
  return { ...fixture, getAccessToken: vi.spyOn(fixture.store, 'getAccessToken') };
}

function post(body: unknown, headers: Record<string, string> = { 'content-type': FORM }, method = 'POST') {
  return new Request({ method, query: {}, headers, body });
}

async function resource(server: OAuth2Server, request: Request) {
  const result = await settle((response) => server.authenticate(request, response, 'read'));
  if (result.value) result.response.body = meBody(result.value);
  return result;
}

function meBody(token: Token): Record<string, string> {
  return { sub: String(token.user?.username), client_id: token.client.id, scope: token.scope!.join(' ') };
}

function invalidRequest(description: string) {
  return {
    status: 400,
    body: { error: 'invalid_request', error_description: description },
    challenge: `Bearer realm="Service", error="invalid_request", error_description="${description}"`,
  };
}

describe('RFC 6750 §2.2: a token in a form body (BA-05)', () => {
  it.each([
    ['POST', FORM],
    ['POST', `${FORM}; charset=utf-8`],
    ['POST', 'Application/X-WWW-Form-URLEncoded'],
    ['PUT', FORM],
    ['PATCH', FORM],
  ])('is accepted with %s and Content-Type %s', async (method, contentType) => {
    const { server, user, getAccessToken } = await setup();
    const { response, value } = await resource(
      server,
      post({ access_token: TOKEN }, { 'content-type': contentType }, method),
    );
    expect(response.status).toBe(200);
    expect(value?.user).toEqual(user);
    expect(getAccessToken).toHaveBeenCalledExactlyOnceWith(TOKEN);
    expect(response.headers['cache-control']).toBeUndefined();
    expectMatchesContract(response, 'postMe');
  });

  it('is accepted alongside other request-specific parameters', async () => {
    const { server, getAccessToken } = await setup();
    const { response } = await resource(server, post({ access_token: TOKEN, p: 'q', other: ['x', 'y'] }));
    expect(response.status).toBe(200);
    expect(getAccessToken).toHaveBeenCalledExactlyOnceWith(TOKEN);
    expectMatchesContract(response, 'postMe');
  });

  it.each([
    ['GET (R14)', 'GET', 'Invalid request: token may not be passed in the body when using the GET verb'],
    ['HEAD', 'HEAD', 'Invalid request: token may not be passed in the body when using the GET verb'],
  ])('is invalid_request with %s', async (_name, method, description) => {
    const { server, getAccessToken } = await setup();
    const { response, error } = await resource(server, post({ access_token: TOKEN }, undefined, method));
    const expected = invalidRequest(description);
    expect(error?.name).toBe('invalid_request');
    expect(response.status).toBe(expected.status);
    expect(response.body).toEqual(expected.body);
    expect(response.headers['www-authenticate']).toBe(expected.challenge);
    expect(getAccessToken).not.toHaveBeenCalled();
    expectMatchesContract(response, 'getMe');
  });

  it.each([
    ['application/json (R15)', { 'content-type': 'application/json' }],
    ['multipart/form-data (not single-part)', { 'content-type': 'multipart/form-data; boundary=x' }],
    ['text/plain', { 'content-type': 'text/plain' }],
    ['no Content-Type', {}],
  ])('is invalid_request with %s', async (_name, headers) => {
    const { server, getAccessToken } = await setup();
    const { response } = await resource(server, post({ access_token: TOKEN }, headers));
    const expected = invalidRequest('Invalid request: content must be application/x-www-form-urlencoded');
    expect(response.status).toBe(expected.status);
    expect(response.body).toEqual(expected.body);
    expect(response.headers['www-authenticate']).toBe(expected.challenge);
    expect(getAccessToken).not.toHaveBeenCalled();
    expectMatchesContract(response, 'postMe');
  });
});

describe('RFC 6750 §2.2: the access_token value (BA-08, GEN-05, GEN-08)', () => {
  it.each([
    ['repeated (R17)', ['a', 'b'], 'Invalid request: `access_token` is included more than once'],
    ['a one-element array', ['a'], 'Invalid parameter: `access_token` must be a string'],
    ['an object (operator injection)', { $ne: '' }, 'Invalid parameter: `access_token` must be a string'],
    ['a number', 42, 'Invalid parameter: `access_token` must be a string'],
    ['non-ASCII', 't\u00f6k', 'Invalid parameter: `access_token`'],
    ['a control character', 'a\u0000b', 'Invalid parameter: `access_token`'],
    [
      'longer than 4096 characters',
      'a'.repeat(4097),
      'Invalid parameter: `access_token` is longer than 4096 characters',
    ],
  ])('%s is invalid_request and never reaches the Model', async (_name, accessToken, description) => {
    const { server, getAccessToken } = await setup();
    const { response } = await resource(server, post({ access_token: accessToken }));
    const expected = invalidRequest(description);
    expect(response.status).toBe(expected.status);
    expect(response.body).toEqual(expected.body);
    expect(response.headers['www-authenticate']).toBe(expected.challenge);
    expect(getAccessToken).not.toHaveBeenCalled();
    expectMatchesContract(response, 'postMe');
  });

  it.each([
    ['a space', 'a b'],
    ['an "@"', 'a@b'],
  ])('%s in a body token is invalid_request before any Model call', async (_name, accessToken) => {
    const { server, getAccessToken } = await setup();
    const { response } = await resource(server, post({ access_token: accessToken }));
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      error: 'invalid_request',
      error_description: 'Invalid parameter: `access_token`',
    });
    expect(getAccessToken).not.toHaveBeenCalled();
    expectMatchesContract(response, 'postMe');
  });

  it('an empty access_token counts as absent: a bare 401 challenge (GEN-06)', async () => {
    const { server, getAccessToken } = await setup();
    const { response, error } = await resource(server, post({ access_token: '' }));
    expect(error?.name).toBe('unauthorized_request');
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Bearer realm="Service"');
    expect(response.body).toBeUndefined();
    expect(getAccessToken).not.toHaveBeenCalled();
    expectMatchesContract(response, 'postMe');
  });

  it('an inherited access_token is not read', async () => {
    const { server, getAccessToken } = await setup();
    const body = Object.create({ access_token: TOKEN }) as Record<string, unknown>;
    const { response } = await resource(server, post(body));
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Bearer realm="Service"');
    expect(getAccessToken).not.toHaveBeenCalled();
    expectMatchesContract(response, 'postMe');
  });
});

describe('RFC 6750 §2: one method per request (BA-03)', () => {
  it('header and body is invalid_request (R11)', async () => {
    const { server, getAccessToken } = await setup();
    const request = post({ access_token: TOKEN }, { 'content-type': FORM, authorization: `Bearer ${TOKEN}` });
    const { response } = await resource(server, request);
    const expected = invalidRequest('Invalid request: only one authentication method is allowed');
    expect(response.status).toBe(expected.status);
    expect(response.body).toEqual(expected.body);
    expect(response.headers['www-authenticate']).toBe(expected.challenge);
    expect(getAccessToken).not.toHaveBeenCalled();
    expectMatchesContract(response, 'postMe');
  });
});
