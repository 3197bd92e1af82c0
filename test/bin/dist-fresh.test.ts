import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { distIsFresh } from '../../bin/dist-fresh.js';

/** A package folder with sources, a corpus, and a dist/ built after them (or not). */
async function tree(options: { link: boolean }): Promise<{ root: string; cleanup: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'confbot-dist-'));
  for (const dir of ['src', 'commands', 'corpus/pp14', 'dist'])
    await mkdir(join(root, dir), { recursive: true });
  await writeFile(join(root, 'src', 'a.ts'), '');
  await writeFile(join(root, 'tsconfig.json'), '{}');
  const old = new Date(Date.now() - 60_000);
  for (const f of ['src/a.ts', 'tsconfig.json']) await utimes(join(root, f), old, old);
  await utimes(join(root, 'src'), old, old);
  await utimes(join(root, 'commands'), old, old);
  await writeFile(join(root, 'dist', 'BUILT'), 'now');
  if (options.link) await symlink(join('..', 'corpus'), join(root, 'dist', 'corpus'), 'dir');
  return { root, cleanup: () => rm(root, { recursive: true, force: true }) };
}

describe('distIsFresh', () => {
  it('runs the compiled code when it was built after the sources and finds the corpus beside it', async () => {
    const { root, cleanup } = await tree({ link: true });
    try {
      assert.equal(distIsFresh(root), true);
    } finally {
      await cleanup();
    }
  });

  it('falls back to the sources when dist/corpus does not resolve, rather than start without a corpus', async () => {
    const { root, cleanup } = await tree({ link: false });
    try {
      assert.equal(distIsFresh(root), false);
    } finally {
      await cleanup();
    }
  });
});
