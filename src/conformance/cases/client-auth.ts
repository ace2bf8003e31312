/**
 * Cases: client authentication at the token endpoint (RFC 6749 §2.3, §2.3.1, §3.2.1, §4.4.2, §5.2; RFC 9110
 * §11.1, §5.3; security checklist §1.B): HTTP Basic with form-encoded credentials, malformed Basic headers, one
 * method per request, failures answered with invalid_client (401 and a challenge after the Authorization header),
 * confidential clients that leave out their secret, and public clients asking for client credentials.
 * Timing (CA-05, CA-06's latency part) is not testable from outside and has no case.
 */
import { basicHeader, describeError, type AnyClient, type CaseContext } from '../context.js';
import { encodeForm, type KitResponse } from '../http.js';
import type { Case } from '../types.js';

const area = 'client-auth';

function errorCode(response: KitResponse): string | undefined {
  const error = (response.json as { error?: unknown } | undefined)?.error;
  return typeof error === 'string' ? error : undefined;
}

/** `application/x-www-form-urlencoded` encoding of one value (RFC 6749 Appendix B). */
function formEncode(value: string): string {
  return encodeForm({ v: value }).slice(2);
}

/** Every byte percent-encoded: what any form decoder turns back into the value. */
function percentEncodeAll(value: string): string {
  return [...Buffer.from(value, 'utf8')]
    .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)
    .join('');
}

/** `Basic` over a user-id and password taken as they are (no form encoding). */
function rawBasic(userId: string, password: string): string {
  return `Basic ${Buffer.from(`${userId}:${password}`, 'utf8').toString('base64')}`;
}

/** A client credentials request with a hand-made Authorization header (and optional body parameters). */
function withAuthorization(
  t: CaseContext,
  authorization: string,
  extra: Record<string, string> = {},
): Promise<KitResponse> {
  const scope = t.config.scope;
  return t.request({
    method: 'POST',
    url: t.endpoints.token,
    operation: 'token',
    headers: { authorization },
    form: { grant_type: 'client_credentials', ...(scope ? { scope } : {}), ...extra },
  });
}

/** A confidential client's secret (the kinds the helpers return for `client` and `secondClient` have one). */
function secretOf(client: AnyClient): string {
  return client.secret ?? '';
}

/** The challenge of a 401 names the Basic scheme the client used (§5.2). */
function expectBasicChallenge(t: CaseContext, response: KitResponse): void {
  const challenge = response.headers['www-authenticate'];
  if (!challenge) t.fail('401 without a WWW-Authenticate header (RFC 6749 §5.2, RFC 9110 §15.5.2)');
  if (!/^\s*basic\b/i.test(challenge)) {
    t.fail(`the 401 challenges with "${challenge}", not the Basic scheme the client used`);
  }
}

/** Failed authentication through the Authorization header: 401 invalid_client with a Basic challenge. */
function expectHeaderAuthFailure(t: CaseContext, response: KitResponse): void {
  if (response.status === 200) t.fail('the target issued a token');
  t.expectError(response, 'invalid_client', [401]);
  expectBasicChallenge(t, response);
}

/**
 * A malformed Authorization header: 400 invalid_request (malformed), or 401 invalid_client with a Basic
 * challenge (authentication failed); never a token, never invalid_client without the 401 the header demands.
 */
function expectMalformedRefused(t: CaseContext, response: KitResponse): void {
  const error = errorCode(response);
  if (response.status === 200) t.fail('the target issued a token despite the malformed Authorization header');
  if (response.status === 400 && error === 'invalid_request') return;
  if (response.status === 401 && error === 'invalid_client') {
    expectBasicChallenge(t, response);
    return;
  }
  if (error === 'invalid_client') {
    t.fail(
      `answered ${response.status} invalid_client: a client that tried the Authorization header gets 401 with a WWW-Authenticate challenge (§5.2)`,
    );
  }
  t.fail(
    `expected 400 invalid_request or 401 invalid_client, got ${response.status} ${describeError(response)}`,
  );
}

/** A failed authentication through the body: invalid_client, 400 or 401 (§5.2). */
function expectBodyAuthFailure(t: CaseContext, response: KitResponse): void {
  if (response.status === 200) t.fail('the target issued a token');
  t.expectError(response, 'invalid_client', [400, 401]);
}

