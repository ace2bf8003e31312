import { describe, expect, it } from 'vitest';
import type { AuthorizationCodeData, RefreshToken, Token } from '../../../src/model.js';
import { digest } from '../../../src/stores/credentials.js';
import { MemoryStore } from '../../../src/stores/memory.js';

const later = (): Date => new Date(Date.now() + 60_000);

function store(): MemoryStore {
  const memory = new MemoryStore();
  memory.addClient({
    id: 'app',
    secret: 'app-secret',
    grants: ['authorization_code', 'refresh_token'],
    redirectUris: ['https://app.example/cb'],
  });
  memory.addClient({ id: 'public', grants: ['authorization_code'], tokenEndpointAuthMethod: 'none' });
  memory.addClient({ id: 'narrow', secret: 's', grants: ['client_credentials'], scopes: ['read', 'write'] });
  return memory;
}

function codeData(authorizationCode = 'code-1'): AuthorizationCodeData {
  return {
    authorizationCode,
    expiresAt: later(),
    redirectUri: 'https://app.example/cb',
    redirectUriSent: true,
    scope: ['read'],
  };
}

describe('MemoryStore clients', () => {
  it('returns a registered client without its secret, frozen: nothing changes it through a lookup', () => {
    const memory = store();
    const client = memory.getClient('app', null)!;
    expect(client).toEqual({
      id: 'app',
      grants: ['authorization_code', 'refresh_token'],
      redirectUris: ['https://app.example/cb'],
    });
    expect(() => client.grants.push('password')).toThrow(TypeError);
    expect(() => {
      client.id = 'other';
    }).toThrow(TypeError);
    expect(memory.getClient('app', null)!.grants).toEqual(['authorization_code', 'refresh_token']);
  });

  it('keeps its own frozen copy of a registration and of a client tokens are saved for', () => {
    const memory = new MemoryStore();
    const registration = { id: 'x', grants: ['client_credentials'], redirectUris: ['https://x.example/cb'] };
    memory.addClient(registration);
    registration.grants.push('password');
    expect(memory.getClient('x', null)!.grants).toEqual(['client_credentials']);

    const caller = { id: 'x', grants: ['client_credentials'] };
    const saved = memory.saveToken({ accessToken: 'at-x', scope: ['read'] }, caller, undefined);
    caller.grants.push('password');
    expect(saved).not.toBe(false);
    expect(memory.getAccessToken('at-x')!.client.grants).toEqual(['client_credentials']);
  });

  it('replaces a client on setRedirectUris, leaving what was handed out unchanged', () => {
    const memory = store();
    const before = memory.getClient('app', null)!;
    expect(memory.setRedirectUris('app', ['https://new.example/cb'])).toBe(true);
    expect(memory.getClient('app', null)!.redirectUris).toEqual(['https://new.example/cb']);
    expect(before.redirectUris).toEqual(['https://app.example/cb']);
    expect(memory.setRedirectUris('missing', [])).toBe(false);
  });

  it('returns what addClient registered, without secret and scopes', () => {
    const memory = new MemoryStore();
    expect(memory.addClient({ id: 'x', secret: 's', grants: [], scopes: ['a'] })).toEqual({
      id: 'x',
      grants: [],
    });
  });

  it('checks the secret when one is presented', () => {
    const memory = store();
    expect(memory.getClient('app', 'app-secret')?.id).toBe('app');
    expect(memory.getClient('app', 'wrong')).toBeUndefined();
    expect(memory.getClient('app', '')).toBeUndefined();
    expect(memory.getClient('public', 'anything')).toBeUndefined();
    expect(memory.getClient('public', null)?.id).toBe('public');
    expect(memory.getClient('unknown', null)).toBeUndefined();
  });

  it('keeps the secret as a digest only', () => {
    const memory = store();
    const state = JSON.stringify(memory.getClient('app', null));
    expect(state).not.toContain('app-secret');
    expect(memory.getClient('app', digest('app-secret'))).toBeUndefined();
  });

  it('removes clients', () => {
    const memory = store();
    expect(memory.removeClient('app')).toBe(true);
    expect(memory.removeClient('app')).toBe(false);
    expect(memory.getClient('app', null)).toBeUndefined();
  });
});

