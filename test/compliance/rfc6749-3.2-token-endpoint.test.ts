/*
 * RFC 6749 §3.2 Token Endpoint
 *
 *   "The client MUST use the HTTP "POST" method when making access token requests."
 *
 *   "Parameters sent without a value MUST be treated as if they were omitted from the request. The authorization
 *   server MUST ignore unrecognized request parameters. Request and response parameters MUST NOT be included more
 *   than once."
 *
 * RFC 6749 §4.1.3: "The client makes a request to the token endpoint by sending the following parameters using
 * the "application/x-www-form-urlencoded" format per Appendix B with a character encoding of UTF-8 in the HTTP
 * request entity-body".
 *
 * RFC 6749 §5.2 invalid_request: "The request is missing a required parameter, includes an unsupported parameter
 * value (other than grant type), repeats a parameter, includes multiple credentials, utilizes more than one
 * mechanism for authenticating the client, or is otherwise malformed."
 *
 * RFC 6749 §10.14: "The authorization server and client MUST sanitize (and validate when possible) any value
 * received -- in particular, the value of the "state" and "redirect_uri" parameters." (GEN-08)
 */
import { beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { Request } from '../../src/index.js';
import { CONFIDENTIAL, createFixture, obtainCode, VERIFIER, type Fixture } from '../helpers/oauth.js';
import {
  codeParams,
  confidentialAuth,
  expectTokenError,
  expectTokenSuccess,
  FORM,
  issueTokens,
  postToken,
  refreshRequest,
  tokenPost,
  without,
} from '../helpers/token-tests.js';

const CC = { grant_type: 'client_credentials' } as const;
const invalidRequest = (description: string) =>
  ({ status: 400, error: 'invalid_request', description }) as const;

let f: Fixture;
beforeEach(async () => {
  f = await createFixture();
});

/** Spies on every Model lookup a token request could make. */
function spyOnLookups(): MockInstance[] {
  return [
    vi.spyOn(f.store, 'getClient'),
    vi.spyOn(f.store, 'getAuthorizationCode'),
    vi.spyOn(f.store, 'revokeAuthorizationCode'),
    vi.spyOn(f.store, 'getRefreshToken'),
    vi.spyOn(f.store, 'revokeToken'),
    vi.spyOn(f.store, 'getUser'),
    vi.spyOn(f.store, 'saveToken'),
  ];
}

function expectNoModelCall(spies: MockInstance[]): void {
  for (const spy of spies) expect(spy, spy.getMockName()).not.toHaveBeenCalled();
}

describe('RFC 6749 §3.2: "The client MUST use the HTTP POST method" (GEN-02)', () => {
  it.each(['GET', 'PUT', 'DELETE', 'PATCH', 'HEAD'])(
    '%s → 400 invalid_request with a JSON body',
    async (method) => {
      const spies = spyOnLookups();
      const request = new Request({
        method,
        headers: { 'content-type': FORM, ...confidentialAuth() },
        query: { grant_type: 'client_credentials' },
        body: CC,
      });
      expectTokenError(
        await postToken(f.server, request),
        invalidRequest('Invalid request: method must be POST'),
      );
      expectNoModelCall(spies);
    },
  );
});

describe('RFC 6749 §3.2 / Appendix B: the body is application/x-www-form-urlencoded in UTF-8 (GEN-03, GEN-04)', () => {
  const notForm = invalidRequest('Invalid request: content must be application/x-www-form-urlencoded');

  it.each([
    ['application/json', 'application/json'],
    ['application/json with charset', 'application/json; charset=utf-8'],
    ['multipart/form-data', 'multipart/form-data; boundary=----x'],
    ['text/plain', 'text/plain'],
    ['a form type with a suffix', 'application/x-www-form-urlencoded-evil'],
  ])('%s → 400 invalid_request before any Model call', async (_what, contentType) => {
    const spies = spyOnLookups();
    const request = tokenPost(CC, { ...confidentialAuth(), 'content-type': contentType });
    expectTokenError(await postToken(f.server, request), notForm);
    expectNoModelCall(spies);
  });

  it('no Content-Type → 400 invalid_request', async () => {
    const request = new Request({ method: 'POST', headers: confidentialAuth(), query: {}, body: CC });
    expectTokenError(await postToken(f.server, request), notForm);
  });

  it.each([
    'application/x-www-form-urlencoded; charset=ISO-8859-1',
    'application/x-www-form-urlencoded; charset=windows-1252',
    'application/x-www-form-urlencoded; charset="utf-7"',
    'application/x-www-form-urlencoded;charset=UTF-16',
  ])('%s → 400 invalid_request, not transcoded (GEN-04)', async (contentType) => {
    const spies = spyOnLookups();
    const request = tokenPost(CC, { ...confidentialAuth(), 'content-type': contentType });
    expectTokenError(
      await postToken(f.server, request),
      invalidRequest('Invalid request: the form must be encoded in UTF-8'),
    );
    expectNoModelCall(spies);
  });

  it.each([
    'application/x-www-form-urlencoded; charset=utf-8',
    'application/x-www-form-urlencoded; charset=UTF-8',
    'application/x-www-form-urlencoded; charset="UTF-8"',
    'Application/X-WWW-Form-URLEncoded',
  ])('%s is accepted', async (contentType) => {
    expectTokenSuccess(
      await postToken(f.server, tokenPost(CC, { ...confidentialAuth(), 'content-type': contentType })),
    );
  });
});

describe('RFC 6749 §3.2: duplicated headers are ambiguous (GEN-03, headersDistinct)', () => {
  it('two Content-Type headers → 400 invalid_request', async () => {
    const request = tokenPost(CC, confidentialAuth(), {
      headersDistinct: { 'content-type': [FORM, 'application/json'] },
    });
    expectTokenError(
      await postToken(f.server, request),
      invalidRequest('Invalid request: the `Content-Type` header is included more than once'),
    );
  });

  it('two identical Content-Type headers → 400 invalid_request', async () => {
    const request = tokenPost(CC, confidentialAuth(), { headersDistinct: { 'content-type': [FORM, FORM] } });
    expectTokenError(
      await postToken(f.server, request),
      invalidRequest('Invalid request: the `Content-Type` header is included more than once'),
    );
  });

  it('two Authorization headers → 400 invalid_request, no challenge, no Model call', async () => {
    const spies = spyOnLookups();
    const { authorization } = confidentialAuth();
    const request = tokenPost(CC, confidentialAuth(), {
      headersDistinct: { 'content-type': [FORM], authorization: [authorization!, 'Basic b3RoZXI6c2VjcmV0'] },
    });
    expectTokenError(
      await postToken(f.server, request),
      invalidRequest('Invalid request: the `Authorization` header is included more than once'),
    );
    expectNoModelCall(spies);
  });

  it('single headers listed in headersDistinct are fine', async () => {
    const { authorization } = confidentialAuth();
    const request = tokenPost(CC, confidentialAuth(), {
      headersDistinct: { 'content-type': [FORM], authorization: [authorization!] },
    });
    expectTokenSuccess(await postToken(f.server, request));
  });
});

describe('RFC 6749 §3.2: "MUST NOT be included more than once" (GEN-05)', () => {
  it('T17: grant_type twice → 400 invalid_request', async () => {
    const request = tokenPost({ grant_type: ['authorization_code', 'refresh_token'] });
    expectTokenError(
      await postToken(f.server, request),
      invalidRequest('Invalid request: `grant_type` is included more than once'),
    );
  });

  it('T18: code=A&code=A → 400 invalid_request, no lookup, and the code is NOT consumed', async () => {
    const code = await obtainCode(f.server);
    const spies = spyOnLookups();
    const repeated = tokenPost(codeParams(code, { code: [code, code] }));
    expectTokenError(
      await postToken(f.server, repeated),
      invalidRequest('Invalid request: `code` is included more than once'),
    );
    expectNoModelCall(spies);
    vi.restoreAllMocks();
    expectTokenSuccess(await postToken(f.server, tokenPost(codeParams(code))));
  });

  it('code=A&code=B → 400 invalid_request, neither code consumed', async () => {
    const first = await obtainCode(f.server);
    const second = await obtainCode(f.server);
    expectTokenError(
      await postToken(f.server, tokenPost(codeParams(first, { code: [first, second] }))),
      invalidRequest('Invalid request: `code` is included more than once'),
    );
    expectTokenSuccess(await postToken(f.server, tokenPost(codeParams(first))));
    expectTokenSuccess(await postToken(f.server, tokenPost(codeParams(second))));
  });

  it.each([
    ['redirect_uri', [CONFIDENTIAL.redirectUri, CONFIDENTIAL.redirectUri]],
    ['code_verifier', ['a'.repeat(43), 'b'.repeat(43)]],
    ['client_id', [CONFIDENTIAL.id, CONFIDENTIAL.id]],
  ])('%s twice → 400 invalid_request, the code is NOT consumed', async (name, values) => {
    const code = await obtainCode(f.server);
    expectTokenError(
      await postToken(f.server, tokenPost(codeParams(code, { [name]: values }))),
      invalidRequest(`Invalid request: \`${name}\` is included more than once`),
    );
    expectTokenSuccess(await postToken(f.server, tokenPost(codeParams(code))));
  });

  it('a repeated refresh_token → 400 invalid_request, the refresh token still works', async () => {
    const { refresh_token } = await issueTokens(f.server);
    expectTokenError(
      await postToken(
        f.server,
        refreshRequest(refresh_token!, { refresh_token: [refresh_token, refresh_token] }),
      ),
      invalidRequest('Invalid request: `refresh_token` is included more than once'),
    );
    expectTokenSuccess(await postToken(f.server, refreshRequest(refresh_token!)));
  });

  it('a repeated scope → 400 invalid_request (not invalid_scope)', async () => {
    expectTokenError(
      await postToken(f.server, tokenPost({ ...CC, scope: ['read', 'read'] })),
      invalidRequest('Invalid request: `scope` is included more than once'),
    );
  });
});

describe('RFC 6749 §3.2 / §10.14: every value is a single string, checked before any Model call (GEN-08)', () => {
  it.each([
    ['code[$ne]=x (an object)', { code: { $ne: 'x' } }, 'code'],
    ['code[]=A (a one-element array)', { code: ['A'] }, 'code'],
    ['code[0]=A (an object with an index key)', { code: { 0: 'A' } }, 'code'],
    ['a number', { code: 42 }, 'code'],
    ['redirect_uri[$gt]=', { redirect_uri: { $gt: '' } }, 'redirect_uri'],
    ['code_verifier as an array', { code_verifier: [VERIFIER] }, 'code_verifier'],
    ['client_id as an object', { client_id: { $ne: null } }, 'client_id'],
    ['grant_type as an object', { grant_type: { toString: 'authorization_code' } }, 'grant_type'],
    ['null', { code: null }, 'code'],
  ])('T19: %s → 400 invalid_request, no Model call', async (_what, override, name) => {
    const code = await obtainCode(f.server);
    const spies = spyOnLookups();
    expectTokenError(
      await postToken(f.server, tokenPost(codeParams(code, override))),
      invalidRequest(`Invalid parameter: \`${name}\` must be a string`),
    );
    expectNoModelCall(spies);
  });

  it('T63: refresh_token[$ne]=x → 400 invalid_request, getRefreshToken not called', async () => {
    const spies = spyOnLookups();
    expectTokenError(
      await postToken(f.server, tokenPost({ grant_type: 'refresh_token', refresh_token: { $ne: 'x' } })),
      invalidRequest('Invalid parameter: `refresh_token` must be a string'),
    );
    expectNoModelCall(spies);
  });

  it('username as an array (password grant) → 400 invalid_request, getUser not called', async () => {
    const server = (await createFixture({ enablePasswordGrant: true })).server;
    const request = tokenPost({ grant_type: 'password', username: ['alice'], password: 'x' });
    expectTokenError(
      await postToken(server, request),
      invalidRequest('Invalid parameter: `username` must be a string'),
    );
  });
});

describe('RFC 6749 §3.2: "MUST ignore unrecognized request parameters" (GEN-07)', () => {
  it('unknown parameters do not change the answer', async () => {
    const code = await obtainCode(f.server);
    const request = tokenPost(codeParams(code, { foo: 'bar', nonce: 'n', audience: 'https://rs.example' }));
    expectTokenSuccess(await postToken(f.server, request));
  });

  it('an unknown parameter may repeat or be structured: it is not read at all', async () => {
    const request = tokenPost({ ...CC, foo: ['a', 'b'], bar: { $ne: 1 }, __proto__x: 'y' });
    expectTokenSuccess(await postToken(f.server, request));
  });

  it('parameters of other grants are ignored (code and refresh_token on client_credentials)', async () => {
    const body = expectTokenSuccess(
      await postToken(f.server, tokenPost({ ...CC, code: 'x', refresh_token: 'y' })),
    );
    expect(body.refresh_token).toBeUndefined();
  });
});

describe('RFC 6749 §3.2: "Parameters sent without a value MUST be treated as if they were omitted" (GEN-06)', () => {
  it('grant_type= → 400 invalid_request "Missing parameter"', async () => {
    expectTokenError(
      await postToken(f.server, tokenPost({ grant_type: '' })),
      invalidRequest('Missing parameter: `grant_type`'),
    );
  });

  it('code= → 400 invalid_request "Missing parameter"', async () => {
    expectTokenError(
      await postToken(f.server, tokenPost({ grant_type: 'authorization_code', code: '' })),
      invalidRequest('Missing parameter: `code`'),
    );
  });

  it('scope= is the same as no scope', async () => {
    const empty = expectTokenSuccess(await postToken(f.server, tokenPost({ ...CC, scope: '' })));
    const absent = expectTokenSuccess(await postToken(f.server, tokenPost(CC)));
    expect(Object.keys(empty).sort()).toEqual(Object.keys(absent).sort());
    expect(empty.scope).toBeUndefined();
  });

  it('code_verifier= on a code issued without PKCE is the same as no code_verifier', async () => {
    const code = await obtainCode(f.server, { code_challenge: '', code_challenge_method: '' });
    expectTokenSuccess(await postToken(f.server, tokenPost(codeParams(code, { code_verifier: '' }))));
  });

  it('redirect_uri= when the authorization request included one → the same invalid_grant as omitting it', async () => {
    const code = await obtainCode(f.server);
    expectTokenError(await postToken(f.server, tokenPost(codeParams(code, { redirect_uri: '' }))), {
      status: 400,
      error: 'invalid_grant',
      description: 'Invalid grant: `redirect_uri` is required, as the authorization request included it',
    });
  });

  it('client_id= next to Basic is the same as no client_id', async () => {
    expectTokenSuccess(await postToken(f.server, tokenPost({ ...CC, client_id: '' })));
  });

  it('client_secret= next to Basic is the same as no client_secret (not a second method)', async () => {
    expectTokenSuccess(await postToken(f.server, tokenPost({ ...CC, client_secret: '' })));
  });
});

describe('RFC 6749 §3.2: parameters come from the body; the URL query is ignored (GEN-09)', () => {
  it('grant_type only in the query → 400 invalid_request "Missing parameter"', async () => {
    const request = tokenPost({}, confidentialAuth(), { query: { grant_type: 'client_credentials' } });
    expectTokenError(await postToken(f.server, request), invalidRequest('Missing parameter: `grant_type`'));
  });

  it('code and redirect_uri only in the query → 400 invalid_request "Missing parameter"', async () => {
    const code = await obtainCode(f.server);
    const request = tokenPost({ grant_type: 'authorization_code' }, confidentialAuth(), {
      query: without(codeParams(code), 'grant_type'),
    });
    expectTokenError(await postToken(f.server, request), invalidRequest('Missing parameter: `code`'));
  });

  it('query values never override body values', async () => {
    const code = await obtainCode(f.server);
    const request = tokenPost(codeParams(code), confidentialAuth(), {
      query: {
        grant_type: 'refresh_token',
        redirect_uri: 'https://evil.example/cb',
        scope: 'admin',
        code: 'x',
      },
    });
    const body = expectTokenSuccess(await postToken(f.server, request));
    expect(body.scope).toBe('read');
  });

  it('a repeated parameter in the query is ignored too', async () => {
    const request = tokenPost(CC, confidentialAuth(), {
      query: { grant_type: ['a', 'b'], scope: { $ne: 1 } },
    });
    expectTokenSuccess(await postToken(f.server, request));
  });
});
