/*
 * RFC 6749 §5.2 Error Response
 *
 *   "The authorization server responds with an HTTP 400 (Bad Request) status code (unless specified otherwise)
 *   and includes the following parameters with the response:"
 *
 *   "error: REQUIRED. A single ASCII [USASCII] error code from the following:
 *    invalid_request ... invalid_client ... invalid_grant ...
 *    unauthorized_client: The authenticated client is not authorized to use this authorization grant type.
 *    unsupported_grant_type: The authorization grant type is not supported by the authorization server.
 *    invalid_scope: The requested scope is invalid, unknown, malformed, or exceeds the scope granted by the
 *      resource owner.
 *    Values for the "error" parameter MUST NOT include characters outside the set %x20-21 / %x23-5B / %x5D-7E."
 *
 *   "error_description: OPTIONAL. Human-readable ASCII [USASCII] text providing additional information, used to
 *   assist the client developer in understanding the error that occurred. Values for the "error_description"
 *   parameter MUST NOT include characters outside the set %x20-21 / %x23-5B / %x5D-7E."
 *
 *   "The parameters are included in the entity-body of the HTTP response using the "application/json" media
 *   type as defined by [RFC4627]."
 *
 * TR-05 (checklist, RFC 6819 §4.6.7 by analogy): a server_error carries a generic description; no stack traces,
 * driver messages, hostnames or user input are echoed.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { InvalidGrantError, ServerError } from '../../src/index.js';
import { expectMatchesContract } from '../helpers/contract.js';
import { basic, CONFIDENTIAL, createFixture, obtainCode, PUBLIC, type Fixture } from '../helpers/oauth.js';
import {
  codeParams,
  expectTokenError,
  issueTokens,
  NQSCHAR_TEXT,
  postToken,
  refreshRequest,
  serverOn,
  tokenPost,
  type ExpectedError,
  type Outcome,
} from '../helpers/token-tests.js';

const serverError = {
  status: 500,
  error: 'server_error',
  description: 'Server error: the request could not be completed',
} as const;
const LEAKY = 'ECONNREFUSED 10.0.0.5:5432 "x"';

let f: Fixture;
beforeEach(async () => {
  f = await createFixture();
});

/** The answer leaks nothing of a Model's error message. */
function expectNoLeak(outcome: Outcome): void {
  expect(JSON.stringify(outcome.response.body)).not.toMatch(
    /ECONNREFUSED|10\.0\.0\.5|5432|hunter2|at .*\.ts/,
  );
}

describe('RFC 6749 §5.2: each error code, with its exact status and description', () => {
  const cases: [string, () => Promise<Outcome>, ExpectedError][] = [
    [
      'invalid_request (a required parameter is missing)',
      () => postToken(f.server, tokenPost({ grant_type: 'authorization_code' })),
      { status: 400, error: 'invalid_request', description: 'Missing parameter: `code`' },
    ],
    [
      'invalid_client via the body (400)',
      () =>
        postToken(
          f.server,
          tokenPost({ grant_type: 'client_credentials', client_id: 'x', client_secret: 'y' }, {}),
        ),
      { status: 400, error: 'invalid_client', description: 'Invalid client: client is invalid' },
    ],
    [
      'invalid_client via the Authorization header (401 + WWW-Authenticate)',
      () =>
        postToken(
          f.server,
          tokenPost({ grant_type: 'client_credentials' }, { authorization: basic('x', 'y') }),
        ),
      { status: 401, error: 'invalid_client', description: 'Invalid client: client is invalid' },
    ],
    [
      'invalid_grant (an unknown code)',
      () => postToken(f.server, tokenPost(codeParams('unknown-code'))),
      { status: 400, error: 'invalid_grant', description: 'Invalid grant: authorization code is invalid' },
    ],
    [
      'unauthorized_client (the client may not use this grant)',
      () => postToken(f.server, tokenPost({ grant_type: 'client_credentials', client_id: PUBLIC.id }, {})),
      {
        status: 400,
        error: 'unauthorized_client',
        description: 'Unauthorized client: `grant_type` is invalid',
      },
    ],
    [
      'unsupported_grant_type',
      () => postToken(f.server, tokenPost({ grant_type: 'foo' })),
      {
        status: 400,
        error: 'unsupported_grant_type',
        description: 'Unsupported grant type: `grant_type` is invalid',
      },
    ],
    [
      'invalid_scope (malformed)',
      () => postToken(f.server, tokenPost({ grant_type: 'client_credentials', scope: 'a  b' })),
      { status: 400, error: 'invalid_scope', description: 'Invalid parameter: `scope`' },
    ],
  ];

  it.each(cases)('%s', async (_what, run, expected) => {
    expectTokenError(await run(), expected);
  });
});