describe('MemoryStore users', () => {
  it('finds a user by username and password, hashed with scrypt', async () => {
    const memory = store();
    expect(await memory.addUser({ username: 'alice', password: 'pw', email: 'a@example.com' })).toEqual({
      username: 'alice',
      email: 'a@example.com',
    });
    expect(await memory.getUser('alice', 'pw')).toEqual({ username: 'alice', email: 'a@example.com' });
    expect(await memory.getUser('alice', 'PW')).toBeUndefined();
    expect(await memory.getUser('bob', 'pw')).toBeUndefined();
    expect(memory.removeUser('alice')).toBe(true);
    expect(memory.removeUser('alice')).toBe(false);
    expect(await memory.getUser('alice', 'pw')).toBeUndefined();
  });
});

describe('MemoryStore.validateScope()', () => {
  it('grants anything to a client without a scope list, and [] for no scope', () => {
    const memory = store();
    const client = memory.getClient('app', null)!;
    expect(memory.validateScope(undefined, client, ['anything'])).toEqual(['anything']);
    expect(memory.validateScope(undefined, client, undefined)).toEqual([]);
  });

  it('limits a client to its scopes, and gives them all when none is asked', () => {
    const memory = store();
    const client = memory.getClient('narrow', null)!;
    expect(memory.validateScope(undefined, client, ['read'])).toEqual(['read']);
    expect(memory.validateScope(undefined, client, ['read', 'admin'])).toBe(false);
    expect(memory.validateScope(undefined, client, undefined)).toEqual(['read', 'write']);
  });
});

