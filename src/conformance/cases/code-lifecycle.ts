/**
 * Cases: the authorization code's life (RFC 6749 §4.1.2, §4.1.3, §6, §10.5, §10.10; OAuth 2.1 §7.5.2;
 * security checklist §1.F).
 *
 * A code is redeemed once, only by the client it was issued to, only while it is fresh, only as a code and only
 * with its exact value; it is long and random enough not to be guessed, and a replay revokes what it gave
 * (but not when the replay itself is invalid). The redirect URI binding is the redirect-uri area's.
 */
import { randomBytes } from 'node:crypto';
import type { CaseContext } from '../context.js';
import type { KitResponse } from '../http.js';
import type { Case } from '../types.js';

const area = 'code-lifecycle';

function randomString(length: number): string {
  return randomBytes(length).toString('base64url').slice(0, length);
}

/**
 * A way to tell whether an access token is still active: introspection, or else the resource (which must accept
 * the token first). Skips when the target offers neither.
 */
async function activityProbe(t: CaseContext, accessToken: string): Promise<() => Promise<boolean>> {
  if (t.endpoints.introspection) {
    const probe = async (): Promise<boolean> => {
      const response = await t.introspect(accessToken);
      t.expectStatus(response, 200);
      return (response.json as { active?: unknown } | undefined)?.active === true;
    };
    if (!(await probe())) t.fail('introspection says the fresh access token is not active');
    return probe;
  }
  if (t.config.resource) {
    const probe = async (): Promise<boolean> =>
      (await t.resource({ authorization: `Bearer ${accessToken}` })).status === 200;
    if (!(await probe())) t.skip('the resource does not accept the access token of the code');
    return probe;
  }
  return t.skip('neither introspection nor a protected resource is configured to check the tokens');
}

/** Whether a refresh token still works (a successful refresh). */
async function refreshWorks(t: CaseContext, refreshToken: string): Promise<boolean> {
  return (await t.refresh(refreshToken)).status === 200;
}

/** The scope a token response (or, without one, introspection) grants; `undefined` when neither says. */
async function grantedScope(t: CaseContext, response: KitResponse): Promise<string[] | undefined> {
  const body = t.tokens(response);
  if (typeof body.scope === 'string') return body.scope.split(' ').filter(Boolean);
  if (!t.endpoints.introspection) return undefined;
  const introspection = await t.introspect(body.access_token);
  const scope = (introspection.json as { scope?: unknown } | undefined)?.scope;
  return typeof scope === 'string' ? scope.split(' ').filter(Boolean) : undefined;
}

/** Bits per character of the smallest usual alphabet holding every character seen. */
function bitsPerCharacter(sample: string): number {
  const alphabets: [RegExp, number][] = [
    [/^[0-9]*$/, 10],
    [/^[0-9a-f]*$/, 16],
    [/^[0-9A-F]*$/, 16],
    [/^[0-9a-z]*$/, 36],
    [/^[0-9A-Z]*$/, 36],
    [/^[0-9A-Za-z]*$/, 62],
    [/^[0-9A-Za-z_-]*$/, 64],
    [/^[0-9A-Za-z+/=]*$/, 64],
  ];
  const size = alphabets.find(([pattern]) => pattern.test(sample))?.[1] ?? 94;
  return Math.log2(size);
}

/** Positions where two strings differ (a length difference counts in full). */
function differingPositions(a: string, b: string): number {
  let count = Math.abs(a.length - b.length);
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) count++;
  return count;
}

/** The code with the case of its first letter flipped, or `undefined` when it has no letter. */
function flipCase(code: string): string | undefined {
  const index = code.search(/[A-Za-z]/);
  if (index < 0) return undefined;
  const letter = code[index]!;
  const flipped = letter === letter.toLowerCase() ? letter.toUpperCase() : letter.toLowerCase();
  return `${code.slice(0, index)}${flipped}${code.slice(index + 1)}`;
}

