import { describe, expect, it } from 'vitest';
import {
  checkValue,
  normalizeAll,
  validateBody,
  validateQuery,
  validateSchema,
} from '../../../src/validation/index.js';
import { validateTokenRequest } from '../../../src/validation/token-request.js';
import {
  InvalidRequestError,
  InvalidScopeError,
  OAuthError,
  UnsupportedGrantTypeError,
} from '../../../src/errors.js';

const registered = new Set([
  'authorization_code',
  'client_credentials',
  'password',
  'refresh_token',
  'urn:x:grant',
]);
const isRegistered = (g: string): boolean => registered.has(g);

function errorOf(fn: () => unknown): OAuthError {
  try {
    fn();
  } catch (error) {
    if (error instanceof OAuthError) return error;
    throw error;
  }
  throw new Error('expected an OAuth error');
}

const baseCode = { grant_type: 'authorization_code', code: 'abc' };

describe('validation: repeated parameters (RFC 6749 §3.1, §3.2; GEN-05)', () => {
  it.each([
    ['code', { ...baseCode, code: ['A', 'B'] }],
    ['code', { ...baseCode, code: ['A', 'A'] }],
    ['grant_type', { ...baseCode, grant_type: ['authorization_code', 'refresh_token'] }],
    ['redirect_uri', { ...baseCode, redirect_uri: ['https://a.example/cb', 'https://a.example/cb'] }],
  ])('rejects a repeated %s with invalid_request', (name, body) => {
    const error = errorOf(() => validateTokenRequest(body, isRegistered));
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error.message).toBe(`Invalid request: \`${name}\` is included more than once`);
  });

  it('rejects a repeated scope with invalid_request, not invalid_scope', () => {
    const error = errorOf(() =>
      validateSchema('ClientCredentialsTokenRequest', {
        grant_type: 'client_credentials',
        scope: ['a', 'b'],
      }),
    );
    expect(error.name).toBe('invalid_request');
  });

  it('ignores a repeated parameter the contract does not know', () => {
    const params = validateTokenRequest({ ...baseCode, foo: ['1', '2'] }, isRegistered);
    expect(params).toEqual(baseCode);
  });
});

describe('validation: only strings (GEN-08)', () => {
  it.each([
    ['an operator object', { $ne: 'x' }],
    ['a one-element array', ['abc']],
    ['a number', 42],
    ['a boolean', true],
    ['null', null],
    ['a nested object', { a: { b: 'c' } }],
  ])('rejects %s as code', (_label, value) => {
    const error = errorOf(() => validateTokenRequest({ ...baseCode, code: value }, isRegistered));
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error.message).toBe('Invalid parameter: `code` must be a string');
  });

  it('rejects a non-string before checking anything else', () => {
    const error = errorOf(() =>
      validateTokenRequest({ grant_type: 'nope', code: { $gt: '' } }, isRegistered),
    );
    expect(error.message).toBe('Invalid parameter: `code` must be a string');
  });
});

describe('validation: empty values count as absent (RFC 6749 §3.1; GEN-06)', () => {
  it('treats an empty required parameter as missing', () => {
    const error = errorOf(() => validateTokenRequest({ ...baseCode, code: '' }, isRegistered));
    expect(error.message).toBe('Missing parameter: `code`');
  });

  it('treats an empty grant_type as missing', () => {
    expect(errorOf(() => validateTokenRequest({ grant_type: '' }, isRegistered)).message).toBe(
      'Missing parameter: `grant_type`',
    );
  });

  it('drops empty optional parameters from the result', () => {
    const params = validateTokenRequest({ ...baseCode, redirect_uri: '', code_verifier: '' }, isRegistered);
    expect(Object.keys(params).sort()).toEqual(['code', 'grant_type']);
  });

  it('drops empty values at the authorization endpoint too', () => {
    const query = validateQuery('authorize', { response_type: 'code', client_id: 'c', scope: '', state: '' });
    expect(query).toEqual({ response_type: 'code', client_id: 'c' });
  });
});

