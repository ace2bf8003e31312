/**
 * Finds the docs page `npm run docs` builds (`dist/docs/index.html`, one self-contained file).
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's root folder: the nearest parent with this package's `package.json`. */
export function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'oauth2-contract'
    ) {
      return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('oauth2-contract: package root not found');
    dir = parent;
  }
}

/** Loads the docs page once; `undefined` until it has been built. */
export function docsLoader(
  file = path.join(packageRoot(), 'dist/docs/index.html'),
): () => Promise<string | undefined> {
  let cached: string | undefined;
  return async () => {
    if (cached === undefined && existsSync(file)) cached = await readFile(file, 'utf8');
    return cached;
  };
}
