import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, ServerError } from '../../src/errors.js';
import {
  checkClient,
  checkGenerated,
  checkScope,
  checkUser,
  isPositiveNumber,
  isValidDate,
  optionalDate,
  own,
  requireDate,
  requireFunctions,
  requireMatch,
  requireString,
  type AnyModel,
} from '../../src/model.js';

function expectServerError(run: () => unknown, message: string): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(ServerError);
  expect((thrown as ServerError).name).toBe('server_error');
  expect((thrown as ServerError).message).toBe(message);
}

const future = (): Date => new Date(Date.now() + 60_000);
const client = { id: 'c1', grants: ['authorization_code'] };

describe('own()', () => {
  it('reads own properties and ignores inherited ones', () => {
    const entity = Object.create({ inherited: 1 }) as Record<string, unknown>;
    entity.mine = 2;
    expect(own(entity, 'mine')).toBe(2);
    expect(own(entity, 'inherited')).toBeUndefined();
    expect(own({}, 'toString')).toBeUndefined();
    expect(own({}, '__proto__')).toBeUndefined();
  });
});

describe('isValidDate()', () => {
  it('accepts a valid Date, from this realm or another', () => {
    const foreign = vm.runInNewContext('new Date(0)') as unknown;
    expect(foreign instanceof Date).toBe(false);
    expect(isValidDate(new Date())).toBe(true);
    expect(isValidDate(foreign)).toBe(true);
  });

  it.each<[string, unknown]>([
    ['Invalid Date', new Date('x')],
    ['an Invalid Date from another realm', vm.runInNewContext('new Date("x")')],
    ['a date string', '2999-01-01'],
    ['a number', Date.now()],
    ['null', null],
  ])('refuses %s', (_name, value) => {
    expect(isValidDate(value)).toBe(false);
  });
});

describe('isValidDate() and look-alikes', () => {
  // BUG (minor): the check reads the `[object Date]` tag, which any object can fake with Symbol.toStringTag, and
  // then trusts the object's own `getTime()`. Observed: true; expected: false (a real Date has a [[DateValue]]
  // slot: `Date.prototype.getTime.call(value)` checks it across realms and throws for look-alikes). Likely place:
  // src/model.ts isValidDate.
  it('refuses an object faking the Date tag', () => {
    const fake = { [Symbol.toStringTag]: 'Date', getTime: () => 1 };
    expect(isValidDate(fake)).toBe(false);
  });
});

describe('requireDate() and optionalDate()', () => {
  it('return a valid own Date', () => {
    const date = future();
    expect(requireDate({ expiresAt: date }, 'expiresAt', 'getAuthorizationCode')).toBe(date);
    expect(optionalDate({ expiresAt: date }, 'expiresAt', 'getRefreshToken')).toBe(date);
  });

  it.each<[string, object]>([
    ['missing', {}],
    ['Invalid Date', { expiresAt: new Date('x') }],
    ['a string', { expiresAt: 'tomorrow' }],
    ['inherited', Object.create({ expiresAt: new Date() }) as object],
  ])('requireDate: %s is a server_error', (_name, entity) => {
    expectServerError(
      () => requireDate(entity, 'expiresAt', 'getAuthorizationCode'),
      'Server error: `getAuthorizationCode()` returned an invalid `expiresAt` (a valid Date is required)',
    );
  });

  it('optionalDate: absent or null is undefined', () => {
    expect(optionalDate({}, 'refreshTokenExpiresAt', 'getRefreshToken')).toBeUndefined();
    expect(optionalDate({ refreshTokenExpiresAt: null }, 'refreshTokenExpiresAt', 'fn')).toBeUndefined();
  });

  it.each([new Date('x'), 'tomorrow', 0])('optionalDate: %j is a server_error', (value) => {
    expectServerError(
      () => optionalDate({ refreshTokenExpiresAt: value }, 'refreshTokenExpiresAt', 'getRefreshToken'),
      'Server error: `getRefreshToken()` returned an invalid `refreshTokenExpiresAt` (not a valid Date)',
    );
  });
});

describe('checkScope()', () => {
  it('passes undefined, null and arrays of scope tokens', () => {
    expect(checkScope(undefined, 'fn')).toBeUndefined();
    expect(checkScope(null, 'fn')).toBeUndefined();
    const scope = ['read', 'write:all', '!#[]~'];
    expect(checkScope(scope, 'fn')).toBe(scope);
    expect(checkScope([], 'fn')).toEqual([]);
  });

  it.each<[string, unknown]>([
    ['a string (substring matching)', 'admin_read'],
    ['a non-string element', ['read', 1]],
    ['an empty token', ['']],
    ['a token with a space', ['read write']],
    ['a token with a quote', ['a"b']],
    ['a token with a backslash', ['a\\b']],
    ['a non-ASCII token', ['caf\u00e9']],
    ['an object', { 0: 'read', length: 1 }],
  ])('refuses %s', (_name, value) => {
    expectServerError(
      () => checkScope(value, 'validateScope'),
      'Server error: `validateScope()` returned a `scope` that is not an array of scope tokens',
    );
  });
});