describe('MemoryStore authorization codes', () => {
  it('saves and returns a code with its client and user', () => {
    const memory = store();
    const client = memory.getClient('app', null)!;
    const saved = memory.saveAuthorizationCode(codeData(), client, { username: 'alice' });
    expect(saved).toEqual({
      ...codeData(),
      expiresAt: saved.expiresAt,
      grantId: expect.stringMatching(/^[0-9a-f]{32}$/) as string,
      client,
      user: { username: 'alice' },
    });
    const found = memory.getAuthorizationCode('code-1')!;
    expect(found).toMatchObject({
      authorizationCode: 'code-1',
      scope: ['read'],
      client,
      user: { username: 'alice' },
    });
    expect(found).not.toHaveProperty('consumed');
    expect(memory.getAuthorizationCode('code-2')).toBeUndefined();
  });

  it('revokeAuthorizationCode returns true exactly once, then the code is gone', () => {
    const memory = store();
    memory.saveAuthorizationCode(codeData(), memory.getClient('app', null)!, { username: 'alice' });
    const code = memory.getAuthorizationCode('code-1')!;
    const results = [1, 2, 3].map(() => memory.revokeAuthorizationCode(code));
    expect(results).toEqual([true, false, false]);
    expect(memory.getAuthorizationCode('code-1')).toBeUndefined();
  });

  it('revokeAuthorizationCode is true exactly once among concurrent callers', async () => {
    const memory = store();
    memory.saveAuthorizationCode(codeData(), memory.getClient('app', null)!, { username: 'alice' });
    const code = memory.getAuthorizationCode('code-1')!;
    const results = await Promise.all(
      Array.from({ length: 10 }, () => Promise.resolve().then(() => memory.revokeAuthorizationCode(code))),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('revokeAuthorizationCode of an unknown code is false', () => {
    const memory = store();
    expect(
      memory.revokeAuthorizationCode({ ...codeData('nope'), client: { id: 'app', grants: [] }, user: {} }),
    ).toBe(false);
  });

  it('looks codes up by digest: the stored state holds no code', () => {
    const memory = store();
    memory.saveAuthorizationCode(codeData('plain-code-value'), memory.getClient('app', null)!, {});
    expect(memory.getAuthorizationCode(digest('plain-code-value'))).toBeUndefined();
  });
});

describe('MemoryStore tokens', () => {
  function issue(
    memory: MemoryStore,
    withRefresh = true,
    user: Record<string, unknown> | null = { username: 'alice' },
  ) {
    const client = memory.getClient('app', null)!;
    const data = {
      accessToken: 'at-1',
      accessTokenExpiresAt: later(),
      scope: ['read'],
      ...(withRefresh ? { refreshToken: 'rt-1', refreshTokenExpiresAt: later() } : {}),
    };
    return { client, saved: memory.saveToken(data, client, user ?? undefined) };
  }

  it('saveToken returns the token with client and user; getAccessToken finds it without the refresh token', () => {
    const memory = store();
    const { client, saved } = issue(memory);
    expect(saved).toMatchObject({
      accessToken: 'at-1',
      refreshToken: 'rt-1',
      client,
      user: { username: 'alice' },
    });
    const found = memory.getAccessToken('at-1')!;
    expect(found).toMatchObject({
      accessToken: 'at-1',
      scope: ['read'],
      client,
      user: { username: 'alice' },
    });
    expect(found).not.toHaveProperty('refreshToken');
    expect(found).not.toHaveProperty('refreshTokenExpiresAt');
    expect(memory.getAccessToken('rt-1')).toBeUndefined();
  });

  it('a token without a user has no user property', () => {
    const memory = store();
    const { saved } = issue(memory, false, null);
    expect(saved).not.toHaveProperty('user');
    expect(memory.getAccessToken('at-1')).not.toHaveProperty('user');
  });

  it('getRefreshToken returns the refresh token with its scope, client and user', () => {
    const memory = store();
    const { client } = issue(memory);
    const found = memory.getRefreshToken('rt-1')!;
    expect(found).toEqual({
      refreshToken: 'rt-1',
      refreshTokenExpiresAt: found.refreshTokenExpiresAt,
      scope: ['read'],
      grantId: expect.stringMatching(/^[0-9a-f]{32}$/) as string,
      issuedAt: expect.any(Date) as Date,
      client,
      user: { username: 'alice' },
    });
    expect(found.refreshTokenExpiresAt).toBeInstanceOf(Date);
    expect(memory.getRefreshToken('at-1')).toBeUndefined();
  });

  it('a refresh token keeps its own scope when the access token was narrowed', () => {
    const memory = store();
    const client = memory.getClient('app', null)!;
    memory.saveToken(
      { accessToken: 'at', scope: ['read'], refreshToken: 'rt', refreshTokenScope: ['read', 'write'] },
      client,
      undefined,
    );
    const found = memory.getRefreshToken('rt')!;
    expect(found.scope).toEqual(['read', 'write']);
    expect(found).not.toHaveProperty('refreshTokenExpiresAt');
    expect(found).not.toHaveProperty('user');
  });

  it('revokeToken revokes the refresh token exactly once, leaving the access token', () => {
    const memory = store();
    issue(memory);
    const refreshToken = memory.getRefreshToken('rt-1')!;
    expect([memory.revokeToken(refreshToken), memory.revokeToken(refreshToken)]).toEqual([true, false]);
    expect(memory.getRefreshToken('rt-1')).toBeUndefined();
    expect(memory.getAccessToken('at-1')?.accessToken).toBe('at-1');
  });

  it('revokeToken of a token without a refresh token, or an unknown one, is false', () => {
    const memory = store();
    issue(memory, false);
    const accessToken = memory.getAccessToken('at-1') as Token;
    expect(memory.revokeToken(accessToken)).toBe(false);
    const unknown: RefreshToken = { refreshToken: 'nope', client: { id: 'app', grants: [] } };
    expect(memory.revokeToken(unknown)).toBe(false);
  });

  it('returns copies or frozen objects: changing a result does not change the store', () => {
    const memory = store();
    issue(memory);
    const found = memory.getAccessToken('at-1')!;
    expect(() => found.client.grants.push('password')).toThrow(TypeError);
    (found.user as Record<string, unknown>).admin = true;
    const again = memory.getAccessToken('at-1')!;
    expect(again.client.grants).toEqual(['authorization_code', 'refresh_token']);
    expect(again.user).toEqual({ username: 'alice' });
  });
});
