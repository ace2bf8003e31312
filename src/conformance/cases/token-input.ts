/**
 * Cases: how the token endpoint handles its input (RFC 6749 §3.2, Appendix A and B; security checklist §1.A).
 */
import type { Case } from '../types.js';

const area = 'token-input';
const FORM = 'application/x-www-form-urlencoded';

export const cases: Case[] = [
  {
    id: 'GEN-02',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §3.2',
    title: 'The token endpoint refuses GET (405, or 400 invalid_request)',
    async run(t) {
      const response = await t.request({
        method: 'GET',
        url: t.endpoints.token,
        query: { grant_type: 'client_credentials', client_id: t.config.client.id },
      });
      if (response.status === 405) return;
      if (response.status >= 400 && response.status < 500 && response.json === undefined) {
        t.warn(
          `answered ${response.status} without an OAuth error: say the method is wrong (405 with Allow: POST, or 400 invalid_request)`,
        );
      }
      t.expectError(response, 'invalid_request');
    },
  },
  {
    id: 'GEN-03',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §3.2, Appendix B',
    title: 'A JSON body is refused with invalid_request',
    async run(t) {
      const { headers } = t.credentials(t.client(), 'basic');
      const response = await t.request({
        method: 'POST',
        url: t.endpoints.token,
        operation: 'token',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ grant_type: 'client_credentials' }),
      });
      t.expectError(response, 'invalid_request');
    },
  },
  {
    id: 'GEN-03b',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §3.2',
    title: 'A form body without Content-Type is refused with invalid_request',
    async run(t) {
      const { headers } = t.credentials(t.client(), 'basic');
      const response = await t.request({
        method: 'POST',
        url: t.endpoints.token,
        operation: 'token',
        headers: { ...headers, 'content-type': '' },
        body: 'grant_type=client_credentials',
      });
      t.expectError(response, 'invalid_request');
    },
  },
  {
    id: 'GEN-03c',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §3.2',
    title: 'A multipart body is refused with invalid_request',
    async run(t) {
      const { headers } = t.credentials(t.client(), 'basic');
      const boundary = 'oauth2-contract-kit';
      const response = await t.request({
        method: 'POST',
        url: t.endpoints.token,
        operation: 'token',
        headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
        body: `--${boundary}\r\nContent-Disposition: form-data; name="grant_type"\r\n\r\nclient_credentials\r\n--${boundary}--\r\n`,
      });
      t.expectError(response, 'invalid_request');
    },
  },
  {
    id: 'GEN-05',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §3.2 ("MUST NOT be included more than once"), §5.2',
    title: 'A repeated parameter is refused with invalid_request',
    async run(t) {
      const response = await t.token({ grant_type: ['client_credentials', 'client_credentials'] });
      t.expectError(response, 'invalid_request');
    },
  },
  {
    id: 'GEN-06',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §3.2 ("Parameters sent without a value MUST be treated as if they were omitted")',
    title: 'An empty grant_type counts as missing: invalid_request, not unsupported_grant_type',
    async run(t) {
      const response = await t.token({ grant_type: '' });
      t.expectError(response, 'invalid_request');
    },
  },
  {
    id: 'GEN-07',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §3.2 ("MUST ignore unrecognized request parameters")',
    title: 'Unknown parameters are ignored',
    async run(t) {
      t.tokens(await t.clientCredentials({ foo: 'bar', nonce: 'n-0S6_WzA2Mj' }));
    },
  },
  {
    id: 'GEN-08',
    area,
    level: 'BAR',
    rfc: 'RFC 6749 §10.14 (validate every value received)',
    title: 'A qs-style operator object in a parameter never reaches the grant (code[$ne]=x)',
    async run(t) {
      const { headers } = t.credentials(t.client(), 'basic');
      const response = await t.request({
        method: 'POST',
        url: t.endpoints.token,
        operation: 'token',
        headers: { ...headers, 'content-type': FORM },
        body: 'grant_type=authorization_code&code%5B%24ne%5D=x',
      });
      t.expectError(response, ['invalid_request', 'invalid_grant']);
    },
  },
  {
    id: 'GEN-09',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §2.3.1 (client credentials "MUST NOT be included in the request URI")',
    title: 'A client_secret in the URL query is refused',
    async run(t) {
      const client = t.client();
      const response = await t.token(
        { grant_type: 'client_credentials' },
        { auth: 'none', query: { client_id: client.id, client_secret: client.secret } },
      );
      t.expectError(response, ['invalid_request', 'invalid_client'], [400, 401]);
    },
  },
  {
    id: 'GEN-15',
    area,
    level: 'MUST',
    rfc: 'RFC 6749 §5.2 (invalid_request: "missing a required parameter")',
    title: 'A request without grant_type is refused with invalid_request',
    async run(t) {
      t.expectError(await t.token({}), 'invalid_request');
    },
  },
];
