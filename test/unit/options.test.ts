import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors.js';
import { AbstractGrantType } from '../../src/grants/abstract-grant-type.js';
import { OAuth2Server } from '../../src/index.js';
import type { AnyModel, Model, Token } from '../../src/model.js';
import { DEFAULTS, resolveOptions, type ServerOptions } from '../../src/options.js';
import { MemoryStore } from '../../src/stores/memory.js';

const noop = (): undefined => undefined;

/** A Model with every function, as plain functions. */
function fullModel(): AnyModel {
  return {
    getAccessToken: noop,
    getClient: noop,
    saveToken: noop,
    getAuthorizationCode: noop,
    saveAuthorizationCode: noop,
    revokeAuthorizationCode: () => false,
    getRefreshToken: noop,
    revokeToken: () => false,
    getUser: noop,
  };
}

class JwtBearer extends AbstractGrantType {
  handle(): Token | undefined {
    return undefined;
  }
}

function resolve(options: Record<string, unknown>) {
  return resolveOptions({ model: fullModel(), ...options } as ServerOptions);
}

function expectArgumentError(run: () => unknown, message: string): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(InvalidArgumentError);
  expect((thrown as Error).message).toBe(message);
}

describe('DEFAULTS', () => {
  it('writes every default out once', () => {
    expect(DEFAULTS).toEqual({
      addAcceptedScopesHeader: true,
      addAuthorizedScopesHeader: true,
      allowBearerTokensInQueryString: false,
      realm: 'Service',
      allowEmptyState: false,
      authorizationCodeLifetime: 300,
      accessTokenLifetime: 3600,
      refreshTokenLifetime: 1_209_600,
      enableImplicitGrant: false,
      enablePlainPKCE: false,
      allowExtendedTokenAttributes: false,
      requireClientAuthentication: true,
      alwaysIssueNewRefreshToken: true,
      enablePasswordGrant: false,
      requirePKCE: false,
      refreshTokenGracePeriod: 0,
      modelTimeout: 10_000,
    });
  });

  it('are what resolveOptions() gives when nothing is set', () => {
    const model = fullModel();
    const resolved = resolveOptions({ model: model as Model });
    expect(resolved.model).toBe(model);
    expect(resolved.modelTimeout).toBe(DEFAULTS.modelTimeout);
    expect(resolved.authenticate).toEqual({
      scope: undefined,
      addAcceptedScopesHeader: DEFAULTS.addAcceptedScopesHeader,
      addAuthorizedScopesHeader: DEFAULTS.addAuthorizedScopesHeader,
      allowBearerTokensInQueryString: DEFAULTS.allowBearerTokensInQueryString,
      realm: DEFAULTS.realm,
    });
    expect(resolved.authorize).toMatchObject({
      authenticateHandler: undefined,
      consentHandler: undefined,
      allowEmptyState: DEFAULTS.allowEmptyState,
      authorizationCodeLifetime: DEFAULTS.authorizationCodeLifetime,
      accessTokenLifetime: DEFAULTS.accessTokenLifetime,
      enableImplicitGrant: DEFAULTS.enableImplicitGrant,
      enablePlainPKCE: DEFAULTS.enablePlainPKCE,
    });
    expect(resolved.token).toMatchObject({
      accessTokenLifetime: DEFAULTS.accessTokenLifetime,
      refreshTokenLifetime: DEFAULTS.refreshTokenLifetime,
      allowExtendedTokenAttributes: DEFAULTS.allowExtendedTokenAttributes,
      alwaysIssueNewRefreshToken: DEFAULTS.alwaysIssueNewRefreshToken,
      enablePlainPKCE: DEFAULTS.enablePlainPKCE,
      enablePasswordGrant: DEFAULTS.enablePasswordGrant,
    });
    expect(resolved.token.extendedGrantTypes.size).toBe(0);
    for (const grant of ['authorization_code', 'client_credentials', 'password', 'refresh_token', 'urn:x']) {
      expect(resolved.token.requireClientAuthentication(grant)).toBe(true);
      expect(resolved.authorize.requireClientAuthentication(grant)).toBe(true);
    }
  });

  it('are overridden by the options given', () => {
    const authenticateHandler = { handle: noop };
    const consentHandler = { handle: () => true };
    const resolved = resolve({
      scope: 'read  write read',
      addAcceptedScopesHeader: false,
      addAuthorizedScopesHeader: false,
      allowBearerTokensInQueryString: true,
      realm: 'api',
      authenticateHandler,
      consentHandler,
      allowEmptyState: true,
      authorizationCodeLifetime: 60,
      accessTokenLifetime: 120,
      refreshTokenLifetime: 240,
      enableImplicitGrant: true,
      enablePlainPKCE: true,
      allowExtendedTokenAttributes: true,
      requireClientAuthentication: { password: false },
      alwaysIssueNewRefreshToken: false,
      enablePasswordGrant: true,
      extendedGrantTypes: { 'urn:ietf:params:oauth:grant-type:jwt-bearer': JwtBearer },
      modelTimeout: 0,
    });
    expect(resolved.modelTimeout).toBe(0);
    expect(resolved.authenticate).toEqual({
      scope: ['read', 'write'],
      addAcceptedScopesHeader: false,
      addAuthorizedScopesHeader: false,
      allowBearerTokensInQueryString: true,
      realm: 'api',
    });
    expect(resolved.authorize).toMatchObject({
      authenticateHandler,
      consentHandler,
      allowEmptyState: true,
      authorizationCodeLifetime: 60,
      accessTokenLifetime: 120,
      enableImplicitGrant: true,
      enablePlainPKCE: true,
    });
    expect(resolved.token).toMatchObject({
      accessTokenLifetime: 120,
      refreshTokenLifetime: 240,
      allowExtendedTokenAttributes: true,
      alwaysIssueNewRefreshToken: false,
      enablePlainPKCE: true,
      enablePasswordGrant: true,
    });
    expect([...resolved.token.extendedGrantTypes]).toEqual([
      ['urn:ietf:params:oauth:grant-type:jwt-bearer', JwtBearer],
    ]);
    expect(resolved.token.requireClientAuthentication('password')).toBe(false);
    expect(resolved.token.requireClientAuthentication('authorization_code')).toBe(true);
  });

  it('requireClientAuthentication: false turns it off for every grant', () => {
    const resolved = resolve({ requireClientAuthentication: false });
    expect(resolved.token.requireClientAuthentication('authorization_code')).toBe(false);
    expect(resolved.token.requireClientAuthentication('password')).toBe(false);
  });

  it('never mutates the options object', () => {
    const options = Object.freeze({ model: Object.freeze(fullModel()) as Model, scope: 'read', realm: 'x' });
    const before = JSON.stringify(options);
    expect(() => resolveOptions(options)).not.toThrow();
    expect(JSON.stringify(options)).toBe(before);
  });
});

