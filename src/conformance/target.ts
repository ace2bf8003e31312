/**
 * The target as the kit uses it: its configuration, its endpoints (discovered or configured) and its metadata.
 */
import type { AuthorizationServerMetadata } from '../contract.js';
import type { TargetConfig } from './config.js';
import { send, type KitResponse } from './http.js';

export interface Endpoints {
  authorization: string | undefined;
  token: string;
  revocation: string | undefined;
  introspection: string | undefined;
}

export interface Target {
  config: TargetConfig;
  endpoints: Endpoints;
  /** The metadata document, when the target publishes one (RFC 8414, or OpenID discovery). */
  metadata: AuthorizationServerMetadata | undefined;
  /** The metadata response, for the metadata cases. */
  metadataResponse: KitResponse | undefined;
  timeoutMs: number;
}

/** The RFC 8414 §3 metadata URL of an issuer. */
export function metadataUrl(issuer: string, suffix = 'oauth-authorization-server'): string {
  const url = new URL(issuer);
  const path = url.pathname === '/' ? '' : url.pathname.replace(/\/$/, '');
  return `${url.origin}/.well-known/${suffix}${path}`;
}

/** Resolves the target: discovery when an issuer is given, configured endpoints overriding it. */
export async function resolveTarget(config: TargetConfig): Promise<Target> {
  const timeoutMs = config.timeoutMs ?? 10_000;
  let metadata: AuthorizationServerMetadata | undefined;
  let metadataResponse: KitResponse | undefined;
  if (config.issuer) {
    for (const url of [
      metadataUrl(config.issuer),
      `${config.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`,
    ]) {
      const response = await send(
        { method: 'GET', url, operation: 'metadata', headers: { accept: 'application/json' } },
        timeoutMs,
      ).catch(() => undefined);
      if (
        response?.status === 200 &&
        typeof (response.json as { issuer?: unknown } | undefined)?.issuer === 'string'
      ) {
        metadata = response.json as AuthorizationServerMetadata;
        metadataResponse = response;
        break;
      }
    }
  }
  const configured = config.endpoints ?? {};
  const token = configured.token ?? metadata?.token_endpoint;
  if (!token)
    throw new Error('the target has no token endpoint: configure endpoints.token or an issuer with metadata');
  return {
    config,
    endpoints: {
      authorization: configured.authorization ?? metadata?.authorization_endpoint,
      token,
      revocation: configured.revocation ?? metadata?.revocation_endpoint,
      introspection: configured.introspection ?? metadata?.introspection_endpoint,
    },
    metadata,
    metadataResponse,
    timeoutMs,
  };
}
