import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors.js';
import { formatScope, isSubset, parseScope, parseScopeOption } from '../../src/scope.js';

describe('parseScope()', () => {
  it('splits a wire scope into tokens, without repeats, keeping the first order', () => {
    expect(parseScope('read write read')).toEqual(['read', 'write']);
    expect(parseScope('read')).toEqual(['read']);
  });

  it('leaves an absent scope absent', () => {
    expect(parseScope(undefined)).toBeUndefined();
  });
});

describe('formatScope()', () => {
  it('joins tokens with single spaces', () => {
    expect(formatScope(['read', 'write'])).toBe('read write');
    expect(formatScope([])).toBe('');
  });

  it('round-trips with parseScope', () => {
    expect(parseScope(formatScope(['a', 'b:c', '!~']))).toEqual(['a', 'b:c', '!~']);
  });
});

describe('isSubset()', () => {
  it.each<[string[], string[] | undefined, boolean]>([
    [[], undefined, true],
    [[], ['read'], true],
    [['read'], undefined, false],
    [['read'], [], false],
    [['read'], ['read', 'write'], true],
    [['read', 'write'], ['write', 'read'], true],
    [['read', 'admin'], ['read'], false],
    [['admin'], ['admin_read'], false],
    [['read'], ['READ'], false],
  ])('%j within %j is %j', (requested, granted, expected) => {
    expect(isSubset(requested, granted)).toBe(expected);
  });
});

describe('parseScopeOption()', () => {
  it.each<[unknown, string[] | undefined]>([
    [undefined, undefined],
    [null, undefined],
    ['read', ['read']],
    ['read  write read', ['read', 'write']],
    [' read ', ['read']],
    ['', []],
    [
      ['read', 'write', 'read'],
      ['read', 'write'],
    ],
    [[], []],
  ])('%j is %j', (value, expected) => {
    expect(parseScopeOption(value)).toEqual(expected);
  });

  it.each<[string, unknown]>([
    ['a number', 7],
    ['an object', { read: true }],
    ['a quote', 'a"b'],
    ['a backslash', 'a\\b'],
    ['a non-ASCII token', 'caf\u00e9'],
    ['an array with a non-string', ['read', 1]],
    ['an array with an empty token', ['']],
    ['an array with a space inside a token', ['read write']],
  ])('refuses %s', (_name, value) => {
    expect(() => parseScopeOption(value)).toThrow(InvalidArgumentError);
    expect(() => parseScopeOption(value)).toThrow(
      'Invalid argument: `scope` must be a scope string or an array of scope tokens',
    );
  });
});
