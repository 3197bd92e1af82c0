import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { RACY_MS, recordedKey, recordKey, stampFiles } from '../../src/search/snapshot-stamp.ts';

/** A scratch folder with two files, removed afterwards. */
async function withFiles(run: (dir: string, files: string[]) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'confbot-stamp-'));
  const files = [join(dir, 'a.md'), join(dir, 'b.md')];
  try {
    await writeFile(files[0] as string, 'Resolution 174 was revised.\n');
    await writeFile(files[1] as string, 'Chaesub Lee was elected.\n');
    await run(dir, files);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A moment well after every file above was written, so their times are not racy. */
const later = () => Date.now() + 2 * RACY_MS;

describe('snapshot key stamps', () => {
  it('stay the same while no file changes', async () => {
    await withFiles(async (_dir, files) => {
      assert.equal(stampFiles(files, 'ctx', later()).value, stampFiles(files, 'ctx', later()).value);
    });
  });

  it('change when a file is rewritten with the same size and its modification time put back', async () => {
    await withFiles(async (_dir, files) => {
      const file = files[0] as string;
      const old = new Date(Date.now() - 60_000);
      await utimes(file, old, old);
      const before = stampFiles(files, 'ctx', later());
      // File times tick coarsely (a few ms on Linux): a rewrite within the same tick is the racy case,
      // which the stamp leaves to RACY_MS; this test is about the next tick.
      await new Promise((resolve) => setTimeout(resolve, 50));
      await writeFile(file, 'Resolution 175 was revised.\n');
      await utimes(file, old, old);
      // Same size, same modification time: only the change time (which no tool can set back) moved.
      assert.notEqual(stampFiles(files, 'ctx', later()).value, before.value);
    });
  });

  it('change when a file is added, removed or missing, or the context differs', async () => {
    await withFiles(async (dir, files) => {
      const stamp = stampFiles(files, 'ctx', later()).value;
      assert.notEqual(stampFiles([...files, join(dir, 'c.md')], 'ctx', later()).value, stamp);
      assert.notEqual(stampFiles(files.slice(1), 'ctx', later()).value, stamp);
      assert.notEqual(stampFiles(files, 'other options', later()).value, stamp);
    });
  });

  it('are racy while a file changed less than RACY_MS ago, and a racy stamp is never recorded', async () => {
    await withFiles(async (dir, files) => {
      const racy = stampFiles(files, 'ctx');
      assert.equal(racy.racy, true);
      assert.equal(stampFiles(files, 'ctx', later()).racy, false);
      const record = join(dir, '.confbot', 'key-stamp.json');
      await recordKey(record, racy, 'k1');
      assert.equal(await recordedKey(record, racy), undefined);
    });
  });

  it('give back the recorded key for the same stamp only', async () => {
    await withFiles(async (dir, files) => {
      const record = join(dir, '.confbot', 'key-stamp.json');
      const stamp = stampFiles(files, 'ctx', later());
      await recordKey(record, stamp, 'k1');
      assert.equal(await recordedKey(record, stamp), 'k1');
      assert.equal(await recordedKey(record, stampFiles(files, 'other', later())), undefined);
      await writeFile(record, 'not json');
      assert.equal(await recordedKey(record, stamp), undefined);
      assert.match(await readFile(record, 'utf8'), /not json/);
    });
  });
});