export const cases: Case[] = [
  {
    id: 'AC-01',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §4.1.2 ("MUST deny the request"), §10.5',
    title: 'A code is redeemed once: the second redemption is refused with invalid_grant',
    needs: ['authorization'],
    async run(t) {
      const issued = await t.code();
      t.tokens(await t.redeem(issued));
      t.expectError(await t.redeem(issued), 'invalid_grant');
    },
  },
  {
    id: 'AC-01b',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §4.1.2, §10.5',
    title: "A public client's code is redeemed once: the second redemption is refused with invalid_grant",
    needs: ['authorization', 'publicClient'],
    async run(t) {
      const issued = await t.code({ client: 'publicClient' });
      t.tokens(await t.redeem(issued));
      t.expectError(await t.redeem(issued), 'invalid_grant');
    },
  },
  {
    id: 'AC-03',
    area,
    level: 'SHOULD',
    rfc: 'RFC 6749 §4.1.2 ("SHOULD revoke (when possible) all tokens previously issued"), §10.5',
    title: 'A valid replay of a code revokes the tokens issued from it',
    needs: ['authorization'],
    async run(t) {
      const issued = await t.code();
      const tokens = t.tokens(await t.redeem(issued));
      const active = await activityProbe(t, tokens.access_token);
      t.expectError(await t.redeem(issued), 'invalid_grant');
      const survivors: string[] = [];
      if (await active()) survivors.push('the access token');
      if (tokens.refresh_token && (await refreshWorks(t, tokens.refresh_token)))
        survivors.push('the refresh token');
      if (survivors.length > 0) {
        t.warn(`after the code was replayed, ${survivors.join(' and ')} issued from it still work(s)`);
      }
    },
  },
  {
    id: 'AC-03b',
    area,
    level: 'SHOULD',
    rfc: 'OAuth 2.1 §7.5.2 (SHOULD NOT revoke on a replay with invalid parameters)',
    title:
      'A replay with a wrong code_verifier is refused and does not revoke the tokens (no denial of service)',
    needs: ['authorization'],
    async run(t) {
      const issued = await t.code({ pkce: 'S256' });
      const tokens = t.tokens(await t.redeem(issued));
      const active = await activityProbe(t, tokens.access_token);
      const replay = await t.redeem(issued, { code_verifier: randomString(43) });
      t.expectError(replay, ['invalid_grant', 'invalid_request']);
      if (!(await active())) {
        t.warn(
          'a replay carrying a wrong code_verifier revoked the tokens: anyone holding just the code can log the client out',
        );
      }
    },
  },
  {
    id: 'AC-04',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §4.1.3 ("ensure that the authorization code was issued to the authenticated confidential client"), §10.5',
    title: 'A code redeemed by another authenticated client is refused with invalid_grant',
    needs: ['authorization', 'secondClient'],
    async run(t) {
      const issued = await t.code();
      t.expectError(await t.redeem(issued, {}, { client: 'secondClient' }), 'invalid_grant');
    },
  },
  {
    id: 'AC-04b',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §4.1.3',
    title: "A public client's code redeemed by a confidential client is refused with invalid_grant",
    needs: ['authorization', 'publicClient'],
    async run(t) {
      const issued = await t.code({ client: 'publicClient' });
      t.expectError(await t.redeem(issued, {}, { client: 'client' }), 'invalid_grant');
    },
  },
  {
    id: 'AC-04c',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §4.1.3 ("ensure that the code was issued to client_id in the request")',
    title: "A confidential client's code redeemed as the public client (its client_id) is refused",
    needs: ['authorization', 'publicClient'],
    async run(t) {
      const issued = await t.code();
      const response = await t.redeem(issued, {}, { client: 'publicClient' });
      if (response.status === 200) t.fail("the public client redeemed the confidential client's code");
      t.expectError(response, ['invalid_grant', 'invalid_client'], [400, 401]);
    },
  },
  {
    id: 'AC-05',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §4.1.2 ("MUST expire shortly after it is issued"), §5.2',
    title: 'A code redeemed after it expired is refused with invalid_grant',
    needs: ['authorization'],
    async run(t) {
      const wait = t.config.codeExpiryWait ?? 0;
      if (wait <= 0) t.skip('set codeExpiryWait to test expiry');
      const issued = await t.code();
      await new Promise((resolve) => setTimeout(resolve, wait * 1000));
      t.expectError(await t.redeem(issued), 'invalid_grant');
    },
  },
  {
    id: 'AC-06',
    area,
    level: 'BAR',
    rfc: 'RFC 6749 §10.10 (guessing probability ≤ 2^-128, SHOULD ≤ 2^-160)',
    title: 'Codes are long and varied enough to carry 128 bits (160 recommended), and never repeat',
    needs: ['authorization'],
    async run(t) {
      const codes: string[] = [];
      for (let i = 0; i < 3; i++) codes.push((await t.code()).code);
      if (new Set(codes).size < codes.length) t.fail('the target issued the same code twice');
      const bits = bitsPerCharacter(codes.join(''));
      const shortest = Math.min(...codes.map((code) => code.length));
      const bound = Math.floor(shortest * bits);
      if (bound < 128) {
        t.fail(
          `a code of ${shortest} characters over this alphabet holds at most ${bound} bits (RFC 6749 §10.10: at least 128)`,
        );
      }
      let fewest = Infinity;
      for (let i = 0; i < codes.length; i++) {
        for (let j = i + 1; j < codes.length; j++) {
          fewest = Math.min(fewest, differingPositions(codes[i]!, codes[j]!));
        }
      }
      if (fewest * bits < 96) {
        t.fail(`two codes differ in only ${fewest} characters: they look sequential, not random`);
      }
      if (bound < 160) t.warn(`codes hold at most ${bound} bits; RFC 6749 §10.10 recommends at least 160`);
    },
  },
  {
    id: 'AC-07',
    area,
    level: 'BAR',
    rfc: 'RFC 9700 §2.3 (no privileges beyond those authorized); RFC 6749 §4.1.3',
    title: 'A scope parameter at the code exchange cannot widen the scope the code was issued for',
    needs: ['authorization'],
    async run(t) {
      const authorized = t.config.scope?.split(' ').filter(Boolean);
      if (!authorized?.length) return t.skip('no scope configured to request at authorization');
      const extra = ['write', 'admin'].filter((scope) => !authorized.includes(scope));
      const issued = await t.code();
      const response = await t.redeem(issued, { scope: [...authorized, ...extra].join(' ') });
      if (response.status !== 200) {
        t.expectError(response, ['invalid_scope', 'invalid_request']);
        return;
      }
      const granted = await grantedScope(t, response);
      if (!granted) return t.skip('neither the token response nor introspection states the granted scope');
      const widened = granted.filter((scope) => extra.includes(scope));
      if (widened.length > 0) {
        t.fail(`the token exchange granted ${widened.join(' ')}, which the authorization did not include`);
      }
    },
  },
  {
    id: 'AC-08',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §4.1.3 ("verify that the authorization code is valid"), §5.2',
    title: 'A made-up code is refused with invalid_grant',
    needs: ['authorization'],
    async run(t) {
      const client = t.client();
      const response = await t.token({
        grant_type: 'authorization_code',
        code: randomString(43),
        redirect_uri: client.redirectUri,
        code_verifier: randomString(43),
      });
      t.expectError(response, 'invalid_grant');
    },
  },
  {
    id: 'AC-08b',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §4.1.3, §5.2',
    title: 'A real code with characters appended is refused with invalid_grant',
    needs: ['authorization'],
    async run(t) {
      const issued = await t.code();
      t.expectError(await t.redeem(issued, { code: `${issued.code}x` }), 'invalid_grant');
    },
  },
  {
    id: 'AC-08c',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §4.1.3, §5.2',
    title: 'A real code with its last character removed is refused with invalid_grant',
    needs: ['authorization'],
    async run(t) {
      const issued = await t.code();
      t.expectError(await t.redeem(issued, { code: issued.code.slice(0, -1) }), 'invalid_grant');
    },
  },
  {
    id: 'AC-08d',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §4.1.3, §5.2',
    title: 'A real code differing only in the case of one letter is refused (no case-insensitive lookup)',
    needs: ['authorization'],
    async run(t) {
      const issued = await t.code();
      const flipped = flipCase(issued.code);
      if (!flipped) return t.skip('the code has no letter to change the case of');
      t.expectError(await t.redeem(issued, { code: flipped }), 'invalid_grant');
    },
  },
  {
    id: 'AC-11',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §3.2 ("MUST NOT be included more than once"), §5.2 (invalid_request: "repeats a parameter")',
    title: 'A code sent twice (the same value) is refused with invalid_request and stays redeemable',
    needs: ['authorization'],
    async run(t) {
      const issued = await t.code();
      t.expectError(await t.redeem(issued, { code: [issued.code, issued.code] }), 'invalid_request');
      const after = await t.redeem(issued);
      if (after.status !== 200) {
        t.fail(
          `the refused request used the code up: redeeming it properly then got ${after.status} (validate the request before consuming the code)`,
        );
      }
      t.tokens(after);
    },
  },
  {
    id: 'AC-11b',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §3.2, §5.2; RFC 7636 §4.5',
    title: 'A code_verifier sent twice (the right one and another) is refused with invalid_request',
    needs: ['authorization'],
    async run(t) {
      const issued = await t.code();
      if (!issued.verifier) return t.skip('the code was issued without PKCE');
      const response = await t.redeem(issued, { code_verifier: [issued.verifier, randomString(43)] });
      if (response.status === 200)
        t.fail('the target issued tokens for a request with two code_verifier values');
      t.expectError(response, 'invalid_request');
    },
  },
  {
    id: 'AC-09',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §6 ("validate the refresh token"), §5.2',
    title: 'An authorization code presented as a refresh token is refused with invalid_grant',
    needs: ['authorization'],
    async run(t) {
      const issued = await t.code();
      t.expectError(await t.refresh(issued.code), 'invalid_grant');
    },
  },
  {
    id: 'AC-09b',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §4.1.3 ("verify that the authorization code is valid"), §5.2',
    title:
      'An access token or refresh token presented as an authorization code is refused with invalid_grant',
    needs: ['authorization'],
    async run(t) {
      const tokens = await t.tokensFromCode();
      for (const token of [tokens.access_token, tokens.refresh_token]) {
        if (!token) continue;
        t.expectError(await t.redeem(tokens.issued, { code: token }), 'invalid_grant');
      }
    },
  },
  {
    id: 'AC-10',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §4.1.3 ("require client authentication for confidential clients"), §5.2',
    title:
      "A confidential client's code redeemed without client authentication is refused with invalid_client",
    needs: ['authorization'],
    async run(t) {
      const issued = await t.code({ pkce: 'S256' });
      const response = await t.redeem(issued, {}, { auth: 'none' });
      if (response.status === 200) {
        t.fail("the confidential client's code was redeemed with client_id and code_verifier but no secret");
      }
      t.expectError(response, 'invalid_client', [400, 401]);
    },
  },
];