describe('validation: unknown parameters are ignored and never passed on (RFC 6749 §3.2; GEN-07)', () => {
  it('returns only the parameters of the grant', () => {
    const params = validateTokenRequest(
      { ...baseCode, foo: 'bar', username: 'alice', __proto__: 'x', constructor: 'y' },
      isRegistered,
    );
    expect(params).toEqual(baseCode);
    expect(Object.getPrototypeOf(params)).toBeNull();
  });

  it('reads own properties only', () => {
    const inherited = Object.create({ code: 'from-prototype' }) as Record<string, string>;
    inherited.grant_type = 'authorization_code';
    expect(errorOf(() => validateTokenRequest(inherited, isRegistered)).message).toBe(
      'Missing parameter: `code`',
    );
  });

  it('cannot pollute a prototype', () => {
    const body = JSON.parse('{"grant_type":"client_credentials","__proto__":{"polluted":"yes"}}') as unknown;
    const params = validateTokenRequest(body, isRegistered);
    expect((params as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('validation: length caps (GEN-10)', () => {
  it.each([
    ['code', 2048],
    ['redirect_uri', 2048],
    ['code_verifier', 128],
    ['client_id', 255],
    ['client_secret', 512],
  ])('rejects %s longer than %i characters', (name, limit) => {
    const long = name === 'redirect_uri' ? `https://a.example/${'a'.repeat(limit)}` : 'a'.repeat(limit + 1);
    const error = errorOf(() => validateTokenRequest({ ...baseCode, [name]: long }, isRegistered));
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error.message).toBe(`Invalid parameter: \`${name}\` is longer than ${limit} characters`);
  });

  it('accepts a value exactly at the cap', () => {
    expect(() => validateTokenRequest({ ...baseCode, code: 'a'.repeat(2048) }, isRegistered)).not.toThrow();
  });

  it('rejects a 50 KB state at the authorization endpoint quickly', () => {
    const started = performance.now();
    const error = errorOf(() =>
      validateQuery('authorize', { response_type: 'code', client_id: 'c', state: 'x'.repeat(50_000) }),
    );
    expect(error.message).toBe('Invalid parameter: `state` is longer than 4096 characters');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('validation: grant types are decided by the registry (RFC 6749 §5.2; CA-09)', () => {
  it.each(['foo', 'implicit', 'urn:unknown:grant', '__proto__', 'toString', 'constructor'])(
    'answers unsupported_grant_type for %s',
    (grantType) => {
      const error = errorOf(() => validateTokenRequest({ grant_type: grantType }, isRegistered));
      expect(error).toBeInstanceOf(UnsupportedGrantTypeError);
      expect(error.message).toBe('Unsupported grant type: `grant_type` is invalid');
    },
  );

  it.each(['two words', 'a\u0000b', 'é', 'x'.repeat(256)])(
    'answers invalid_request for the malformed %j',
    (grantType) => {
      expect(errorOf(() => validateTokenRequest({ grant_type: grantType }, isRegistered)).message).toBe(
        'Invalid parameter: `grant_type`',
      );
    },
  );

  it('validates an extension grant against the extension shape', () => {
    const params = validateTokenRequest(
      { grant_type: 'urn:x:grant', assertion: 'jwt', scope: 'a b' },
      isRegistered,
    );
    expect(params).toEqual({ grant_type: 'urn:x:grant', scope: 'a b' });
    expect(normalizeAll({ grant_type: 'urn:x:grant', assertion: 'jwt', scope: '' })).toEqual({
      grant_type: 'urn:x:grant',
      assertion: 'jwt',
    });
  });

  it('rejects repeated parameters of an extension grant', () => {
    expect(errorOf(() => normalizeAll({ assertion: ['a', 'b'] })).message).toBe(
      'Invalid request: `assertion` is included more than once',
    );
  });

  it('validates each built-in grant against its own schema', () => {
    expect(
      errorOf(() => validateTokenRequest({ grant_type: 'password', username: 'a' }, isRegistered)).message,
    ).toBe('Missing parameter: `password`');
    expect(errorOf(() => validateTokenRequest({ grant_type: 'refresh_token' }, isRegistered)).message).toBe(
      'Missing parameter: `refresh_token`',
    );
    expect(validateTokenRequest({ grant_type: 'client_credentials' }, isRegistered)).toEqual({
      grant_type: 'client_credentials',
    });
  });
});

describe('validation: RFC 6749 Appendix A character sets', () => {
  // Each row: schema, parameter, value, accepted?
  const rows: [string, string, string, boolean][] = [
    ['State', 'state', 'xyz ~!', true], // VSCHAR includes space and punctuation
    ['State', 'state', 'a\tb', false], // TAB is not VSCHAR
    ['State', 'state', 'caf\u00e9', false], // non-ASCII
    ['State', 'state', 'a\u007fb', false], // DEL
    ['ClientId', 'client_id', 's6BhdRkqt3', true],
    ['ClientId', 'client_id', 'a\nb', false],
    ['AuthorizationCode', 'code', 'a\u0000b', false],
    ['AuthorizationCode', 'code', 'a\r\nb', false],
    ['AuthorizationCode', 'code', 'a\u202eb', false], // RTL override
    ['Scope', 'scope', 'read write', true],
    ['Scope', 'scope', 'read  write', false], // scope-tokens are separated by one SP
    ['Scope', 'scope', ' read', false],
    ['Scope', 'scope', 'a"b', false], // %x22 is not NQCHAR
    ['Scope', 'scope', 'a\\b', false], // %x5C is not NQCHAR
    ['Username', 'username', 'J\u00f6rg \u{1F600}', true], // UNICODECHARNOCRLF includes astral characters
    ['Username', 'username', 'a\tb', true], // TAB is allowed
    ['Username', 'username', 'a\nb', false],
    ['Password', 'password', 'p\u0000', false],
    ['CodeChallenge', 'code_challenge', 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', true],
    ['CodeChallenge', 'code_challenge', 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-c', false], // 42
    ['CodeChallenge', 'code_challenge', 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw+cM=', false],
    ['RedirectUri', 'redirect_uri', 'https://client.example/cb?x=1', true],
    ['RedirectUri', 'redirect_uri', 'https://client.example/cb#frag', false],
    ['RedirectUri', 'redirect_uri', '/relative/cb', false],
    ['RedirectUri', 'redirect_uri', 'https://client.example/a b', false],
    ['RefreshToken', 'refresh_token', 'tGzv3JOkF0XG5Qx2TlKWIA', true],
    ['ResponseType', 'response_type', 'code', true],
    ['ResponseType', 'response_type', 'code token', true],
    ['ResponseType', 'response_type', 'code-x', false],
  ];
  it.each(rows)('%s: %s=%j accepted: %s', (schema, name, value, accepted) => {
    const run = (): void => checkValue(schema as Parameters<typeof checkValue>[0], name, value);
    if (accepted) expect(run).not.toThrow();
    else expect(errorOf(run).message).toMatch(new RegExp(`^Invalid parameter: \`${name}\``));
  });

  it('answers a malformed scope with invalid_scope', () => {
    const error = errorOf(() =>
      validateSchema('ClientCredentialsTokenRequest', { grant_type: 'client_credentials', scope: 'a  b' }),
    );
    expect(error).toBeInstanceOf(InvalidScopeError);
    expect(error.message).toBe('Invalid parameter: `scope`');
  });

  it('names the allowed values of an enum', () => {
    const error = errorOf(() =>
      validateQuery('authorize', { response_type: 'code', client_id: 'c', code_challenge_method: 'S512' }),
    );
    expect(error.message).toBe('Invalid parameter: `code_challenge_method` must be one of S256, plain');
  });
});

describe('validation: operation inputs', () => {
  it('types the body of an operation', () => {
    const body = validateBody('revoke', { token: 't', token_type_hint: 'refresh_token', other: 'x' });
    expect(body).toEqual({ token: 't', token_type_hint: 'refresh_token' });
  });

  it('reports the first missing parameter', () => {
    expect(errorOf(() => validateQuery('authorize', { client_id: 'c' })).message).toBe(
      'Missing parameter: `response_type`',
    );
  });
});

describe('validation: inputs that are not objects', () => {
  it.each([undefined, null, 'grant_type=x', 42])('treats %j as no parameters', (raw) => {
    expect(errorOf(() => validateTokenRequest(raw, isRegistered)).message).toBe(
      'Missing parameter: `grant_type`',
    );
    expect(normalizeAll(raw)).toEqual({});
  });

  it('does not echo a strange parameter name of an extension grant', () => {
    expect(errorOf(() => normalizeAll({ 'a"b\n': ['1', '2'] })).message).toBe(
      'Invalid request: `parameter` is included more than once',
    );
    expect(errorOf(() => normalizeAll({ x: 1 })).message).toBe('Invalid parameter: `x` must be a string');
  });
});

describe('validation: parameters that may repeat (RFC 8707 resource)', () => {
  const base = { grant_type: 'client_credentials' };

  it('keeps one resource as a one-element array and several in order', () => {
    expect(validateTokenRequest({ ...base, resource: 'https://api.example/' }, isRegistered)).toEqual({
      ...base,
      resource: ['https://api.example/'],
    });
    expect(
      validateTokenRequest({ ...base, resource: ['https://a.example/', 'https://b.example/'] }, isRegistered),
    ).toEqual({ ...base, resource: ['https://a.example/', 'https://b.example/'] });
  });

  it('drops empty values, and an all-empty resource is absent', () => {
    expect(validateTokenRequest({ ...base, resource: ['', 'https://a.example/'] }, isRegistered)).toEqual({
      ...base,
      resource: ['https://a.example/'],
    });
    expect(validateTokenRequest({ ...base, resource: '' }, isRegistered)).toEqual(base);
  });

  it('rejects objects inside the array with invalid_request', () => {
    const error = errorOf(() =>
      validateTokenRequest({ ...base, resource: ['https://a.example/', { x: 1 }] }, isRegistered),
    );
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error.message).toBe('Invalid parameter: `resource` must be a string');
  });

  it.each(['relative/path', 'https://a.example/#frag', 'https://a.example/a b'])(
    'answers the malformed resource %j with invalid_target',
    (resource) => {
      const error = errorOf(() => validateTokenRequest({ ...base, resource }, isRegistered));
      expect(error.name).toBe('invalid_target');
      expect(error.message).toBe('Invalid parameter: `resource`');
    },
  );

  it('caps the number of resources', () => {
    const many = Array.from({ length: 11 }, (_, i) => `https://r${i}.example/`);
    expect(errorOf(() => validateTokenRequest({ ...base, resource: many }, isRegistered)).name).toBe(
      'invalid_target',
    );
  });
});
