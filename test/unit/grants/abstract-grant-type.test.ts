import { describe, expect, it, vi } from 'vitest';
import { InvalidArgumentError, InvalidScopeError, ServerError } from '../../../src/errors.js';
import { AbstractGrantType } from '../../../src/grants/abstract-grant-type.js';
import type { AnyModel, Client, Token } from '../../../src/model.js';
import type { GrantTypeOptions } from '../../../src/options.js';
import { Request } from '../../../src/request.js';

class Grant extends AbstractGrantType {
  handle(): Token | undefined {
    return undefined;
  }
}

const client: Client = { id: 'c', grants: ['urn:example:grant'] };

function grant(model: AnyModel = {}, overrides: Partial<GrantTypeOptions> = {}): Grant {
  return new Grant({
    model,
    accessTokenLifetime: 60,
    refreshTokenLifetime: 120,
    alwaysIssueNewRefreshToken: true,
    ...overrides,
  });
}

describe('AbstractGrantType', () => {
  it('keeps the options it is given', () => {
    const model = {};
    const instance = grant(model, { alwaysIssueNewRefreshToken: false });
    expect(instance.model).toBe(model);
    expect(instance.accessTokenLifetime).toBe(60);
    expect(instance.refreshTokenLifetime).toBe(120);
    expect(instance.alwaysIssueNewRefreshToken).toBe(false);
  });

  it('requires a model and an access token lifetime', () => {
    expect(() => new Grant(undefined as unknown as GrantTypeOptions)).toThrow(
      new InvalidArgumentError('Missing parameter: `model`'),
    );
    expect(() => grant({}, { accessTokenLifetime: 0 })).toThrow(
      new InvalidArgumentError('Missing parameter: `accessTokenLifetime`'),
    );
  });

  it('generates 256-bit tokens without Model hooks', async () => {
    const instance = grant();
    await expect(instance.generateAccessToken(client, undefined, undefined)).resolves.toMatch(
      /^[0-9a-f]{64}$/,
    );
    await expect(instance.generateRefreshToken(client, undefined, undefined)).resolves.toMatch(
      /^[0-9a-f]{64}$/,
    );
  });

  it('uses the Model hooks, checked', async () => {
    const generateAccessToken = vi.fn(() => 'custom-access');
    const generateRefreshToken = vi.fn(() => Promise.resolve('custom-refresh'));
    const instance = grant({ generateAccessToken, generateRefreshToken });
    await expect(instance.generateAccessToken(client, { id: 1 }, ['read'])).resolves.toBe('custom-access');
    await expect(instance.generateRefreshToken(client, { id: 1 }, ['read'])).resolves.toBe('custom-refresh');
    expect(generateAccessToken).toHaveBeenCalledWith(client, { id: 1 }, ['read']);
    expect(generateRefreshToken).toHaveBeenCalledWith(client, { id: 1 }, ['read']);
    const bad = grant({ generateAccessToken: () => '', generateRefreshToken: () => 'caf\u00e9' });
    await expect(bad.generateAccessToken(client, undefined, undefined)).rejects.toThrow(
      new ServerError(
        'Server error: `generateAccessToken()` did not return a string of visible ASCII characters',
      ),
    );
    await expect(bad.generateRefreshToken(client, undefined, undefined)).rejects.toThrow(
      new ServerError(
        'Server error: `generateRefreshToken()` did not return a string of visible ASCII characters',
      ),
    );
  });

  it('computes expiry dates from the lifetimes', () => {
    vi.useFakeTimers({ now: 1_000_000, toFake: ['Date'] });
    try {
      const instance = grant();
      expect(instance.getAccessTokenExpiresAt().getTime()).toBe(1_060_000);
      expect(instance.getRefreshTokenExpiresAt().getTime()).toBe(1_120_000);
    } finally {
      vi.useRealTimers();
    }
  });

  it('reads the scope of the request body', () => {
    const instance = grant();
    const request = (body: Record<string, unknown>) =>
      new Request({ method: 'POST', headers: {}, query: {}, body });
    expect(instance.getScope(request({ scope: 'read write read' }))).toEqual(['read', 'write']);
    expect(instance.getScope(request({}))).toBeUndefined();
    expect(instance.getScope(request({ scope: ['read'] }))).toBeUndefined();
  });

  it('lets the Model validate the scope, fail-closed', async () => {
    await expect(grant().validateScope(undefined, client, ['read'])).resolves.toEqual(['read']);
    await expect(
      grant({ validateScope: () => ['read'] }).validateScope(undefined, client, undefined),
    ).resolves.toEqual(['read']);
    await expect(
      grant({ validateScope: () => false }).validateScope(undefined, client, ['x']),
    ).rejects.toThrow(new InvalidScopeError('Invalid scope: Requested scope is invalid'));
    await expect(
      grant({ validateScope: () => 'read' as unknown as string[] }).validateScope(undefined, client, [
        'read',
      ]),
    ).rejects.toThrow(
      new ServerError(
        'Server error: `validateScope()` returned a `scope` that is not an array of scope tokens',
      ),
    );
  });
});
