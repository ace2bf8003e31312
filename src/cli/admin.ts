/**
 * `oauth2-contract clients ...` and `users ...`: administration of a persistent store (SQLite, PostgreSQL, Redis).
 */
import { generateClientSecret } from '../stores/credentials.js';
import type { ClientSummary } from '../stores/sqlite.js';
import { openStore, type PersistentStore, type StoreTarget } from './stores.js';

/** The store to administer: any but the memory store, which would forget at once. */
export type AdminTarget = StoreTarget & { kind: Exclude<StoreTarget['kind'], 'memory'> };

export interface ClientAddOptions {
  id: string;
  redirectUris: string[];
  grants: string[];
  scopes: string[] | undefined;
  public: boolean;
  name: string | undefined;
}

/** Checks a redirect URI for registration (RFC 6749 §3.1.2, RFC 9700 §2.6, RFC 8252 §7): absolute, no fragment, https unless loopback. */
export function checkRedirectUri(uri: string): string | undefined {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return `not an absolute URI: ${uri}`;
  }
  if (uri.includes('#')) return `a redirect URI must not have a fragment: ${uri}`;
  if (url.protocol === 'http:' && !['127.0.0.1', '[::1]', 'localhost'].includes(url.hostname)) {
    return `http is only allowed for loopback redirect URIs: ${uri}`;
  }
  if (['javascript:', 'data:', 'file:', 'vbscript:'].includes(url.protocol))
    return `scheme not allowed: ${uri}`;
  if (url.protocol !== 'http:' && url.protocol !== 'https:' && !url.protocol.slice(0, -1).includes('.')) {
    return `a private-use scheme must be a reversed domain name (RFC 8252 §7.1): ${uri}`;
  }
  return undefined;
}

/** Runs `work` on the store, closing it afterwards. */
async function withStore<T>(
  target: AdminTarget,
  work: (store: PersistentStore) => Promise<T> | T,
): Promise<T> {
  const store = await openStore(target);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

export async function addClient(
  target: AdminTarget,
  options: ClientAddOptions,
): Promise<{ id: string; secret: string | undefined }> {
  for (const uri of options.redirectUris) {
    const problem = checkRedirectUri(uri);
    if (problem) throw new Error(problem);
  }
  return withStore(target, async (store) => {
    const secret = options.public ? undefined : generateClientSecret();
    await store.addClient({
      id: options.id,
      secret,
      grants: options.grants,
      redirectUris: options.redirectUris,
      scopes: options.scopes,
      name: options.name,
      ...(options.public ? { tokenEndpointAuthMethod: 'none' as const } : {}),
    });
    return { id: options.id, secret };
  });
}

export function listClients(target: AdminTarget): Promise<ClientSummary[]> {
  return withStore(target, (store) => store.listClients());
}

export function removeClient(target: AdminTarget, id: string): Promise<boolean> {
  return withStore(target, (store) => store.removeClient(id));
}

export async function addUser(target: AdminTarget, username: string, password: string): Promise<void> {
  await withStore(target, (store) => store.addUser({ username, password }));
}

export function removeUser(target: AdminTarget, username: string): Promise<boolean> {
  return withStore(target, (store) => store.removeUser(username));
}