describe('requireString() and requireMatch()', () => {
  it('requireString returns an own non-empty string', () => {
    expect(requireString({ id: 'x' }, 'id', 'getClient')).toBe('x');
  });

  it.each<[string, object]>([
    ['missing', {}],
    ['empty', { id: '' }],
    ['a number', { id: 7 }],
    ['inherited', Object.create({ id: 'x' }) as object],
  ])('requireString: %s is a server_error', (_name, entity) => {
    expectServerError(
      () => requireString(entity, 'id', 'getClient'),
      'Server error: `getClient()` did not return a `id` string',
    );
  });

  it('requireMatch passes the same value and refuses another', () => {
    expect(() => requireMatch('code', 'code', 'authorization code', 'getAuthorizationCode')).not.toThrow();
    expectServerError(
      () => requireMatch('other', 'code', 'authorization code', 'getAuthorizationCode'),
      'Server error: `getAuthorizationCode()` returned a `authorization code` other than the one looked up',
    );
    expectServerError(
      () => requireMatch(undefined, 'code', 'authorization code', 'getAuthorizationCode'),
      'Server error: `getAuthorizationCode()` returned a `authorization code` other than the one looked up',
    );
  });
});

describe('checkClient()', () => {
  it('returns a well-formed client, with or without the expected id', () => {
    const full = {
      ...client,
      redirectUris: ['https://a.example/cb'],
      accessTokenLifetime: 60,
      refreshTokenLifetime: 120,
    };
    expect(checkClient(full, 'getClient')).toBe(full);
    expect(checkClient(full, 'getClient', 'c1')).toBe(full);
  });

  it.each<[string, unknown, string]>([
    ['not an object', 'c1', 'did not return a `client` object'],
    ['null', null, 'did not return a `client` object'],
    ['without id', { grants: [] }, 'did not return a `id` string'],
    [
      'with an inherited id',
      Object.assign(Object.create({ id: 'c1' }) as object, { grants: [] }),
      'did not return a `id` string',
    ],
    ['for another id', { id: 'c2', grants: [] }, 'returned a `client id` other than the one looked up'],
    [
      'with grants as a string',
      { id: 'c1', grants: 'password' },
      'returned a client whose `grants` is not an array of strings',
    ],
    ['without grants', { id: 'c1' }, 'returned a client whose `grants` is not an array of strings'],
    [
      'with inherited grants (prototype pollution)',
      Object.assign(Object.create({ grants: ['password'] }) as object, { id: 'c1' }),
      'returned a client whose `grants` is not an array of strings',
    ],
    [
      'with a non-string grant',
      { id: 'c1', grants: [1] },
      'returned a client whose `grants` is not an array of strings',
    ],
    [
      'with redirectUris as a string',
      { id: 'c1', grants: [], redirectUris: 'https://a.example/cb' },
      'returned a client whose `redirectUris` is not an array of strings',
    ],
    [
      'with a non-string redirect URI',
      { id: 'c1', grants: [], redirectUris: [null] },
      'returned a client whose `redirectUris` is not an array of strings',
    ],
    [
      'with accessTokenLifetime 0',
      { id: 'c1', grants: [], accessTokenLifetime: 0 },
      'returned a client whose `accessTokenLifetime` is not a positive number',
    ],
    [
      'with refreshTokenLifetime as a string',
      { id: 'c1', grants: [], refreshTokenLifetime: '60' },
      'returned a client whose `refreshTokenLifetime` is not a positive number',
    ],
  ])('refuses a client %s', (_name, value, what) => {
    expectServerError(() => checkClient(value, 'getClient', 'c1'), `Server error: \`getClient()\` ${what}`);
  });

  it('ignores inherited redirectUris and lifetimes', () => {
    const inherited = Object.assign(
      Object.create({ redirectUris: 'bad', accessTokenLifetime: -1 }) as object,
      { id: 'c1', grants: [] },
    );
    expect(checkClient(inherited, 'getClient')).toBe(inherited);
  });
});

describe('checkUser()', () => {
  it('accepts any object', () => {
    const user = { id: 1 };
    expect(checkUser(user, 'getUser')).toBe(user);
    expect(checkUser([], 'getUser')).toEqual([]);
  });

  it.each(['alice', null, undefined, 1, true])('refuses %j', (value) => {
    expectServerError(
      () => checkUser(value, 'getUser'),
      'Server error: `getUser()` did not return a `user` object',
    );
  });
});

describe('isPositiveNumber()', () => {
  it.each<[unknown, boolean]>([
    [1, true],
    [0.5, true],
    [0, false],
    [-1, false],
    [NaN, false],
    [Infinity, false],
    ['1', false],
    [null, false],
  ])('%j is %j', (value, expected) => {
    expect(isPositiveNumber(value)).toBe(expected);
  });
});

describe('checkGenerated()', () => {
  it('accepts visible ASCII (and spaces)', () => {
    expect(checkGenerated('abc-DEF_123 ~', 'generateAccessToken')).toBe('abc-DEF_123 ~');
  });

  it.each(['', 'caf\u00e9', 'a\nb', 'a\u0000', 42, null, undefined])('refuses %j', (value) => {
    expectServerError(
      () => checkGenerated(value, 'generateAccessToken'),
      'Server error: `generateAccessToken()` did not return a string of visible ASCII characters',
    );
  });
});

describe('requireFunctions()', () => {
  it('passes when every function is there, and names the first missing one', () => {
    const model: AnyModel = { getClient: () => undefined, saveToken: () => undefined };
    expect(() => requireFunctions(model, ['getClient', 'saveToken'], 'the feature')).not.toThrow();
    let thrown: unknown;
    try {
      requireFunctions(model, ['getClient', 'getUser', 'revokeToken'], 'the feature');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidArgumentError);
    expect((thrown as Error).message).toBe(
      'Invalid argument: model does not implement `getUser()`, which the feature needs',
    );
  });

  it('does not count an inherited-but-not-function property', () => {
    const model = { getClient: 'yes' } as unknown as AnyModel;
    expect(() => requireFunctions(model, ['getClient'], 'x')).toThrow(
      'Invalid argument: model does not implement `getClient()`, which x needs',
    );
  });
});
