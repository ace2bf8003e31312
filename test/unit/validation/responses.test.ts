import { describe, expect, it } from 'vitest';
import { contractViolations } from '../../../src/validation/responses.js';
import { expectMatchesContract } from '../../helpers/contract.js';

const noStore = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };

describe('contractViolations', () => {
  it('accepts a documented token response', () => {
    expectMatchesContract(
      { status: 200, headers: noStore, body: { access_token: 'a', token_type: 'Bearer', expires_in: 3600 } },
      'token',
    );
  });

  it('accepts a fetch Headers object and a JSON text body', () => {
    const headers = new Headers({ ...noStore, 'content-type': 'application/json; charset=utf-8' });
    expectMatchesContract({ status: 400, headers, body: '{"error":"invalid_grant"}' }, 'token');
  });

  it('reports an undocumented status', () => {
    expect(contractViolations('token', { status: 302, headers: {}, body: undefined })).toEqual([
      'status 302 is not documented for token (documented: 200, 400, 401, 413, 500, 503)',
    ]);
  });

  it('reports a missing Cache-Control on a token response (TR-01)', () => {
    const violations = contractViolations('token', {
      status: 200,
      headers: { pragma: 'no-cache' },
      body: { access_token: 'a', token_type: 'Bearer' },
    });
    expect(violations).toEqual([expect.stringContaining("must have required property 'cache-control'")]);
  });

  // The contract requires what the RFCs require of every server (the conformance kit judges others by it):
  // Pragma (RFC 6749 §5.1, dropped by OAuth 2.1) and caching headers on errors are described, not required.
  it('does not require Pragma on a token response, nor caching headers on an error', () => {
    expect(
      contractViolations('token', {
        status: 200,
        headers: { 'cache-control': 'no-store' },
        body: { access_token: 'a', token_type: 'Bearer' },
      }),
    ).toEqual([]);
    expect(
      contractViolations('token', { status: 400, headers: {}, body: { error: 'invalid_grant' } }),
    ).toEqual([]);
  });

  it('reports a Pragma other than no-cache on a token response', () => {
    const violations = contractViolations('token', {
      status: 200,
      headers: { 'cache-control': 'no-store', pragma: 'cache' },
      body: { access_token: 'a', token_type: 'Bearer' },
    });
    expect(violations).toEqual([expect.stringContaining('headers /pragma must be equal to constant')]);
  });

  it('reports a Cache-Control without no-store', () => {
    const violations = contractViolations('token', {
      status: 200,
      headers: { 'cache-control': 'no-cache', pragma: 'no-cache' },
      body: { access_token: 'a', token_type: 'Bearer' },
    });
    expect(violations).toEqual([expect.stringContaining('headers /cache-control must match pattern')]);
  });

  it('reports an error code the contract does not list', () => {
    const violations = contractViolations('token', {
      status: 400,
      headers: noStore,
      body: { error: 'invalid_argument' },
    });
    expect(violations).toEqual([
      expect.stringContaining('body /error must be equal to one of the allowed values'),
    ]);
  });

  it.each(['quote " inside', 'back\\slash', 'line\nbreak', 'tab\there', 'caf\u00e9'])(
    'reports an error_description outside the RFC 6749 §5.2 set: %j (TR-04)',
    (description) => {
      const violations = contractViolations('token', {
        status: 400,
        headers: noStore,
        body: { error: 'invalid_request', error_description: description },
      });
      expect(violations).toEqual([expect.stringContaining('body /error_description must match pattern')]);
    },
  );

  it('reports a missing body, an unparsable body and an undocumented media type', () => {
    expect(contractViolations('token', { status: 400, headers: noStore, body: '' })).toEqual([
      'body is empty, but the contract documents application/json',
    ]);
    expect(
      contractViolations('token', {
        status: 400,
        headers: { ...noStore, 'content-type': 'application/json' },
        body: '{',
      }),
    ).toEqual(['body is not valid JSON']);
    expect(
      contractViolations('token', {
        status: 400,
        headers: { ...noStore, 'content-type': 'text/html' },
        body: '<p>',
      }),
    ).toEqual(['Content-Type text/html is not documented (documented: application/json)']);
  });

  it('reports a body where none is documented', () => {
    expect(
      contractViolations('revoke', { status: 200, headers: { 'cache-control': 'no-store' }, body: 'ok' }),
    ).toEqual(['body is not empty, but the contract documents no body for status 200']);
  });

  it('allows the empty body of a bearer challenge without credentials (RFC 6750 §3.1)', () => {
    expectMatchesContract(
      { status: 401, headers: { 'www-authenticate': 'Bearer realm="oauth2-contract"' } },
      'getMe',
    );
  });

  it('checks the bearer challenge grammar', () => {
    const headers = {
      'www-authenticate': 'Bearer realm="x", error="invalid_token", error_description="bad"',
    };
    expect(
      contractViolations('getMe', {
        status: 401,
        headers,
        body: { error: 'invalid_token', error_description: 'bad' },
      }),
    ).toEqual([]);
    expect(
      contractViolations('getMe', { status: 401, headers: { 'www-authenticate': 'Basic realm="x"' } }),
    ).toEqual([expect.stringContaining('headers /www-authenticate must match pattern')]);
  });

  describe('redirects', () => {
    const redirect = (location: string) => ({
      status: 302,
      headers: { location, 'cache-control': 'no-store' },
    });

    it('accepts a success redirect that keeps the registered query', () => {
      expectMatchesContract(
        redirect('https://client.example/cb?x=1&code=abc&state=xyz&iss=https%3A%2F%2Fas.example'),
        'authorize',
      );
    });

    it('accepts an error redirect', () => {
      expectMatchesContract(
        redirect('https://client.example/cb?error=access_denied&error_description=Access%20denied&state=s'),
        'authorize',
      );
    });

    it('reports a success redirect without a code', () => {
      expect(contractViolations('authorize', redirect('https://client.example/cb?state=s'))).toEqual([
        expect.stringContaining("redirect must have required property 'code'"),
      ]);
    });

    it('reports an error redirect with a token-endpoint-only error code', () => {
      expect(
        contractViolations('authorize', redirect('https://client.example/cb?error=invalid_grant')),
      ).toEqual([
        expect.stringContaining('error redirect /error must be equal to one of the allowed values'),
      ]);
    });

    it('reports a repeated code and a relative Location', () => {
      expect(contractViolations('authorize', redirect('https://client.example/cb?code=a&code=b'))).toEqual([
        'redirect parameter code appears more than once',
      ]);
      expect(contractViolations('authorize', redirect('/cb?code=a'))).toEqual([
        'headers /location must match format "uri" (#/properties/location/format)',
        'Location is not an absolute URI: /cb?code=a',
      ]);
    });

    it('reports a missing Location', () => {
      expect(
        contractViolations('authorize', { status: 302, headers: { 'cache-control': 'no-store' } }),
      ).toEqual([expect.stringContaining("must have required property 'location'")]);
    });
  });
});