export const cases: Case[] = [
  {
    id: 'CA-03',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §2.3.1, Appendix B',
    title: 'Basic works with a secret that form-encoding changes (space, +, %, :, /, &, =)',
    needs: ['secondClient'],
    async run(t: CaseContext) {
      const client = t.client('secondClient');
      const secret = secretOf(client);
      if (formEncode(client.id) === client.id && formEncode(secret) === secret) {
        t.skip(
          "the second client's id and secret have no character form-encoding changes (CA-03b checks decoding)",
        );
      }
      const response = await withAuthorization(t, basicHeader(client.id, secret));
      if (
        response.status !== 200 &&
        client.authMethod === 'client_secret_post' &&
        errorCode(response) === 'invalid_client'
      ) {
        t.skip('the target holds the second client to client_secret_post and refused Basic for it');
      }
      t.tokens(response);
    },
  },
  {
    id: 'CA-03b',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §2.3.1, Appendix B',
    title: 'Basic credentials are form-decoded: a fully percent-encoded client id and secret authenticate',
    async run(t: CaseContext) {
      const client = t.client();
      const header = rawBasic(percentEncodeAll(client.id), percentEncodeAll(secretOf(client)));
      const response = await withAuthorization(t, header);
      if (response.status !== 200) {
        t.fail(
          `the percent-encoded credentials were refused (${response.status} ${describeError(response)}): the target does not form-decode the Basic user-id and password`,
        );
      }
      t.tokens(response);
    },
  },
  {
    id: 'CA-03c',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §2.3.1, Appendix B',
    title: 'Basic credentials sent without form-encoding (a raw + and %) do not authenticate',
    needs: ['secondClient'],
    async run(t: CaseContext) {
      const client = t.client('secondClient');
      const secret = secretOf(client);
      if (formEncode(client.id) === client.id && formEncode(secret) === secret) {
        t.skip("the second client's id and secret have no character form-encoding changes");
      }
      const response = await withAuthorization(t, rawBasic(client.id, secret));
      if (response.status === 200) {
        t.fail(
          'the raw secret authenticated: the target compares the Basic password without form-decoding it',
        );
      }
      expectMalformedRefused(t, response);
    },
  },
  {
    id: 'CA-03i',
    area,
    level: 'BAR',
    rfc: 'RFC 6749 §2.3.1 (client_secret in the request-body), Appendix B',
    title:
      'client_secret_post authenticates a client configured for it, with a secret that needs form-encoding',
    needs: ['secondClient'],
    async run(t: CaseContext) {
      const client = t.client('secondClient');
      if (client.authMethod !== 'client_secret_post') {
        t.skip('the second client is not configured for client_secret_post');
      }
      const response = await t.clientCredentials({}, { client: 'secondClient', auth: 'post' });
      if (response.status !== 200) {
        t.fail(
          `the second client's own credentials in the body were refused: ${response.status} ${describeError(response)}`,
        );
      }
      t.tokens(response);
    },
  },
  {
    id: 'CA-03d',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §5.2, §2.3.1',
    title: 'A Basic header without ":" is refused (400 invalid_request or 401 invalid_client)',
    async run(t: CaseContext) {
      const header = `Basic ${Buffer.from(formEncode(t.client().id)).toString('base64')}`;
      expectMalformedRefused(t, await withAuthorization(t, header));
    },
  },
  {
    id: 'CA-03e',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §5.2, §2.3.1',
    title: 'A Basic header that is not base64 is refused (400 invalid_request or 401 invalid_client)',
    async run(t: CaseContext) {
      expectMalformedRefused(t, await withAuthorization(t, 'Basic !!not*base64~~'));
    },
  },
  {
    id: 'CA-03f',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §5.2, §2.3.1',
    title: 'A Basic header without credentials is refused (400 invalid_request or 401 invalid_client)',
    async run(t: CaseContext) {
      expectMalformedRefused(t, await withAuthorization(t, 'Basic'));
    },
  },
  {
    id: 'CA-03g',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §5.2 (invalid_request: "more than one mechanism"), §2.3',
    title: 'A malformed Basic header is not skipped in favour of credentials in the body',
    async run(t: CaseContext) {
      const client = t.config.secondClient ? t.client('secondClient') : t.client();
      const response = await withAuthorization(t, 'Basic !!not*base64~~', {
        client_id: client.id,
        client_secret: secretOf(client),
      });
      if (response.status === 200) {
        t.fail('the target ignored the malformed Authorization header and authenticated with the body');
      }
      expectMalformedRefused(t, response);
    },
  },
  {
    id: 'CA-03h',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §3.2.1, §5.2',
    title: 'Basic with an empty password does not authenticate a confidential client',
    async run(t: CaseContext) {
      const response = await withAuthorization(t, basicHeader(t.client().id, ''));
      if (response.status === 200) t.fail('the target issued a token for an empty Basic password');
      expectMalformedRefused(t, response);
    },
  },
  {
    id: 'CA-02',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §2.3 ("MUST NOT use more than one authentication method"), §5.2',
    title: 'Basic plus client_secret in the body (even the right one) is refused with invalid_request',
    async run(t: CaseContext) {
      const client = t.client();
      const response = await withAuthorization(t, basicHeader(client.id, secretOf(client)), {
        client_secret: secretOf(client),
      });
      if (response.status === 200)
        t.fail('the target accepted two client authentication methods in one request');
      t.expectError(response, 'invalid_request');
    },
  },
  {
    id: 'CA-02b',
    area,
    level: 'BAR',
    rfc: 'RFC 9110 §5.3 (no repeated singleton field); security checklist §2.2',
    title: 'Two Authorization headers are refused (400/401), not resolved by taking one of them',
    async run(t: CaseContext) {
      const client = t.client();
      const scope = t.config.scope;
      const head =
        'POST {path} HTTP/1.1\r\nHost: {host}\r\n' +
        `Authorization: ${basicHeader(client.id, secretOf(client))}\r\n` +
        `Authorization: ${basicHeader('kit-unknown-client', 'kit-wrong-secret')}\r\n` +
        'Content-Type: application/x-www-form-urlencoded\r\n';
      const body = encodeForm({ grant_type: 'client_credentials', ...(scope ? { scope } : {}) });
      const result = await t.raw(t.endpoints.token, head, body);
      if (result.status === 200)
        t.fail('the target issued a token for a request with two Authorization headers');
      t.expectStatus(result, 400, 401);
    },
  },
  {
    id: 'CA-08',
    area,
    level: 'BAR',
    rfc: 'RFC 6749 §2.3, §3.2.1; security checklist CA-08',
    title: 'A body client_id that differs from the Basic user-id is refused',
    async run(t: CaseContext) {
      const client = t.client();
      const other = t.config.secondClient?.id ?? 'kit-other-client';
      const response = await withAuthorization(t, basicHeader(client.id, secretOf(client)), {
        client_id: other,
      });
      if (response.status === 200) {
        t.fail(`the target issued a token to ${client.id} although the body named client_id=${other}`);
      }
      expectMalformedRefused(t, response);
    },
  },
  {
    id: 'CA-15',
    area,
    level: 'BAR',
    rfc: 'RFC 6749 §3.2.1 ("A client MAY use the client_id request parameter")',
    title: 'A body client_id that repeats the Basic user-id is accepted',
    async run(t: CaseContext) {
      const client = t.client();
      t.tokens(
        await withAuthorization(t, basicHeader(client.id, secretOf(client)), { client_id: client.id }),
      );
    },
  },
  {
    id: 'CA-04',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §5.2 (invalid_client)',
    title: 'A wrong secret in the Basic header gets 401 invalid_client with a Basic challenge',
    async run(t: CaseContext) {
      expectHeaderAuthFailure(t, await withAuthorization(t, basicHeader(t.client().id, 'kit-wrong-secret')));
    },
  },
  {
    id: 'CA-04b',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §5.2 (invalid_client)',
    title: 'A wrong client_secret in the body gets invalid_client (400, or 401 with a challenge)',
    async run(t: CaseContext) {
      const second = t.config.secondClient?.authMethod === 'client_secret_post';
      const client = second ? t.client('secondClient') : t.client();
      const response = await t.clientCredentials(
        {},
        { client: { ...client, secret: 'kit-wrong-secret' } as AnyClient, auth: 'post' },
      );
      expectBodyAuthFailure(t, response);
    },
  },
  {
    id: 'CA-04c',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §5.2 (invalid_client: "unknown client")',
    title: 'An unknown client in the Basic header gets 401 invalid_client with a Basic challenge',
    async run(t: CaseContext) {
      expectHeaderAuthFailure(t, await withAuthorization(t, basicHeader('kit-unknown-client', 'kit-secret')));
    },
  },
  {
    id: 'CA-06',
    area,
    level: 'BAR',
    rfc: 'RFC 6749 §5.2 (invalid_client); security checklist CA-06',
    title: 'An unknown client and a wrong secret get the same answer (status, error, description)',
    async run(t: CaseContext) {
      const wrong = await withAuthorization(t, basicHeader(t.client().id, 'kit-wrong-secret'));
      const unknown = await withAuthorization(t, basicHeader('kit-unknown-client', 'kit-wrong-secret'));
      if (wrong.status !== unknown.status || errorCode(wrong) !== errorCode(unknown)) {
        t.fail(
          `a wrong secret got ${wrong.status} ${describeError(wrong)}, an unknown client ${unknown.status} ${describeError(unknown)}: the answer tells which client ids exist`,
        );
      }
      const description = (r: KitResponse): unknown =>
        (r.json as { error_description?: unknown } | undefined)?.error_description;
      if (description(wrong) !== description(unknown)) {
        t.warn('the error descriptions differ between an unknown client and a wrong secret');
      }
    },
  },
  {
    id: 'CA-13',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §5.2 (invalid_client)',
    title: "A client authenticating with another client's secret gets 401 invalid_client",
    needs: ['secondClient'],
    async run(t: CaseContext) {
      const second = t.client('secondClient');
      expectHeaderAuthFailure(t, await withAuthorization(t, basicHeader(t.client().id, secretOf(second))));
    },
  },
  {
    id: 'CA-01',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §3.2.1 (confidential clients "MUST authenticate"), §4.4.2, §5.2',
    title: 'A confidential client sending only its client_id is refused with invalid_client',
    async run(t: CaseContext) {
      const response = await t.clientCredentials({}, { auth: 'none' });
      if (response.status === 200)
        t.fail('the target issued a token to a confidential client that sent no secret');
      if (errorCode(response) === 'invalid_request' && response.status === 400) {
        t.warn(
          'refused with invalid_request; the code for "no client authentication included" is invalid_client',
        );
      }
      expectBodyAuthFailure(t, response);
    },
  },
  {
    id: 'CA-01b',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §3.2.1 (confidential clients "MUST authenticate"), §4.1.3, §5.2',
    title:
      'A code_verifier does not replace client authentication: a confidential client without its secret is refused',
    needs: ['authorization'],
    async run(t: CaseContext) {
      const issued = await t.code();
      const response = await t.redeem(issued, {}, { auth: 'none' });
      if (response.status === 200) {
        t.fail(
          'the target redeemed the code of a confidential client that sent a code_verifier but no secret',
        );
      }
      const error = errorCode(response);
      if (response.status === 400 && (error === 'invalid_request' || error === 'invalid_grant')) {
        t.warn(`refused with ${error}; the code for "no client authentication included" is invalid_client`);
      }
      expectBodyAuthFailure(t, response);
    },
  },
  {
    id: 'CA-10',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §4.4.2 ("The authorization server MUST authenticate the client"), §4.4, §5.2',
    title: 'A public client asking for client credentials is refused (unauthorized_client or invalid_client)',
    needs: ['publicClient'],
    async run(t: CaseContext) {
      const response = await t.clientCredentials({}, { client: 'publicClient' });
      if (response.status === 200) t.fail('the target issued a client credentials token to a public client');
      const error = errorCode(response);
      if (error === 'unauthorized_client' && response.status === 400) return;
      if (error === 'invalid_client' && (response.status === 400 || response.status === 401)) return;
      t.fail(
        `expected 400 unauthorized_client or invalid_client, got ${response.status} ${describeError(response)}`,
      );
    },
  },
  {
    id: 'CA-12',
    area,
    level: 'MUST',
    rfc: 'RFC 9110 §11.1 (the auth-scheme is case-insensitive), RFC 6749 §2.3.1',
    title: 'The Basic scheme is matched case-insensitively ("basic", "BASIC")',
    async run(t: CaseContext) {
      const client = t.client();
      const credentials = basicHeader(client.id, secretOf(client)).slice('Basic '.length);
      for (const scheme of ['basic', 'BASIC']) {
        const response = await withAuthorization(t, `${scheme} ${credentials}`);
        if (response.status !== 200) {
          t.fail(`"${scheme}" was refused: ${response.status} ${describeError(response)}`);
        }
      }
    },
  },
  {
    id: 'CA-14',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §5.2 (invalid_client: "unsupported authentication method")',
    title:
      'A Bearer header at the token endpoint gets 401 invalid_client with a challenge, or 400 invalid_request',
    async run(t: CaseContext) {
      const response = await withAuthorization(t, 'Bearer kit-not-a-client-credential');
      const error = errorCode(response);
      if (response.status === 200) t.fail('the target issued a token for a Bearer header');
      if (response.status === 400 && error === 'invalid_request') return;
      if (response.status === 401 && error === 'invalid_client') {
        t.check(
          response.headers['www-authenticate'],
          '401 without a WWW-Authenticate header (RFC 9110 §15.5.2)',
        );
        return;
      }
      if (response.status === 400 && error === 'invalid_client') {
        t.warn(
          'answered 400 invalid_client: the client tried the Authorization header, so 401 with a challenge is due (§5.2)',
        );
      }
      t.fail(
        `expected 401 invalid_client or 400 invalid_request, got ${response.status} ${describeError(response)}`,
      );
    },
  },
];
