/**
 * Encodings the SDK needs, written for browsers and Node alike (no `Buffer`, no `node:` modules).
 */

/** base64url without padding (RFC 4648 §5), as PKCE uses it. */
export function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * `application/x-www-form-urlencoded` encoding of one value (RFC 6749 Appendix B): what `URLSearchParams`
 * produces, so a space is `+`.
 */
export function formEncode(value: string): string {
  return new URLSearchParams({ v: value }).toString().slice(2);
}

/**
 * `Authorization: Basic` for client credentials: "The client identifier is encoded using the
 * application/x-www-form-urlencoded encoding algorithm ... and the encoded value is used as the username; the
 * client password is encoded using the same algorithm and used as the password" (RFC 6749 §2.3.1).
 */
export function basicCredentials(clientId: string, clientSecret: string): string {
  const pair = `${formEncode(clientId)}:${formEncode(clientSecret)}`;
  // The encoded pair is ASCII, so btoa sees no character above 0xFF.
  return `Basic ${btoa(pair)}`;
}

/** A form body: one `name=value` per value, arrays repeated, `undefined` left out. */
export function formBody(params: Readonly<Record<string, string | readonly string[] | undefined>>): string {
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    for (const item of typeof value === 'string' ? [value] : value) form.append(name, item);
  }
  return form.toString();
}