describe('invalid options throw InvalidArgumentError', () => {
  it.each<[string, unknown]>([
    ['no options', undefined],
    ['null', null],
    ['no model', {}],
    ['a string model', { model: 'model' }],
    ['a null model', { model: null }],
  ])('%s: "Missing parameter: `model`"', (_name, options) => {
    expectArgumentError(() => resolveOptions(options as ServerOptions), 'Missing parameter: `model`');
    expectArgumentError(() => new OAuth2Server(options as ServerOptions), 'Missing parameter: `model`');
  });

  const booleans = [
    'addAcceptedScopesHeader',
    'addAuthorizedScopesHeader',
    'allowBearerTokensInQueryString',
    'allowEmptyState',
    'enableImplicitGrant',
    'enablePlainPKCE',
    'allowExtendedTokenAttributes',
    'alwaysIssueNewRefreshToken',
    'enablePasswordGrant',
  ];
  it.each(booleans.flatMap((name) => [1, 'true', null].map((value) => [name, value] as const)))(
    '%s: %j is not a boolean',
    (name, value) => {
      expectArgumentError(
        () => resolve({ [name]: value }),
        `Invalid argument: \`${name}\` must be a boolean`,
      );
    },
  );

  const lifetimes = ['authorizationCodeLifetime', 'accessTokenLifetime', 'refreshTokenLifetime'];
  it.each(lifetimes.flatMap((name) => [0, -1, NaN, Infinity, '60', null].map((v) => [name, v] as const)))(
    '%s: %j is not a positive number of seconds',
    (name, value) => {
      expectArgumentError(
        () => resolve({ [name]: value }),
        `Invalid argument: \`${name}\` must be a positive number of seconds`,
      );
    },
  );

  it.each([-1, NaN, Infinity, '10', true])('modelTimeout: %j', (modelTimeout) => {
    expectArgumentError(
      () => resolve({ modelTimeout }),
      'Invalid argument: `modelTimeout` must be a number of milliseconds (0 for none)',
    );
  });

  it.each(['a"b', 'a\\b', 'caf\u00e9', 'line\nbreak', 7])('realm: %j', (realm) => {
    expectArgumentError(
      () => resolve({ realm }),
      'Invalid argument: `realm` must be a string without quotes or backslashes',
    );
  });

  it.each<[string, unknown]>([
    ['an object without handle()', {}],
    ['null', null],
    ['a function', noop],
    ['handle that is not a function', { handle: true }],
  ])('authenticateHandler and consentHandler: %s', (_name, value) => {
    for (const name of ['authenticateHandler', 'consentHandler']) {
      expectArgumentError(
        () => resolve({ [name]: value }),
        `Invalid argument: ${name} does not implement \`handle()\``,
      );
    }
  });

  it.each([['a"b'], [['read', 7]], [{}], [['a b']], [42]])('scope: %j', (scope) => {
    expectArgumentError(
      () => resolve({ scope }),
      'Invalid argument: `scope` must be a scope string or an array of scope tokens',
    );
  });

  it.each(['grants', null, 1])('extendedGrantTypes: %j is not an object', (extendedGrantTypes) => {
    expectArgumentError(
      () => resolve({ extendedGrantTypes }),
      'Invalid argument: `extendedGrantTypes` must be an object',
    );
  });

  it.each(['jwt_bearer', 'urn', '1urn:x', 'urn:', 'urn:a b'])(
    'extension grant type %j is not an absolute URI',
    (name) => {
      expectArgumentError(
        () => resolve({ extendedGrantTypes: { [name]: JwtBearer } }),
        `Invalid argument: extension grant type \`${name}\` must be an absolute URI (RFC 6749 §4.5)`,
      );
    },
  );

  it.each<[string, unknown]>([
    ['an object', { handle: noop }],
    ['a function without handle()', noop],
    ['a class without handle()', class {}],
    ['null', null],
  ])('an extension grant that is %s is not a class with handle()', (_name, grant) => {
    expectArgumentError(
      () => resolve({ extendedGrantTypes: { 'urn:example:grant': grant } }),
      'Invalid argument: extension grant `urn:example:grant` must be a class with `handle()`',
    );
  });

  it('a built-in grant name may be overridden by an extension class', () => {
    const resolved = resolve({ extendedGrantTypes: { password: JwtBearer } });
    expect(resolved.token.extendedGrantTypes.get('password')).toBe(JwtBearer);
    expect(resolved.capabilities.grantTypes).toContain('password');
  });

  it.each(['yes', 1, null])('requireClientAuthentication: %j', (requireClientAuthentication) => {
    expectArgumentError(
      () => resolve({ requireClientAuthentication }),
      'Invalid argument: `requireClientAuthentication` must be a boolean or an object',
    );
  });

  it('requireClientAuthentication: a per-grant value that is not a boolean', () => {
    expectArgumentError(
      () => resolve({ requireClientAuthentication: { password: 'no' } }),
      'Invalid argument: `requireClientAuthentication.password` must be a boolean',
    );
  });

  it('the constructor throws the same errors', () => {
    expectArgumentError(
      () => new OAuth2Server({ model: fullModel() as Model, accessTokenLifetime: 0 }),
      'Invalid argument: `accessTokenLifetime` must be a positive number of seconds',
    );
  });
});

