/**
 * The runnable server's pages: login, consent, and the demo client's redirect target. Server-rendered, no
 * external assets, every value escaped.
 */
import { escapeHtml, page } from '../adapters/html.js';

/** Hidden inputs; a repeated parameter is one input per value. */
function hidden(fields: Readonly<Record<string, string | readonly string[]>>): string {
  return Object.entries(fields)
    .flatMap(([name, value]) =>
      (typeof value === 'string' ? [value] : value).map(
        (v) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(v)}">`,
      ),
    )
    .join('\n');
}

export function loginPage(options: {
  returnTo: string;
  csrfToken: string;
  error?: string | undefined;
  clientId: string;
}): string {
  const error = options.error ? `<p class="error" role="alert">${escapeHtml(options.error)}</p>` : '';
  return page(
    'Sign in',
    `<h1>Sign in</h1>
<p><code>${escapeHtml(options.clientId)}</code> asks for access to your account.</p>
${error}
<form method="post" action="/login">
${hidden({ csrf_token: options.csrfToken, return_to: options.returnTo })}
<label for="username">Username</label><input type="text" id="username" name="username" autocomplete="username" required autofocus>
<label for="password">Password</label><input type="password" id="password" name="password" autocomplete="current-password" required>
<button type="submit">Sign in</button>
</form>`,
  );
}

export function consentPage(options: {
  clientId: string;
  clientName: string | undefined;
  username: string;
  scope: readonly string[] | undefined;
  parameters: Readonly<Record<string, string | readonly string[]>>;
  csrfToken: string;
}): string {
  const scopes =
    options.scope && options.scope.length > 0
      ? `<ul>${options.scope.map((s) => `<li><code>${escapeHtml(s)}</code></li>`).join('')}</ul>`
      : '<p>No particular scope.</p>';
  const name = options.clientName
    ? `${escapeHtml(options.clientName)} (<code>${escapeHtml(options.clientId)}</code>)`
    : `<code>${escapeHtml(options.clientId)}</code>`;
  return page(
    'Authorize access',
    `<h1>Authorize ${name}?</h1>
<p>Signed in as <strong>${escapeHtml(options.username)}</strong>. The application asks for:</p>
${scopes}
<form method="post" action="/authorize">
${hidden({ ...options.parameters, csrf_token: options.csrfToken })}
<button type="submit" name="allowed" value="true">Allow</button><button type="submit" class="secondary" name="allowed" value="false">Deny</button>
</form>`,
  );
}

/** The demo clients' redirect target: shows what the authorization server sent back. */
export function callbackPage(query: Readonly<Record<string, unknown>>): string {
  const rows = Object.entries(query)
    .map(
      ([name, value]) =>
        `<li><code>${escapeHtml(name)}</code> = <code id="${escapeHtml(name)}">${escapeHtml(String(value))}</code></li>`,
    )
    .join('\n');
  return page(
    'Authorization response',
    `<h1>Authorization response</h1>\n<p>The demo client received:</p>\n<ul>${rows}</ul>`,
  );
}
