import assert from 'node:assert/strict';
import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { STAMP_MARGIN_MS, stampFiles, stampsMatch } from '../../src/search/corpus-stamps.ts';

/** A folder with two files last written an hour ago, and a missing third. */
async function folder() {
  const dir = await mkdtemp(join(tmpdir(), 'confbot-stamps-'));
  const files = [join(dir, 'a.md'), join(dir, 'b.md'), join(dir, 'absent.yml')];
  const hourAgo = new Date(Date.now() - 3_600_000);
  for (const f of files.slice(0, 2)) {
    await writeFile(f, 'same text');
    await utimes(f, hourAgo, hourAgo);
  }
  return { dir, files, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

describe('corpus stamps', () => {
  it('hold when every file keeps its size and time, a missing file staying missing', async () => {
    const { dir, files, cleanup } = await folder();
    try {
      const saved = await stampFiles(dir, files, 'code');
      assert.equal(saved.files['absent.yml'], 'missing');
      assert.ok(stampsMatch(saved, await stampFiles(dir, files, 'code')));
    } finally {
      await cleanup();
    }
  });

  it('do not hold after a same-size edit, for other code or options, or for another set of files', async () => {
    const { dir, files, cleanup } = await folder();
    try {
      const saved = await stampFiles(dir, files, 'code');
      assert.equal(stampsMatch(saved, await stampFiles(dir, files, 'other code')), false);
      assert.equal(stampsMatch(saved, await stampFiles(dir, files.slice(0, 2), 'code')), false);
      assert.equal(stampsMatch(undefined, saved), false);
      await writeFile(files[0] as string, 'SAME TEXT');
      assert.equal(stampsMatch(saved, await stampFiles(dir, files, 'code')), false);
    } finally {
      await cleanup();
    }
  });

  it(`are not trusted for a file written within ${STAMP_MARGIN_MS} ms of the stamping, even unchanged since`, async () => {
    const { dir, files, cleanup } = await folder();
    try {
      await writeFile(files[1] as string, 'new text');
      const saved = await stampFiles(dir, files, 'code');
      assert.equal(stampsMatch(saved, await stampFiles(dir, files, 'code')), false);
    } finally {
      await cleanup();
    }
  });
});