describe('a Model that implements a feature in part throws at construction', () => {
  const missing = (name: string, feature: string): string =>
    `Invalid argument: model does not implement \`${name}()\`, which ${feature} needs`;

  it.each<[string, Record<string, unknown>, Record<string, unknown>, string]>([
    [
      'getAuthorizationCode alone',
      { getAuthorizationCode: noop },
      {},
      missing('getClient', 'the authorization code grant'),
    ],
    [
      'the code functions without revokeAuthorizationCode',
      { getClient: noop, saveToken: noop, getAuthorizationCode: noop, saveAuthorizationCode: noop },
      {},
      missing('revokeAuthorizationCode', 'the authorization code grant'),
    ],
    [
      'saveAuthorizationCode without getAuthorizationCode',
      { getClient: noop, saveToken: noop, saveAuthorizationCode: noop, revokeAuthorizationCode: noop },
      {},
      missing('getAuthorizationCode', 'the authorization code grant'),
    ],
    [
      'getRefreshToken without revokeToken',
      { getClient: noop, saveToken: noop, getRefreshToken: noop },
      {},
      missing('revokeToken', 'the refresh token grant'),
    ],
    [
      'getRefreshToken without saveToken',
      { getClient: noop, getRefreshToken: noop, revokeToken: noop },
      {},
      missing('saveToken', 'the refresh token grant'),
    ],
    [
      'enablePasswordGrant without getUser',
      { getClient: noop, saveToken: noop },
      { enablePasswordGrant: true },
      missing('getUser', 'the password grant (`enablePasswordGrant`)'),
    ],
    [
      'extendedGrantTypes without getClient',
      { getAccessToken: noop },
      { extendedGrantTypes: { 'urn:example:grant': JwtBearer } },
      missing('getClient', 'extension grants (`extendedGrantTypes`)'),
    ],
    [
      'enableImplicitGrant without saveToken',
      { getAccessToken: noop, getClient: noop },
      { enableImplicitGrant: true },
      missing('saveToken', 'the implicit grant (`enableImplicitGrant`)'),
    ],
  ])('%s', (_name, model, options, message) => {
    expectArgumentError(() => resolveOptions({ model: model as unknown as Model, ...options }), message);
    expectArgumentError(() => new OAuth2Server({ model: model as unknown as Model, ...options }), message);
  });

  it('a function that is not a function does not count', () => {
    const model = { getClient: noop, saveToken: noop, getRefreshToken: noop, revokeToken: 'yes' };
    expectArgumentError(
      () => resolveOptions({ model: model as unknown as AnyModel as Model }),
      missing('revokeToken', 'the refresh token grant'),
    );
  });
});

