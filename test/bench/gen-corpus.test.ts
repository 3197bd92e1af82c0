import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { generateCorpusFiles, writeGeneratedCorpus } from '../../bench/gen-corpus.ts';
import { benchQueries } from '../../bench/queries.ts';
import { loadCorpus } from '../../src/corpus/load.ts';

describe('generated benchmark corpora', () => {
  it('are the same for the same seed and differ for another', () => {
    const a = generateCorpusFiles({ passages: 300, seed: 1 });
    const b = generateCorpusFiles({ passages: 300, seed: 1 });
    const c = generateCorpusFiles({ passages: 300, seed: 2 });
    assert.deepEqual([...a], [...b]);
    assert.notDeepEqual([...a.values()], [...c.values()]);
  });

  it('load as a valid corpus of about the passages asked for, and give a seeded query mix', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'confbot-gen-'));
    try {
      await writeGeneratedCorpus(dir, { passages: 500, seed: 3 });
      const { corpus, problems } = await loadCorpus(dir);
      assert.deepEqual(problems, []);
      assert.ok(corpus);
      assert.ok(corpus.passages.length >= 400 && corpus.passages.length <= 600, `${corpus.passages.length}`);
      const queries = benchQueries(corpus, 400, 9);
      assert.deepEqual(queries, benchQueries(corpus, 400, 9));
      for (const kind of ['lookup', 'ask', 'search', 'complete'])
        assert.ok(
          queries.some((q) => q.kind === kind),
          kind,
        );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
