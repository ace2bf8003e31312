/**
 * The login session and the anti-CSRF tokens of the login and consent forms.
 *
 * The session is a signed cookie (HMAC-SHA256), HttpOnly and SameSite=Lax, so a cross-site form post carries no
 * session. CSRF tokens are HMACs too: the login form's is bound to a nonce cookie, the consent form's to the
 * session and to the exact authorization request, so an approval cannot be replayed for another request
 * (RFC 6749 §10.12).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'oauth2c_session';
export const LOGIN_COOKIE = 'oauth2c_login';
/** How long a login lasts. */
export const SESSION_SECONDS = 8 * 3600;
const LOGIN_NONCE_SECONDS = 600;

export interface Session {
  /** The username. */
  sub: string;
  /** Session id: binds consent forms to this login. */
  sid: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

/** Parses a `Cookie` header into name → value (first occurrence wins). */
export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  if (!header) return cookies;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if (name && !cookies.has(name)) cookies.set(name, part.slice(eq + 1).trim());
  }
  return cookies;
}

function equal(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export class SessionKeys {
  readonly #key: Buffer;
  readonly #secure: boolean;

  /** @param secure set the `Secure` attribute (when served over https). */
  constructor(key: string, secure: boolean) {
    this.#key = Buffer.from(key, 'utf8');
    this.#secure = secure;
  }

  #mac(purpose: string, value: string): string {
    return createHmac('sha256', this.#key).update(`${purpose}\n${value}`).digest('base64url');
  }

  #cookie(name: string, value: string, maxAge: number): string {
    return `${name}=${value}; Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${this.#secure ? '; Secure' : ''}`;
  }

  /** A `Set-Cookie` value starting a session for `sub`. */
  startSession(sub: string): string {
    const session: Session = {
      sub,
      sid: randomBytes(16).toString('base64url'),
      exp: Math.floor(Date.now() / 1000) + SESSION_SECONDS,
    };
    const payload = Buffer.from(JSON.stringify(session)).toString('base64url');
    return this.#cookie(SESSION_COOKIE, `${payload}.${this.#mac('session', payload)}`, SESSION_SECONDS);
  }

  /** The session of a request, if its cookie is present, authentic and unexpired. */
  readSession(cookieHeader: string | undefined): Session | undefined {
    const value = parseCookies(cookieHeader).get(SESSION_COOKIE);
    if (!value) return undefined;
    const [payload, mac] = value.split('.');
    if (!payload || !mac || !equal(mac, this.#mac('session', payload))) return undefined;
    try {
      const session = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Session;
      if (
        typeof session.sub !== 'string' ||
        typeof session.sid !== 'string' ||
        !(session.exp > Date.now() / 1000)
      ) {
        return undefined;
      }
      return session;
    } catch {
      return undefined;
    }
  }

  /** A fresh login nonce: the cookie to set, and the token the login form carries. */
  loginChallenge(): { cookie: string; token: string } {
    const nonce = randomBytes(16).toString('base64url');
    return {
      cookie: this.#cookie(LOGIN_COOKIE, nonce, LOGIN_NONCE_SECONDS),
      token: this.#mac('login', nonce),
    };
  }

  /** Whether a login form's token matches the nonce cookie of the same browser. */
  verifyLogin(cookieHeader: string | undefined, token: unknown): boolean {
    const nonce = parseCookies(cookieHeader).get(LOGIN_COOKIE);
    return typeof token === 'string' && nonce !== undefined && equal(token, this.#mac('login', nonce));
  }

  /** The consent form's token: bound to the session and to the authorization request's parameters. */
  consentToken(session: Session, request: string): string {
    return this.#mac('consent', `${session.sid}\n${request}`);
  }

  verifyConsent(session: Session, request: string, token: unknown): boolean {
    return typeof token === 'string' && equal(token, this.consentToken(session, request));
  }
}
