/**
 * Every case of the kit, by area, in report order.
 */
import type { Case } from '../types.js';
import { cases as authorization } from './authorization.js';
import { cases as bearer } from './bearer.js';
import { cases as clientAuth } from './client-auth.js';
import { cases as codeLifecycle } from './code-lifecycle.js';
import { cases as concurrency } from './concurrency.js';
import { cases as introspection } from './introspection.js';
import { cases as metadata } from './metadata.js';
import { cases as pkce } from './pkce.js';
import { cases as redirectUri } from './redirect-uri.js';
import { cases as refresh } from './refresh.js';
import { cases as revocation } from './revocation.js';
import { cases as tokenInput } from './token-input.js';
import { cases as tokenResponse } from './token-response.js';

export const allCases: readonly Case[] = [
  ...tokenInput,
  ...clientAuth,
  ...authorization,
  ...redirectUri,
  ...pkce,
  ...codeLifecycle,
  ...tokenResponse,
  ...refresh,
  ...bearer,
  ...revocation,
  ...introspection,
  ...metadata,
  ...concurrency,
];
