/**
 * Cases: the authorization server metadata (RFC 8414 §2, §3, §3.2, §3.3) and whether it tells the truth about the
 * server (RFC 9207 §2 for `iss`, RFC 9700 §2.1.1 for PKCE), and the protected resource metadata a resource points
 * to from its challenges (RFC 9728 §3, §3.3).
 */
import { randomBytes } from 'node:crypto';
import type { CaseContext } from '../context.js';
import { pkcePair, responseParams } from '../context.js';
import type { KitResponse } from '../http.js';
import { metadataUrl } from '../target.js';
import type { Case } from '../types.js';

const area = 'metadata';

type Metadata = Record<string, unknown>;

/** The multi-valued members RFC 8414 §2 defines: JSON arrays of strings. */
const ARRAY_MEMBERS = [
  'scopes_supported',
  'response_types_supported',
  'response_modes_supported',
  'grant_types_supported',
  'token_endpoint_auth_methods_supported',
  'token_endpoint_auth_signing_alg_values_supported',
  'ui_locales_supported',
  'revocation_endpoint_auth_methods_supported',
  'revocation_endpoint_auth_signing_alg_values_supported',
  'introspection_endpoint_auth_methods_supported',
  'introspection_endpoint_auth_signing_alg_values_supported',
  'code_challenge_methods_supported',
] as const;

/** The URL members RFC 8414 §2 defines for endpoints and keys. */
const URL_MEMBERS = [
  'authorization_endpoint',
  'token_endpoint',
  'jwks_uri',
  'registration_endpoint',
  'revocation_endpoint',
  'introspection_endpoint',
] as const;

/** A case that judges what the target already published, with no request of its own. */
function offline(check: (t: CaseContext) => void): (t: CaseContext) => Promise<void> {
  return (t) => Promise.resolve().then(() => check(t));
}

/** The metadata document (the runner skips these cases when there is none). */
function metadata(t: CaseContext): Metadata {
  const document = t.target.metadata as Metadata | undefined;
  if (!document) return t.skip('the target publishes no RFC 8414 metadata');
  return document;
}

function strings(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;
}

function isLoopback(url: URL): boolean {
  return url.hostname === 'localhost' || /^127\./.test(url.hostname) || url.hostname === '[::1]';
}

/** Grant types that use the authorization endpoint (RFC 6749 §4.1, §4.2). */
const AUTHORIZATION_ENDPOINT_GRANTS = ['authorization_code', 'implicit'];

/** `grant_types_supported`, or its default when omitted (RFC 8414 §2). */
function grantTypes(document: Metadata): string[] {
  return strings(document.grant_types_supported) ?? ['authorization_code', 'implicit'];
}

/** Whether any advertised response type issues a code / a token from the authorization endpoint. */
function responseTypeUses(document: Metadata, part: 'code' | 'implicit'): boolean {
  return (strings(document.response_types_supported) ?? []).some((type) => {
    const parts = type.split(' ');
    return part === 'code' ? parts.includes('code') : parts.includes('token') || parts.includes('id_token');
  });
}

/** A short description of what an endpoint answered. */
function answered(response: KitResponse): string {
  const error = (response.json as { error?: unknown } | undefined)?.error;
  return `${response.status}${typeof error === 'string' ? ` ${error}` : ''}`;
}

/** The `resource_metadata` URL of the resource's challenge, or a skip saying why there is none. */
async function resourceMetadataUrl(t: CaseContext): Promise<string> {
  const response = await t.resource();
  if (response.status !== 401) t.skip(`the resource answered ${response.status} without a token, not 401`);
  const challenge = response.headers['www-authenticate'] ?? '';
  const url = /resource_metadata="([^"]*)"/i.exec(challenge)?.[1];
  if (!url) t.skip('the resource advertises no RFC 9728 metadata (no resource_metadata in its challenge)');
  if (!URL.canParse(url)) t.fail(`resource_metadata "${url}" is not an absolute URL`);
  return url;
}

