/**
 * `oauth2-contract clients ...` and `users ...`: administration of the SQLite store.
 */
import { generateClientSecret } from '../stores/credentials.js';
import { SqliteStore } from '../stores/sqlite.js';

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

export function addClient(db: string, options: ClientAddOptions): { id: string; secret: string | undefined } {
  for (const uri of options.redirectUris) {
    const problem = checkRedirectUri(uri);
    if (problem) throw new Error(problem);
  }
  const store = new SqliteStore(db);
  try {
    const secret = options.public ? undefined : generateClientSecret();
    store.addClient({
      id: options.id,
      secret,
      grants: options.grants,
      redirectUris: options.redirectUris,
      scopes: options.scopes,
      name: options.name,
      ...(options.public ? { tokenEndpointAuthMethod: 'none' as const } : {}),
    });
    return { id: options.id, secret };
  } finally {
    store.close();
  }
}

export function listClients(db: string): ReturnType<SqliteStore['listClients']> {
  const store = new SqliteStore(db);
  try {
    return store.listClients();
  } finally {
    store.close();
  }
}

export function removeClient(db: string, id: string): boolean {
  const store = new SqliteStore(db);
  try {
    return store.removeClient(id);
  } finally {
    store.close();
  }
}

export async function addUser(db: string, username: string, password: string): Promise<void> {
  const store = new SqliteStore(db);
  try {
    await store.addUser({ username, password });
  } finally {
    store.close();
  }
}

export function removeUser(db: string, username: string): boolean {
  const store = new SqliteStore(db);
  try {
    return store.removeUser(username);
  } finally {
    store.close();
  }
}