describe('capabilities', () => {
  it('of the MemoryStore: authenticate, token, the code and refresh grants; password only when enabled', () => {
    const store = new MemoryStore();
    expect(resolveOptions({ model: store }).capabilities).toEqual({
      authenticate: true,
      token: true,
      authorizationCode: true,
      refreshToken: true,
      grantTypes: ['authorization_code', 'client_credentials', 'refresh_token'],
      revocation: true,
      introspection: true,
    });
    expect(resolveOptions({ model: store, enablePasswordGrant: true }).capabilities.grantTypes).toEqual([
      'authorization_code',
      'client_credentials',
      'password',
      'refresh_token',
    ]);
  });

  it('lists extension grants after the built-in ones', () => {
    const resolved = resolveOptions({
      model: new MemoryStore(),
      extendedGrantTypes: { 'urn:ietf:params:oauth:grant-type:jwt-bearer': JwtBearer },
    });
    expect(resolved.capabilities.grantTypes).toEqual([
      'authorization_code',
      'client_credentials',
      'refresh_token',
      'urn:ietf:params:oauth:grant-type:jwt-bearer',
    ]);
  });

  it('of a resource-server Model (getAccessToken only): authenticate, nothing else', () => {
    expect(resolveOptions({ model: { getAccessToken: noop } }).capabilities).toEqual({
      authenticate: true,
      token: false,
      authorizationCode: false,
      refreshToken: false,
      grantTypes: [],
      revocation: false,
      introspection: false,
    });
  });

  it('of a client credentials Model (getClient and saveToken)', () => {
    expect(resolveOptions({ model: { getClient: noop, saveToken: noop } }).capabilities).toEqual({
      authenticate: false,
      token: true,
      authorizationCode: false,
      refreshToken: false,
      grantTypes: ['client_credentials'],
      revocation: false,
      introspection: false,
    });
  });

  it('of a Model with only getClient: no token endpoint', () => {
    expect(resolveOptions({ model: { getClient: noop } as unknown as Model }).capabilities).toEqual({
      authenticate: false,
      token: false,
      authorizationCode: false,
      refreshToken: false,
      grantTypes: [],
      revocation: false,
      introspection: false,
    });
  });
});