/** The JSON object of a metadata response, or a failure. */
function jsonObject(t: CaseContext, response: KitResponse, what: string): Metadata {
  if (response.status !== 200) t.fail(`${what} answered ${response.status}, not 200`);
  const type = response.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  t.check(type === 'application/json', `${what} has Content-Type ${type ?? '(none)'}, not application/json`);
  const body = response.json;
  if (!body || typeof body !== 'object' || Array.isArray(body)) t.fail(`${what} is not a JSON object`);
  return body as Metadata;
}

export const cases: Case[] = [
  {
    id: 'MD-01',
    area,
    level: 'MUST',
    rfc: 'RFC 8414 §3 ("MUST make a JSON document containing metadata ... available")',
    title: 'The metadata is served at the RFC 8414 well-known URL of the issuer',
    needs: ['metadata'],
    async run(t: CaseContext) {
      const issuer = t.config.issuer;
      if (!issuer) t.skip('no issuer configured');
      const url = metadataUrl(issuer);
      const response = await t.request({
        method: 'GET',
        url,
        operation: 'metadata',
        headers: { accept: 'application/json' },
      });
      const body = response.json as { issuer?: unknown } | undefined;
      if (response.status === 200 && typeof body?.issuer === 'string') return;
      const found = t.target.metadataResponse?.exchange.request.url;
      if (found && found !== url) {
        t.warn(
          `${url} answered ${response.status}; the metadata is only at ${found} (OpenID Connect Discovery). RFC 8414 §3: /.well-known/oauth-authorization-server "is the right choice for general-purpose OAuth authorization servers"`,
        );
      }
      t.fail(`${url} answered ${response.status} without a metadata document`);
    },
  },
  {
    id: 'MD-02',
    area,
    level: 'MUST',
    rfc: 'RFC 8414 §3.2 ("using the "application/json" content type")',
    title: 'The metadata is a JSON object served as application/json',
    needs: ['metadata'],
    run: offline((t: CaseContext) => {
      const response = t.target.metadataResponse;
      if (!response) t.skip('the target publishes no RFC 8414 metadata');
      jsonObject(t, response, `the metadata at ${response.exchange.request.url}`);
    }),
  },
  {
    id: 'MD-03',
    area,
    level: 'MUST',
    rfc: 'RFC 8414 §3.3 ("MUST be identical to the authorization server\'s issuer identifier")',
    title: 'The metadata issuer is identical to the issuer identifier it was fetched for',
    needs: ['metadata'],
    run: offline((t: CaseContext) => {
      const document = metadata(t);
      t.check(
        document.issuer === t.config.issuer,
        `the metadata says issuer ${JSON.stringify(document.issuer)}, but it was fetched for ${t.config.issuer ?? '?'}: clients MUST NOT use it`,
      );
    }),
  },
  {
    id: 'MD-04',
    area,
    level: 'MUST',
    rfc: 'RFC 8414 §2 ("a URL that uses the "https" scheme and has no query or fragment components")',
    title: 'The issuer is an https URL without query or fragment',
    needs: ['metadata'],
    run: offline((t: CaseContext) => {
      const issuer = metadata(t).issuer;
      if (typeof issuer !== 'string' || !URL.canParse(issuer))
        t.fail(`the issuer ${JSON.stringify(issuer)} is not a URL`);
      const url = new URL(issuer);
      t.check(!issuer.includes('?') && !issuer.includes('#'), `the issuer ${issuer} has a query or fragment`);
      if (url.protocol === 'https:') return;
      if (url.protocol === 'http:' && isLoopback(url)) {
        t.warn(
          `the issuer ${issuer} uses http: acceptable for a loopback test deployment only; RFC 8414 §2 requires https`,
        );
      }
      t.fail(`the issuer ${issuer} does not use https`);
    }),
  },
  {
    id: 'MD-05',
    area,
    level: 'MUST',
    rfc: 'RFC 8414 §2 (issuer, token_endpoint, response_types_supported REQUIRED; authorization_endpoint when used)',
    title:
      'The required members are present: issuer, token_endpoint, response_types_supported, authorization_endpoint',
    needs: ['metadata'],
    run: offline((t: CaseContext) => {
      const document = metadata(t);
      const problems: string[] = [];
      const grants = grantTypes(document);
      if (typeof document.token_endpoint !== 'string' && !(grants.length === 1 && grants[0] === 'implicit')) {
        problems.push('token_endpoint is missing');
      }
      const usesAuthorization = grants.some((grant) => AUTHORIZATION_ENDPOINT_GRANTS.includes(grant));
      if (usesAuthorization && typeof document.authorization_endpoint !== 'string') {
        problems.push(
          `authorization_endpoint is missing, yet the grant types (${grants.join(', ')}) use the authorization endpoint`,
        );
      }
      const responseTypes = strings(document.response_types_supported);
      if (!responseTypes || responseTypes.length === 0) {
        if (typeof document.authorization_endpoint === 'string') {
          problems.push('response_types_supported is missing');
        } else if (problems.length === 0) {
          t.warn(
            'response_types_supported is missing: REQUIRED by RFC 8414 §2, though erratum 7793 (reported) would drop it for a server without an authorization endpoint',
          );
        }
      }
      if (problems.length > 0) t.fail(problems.join('; '));
    }),
  },
  {
    id: 'MD-06',
    area,
    level: 'MUST',
    rfc: 'RFC 8414 §3.2 ("Claims with zero elements MUST be omitted from the response")',
    title: 'Multi-valued members are non-empty JSON arrays of strings; no member is an empty array',
    needs: ['metadata'],
    run: offline((t: CaseContext) => {
      const document = metadata(t);
      const problems: string[] = [];
      for (const [name, value] of Object.entries(document)) {
        if (Array.isArray(value) && value.length === 0) problems.push(`${name} is an empty array`);
      }
      for (const name of ARRAY_MEMBERS) {
        const value = document[name];
        if (value === undefined) continue;
        if (!Array.isArray(value)) problems.push(`${name} is not a JSON array`);
        else if (value.some((item) => typeof item !== 'string')) problems.push(`${name} holds a non-string`);
      }
      if (problems.length > 0) t.fail(problems.join('; '));
    }),
  },
  {
    id: 'MD-07',
    area,
    level: 'SHOULD',
    rfc: 'RFC 9700 §2.1.1 ("RECOMMENDED ... to publish the element code_challenge_methods_supported"), RFC 8414 §2',
    title: 'PKCE support is advertised: code_challenge_methods_supported includes S256',
    needs: ['metadata'],
    run: offline((t: CaseContext) => {
      const document = metadata(t);
      if (typeof document.authorization_endpoint !== 'string') {
        t.skip('the target advertises no authorization endpoint');
      }
      const methods = strings(document.code_challenge_methods_supported);
      if (!methods) {
        t.fail(
          'code_challenge_methods_supported is omitted, which per RFC 8414 §2 means the server does not support PKCE',
        );
      }
      t.check(
        methods.includes('S256'),
        `code_challenge_methods_supported is ${JSON.stringify(methods)}: no S256`,
      );
    }),
  },
  {
    id: 'MD-08',
    area,
    level: 'BAR',
    rfc: 'RFC 9700 §2.1.1 (challenge methods "that do not expose the PKCE verifier"), RFC 7636 §4.2',
    title: 'The plain PKCE method is not advertised (never alone)',
    needs: ['metadata'],
    run: offline((t: CaseContext) => {
      const methods = strings(metadata(t).code_challenge_methods_supported);
      if (!methods) t.skip('the target advertises no PKCE methods (MD-07)');
      if (!methods.includes('plain')) return;
      t.check(
        methods.includes('S256'),
        'only plain is advertised: the verifier travels in the authorization request',
      );
      t.warn('plain is advertised next to S256: plain exposes the verifier in the authorization request');
    }),
  },
  {
    id: 'MD-09',
    area,
    level: 'MUST',
    rfc: 'RFC 8414 §2 ("URL of the authorization server\'s token endpoint")',
    title:
      'Every advertised endpoint answers as that endpoint (an OAuth error to an empty request, never 404)',
    needs: ['metadata'],
    async run(t: CaseContext) {
      const document = metadata(t);
      const problems: string[] = [];
      const posts = [
        ['token_endpoint', 'token'],
        ['revocation_endpoint', 'revoke'],
        ['introspection_endpoint', 'introspect'],
      ] as const;
      for (const [name, operation] of posts) {
        const url = document[name];
        if (typeof url !== 'string') continue;
        const response = await t.request({ method: 'POST', url, operation, form: {} });
        const error = (response.json as { error?: unknown } | undefined)?.error;
        if (![400, 401].includes(response.status) || typeof error !== 'string') {
          problems.push(`${name} answered an empty POST with ${answered(response)}, not an OAuth error`);
        }
      }
      const authorization = document.authorization_endpoint;
      if (typeof authorization === 'string') {
        const response = await t.request({ method: 'GET', url: authorization, operation: 'authorize' });
        if (response.status < 400 || response.status >= 500 || [404, 405].includes(response.status)) {
          problems.push(
            `authorization_endpoint answered a GET without parameters with ${answered(response)}, not a 4xx refusal`,
          );
        }
      }
      if (problems.length > 0) t.fail(problems.join('; '));
    },
  },
  {
    id: 'MD-10',
    area,
    level: 'MUST',
    rfc: 'RFC 8414 §2, RFC 6749 §3.1 ("MUST NOT include a fragment component"), §3.2 (TLS)',
    title: 'Advertised endpoint URLs are absolute https URLs without fragment',
    needs: ['metadata'],
    run: offline((t: CaseContext) => {
      const document = metadata(t);
      const problems: string[] = [];
      const plain: string[] = [];
      for (const name of URL_MEMBERS) {
        const value = document[name];
        if (value === undefined) continue;
        if (typeof value !== 'string' || !URL.canParse(value)) {
          problems.push(`${name} ${JSON.stringify(value)} is not an absolute URL`);
          continue;
        }
        const url = new URL(value);
        if (value.includes('#')) problems.push(`${name} ${value} has a fragment`);
        if (url.protocol === 'https:') continue;
        if (url.protocol === 'http:' && isLoopback(url)) plain.push(name);
        else problems.push(`${name} ${value} does not use https`);
      }
      if (problems.length > 0) t.fail(problems.join('; '));
      if (plain.length > 0) {
        t.warn(
          `${plain.join(', ')} use http on a loopback host: acceptable for a test deployment only (TLS required)`,
        );
      }
    }),
  },
  {
    id: 'MD-11',
    area,
    level: 'SHOULD',
    rfc: 'RFC 8414 §2 (token_endpoint_auth_methods_supported; "If omitted, the default is "client_secret_basic"")',
    title:
      'The advertised client authentication methods include those the clients use; introspection is not open to "none"',
    needs: ['metadata'],
    run: offline((t: CaseContext) => {
      const document = metadata(t);
      const advertised = strings(document.token_endpoint_auth_methods_supported) ?? ['client_secret_basic'];
      const used = new Set<string>([t.config.client.authMethod ?? 'client_secret_basic']);
      if (t.config.secondClient) used.add(t.config.secondClient.authMethod ?? 'client_secret_basic');
      if (t.config.publicClient) used.add('none');
      const missing = [...used].filter((method) => !advertised.includes(method));
      const notes: string[] = [];
      if (missing.length > 0) {
        notes.push(
          `the configured clients use ${missing.join(', ')}, which token_endpoint_auth_methods_supported ${document.token_endpoint_auth_methods_supported === undefined ? '(omitted: client_secret_basic)' : JSON.stringify(advertised)} does not list`,
        );
      }
      if (strings(document.introspection_endpoint_auth_methods_supported)?.includes('none')) {
        notes.push(
          'introspection_endpoint_auth_methods_supported lists "none": RFC 7662 §2.1 requires some form of authorization',
        );
      }
      if (notes.length > 0) t.warn(notes.join('; '));
    }),
  },
  {
    id: 'MD-12',
    area,
    level: 'SHOULD',
    rfc: 'RFC 8414 §2 (grant_types_supported; "If omitted, the default value is ["authorization_code", "implicit"]")',
    title: 'grant_types_supported agrees with response_types_supported and with the grants that work',
    needs: ['metadata'],
    async run(t: CaseContext) {
      const document = metadata(t);
      const grants = grantTypes(document);
      const omitted = document.grant_types_supported === undefined;
      const problems: string[] = [];
      const code = responseTypeUses(document, 'code');
      const implicit = responseTypeUses(document, 'implicit');
      if (code && !grants.includes('authorization_code')) {
        problems.push('response type code is advertised, but grant type authorization_code is not');
      }
      if (!code && grants.includes('authorization_code') && !omitted) {
        problems.push('grant type authorization_code is advertised, but no response type issues a code');
      }
      if (implicit && !grants.includes('implicit')) {
        problems.push('a response type of the implicit grant is advertised, but grant type implicit is not');
      }
      if (!implicit && grants.includes('implicit') && !omitted) {
        problems.push('grant type implicit is advertised, but no response type of the implicit grant');
      }
      if (problems.length > 0) t.fail(problems.join('; '));
      const notes: string[] = [];
      if (omitted && !implicit) {
        notes.push(
          'grant_types_supported is omitted, so it defaults to authorization_code and implicit, which the server does not offer',
        );
      }
      const credentials = await t.clientCredentials();
      if (credentials.status === 200 && !grants.includes('client_credentials')) {
        notes.push('the client credentials grant works, but grant_types_supported does not list it');
      }
      if (notes.length > 0) t.warn(notes.join('; '));
    },
  },
  {
    id: 'MD-13',
    area,
    level: 'MUST',
    rfc: 'RFC 9207 §2 ("MUST indicate its identity by including the iss parameter"), §3',
    title:
      'authorization_response_iss_parameter_supported tells the truth: a code response carries iss = issuer',
    needs: ['metadata', 'authorization'],
    async run(t: CaseContext) {
      const document = metadata(t);
      const client = t.client();
      const { challenge } = pkcePair();
      const state = randomBytes(12).toString('base64url');
      const outcome = await t.authorize({
        response_type: 'code',
        redirect_uri: client.redirectUri,
        scope: t.config.scope,
        state,
        code_challenge: challenge,
        code_challenge_method: 'S256',
      });
      if (!outcome.params.get('code')) {
        t.fail(`the authorization request returned no code (${outcome.params.get('error') ?? 'no error'})`);
      }
      checkIss(t, document, outcome.params.get('iss'), 'the code response');
    },
  },
  {
    id: 'MD-14',
    area,
    level: 'MUST',
    rfc: 'RFC 9207 §2 ("In authorization responses to the client, including error responses")',
    title:
      'authorization_response_iss_parameter_supported tells the truth: an error response carries iss = issuer',
    needs: ['metadata', 'authorization'],
    async run(t: CaseContext) {
      const document = metadata(t);
      const client = t.client();
      const { challenge } = pkcePair();
      const response = await t.authorizeFirst({
        response_type: 'kit_unsupported_type',
        redirect_uri: client.redirectUri,
        scope: t.config.scope,
        state: randomBytes(12).toString('base64url'),
        code_challenge: challenge,
        code_challenge_method: 'S256',
      });
      const location = response.location;
      const redirect = new URL(client.redirectUri);
      if (!location || location.origin !== redirect.origin || location.pathname !== redirect.pathname) {
        t.skip(
          `the target answered an unsupported response_type with ${response.status} (a page of its own, or a login first), not with an error redirect to the client`,
        );
      }
      t.checkContract(response, 'authorize');
      const params = responseParams(location);
      t.check(params.get('error'), 'the redirect for an unsupported response_type carries no error');
      checkIss(t, document, params.get('iss'), 'the error response');
    },
  },
  {
    id: 'MD-15',
    area,
    level: 'SHOULD',
    rfc: 'RFC 8414 §2 (response_modes_supported; "If omitted, the default is ["query", "fragment"]")',
    title: 'response_modes_supported includes query when the code response type is offered',
    needs: ['metadata'],
    run: offline((t: CaseContext) => {
      const document = metadata(t);
      if (!responseTypeUses(document, 'code')) t.skip('the target advertises no code response type');
      const modes = strings(document.response_modes_supported);
      if (!modes) return;
      t.check(
        modes.includes('query'),
        `response_modes_supported is ${JSON.stringify(modes)}: the code response is returned in the query (RFC 6749 §4.1.2)`,
      );
    }),
  },
  {
    id: 'MD-16',
    area,
    level: 'MUST',
    rfc: 'RFC 9728 §3.3 ("the resource value returned MUST be identical to the URL that the client used")',
    title: "The resource's metadata (its resource_metadata URL) names the resource's URL exactly",
    needs: ['resource'],
    async run(t: CaseContext) {
      const url = await resourceMetadataUrl(t);
      const response = await t.request({ method: 'GET', url, headers: { accept: 'application/json' } });
      const document = jsonObject(t, response, `the resource metadata at ${url}`);
      t.check(
        document.resource === t.config.resource!.url,
        `the resource metadata says resource ${JSON.stringify(document.resource)}, but the resource is ${t.config.resource!.url}`,
      );
      const servers = strings(document.authorization_servers);
      const issuer = t.config.issuer;
      if (servers && issuer && !servers.includes(issuer)) {
        t.warn(
          `authorization_servers ${JSON.stringify(servers)} does not list ${issuer}, whose tokens the resource accepts`,
        );
      }
    },
  },
  {
    id: 'MD-17',
    area,
    level: 'MUST',
    rfc: 'RFC 9728 §3 ("MUST make a JSON document containing metadata ... available at a URL formed by inserting a well-known URI string"), §3.1',
    title: "The resource's metadata is served at the well-known URL derived from its resource identifier",
    needs: ['resource'],
    async run(t: CaseContext) {
      const advertised = await resourceMetadataUrl(t);
      const resource = new URL(t.config.resource!.url);
      const path = resource.pathname === '/' ? '' : resource.pathname.replace(/\/$/, '');
      const url = `${resource.origin}/.well-known/oauth-protected-resource${path}${resource.search}`;
      const response = await t.request({ method: 'GET', url, headers: { accept: 'application/json' } });
      if (
        response.status !== 200 &&
        advertised !== url &&
        new URL(advertised).pathname.startsWith('/.well-known/')
      ) {
        t.warn(
          `${url} answered ${response.status}; the resource points to ${advertised} instead: RFC 9728 §3 allows an application-specific well-known suffix, but /.well-known/oauth-protected-resource is the default`,
        );
      }
      const document = jsonObject(t, response, `the resource metadata at ${url}`);
      t.check(
        document.resource === t.config.resource!.url,
        `the metadata at ${url} says resource ${JSON.stringify(document.resource)}, not ${t.config.resource!.url}`,
      );
    },
  },
];

/** `iss` of an authorization response against the metadata's promise (RFC 9207 §2, §3). */
function checkIss(t: CaseContext, document: Metadata, iss: string | null, what: string): void {
  const promised = document.authorization_response_iss_parameter_supported === true;
  if (iss === null) {
    t.check(
      !promised,
      `${what} has no iss, although the metadata says authorization_response_iss_parameter_supported: true`,
    );
    return;
  }
  t.check(iss === document.issuer, `${what} has iss ${iss}, not the issuer ${String(document.issuer)}`);
  if (!promised) {
    t.warn(
      `${what} carries iss, but the metadata does not say authorization_response_iss_parameter_supported: true, so clients cannot rely on it`,
    );
  }
}
