import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors.js';
import { Request, contentMediaType, type RequestOptions } from '../../src/request.js';

const BRAND = Symbol.for('oauth2-contract.Request');

function request(extra: Partial<RequestOptions> & Record<string, unknown> = {}): Request {
  return new Request({ method: 'GET', headers: {}, query: {}, ...extra });
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

describe('new Request()', () => {
  it.each<[string, unknown, string]>([
    ['nothing', undefined, 'Missing parameter: `headers`'],
    ['null', null, 'Missing parameter: `headers`'],
    ['a string', 'GET /', 'Missing parameter: `headers`'],
    ['no headers', { method: 'GET', query: {} }, 'Missing parameter: `headers`'],
    ['no method', { headers: {}, query: {} }, 'Missing parameter: `method`'],
    ['an empty method', { headers: {}, method: '', query: {} }, 'Missing parameter: `method`'],
    ['no query', { headers: {}, method: 'GET' }, 'Missing parameter: `query`'],
  ])('throws InvalidArgumentError given %s', (_name, options, message) => {
    expectArgumentError(() => new Request(options as RequestOptions), message);
  });

  it('upper-cases the method', () => {
    expect(request({ method: 'post' }).method).toBe('POST');
  });

  it('lower-cases header names, joins repeated values and drops undefined ones', () => {
    const headers = {
      'Content-Type': 'application/json',
      AUTHORIZATION: 'Bearer x',
      'X-List': ['a', 'b'],
      'X-Absent': undefined,
    };
    const req = request({ headers });
    expect({ ...req.headers }).toEqual({
      'content-type': 'application/json',
      authorization: 'Bearer x',
      'x-list': 'a, b',
    });
    expect(Object.getPrototypeOf(req.headers)).toBeNull();
  });

  it('reads headers case-insensitively with get()', () => {
    const req = request({ headers: { 'Content-Type': 'text/plain' } });
    expect(req.get('content-type')).toBe('text/plain');
    expect(req.get('CONTENT-TYPE')).toBe('text/plain');
    expect(req.get('x-missing')).toBeUndefined();
  });

  it('takes a snapshot of the query', () => {
    const query = { a: '1' };
    const req = request({ query });
    query.a = '2';
    expect(req.query).toEqual({ a: '1' });
    expect(req.query).not.toBe(query);
  });

  it('snapshots a getter query (Express 5 re-parses it on every access)', () => {
    let reads = 0;
    const options = {
      method: 'GET',
      headers: {},
      get query() {
        reads += 1;
        return { n: String(reads) };
      },
    };
    const req = new Request(options);
    const snapshot = req.query;
    expect(snapshot).toEqual({ n: String(reads) });
    expect(req.query).toBe(snapshot);
    expect(Object.getOwnPropertyDescriptor(req, 'query')).toHaveProperty('value', snapshot);
  });

  it.each<[string, unknown, object]>([
    ['an object', { a: '1' }, { a: '1' }],
    ['no body', undefined, {}],
    ['null', null, {}],
    ['a string', 'a=1', {}],
    ['an array', ['a'], {}],
  ])('keeps a body that is %s as parameters, or {} otherwise', (_name, body, expected) => {
    expect(request({ body }).body).toEqual(expected);
  });

  it('lower-cases headersDistinct and copies its arrays', () => {
    const values = ['Bearer a', 'Bearer b'];
    const req = request({ headersDistinct: { Authorization: values, 'X-None': undefined } });
    expect({ ...req.headersDistinct }).toEqual({ authorization: ['Bearer a', 'Bearer b'] });
    expect(req.headersDistinct!.authorization).not.toBe(values);
    expect(request().headersDistinct).toBeUndefined();
  });

  it('copies the other own properties (session, user) for an authenticateHandler', () => {
    const session = { user: { id: 1 } };
    const req = request({ session, user: 'alice', locals: { a: 1 } });
    expect(req.session).toBe(session);
    expect(req.user).toBe('alice');
    expect(req.locals).toEqual({ a: 1 });
  });

  it('never overwrites its own fields or methods with copied properties', () => {
    const get = () => 'hijacked';
    const req = request({ get, is: get, method: 'GET', headers: { 'content-type': 'application/json' } });
    expect(Object.hasOwn(req, 'get')).toBe(false);
    expect(Object.hasOwn(req, 'is')).toBe(false);
    expect(req.get('content-type')).toBe('application/json');
    expect(req.is('json')).toBe('json');
  });

  it('does not let a __proto__ property change its prototype', () => {
    const options = JSON.parse(
      '{"method":"GET","headers":{},"query":{},"__proto__":{"admin":true}}',
    ) as RequestOptions;
    const req = new Request(options);
    expect(Object.getPrototypeOf(req)).toBe(Request.prototype);
    expect((req as unknown as { admin?: unknown }).admin).toBeUndefined();
  });

  it('carries the brand every copy of the package recognises, non-enumerable', () => {
    const req = request();
    expect(Object.getOwnPropertyDescriptor(req, BRAND)).toMatchObject({ value: true, enumerable: false });
    expect(Object.keys(req)).not.toContain(BRAND);
  });
});

describe('Request#is()', () => {
  const form = (contentType: string | undefined): Request =>
    request({ headers: contentType === undefined ? {} : { 'content-type': contentType } });

  it('returns false without a Content-Type', () => {
    expect(form(undefined).is('application/x-www-form-urlencoded')).toBe(false);
    expect(form('').is('urlencoded')).toBe(false);
    expect(form('   ; charset=utf-8').is('urlencoded')).toBe(false);
  });

  it('matches a full media type, ignoring parameters and case, and returns the type given', () => {
    const req = form('Application/X-WWW-Form-URLEncoded; charset=UTF-8');
    expect(req.is('application/x-www-form-urlencoded')).toBe('application/x-www-form-urlencoded');
    expect(req.is('APPLICATION/X-WWW-FORM-URLENCODED')).toBe('APPLICATION/X-WWW-FORM-URLENCODED');
  });

  it.each([
    ['urlencoded', 'application/x-www-form-urlencoded'],
    ['json', 'application/json'],
    ['html', 'text/html'],
    ['text', 'text/plain'],
    ['multipart', 'multipart/form-data; boundary=x'],
  ])('understands the shorthand %s', (shorthand, contentType) => {
    expect(form(contentType).is(shorthand)).toBe(shorthand);
  });

  it('matches a subtype wildcard', () => {
    expect(form('application/json').is('application/*')).toBe('application/*');
    expect(form('text/html').is('application/*')).toBe(false);
  });

  it('returns the first match of several types, given as arguments or arrays', () => {
    const req = form('application/json');
    expect(req.is('urlencoded', 'json', 'application/*')).toBe('json');
    expect(req.is(['html', 'text'], ['application/*'])).toBe('application/*');
    expect(req.is('html', 'text')).toBe(false);
    expect(req.is()).toBe(false);
  });

  it('does not match a different media type', () => {
    expect(form('application/json').is('urlencoded')).toBe(false);
    expect(form('application/jsonx').is('json')).toBe(false);
  });

  it('matches a type wildcard, as type-is does', () => {
    expect(form('application/json').is('*/*')).toBe('*/*');
    expect(form('application/json').is('*/json')).toBe('*/json');
  });
});

describe('contentMediaType()', () => {
  it.each<[string | undefined, string | undefined]>([
    [undefined, undefined],
    ['', undefined],
    ['Text/HTML; charset=utf-8', 'text/html'],
    ['  application/json  ', 'application/json'],
    [';', undefined],
  ])('%j is %j', (contentType, mediaType) => {
    expect(contentMediaType(contentType)).toBe(mediaType);
  });
});

describe('Request.from()', () => {
  it('returns a Request as is', () => {
    const req = request();
    expect(Request.from(req)).toBe(req);
  });

  it('returns a Request of another copy of the package (carrying the brand) as is', () => {
    const foreign = { headers: {}, method: 'GET', query: {}, [BRAND]: true };
    expect(Request.from(foreign)).toBe(foreign);
  });

  it('wraps a plain object, defaulting the query to {}', () => {
    const req = Request.from({ headers: { Authorization: 'Bearer x' }, method: 'get', body: { a: '1' } });
    expect(req).toBeInstanceOf(Request);
    expect(req.method).toBe('GET');
    expect(req.headers.authorization).toBe('Bearer x');
    expect(req.query).toEqual({});
    expect(req.body).toEqual({ a: '1' });
  });

  it('wraps an Express-like request with own fields, keeping its session', () => {
    const session = { userId: 'alice' };
    const expressLike = {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      method: 'POST',
      query: { a: '1' },
      body: { b: '2' },
      session,
    };
    const req = Request.from(expressLike);
    expect(req).toBeInstanceOf(Request);
    expect(req.query).toEqual({ a: '1' });
    expect(req.body).toEqual({ b: '2' });
    expect(req.session).toBe(session);
    expect(req.is('urlencoded')).toBe('urlencoded');
  });

  it('wraps a request whose headers and query are prototype getters (node:http / Express 5)', () => {
    class IncomingLike {
      method = 'GET';
      session = { userId: 'alice' };
      get headers(): Record<string, string> {
        return { authorization: 'Bearer x' };
      }
      get headersDistinct(): Record<string, string[]> {
        return { authorization: ['Bearer x'] };
      }
      get query(): Record<string, string> {
        return { a: '1' };
      }
    }
    const req = Request.from(new IncomingLike());
    expect(req.headers.authorization).toBe('Bearer x');
    expect(req.headersDistinct).toEqual({ authorization: ['Bearer x'] });
    expect(req.query).toEqual({ a: '1' });
    expect(req.session).toEqual({ userId: 'alice' });
  });

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'GET /'],
    ['an object without method', { headers: {} }],
    ['an object without headers', { method: 'GET' }],
  ])('refuses %s', (_name, value) => {
    expectArgumentError(
      () => Request.from(value),
      'Invalid argument: `request` must be an instance of Request',
    );
  });
});
