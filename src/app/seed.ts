/**
 * The demo data a fresh store is seeded with: a confidential client, a public (PKCE) client and a user. Their
 * secrets are random per installation and kept in the store, so every start can print them.
 */
import type { Client, MaybePromise } from '../model.js';
import type { ClientRegistration, UserRegistration } from '../stores/memory.js';

/** What seeding needs of a store; the embedded stores answer at once, the shared ones (PostgreSQL, Redis) later. */
export interface SeedableStore {
  secret(key: string): MaybePromise<string>;
  getClient(clientId: string, clientSecret: string | null): MaybePromise<Client | undefined>;
  addClient(registration: ClientRegistration): MaybePromise<Client>;
  hasUser(username: string): MaybePromise<boolean>;
  addUser(registration: UserRegistration): Promise<unknown>;
  setRedirectUris?(id: string, redirectUris: readonly string[]): MaybePromise<boolean>;
}

export interface DemoCredentials {
  confidentialClient: { id: string; secret: string; redirectUri: string };
  publicClient: { id: string; redirectUri: string };
  user: { username: string; password: string };
}

export const DEMO_CONFIDENTIAL_CLIENT = 'demo-client';
export const DEMO_PUBLIC_CLIENT = 'demo-spa';
export const DEMO_USER = 'demo';

/** Creates the demo client and user when missing, and points the demo clients at this issuer's `/callback`. */
export async function seedDemo(store: SeedableStore, issuer: string): Promise<DemoCredentials> {
  const redirectUri = `${issuer}/callback`;
  const secret = await store.secret('demo-client-secret');
  const password = (await store.secret('demo-user-password')).slice(0, 20);
  const clients: ClientRegistration[] = [
    {
      id: DEMO_CONFIDENTIAL_CLIENT,
      name: 'Demo confidential client',
      secret,
      grants: ['authorization_code', 'refresh_token', 'client_credentials'],
      redirectUris: [redirectUri],
      scopes: ['read', 'write'],
    },
    {
      id: DEMO_PUBLIC_CLIENT,
      name: 'Demo public client (PKCE)',
      grants: ['authorization_code', 'refresh_token'],
      redirectUris: [redirectUri],
      tokenEndpointAuthMethod: 'none',
      scopes: ['read', 'write'],
    },
  ];
  for (const registration of clients) {
    const existing = await store.getClient(registration.id, null);
    if (!existing) await store.addClient(registration);
    else if (existing.redirectUris?.[0] !== redirectUri)
      await store.setRedirectUris?.(registration.id, [redirectUri]);
  }
  if (!(await store.hasUser(DEMO_USER))) await store.addUser({ username: DEMO_USER, password });
  return {
    confidentialClient: { id: DEMO_CONFIDENTIAL_CLIENT, secret, redirectUri },
    publicClient: { id: DEMO_PUBLIC_CLIENT, redirectUri },
    user: { username: DEMO_USER, password },
  };
}
