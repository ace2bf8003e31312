import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repo = path.resolve(import.meta.dirname, '../../..');
const tsx = path.join(repo, 'node_modules/.bin/tsx');
const script = path.join(repo, 'scripts/generate.ts');

async function generate(root: string, ...args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(tsx, [script, '--root', root, ...args], { cwd: repo });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

describe('scripts/generate.ts', () => {
  let scratch: string;

  beforeAll(async () => {
    scratch = await mkdtemp(path.join(tmpdir(), 'oauth2-contract-generate-'));
    await cp(path.join(repo, 'openapi'), path.join(scratch, 'openapi'), { recursive: true });
    await cp(path.join(repo, 'generated'), path.join(scratch, 'generated'), { recursive: true });
  });
  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it('finds the committed output up to date', async () => {
    expect(await generate(scratch, '--check')).toMatchObject({ code: 0 });
  });

  it('changes nothing when run twice', async () => {
    const before = await readFile(path.join(scratch, 'generated/validators.js'), 'utf8');
    expect((await generate(scratch)).code).toBe(0);
    expect((await generate(scratch)).code).toBe(0);
    expect(await readFile(path.join(scratch, 'generated/validators.js'), 'utf8')).toBe(before);
    expect((await generate(scratch, '--check')).code).toBe(0);
  });

  it('fails the check when the contract changed without regenerating', async () => {
    const contract = path.join(scratch, 'openapi/oauth2.yaml');
    const original = await readFile(contract, 'utf8');
    await writeFile(
      contract,
      original.replace('maxLength: 255\n      pattern', 'maxLength: 254\n      pattern'),
    );
    const result = await generate(scratch, '--check');
    expect(result.code).toBe(1);
    expect(result.output).toContain('stale: generated/validators.js');
    await writeFile(contract, original);
  });

  it('fails the check on a file it does not generate, and on a deleted one', async () => {
    await writeFile(path.join(scratch, 'generated/extra.ts'), 'export {};\n');
    await unlink(path.join(scratch, 'generated/openapi.ts'));
    const result = await generate(scratch, '--check');
    expect(result.code).toBe(1);
    expect(result.output).toContain('not generated: generated/extra.ts');
    expect(result.output).toContain('missing: generated/openapi.ts');
  });
});