describe('RFC 6749 §5.2: grant_type (CA-09)', () => {
  it.each([
    'foo',
    'implicit',
    'token',
    'code',
    'AUTHORIZATION_CODE',
    'Client_Credentials',
    'urn:ietf:params:oauth:grant-type:device_code',
    '__proto__',
    'toString',
    'constructor',
    'hasOwnProperty',
    'valueOf',
    '__defineGetter__',
  ])('T14: %j → 400 unsupported_grant_type (own-property lookup)', async (grantType) => {
    const getClient = vi.spyOn(f.store, 'getClient');
    expectTokenError(await postToken(f.server, tokenPost({ grant_type: grantType })), {
      status: 400,
      error: 'unsupported_grant_type',
      description: 'Unsupported grant type: `grant_type` is invalid',
    });
    expect(getClient).not.toHaveBeenCalled();
  });

  it.each([
    ['a space', 'client credentials'],
    ['a NUL', 'password\u0000'],
    ['non-ASCII', 'pässword'],
    ['256 characters', `urn:${'x'.repeat(252)}`],
  ])(
    'a grant_type with %s (outside grant-name / URI-reference) → 400 invalid_request',
    async (_what, grantType) => {
      expectTokenError(await postToken(f.server, tokenPost({ grant_type: grantType })), {
        status: 400,
        error: 'invalid_request',
        description: 'Invalid parameter: `grant_type`',
      });
    },
  );

  it('T12: grant_type missing → 400 invalid_request', async () => {
    expectTokenError(await postToken(f.server, tokenPost({ code: 'x' })), {
      status: 400,
      error: 'invalid_request',
      description: 'Missing parameter: `grant_type`',
    });
  });

  it('CA-09 / T54: a client not allowed refresh_token → 400 unauthorized_client before any token lookup', async () => {
    f.store.addClient({ id: 'no-refresh', secret: 'nr-secret', grants: ['client_credentials'] });
    const getRefreshToken = vi.spyOn(f.store, 'getRefreshToken');
    const request = refreshRequest(
      'some-refresh-token',
      {},
      { authorization: basic('no-refresh', 'nr-secret') },
    );
    expectTokenError(await postToken(f.server, request), {
      status: 400,
      error: 'unauthorized_client',
      description: 'Unauthorized client: `grant_type` is invalid',
    });
    expect(getRefreshToken).not.toHaveBeenCalled();
  });

  it('CA-09: a client not allowed authorization_code → 400 unauthorized_client before any code lookup', async () => {
    const code = await obtainCode(f.server);
    f.store.addClient({ id: 'cc-only', secret: 'cc-secret', grants: ['client_credentials'] });
    const getAuthorizationCode = vi.spyOn(f.store, 'getAuthorizationCode');
    const request = tokenPost(codeParams(code), { authorization: basic('cc-only', 'cc-secret') });
    expectTokenError(await postToken(f.server, request), {
      status: 400,
      error: 'unauthorized_client',
      description: 'Unauthorized client: `grant_type` is invalid',
    });
    expect(getAuthorizationCode).not.toHaveBeenCalled();
  });
});

