/**
 * Cases: PKCE (RFC 7636 §4.1–4.6; RFC 9700 §2.1.1 and §4.8.2; OAuth 2.1 §4.1.2.1; security checklist §1.E).
 *
 * The authorization endpoint must refuse malformed or unsupported challenges, and the token endpoint must bind
 * every code to its challenge: the right verifier and only the right verifier, with the method stored at
 * authorization, and never a verifier for a code issued without a challenge (the PKCE downgrade).
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  pkcePair,
  type AuthorizationOutcome,
  type CaseContext,
  type ClientKind,
  type IssuedCode,
} from '../context.js';
import type { Case } from '../types.js';

const area = 'pkce';

/** BASE64URL(SHA256(ASCII(verifier))) (RFC 7636 §4.2). */
function s256(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

/** A random base64url string of about `length` characters (unreserved characters only). */
function randomString(length: number): string {
  return randomBytes(Math.ceil((length * 3) / 4) + 1)
    .toString('base64url')
    .slice(0, length);
}

/** An authorization request of a client with the PKCE parameters the case chooses; the redirect it ended in. */
async function authorizeWith(
  t: CaseContext,
  pkce: Record<string, string | undefined>,
  kind: ClientKind = 'client',
): Promise<AuthorizationOutcome> {
  const client = t.client(kind);
  return t.authorize(
    {
      response_type: 'code',
      redirect_uri: client.redirectUri,
      scope: t.config.scope,
      state: randomString(16),
      ...pkce,
    },
    { client: kind },
  );
}

/** The code of an authorization outcome, as the helpers redeem it (no verifier: the case gives it). */
function issuedFrom(t: CaseContext, outcome: AuthorizationOutcome, kind: ClientKind): IssuedCode {
  const code = outcome.params.get('code');
  if (!code) t.fail('the redirect to the client has no code');
  const client = t.client(kind);
  return {
    code,
    client,
    redirectUri: client.redirectUri,
    redirectUriSent: true,
    verifier: undefined,
    challenge: undefined,
  };
}

/** The authorization request must have been refused with `invalid_request` (redirected, not a code). */
function expectRefused(t: CaseContext, outcome: AuthorizationOutcome, what: string): void {
  if (outcome.params.get('code')) t.fail(`the target issued a code for ${what}`);
  t.expectRedirectError(outcome, 'invalid_request');
}

/** A code bound to the S256 challenge of `verifier` (which may itself break the grammar). */
function codeForVerifier(t: CaseContext, verifier: string, kind: ClientKind = 'client'): Promise<IssuedCode> {
  return t.code({
    client: kind,
    pkce: false,
    extra: { code_challenge: s256(verifier), code_challenge_method: 'S256' },
  });
}

/**
 * A code issued without any PKCE parameter, or `undefined` when the target refuses to issue one (it requires
 * PKCE of this client).
 */
async function codeWithoutPkce(t: CaseContext, kind: ClientKind = 'client'): Promise<IssuedCode | undefined> {
  const outcome = await authorizeWith(t, {}, kind);
  const error = outcome.params.get('error');
  if (error === 'invalid_request') return undefined;
  if (error) t.fail(`the authorization request without PKCE was refused with ${error}, not invalid_request`);
  return issuedFrom(t, outcome, kind);
}

/** Whether a code carries the challenge in a form anyone can read back (plain, base64, hex). */
function revealsChallenge(code: string, challenge: string): boolean {
  const hash = Buffer.from(challenge, 'base64url');
  const texts = [code];
  try {
    texts.push(decodeURIComponent(code));
  } catch {
    // not percent-encoded
  }
  for (const part of code.split(/[.~]/)) {
    for (const encoding of ['base64url', 'base64'] as const) {
      const bytes = Buffer.from(part, encoding);
      if (bytes.includes(hash)) return true;
      texts.push(bytes.toString('latin1'));
    }
  }
  return texts.some((text) => text.includes(challenge) || text.includes(hash.toString('hex')));
}

export const cases: Case[] = [
  {
    id: 'PK-01',
    area,
    level: 'MUST',
    rfc: 'RFC 9700 §2.1.1 ("Authorization servers MUST support PKCE"); RFC 7636 §4.6',
    title: 'A code requested with an S256 challenge is redeemed with its verifier',
    needs: ['authorization'],
    async run(t) {
      await t.tokensFromCode({ pkce: 'S256' });
    },
  },
  {
    id: 'PK-01b',
    area,
    level: 'MUST',
    rfc: 'RFC 7636 §4.6; RFC 6749 §4.1.3 (a public client is identified by client_id)',
    title: 'A public client redeems its S256 code with the verifier and no secret',
    needs: ['authorization', 'publicClient'],
    async run(t) {
      await t.tokensFromCode({ client: 'publicClient', pkce: 'S256' });
    },
  },
  {
    id: 'PK-02',
    area,
    level: 'BAR',
    rfc: 'RFC 9700 §2.1.1 ("Public clients MUST use PKCE"); OAuth 2.1 §4.1.2.1',
    title:
      'An authorization request of a public client without code_challenge is refused with invalid_request',
    needs: ['authorization', 'publicClient'],
    async run(t) {
      const outcome = await authorizeWith(t, {}, 'publicClient');
      expectRefused(t, outcome, 'a public client without code_challenge');
    },
  },
  {
    id: 'PK-03',
    area,
    level: 'SHOULD',
    rfc: 'OAuth 2.1 §4.1.2.1; RFC 9700 §2.1.1 (PKCE RECOMMENDED for confidential clients)',
    title: 'A confidential client without code_challenge is refused too (unless it mitigates code injection)',
    needs: ['authorization'],
    async run(t) {
      const issued = await codeWithoutPkce(t);
      if (issued) {
        t.warn(
          'the target issued a code without PKCE to the confidential client: OAuth 2.1 requires PKCE unless the client mitigates code injection otherwise (e.g. an OpenID Connect nonce)',
        );
      }
    },
  },
  {
    id: 'PK-04',
    area,
    level: 'BAR',
    rfc: 'RFC 9700 §2.1.1 (S256 is the only method that does not expose the verifier)',
    title: 'The plain method is refused (S256 only)',
    needs: ['authorization'],
    async run(t) {
      const verifier = pkcePair().verifier;
      const outcome = await authorizeWith(t, { code_challenge: verifier, code_challenge_method: 'plain' });
      if (outcome.params.get('code')) {
        t.warn(
          'the target accepts code_challenge_method=plain, which puts the verifier in the authorization request: an attacker who reads the request can redeem the code',
        );
      }
      t.expectRedirectError(outcome, 'invalid_request');
    },
  },
  {
    id: 'PK-04b',
    area,
    level: 'MUST',
    rfc: 'RFC 7636 §4.6 (plain: code_verifier == code_challenge)',
    title:
      'If plain is accepted, the code is redeemed with a verifier equal to the challenge, and only with it',
    needs: ['authorization'],
    async run(t) {
      const verifier = pkcePair().verifier;
      const outcome = await authorizeWith(t, { code_challenge: verifier, code_challenge_method: 'plain' });
      if (!outcome.params.get('code')) return t.skip('the target refuses the plain method');
      const issued = issuedFrom(t, outcome, 'client');
      t.tokens(await t.redeem(issued, { code_verifier: verifier }));
      const other = await t.code({
        pkce: false,
        extra: { code_challenge: pkcePair().verifier, code_challenge_method: 'plain' },
      });
      t.expectError(await t.redeem(other, { code_verifier: pkcePair().verifier }), 'invalid_grant');
    },
  },
  {
    id: 'PK-05',
    area,
    level: 'MUST',
    rfc: 'RFC 7636 §4.4.1 (unsupported transformation: invalid_request)',
    title: 'An unsupported code_challenge_method (S512) is refused with invalid_request',
    needs: ['authorization'],
    async run(t) {
      const { challenge } = pkcePair();
      const outcome = await authorizeWith(t, { code_challenge: challenge, code_challenge_method: 'S512' });
      expectRefused(t, outcome, 'code_challenge_method=S512');
    },
  },
  {
    id: 'PK-06',
    area,
    level: 'BAR',
    rfc: 'RFC 7636 §4.2 (S256: BASE64URL of a SHA-256 digest, 43 characters); RFC 6749 §4.1.2.1',
    title: 'An S256 challenge of the wrong length (42 characters) is refused with invalid_request',
    needs: ['authorization'],
    async run(t) {
      const challenge = pkcePair().challenge.slice(0, 42);
      const outcome = await authorizeWith(t, { code_challenge: challenge, code_challenge_method: 'S256' });
      expectRefused(t, outcome, 'a 42-character S256 challenge');
    },
  },
  {
    id: 'PK-06b',
    area,
    level: 'BAR',
    rfc: 'RFC 7636 §4.2 (code-challenge = 43*128unreserved)',
    title: 'A challenge longer than 128 characters is refused with invalid_request',
    needs: ['authorization'],
    async run(t) {
      const outcome = await authorizeWith(t, {
        code_challenge: randomString(129),
        code_challenge_method: 'S256',
      });
      expectRefused(t, outcome, 'a 129-character challenge');
    },
  },
  {
    id: 'PK-06c',
    area,
    level: 'BAR',
    rfc: 'RFC 7636 §4.2 (code-challenge = 43*128unreserved)',
    title: 'A challenge with characters outside the unreserved set (base64 with padding) is refused',
    needs: ['authorization'],
    async run(t) {
      // The mistake a client makes with standard base64: `+`, `/` and `=` are not allowed.
      const digest = createHash('sha256').update(pkcePair().verifier).digest('base64');
      const challenge = `${digest.slice(0, 40)}+/=`;
      const outcome = await authorizeWith(t, { code_challenge: challenge, code_challenge_method: 'S256' });
      expectRefused(t, outcome, 'a challenge containing "+", "/" and "="');
    },
  },
  {
    id: 'PK-07',
    area,
    level: 'BAR',
    rfc: 'RFC 7636 §4.3 (code_challenge REQUIRED)',
    title: 'code_challenge_method without code_challenge is refused, not turned into a code without PKCE',
    needs: ['authorization'],
    async run(t) {
      const outcome = await authorizeWith(t, { code_challenge_method: 'S256' });
      expectRefused(t, outcome, 'code_challenge_method without code_challenge');
    },
  },
  {
    id: 'PK-07b',
    area,
    level: 'MUST',
    rfc: 'RFC 9700 §2.1.1 (MUST enforce the correct usage of code_verifier); RFC 7636 §4.3',
    title:
      'A challenge sent without a method is refused, or binds the code: no redemption without a verifier',
    needs: ['authorization'],
    async run(t) {
      const outcome = await authorizeWith(t, { code_challenge: pkcePair().challenge });
      if (!outcome.params.get('code')) {
        t.expectRedirectError(outcome, 'invalid_request');
        return;
      }
      const response = await t.redeem(issuedFrom(t, outcome, 'client'));
      if (response.status === 200) {
        t.fail('the code requested with a code_challenge (no method) was redeemed without any code_verifier');
      }
      t.expectError(response, ['invalid_grant', 'invalid_request']);
    },
  },
  {
    id: 'PK-08',
    area,
    level: 'MUST',
    rfc: 'RFC 7636 §4.6 (values not equal: invalid_grant)',
    title: 'A wrong (well-formed) code_verifier is refused with invalid_grant',
    needs: ['authorization'],
    async run(t) {
      const issued = await t.code({ pkce: 'S256' });
      t.expectError(await t.redeem(issued, { code_verifier: pkcePair().verifier }), 'invalid_grant');
    },
  },
  {
    id: 'PK-08b',
    area,
    level: 'MUST',
    rfc: 'RFC 9700 §2.1.1 (MUST enforce the correct usage of code_verifier); RFC 7636 §4.5',
    title: 'A code bound to a challenge is not redeemed without code_verifier',
    needs: ['authorization'],
    async run(t) {
      const issued = await t.code({ pkce: 'S256' });
      const response = await t.redeem(issued, { code_verifier: undefined });
      t.expectError(response, ['invalid_grant', 'invalid_request']);
    },
  },
  {
    id: 'PK-08c',
    area,
    level: 'MUST',
    rfc: 'RFC 7636 §4.6',
    title: "The verifier of another code is refused with invalid_grant (that code's own verifier works)",
    needs: ['authorization'],
    async run(t) {
      const first = await t.code({ pkce: 'S256' });
      const second = await t.code({ pkce: 'S256' });
      t.expectError(await t.redeem(first, { code_verifier: second.verifier }), 'invalid_grant');
      t.tokens(await t.redeem(second));
    },
  },
  {
    id: 'PK-09',
    area,
    level: 'MUST',
    rfc: 'RFC 9700 §4.8.2, §2.1.1 (PKCE downgrade)',
    title: 'A code_verifier for a code issued without a challenge is refused (PKCE downgrade)',
    needs: ['authorization'],
    async run(t) {
      const issued = await codeWithoutPkce(t);
      // "Authorization servers that mandate the use of PKCE ... implicitly implement this security measure."
      if (!issued) return;
      const response = await t.redeem(issued, { code_verifier: pkcePair().verifier });
      if (response.status === 200) {
        t.fail(
          'the target redeemed a code issued without code_challenge for a request carrying a code_verifier',
        );
      }
      t.expectError(response, ['invalid_grant', 'invalid_request']);
    },
  },
  {
    id: 'PK-10',
    area,
    level: 'BAR',
    rfc: 'RFC 7636 §4.1 (code-verifier = 43*128unreserved); GHSA-jhm7-29pj-4xvf',
    title: 'A 42-character code_verifier is refused even when its S256 matches the challenge',
    needs: ['authorization'],
    async run(t) {
      const verifier = randomString(42);
      const issued = await codeForVerifier(t, verifier);
      const response = await t.redeem(issued, { code_verifier: verifier });
      t.expectError(response, ['invalid_request', 'invalid_grant']);
    },
  },
  {
    id: 'PK-10b',
    area,
    level: 'BAR',
    rfc: 'RFC 7636 §4.1 (code-verifier = 43*128unreserved)',
    title: 'A 129-character code_verifier is refused even when its S256 matches the challenge',
    needs: ['authorization'],
    async run(t) {
      const verifier = randomString(129);
      const issued = await codeForVerifier(t, verifier);
      const response = await t.redeem(issued, { code_verifier: verifier });
      t.expectError(response, ['invalid_request', 'invalid_grant']);
    },
  },
  {
    id: 'PK-10c',
    area,
    level: 'BAR',
    rfc: 'RFC 7636 §4.1 (code-verifier = 43*128unreserved)',
    title: 'A code_verifier with characters outside the unreserved set is refused even when its S256 matches',
    needs: ['authorization'],
    async run(t) {
      const verifier = `${randomString(44)}+/= `;
      const issued = await codeForVerifier(t, verifier);
      const response = await t.redeem(issued, { code_verifier: verifier });
      t.expectError(response, ['invalid_request', 'invalid_grant']);
    },
  },
  {
    id: 'PK-11',
    area,
    level: 'BAR',
    rfc: 'RFC 7636 §4.6; GHSA-jhm7-29pj-4xvf (online guessing of verifiers)',
    title:
      'A failed PKCE verification burns the code (or verifiers are long enough that guessing is hopeless)',
    needs: ['authorization'],
    async run(t) {
      const issued = await t.code({ pkce: 'S256' });
      t.expectError(await t.redeem(issued, { code_verifier: pkcePair().verifier }), 'invalid_grant');
      const retry = await t.redeem(issued);
      if (retry.status !== 200) {
        t.expectError(retry, 'invalid_grant');
        return;
      }
      // The code survived a wrong guess: tolerable only if short, guessable verifiers are refused.
      const weak = randomString(42);
      const weakResponse = await t.redeem(await codeForVerifier(t, weak), { code_verifier: weak });
      if (weakResponse.status === 200) {
        t.fail(
          'a code survives a failed PKCE verification and a 42-character verifier is accepted: a stolen code can be tried against many guesses',
        );
      }
      t.warn(
        'the code was still redeemable after a failed PKCE verification; acceptable because verifiers shorter than 43 characters are refused, but burning the code also protects clients with weak verifiers',
      );
    },
  },
  {
    id: 'PK-12',
    area,
    level: 'MUST',
    rfc: 'RFC 7636 §4.6, §4.4 (the method associated with the code)',
    title:
      'An S256 code cannot be downgraded to plain at the token endpoint (verifier = challenge is refused)',
    needs: ['authorization'],
    async run(t) {
      const issued = await t.code({ pkce: 'S256' });
      const response = await t.redeem(issued, {
        code_verifier: issued.challenge,
        code_challenge_method: 'plain',
      });
      if (response.status === 200) {
        t.fail('the target redeemed an S256 code with code_verifier = code_challenge and method plain');
      }
      t.expectError(response, ['invalid_grant', 'invalid_request']);
    },
  },
  {
    id: 'PK-14',
    area,
    level: 'MUST',
    rfc: 'RFC 7636 §4.4 (the challenge is never included in a form others can extract)',
    title: 'The authorization response does not carry the code_challenge in a readable form',
    needs: ['authorization'],
    async run(t) {
      const { challenge } = pkcePair();
      const outcome = await authorizeWith(t, { code_challenge: challenge, code_challenge_method: 'S256' });
      const code = issuedFrom(t, outcome, 'client').code;
      if (outcome.url.href.includes(challenge) || revealsChallenge(code, challenge)) {
        t.fail('the authorization response (or the code itself) carries the code_challenge in readable form');
      }
    },
  },
];
