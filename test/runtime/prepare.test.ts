import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { dispatch } from '../../src/commands/dispatch.ts';
import type { CommandContext } from '../../src/commands/types.ts';
import { readConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/log.ts';
import { prepare } from '../../src/runtime/prepare.ts';
import { buildSnapshot, openCorpus, SNAPSHOT_FILE } from '../../src/search/snapshot.ts';
import { corpusWith } from '../helpers.ts';

const LINES = [
  '/resolution 7',
  '/ask who proposed the repair clause',
  '/search cable',
  '/outcome landing tax',
];

/** Every answer of {@link LINES}, as JSON text. */
async function answers(ctx: CommandContext): Promise<string> {
  const out: unknown[] = [];
  for (const line of LINES) out.push(await dispatch(line, { ctx, logger: silentLogger }));
  return JSON.stringify(out);
}

/** Replaces the index a snapshot saved (its last line) with one that cannot restore, checksum kept valid. */
async function damageSavedIndex(dir: string): Promise<void> {
  const file = join(dir, SNAPSHOT_FILE);
  const [headerLine, corpusLine] = (await readFile(file, 'utf8')).split('\n') as [string, string];
  const header = JSON.parse(headerLine) as { sha256: string };
  const payload = `${corpusLine}\n{}`;
  header.sha256 = createHash('sha256').update(payload).digest('hex');
  await writeFile(file, `${JSON.stringify(header)}\n${payload}`);
}

describe('prepare', () => {
  it('with a lazy index answers every kind of line exactly as with the index restored at start', async () => {
    const { dir, cleanup } = await corpusWith({});
    try {
      await buildSnapshot(dir);
      const config = readConfig({ CORPUS_DIR: dir });
      assert.equal(
        await answers(await prepare(config, { lazyIndex: true })),
        await answers(await prepare(config)),
      );
    } finally {
      await cleanup();
    }
  });

  it('with a lazy index, gives every answer an eager start gives when the saved index does not restore', async () => {
    const { dir, cleanup } = await corpusWith({});
    try {
      await buildSnapshot(dir);
      const expected = await answers(await prepare(readConfig({ CORPUS_DIR: dir })));
      await damageSavedIndex(dir);
      // The first search finds the saved index unusable and builds it from the corpus instead.
      assert.equal(
        await answers(await prepare(readConfig({ CORPUS_DIR: dir }), { lazyIndex: true })),
        expected,
      );
    } finally {
      await cleanup();
    }
  });
});

describe('openCorpus with a lazy index', () => {
  it('builds the index from the corpus when the saved one does not restore, as an eager open does', async () => {
    const { dir, cleanup } = await corpusWith({});
    try {
      await buildSnapshot(dir);
      await damageSavedIndex(dir);
      const lazy = await openCorpus(dir, { lazyIndex: true });
      assert.equal(lazy.source, 'snapshot');
      assert.ok(lazy.index.searchEntries('cable').length > 0);
      const eager = await openCorpus(dir);
      assert.equal(eager.source, 'built');
      assert.deepEqual(
        lazy.index.searchEntries('cable').map((h) => h.entry.id),
        eager.index.searchEntries('cable').map((h) => h.entry.id),
      );
    } finally {
      await cleanup();
    }
  });
});