describe('RFC 6749 §5.2: server failures never leak (TR-04, TR-05, T64)', () => {
  it('T64: getClient throws Error(ECONNREFUSED ...) → 500 server_error with the generic description', async () => {
    vi.spyOn(f.store, 'getClient').mockImplementation(() => {
      throw new Error(LEAKY);
    });
    const outcome = await postToken(f.server, tokenPost({ grant_type: 'client_credentials' }));
    expectTokenError(outcome, serverError);
    expectNoLeak(outcome);
    // The inner error is kept for the application's logs, never sent.
    expect(outcome.error).toBeInstanceOf(ServerError);
    expect((outcome.error as ServerError).inner?.message).toBe(LEAKY);
  });

  it('getAuthorizationCode rejects → 500 server_error, generic', async () => {
    const code = await obtainCode(f.server);
    vi.spyOn(f.store, 'getAuthorizationCode').mockRejectedValue(new Error(LEAKY));
    const outcome = await postToken(f.server, tokenPost(codeParams(code)));
    expectTokenError(outcome, serverError);
    expectNoLeak(outcome);
  });

  it('saveToken throws after the code was consumed → 500, and the code stays consumed (fail closed)', async () => {
    const code = await obtainCode(f.server);
    const saveToken = vi.spyOn(f.store, 'saveToken').mockImplementationOnce(() => {
      throw new Error('insert failed: password="hunter2"');
    });
    const outcome = await postToken(f.server, tokenPost(codeParams(code)));
    expectTokenError(outcome, serverError);
    expectNoLeak(outcome);
    saveToken.mockRestore();
    expectTokenError(await postToken(f.server, tokenPost(codeParams(code))), {
      status: 400,
      error: 'invalid_grant',
      description: 'Invalid grant: authorization code is invalid',
    });
  });

  it('a Model that throws something that is not an Error → 500 server_error, generic', async () => {
    vi.spyOn(f.store, 'getClient').mockImplementation(() => {
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      throw 'boom 10.0.0.5';
    });
    const outcome = await postToken(f.server, tokenPost({ grant_type: 'client_credentials' }));
    expectTokenError(outcome, serverError);
    expectNoLeak(outcome);
  });

  it('a Model ServerError with its own message → 500 with the generic description', async () => {
    vi.spyOn(f.store, 'getClient').mockImplementation(() => {
      throw new ServerError('Server error: database at 10.0.0.5 is down');
    });
    const outcome = await postToken(f.server, tokenPost({ grant_type: 'client_credentials' }));
    expectTokenError(outcome, serverError);
    expectNoLeak(outcome);
  });

  it('TR-04: an OAuth error from the Model is sanitized to the NQSCHAR set', async () => {
    const code = await obtainCode(f.server);
    vi.spyOn(f.store, 'getAuthorizationCode').mockImplementation(() => {
      throw new InvalidGrantError('Invalid grant: "quoted" back\\slash\r\nnew line\ttab é €');
    });
    const outcome = await postToken(f.server, tokenPost(codeParams(code)));
    expectTokenError(outcome, {
      status: 400,
      error: 'invalid_grant',
      description: "Invalid grant: 'quoted' back?slash??new line?tab ? ?",
    });
  });

  it('a Model that never answers → 503 temporarily_unavailable with Retry-After (modelTimeout)', async () => {
    vi.spyOn(f.store, 'getClient').mockImplementation(() => new Promise<never>(() => undefined) as never);
    const server = serverOn(f.store, { modelTimeout: 50 });
    const outcome = await postToken(server, tokenPost({ grant_type: 'client_credentials' }));
    expectTokenError(outcome, {
      status: 503,
      error: 'temporarily_unavailable',
      description: 'Temporarily unavailable: try again later',
    });
    expect(outcome.response.headers['retry-after']).toBe('5');
  });
});

describe('RFC 6749 §5.2: every error of this suite stays in the NQSCHAR set (TR-04)', () => {
  it('descriptions of a sample of client mistakes contain no quote, backslash, control or non-ASCII character', async () => {
    const { refresh_token } = await issueTokens(f.server);
    const requests = [
      tokenPost({ grant_type: 'refresh_token', refresh_token: `${refresh_token!}"\\` }),
      tokenPost({ grant_type: 'client_credentials', scope: 'é' }),
      tokenPost({ grant_type: 'authorization_code', code: 'a"b\\c' }),
      tokenPost({ grant_type: 'x"y' }),
      tokenPost({ grant_type: 'client_credentials' }, { authorization: basic(CONFIDENTIAL.id, 'wr"ong\\') }),
      tokenPost({ grant_type: 'client_credentials', scope: ['"', '\\'] }),
    ];
    for (const request of requests) {
      const { response } = await postToken(f.server, request);
      expect(response.status).toBeGreaterThanOrEqual(400);
      const body = response.body as { error: string; error_description: string };
      expect(body.error).toMatch(NQSCHAR_TEXT);
      expect(body.error_description).toMatch(NQSCHAR_TEXT);
      expectMatchesContract(response, 'token');
    }
  });
});
