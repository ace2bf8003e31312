import { describe, expect, it, vi } from 'vitest';
import { InvalidArgumentError } from '../../src/errors.js';
import {
  Response,
  assertResponseTarget,
  setHeaders,
  writeResponse,
  type ResponseOptions,
} from '../../src/response.js';

describe('new Response()', () => {
  it('starts at 200 with no headers and an empty body', () => {
    const response = new Response();
    expect(response.status).toBe(200);
    expect({ ...response.headers }).toEqual({});
    expect(Object.getPrototypeOf(response.headers)).toBeNull();
    expect(response.body).toEqual({});
  });

  it('lower-cases header names, stringifies values, joins arrays and drops undefined', () => {
    const response = new Response({
      headers: {
        'Content-Type': 'application/json',
        'X-Count': 3,
        'X-List': ['a', 'b'],
        'X-None': undefined,
      },
    });
    expect({ ...response.headers }).toEqual({
      'content-type': 'application/json',
      'x-count': '3',
      'x-list': 'a, b',
    });
  });

  it('keeps the body given', () => {
    const body = { a: 1 };
    expect(new Response({ body }).body).toBe(body);
    expect(new Response({ body: null }).body).toEqual({});
  });

  it('copies other own properties (locals, say), never its own fields or methods', () => {
    const locals = { user: 'alice' };
    const response = new Response({ locals, status: 500, get: () => 'x', redirect: 1 });
    expect(response.locals).toBe(locals);
    expect(response.status).toBe(200);
    expect(Object.hasOwn(response, 'get')).toBe(false);
    expect(Object.hasOwn(response, 'redirect')).toBe(false);
    response.set('X-A', '1');
    expect(response.get('x-a')).toBe('1');
  });

  it('does not let a __proto__ property change its prototype', () => {
    const options = JSON.parse('{"__proto__":{"admin":true}}') as ResponseOptions;
    const response = new Response(options);
    expect(Object.getPrototypeOf(response)).toBe(Response.prototype);
    expect((response as unknown as { admin?: unknown }).admin).toBeUndefined();
  });

  it('get() and set() work case-insensitively, storing lower-case names', () => {
    const response = new Response();
    response.set('X-Thing', 'one');
    expect(response.get('x-thing')).toBe('one');
    expect(response.get('X-THING')).toBe('one');
    expect(Object.keys(response.headers)).toEqual(['x-thing']);
  });

  it('redirect() sets Location and 302', () => {
    const response = new Response();
    response.redirect('https://client.example/cb?code=x');
    expect(response.status).toBe(302);
    expect(response.get('Location')).toBe('https://client.example/cb?code=x');
  });
});

describe('assertResponseTarget()', () => {
  it.each([undefined, null, 'res', 42])('refuses %j', (value) => {
    expect(() => assertResponseTarget(value)).toThrow(InvalidArgumentError);
    expect(() => assertResponseTarget(value)).toThrow(
      'Invalid argument: `response` must be an instance of Response',
    );
  });

  it('accepts any object: a Response of another copy, or an Express response', () => {
    expect(() => assertResponseTarget({})).not.toThrow();
    expect(() => assertResponseTarget(new Response())).not.toThrow();
  });
});

describe('writeResponse() and setHeaders()', () => {
  it('writes status, headers and body to a Response through set()', () => {
    const response = new Response();
    const set = vi.spyOn(response, 'set');
    writeResponse(response, {
      status: 401,
      headers: { 'www-authenticate': 'Bearer realm="x"' },
      body: undefined,
    });
    expect(response.status).toBe(401);
    expect(response.body).toBeUndefined();
    expect(set).toHaveBeenCalledExactlyOnceWith('www-authenticate', 'Bearer realm="x"');
    expect(response.get('WWW-Authenticate')).toBe('Bearer realm="x"');
  });

  it('writes into the headers object of a target without set()', () => {
    const target: { headers?: unknown; status?: unknown; body?: unknown } = { headers: { a: '1' } };
    writeResponse(target, { status: 200, headers: { b: '2' }, body: { ok: true } });
    expect(target).toEqual({ status: 200, headers: { a: '1', b: '2' }, body: { ok: true } });
  });

  it.each([undefined, null, 'x'])('creates the headers object when the target has %j', (headers) => {
    const target: { headers?: unknown } = { headers };
    setHeaders(target, { 'cache-control': 'no-store' });
    expect({ ...(target.headers as object) }).toEqual({ 'cache-control': 'no-store' });
  });
});
