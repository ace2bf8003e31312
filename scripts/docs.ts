/**
 * Builds the docs page: `redocly build-docs --inlineBundle` (Redoc's scripts embedded, no CDN), then removes the
 * one request the page would still make to another host, Redoc's attribution logo, by pointing it at an empty
 * inline image. The result renders fully offline: `dist/docs/index.html`, served at `/docs`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const output = path.join(root, 'dist/docs/index.html');
const redocly = path.join(root, 'node_modules/.bin/redocly');

execFileSync(redocly, ['build-docs', 'oauth', '--inlineBundle', '-o', output], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
});

const EMPTY_IMAGE = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='1' height='1'/%3E";
const CDN_ASSETS = /https:\/\/cdn\.redoc\.ly\/redoc\/[A-Za-z0-9._-]+\.svg/g;
const html = readFileSync(output, 'utf8');
const replaced = html.replace(CDN_ASSETS, EMPTY_IMAGE);
if (replaced === html) console.warn('docs: no CDN asset to inline (Redoc changed?)');
writeFileSync(output, replaced);
console.log(
  `docs: ${path.relative(root, output)} (${Math.round(Buffer.byteLength(replaced) / 1024)} KiB, self-contained)`,
);