describe('contractViolations: header and body shapes', () => {
  it('joins repeated header values and skips undefined ones', () => {
    const violations = contractViolations('token', {
      status: 200,
      headers: {
        'cache-control': ['no-store', 'private'],
        pragma: 'no-cache',
        'x-absent': undefined,
        'x-n': 1,
      },
      body: { access_token: 'a', token_type: 'Bearer' },
    });
    expect(violations).toEqual([]);
  });

  it('reports a text body without a Content-Type', () => {
    expect(contractViolations('token', { status: 400, headers: noStore, body: 'oops' })).toEqual([
      'Content-Type (none) is not documented (documented: application/json)',
    ]);
  });

  it('validates an HTML page as a string', () => {
    const headers = {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'x-frame-options': 'DENY',
      'content-security-policy': "default-src 'self'; frame-ancestors 'none'",
      'referrer-policy': 'no-referrer',
    };
    expectMatchesContract({ status: 200, headers, body: '<!doctype html><p>Log in</p>' }, 'authorize');
  });

  it('reports an invalid error redirect state and a bad header together', () => {
    const violations = contractViolations('authorize', {
      status: 302,
      headers: {
        location: 'https://c.example/cb?error=access_denied&state=caf%C3%A9',
        'cache-control': 'no-store',
      },
    });
    expect(violations).toEqual([expect.stringContaining('error redirect /state must match pattern')]);
  });

  it('lets a registered query repeat its own parameters', () => {
    expectMatchesContract(
      {
        status: 302,
        headers: { location: 'https://c.example/cb?a=1&a=2&code=x', 'cache-control': 'no-store' },
      },
      'authorize',
    );
  });
});
