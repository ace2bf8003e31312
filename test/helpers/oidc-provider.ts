/**
 * `oidc-provider` 9.x at the root of an ephemeral loopback origin, with in-memory storage: a target of the
 * conformance kit. Client credentials, refresh tokens, revocation and introspection are on; the resource owner
 * signs in and consents with no page (the interaction route finishes at once), so the kit runs it in `auto` mode.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import express from 'express';
import { closeServer, listen } from './transports.js';

/** The part of oidc-provider's API used here (the package ships no types). */
interface OidcInteraction {
  uid: string;
  params: Record<string, unknown>;
}
interface OidcGrant {
  addOIDCScope(scope: string): void;
  save(): Promise<string>;
}
interface OidcProvider {
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
  interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<OidcInteraction>;
  interactionFinished(
    req: IncomingMessage,
    res: ServerResponse,
    result: { login: { accountId: string }; consent: { grantId: string } },
    options: { mergeWithLastSubmission: boolean },
  ): Promise<void>;
  Grant: new (init: { accountId: string; clientId: string }) => OidcGrant;
}
type OidcProviderClass = new (issuer: string, configuration: Record<string, unknown>) => OidcProvider;

/** Through a variable, so TypeScript does not look for the types the package does not ship. */
const OIDC_PROVIDER = 'oidc-provider';

export interface OidcProviderPeer {
  issuer: string;
  /** The scope authorization requests use (`openid`: the provider's plain-OAuth requests still need it). */
  scope: string;
  clients: {
    confidential: { id: string; secret: string; redirectUri: string };
    second: { id: string; secret: string; redirectUri: string };
    public: { id: string; redirectUri: string };
  };
  close(): Promise<void>;
}

const ACCOUNT = 'alice';

/** Starts the provider (it prints development warnings and notices on the console). */
export async function startOidcProvider(): Promise<OidcProviderPeer> {
  const { default: Provider } = (await import(OIDC_PROVIDER)) as { default: OidcProviderClass };
  const http = createServer();
  const { baseUrl } = await listen(http);
  const redirectUri = `${baseUrl}/callback`;
  // The second client's redirect URI has a query, so redirects are seen to keep it (RFC 6749 §3.1.2).
  const secondRedirectUri = `${redirectUri}?kit=query`;
  const clients = {
    confidential: { id: 'app', secret: 'app-secret', redirectUri },
    second: { id: 'app2', secret: 'app2 secret+%:/&=', redirectUri: secondRedirectUri },
    public: { id: 'spa', redirectUri },
  };
  const grants = ['authorization_code', 'refresh_token', 'client_credentials'];
  const provider = new Provider(baseUrl, {
    clients: [
      {
        client_id: clients.confidential.id,
        client_secret: clients.confidential.secret,
        grant_types: grants,
        response_types: ['code'],
        redirect_uris: [redirectUri],
      },
      {
        client_id: clients.second.id,
        client_secret: clients.second.secret,
        token_endpoint_auth_method: 'client_secret_post',
        grant_types: grants,
        response_types: ['code'],
        redirect_uris: [secondRedirectUri],
      },
      {
        client_id: clients.public.id,
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: [redirectUri],
      },
    ],
    features: {
      clientCredentials: { enabled: true },
      introspection: { enabled: true },
      revocation: { enabled: true },
      devInteractions: { enabled: false },
    },
    // A refresh token with every code of a client allowed the grant (the default wants offline_access).
    issueRefreshToken: (_ctx: unknown, client: { grantTypeAllowed(type: string): boolean }) =>
      client.grantTypeAllowed('refresh_token'),
    findAccount: (_ctx: unknown, sub: string) => ({ accountId: sub, claims: () => ({ sub }) }),
    interactions: {
      url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}`,
    },
    cookies: { keys: ['conformance-target-cookie-key'] },
  });

  const app = express();
  // The programmatic approval: the account signs in and grants the requested scope, with no page.
  app.get('/interaction/:uid', async (req, res) => {
    const details = await provider.interactionDetails(req, res);
    const grant = new provider.Grant({ accountId: ACCOUNT, clientId: String(details.params.client_id) });
    if (typeof details.params.scope === 'string') grant.addOIDCScope(details.params.scope);
    const grantId = await grant.save();
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: ACCOUNT }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    );
  });
  app.use(provider.callback());
  http.on('request', app);

  return {
    issuer: baseUrl,
    scope: 'openid',
    clients,
    close: () => closeServer(http),
  };
}
