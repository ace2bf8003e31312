/*
 * RFC 6749 §4.5 Extension Grants
 *
 *   "The client uses an extension grant type by specifying the grant type using an absolute URI (defined by the
 *   authorization server) as the value of the "grant_type" parameter of the token endpoint, and by adding any
 *   additional parameters necessary."
 *
 *   "If the access token request is valid and authorized, the authorization server issues an access token and
 *   optional refresh token as described in Section 5.1. If the request failed client authentication or is
 *   invalid, the authorization server returns an error response as described in Section 5.2."
 *
 * RFC 6749 Appendix A.10: grant-type = grant-name / URI-reference.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  AbstractGrantType,
  InvalidArgumentError,
  InvalidGrantError,
  OAuth2Server,
  type Client,
  type ExtensionGrantType,
  type Falsey,
  type Request,
  type Token,
} from '../../src/index.js';
import { MemoryStore } from '../../src/stores/memory.js';
import { basic, createFixture, type Fixture } from '../helpers/oauth.js';
import { expectTokenError, expectTokenSuccess, postToken, tokenPost } from '../helpers/token-tests.js';

const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const ASSERTION = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2ln';

/** Every request.body an extension grant received. */
let received: Record<string, unknown>[] = [];

/** A JWT-bearer-like grant: checks its own `assertion` parameter and issues a token for the asserted user. */
class AssertionGrant extends AbstractGrantType {
  async handle(request: Request, client: Client): Promise<Token | Falsey> {
    received.push({ ...request.body });
    if (request.body.assertion !== ASSERTION)
      throw new InvalidGrantError('Invalid grant: assertion is invalid');
    const user = { username: 'asserted-user' };
    const scope = await this.validateScope(user, client, this.getScope(request));
    const accessToken = await this.generateAccessToken(client, user, scope);
    const expires = this.getAccessTokenExpiresAt();
    const data = scope
      ? { accessToken, accessTokenExpiresAt: expires, scope }
      : { accessToken, accessTokenExpiresAt: expires };
    return this.model.saveToken?.(data, client, user);
  }
}

/** A grant that ignores its parameters and always issues a token for the same user. */
class FixedGrant extends AbstractGrantType {
  async handle(request: Request, client: Client): Promise<Token | Falsey> {
    received.push({ ...request.body });
    const user = { username: 'fixed-user' };
    return this.model.saveToken?.(
      { accessToken: await this.generateAccessToken(client, user, undefined) },
      client,
      user,
    );
  }
}

/** A grant whose storage fails with a message that must not reach the client. */
class FailingGrant extends AbstractGrantType {
  handle(): Promise<Token | Falsey> {
    return Promise.reject(new Error('connect ECONNREFUSED 10.0.0.5:5432 password="hunter2"'));
  }
}

let f: Fixture;
beforeEach(async () => {
  received = [];
  f = await createFixture({
    extendedGrantTypes: { [JWT_BEARER]: AssertionGrant, 'urn:example:failing': FailingGrant },
  });
  f.store.addClient({
    id: 'assertion-client',
    secret: 'assertion-secret',
    grants: [JWT_BEARER, 'urn:example:failing'],
  });
});

const auth = { authorization: basic('assertion-client', 'assertion-secret') };

describe('RFC 6749 §4.5: extension grants are named by an absolute URI', () => {
  it.each([
    JWT_BEARER,
    'urn:ietf:params:oauth:grant-type:saml2-bearer',
    'https://grants.example/custom',
    'x:y',
  ])('accepts %j at construction', (name) => {
    expect(
      () => new OAuth2Server({ model: new MemoryStore(), extendedGrantTypes: { [name]: AssertionGrant } }),
    ).not.toThrow();
  });

  it.each(['jwt-bearer', 'custom_grant', 'assertion', 'foo bar', 'urn:', ':nope', '1urn:x', ''])(
    'rejects %j at construction with InvalidArgumentError',
    (name) => {
      const build = () =>
        new OAuth2Server({ model: new MemoryStore(), extendedGrantTypes: { [name]: AssertionGrant } });
      expect(build).toThrow(InvalidArgumentError);
      expect(build).toThrow(
        `Invalid argument: extension grant type \`${name}\` must be an absolute URI (RFC 6749 §4.5)`,
      );
    },
  );

  it('rejects a value that is not a class with handle() at construction', () => {
    const notAGrant = {} as unknown as ExtensionGrantType;
    const build = () =>
      new OAuth2Server({ model: new MemoryStore(), extendedGrantTypes: { [JWT_BEARER]: notAGrant } });
    expect(build).toThrow(InvalidArgumentError);
    expect(build).toThrow(
      `Invalid argument: extension grant \`${JWT_BEARER}\` must be a class with \`handle()\``,
    );
  });
});

