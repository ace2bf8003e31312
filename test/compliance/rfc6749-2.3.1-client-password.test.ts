/*
 * RFC 6749 §2.3.1 Client Password
 *
 *   "Clients in possession of a client password MAY use the HTTP Basic authentication scheme as defined in
 *   [RFC2617] to authenticate with the authorization server. The client identifier is encoded using the
 *   "application/x-www-form-urlencoded" encoding algorithm per Appendix B, and the encoded value is used as the
 *   username; the client password is encoded using the same algorithm and used as the password. The
 *   authorization server MUST support the HTTP Basic authentication scheme for authenticating clients that were
 *   issued a client password."
 *
 *   "Alternatively, the authorization server MAY support including the client credentials in the request-body
 *   using the following parameters: client_id ... client_secret ..."
 *
 *   "The parameters can only be transmitted in the request-body and MUST NOT be included in the request URI."
 *
 * RFC 6749 Appendix B: "When parsing data from a payload using this media type, the names and values resulting
 * from reversing the name/value encoding consequently need to be treated as octet sequences, to be decoded using
 * the UTF-8 character encoding scheme."
 *
 * RFC 6749 Appendix A.2: "client-secret = *VSCHAR", VSCHAR = %x20-7E.
 *
 * RFC 6749 §5.2 invalid_client: "If the client attempted to authenticate via the "Authorization" request header
 * field, the authorization server MUST respond with an HTTP 401 (Unauthorized) status code and include the
 * "WWW-Authenticate" response header field matching the authentication scheme used by the client."
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { basic, CONFIDENTIAL, createFixture, type Fixture } from '../helpers/oauth.js';
import { expectTokenError, expectTokenSuccess, postToken, tokenPost } from '../helpers/token-tests.js';

const CC = { grant_type: 'client_credentials' } as const;
const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

let f: Fixture;
beforeEach(async () => {
  f = await createFixture();
});

function addClient(id: string, secret: string): void {
  f.store.addClient({ id, secret, grants: ['client_credentials'] });
}

describe('RFC 6749 §2.3.1: HTTP Basic, both parts form-decoded (CA-03)', () => {
  it('authenticates the confidential client with Basic', async () => {
    expectTokenSuccess(
      await postToken(
        f.server,
        tokenPost(CC, { authorization: basic(CONFIDENTIAL.id, CONFIDENTIAL.secret) }),
      ),
    );
  });

  it.each([
    ['a plus sign', 'client-a', 'p+q'],
    ['a percent sign', 'client-b', 'a%41b'],
    ['a lone percent sign', 'client-c', '100%'],
    ['colons', 'client-d', 'p:q:r'],
    ['a space', 'client-e', 'with space'],
    ['all of them', 'client-f', ' +%:mixed%20+ '],
    ['special characters in the user-id too', 'id:with+odd%20 chars', 's+e%c:r t'],
  ])('round-trips %s (id %j, secret %j)', async (_what, id, secret) => {
    addClient(id, secret);
    const body = expectTokenSuccess(
      await postToken(f.server, tokenPost(CC, { authorization: basic(id, secret) })),
    );
    expect(body.refresh_token).toBeUndefined();
  });

  it('decodes a raw "+" as a space (T47): the secret "a b" authenticates as "a+b"', async () => {
    addClient('spacey', 'a b');
    expectTokenSuccess(
      await postToken(f.server, tokenPost(CC, { authorization: `Basic ${b64('spacey:a+b')}` })),
    );
  });

  it('decodes a raw "+" as a space (T47): the secret "a+b" sent unencoded is a wrong secret', async () => {
    addClient('plussy', 'a+b');
    expectTokenError(
      await postToken(f.server, tokenPost(CC, { authorization: `Basic ${b64('plussy:a+b')}` })),
      {
        status: 401,
        error: 'invalid_client',
        description: 'Invalid client: client is invalid',
      },
    );
  });

  it('decodes %XX escapes in the user-id', async () => {
    const encodedId = CONFIDENTIAL.id.replace('-', '%2D');
    expectTokenSuccess(
      await postToken(
        f.server,
        tokenPost(CC, { authorization: `Basic ${b64(`${encodedId}:${CONFIDENTIAL.secret}`)}` }),
      ),
    );
  });

  it('the same special secret works through client_secret_post (the body arrives decoded)', async () => {
    addClient('posty', ' +%:mixed%20+ ');
    expectTokenSuccess(
      await postToken(
        f.server,
        tokenPost({ ...CC, client_id: 'posty', client_secret: ' +%:mixed%20+ ' }, {}),
      ),
    );
  });

  it('decodes UTF-8 (Appendix B), then holds the secret to client-secret = *VSCHAR (Appendix A.2)', async () => {
    addClient('unicode', 'pässwörd');
    // Were the escapes not decoded, "p%C3%A4ssw%C3%B6rd" would be a well-formed wrong secret (401 invalid_client).
    const expected = {
      status: 400,
      error: 'invalid_request',
      description: 'Invalid parameter: `client_secret`',
    } as const;
    expectTokenError(
      await postToken(f.server, tokenPost(CC, { authorization: basic('unicode', 'pässwörd') })),
      expected,
    );
    expectTokenError(
      await postToken(f.server, tokenPost(CC, { authorization: `Basic ${b64('unicode:pässwörd')}` })),
      expected,
    );
    expectTokenError(
      await postToken(f.server, tokenPost({ ...CC, client_id: 'unicode', client_secret: 'pässwörd' }, {})),
      expected,
    );
  });

  it.each([['basic'], ['BASIC'], ['bAsIc']])(
    'matches the auth-scheme %j case-insensitively (RFC 9110 §11.1)',
    async (scheme) => {
      const credentials = basic(CONFIDENTIAL.id, CONFIDENTIAL.secret).slice('Basic '.length);
      expectTokenSuccess(
        await postToken(f.server, tokenPost(CC, { authorization: `${scheme} ${credentials}` })),
      );
    },
  );
});

describe('RFC 6749 §2.3.1: malformed Basic credentials are invalid_request, never a fallback (CA-03)', () => {
  const malformed = {
    status: 400,
    error: 'invalid_request',
    description: 'Invalid request: malformed Basic credentials',
  } as const;

  it.each([
    ['non-base64 characters', 'Basic !!!!'],
    ['base64 with a stray character', `Basic ${b64(`${CONFIDENTIAL.id}:${CONFIDENTIAL.secret}`)}*`],
    ['unpadded base64', `Basic ${b64('abc:defg').replace(/=+$/, '')}`],
    ['no colon', `Basic ${b64(CONFIDENTIAL.id)}`],
    ['invalid UTF-8', `Basic ${Buffer.from([0x63, 0x3a, 0xff, 0xfe]).toString('base64')}`],
    ['a bad percent-escape', `Basic ${b64(`${CONFIDENTIAL.id}:%zz`)}`],
    ['no credentials at all', 'Basic'],
  ])('%s → 400 invalid_request, no challenge, no Model call', async (_what, authorization) => {
    const getClient = vi.spyOn(f.store, 'getClient');
    // Valid body credentials are present too: a broken header must not fall back to them.
    const request = tokenPost({ ...CC, client_id: CONFIDENTIAL.id }, { authorization });
    expectTokenError(await postToken(f.server, request), malformed);
    expect(getClient).not.toHaveBeenCalled();
  });

  it('a control character in the password → 400 invalid_request (client-secret = *VSCHAR)', async () => {
    const authorization = `Basic ${b64(`${CONFIDENTIAL.id}:a\u0001b`)}`;
    expectTokenError(await postToken(f.server, tokenPost(CC, { authorization })), {
      status: 400,
      error: 'invalid_request',
      description: 'Invalid parameter: `client_secret`',
    });
  });

  it('an empty user-id → 400 invalid_request', async () => {
    expectTokenError(await postToken(f.server, tokenPost(CC, { authorization: `Basic ${b64(':secret')}` })), {
      status: 400,
      error: 'invalid_request',
      description: 'Missing parameter: `client_id`',
    });
  });

  it.each([
    ['a second token after the credentials', `${basic(CONFIDENTIAL.id, CONFIDENTIAL.secret)} extra`],
    ['a TAB between scheme and credentials', basic(CONFIDENTIAL.id, CONFIDENTIAL.secret).replace(' ', '\t')],
  ])('%s → 400 invalid_request', async (_what, authorization) => {
    expectTokenError(await postToken(f.server, tokenPost(CC, { authorization })), malformed);
  });
});

describe('RFC 6749 §2.3.1 / §5.2: failed client authentication (CA-04, CA-06)', () => {
  it('wrong secret via Basic → 401 invalid_client with WWW-Authenticate: Basic realm="Service"', async () => {
    expectTokenError(
      await postToken(f.server, tokenPost(CC, { authorization: basic(CONFIDENTIAL.id, 'wrong') })),
      {
        status: 401,
        error: 'invalid_client',
        description: 'Invalid client: client is invalid',
      },
    );
  });

  it('unknown client via Basic → the same 401 answer as a wrong secret (CA-06)', async () => {
    const wrongSecret = await postToken(
      f.server,
      tokenPost(CC, { authorization: basic(CONFIDENTIAL.id, 'wrong') }),
    );
    const unknown = await postToken(f.server, tokenPost(CC, { authorization: basic('nobody', 'wrong') }));
    expectTokenError(wrongSecret, {
      status: 401,
      error: 'invalid_client',
      description: 'Invalid client: client is invalid',
    });
    expectTokenError(unknown, {
      status: 401,
      error: 'invalid_client',
      description: 'Invalid client: client is invalid',
    });
    expect({ ...unknown.response.headers }).toEqual({ ...wrongSecret.response.headers });
    expect(unknown.response.body).toEqual(wrongSecret.response.body);
  });

  it('wrong secret via the body → 400 invalid_client, no challenge', async () => {
    const request = tokenPost({ ...CC, client_id: CONFIDENTIAL.id, client_secret: 'wrong' }, {});
    expectTokenError(await postToken(f.server, request), {
      status: 400,
      error: 'invalid_client',
      description: 'Invalid client: client is invalid',
    });
  });

  it('unknown client via the body → the same 400 answer as a wrong secret (CA-06)', async () => {
    const wrongSecret = await postToken(
      f.server,
      tokenPost({ ...CC, client_id: CONFIDENTIAL.id, client_secret: 'wrong' }, {}),
    );
    const unknown = await postToken(
      f.server,
      tokenPost({ ...CC, client_id: 'nobody', client_secret: 'wrong' }, {}),
    );
    expectTokenError(wrongSecret, {
      status: 400,
      error: 'invalid_client',
      description: 'Invalid client: client is invalid',
    });
    expectTokenError(unknown, {
      status: 400,
      error: 'invalid_client',
      description: 'Invalid client: client is invalid',
    });
    expect({ ...unknown.response.headers }).toEqual({ ...wrongSecret.response.headers });
    expect(unknown.response.body).toEqual(wrongSecret.response.body);
  });

  it('an empty password for a confidential client → 401 invalid_client (T45)', async () => {
    const authorization = `Basic ${b64(`${CONFIDENTIAL.id}:`)}`;
    expectTokenError(await postToken(f.server, tokenPost(CC, { authorization })), {
      status: 401,
      error: 'invalid_client',
      description: 'Invalid client: client authentication is required',
    });
  });

  it.each([
    ['Bearer', 'Bearer mF_9.B5f-4.1JqM'],
    ['Digest', 'Digest username="confidential-client", realm="Service"'],
    ['a bare token', 'Y29uZmlkZW50aWFsLWNsaWVudDpjb25maWRlbnRpYWwtc2VjcmV0'],
  ])(
    'another auth scheme (%s) at the token endpoint → 401 invalid_client with a Basic challenge (T49)',
    async (_what, authorization) => {
      const getClient = vi.spyOn(f.store, 'getClient');
      expectTokenError(await postToken(f.server, tokenPost(CC, { authorization })), {
        status: 401,
        error: 'invalid_client',
        description: 'Invalid client: unsupported authentication scheme',
      });
      expect(getClient).not.toHaveBeenCalled();
    },
  );

  it('no client credentials at all → 400 invalid_client', async () => {
    expectTokenError(await postToken(f.server, tokenPost(CC, {})), {
      status: 400,
      error: 'invalid_client',
      description: 'Invalid client: cannot retrieve client credentials',
    });
  });
});

describe('RFC 6749 §2.3.1: client_secret_post', () => {
  it('authenticates with client_id and client_secret in the body', async () => {
    const request = tokenPost({ ...CC, client_id: CONFIDENTIAL.id, client_secret: CONFIDENTIAL.secret }, {});
    expectTokenSuccess(await postToken(f.server, request));
  });

  it('client_secret without client_id → 400 invalid_request', async () => {
    expectTokenError(
      await postToken(f.server, tokenPost({ ...CC, client_secret: CONFIDENTIAL.secret }, {})),
      {
        status: 400,
        error: 'invalid_request',
        description: 'Missing parameter: `client_id`',
      },
    );
  });
});

describe('RFC 6749 §2.3.1: "MUST NOT be included in the request URI" (GEN-09)', () => {
  const inUrl = {
    status: 400,
    error: 'invalid_request',
    description: 'Invalid request: `client_secret` must not be sent in the URL',
  } as const;

  it('client_secret in the query → 400 invalid_request, even with valid Basic credentials', async () => {
    const getClient = vi.spyOn(f.store, 'getClient');
    const request = tokenPost(CC, undefined, { query: { client_secret: CONFIDENTIAL.secret } });
    expectTokenError(await postToken(f.server, request), inUrl);
    expect(getClient).not.toHaveBeenCalled();
  });

  it('client_secret in the query → 400 invalid_request, even with valid body credentials', async () => {
    const request = tokenPost(
      { ...CC, client_id: CONFIDENTIAL.id, client_secret: CONFIDENTIAL.secret },
      {},
      { query: { client_secret: CONFIDENTIAL.secret } },
    );
    expectTokenError(await postToken(f.server, request), inUrl);
  });

  it('client_id and client_secret only in the query → 400 invalid_request', async () => {
    const request = tokenPost(
      CC,
      {},
      { query: { client_id: CONFIDENTIAL.id, client_secret: CONFIDENTIAL.secret } },
    );
    expectTokenError(await postToken(f.server, request), inUrl);
  });
});