describe('RFC 6749 §4.5: "adding any additional parameters necessary"', () => {
  it('issues a token; the extension receives its own parameters in request.body', async () => {
    const request = tokenPost(
      { grant_type: JWT_BEARER, assertion: ASSERTION, scope: 'read', audience: 'rs' },
      auth,
    );
    const outcome = await postToken(f.server, request);
    const body = expectTokenSuccess(outcome);
    expect(body.scope).toBe('read');
    expect(outcome.value?.user).toEqual({ username: 'asserted-user' });
    expect(received).toEqual([
      { grant_type: JWT_BEARER, assertion: ASSERTION, scope: 'read', audience: 'rs' },
    ]);
  });

  it('empty extension parameters count as absent', async () => {
    const request = tokenPost({ grant_type: JWT_BEARER, assertion: ASSERTION, audience: '' }, auth);
    expectTokenSuccess(await postToken(f.server, request));
    expect(received).toEqual([{ grant_type: JWT_BEARER, assertion: ASSERTION }]);
  });

  it('a repeated extension parameter → 400 invalid_request; the extension is not run', async () => {
    const request = tokenPost({ grant_type: JWT_BEARER, assertion: [ASSERTION, 'other'] }, auth);
    expectTokenError(await postToken(f.server, request), {
      status: 400,
      error: 'invalid_request',
      description: 'Invalid request: `assertion` is included more than once',
    });
    expect(received).toEqual([]);
  });

  it('a structured extension parameter → 400 invalid_request; the extension is not run', async () => {
    const request = tokenPost({ grant_type: JWT_BEARER, assertion: { $ne: null } }, auth);
    expectTokenError(await postToken(f.server, request), {
      status: 400,
      error: 'invalid_request',
      description: 'Invalid parameter: `assertion` must be a string',
    });
    expect(received).toEqual([]);
  });

  it('a malformed scope → 400 invalid_scope; the extension is not run', async () => {
    const request = tokenPost({ grant_type: JWT_BEARER, assertion: ASSERTION, scope: 'read\\write' }, auth);
    expectTokenError(await postToken(f.server, request), {
      status: 400,
      error: 'invalid_scope',
      description: 'Invalid parameter: `scope`',
    });
    expect(received).toEqual([]);
  });

  it('an OAuth error from the extension is the answer (§5.2)', async () => {
    const request = tokenPost({ grant_type: JWT_BEARER, assertion: 'forged' }, auth);
    expectTokenError(await postToken(f.server, request), {
      status: 400,
      error: 'invalid_grant',
      description: 'Invalid grant: assertion is invalid',
    });
  });

  it('any other failure of the extension is a generic 500 server_error (TR-05)', async () => {
    const outcome = await postToken(f.server, tokenPost({ grant_type: 'urn:example:failing' }, auth));
    expectTokenError(outcome, {
      status: 500,
      error: 'server_error',
      description: 'Server error: the request could not be completed',
    });
    expect(JSON.stringify(outcome.response.body)).not.toMatch(/ECONNREFUSED|10\.0\.0\.5|hunter2/);
  });
});

describe('RFC 6749 §4.5 / §5.2: the token endpoint rules still apply to extension grants', () => {
  it('the client must authenticate → 400 invalid_client; the extension is not run', async () => {
    const request = tokenPost(
      { grant_type: JWT_BEARER, assertion: ASSERTION, client_id: 'assertion-client' },
      {},
    );
    expectTokenError(await postToken(f.server, request), {
      status: 400,
      error: 'invalid_client',
      description: 'Invalid client: client authentication is required',
    });
    expect(received).toEqual([]);
  });

  it('a client not allowed the extension grant → 400 unauthorized_client; the extension is not run', async () => {
    expectTokenError(await postToken(f.server, tokenPost({ grant_type: JWT_BEARER, assertion: ASSERTION })), {
      status: 400,
      error: 'unauthorized_client',
      description: 'Unauthorized client: `grant_type` is invalid',
    });
    expect(received).toEqual([]);
  });

  it('an unregistered URI → 400 unsupported_grant_type', async () => {
    const request = tokenPost(
      { grant_type: 'urn:ietf:params:oauth:grant-type:saml2-bearer', assertion: ASSERTION },
      auth,
    );
    expectTokenError(await postToken(f.server, request), {
      status: 400,
      error: 'unsupported_grant_type',
      description: 'Unsupported grant type: `grant_type` is invalid',
    });
  });
});

describe('RFC 6749 §4.5: an extension may replace a built-in grant', () => {
  it('the override runs instead of the built-in', async () => {
    const server = new OAuth2Server({
      model: f.store,
      extendedGrantTypes: { client_credentials: FixedGrant },
    });
    const outcome = await postToken(server, tokenPost({ grant_type: 'client_credentials' }));
    expectTokenSuccess(outcome);
    expect(outcome.value?.user).toEqual({ username: 'fixed-user' });
    expect(received).toHaveLength(1);
  });

  it('the override receives its parameters in request.body', async () => {
    const server = new OAuth2Server({
      model: f.store,
      extendedGrantTypes: { client_credentials: AssertionGrant },
    });
    const request = tokenPost({ grant_type: 'client_credentials', assertion: ASSERTION, scope: 'read' });
    expectTokenSuccess(await postToken(server, request));
    expect(received).toEqual([{ grant_type: 'client_credentials', assertion: ASSERTION, scope: 'read' }]);
  });
});
